// Every command on a binder on a PostgreSQL server, run in-process as a user runs it, against the
// same commands on a SQLite binder: the same output, in the same order, wherever the two stores
// are meant to agree. Each test has a schema of its own (server.ts), made by crm team init.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { CRM, crmWith, tempBinder, type Binder, type Result } from './cli.js';
import { describeServer, serverClient, testSchemas, type TestSchema } from './server.js';

const TODAY = '2026-11-23';
const NOW = `${TODAY}T09:00`;

/** A binder on each store, driven by the same commands. */
interface Pair {
  file: Binder;
  server: { url: string; home: string; schema: TestSchema };
  /** Runs a command on both; `now` fixes the moment (CRM_NOW, and the date it implies). */
  both(args: string[], options?: { now?: string; input?: string }): { file: Result; server: Result };
  /** Runs a command on both and expects the same stdout, stderr and exit code; returns the server's. */
  same(args: string[], options?: { now?: string; input?: string }): Result;
  /** Runs a command on the server binder alone. */
  onServer(args: string[], options?: { now?: string; input?: string }): Result;
  /** Runs a command on the file binder alone. */
  onFile(args: string[], options?: { now?: string; input?: string }): Result;
  /** JSON as a binder file writes it: who made each history entry (`by`, `for`: the server's login) as null. */
  unmade(said: string): string;
}

const homes: string[] = [];
const files: Binder[] = [];
afterAll(() => {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
  for (const file of files) file.remove();
});

function serverRun(url: string, home: string, args: string[], { now = NOW, input }: { now?: string; input?: string } = {}): Result {
  return crmWith(args, { PATH: process.env.PATH, HOME: home, CRM_DB: url, CRM_TODAY: now.slice(0, 10), CRM_NOW: now, TZ: process.env.TZ }, { input: input ?? '' });
}

/** The built CLI, spawned without waiting: for writers at the same moment; `killAfter` ms: killed (SIGKILL) then. */
function spawned(url: string, home: string, args: string[], killAfter?: number): Promise<Result> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CRM, ...args], { env: { PATH: process.env.PATH, HOME: home, CRM_DB: url, CRM_TODAY: TODAY } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => done({ stdout, stderr, code }));
    if (killAfter !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfter);
  });
}

function fileRun(file: Binder, args: string[], { now = NOW, input }: { now?: string; input?: string } = {}): Result {
  return file.crm(args, { today: now.slice(0, 10), env: { CRM_NOW: now }, ...(input !== undefined && { input }) });
}

describeServer('a binder on a PostgreSQL server', () => {
  const schemas = testSchemas();

  /** A server binder made by crm team init, and a SQLite binder beside it. */
  async function pair(): Promise<Pair> {
    const schema = await schemas();
    const home = mkdtempSync(join(tmpdir(), 'crm-server-store-'));
    homes.push(home);
    const file = tempBinder(TODAY);
    files.push(file);
    const init = serverRun(schema.url, home, ['team', 'init']);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    const login = (await schema.query<{ user: string }>('SELECT current_user AS user'))[0]?.user ?? '';
    const where = `schema ${schema.name} of database test on 127.0.0.1:5432 as ${login}`;
    // Who made each entry: the login on the server (a team's binder), nobody on a file.
    const unmade = (said: string) => said.split(`"by": ${JSON.stringify(login)}`).join('"by": null').split(`"for": ${JSON.stringify(login)}`).join('"for": null');
    // What differs by nature: where each binder is, each run's home, and the copy a file binder
    // keeps before an import (a server's copies are the server's).
    const text = (said: string) =>
      unmade(said)
        .split(file.db).join('<binder>').split(where).join('<binder>').split(file.dir).join('<home>').split(home).join('<home>')
        .replace(/^The binder as it was is in <home>\/backups\/.*\n/m, '');
    const plain = (result: Result): Result => ({ code: result.code, stdout: text(result.stdout), stderr: text(result.stderr) });
    const pairOf: Pair = {
      file,
      server: { url: schema.url, home, schema },
      onServer: (args, options) => serverRun(schema.url, home, args, options),
      onFile: (args, options) => fileRun(file, args, options),
      unmade,
      both: (args, options) => ({ file: plain(fileRun(file, args, options)), server: plain(serverRun(schema.url, home, args, options)) }),
      same: (args, options) => {
        const { file: onFile, server: onServer } = pairOf.both(args, options);
        expect(onServer, `crm ${args.join(' ')} on the server, as on a file`).toEqual(onFile);
        return onServer;
      },
    };
    return pairOf;
  }

  /** A few clients in several scripts, with calls, moves, promises and complaints. */
  function seed(p: Pair): void {
    const ok = (args: string[], now?: string) => expect(p.same(args, now === undefined ? {} : { now }).code, `crm ${args.join(' ')}`).toBe(0);
    ok(['file', 'acme', '8', '--name', 'Anna Nowak', '--company', 'Acme Ltd', '--phone', '+48 601 234 567', '--email', 'anna@acme.example', '--notes', 'Plays golf on Fridays']);
    ok(['file', 'zolc', '9', '--name', 'Łukasz Żółć', '--company', 'Żabka Sp. z o.o.', '--email', 'lukasz@zabka.example']);
    ok(['file', 'petrova', '10', '--name', 'Ани Петрова', '--company', 'ООО Ромашка', '--phone', '+7 495 123-45-67']);
    ok(['file', 'ivanov', 'today', '--name', 'Пётр Иванов', '--priority', 'A']);
    ok(['file', 'rahimi', 'today', '--name', 'محمد رحیمی', '--company', 'شرکت پارس']);
    ok(['file', 'tanaka', 'today', '--name', '田中太郎', '--company', '東京商事']);
    ok(['file', 'muller', 'today', '--name', 'Jürgen Müller', '--company', 'Großbäckerei GmbH', '--priority', 'C']);
    ok(['file', 'Zeta', '25', '--name', 'Zeta Corp']);
    ok(['log', 'acme', '--note', 'wants 40 units, sends the order Friday', '--outcome', 'reached', '--next', 'dec 4']);
    ok(['log', 'rahimi', '--note', 'قرارداد جدید را می‌خواهد', '--outcome', 'reached', '--next', 'fri']);
    ok(['log', 'tanaka', '--note', '見積もりを送る', '--offer', '東京 12000', '--outcome', 'callback', '--next', 'fri 15:00']);
    ok(['log', 'ivanov', '--outcome', 'no-answer', '--next', 'tomorrow']);
    ok(['move', 'zolc', 'fri', '--note', 'trade fair']);
    ok(['postpone', 'muller', '--to', '30']);
    ok(['promise', 'acme', 'send the price list', '--by', 'fri']);
    ok(['promise', 'petrova', 'decide on the offer', '--by', '20', '--theirs']);
    ok(['complaint', 'zolc', 'delivery two weeks late', '--by', '24']);
    ok(['edit', 'acme', '--every', '2w']);
  }

  it('files, logs, moves, postpones and undoes as a file binder does, and reads the same back', async () => {
    const p = await pair();
    seed(p);
    for (const args of [
      ['today'],
      ['today', '--json'],
      ['binder'],
      ['binder', '--json'],
      ['open', '24'],
      ['open', '4'],
      ['show', 'acme'],
      ['show', 'tanaka', '--json'],
      ['changes'],
      ['promises'],
      ['promises', '--json'],
      ['complaints'],
      ['config'],
    ]) {
      p.same(args);
    }
    // Later days: what the ring holds then, and what slipped.
    p.same(['today'], { now: '2026-11-27T08:00' });
    p.same(['review'], { now: '2026-11-24T18:00' });
    p.same(['review', '--week', '--json'], { now: '2026-11-24T18:00' });
    p.same(['slipping'], { now: '2027-01-20T08:00' });
    p.same(['next'], { now: '2026-11-27T08:00' });
    p.same(['ics']);
    p.same(['edit', 'zolc', '--name', 'Łucja Żółć-Nowak', '--company', 'Biedronka']);
    for (const text of ['biedronka', 'żabka', 'lucja']) p.same(['find', text]);
    p.same(['show', 'lucja']);
    p.same(['undo']);
    p.same(['find', 'żabka']);
    p.same(['show', 'lukasz']);
    p.same(['config', 'capacity', '3']);
    p.same(['config']);
    p.same(['today']);
    p.same(['complaint', 'resolve', '1', '--note', 'replaced the parts']);
    p.same(['promise', 'done', '1']);
    // Undo walks back the same changes, each whole.
    for (let i = 0; i < 5; i++) p.same(['undo']);
    p.same(['changes']);
    p.same(['today']);
    p.same(['show', 'zolc']);
    p.same(['promises', '--json']);
  });

  it('finds the same dossiers in the same order: zolc, петр, Persian, CJK, phone digits, short words', async () => {
    const p = await pair();
    seed(p);
    for (const text of ['zolc', 'ŻÓŁĆ', 'петр', 'ПЕТР', 'ромашка', 'رحیمی', 'قرارداد', 'پارس', '田中', '見積', '東京', 'golf', '601234', '+48 601 234', '(495) 123-45', 'muller', 'grossbackerei', 'bäck', 'a', 'ab', 'ab golf', 'z', 'nobody here', '100%', 'a_b']) {
      p.same(['find', text]);
      p.same(['find', text, '--json']);
    }
    p.same(['find', 'a', '--limit', '3']);
    // Shell completion asks the binder for its handles.
    for (const prefix of ['', 'p', 'z', 'Z']) p.same(['__handles', prefix]);
  });

  it('remind sends each reminder once: the second run sends nothing', async () => {
    const p = await pair();
    seed(p);
    const later = '2026-11-30T09:00';
    // A notifier that fails gives its reminders back: the next run sends them.
    p.same(['remind', '--exec', 'exit 1'], { now: later });
    expect(await p.server.schema.query('SELECT what FROM reminder')).toEqual([]);
    const first = p.same(['remind', '--print', '--json'], { now: later });
    expect((JSON.parse(first.stdout) as { sent: unknown[] }).sent.length).toBeGreaterThan(0);
    const second = p.same(['remind', '--print', '--json'], { now: later });
    expect((JSON.parse(second.stdout) as { sent: unknown[] }).sent).toEqual([]);
    // A call with an hour: reminded around it, once.
    p.same(['remind', '--print', '--within', '1h'], { now: '2026-11-27T14:30' });
    p.same(['remind', '--print', '--within', '1h'], { now: '2026-11-27T14:40' });
    expect(await p.server.schema.query("SELECT due FROM reminder WHERE what = 'filing'")).toEqual([{ due: '2026-11-27T15:00:00Z' }]);
    // Two days on, a filing's reminder can never be asked for again: let go at the next claim.
    p.same(['remind', '--print'], { now: '2026-12-01T09:00' });
    expect(await p.server.schema.query("SELECT due FROM reminder WHERE what = 'filing'")).toEqual([]);
  });

  it('forms, and a 25 MB attachment that comes back byte for byte', async () => {
    const p = await pair();
    seed(p);
    const form = join(p.server.home, 'visit.json');
    writeFileSync(form, JSON.stringify({ name: 'visit', fields: [{ key: 'budget', label: 'Budget', type: 'number' }] }));
    const added = p.onServer(['form', 'add', form]);
    expect(added.stderr).toBe('');
    expect(p.onFile(['form', 'add', form]).code).toBe(0);
    p.same(['form', 'list']);
    p.same(['log', 'acme', '--form', 'visit', '--field', 'budget=12000', '--next', 'fri']);
    p.same(['find', '12000']);
    const big = join(p.server.home, 'offer.bin');
    const content = randomBytes(25 * 1024 * 1024);
    writeFileSync(big, content);
    p.same(['attach', 'acme', big]);
    p.same(['attach', 'acme', '--link', 'https://drive.example.com/acme-contract']);
    p.same(['docs', 'acme']);
    const out = join(p.server.home, 'back.bin');
    expect(p.onServer(['docs', 'acme', '--get', 'offer.bin', '-o', out]).code).toBe(0);
    expect(readFileSync(out).equals(content)).toBe(true);
    p.same(['undo']);
    p.same(['docs', 'acme']);
  });

  it('an export imported into SQLite and exported again is byte-identical, and the other way', async () => {
    const p = await pair();
    seed(p);
    p.same(['log', 'acme', '--note', 'line one\nline two', '--next', 'fri']);
    const fromServer = p.onServer(['export']);
    expect(fromServer.code).toBe(0);
    const fromFile = p.onFile(['export']);
    expect(p.unmade(fromServer.stdout)).toBe(fromFile.stdout);
    // Server → a fresh SQLite binder → export.
    const dump = join(p.server.home, 'binder.json');
    writeFileSync(dump, fromServer.stdout);
    const q = await pair();
    expect(q.onFile(['import', dump]).code).toBe(0);
    expect(q.onFile(['export']).stdout).toBe(fromServer.stdout);
    // SQLite → a fresh server binder → export.
    expect(q.onServer(['import', dump]).code).toBe(0);
    expect(q.unmade(q.onServer(['export']).stdout)).toBe(fromFile.stdout);
    for (const format of ['csv', 'vcard']) expect(q.onServer(['export', '--format', format]).stdout).toBe(q.onFile(['export', '--format', format]).stdout);
    q.same(['today']);
    q.same(['changes']);
    // Imported again over itself: each dossier found, and updated from the export.
    q.same(['log', 'acme', '--note', 'after the export', '--next', 'dec 7']);
    q.same(['import', dump, '--on-conflict', 'update']);
    q.same(['show', 'acme']);
    q.same(['undo']);
    q.same(['show', 'acme']);
    q.same(['undo']);
    q.same(['binder']);
  });

  it('imports CSV and vCard contacts as a file binder does, and 10,000 contacts in seconds', async () => {
    const p = await pair();
    const csv = join(p.server.home, 'contacts.csv');
    writeFileSync(csv, 'Name,Company,Phone,Email\nAnna Nowak,Acme Ltd,+48 601 234 567,anna@acme.example\nŁukasz Żółć,Żabka,,lukasz@zabka.example\n');
    p.same(['import', csv, '--file-on', 'fri']);
    const vcf = join(p.server.home, 'contacts.vcf');
    writeFileSync(vcf, 'BEGIN:VCARD\nVERSION:3.0\nFN:Ани Петрова\nORG:ООО Ромашка\nTEL:+7 495 123-45-67\nEND:VCARD\n');
    p.same(['import', vcf, '--file-on', '30']);
    p.same(['binder']);
    p.same(['find', 'петрова']);
    const many = join(p.server.home, 'many.csv');
    writeFileSync(many, `Name,Company,Email\n${Array.from({ length: 10_000 }, (_, i) => `Client ${i},Company ${i % 97},c${i}@example.com`).join('\n')}\n`);
    const started = Date.now();
    const result = p.onServer(['import', many, '--spread', '--json']);
    const took = Date.now() - started;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(took, 'an import of 10,000 contacts in one transaction, in batches').toBeLessThan(60_000);
    expect((await p.server.schema.query<{ n: number }>('SELECT count(*)::int AS n FROM dossier'))[0]?.n).toBe(10_003);
    expect(p.onServer(['find', 'client 9999']).stdout).toContain('Client 9999');
    expect(p.onServer(['undo']).code).toBe(0);
    expect((await p.server.schema.query<{ n: number }>('SELECT count(*)::int AS n FROM dossier'))[0]?.n).toBe(3);
  });

  it('doctor runs the data checks, says the file checks are the server\'s, and finds a dossier filed astray', async () => {
    const p = await pair();
    seed(p);
    const healthy = p.onServer(['doctor']);
    expect(healthy.code).toBe(0);
    expect(healthy.stdout).toMatch(/^Not checked: the file's integrity: the binder is on a PostgreSQL server.*pg_dump.*crm export/);
    expect(healthy.stdout).toMatch(/: no problems \(/);
    await p.server.schema.query("UPDATE dossier SET filed_on = '2027-01-05' WHERE handle = 'zolc'");
    await p.server.schema.query("UPDATE dossier SET search_text = 'stale' WHERE handle = 'acme'");
    await p.server.schema.query("DELETE FROM dossier_history WHERE dossier_id = (SELECT id FROM dossier WHERE handle = 'tanaka')");
    const sick = p.onServer(['doctor']);
    expect(sick.code).not.toBe(0);
    expect(sick.stdout + sick.stderr).toContain('zolc on 2027-01-05, history says 2026-11-27');
    expect(sick.stdout + sick.stderr).toContain("crm find's text of 1 dossier is out of date: acme");
    expect(sick.stdout + sick.stderr).toContain("crm find's history text of 1 dossier is out of date: tanaka");
    const repaired = p.onServer(['doctor', '--repair']);
    expect(repaired.stdout + repaired.stderr).toContain("Repaired: crm find's text of 1 dossier is out of date: acme");
    // What is left is not crm's to mend, and a server binder has no crm restore: its server's copies are the cure.
    expect(repaired.stderr).toMatch(/^crm: <?.*has 1 problem; the server's copies \(pg_dump\) hold the binder as it was before\n/);
    expect(p.onServer(['find', '見積']).stdout).toContain('tanaka');
  });

  it('backup and restore say in one line that the server keeps the copies, and point to crm export', async () => {
    const p = await pair();
    for (const args of [['backup'], ['backup', join(p.server.home, 'copy.db')], ['restore', join(p.server.home, 'copy.db'), '--yes']]) {
      const result = p.onServer(args);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`crm: crm ${args[0]} works on a binder kept in a file; this binder is on a PostgreSQL server, which keeps its copies (pg_dump); crm export writes its contents out\n`);
      expect(result.code).toBe(2);
    }
  });

  it('a schema without a binder: a command that files is refused, pointing to crm team init (exit 3)', async () => {
    const schema = await schemas({ create: true });
    const home = mkdtempSync(join(tmpdir(), 'crm-server-store-'));
    homes.push(home);
    const result = serverRun(schema.url, home, ['file', 'acme', '8', '--name', 'Acme']);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^crm: there is no binder in schema .*; crm team init creates one there\n$/);
    expect(result.code).toBe(3);
    expect(await schema.query("SELECT table_name FROM information_schema.tables WHERE table_schema = $1", [schema.name])).toEqual([]);
  });

  it('8 writers at once on one dossier: 8 entries, each filing from where the one before left it', async () => {
    const p = await pair();
    expect(p.onServer(['file', 'acme', 'today', '--name', 'Acme Ltd']).code).toBe(0);
    const days = ['24', '25', '26', '27', '30', 'dec 1', 'dec 2', 'dec 3'];
    const results = await Promise.all(days.map((day, i) => spawned(p.server.url, p.server.home, ['log', 'acme', '--note', `call ${i}`, '--next', day])));
    for (const result of results) expect(result).toMatchObject({ stderr: '', code: 0 });
    const entries = await p.server.schema.query<{ kind: string; note: string | null; filed_from: string | null; filed_to: string | null }>(
      "SELECT e.kind, e.note, e.filed_from::text AS filed_from, e.filed_to::text AS filed_to FROM entry e JOIN dossier d ON d.id = e.dossier_id WHERE d.handle = 'acme' AND e.kind IN ('call', 'filed') ORDER BY e.id",
    );
    expect(entries.filter((e) => e.kind === 'call')).toHaveLength(8);
    const moves = entries.filter((e) => e.kind === 'filed');
    expect(moves).toHaveLength(9); // the first filing, and one by each writer
    // An unbroken chain: each refiling starts where the one before it ended.
    for (let i = 1; i < moves.length; i++) expect(moves[i]?.filed_from).toBe(moves[i - 1]?.filed_to);
    const dossier = await p.server.schema.query<{ filed_on: string }>("SELECT to_char(filed_on, 'YYYY-MM-DD') AS filed_on FROM dossier WHERE handle = 'acme'");
    expect(dossier[0]?.filed_on).toBe(moves[moves.length - 1]?.filed_to);
    expect((await p.server.schema.query<{ n: number }>('SELECT count(*)::int AS n FROM change_log'))[0]?.n).toBe(9);
    expect(p.onServer(['doctor']).code).toBe(0);
  });

  it('a serialisation failure (40001) is retried whole: one change, no entry twice', async () => {
    const p = await pair();
    expect(p.onServer(['file', 'acme', 'today', '--name', 'Acme Ltd']).code).toBe(0);
    // The first insert of an entry after this fails as a serialisation failure would; a sequence is not rolled back.
    await p.server.schema.query(`CREATE SEQUENCE "${p.server.schema.name}".fail_once`);
    await p.server.schema.query(`CREATE FUNCTION "${p.server.schema.name}".fail_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('"${p.server.schema.name}".fail_once') = 1 THEN RAISE EXCEPTION 'injected' USING ERRCODE = '40001'; END IF;
        RETURN NEW;
      END $$`);
    await p.server.schema.query(`CREATE TRIGGER fail_once BEFORE INSERT ON "${p.server.schema.name}".entry FOR EACH ROW EXECUTE FUNCTION "${p.server.schema.name}".fail_once()`);
    const logged = p.onServer(['log', 'acme', '--note', 'once', '--next', 'fri']);
    expect(logged.stderr).toBe('');
    expect(logged.code).toBe(0);
    expect((await p.server.schema.query<{ n: number }>("SELECT count(*)::int AS n FROM entry WHERE note = 'once'"))[0]?.n).toBe(1);
    expect((await p.server.schema.query<{ n: number }>('SELECT count(*)::int AS n FROM change_log'))[0]?.n).toBe(2);
    expect((await p.server.schema.query<{ text: string }>('SELECT text FROM dossier_history'))).toEqual([{ text: 'once' }]);
  });

  it('text holding U+0000, which PostgreSQL cannot store: one line, exit 2, nothing written', async () => {
    const p = await pair();
    expect(p.onServer(['file', 'acme', 'today', '--name', 'Acme Ltd']).code).toBe(0);
    const result = p.onServer(['log', 'acme', '--note', '-', '--next', 'fri'], { input: 'a\u0000b' });
    expect(result).toEqual({ stdout: '', stderr: 'crm: a binder on a PostgreSQL server cannot store text holding the character U+0000 (NUL), and the change holds one; remove it and try again; nothing was written\n', code: 2 });
    expect((await p.server.schema.query<{ n: number }>('SELECT count(*)::int AS n FROM change_log'))[0]?.n).toBe(1);
  });

  it('kill -9 of crm in the middle of its change, 50 times: each change whole or absent', async () => {
    const p = await pair();
    expect(p.onServer(['file', 'acme', 'today', '--name', 'Acme Ltd']).code).toBe(0);
    for (let round = 0; round < 50; round++) {
      // Killed anywhere from its start (50 ms: node is still loading) to past its end (a log takes some 150-300 ms here).
      // Each round a day of its own (a Monday a week further on): a log to the day the dossier is
      // filed on already adds no filing, so a round that got through after killed ones could else
      // repeat the day of the last that got through, and have no refiling to find.
      await spawned(p.server.url, p.server.home, ['log', 'acme', '--note', `round ${round}`, '--next', `+${round + 1}w`], 50 + ((round * 37) % 950));
    }
    const calls = await p.server.schema.query<{ note: string; change_id: number }>("SELECT note, change_id FROM entry WHERE kind = 'call' ORDER BY id");
    const changes = await p.server.schema.query<{ id: number }>("SELECT id FROM change_log WHERE command = 'log' ORDER BY id");
    // Every change logged has its call and its refiling, and no call is without its change.
    expect(calls.map((call) => Number(call.change_id))).toEqual(changes.map((change) => Number(change.id)));
    expect(new Set(calls.map((call) => call.note)).size).toBe(calls.length);
    const filings = await p.server.schema.query<{ change_id: number }>("SELECT change_id FROM entry WHERE kind = 'filed' ORDER BY id");
    // The first filing is crm file's.
    expect(filings.slice(1).map((filing) => Number(filing.change_id))).toEqual(changes.map((change) => Number(change.id)));
    const doctor = p.onServer(['doctor']);
    expect(doctor.stderr).toBe('');
    expect(doctor.code).toBe(0);
    // Some were killed before they wrote, some got through: the rounds tested both.
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThan(50);
  }, 120_000);

  it('a connection dropped in the middle of a change: one line, exit 3, nothing written', async () => {
    const p = await pair();
    expect(p.onServer(['file', 'acme', 'today', '--name', 'Acme Ltd']).code).toBe(0);
    // Another writer holds acme: crm log waits for it, in its transaction, and is cut off there.
    const holder = await serverClient();
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT id FROM "${p.server.schema.name}".dossier WHERE handle = 'acme' FOR UPDATE`);
      const logging = spawned(p.server.url, p.server.home, ['log', 'acme', '--note', 'cut off', '--next', 'fri']);
      let waiting: { pid: number }[] = [];
      for (let tries = 0; tries < 100 && waiting.length === 0; tries++) {
        await new Promise((done) => setTimeout(done, 50));
        waiting = (await p.server.schema.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = 'crm' AND wait_event_type = 'Lock'")).filter(Boolean);
      }
      expect(waiting).toHaveLength(1);
      await p.server.schema.query('SELECT pg_terminate_backend($1)', [waiting[0]?.pid]);
      const result = await logging;
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^crm: the connection to the server of the binder \(schema .*\) was lost; try again \(crm changes shows whether a change was made\)\n$/);
      expect(result.code).toBe(3);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    expect((await p.server.schema.query<{ n: number }>("SELECT count(*)::int AS n FROM entry WHERE note = 'cut off'"))[0]?.n).toBe(0);
    expect((await p.server.schema.query<{ n: number }>('SELECT count(*)::int AS n FROM change_log'))[0]?.n).toBe(1);
  });
});
