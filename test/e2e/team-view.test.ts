// crm team (the manager's view) and each person's own capacity, spawned on a team's binder with real
// logins: the figures of `crm team --json` against a fixture whose figures are known by construction
// and counted again through psql; on a binder file, one line (exit 2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamBinder } from './team-binder.js';
import { crmWith, type Result } from './cli.js';
import { ON_SERVER, psql } from './server-binder.js';

/** A Thursday: the week's figures start on Monday 2026-11-30. */
const TODAY = '2026-12-03';

interface PersonJson {
  login: string;
  role: string;
  capacity: number | null;
  limit: number | null;
  stack: number;
  overdue: number;
  overCapacity: number;
  brokenPromises: number;
  lateComplaints: number;
  callsToday: number;
  callsWeek: number;
  callsByDay: Record<string, number>;
  refiled: number;
  moved: number;
  promisesKept: number;
  promisesBroken: number;
  away: { to: string; until: string } | null;
  holding: { owner: string; until: string }[];
}

// A story told in order on one team binder (each step starts where the one before left it):
// its tests are not shuffled, whatever CI does with the others.
describe.skipIf(!ON_SERVER)("crm team: the manager's view (server binders only)", { shuffle: false }, () => {
  const fixture = teamBinder();
  const { schema, as } = fixture;
  const anna = fixture.login('anna');
  const piotr = fixture.login('piotr');
  const ewa = fixture.login('ewa');
  /** CRM_NOW (a moment) or CRM_TODAY: crm takes one of them. */
  const crm = (binder: string, args: string[], when: string = TODAY): Result =>
    crmWith(args, { PATH: process.env.PATH, HOME: fixture.home(), CRM_DB: binder, ...(when.includes('T') ? { CRM_NOW: when } : { CRM_TODAY: when }), TZ: process.env.TZ });
  const ok = (binder: string, args: string[], when?: string): Result => {
    const result = crm(binder, args, when);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return result;
  };
  const q = (sql: string) => psql(`SET search_path = "${schema}"; ${sql}`).trim();
  const figures = (when = TODAY) => JSON.parse(ok(as(ewa), ['team', '--json'], when).stdout) as { date: string; week: string; capacity: number | null; people: PersonJson[] };
  const id = (handle: string) => `(SELECT id FROM dossier WHERE handle = '${handle}')`;

  beforeAll(() => {
    fixture.open(
      [
        { name: 'ewa', fullName: 'Ewa Lis', manager: true },
        { name: 'anna', fullName: 'Anna Nowak' },
        { name: 'piotr', fullName: 'Piotr Wilk' },
      ],
      TODAY,
    );
    ok(as(ewa), ['config', 'capacity', '4', '--team']);
    // Anna: five today and one left from Monday (overdue): 6 against 4.
    for (const n of [1, 2, 3, 4, 5]) ok(as(anna), ['file', `anna${n}`, 'today', '--name', `Anna's ${n}`]);
    ok(as(anna), ['file', 'anna6', 'today', '--name', "Anna's 6"], '2026-11-30');
    ok(as(anna), ['file', 'anna7', '2026-12-10', '--name', "Anna's 7"], '2026-11-30');
    // Piotr: three today, one next week.
    for (const n of [1, 2, 3]) ok(as(piotr), ['file', `piotr${n}`, 'today', '--name', `Piotr's ${n}`]);
    ok(as(piotr), ['file', 'piotr4', '2026-12-10', '--name', "Piotr's 4"], '2026-11-30');
    // Anna's calls through crm: Tuesday and today, refiled each time (a later date than it had).
    ok(as(anna), ['log', 'anna7', '--note', 'asked for a price', '--outcome', 'reached', '--next', '2026-12-11'], '2026-12-01T09:00');
    ok(as(anna), ['log', 'anna7', '--note', 'no answer', '--outcome', 'no-answer', '--next', '2026-12-14'], '2026-12-03T09:30');
    // Piotr's through psql: two meetings today, an e-mail on Monday; a note (not a call) and last week's call do not count.
    q(`INSERT INTO entry (dossier_id, at, kind, made_by) VALUES
         (${id('piotr4')}, '2026-12-03T10:00:00+01:00', 'meeting', '${piotr}'),
         (${id('piotr4')}, '2026-12-03T11:00:00+01:00', 'meeting', '${piotr}'),
         (${id('piotr4')}, '2026-11-30T08:00:00+01:00', 'email', '${piotr}'),
         (${id('piotr4')}, '2026-12-03T12:00:00+01:00', 'note', '${piotr}'),
         (${id('piotr4')}, '2026-11-27T12:00:00+01:00', 'call', '${piotr}'),
         (${id('piotr4')}, '2026-12-02T12:00:00+01:00', 'moved', '${piotr}')`);
    // Promises: Anna's broken (ours, due Tuesday, open), the client's past due (not ours: not counted), one kept today, a day late.
    q(`INSERT INTO promise (dossier_id, what, due, theirs, made_at, kept_at) VALUES
         (${id('anna1')}, 'send the offer', '2026-12-01', false, '2026-11-25T10:00:00+01:00', NULL),
         (${id('anna2')}, 'they send the order', '2026-12-01', true, '2026-11-25T10:00:00+01:00', NULL),
         (${id('anna3')}, 'call back', '2026-12-02', false, '2026-11-25T10:00:00+01:00', '2026-12-03T08:00:00+01:00'),
         (${id('piotr1')}, 'a sample', '2026-12-04', false, '2026-11-25T10:00:00+01:00', NULL)`);
    // Complaints: Piotr's one past its date, one resolved, one due tomorrow.
    q(`INSERT INTO complaint (dossier_id, what, due, opened_at, resolved_at) VALUES
         (${id('piotr1')}, 'late delivery', '2026-12-02', '2026-11-28T10:00:00+01:00', NULL),
         (${id('piotr2')}, 'wrong invoice', '2026-12-01', '2026-11-28T10:00:00+01:00', '2026-12-01T10:00:00+01:00'),
         (${id('piotr3')}, 'broken part', '2026-12-04', '2026-11-28T10:00:00+01:00', NULL)`);
    // Anna away Wednesday to Friday: Piotr holds her stack.
    q(`INSERT INTO handover (owner, delegate, starts, until, made_at, made_by) VALUES ('${anna}', '${piotr}', '2026-12-02', '2026-12-04', '2026-12-01T17:00:00+01:00', '${anna}')`);
  });

  afterAll(() => fixture.close());

  it('crm team --json: the figures as the fixture made them, the worst first', () => {
    const view = figures();
    expect(view).toMatchObject({ date: TODAY, week: '2026-11-30', capacity: 4 });
    expect(view.people.map((p) => p.login)).toEqual([anna, piotr, ewa, 'root']);
    const [a, p] = view.people;
    expect(a).toMatchObject({
      role: 'rep', capacity: null, limit: 4, stack: 6, overdue: 1, overCapacity: 2, brokenPromises: 1, lateComplaints: 0,
      callsToday: 1, callsWeek: 2, callsByDay: { '2026-12-01': 1, '2026-12-03': 1 }, refiled: 2, moved: 0, promisesKept: 1, promisesBroken: 2,
      away: { to: piotr, until: '2026-12-04' }, holding: [],
    });
    expect(p).toMatchObject({
      stack: 3, overdue: 0, overCapacity: 0, brokenPromises: 0, lateComplaints: 1,
      callsToday: 2, callsWeek: 3, callsByDay: { '2026-11-30': 1, '2026-12-03': 2 }, refiled: 0, moved: 1, promisesKept: 0, promisesBroken: 0,
      away: null, holding: [{ owner: anna, until: '2026-12-04' }],
    });
    // Counted again, independently, as root (past row-level security).
    for (const person of view.people) {
      const count = (sql: string) => Number(q(sql));
      expect(person.stack).toBe(count(`SELECT count(*) FROM dossier WHERE owner = '${person.login}' AND filed_on <= '${TODAY}'`));
      expect(person.overdue).toBe(count(`SELECT count(*) FROM dossier WHERE owner = '${person.login}' AND filed_on < '${TODAY}'`));
      expect(person.brokenPromises).toBe(count(`SELECT count(*) FROM promise p JOIN dossier d ON d.id = p.dossier_id WHERE d.owner = '${person.login}' AND kept_at IS NULL AND NOT theirs AND due < '${TODAY}'`));
      expect(person.lateComplaints).toBe(count(`SELECT count(*) FROM complaint c JOIN dossier d ON d.id = c.dossier_id WHERE d.owner = '${person.login}' AND resolved_at IS NULL AND due < '${TODAY}'`));
      expect(person.callsToday).toBe(count(`SELECT count(*) FROM entry WHERE made_by = '${person.login}' AND kind IN ('call', 'meeting', 'email') AND at LIKE '${TODAY}%'`));
      expect(person.callsWeek).toBe(count(`SELECT count(*) FROM entry WHERE made_by = '${person.login}' AND kind IN ('call', 'meeting', 'email') AND substr(at, 1, 10) BETWEEN '2026-11-30' AND '${TODAY}'`));
    }
  });

  it('a day later the handover is still in force; on Saturday it is not, and the week starts again on Monday', () => {
    expect(figures('2026-12-04').people.find((p) => p.login === anna)?.away).toEqual({ to: piotr, until: '2026-12-04' });
    const saturday = figures('2026-12-05').people.find((p) => p.login === piotr);
    expect(saturday).toMatchObject({ holding: [] });
    const monday = figures('2026-12-07').people.find((p) => p.login === piotr);
    expect(monday).toMatchObject({ callsWeek: 0, callsToday: 0, callsByDay: {} });
  });

  it('the text view: a load bar per person, red figures over capacity, who is away', () => {
    const text = ok(as(ewa), ['team']).stdout;
    const lines = text.split('\n');
    expect(lines[0]).toBe('The team · Thu 3 Dec 2026 · 4 people · team capacity 4 a day');
    expect(lines[3]).toMatch(new RegExp(`^Anna Nowak \\(${anna}\\) +██████████ 6/4 +1 +1 +0 +1 +2 +away, to Piotr Wilk until Fri 4 Dec$`));
    expect(lines[4]).toMatch(new RegExp(`^Piotr Wilk \\(${piotr}\\) +████████░░ 3/4 +0 +0 +1 +2 +3 +holding Anna Nowak's until Fri 4 Dec$`));
    expect(text).toContain('1 person over capacity');
    const week = ok(as(ewa), ['team', '--week']).stdout.split('\n');
    expect(week[2]).toMatch(/^Person +Today's stack +Mon +Tue +Wed +Thu +Calls +Refiled +Moved +Kept +Broken +Away \/ holding$/);
    expect(week[3]).toMatch(new RegExp(`^Anna Nowak \\(${anna}\\) +██████████ 6/4 +0 +1 +0 +1 +2 +2 +0 +1 +2 +away`));
  });

  it("a rep may not (exit 2, one line); nothing is written", () => {
    expect(crm(as(anna), ['team'])).toEqual({ stdout: '', stderr: `crm: crm team is a manager's: you (${anna}) are a rep; a manager of the team can run it (crm team lists who is)\n`, code: 2 });
  });

  it("capacity per person: a rep sets their own; today and postpone --auto keep to it; the team's stays", () => {
    // Anna back: Piotr's stack is his own again.
    q(`UPDATE handover SET ended_at = '2026-12-03T08:00:00+01:00', ended_by = '${anna}'`);
    expect(ok(as(piotr), ['config', 'capacity', '2']).stdout).toMatch(/^capacity +2 a day, yours; 4 a day for the team/m);
    expect(q(`SELECT login || '=' || coalesce(capacity::text, '-') FROM person WHERE login IN ('${anna}', '${piotr}') ORDER BY login`).split('\n')).toEqual([`${anna}=-`, `${piotr}=2`]);
    expect(q(`SELECT value FROM setting WHERE key = 'capacity'`)).toBe('4');
    // A rep's own row only, and only its capacity: through psql too.
    psql(`SET ROLE ${anna}; UPDATE "${schema}".person SET capacity = 9`);
    expect(q(`SELECT login || '=' || coalesce(capacity::text, '-') FROM person WHERE login IN ('${anna}', '${piotr}') ORDER BY login`).split('\n')).toEqual([`${anna}=9`, `${piotr}=2`]);
    expect(() => psql(`SET ROLE ${anna}; UPDATE "${schema}".person SET name = 'x' WHERE login = '${anna}'`)).toThrow(/permission denied for table person/);
    expect(crm(as(anna), ['config', 'capacity', '5', '--team'])).toMatchObject({ stdout: '', code: 2 });
    psql(`UPDATE "${schema}".person SET capacity = NULL WHERE login = '${anna}'`);

    const today = JSON.parse(ok(as(piotr), ['today', '--json']).stdout) as { capacity: number; overCapacity: number };
    expect(today).toMatchObject({ capacity: 2, overCapacity: 1 });
    expect(figures().people.find((p) => p.login === piotr)).toMatchObject({ capacity: 2, limit: 2, overCapacity: 1 });
    ok(as(piotr), ['postpone', '--auto', '--yes']);
    expect(JSON.parse(ok(as(piotr), ['today', '--json']).stdout)).toMatchObject({ capacity: 2, overCapacity: 0, stack: [{}, {}] });
    // Anna's today keeps the team's.
    expect(JSON.parse(ok(as(anna), ['today', '--json']).stdout)).toMatchObject({ capacity: 4, overCapacity: 2 });
  });
});
