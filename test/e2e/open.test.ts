// crm open <divider>: what is behind one divider, as it stands (no move to a working day).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { binderFiles, expectDossierShape, ok, refused, seed, type OpenJson } from './support.js';

describe('a seeded binder on Mon 2026-11-23', () => {
  let binder: Binder;
  beforeAll(() => {
    binder = tempBinder('2026-11-23');
    seed(binder, 'acme', '8', 'Anna Nowak', ['--company', 'Acme Ltd', '--phone', '+48 601 234 567']); // Tue 8 Dec
    seed(binder, 'berg', '8', 'Bo Berg', ['--priority', 'A']); // Tue 8 Dec
    ok(binder, ['file', 'sat', '28', '--name', 'Sam Saturday', '--exact']); // Sat 28 Nov, kept
    seed(binder, 'mon', '28', 'Mia Monday'); // Sat 28 Nov moves to Mon 30 Nov
    seed(binder, 'july', 'jul', 'Jules July'); // Thu 1 Jul 2027
    seed(binder, 'xmas', 'dec 28', 'Xenia Xmas'); // Mon 28 Dec, behind the December divider
    seed(binder, 'dec1', 'dec', 'Dora December'); // Tue 1 Dec, behind day divider 1
  });
  afterAll(() => {
    binder.remove();
  });

  const handles = (divider: string) => binder.json<OpenJson>(['open', divider]).dossiers.map((d) => d.handle).sort();

  it('a day number', () => {
    const out = ok(binder, ['open', '8']);
    expect(out).toContain('Tue 8 Dec 2026');
    for (const text of ['acme', 'Anna Nowak', 'Acme Ltd', 'berg', 'Bo Berg']) expect(out).toContain(text);
    expect(out).not.toContain('Mia Monday');
    expect(handles('8')).toEqual(['acme', 'berg']);
  });

  it('a day off as it stands, without moving to the next working day', () => {
    expect(handles('28')).toEqual(['sat']);
    expect(handles('sat')).toEqual(['sat']);
    expect(handles('2026-11-28')).toEqual(['sat']);
    expect(handles('30')).toEqual(['mon']);
  });

  it('a month divider: the dates past the ring', () => {
    expect(handles('jul')).toEqual(['july']);
    expect(handles('july')).toEqual(['july']);
    expect(handles('dec')).toEqual(['xmas']);
    const out = ok(binder, ['open', 'jul']);
    expect(out).toMatch(/July 2027/);
    expect(out).toContain('Jules July');
    const json = binder.json<OpenJson>(['open', 'jul']);
    expect(json).toMatchObject({ divider: 'month', month: '2027-07', from: '2027-07-01', to: '2027-07-31' });
  });

  it('any other date form', () => {
    expect(handles('dec 8')).toEqual(['acme', 'berg']);
    expect(handles('8 dec')).toEqual(['acme', 'berg']);
    expect(handles('+15d')).toEqual(['acme', 'berg']);
    expect(handles('tue')).toEqual([]);
    expect(handles('۸')).toEqual(['acme', 'berg']);
    expect(handles('1')).toEqual(['dec1']);
  });

  it('--json: one document with the dossiers', () => {
    const json = binder.json<OpenJson>(['open', '8']);
    expect(json).toMatchObject({ divider: 'day', from: '2026-12-08', to: '2026-12-08' });
    expect(json.dossiers).toHaveLength(2);
    for (const dossier of json.dossiers) expectDossierShape(dossier);
    expect(json.dossiers.find((d) => d.handle === 'acme')).toMatchObject({ name: 'Anna Nowak', company: 'Acme Ltd', phone: '+48 601 234 567', filedOn: '2026-12-08' });
  });

  it('an empty divider says so and exits 0', () => {
    const out = ok(binder, ['open', '9']);
    expect(out).toContain('Wed 9 Dec 2026');
    expect(out).toMatch(/nothing/i);
    expect(binder.json<OpenJson>(['open', '9']).dossiers).toEqual([]);
  });

  it('refuses a form it does not know, naming the forms it does', () => {
    const { stderr } = refused(binder, ['open', 'someday']);
    expect(stderr).toContain('someday');
    expect(stderr).toContain('jul 5');
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

  it('opens an empty divider and creates nothing', () => {
    expect(ok(binder, ['open', '8'])).toMatch(/nothing/i);
    expect(binder.json<OpenJson>(['open', 'jul']).dossiers).toEqual([]);
    expect(binderFiles(binder)).toEqual([]);
  });
});

describe('--help (issue 12)', () => {
  it('names only options crm open has: no --exact, since a divider is named as it stands', () => {
    const help = tempBinder('2026-11-23');
    try {
      const out = ok(help, ['open', '--help']);
      expect(out).not.toContain('--exact');
      expect(out).toContain('as it stands');
      expect(out).toContain('Examples:');
      expect(ok(help, ['file', '--help'])).toContain('unless --exact');
    } finally {
      help.remove();
    }
  });
});
