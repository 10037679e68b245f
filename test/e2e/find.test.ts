// crm find <text>: handle, name, company, phone, e-mail and notes, and the history's notes, offers
// and form answers; every word of the text, in any order; case and accents do not matter.
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { ON_SERVER } from './server-binder.js';
import { binderFiles, binderWhere, ESC, expectDossierShape, ok, refused, seed, tamperWith, type DossierJson, type FindJson } from './support.js';

/** A dossier as crm find --json lists it: with where the words were found (README, "For scripts"). */
type FoundJson = DossierJson & {
  matches: (
    | { where: 'card'; fields: string[]; words: string[] }
    | { where: 'history'; id: number; at: string; kind: string; fields: string[]; words: string[]; snippet: string }
  )[];
};

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

describe('the history: notes, offers and form answers of logged calls', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = tempBinder('2026-11-23');
    seed(binder, 'acme', '25', 'Anna Nowak', ['--company', 'Acme Sp. z o.o.']);
    seed(binder, 'zolc', '26', 'Łukasz Żółć', ['--company', 'Żabka']);
    seed(binder, 'petrova', '27', 'Ани Петрова');
    seed(binder, 'aram', '30', 'Արամ Պետրոսյան');
    seed(binder, 'karimi', 'dec 1', 'علی کریمی');
  });
  afterEach(() => binder.remove());

  const found = (...text: string[]) => binder.json<FindJson>(['find', ...text]).dossiers.map((d) => d.handle);
  const matches = (...text: string[]) => Object.fromEntries(binder.json<{ dossiers: FoundJson[] }>(['find', ...text]).dossiers.map((d) => [d.handle, d.matches]));
  const log = (handle: string, ...options: string[]) => ok(binder, ['log', handle, '--outcome', 'reached', '--next', 'dec 7', ...options]);

  it('finds a word only in a logged call\'s note, typed without its diacritics', () => {
    log('acme', '--note', 'Potwierdziła zamówienie na 200 szt., dostawa do końca miesiąca.');
    expect(found('zamowienie')).toEqual(['acme']);
    expect(found('ZAMÓWIENIE')).toEqual(['acme']);
    expect(found('konca miesiaca')).toEqual(['acme']);
  });

  it('finds a word in an offer, and a word of two letters too', () => {
    log('zolc', '--note', 'Rozmowa o cenach.', '--offer', 'Rabat 8% przy zamówieniu powyżej 50 tys. zł');
    expect(found('rabat')).toEqual(['zolc']);
    expect(found('powyzej')).toEqual(['zolc']);
    expect(found('zł')).toEqual(['zolc']);
    expect(matches('rabat').zolc).toEqual([
      { where: 'history', id: expect.any(Number), at: expect.stringMatching(/^2026-11-23T/), kind: 'call', fields: ['offer'], words: ['rabat'], snippet: 'Rabat 8% przy zamówieniu powyżej 50 tys. zł' },
    ]);
  });

  it('finds the words in any order: nowak anna, as Polish lists put the family name first', () => {
    expect(found('nowak anna')).toEqual(['acme']);
    expect(found('nowak', 'anna')).toEqual(['acme']);
    expect(found('Żółć Łukasz')).toEqual(['zolc']);
    expect(found('петрова ани')).toEqual(['petrova']);
    // Every word must be found: one that is nowhere finds nothing.
    expect(found('nowak zbigniew')).toEqual([]);
  });

  it('finds the words across the card and the history, every one of them somewhere', () => {
    log('acme', '--note', 'Potwierdziła zamówienie.');
    log('zolc', '--note', 'Prosi o próbki.');
    expect(found('nowak zamowienie')).toEqual(['acme']);
    expect(found('zamowienie nowak')).toEqual(['acme']);
    expect(found('zolc zamowienie')).toEqual([]);
    expect(found('zabka probki')).toEqual(['zolc']);
    expect(matches('nowak zamowienie').acme).toEqual([
      { where: 'card', fields: ['name'], words: ['nowak'] },
      { where: 'history', id: expect.any(Number), at: expect.any(String), kind: 'call', fields: ['note'], words: ['zamowienie'], snippet: 'Potwierdziła zamówienie.' },
    ]);
  });

  it('finds Persian, Bulgarian and Armenian words in notes, as names are folded', () => {
    log('karimi', '--note', 'پیش\u200cفاکتور را فرستادم');
    log('petrova', '--note', 'Каталогът е одобрен, поръчка до петък.');
    log('aram', '--note', 'Առաքումը ուշացավ երկու շաբաթ');
    // Without the zero-width non-joiner, and with the Arabic yeh and kaf for the Persian ones.
    expect(found('پیشفاکتور')).toEqual(['karimi']);
    expect(found('پيشفاكتور')).toEqual(['karimi']);
    expect(found('КАТАЛОГЪТ')).toEqual(['petrova']);
    expect(found('поръчка петрова')).toEqual(['petrova']);
    expect(found('ՈՒՇԱՑԱՎ')).toEqual(['aram']);
  });

  it('no longer finds a call that was undone', () => {
    log('acme', '--note', 'Potwierdziła zamówienie.');
    expect(found('zamowienie')).toEqual(['acme']);
    ok(binder, ['undo']);
    expect(found('zamowienie')).toEqual([]);
    expect(ok(binder, ['doctor'])).toContain('no problems');
  });

  it('no longer finds a dossier whose creation was undone, with its history', () => {
    seed(binder, 'nowy', '28', 'Jan Nowy');
    log('nowy', '--note', 'Pierwsza rozmowa o dostawie.');
    expect(found('dostawie')).toEqual(['nowy']);
    ok(binder, ['undo']);
    ok(binder, ['undo']);
    expect(found('dostawie')).toEqual([]);
    expect(ok(binder, ['doctor'])).toContain('no problems');
  });

  it('says where it matched: the card, or the entry with its kind, date and the words around the match', () => {
    log('acme', '--note', 'Klientka długo mówiła o pogodzie, a potem potwierdziła zamówienie na 200 sztuk stołów dębowych do nowego biura w Gdańsku.');
    const out = ok(binder, ['find', 'nowak', 'zamowienie']);
    expect(out).toMatch(/acme .*card \(name\), call Mon 23 Nov/);
    expect(out).toContain('Found in the history');
    expect(out).toMatch(/acme +call Mon 23 Nov +….*potwierdziła zamówienie na 200.*…/);
    expect(out).not.toContain('długo mówiła o pogodzie'); // a piece around the match, not the whole note
  });

  it('prints the words around a match safely: no escape sequence of a note reaches the terminal', () => {
    log('acme', '--note', `zamówienie \u001b]52;c;cm0gLXJmIH4=\u0007 \u001b[2J wysłane`);
    const out = ok(binder, ['find', 'zamowienie']);
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\u0007');
    expect(out).toContain('zamówienie');
  });

  it('--json: each dossier as before, with "matches"', () => {
    log('acme', '--note', 'Potwierdziła zamówienie.', '--offer', 'Oferta: zamówienie 200 szt.');
    const result = binder.json<{ text: string; dossiers: FoundJson[]; more: boolean }>(['find', 'zamowienie']);
    expect(Object.keys(result)).toEqual(['text', 'dossiers', 'more']);
    const [acme] = result.dossiers;
    expectDossierShape(acme);
    expect(acme?.matches).toEqual([
      { where: 'history', id: expect.any(Number), at: expect.any(String), kind: 'call', fields: ['note', 'offer'], words: ['zamowienie'], snippet: 'Potwierdziła zamówienie.' },
    ]);
    expect(binder.json<{ dossiers: FoundJson[] }>(['find', 'ани']).dossiers[0]?.matches).toEqual([{ where: 'card', fields: ['name'], words: ['ани'] }]);
  });
});

// A SQLite file of version 3, upgraded when opened: a server binder was never older than version 8
// (crm team init makes it whole), and other commands never upgrade one.
describe.skipIf(ON_SERVER)('a binder of schema version 3, upgraded', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = tempBinder('2026-11-23');
    copyFileSync(fileURLToPath(new URL('../fixtures/binders/v3.binder', import.meta.url)), binder.db);
  });
  afterEach(() => binder.remove());

  it('finds words in the history it had before the upgrade: notes, offers and form answers', () => {
    const found = (text: string) => binder.json<FindJson>(['find', text]).dossiers.map((d) => d.handle);
    expect(found('piatek')).toEqual(['zolc']);
    expect(found('1200 zl')).toEqual(['zolc']);
    expect(found('zainteresowany')).toEqual(['zolc']);
    expect(found('каталогът')).toEqual(['petrova']);
    expect(found('اصلاح')).toEqual(['rahimi']);
    expect(ok(binder, ['doctor'])).toContain('no problems');
  });
});

describe('crm doctor and the history index', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = tempBinder('2026-11-23');
    seed(binder, 'acme', '25', 'Anna Nowak');
    seed(binder, 'zolc', '26', 'Łukasz Żółć');
    ok(binder, ['log', 'acme', '--note', 'Potwierdziła zamówienie.', '--next', 'dec 7']);
    ok(binder, ['log', 'zolc', '--note', 'Prosi o próbki.', '--next', 'dec 7']);
  });
  afterEach(() => binder.remove());

  const tamper = (sql: string) => tamperWith(binder, sql);
  const found = (text: string) => binder.json<FindJson>(['find', text]).dossiers.map((d) => d.handle);

  it('names a stale history text and a damaged history index; --repair builds both again', () => {
    tamper("UPDATE dossier_history SET text = 'nothing' WHERE dossier_id = (SELECT id FROM dossier WHERE handle = 'zolc')");
    // SQLite's full-text index is crm's own table, which can be damaged; a server's index (GIN) is
    // the server's to keep, and has no counterpart to damage.
    if (!ON_SERVER) {
      tamper(`INSERT INTO history_search (history_search, rowid, text)
                SELECT 'delete', dossier_id, text FROM dossier_history WHERE dossier_id = (SELECT id FROM dossier WHERE handle = 'acme')`);
      expect(found('zamowienie')).toEqual([]);
    }
    expect(found('probki')).toEqual([]);
    const doctor = binder.crm(['doctor']);
    expect(doctor.code).toBe(3);
    expect(doctor.stderr.split('\n').slice(1, -1)).toEqual([
      "crm find's history text of 1 dossier is out of date: zolc",
      ...(ON_SERVER ? [] : ["crm find's index of the history does not match the histories"]),
    ]);
    expect(doctor.stderr).toContain('crm doctor --repair');
    const out = ok(binder, ['doctor', '--repair']);
    expect(out).toContain(`${binderWhere(binder)}: no problems`);
    expect(found('zamowienie')).toEqual(['acme']);
    expect(found('probki')).toEqual(['zolc']);
  });

  it('names a history text missing', () => {
    tamper('DELETE FROM dossier_history');
    expect(binder.json<{ problems: string[] }>(['doctor']).problems).toEqual(["crm find's history text of 2 dossiers are out of date: acme, zolc"]);
    ok(binder, ['doctor', '--repair']);
    expect(found('probki')).toEqual(['zolc']);
  });
});
