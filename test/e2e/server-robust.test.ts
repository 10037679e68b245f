// The server binder under the failures a team's server sees (issue 15, "How it is tested"): a crm
// killed in the middle of its commit, a connection dropped while crm waits for a lock, a
// serialisation failure or a deadlock answered by the server, eight people logging calls on one
// dossier at once, four editing one card, four filing one new handle. The server's counterparts of
// durability.test.ts and meanwhile.test.ts: after each, a change is in the binder whole or not at
// all, once, and the history's from/to chain of filings is unbroken.
//
// Not here: a lock held past crm's lock limit (connect.ts LIMITS.lock, 10 s, which nothing lets a
// test shorten: the URL's options=-c lock_timeout=... is overridden by the limit crm sends).
//
// The processes under test are the built CLI, spawned as a user's shell starts it; what the test
// reads between them (crm show, changes, doctor) runs in-process, as the rest of the suite does.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CRM, crmWith, spawnCrm, type Binder, type Result } from './cli.js';
import { describeServer, serverClient, testSchemas, type TestSchema } from './server.js';
import { ok, type FindJson, type ShowJson } from './support.js';

const TODAY = '2026-11-23'; // a Monday
/** Where the tests' logs refile acme: the two answers crm log is given, and the days they name. */
const NEXT = { '+2d': '2026-11-25', '+1w': '2026-11-30' } as const;

const home = mkdtempSync(join(tmpdir(), 'crm-robust-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const envOf = (s: TestSchema): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: home, CRM_DB: s.url, CRM_TODAY: TODAY, TZ: process.env.TZ });

/** The schema as the suite's helpers (support.ts) take a binder: crm on it, in-process. */
function binderOf(s: TestSchema): Binder {
  const binder: Binder = {
    dir: home,
    db: s.url,
    schema: s.name,
    exists: () => true,
    crm: (args, options = {}) => crmWith(args, { ...envOf(s), ...options.env }, options),
    json: (args) => JSON.parse(ok(binder, [...args, '--json'])),
    dump: () => {
      throw new Error('not used here');
    },
    remove: () => undefined,
  };
  return binder;
}

/** A binder made with crm team init in a schema of its own, holding acme, filed behind the 25th with one call logged. */
async function binderWithAcme(schema: () => Promise<TestSchema>): Promise<{ s: TestSchema; binder: Binder }> {
  const s = await schema();
  const init = spawnCrm(['team', 'init'], envOf(s), '');
  expect(init.stderr).toBe('');
  expect(init.code).toBe(0);
  const binder = binderOf(s);
  ok(binder, ['file', 'acme', '25', '--name', 'Anna Nowak']);
  ok(binder, ['log', 'acme', '--note', 'Wants the catalogue', '--next', '25']);
  return { s, binder };
}

/** 300 clients more behind the 25th, beside acme, in one import. */
function withClients(binder: Binder): void {
  const rows = ['Name,E-mail', ...Array.from({ length: 300 }, (_, i) => `Klient ${i} Nowak${i},k${i}@example.pl`)];
  writeFileSync(join(home, 'clients.csv'), `${rows.join('\n')}\n`);
  ok(binder, ['import', join(home, 'clients.csv'), '--file-on', '25', '--quiet']);
}

/** Starts crm without waiting: the child, a promise of its end and output, and one of its first output. */
function start(s: TestSchema, args: string[]) {
  const child = spawn(process.execPath, [CRM, ...args], { env: envOf(s), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Result & { signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  const printed = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  return { child, done, printed };
}

/** A refusal as the user sees it: nothing on stdout, one line on stderr (no stack), the exit code. */
function refusedWith(result: Result, code: number, said: RegExp): void {
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n'), result.stderr).toHaveLength(1);
  expect(result.stderr.trimEnd()).toMatch(said);
  expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  expect(result.code).toBe(code);
}

/** What the schema holds, counted in SQL: every entry and change, and where acme is filed. */
interface Held {
  entries: number;
  changes: number;
  lastChange: number | null;
  filed: string | null;
}

async function held(s: TestSchema): Promise<Held> {
  const [row] = await s.query<Held>(
    `SELECT (SELECT count(*) FROM entry)::int AS entries, (SELECT count(*) FROM change_log)::int AS changes,
            (SELECT max(id)::int FROM change_log) AS "lastChange", (SELECT filed_on::text FROM dossier WHERE handle = 'acme') AS filed`,
  );
  return row as Held;
}

/** The entries one change wrote, in order. */
async function entriesOf(s: TestSchema, change: number): Promise<{ kind: string; note: string | null; from: string | null; to: string | null }[]> {
  return s.query('SELECT kind, note, filed_from::text AS from, filed_to::text AS to FROM entry WHERE change_id = $1 ORDER BY id', [change]);
}

/** Changes that wrote nothing at all: a change log that does not agree with the binder. */
async function emptyChanges(s: TestSchema): Promise<number[]> {
  const rows = await s.query<{ id: number }>(
    'SELECT id::int AS id FROM change_log c WHERE NOT EXISTS (SELECT 1 FROM entry e WHERE e.change_id = c.id) AND NOT EXISTS (SELECT 1 FROM change_before b WHERE b.change_id = c.id)',
  );
  return rows.map((row) => row.id);
}

/** The history's filing entries: each must start where the one before it ended. */
function chain(history: ShowJson['history']): { from: string | null; to: string | null }[] {
  return history.filter((entry) => ['filed', 'moved', 'closed'].includes(entry.kind)).map(({ from, to }) => ({ from, to }));
}

/** crm show acme: the chain of filings unbroken from the first, ending where acme is filed. Returns the dossier. */
function expectWholeChain(binder: Binder, context = ''): ShowJson {
  const dossier = binder.json<ShowJson>(['show', 'acme']);
  const filings = chain(dossier.history);
  expect(filings[0], context).toEqual({ from: null, to: '2026-11-25' });
  for (let i = 1; i < filings.length; i++) expect(filings[i]?.from, `${context} filing ${i} of ${JSON.stringify(filings)}`).toBe(filings[i - 1]?.to);
  expect(filings.at(-1)?.to, context).toBe(dossier.filedOn);
  return dossier;
}

/** crm doctor finds nothing wrong. */
function expectDoctorClean(binder: Binder, context = ''): void {
  const result = binder.crm(['doctor', '--json']);
  expect(result.code, `${context} ${result.stderr}`).toBe(0);
  expect(JSON.parse(result.stdout).problems, context).toEqual([]);
}

/** The newest change crm changes lists. */
function newestChange(binder: Binder): { id: number; command: string; summary: string } | undefined {
  return binder.json<{ changes: { id: number; command: string; summary: string }[] }>(['changes', '--limit', '1']).changes[0];
}

/** Asks `probe` again every millisecond until it answers, or `ended` settles first (then undefined). */
async function until<T>(probe: () => Promise<T | undefined>, ended: Promise<unknown>): Promise<T | undefined> {
  let over = false;
  void ended.then(() => (over = true));
  while (!over) {
    const answer = await probe();
    if (answer !== undefined) return answer;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return undefined;
}

/** The server's backends of crm processes that hold locks in this schema; `writing`: only those whose transaction has written or locked a row. */
async function crmBackends(watcher: pg.Client, s: TestSchema, writing = false): Promise<number[]> {
  const { rows } = await watcher.query<{ pid: number }>(
    `SELECT a.pid FROM pg_stat_activity a
      WHERE a.application_name = 'crm' AND ($2 = false OR a.backend_xid IS NOT NULL)
        AND EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE l.pid = a.pid AND c.relnamespace = $1::text::regnamespace)`,
    [s.name, writing],
  );
  return rows.map((row) => row.pid);
}

/** Waits until no backend of a crm process holds a lock in the schema: what a killed crm began is over, committed or rolled back. */
async function settled(watcher: pg.Client, s: TestSchema): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await crmBackends(watcher, s)).length > 0) {
    if (Date.now() > deadline) throw new Error(`the server still runs a killed crm's transaction in ${s.name} after 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

type Outcome = 'absent' | 'whole';

/**
 * Kills crm with SIGKILL in `rounds` rounds, each at a moment chosen by what crm has done, in turn:
 * at random, from well before it could reach the server to a little after it usually says what it
 * did (timed on three whole runs first); once the server shows its transaction holding a row or
 * having written (killed between its lock and its COMMIT's answer); and once it has printed.
 * `round(i)` gives the command (a new one each round, from the binder as it is) and `judge`, which
 * asserts the binder holds its change whole or not at all, and says which. A printed round must be
 * whole, and both outcomes must happen, or the rounds proved nothing. Returns what happened, said.
 */
async function killRounds(
  watcher: pg.Client,
  s: TestSchema,
  rounds: number,
  round: (i: number) => Promise<{ args: string[]; judge(context: string): Promise<Outcome> }>,
): Promise<string> {
  const started = Date.now();
  const took: number[] = [];
  for (let i = -3; i < 0; i++) {
    const { args, judge } = await round(i);
    const begun = performance.now();
    const run = start(s, args);
    await Promise.race([run.printed, run.done]);
    took.push(performance.now() - begun);
    const result = await run.done;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await judge(`whole run ${i}`)).toBe('whole');
  }
  const printedAfter = took.sort((a, b) => a - b)[1] as number;
  const tally = { random: { absent: 0, whole: 0 }, writing: { absent: 0, whole: 0, caught: 0 }, printed: { absent: 0, whole: 0 } };
  for (let i = 0; i < rounds; i++) {
    const moment = (['random', 'writing', 'printed'] as const)[i % 3] as keyof typeof tally;
    const { args, judge } = await round(i);
    const run = start(s, args);
    if (moment === 'random') {
      await Promise.race([new Promise((resolve) => setTimeout(resolve, printedAfter * (0.3 + Math.random() * 0.9))), run.done]);
    } else if (moment === 'writing') {
      if ((await until(async () => ((await crmBackends(watcher, s, true)).length > 0 ? true : undefined), run.done)) !== undefined) tally.writing.caught++;
    } else {
      await Promise.race([run.printed, run.done]);
    }
    run.child.kill('SIGKILL');
    await run.done;
    await settled(watcher, s);
    const outcome = await judge(`round ${i} (${moment})`);
    if (moment === 'printed') expect(outcome, `round ${i}: crm said what it did, yet the binder does not hold it`).toBe('whole');
    tally[moment][outcome]++;
  }
  const absent = tally.random.absent + tally.writing.absent + tally.printed.absent;
  expect(absent, 'rounds killed before the commit').toBeGreaterThan(0);
  expect(rounds - absent, 'rounds killed after the commit').toBeGreaterThan(0);
  return (
    `${rounds} rounds in ${((Date.now() - started) / 1000).toFixed(1)} s (crm printed after ~${Math.round(printedAfter)} ms): ${absent} absent, ${rounds - absent} whole; ` +
    `absent/whole at a random moment ${tally.random.absent}/${tally.random.whole}, with its transaction open ${tally.writing.absent}/${tally.writing.whole} ` +
    `(seen open in ${tally.writing.caught} of ${Math.ceil((rounds - 1) / 3)}), once printed ${tally.printed.absent}/${tally.printed.whole}`
  );
}

describeServer('kill -9 of crm in the middle of its commit', () => {
  const schema = testSchemas();
  let watcher: pg.Client;
  beforeAll(async () => {
    watcher = await serverClient();
  });
  afterAll(() => watcher?.end());

  it('crm log, 51 rounds: the call and the refiling are there together or not at all, the change log agrees, the chain unbroken, doctor content', async () => {
    const { s, binder } = await binderWithAcme(schema);
    const said = await killRounds(watcher, s, 51, async (round) => {
      const before = await held(s);
      // Refiled to the day it is not behind now: a whole change always moves it.
      const next = before.filed === NEXT['+1w'] ? '+2d' : '+1w';
      const to = NEXT[next];
      const note = `round ${round}`;
      return {
        args: ['log', 'acme', '--note', note, '--next', next],
        judge: async (context) => {
          const now = await held(s);
          const noted = await s.query('SELECT id FROM entry WHERE note = $1', [note]);
          expect(await emptyChanges(s), context).toEqual([]);
          expectWholeChain(binder, context);
          expectDoctorClean(binder, context);
          if (noted.length === 0) {
            // Absent: not a row of it, not in the change log either.
            expect(now, `${context}: the note is not there, yet the binder changed`).toEqual(before);
            expect(newestChange(binder)?.id, context).toBe(before.lastChange);
            return 'absent';
          }
          // Whole: the note once, acme refiled from where it was, both in one change, the newest one crm changes lists.
          expect(noted, context).toHaveLength(1);
          expect(now, context).toEqual({ entries: before.entries + 2, changes: before.changes + 1, lastChange: now.lastChange, filed: to });
          expect(await entriesOf(s, now.lastChange as number), context).toEqual([
            { kind: 'call', note, from: null, to: null },
            { kind: 'filed', note: null, from: before.filed, to },
          ]);
          expect(newestChange(binder), context).toMatchObject({ id: now.lastChange, command: 'log', summary: `acme: call, filed ${before.filed} → ${to}` });
          return 'whole';
        },
      };
    });
    // No note twice in the history, whatever the rounds did.
    const notes = binder.json<ShowJson>(['show', 'acme']).history.filter((entry) => entry.kind === 'call').map((entry) => entry.note);
    expect(new Set(notes).size).toBe(notes.length);
    console.info(`kill -9 during crm log on a server binder: ${said}`);
  }, 120_000);

  it('crm move --from of 301 dossiers, 12 rounds: all moved in one change, or none', async () => {
    const { s, binder } = await binderWithAcme(schema);
    withClients(binder);
    const where = async () => s.query<{ filed: string; n: number }>('SELECT filed_on::text AS filed, count(*)::int AS n FROM dossier GROUP BY 1 ORDER BY 1');
    const said = await killRounds(watcher, s, 12, async () => {
      const before = await held(s);
      const [from, to] = before.filed === '2026-11-25' ? ['2026-11-25', '2026-12-07'] : ['2026-12-07', '2026-11-25'];
      return {
        args: ['move', '--from', from, '--to', to, '--note', 'trade fair'],
        judge: async (context) => {
          const now = await held(s);
          expect(await emptyChanges(s), context).toEqual([]);
          expectDoctorClean(binder, context);
          if (now.changes === before.changes) {
            expect(now, context).toEqual(before);
            expect(await where(), context).toEqual([{ filed: from, n: 301 }]);
            return 'absent';
          }
          expect(now, context).toEqual({ entries: before.entries + 301, changes: before.changes + 1, lastChange: now.lastChange, filed: to });
          expect(await where(), context).toEqual([{ filed: to, n: 301 }]);
          const moved = await s.query('SELECT kind, filed_from::text AS from, filed_to::text AS to, count(*)::int AS n FROM entry WHERE change_id = $1 GROUP BY 1, 2, 3', [now.lastChange]);
          expect(moved, context).toEqual([{ kind: 'moved', from, to, n: 301 }]);
          expect(newestChange(binder), context).toMatchObject({ id: now.lastChange, command: 'move' });
          return 'whole';
        },
      };
    });
    expectWholeChain(binder);
    console.info(`kill -9 during crm move --from on a server binder: ${said}`);
  }, 120_000);

  it('crm import of 1,000 contacts, 6 rounds: all of them in one change, or none', async () => {
    const { s, binder } = await binderWithAcme(schema);
    const rows = ['Name,E-mail,Phone', ...Array.from({ length: 1000 }, (_, i) => `Lead ${i} Kowalski${i},l${i}@example.pl,+48 500 ${String(i).padStart(6, '0')}`)];
    writeFileSync(join(home, 'leads.csv'), `${rows.join('\n')}\n`);
    const dossiers = async () => (await s.query<{ n: number }>('SELECT count(*)::int AS n FROM dossier'))[0]?.n;
    const said = await killRounds(watcher, s, 6, async () => {
      const before = await held(s);
      return {
        args: ['import', join(home, 'leads.csv'), '--file-on', 'mon', '--quiet'],
        judge: async (context) => {
          const now = await held(s);
          expect(await emptyChanges(s), context).toEqual([]);
          expectDoctorClean(binder, context);
          if (now.changes === before.changes) {
            expect(now, context).toEqual(before);
            expect(await dossiers(), context).toBe(1);
            return 'absent';
          }
          expect(await dossiers(), context).toBe(1001);
          expect(now.changes, context).toBe(before.changes + 1);
          expect(newestChange(binder), context).toMatchObject({ id: now.lastChange, command: 'import' });
          // Undo takes the import back whole, for the next round to make it again.
          ok(binder, ['undo']);
          expect(await dossiers(), context).toBe(1);
          return 'whole';
        },
      };
    });
    console.info(`kill -9 during crm import on a server binder: ${said}`);
  }, 120_000);
});

/** What crm says when its connection is lost: it cannot know whether the server committed, and says where to look. */
const droppedLine = (s: TestSchema) =>
  new RegExp(`^crm: the connection to the server of the binder \\(schema ${s.name} of database test on 127\\.0\\.0\\.1:5432 as \\w+\\) was lost; try again \\(crm changes shows whether a change was made\\)$`);

describeServer('a connection dropped in the middle of a transaction', () => {
  const schema = testSchemas();

  it('crm move --from of 301 dossiers, its backend terminated while it writes: exit 3, one line, none moved', async () => {
    const { s, binder } = await binderWithAcme(schema);
    withClients(binder);
    const before = await held(s);
    const watcher = await serverClient();
    let result: Result | undefined;
    try {
      const run = start(s, ['move', '--from', '2026-11-25', '--to', '2026-12-07', '--note', 'trade fair']);
      const writing = await until(async () => (await crmBackends(watcher, s, true))[0], run.done);
      expect(writing, 'crm was seen with its transaction open').toBeDefined();
      await watcher.query('SELECT pg_terminate_backend($1)', [writing]);
      result = await run.done;
      await settled(watcher, s);
    } finally {
      await watcher.end();
    }
    expect(await held(s)).toEqual(before);
    expect(await s.query('SELECT filed_on::text AS filed, count(*)::int AS n FROM dossier GROUP BY 1')).toEqual([{ filed: '2026-11-25', n: 301 }]);
    expect(newestChange(binder)?.id).toBe(before.lastChange);
    expectDoctorClean(binder);
    refusedWith(result as Result, 3, droppedLine(s));
  }, 60_000);

  it('crm log waiting on a dossier another holds, its backend terminated: exit 3, one line, nothing written; the binder works after', async () => {
    const { s, binder } = await binderWithAcme(schema);
    const before = await held(s);
    const holder = await serverClient();
    let result: Result | undefined;
    try {
      await holder.query(`SET search_path TO "${s.name}"`);
      const [{ pid: holderPid }] = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows as [{ pid: number }];
      await holder.query('BEGIN');
      await holder.query("SELECT id FROM dossier WHERE handle = 'acme' FOR UPDATE");
      const run = start(s, ['log', 'acme', '--note', 'lost on the way', '--next', '+1w']);
      // crm's backend waits for the holder's lock: it is in its transaction.
      const waiting = await until(async () => {
        const rows = await s.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = 'crm' AND $1 = ANY (pg_blocking_pids(pid))", [holderPid]);
        return rows[0]?.pid;
      }, run.done);
      expect(waiting, 'crm waited on the lock').toBeDefined();
      expect(await s.query('SELECT pg_terminate_backend($1) AS done', [waiting])).toEqual([{ done: true }]);
      result = await run.done;
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
    }
    expect(await held(s)).toEqual(before);
    expect(await s.query("SELECT id FROM entry WHERE note = 'lost on the way'")).toEqual([]);
    expect(newestChange(binder)?.id).toBe(before.lastChange);
    // Tried again, as the line says: the call is logged once.
    expect(ok(binder, ['log', 'acme', '--note', 'lost on the way', '--next', '+1w'], { spawn: true })).toBe('Logged a call with acme (Anna Nowak).\nRefiled behind 30: Mon 30 Nov 2026.\n');
    expect(await s.query("SELECT kind FROM entry WHERE note = 'lost on the way'")).toEqual([{ kind: 'call' }]);
    expectWholeChain(binder);
    expectDoctorClean(binder);
    refusedWith(result as Result, 3, droppedLine(s));
  }, 60_000);
});

/**
 * A test-only fault in the schema: the first `failures` rows inserted into entry (counted by a
 * sequence, which a rollback does not take back, as it would a counter row), after the first
 * `after`, make the server answer `sqlstate`; `atCommit` raises it when the transaction commits (a deferred constraint
 * trigger), as a serialisation failure found at COMMIT is. Returns how many times it was asked.
 */
async function injectFault(s: TestSchema, sqlstate: '40001' | '40P01', failures: number, atCommit = false, after = 0): Promise<() => Promise<number>> {
  await s.query('CREATE SEQUENCE test_fault_rows');
  // The row's number taken once: BETWEEN would ask nextval twice.
  await s.query(`CREATE FUNCTION test_fault() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      row bigint := nextval('"${s.name}".test_fault_rows') - ${after};
    BEGIN
      IF row BETWEEN 1 AND ${failures} THEN
        RAISE EXCEPTION 'injected by the test (%)', '${sqlstate}' USING ERRCODE = '${sqlstate}';
      END IF;
      RETURN NEW;
    END $$`);
  await s.query(
    atCommit
      ? 'CREATE CONSTRAINT TRIGGER test_fault AFTER INSERT ON entry DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_fault()'
      : 'CREATE TRIGGER test_fault BEFORE INSERT ON entry FOR EACH ROW EXECUTE FUNCTION test_fault()',
  );
  return async () => {
    const [row] = await s.query<{ asked: number }>('SELECT CASE WHEN is_called THEN last_value ELSE 0 END::int AS asked FROM test_fault_rows');
    return row?.asked ?? 0;
  };
}

describeServer('a serialisation failure or a deadlock answered by the server', () => {
  const schema = testSchemas();

  it.each([
    ['40001', 'a serialisation failure', false],
    ['40P01', 'a deadlock', false],
    ['40001', 'a serialisation failure at COMMIT', true],
  ] as const)('%s once (%s, at commit: %s): crm log tries again and the call is logged once, in one change', async (sqlstate, _what, atCommit) => {
    const { s, binder } = await binderWithAcme(schema);
    const before = await held(s);
    const asked = await injectFault(s, sqlstate, 1, atCommit);
    const result = spawnCrm(['log', 'acme', '--note', 'Ordered 40 boxes', '--next', '+1w'], envOf(s), '');
    expect(result).toEqual({ stdout: 'Logged a call with acme (Anna Nowak).\nRefiled behind 30: Mon 30 Nov 2026.\n', stderr: '', code: 0 });
    // The fault answered the first try, and crm tried again (the second's two rows asked too).
    expect(await asked()).toBe(3);
    const now = await held(s);
    expect(now).toEqual({ entries: before.entries + 2, changes: before.changes + 1, lastChange: now.lastChange, filed: '2026-11-30' });
    expect(await entriesOf(s, now.lastChange as number)).toEqual([
      { kind: 'call', note: 'Ordered 40 boxes', from: null, to: null },
      { kind: 'filed', note: null, from: '2026-11-25', to: '2026-11-30' },
    ]);
    expect(await emptyChanges(s)).toEqual([]);
    expect(newestChange(binder)).toMatchObject({ id: now.lastChange, command: 'log', summary: 'acme: call, filed 2026-11-25 → 2026-11-30' });
    expectWholeChain(binder);
    expectDoctorClean(binder);
  }, 60_000);

  it('40001 once during a CSV import of 1,000 contacts (one commit): tried again whole, every contact once, in one change', async () => {
    const { s, binder } = await binderWithAcme(schema);
    const rows = ['Name,E-mail', ...Array.from({ length: 1000 }, (_, i) => `Lead ${i} Kowalski${i},l${i}@example.pl`)];
    writeFileSync(join(home, 'retried.csv'), `${rows.join('\n')}\n`);
    const before = await held(s);
    const asked = await injectFault(s, '40001', 1);
    const result = spawnCrm(['import', join(home, 'retried.csv'), '--file-on', 'mon', '--quiet'], envOf(s), '');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await asked()).toBeGreaterThan(1);
    expect(await s.query('SELECT count(*)::int AS n, count(DISTINCT name)::int AS names FROM dossier')).toEqual([{ n: 1001, names: 1001 }]);
    const now = await held(s);
    expect(now.changes).toBe(before.changes + 1);
    expect(newestChange(binder)).toMatchObject({ id: now.lastChange, command: 'import' });
    expect(await emptyChanges(s)).toEqual([]);
    expectDoctorClean(binder);
  }, 60_000);

  it('40001 once in a later part of a streamed JSON import (written in parts, not retried): the import whole once, or exit 3 in one line and nothing written', async () => {
    const { binder: source } = await binderWithAcme(schema);
    const rows = ['Name,E-mail', ...Array.from({ length: 1200 }, (_, i) => `Lead ${i} Kowalski${i},l${i}@example.pl`)];
    writeFileSync(join(home, 'streamed.csv'), `${rows.join('\n')}\n`);
    ok(source, ['import', join(home, 'streamed.csv'), '--file-on', 'mon', '--quiet']);
    ok(source, ['export', '-o', join(home, 'export.json')]);
    const s = await schema();
    expect(spawnCrm(['team', 'init'], envOf(s), '').code).toBe(0);
    const binder = binderOf(s);
    // Past the first batch of 500 dossiers, of two entries each (created, filed): in a later part.
    const asked = await injectFault(s, '40001', 1, false, 1_500);
    const result = spawnCrm(['import', join(home, 'export.json')], envOf(s), '');
    expect(await asked()).toBeGreaterThan(1_500);
    const now = await held(s);
    const dossiers = await s.query<{ n: number; handles: number }>('SELECT count(*)::int AS n, count(DISTINCT handle)::int AS handles FROM dossier');
    if (result.code === 0) {
      expect(result.stderr).toBe('');
      expect(dossiers).toEqual([{ n: 1201, handles: 1201 }]);
      expect(now.changes).toBe(1);
      expectDoctorClean(binder);
    } else {
      refusedWith(result, 3, /^crm: .*nothing was written/);
      expect(dossiers).toEqual([{ n: 0, handles: 0 }]);
      expect(now.changes).toBe(0);
    }
    expect(await emptyChanges(s)).toEqual([]);
    console.info(`40001 in a later part of a JSON import: exit ${result.code}${result.stderr ? `, said: ${result.stderr.trimEnd()}` : ''}`);
  }, 60_000);

  it.each([
    ['40001', false],
    ['40P01', false],
    ['40001', true],
  ] as const)('%s every time (at commit: %s): crm gives up after a few tries, exit 3 in one line, nothing written', async (sqlstate, atCommit) => {
    const { s, binder } = await binderWithAcme(schema);
    const before = await held(s);
    const asked = await injectFault(s, sqlstate, 1_000_000, atCommit);
    const begun = Date.now();
    const result = spawnCrm(['log', 'acme', '--note', 'Ordered 40 boxes', '--next', '+1w'], envOf(s), '');
    const seconds = (Date.now() - begun) / 1000;
    refusedWith(result, 3, new RegExp(`^crm: .*\\(schema ${s.name} of database test on 127\\.0\\.0\\.1:5432 as \\w+\\).*nothing was written`));
    const tries = await asked();
    expect(tries).toBeGreaterThanOrEqual(2);
    expect(tries).toBeLessThanOrEqual(10);
    expect(await held(s)).toEqual(before);
    expect(await emptyChanges(s)).toEqual([]);
    expect(newestChange(binder)?.id).toBe(before.lastChange);
    expectWholeChain(binder);
    console.info(`${sqlstate} every time${atCommit ? ' (at commit)' : ''}: crm tried ${tries} times in ${seconds.toFixed(1)} s and said: ${result.stderr.trimEnd()}`);
  }, 60_000);
});

describeServer('eight people logging calls on one dossier at once', () => {
  const schema = testSchemas();

  it('8 crm log processes started together, 3 times: all logged, every note once, one filing, the chain unbroken', async () => {
    const { s, binder } = await binderWithAcme(schema);
    for (let round = 0; round < 3; round++) {
      const before = await held(s);
      const runs = Array.from({ length: 8 }, (_, i) => start(s, ['log', 'acme', '--note', `call${round}x${i}`, '--next', `+${i + 1}d`]).done);
      const results = await Promise.all(runs);
      for (const [i, result] of results.entries()) {
        // As on a file binder (meanwhile.test.ts): every writer succeeds; one that found acme
        // refiled since it read it says so in one line, and made its refiling from there.
        expect(result.stderr, `writer ${i}`).toBe('');
        expect(result.code, `writer ${i}`).toBe(0);
        const lines = result.stdout.trimEnd().split('\n');
        expect(lines[0], `writer ${i}`).toBe('Logged a call with acme (Anna Nowak).');
        // +5d and +6d are the weekend: crm says it filed them on the Monday.
        for (const line of lines.slice(1)) {
          expect(line, `writer ${i}`).toMatch(/^(Refiled behind .*|S\w\w \d\d Nov 2026 is a day off; filed on the next working day\.|Meanwhile someone else refiled acme \(from .* to .*\); this change was made from there, and the history shows both\.)$/);
        }
      }
      const notes = await s.query<{ note: string; n: number }>("SELECT note, count(*)::int AS n FROM entry WHERE note LIKE $1 GROUP BY note ORDER BY note", [`call${round}x%`]);
      expect(notes).toEqual(Array.from({ length: 8 }, (_, i) => ({ note: `call${round}x${i}`, n: 1 })));
      const now = await held(s);
      expect(now.changes, `round ${round}`).toBe(before.changes + 8);
      expect(await emptyChanges(s)).toEqual([]);
      // Each change holds its own call and nothing of another's.
      const calls = await s.query<{ change: number; n: number }>("SELECT change_id::int AS change, count(*)::int AS n FROM entry WHERE kind = 'call' AND change_id > $1 GROUP BY change_id", [before.lastChange]);
      expect(calls.map((row) => row.n)).toEqual(Array(8).fill(1));
      // One filing: where the last refiling of the history took acme.
      const dossier = expectWholeChain(binder, `round ${round}`);
      expect(await s.query("SELECT filed_on::text AS filed FROM dossier WHERE handle = 'acme'")).toEqual([{ filed: dossier.filedOn }]);
      expect(dossier.history.filter((entry) => entry.kind === 'call' && entry.note?.startsWith(`call${round}x`))).toHaveLength(8);
      // crm find reads the history's text: every writer's note finds acme.
      for (let i = 0; i < 8; i++) expect(binder.json<FindJson>(['find', `call${round}x${i}`]).dossiers.map((d) => d.handle), `crm find call${round}x${i}`).toEqual(['acme']);
      expectDoctorClean(binder, `round ${round}`);
    }
  }, 90_000);
});

describeServer('several people at one card at once', () => {
  const schema = testSchemas();

  it('4 edits of different fields of one dossier at the same moment, 5 times: no edit lost to another (as on a file binder)', async () => {
    const { s, binder } = await binderWithAcme(schema);
    for (let round = 0; round < 5; round++) {
      const edits = [
        ['--phone', `+48 601 000 00${round}`],
        ['--email', `anna${round}@acme.pl`],
        ['--position', `buyer ${round}`],
        ['--company', `Acme ${round}`],
      ];
      const results = await Promise.all(edits.map((edit) => start(s, ['edit', 'acme', ...edit]).done));
      for (const result of results) expect(result).toMatchObject({ stderr: '', code: 0 });
      const card = binder.json<ShowJson>(['show', 'acme']);
      expect([card.phone, card.email, card.position, card.company]).toEqual(edits.map(([, value]) => value));
      expect(card.history.filter((entry) => entry.kind === 'changed')).toHaveLength(4 * (round + 1));
    }
    expectDoctorClean(binder);
  }, 60_000);

  // crm file reads "no such handle" before its commit: the store looks again as it inserts (ON
  // CONFLICT waits for the other writer), and the losers are refused as a second filing would be.
  it('4 crm file of one new handle at once: one files it, the others are told the handle is taken (exit 2, one line), one dossier', async () => {
    const { s, binder } = await binderWithAcme(schema);
    for (let round = 0; round < 3; round++) {
      const handle = `newco${round}`;
      const results = await Promise.all([1, 2, 3, 4].map((i) => start(s, ['file', handle, '25', '--name', `New Co ${i}`]).done));
      const filed = results.filter((result) => result.code === 0);
      expect(filed, `round ${round}`).toHaveLength(1);
      const name = /^New dossier newco\d \((New Co \d)\) filed behind 25: Wed 25 Nov 2026\.\n$/.exec(filed[0]?.stdout ?? '')?.[1];
      expect(name, filed[0]?.stdout).toBeDefined();
      for (const result of results.filter((other) => other !== filed[0])) {
        refusedWith(result, 2, new RegExp(`^crm: "${handle}" is ${handle} \\(${name}\\), and crm file does not rename a client: .*; nothing was written$`));
      }
      expect(await s.query('SELECT name FROM dossier WHERE handle = $1', [handle])).toEqual([{ name }]);
    }
    expectDoctorClean(binder);
  }, 60_000);
});
