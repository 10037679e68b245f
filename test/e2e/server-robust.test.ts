// The server binder under the failures a team's server sees (issue 15, "How it is tested"): a crm
// killed in the middle of its commit, a connection dropped while crm waits for a lock, a
// serialisation failure or a deadlock answered by the server, eight people logging calls on one
// dossier at once, and a lock held longer than crm waits. The server's counterparts of
// durability.test.ts and meanwhile.test.ts: after each, a change is in the binder whole or not at
// all, once, and the history's from/to chain of filings is unbroken.
//
// The processes under test are the built CLI, spawned as a user's shell starts it; what the test
// reads between them (crm show, changes, doctor) runs in-process, as the rest of the suite does.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CRM, crmWith, spawnCrm, type Binder, type Result } from './cli.js';
import { describeServer, serverClient, testSchemas, type TestSchema } from './server.js';
import { ok, type ShowJson } from './support.js';

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

describeServer('kill -9 of crm log in the middle of its commit', () => {
  const schema = testSchemas();
  let watcher: pg.Client;
  beforeAll(async () => {
    watcher = await serverClient();
  });
  afterAll(() => watcher?.end());

  it('51 rounds: the call and the refiling are there together or not at all, the change log agrees, the chain unbroken, doctor content', async () => {
    const started = Date.now();
    const { s, binder } = await binderWithAcme(schema);
    /** Logs a call on acme, refiled to the day it is not behind now. */
    const logArgs = (round: number, filed: string | null) => {
      const next = filed === NEXT['+1w'] ? '+2d' : '+1w';
      return { args: ['log', 'acme', '--note', `round ${round}`, '--next', next], to: NEXT[next] };
    };

    // Three whole runs: how long crm takes to say what it did, the moment around which the kills fall.
    const took: number[] = [];
    for (let round = -3; round < 0; round++) {
      const { args } = logArgs(round, (await held(s)).filed);
      const begun = performance.now();
      const run = start(s, args);
      await run.printed;
      took.push(performance.now() - begun);
      const result = await run.done;
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
    const printedAfter = took.sort((a, b) => a - b)[1] as number;

    const outcomes = { absent: 0, whole: 0 };
    const byMoment = { random: { absent: 0, whole: 0 }, writing: { absent: 0, whole: 0, caught: 0 }, printed: { absent: 0, whole: 0 } };
    for (let round = 0; round < 51; round++) {
      const moment = (['random', 'writing', 'printed'] as const)[round % 3] as 'random' | 'writing' | 'printed';
      const before = await held(s);
      const { args, to } = logArgs(round, before.filed);
      const run = start(s, args);
      if (moment === 'random') {
        // From well before crm could have reached the server to a little after it usually says what it did.
        await Promise.race([new Promise((resolve) => setTimeout(resolve, printedAfter * (0.3 + Math.random() * 0.9))), run.done]);
      } else if (moment === 'writing') {
        // Its transaction holds acme's row (or has written): killed between its lock and its COMMIT's answer.
        if ((await until(async () => ((await crmBackends(watcher, s, true)).length > 0 ? true : undefined), run.done)) !== undefined) byMoment.writing.caught++;
      } else {
        await Promise.race([run.printed, run.done]);
      }
      run.child.kill('SIGKILL');
      await run.done;
      await settled(watcher, s);

      const now = await held(s);
      const context = `round ${round} (${moment})`;
      const noted = await s.query('SELECT id FROM entry WHERE note = $1', [`round ${round}`]);
      if (noted.length === 0) {
        // Absent: not a row of it, not in the change log either.
        expect(now, `${context}: the note is not there, yet the binder changed`).toEqual(before);
        expect(newestChange(binder)?.id, context).toBe(before.lastChange);
        outcomes.absent++;
        byMoment[moment].absent++;
      } else {
        // Whole: the note once, acme refiled from where it was, both in one change, the newest one crm changes lists.
        expect(noted, context).toHaveLength(1);
        expect(now, context).toEqual({ entries: before.entries + 2, changes: before.changes + 1, lastChange: now.lastChange, filed: to });
        expect(await entriesOf(s, now.lastChange as number), context).toEqual([
          { kind: 'call', note: `round ${round}`, from: null, to: null },
          { kind: 'filed', note: null, from: before.filed, to },
        ]);
        expect(newestChange(binder), context).toMatchObject({ id: now.lastChange, command: 'log', summary: `acme: call, filed ${before.filed} → ${to}` });
        outcomes.whole++;
        byMoment[moment].whole++;
      }
      if (moment === 'printed') expect(noted, `${context}: crm said what it did, yet the binder does not hold it`).toHaveLength(1);
      expect(await emptyChanges(s), context).toEqual([]);
      expectWholeChain(binder, context);
      expectDoctorClean(binder, context);
    }
    // Both outcomes happen across the rounds, or the test would prove nothing.
    expect(outcomes.absent).toBeGreaterThan(0);
    expect(outcomes.whole).toBeGreaterThan(0);
    // Every note logged is in the history once, in the order of the rounds.
    const notes = binder.json<ShowJson>(['show', 'acme']).history.filter((entry) => entry.kind === 'call').map((entry) => entry.note);
    expect(new Set(notes).size).toBe(notes.length);
    console.info(
      `kill -9 during crm log on a server binder: 51 rounds in ${((Date.now() - started) / 1000).toFixed(1)} s (crm printed after ~${Math.round(printedAfter)} ms); ` +
        `${outcomes.absent} absent, ${outcomes.whole} whole; at a random moment ${byMoment.random.absent}/${byMoment.random.whole}, ` +
        `with its transaction open ${byMoment.writing.absent}/${byMoment.writing.whole} (caught open ${byMoment.writing.caught} of 17), once printed ${byMoment.printed.absent}/${byMoment.printed.whole}`,
    );
  }, 120_000);
});

describeServer('a connection dropped in the middle of a transaction', () => {
  const schema = testSchemas();

  it('crm log waiting on a dossier another holds, its backend terminated: exit 3, one line, nothing written; the binder works after', async () => {
    const { s, binder } = await binderWithAcme(schema);
    const before = await held(s);
    const holder = await serverClient();
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
      const result = await run.done;
      refusedWith(result, 3, new RegExp(`^crm: the connection to the server of the binder \\(schema ${s.name} of database test on 127\\.0\\.0\\.1:5432 as \\w+\\) was lost; try again \\(crm changes shows whether a change was made\\)$`));
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
  }, 60_000);
});

/**
 * A test-only fault in the schema: the first `failures` rows inserted into entry (counted by a
 * sequence, which a rollback does not take back, as it would a counter row) make the server
 * answer `sqlstate`; `atCommit` raises it when the transaction commits (a deferred constraint
 * trigger), as a serialisation failure found at COMMIT is. Returns how many times it was asked.
 */
async function injectFault(s: TestSchema, sqlstate: '40001' | '40P01', failures: number, atCommit = false): Promise<() => Promise<number>> {
  await s.query('CREATE SEQUENCE test_fault_rows');
  await s.query(`CREATE FUNCTION test_fault() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF nextval('"${s.name}".test_fault_rows') <= ${failures} THEN
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
      const runs = Array.from({ length: 8 }, (_, i) => start(s, ['log', 'acme', '--note', `r${round} n${i}`, '--next', `+${i + 1}d`]).done);
      const results = await Promise.all(runs);
      for (const [i, result] of results.entries()) {
        // As on a file binder (meanwhile.test.ts): every writer succeeds; one that found acme
        // refiled since it read it says so in one line, and made its refiling from there.
        expect(result.stderr, `writer ${i}`).toBe('');
        expect(result.code, `writer ${i}`).toBe(0);
        const lines = result.stdout.trimEnd().split('\n');
        expect(lines[0], `writer ${i}`).toBe('Logged a call with acme (Anna Nowak).');
        for (const line of lines.slice(1)) expect(line, `writer ${i}`).toMatch(/^(Refiled behind .*|Meanwhile someone else refiled acme \(from .* to .*\); this change was made from there, and the history shows both\.)$/);
      }
      const notes = await s.query<{ note: string; n: number }>("SELECT note, count(*)::int AS n FROM entry WHERE note LIKE $1 GROUP BY note ORDER BY note", [`r${round} %`]);
      expect(notes).toEqual(Array.from({ length: 8 }, (_, i) => ({ note: `r${round} n${i}`, n: 1 })));
      const now = await held(s);
      expect(now.changes, `round ${round}`).toBe(before.changes + 8);
      expect(await emptyChanges(s)).toEqual([]);
      // Each change holds its own call and nothing of another's.
      const calls = await s.query<{ change: number; n: number }>("SELECT change_id::int AS change, count(*)::int AS n FROM entry WHERE kind = 'call' AND change_id > $1 GROUP BY change_id", [before.lastChange]);
      expect(calls.map((row) => row.n)).toEqual(Array(8).fill(1));
      // One filing: where the last refiling of the history took acme.
      const dossier = expectWholeChain(binder, `round ${round}`);
      expect(await s.query("SELECT filed_on::text AS filed FROM dossier WHERE handle = 'acme'")).toEqual([{ filed: dossier.filedOn }]);
      expect(dossier.history.filter((entry) => entry.kind === 'call' && entry.note?.startsWith(`r${round} `))).toHaveLength(8);
    }
    expectDoctorClean(binder);
  }, 90_000);
});
