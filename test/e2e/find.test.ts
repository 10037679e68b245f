// crm find <text>: handle, name, company, phone, e-mail and notes; case and accents do not matter.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { binderFiles, expectDossierShape, ok, refused, seed, type FindJson } from './support.js';

describe('a seeded binder', () => {
  let binder: Binder;
  beforeAll(() => {
    binder = tempBinder('2026-11-23');
    seed(binder, 'acme', '8', 'Anna Nowak', [
      '--company', 'Acme Ltd',
      '--position', 'purchasing manager',
      '--phone', '+48 601 234 567',
      '--email', 'anna@acme.example',
      '--notes', 'Plays golf on Fridays',
    ]);
    seed(binder, 'zolc', '9', 'Łukasz Żółć', ['--company', 'Żabka Sp. z o.o.', '--email', 'lukasz@zabka.example']);
    seed(binder, 'petrova', '10', 'Ани Петрова', ['--company', 'ООО Ромашка', '--phone', '+7 495 123-45-67']);
    seed(binder, 'muller', '11', 'Jürgen Müller', ['--company', 'Großbäckerei GmbH']);
  });
  afterAll(() => {
    binder.remove();
  });

  const found = (...text: string[]) => binder.json<FindJson>(['find', ...text]).dossiers.map((d) => d.handle).sort();

  it.each([
    { field: 'handle', text: 'petrova', handles: ['petrova'] },
    { field: 'name', text: 'nowak', handles: ['acme'] },
    { field: 'name, two words', text: 'anna nowak', handles: ['acme'] },
    { field: 'company', text: 'ACME LTD', handles: ['acme'] },
    { field: 'position', text: 'purchasing', handles: ['acme'] },
    { field: 'phone, without its spacing', text: '601234', handles: ['acme'] },
    { field: 'phone, as typed', text: '+48 601 234', handles: ['acme'] },
    { field: 'phone, other punctuation', text: '(495) 123-45', handles: ['petrova'] },
    { field: 'phone, digits of another script', text: '٤٩٥١٢٣', handles: ['petrova'] },
    { field: 'e-mail', text: 'zabka.example', handles: ['zolc'] },
    { field: 'notes', text: 'golf', handles: ['acme'] },
    { field: 'name without diacritics', text: 'zolc', handles: ['zolc'] },
    { field: 'name with other diacritics', text: 'ŻÓŁĆ', handles: ['zolc'] },
    { field: 'Cyrillic, any case', text: 'ПЕТР', handles: ['petrova'] },
    { field: 'Cyrillic company', text: 'ромашка', handles: ['petrova'] },
    { field: 'ü without its dots', text: 'muller', handles: ['muller'] },
    { field: 'ß as ss', text: 'grossbackerei', handles: ['muller'] },
    { field: 'the middle of a word', text: 'bäck', handles: ['muller'] },
  ])('$field: "$text"', ({ text, handles }) => {
    expect(found(text)).toEqual(handles);
  });

  it('text: a table of the dossiers found, with name, company and phone', () => {
    const out = ok(binder, ['find', 'zolc']);
    expect(out).toContain('zolc');
    expect(out).toContain('Łukasz Żółć');
    expect(out).toContain('Żabka Sp. z o.o.');
    expect(out).not.toContain('Anna Nowak');
    const many = ok(binder, ['find', 'a']);
    for (const name of ['Anna Nowak', 'Łukasz Żółć', 'Ани Петрова']) expect(many).toContain(name);
  });

  it('--json: one document, the dossiers with their fields', () => {
    const json = binder.json<FindJson>(['find', 'nowak']);
    expect(json.dossiers).toHaveLength(1);
    expectDossierShape(json.dossiers[0]);
    expect(json.dossiers[0]).toMatchObject({ handle: 'acme', name: 'Anna Nowak', filedOn: '2026-12-08', phone: '+48 601 234 567' });
  });

  it('says when nothing matches, and exits 0', () => {
    const out = ok(binder, ['find', 'nobody-here']);
    expect(out).toMatch(/nothing/i);
    expect(out).toContain('nobody-here');
    expect(binder.json<FindJson>(['find', 'nobody-here']).dossiers).toEqual([]);
  });

  it('refuses no text at all', () => {
    const { stderr } = refused(binder, ['find']);
    expect(stderr).toMatch(/crm find/);
  });
});

describe('a missing binder', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = tempBinder('2026-11-23');
  });
  afterEach(() => {
    binder.remove();
  });

  it('finds nothing and creates nothing', () => {
    expect(ok(binder, ['find', 'anna'])).toMatch(/nothing/i);
    expect(binder.json<FindJson>(['find', 'anna']).dossiers).toEqual([]);
    expect(binderFiles(binder)).toEqual([]);
  });
});
