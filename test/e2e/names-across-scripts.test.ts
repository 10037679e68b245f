// A client found from another script (issue 17, part 6): `petrova` names Анна Петрова in crm find,
// show and log, `hakobyan` Հակոբյան, `sokratis` Σωκράτης; what was typed in the name's own script
// names it as before, and a Latin name is found as it always was. On a binder file and, with
// CRM_TEST_STORE=postgres, on the server; and migration 10 (step 10 on a server) indexes the
// dossiers of an older binder so.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyCard } from '../../src/binder/dossier.js';
import { latinWords } from '../../src/binder/fold.js';
import { cardSearchText } from '../../src/binder/search.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { tempBinder, type Binder } from './cli.js';
import { ON_SERVER } from './server-binder.js';
import { binderWhere, ok, refused, seed, tamperWith, type FindJson, type ShowJson } from './support.js';

type FoundJson = FindJson & { dossiers: { handle: string; matches: { where: string; fields?: string[]; words: string[] }[] }[] };

/** The dossiers of both describes: a handle each, its name, and its company. */
const CLIENTS: [handle: string, name: string, company?: string][] = [
  ['петрова', 'Анна Петрова', 'Петрова ЕООД'],
  ['shterev', 'Щерю Щерев'],
  ['hakobyan', 'Արամ Հակոբյան'],
  ['harut', 'Անի Հարությունյան'],
  ['sokratis', 'Σωκράτης Παπαδόπουλος'],
  ['hristo', 'Христо Ъглов'],
  ['nowak', 'Anna Nowak', 'Acme'],
  ['karimi', 'علی کریمی'],
];

function seeded(): Binder {
  const binder = tempBinder('2026-11-23');
  for (const [handle, name, company] of CLIENTS) seed(binder, handle, '25', name, company ? ['--company', company] : []);
  return binder;
}

describe('names in Cyrillic, Armenian and Greek, typed in Latin letters', () => {
  let binder: Binder;
  beforeAll(() => {
    binder = seeded();
  });
  afterAll(() => binder.remove());

  const found = (...text: string[]) => binder.json<FindJson>(['find', ...text]).dossiers.map((d) => d.handle).sort();

  it.each([
    ['petrova', ['петрова']],
    ['PETROV', ['петрова']],
    ['anna petrova', ['петрова']],
    ['eood', ['петрова']],
    ['hakobyan', ['hakobyan']],
    ['harutyunyan', ['harut']],
    ['sokratis', ['sokratis']],
    ['papadopoulos', ['sokratis']],
    // Bulgarian's official form and the common one.
    ['shterev', ['shterev']],
    ['shcherev', ['shterev']],
    ['hristo aglov', ['hristo']],
    ['khristo', ['hristo']],
    // In the name's own script, as before.
    ['Петр', ['петрова']],
    ['Հակոբ', ['hakobyan']],
    ['σωκρ', ['sokratis']],
    // A Latin name as it always was; Persian is not transliterated.
    ['nowak', ['nowak']],
    ['anna', ['nowak', 'петрова']],
    ['کریمی', ['karimi']],
    ['karimi', ['karimi']],
  ])('crm find %s', (text, handles) => {
    expect(found(text)).toEqual(handles);
  });

  it('says the name matched, typed in Latin letters', () => {
    const [dossier] = binder.json<FoundJson>(['find', 'petrova']).dossiers;
    expect(dossier?.matches).toEqual([{ where: 'card', fields: ['handle', 'name', 'company'], words: ['petrova'] }]);
  });

  it.each([
    ['petrova', 'петрова'],
    ['petr', 'петрова'],
    ['anna petr', 'петрова'],
    ['hakobyan', 'hakobyan'],
    ['harutyun', 'harut'],
    ['sokr', 'sokratis'],
    ['shterev', 'shterev'],
    ['петр', 'петрова'],
    ['Σωκράτης', 'sokratis'],
  ])('crm show %s names %s', (name, handle) => {
    expect(binder.json<ShowJson>(['show', name]).handle).toBe(handle);
  });

  it('crm log petrova writes in Анна Петрова\'s history', () => {
    const out = ok(binder, ['log', 'petrova', '--note', 'Звъннах, ще мисли.', '--next', 'dec 1']);
    expect(out).toContain('петрова');
    const show = binder.json<ShowJson & { history: { note?: string | null }[] }>(['show', 'петрова']);
    expect(show.history.map((entry) => entry.note)).toContain('Звъннах, ще мисли.');
  });

  it('a Latin word that names two clients in two scripts lists both, and does nothing', () => {
    const before = binder.dump();
    const { stderr } = refused(binder, ['log', 'anna', '--note', 'x'], { lines: 3 });
    expect(stderr).toBe('crm: "anna" matches 2 clients; type one of these handles, or more letters:\n  nowak    Anna Nowak, Acme\n  петрова  Анна Петрова, Петрова ЕООД\n');
    expect(binder.dump()).toBe(before);
  });
});

describe('a binder indexed by an older crm (version 9)', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = seeded();
    // Back to what crm wrote before migration 10: find's text without its line of Latin words,
    // and no Latin lookup words.
    const updates = CLIENTS.map(([handle, name, company]) => {
      const text = cardSearchText(handle, { ...emptyCard(name), company: company ?? null });
      const old = latinWords(`${handle} ${name} ${company ?? ''}`).length > 0 ? text.slice(0, text.lastIndexOf('\n')) : text;
      return `UPDATE dossier SET search_text = '${old}' WHERE handle = '${handle}';`;
    });
    tamperWith(
      binder,
      `${updates.join('\n')}
       DELETE FROM dossier_word WHERE dossier_id IN (SELECT id FROM dossier WHERE handle <> 'nowak') AND word IN
         ('petrova', 'anna', 'eood', 'yeood', 'shcheryu', 'shcherev', 'shteryu', 'shterev', 'aram', 'hakobyan', 'ani', 'harutyunyan', 'sokratis', 'papadopoulos', 'khristo', 'hristo', 'glov', 'aglov');
       ${ON_SERVER ? 'UPDATE crm_meta SET version = 9;' : 'PRAGMA user_version = 9;'}`,
    );
  });

  it.runIf(!ON_SERVER)('found nothing by Latin letters before (what the test made is what an older crm wrote)', () => {
    tamperWith(binder, `PRAGMA user_version = ${SCHEMA_VERSION};`);
    expect(found('petrova')).toEqual([]);
    expect(found('sokratis')).toEqual(['sokratis']);
    refused(binder, ['show', 'petr']);
  });
  afterEach(() => binder.remove());

  const found = (text: string) => binder.json<FindJson>(['find', text]).dossiers.map((d) => d.handle);

  it.runIf(!ON_SERVER)('is upgraded by the next command, and then finds petrova, hakobyan and sokratis', () => {
    const first = binder.crm(['find', 'petrova', '--json']);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(new RegExp(`^Upgraded the binder ${binder.db} from version 9 to ${SCHEMA_VERSION}; the binder as it was is in .+\\n$`));
    expect((JSON.parse(first.stdout) as FindJson).dossiers.map((d) => d.handle)).toEqual(['петрова']);
    expect(found('hakobyan')).toEqual(['hakobyan']);
    expect(found('sokratis')).toEqual(['sokratis']);
    expect(binder.json<ShowJson>(['show', 'shterev']).handle).toBe('shterev');
    expect(binder.json<ShowJson>(['show', 'petr']).handle).toBe('петрова');
    expect(found('nowak')).toEqual(['nowak']);
    // Nothing is left for crm doctor to mend.
    expect(ok(binder, ['doctor'])).toMatch(/: no problems \(/);
  });

  it.runIf(ON_SERVER)('is refused until crm team upgrade, which then indexes its dossiers', () => {
    refused(binder, ['show', 'petrova'], { code: 3 });
    const upgrade = binder.crm(['team', 'upgrade']);
    expect(upgrade).toEqual({ stdout: `Upgraded the binder in ${binderWhere(binder)} from version 9 to ${SCHEMA_VERSION} (1 step).\n`, stderr: '', code: 0 });
    expect(found('petrova')).toEqual(['петрова']);
    expect(found('hakobyan')).toEqual(['hakobyan']);
    expect(found('sokratis')).toEqual(['sokratis']);
    expect(binder.json<ShowJson>(['show', 'shterev']).handle).toBe('shterev');
    expect(binder.json<ShowJson>(['show', 'petr']).handle).toBe('петрова');
    expect(found('nowak')).toEqual(['nowak']);
    expect(ok(binder, ['doctor'])).toMatch(/: no problems \(/);
  });
});
