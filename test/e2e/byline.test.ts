// Who did what (issue 16): every history entry of a team's binder says who made it and for whom,
// shown as "by Anna Nowak for Piotr Wilk" in show, today's last conversation, review and the sheet,
// and crm changes --all lists everyone's changes for a manager. Spawned on a team's binder with real
// logins; on a binder file --all says in one line that it needs a team's binder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamBinder } from './team-binder.js';
import { crmWith, type Result } from './cli.js';
import { ON_SERVER, psql } from './server-binder.js';
import type { ChangedJson, ShowJson } from './support.js';

const TODAY = '2026-12-03';

// A story told in order on one team binder (each step starts where the one before left it):
// its tests are not shuffled, whatever CI does with the others.
describe.skipIf(!ON_SERVER)('who did what on a team binder (server binders only)', { shuffle: false }, () => {
  const fixture = teamBinder();
  const { schema, as } = fixture;
  const anna = fixture.login('anna');
  const piotr = fixture.login('piotr');
  const ewa = fixture.login('ewa');
  const crm = (binder: string, args: string[], today = TODAY): Result => crmWith(args, { PATH: process.env.PATH, HOME: fixture.home(), CRM_DB: binder, CRM_TODAY: today, TZ: process.env.TZ, NO_COLOR: '1' });
  const ok = (binder: string, args: string[], today = TODAY): string => {
    const result = crm(binder, args, today);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return result.stdout;
  };
  const lineWith = (text: string, needle: string) => text.split('\n').find((line) => line.includes(needle)) ?? '';
  let logged: ChangedJson;

  beforeAll(() => {
    fixture.open(
      [
        { name: 'ewa', fullName: 'Ewa Lis', manager: true },
        { name: 'anna', fullName: 'Anna Nowak' },
        { name: 'piotr', fullName: 'Piotr Wilk' },
      ],
      TODAY,
    );
    ok(as(piotr), ['file', 'kowalski', 'today', '--name', 'Jan Kowalski']);
    ok(as(piotr), ['log', 'kowalski', '--note', 'asked for the price list', '--next', TODAY]);
    ok(as(anna), ['file', 'nowak', '4', '--name', 'Adam Nowak']);
    // Piotr away for two days: his stack handed over to Anna (as crm handover will write it).
    psql(`INSERT INTO "${schema}".handover (owner, delegate, starts, until, made_at) VALUES ('${piotr}', '${anna}', '2026-12-03', '2026-12-04', 'x')`);
    logged = JSON.parse(ok(as(anna), ['log', 'kowalski', '--note', 'sent the price list', '--outcome', 'reached', '--next', '2026-12-07', '--json'])) as ChangedJson;
  });

  afterAll(() => fixture.close());

  it("Anna's call is recorded by her for Piotr: in what crm log printed, and in the entry the server holds", () => {
    expect(logged.entries.map((e) => [e.kind, e.by, e.for])).toEqual([
      ['call', anna, piotr],
      ['filed', anna, piotr],
    ]);
    expect(psql(`SELECT kind || ' ' || made_by || ' ' || made_for FROM "${schema}".entry WHERE note = 'sent the price list'`).trim()).toBe(`call ${anna} ${piotr}`);
  });

  it('crm show as Piotr: his own entries unmarked, her call "by Anna Nowak"; --json by and for are the logins', () => {
    const shown = ok(as(piotr), ['show', 'kowalski']);
    expect(lineWith(shown, 'sent the price list')).toMatch(/sent the price list {2}→ reached {2}by Anna Nowak$/);
    expect(lineWith(shown, 'asked for the price list')).toMatch(/asked for the price list$/);
    const history = (JSON.parse(ok(as(piotr), ['show', 'kowalski', '--json'])) as ShowJson).history;
    expect(history.map((e) => [e.kind, e.by, e.for])).toEqual([
      ['created', piotr, piotr],
      ['filed', piotr, piotr],
      ['call', piotr, piotr],
      ['call', anna, piotr],
      ['filed', anna, piotr],
    ]);
  });

  it('crm show as Anna says whose dossier she worked on ("for Piotr Wilk"); as the manager both', () => {
    expect(lineWith(ok(as(anna), ['show', 'kowalski']), 'sent the price list')).toMatch(/→ reached {2}for Piotr Wilk$/);
    const managers = ok(as(ewa), ['show', 'kowalski']);
    expect(lineWith(managers, 'sent the price list')).toMatch(/→ reached {2}by Anna Nowak for Piotr Wilk$/);
    expect(lineWith(managers, 'asked for the price list')).toMatch(/asked for the price list {2}by Piotr Wilk$/);
  });

  it("crm today as Piotr: the last conversation was Anna's; --json lastBy and lastFor; his own work unmarked", () => {
    const today = ok(as(piotr), ['today'], '2026-12-07');
    expect(lineWith(today, 'Last:')).toMatch(/Last: call .*: sent the price list → reached {2}by Anna Nowak$/);
    const stack = (JSON.parse(ok(as(piotr), ['today', '--json'], '2026-12-07')) as { stack: Record<string, unknown>[] }).stack;
    expect(stack[0]).toMatchObject({ handle: 'kowalski', lastBy: anna, lastFor: piotr });
    // Anna's own dossier, her own work: nothing said, nothing added to the JSON.
    const annas = (JSON.parse(ok(as(anna), ['today', '--json'], '2026-12-07')) as { stack: Record<string, unknown>[] }).stack;
    expect(annas.map((d) => d.handle)).toEqual(['nowak']);
    expect(Object.keys(annas[0] ?? {})).not.toContain('lastBy');
  });

  it('the sheet says who made each entry', () => {
    expect(ok(as(piotr), ['show', 'kowalski', '--format', 'markdown'])).toMatch(/call: sent the price list; → reached \(by Anna Nowak\)/);
    // In HTML each piece of stored text (the note, the outcome, each name) takes its own direction.
    expect(ok(as(ewa), ['show', 'kowalski', '--format', 'html'])).toContain(
      'call: <span dir="auto">sent the price list</span>; → <span dir="auto">reached</span> (by <span dir="auto">Anna Nowak</span> for <span dir="auto">Piotr Wilk</span>)',
    );
  });

  it("crm review --team for the manager: who logged the day's conversations", () => {
    const review = JSON.parse(ok(as(ewa), ['review', '--team', '--json'])) as { loggedBy?: Record<string, number>; logged: number };
    expect(review).toMatchObject({ logged: 2, loggedBy: { [anna]: 1, [piotr]: 1 } });
    expect(ok(as(ewa), ['review', '--team'])).toContain('  By            Anna Nowak 1, Piotr Wilk 1');
    // Piotr's own review: only his work and Anna's on his dossier; his own as before, hers named.
    expect(ok(as(piotr), ['review'])).toContain('  By            Anna Nowak 1, you 1');
  });

  it("crm changes --all: the manager sees everyone's, by whom; a rep is refused in one line", () => {
    const all = (JSON.parse(ok(as(ewa), ['changes', '--all', '--json'])) as { changes: { command: string; by: string }[] }).changes;
    // Newest first; before them the admin's crm team add.
    expect(all.slice(0, 4).map((c) => [c.command, c.by])).toEqual([
      ['log', anna],
      ['file', anna],
      ['log', piotr],
      ['file', piotr],
    ]);
    const text = ok(as(ewa), ['changes', '--all']);
    expect(lineWith(text, 'log')).toMatch(/by Anna Nowak$/);
    // Without --all: one's own, what undo would walk back.
    expect((JSON.parse(ok(as(anna), ['changes', '--json'])) as { changes: { command: string }[] }).changes.map((c) => c.command)).toEqual(['log', 'file']);
    expect(crm(as(anna), ['changes', '--all'])).toEqual({
      stdout: '',
      stderr: `crm: crm changes --all lists the whole team's changes: a manager's view, and you (${anna}) are a rep; crm changes lists yours\n`,
      code: 2,
    });
  });

  it("an import keeps who made each entry when a manager imports; a rep's import makes the entries theirs", () => {
    const exported = JSON.parse(ok(as(ewa), ['export', '--team'])) as { dossiers: { handle: string; name: string; history: { by: string | null; for: string | null }[] }[] };
    const kowalski = exported.dossiers.find((d) => d.handle === 'kowalski');
    expect(kowalski?.history.map((e) => e.by)).toEqual([piotr, piotr, piotr, anna, anna]);
    const file = (handle: string) => {
      const path = join(fixture.home(), `${handle}.json`);
      writeFileSync(path, JSON.stringify({ ...exported, dossiers: [{ ...kowalski, handle, name: `Jan ${handle}` }] }));
      return path;
    };
    ok(as(ewa), ['import', file('kowalski2')]);
    const kept = (JSON.parse(ok(as(ewa), ['show', 'kowalski2', '--json'])) as ShowJson).history;
    expect(kept.map((e) => [e.by, e.for])).toEqual(kowalski?.history.map((e) => [e.by, e.for]));
    ok(as(anna), ['import', file('kowalski3')]);
    const hers = (JSON.parse(ok(as(anna), ['show', 'kowalski3', '--json'])) as ShowJson).history;
    expect(hers.map((e) => [e.by, e.for])).toEqual(kowalski?.history.map(() => [anna, anna]));
    // Taken back, each by whoever made it: the other tests (in any order) find the binder as it was.
    ok(as(anna), ['undo']);
    ok(as(ewa), ['undo']);
    expect(JSON.parse(ok(as(ewa), ['find', 'kowalski', '--team', '--json'])).dossiers.map((d: { handle: string }) => d.handle)).toEqual(['kowalski']);
  });
});
