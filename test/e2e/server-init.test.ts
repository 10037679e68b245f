// crm team init and crm team upgrade on a PostgreSQL server, run as a user runs them (the built
// CLI, spawned), each test with a schema of its own; and what every other command says of a
// server binder it cannot use: a server not reached, a binder of another version, exit 3 in one
// line (server-store.test.ts runs the commands on one it can).
import { createServer, type Server } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { CRM, spawnCrm, type Result } from './cli.js';
import { SERVER_SCHEMA_VERSION, TABLES } from '../../src/store/postgres/schema.js';
import { teamAction } from '../../src/commands/team.js';
import { describeServer, SERVER, serverClient, testSchemas } from './server.js';

const home = mkdtempSync(join(tmpdir(), 'crm-server-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** crm with `db` as its binder, spawned, with a home of the test's own (no ~/.pgpass of the machine's). */
function crm(db: string, args: string[], env: NodeJS.ProcessEnv = {}): Result {
  return spawnCrm(args, { PATH: process.env.PATH, HOME: home, CRM_DB: db, CRM_TODAY: '2026-11-23', ...env }, '');
}

/** A refusal: one line on stderr, nothing on stdout, the exit code. */
function refusedWith(result: Result, code: number, said: RegExp): void {
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd()).toMatch(said);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  expect(result.code).toBe(code);
}

/** This crm's tables by name, as init lists them (schema.ts keeps them in the order a copy needs). */
const SORTED_TABLES = [...TABLES].sort();

/**
 * A server that asks for an MD5 password and refuses whatever it gets (ErrorResponse 28P01), having
 * kept the password message: the one password exchange a test can see (the test server trusts).
 */
async function md5Server(): Promise<{ port: number; received: Promise<string>; close(): void }> {
  let receive: (message: string) => void = () => undefined;
  const received = new Promise<string>((resolve) => (receive = resolve));
  const salt = Buffer.from([1, 2, 3, 4]);
  const server = createServer((socket) => {
    let startup = true;
    let refused = false;
    let held = Buffer.alloc(0);
    socket.on('data', (data) => {
      if (refused) return;
      held = Buffer.concat([held, data]);
      // The startup message has no type byte: its length first; each message after has one.
      if (startup && held.length >= 4 && held.length >= held.readInt32BE(0)) {
        held = held.subarray(held.readInt32BE(0));
        startup = false;
        socket.write(Buffer.concat([Buffer.from('R'), int32(12), int32(5), salt]));
      }
      if (!startup && held.length >= 5 && held.length >= 1 + held.readInt32BE(1) && held[0] === 'p'.charCodeAt(0)) {
        refused = true;
        receive(held.subarray(5, held.readInt32BE(1) + 1 - 1).toString('utf8'));
        const fields = Buffer.from('SFATAL\0C28P01\0Mpassword authentication failed for user "ola"\0\0');
        socket.end(Buffer.concat([Buffer.from('E'), int32(fields.length + 4), fields]));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, received, close: () => server.close() };
}

function int32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
}

describe('what needs no server', () => {
  it.each([['today'], ['team', 'init']])("sends the URL's password as the server asks (MD5: pg hashes it, node:crypto loaded then), never prints it; refused: exit 3, one line (crm %s)", async (...args) => {
    const server = await md5Server();
    try {
      const child = spawn(process.execPath, [CRM, ...args], {
        env: { PATH: process.env.PATH, HOME: home, CRM_DB: `postgres://ola:s3cret@127.0.0.1:${server.port}/test`, CRM_TODAY: '2026-11-23' },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
      child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      // md5(md5(password + user) + salt), as PostgreSQL checks it.
      const md5 = (data: string | Buffer) => createHash('md5').update(data).digest('hex');
      expect(await server.received).toBe(`md5${md5(Buffer.concat([Buffer.from(md5('s3cretola')), Buffer.from([1, 2, 3, 4])]))}`);
      refusedWith({ stdout, stderr, code }, 3, /^crm: the server refused the login of ola to the binder \(.*\): password authentication failed for user "ola"; check the user name, and the password in the URL, PGPASSWORD or ~\/\.pgpass$/);
      expect(stderr).not.toContain('s3cret');
    } finally {
      server.close();
    }
  });

  it('works on a server binder only: a file binder is exit 2, and no file is made', () => {
    const file = join(home, 'binder.db');
    refusedWith(crm(file, ['team', 'init']), 2, /^crm: crm team init works on a binder on a PostgreSQL server; .*binder\.db names a file\. Name a server with --db postgres:\/\//);
    refusedWith(crm(file, ['team', 'upgrade']), 2, /^crm: crm team upgrade works on a binder on a PostgreSQL server/);
    expect(crm(file, ['today']).code).toBe(0);
  });

  it('takes init, upgrade, add or remove, nothing else', () => {
    refusedWith(crm('postgres://127.0.0.1:1/test', ['team', 'drop']), 2, /^crm: .*'drop' is invalid for argument 'action'\. Allowed choices are init, upgrade, add, remove\. \(see crm team --help\)$/);
  });

  it('a URL that is not one: exit 2, what to write', () => {
    refusedWith(crm('postgres://u:hunter2@h:99999/d', ['team', 'init']), 2, /^crm: postgres:\/\/u@h:99999\/d is not a server binder's URL: its port "99999" is not a port number \(1-65535\); write postgres:\/\//);
  });

  it('not reached: exit 3, the host, what happened, what to check; the password never shown', () => {
    const result = crm('postgres://ola:hunter2@127.0.0.1:1/test', ['team', 'init']);
    refusedWith(result, 3, /^crm: cannot reach the server of the binder \(schema public of database test on 127\.0\.0\.1:1 as ola\): ECONNREFUSED; check that the server runs and that the host and port/);
    expect(result.stderr).not.toContain('hunter2');
    refusedWith(crm('postgres://ola:hunter2@127.0.0.1:1/test', ['today']), 3, /^crm: cannot reach the server/);
  });
});

describeServer('crm team init', () => {
  const schema = testSchemas();

  it("creates the binder in a schema it makes, with crm_meta at this crm's version", async () => {
    const s = await schema();
    const result = crm(s.url, ['team', 'init']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`Created the binder in schema ${s.name} of database test on 127.0.0.1:5432 as ${(await s.query<{ user: string }>('SELECT current_user AS user'))[0]?.user} (the schema made too): version ${SERVER_SCHEMA_VERSION}, ${TABLES.length} tables.\n`);
    expect(result.code).toBe(0);
    const tables = await s.query<{ name: string }>('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1', [s.name]);
    expect(tables.map((row) => row.name).sort()).toEqual(SORTED_TABLES);
    expect(await s.query('SELECT binder, version FROM crm_meta')).toEqual([{ binder: 'crm', version: SERVER_SCHEMA_VERSION }]);
  });

  it('a binder made by a run in Persian starts in the Persian calendar (issue 17)', async () => {
    const s = await schema();
    await teamAction('init', { dbPath: s.url, now: () => '2026-11-23T09:00:00+00:00' }, process.env, 'fa');
    expect(await s.query('SELECT key, value FROM setting')).toEqual([{ key: 'calendar', value: '"persian"' }]);
  });

  it('makes the columns as the issue says: identity ids, dates, bytea, "C" handles and search text', async () => {
    const s = await schema();
    expect(crm(s.url, ['team', 'init']).code).toBe(0);
    const columns = await s.query<{ table: string; column: string; type: string; identity: string | null; collation: string | null }>(
      `SELECT table_name AS table, column_name AS column, data_type AS type, identity_generation AS identity, collation_name AS collation
       FROM information_schema.columns WHERE table_schema = $1`,
      [s.name],
    );
    const column = (table: string, name: string) => columns.find((row) => row.table === table && row.column === name);
    for (const table of ['dossier', 'entry', 'change_log', 'document', 'promise', 'complaint']) expect(column(table, 'id')).toMatchObject({ type: 'bigint', identity: 'BY DEFAULT' });
    for (const [table, name] of [['dossier', 'filed_on'], ['entry', 'filed_from'], ['entry', 'filed_to'], ['promise', 'due'], ['complaint', 'due']] as const) expect(column(table, name)?.type).toBe('date');
    expect(column('document', 'content')?.type).toBe('bytea');
    for (const [table, name] of [['dossier', 'handle'], ['dossier', 'search_text'], ['dossier_word', 'word'], ['dossier_history', 'text']] as const) expect(column(table, name)?.collation).toBe('C');
    // No SERIAL (a sequence as a column default), no triggers, no hot counter rows.
    expect(columns.filter((row) => row.identity === null && row.column === 'id')).toEqual([]);
    expect(await s.query('SELECT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND NOT t.tgisinternal', [s.name])).toEqual([]);
    expect(columns.some((row) => row.table === 'filing_count')).toBe(false);
  });

  it("indexes find's texts by trigrams, and a filing's dossiers by day", async () => {
    const s = await schema();
    expect(crm(s.url, ['team', 'init']).code).toBe(0);
    const indexes = await s.query<{ name: string; definition: string }>('SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = $1', [s.name]);
    const definition = (name: string) => indexes.find((row) => row.name === name)?.definition ?? '';
    for (const name of ['dossier_search', 'dossier_phone_search', 'history_search']) expect(definition(name)).toMatch(/USING gin \(\w+ (\w+\.)?gin_trgm_ops\)/);
    expect(definition('dossier_filed_on')).toMatch(/\(filed_on\) WHERE \(filed_on IS NOT NULL\)/);
    // The index serves a search in any script: a Cyrillic name is found through it.
    await s.query("INSERT INTO dossier (handle, name, created_at, search_text) VALUES ('petr', 'Пётр', '2026-11-23 10:00 +01:00', 'петр')");
    expect(await s.query("SELECT handle FROM dossier WHERE search_text LIKE '%етр%'")).toEqual([{ handle: 'petr' }]);
    expect(await s.query('SELECT filed_on, id::int AS id FROM dossier')).toEqual([{ filed_on: null, id: 1 }]);
  });

  it('makes the binder in an empty schema that is there, and says so in JSON', async () => {
    const s = await schema({ create: true });
    const result = crm(s.url, ['team', 'init', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ action: 'init', schema: s.name, schemaCreated: false, version: SERVER_SCHEMA_VERSION, tables: SORTED_TABLES });
  });

  it('refuses a schema that holds a binder already, and changes nothing', async () => {
    const s = await schema();
    expect(crm(s.url, ['team', 'init']).code).toBe(0);
    await s.query("INSERT INTO setting (key, value) VALUES ('capacity', '25')");
    refusedWith(crm(s.url, ['team', 'init']), 2, new RegExp(`^crm: there is a binder already in schema ${s.name} of database test .*\\(version ${SERVER_SCHEMA_VERSION}\\); nothing was changed\\. crm team upgrade`));
    expect(await s.query('SELECT key, value FROM setting')).toEqual([{ key: 'capacity', value: '25' }]);
  });

  it("refuses a schema with another program's tables, as a foreign file is refused", async () => {
    const s = await schema({ create: true });
    await s.query('CREATE TABLE invoices (id int)');
    refusedWith(crm(s.url, ['team', 'init']), 3, new RegExp(`^crm: schema ${s.name} of .* holds tables of another program \\(invoices\\), not a crm binder; name an empty schema`));
    const tables = await s.query<{ name: string }>('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1', [s.name]);
    expect(tables).toEqual([{ name: 'invoices' }]);
  });

  it('refuses a database whose character type is C, in which find could not index other scripts', async () => {
    const client = await serverClient();
    const database = `crm_test_c_${randomBytes(6).toString('hex')}`;
    try {
      await client.query(`CREATE DATABASE ${database} LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0`);
      const url = SERVER.replace(/\/[^/?]*(\?|$)/, `/${database}$1`);
      refusedWith(crm(url, ['team', 'init']), 3, new RegExp(`^crm: the database ${database} has the character type C, in which crm find cannot index names in scripts other than Latin; make the binder in a database with a UTF-8 locale`));
      const inside = await serverClient(url);
      const made = await inside.query("SELECT table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')");
      await inside.end();
      expect(made.rows).toEqual([]);
    } finally {
      await client.query(`DROP DATABASE IF EXISTS ${database}`);
      await client.end();
    }
  });

});

describeServer('crm team upgrade', () => {
  const schema = testSchemas();

  it('says a binder of this version is up to date, and changes nothing', async () => {
    const s = await schema();
    expect(crm(s.url, ['team', 'init']).code).toBe(0);
    const result = crm(s.url, ['team', 'upgrade']);
    expect(result).toEqual({ stdout: `The binder in schema ${s.name} of database test on 127.0.0.1:5432 as ${result.stdout.split(' as ')[1]?.split(' is up')[0]} is up to date (version ${SERVER_SCHEMA_VERSION}); nothing to do.\n`, stderr: '', code: 0 });
    expect(JSON.parse(crm(s.url, ['team', 'upgrade', '--json']).stdout)).toMatchObject({ action: 'upgrade', from: SERVER_SCHEMA_VERSION, to: SERVER_SCHEMA_VERSION, applied: [] });
  });

  it('refuses a schema with no binder, one at a version crm never made, and one written by a newer crm', async () => {
    const s = await schema({ create: true });
    refusedWith(crm(s.url, ['team', 'upgrade']), 3, new RegExp(`^crm: there is no binder in schema ${s.name} .*; crm team init creates one there$`));
    expect(crm(s.url, ['team', 'init']).code).toBe(0);
    await s.query('UPDATE crm_meta SET version = 7');
    refusedWith(crm(s.url, ['team', 'upgrade']), 3, /says it is version 7, which no crm made on a server; nothing was changed/);
    await s.query('UPDATE crm_meta SET version = 99');
    refusedWith(crm(s.url, ['team', 'upgrade']), 3, new RegExp(`is version 99, written by a newer crm \\(this one knows up to ${SERVER_SCHEMA_VERSION}\\); upgrade crm to use it$`));
  });
});

describeServer('other commands on a server binder', () => {
  const schema = testSchemas();

  it('use a binder of this version as a file binder is used (the built CLI, spawned)', async () => {
    const s = await schema();
    expect(crm(s.url, ['team', 'init']).code).toBe(0);
    const filed = crm(s.url, ['file', 'acme', '8', '--name', 'Acme Ltd']);
    expect(filed).toEqual({ stdout: 'New dossier acme (Acme Ltd) filed behind 8: Tue 8 Dec 2026.\n', stderr: '', code: 0 });
    expect(crm(s.url, ['today'])).toEqual({ stdout: "Mon 23 Nov 2026: nothing in today's stack. A clear desk. Next up: 1 dossier on Tue 8 Dec.\n", stderr: '', code: 0 });
    expect(crm(s.url, ['binder']).stdout).toMatch(/^ +8 +Tue 8 Dec 2026 +1 /m);
  });

  it('never upgrade one: an older binder is exit 3, saying who runs what', async () => {
    const s = await schema();
    expect(crm(s.url, ['team', 'init']).code).toBe(0);
    const older = SERVER_SCHEMA_VERSION - 1;
    await s.query('UPDATE crm_meta SET version = $1', [older]);
    refusedWith(crm(s.url, ['today']), 3, new RegExp(`is version ${older}, older than this crm's ${SERVER_SCHEMA_VERSION}; whoever looks after the team's binder runs crm team upgrade`));
    expect(await s.query('SELECT version FROM crm_meta')).toEqual([{ version: older }]);
    await s.query('UPDATE crm_meta SET version = $1', [SERVER_SCHEMA_VERSION + 1]);
    refusedWith(crm(s.url, ['show', 'acme']), 3, new RegExp(`is version ${SERVER_SCHEMA_VERSION + 1}, written by a newer crm`));
  });

  it('say there is no binder in an empty schema, and refuse a foreign one', async () => {
    const s = await schema({ create: true });
    refusedWith(crm(s.url, ['today']), 3, /^crm: there is no binder in schema .*; crm team init creates one there$/);
    await s.query('CREATE TABLE orders (id int)');
    refusedWith(crm(s.url, ['today']), 3, /holds tables of another program \(orders\)/);
  });
});

describeServer('a server that cannot be used', () => {
  let silent: Server | undefined;
  afterAll(() => silent?.close());

  it('refusing the login: exit 3, what to check', () => {
    refusedWith(crm('postgres://no_such_role_x@127.0.0.1:5432/test', ['team', 'init']), 3, /^crm: the server refused the login of no_such_role_x to the binder \(.*\): role "no_such_role_x" does not exist; check the user name, and the password in the URL, PGPASSWORD or ~\/\.pgpass$/);
  });

  it('without the database named: exit 3', () => {
    refusedWith(crm('postgres://127.0.0.1:5432/no_such_database_x', ['team', 'upgrade']), 3, /^crm: the server has no database no_such_database_x for the binder/);
  });

  it('that never answers: exit 3 after the connect timeout, not a hang', async () => {
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent?.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    refusedWith(crm(`postgres://127.0.0.1:${port}/test?connect_timeout=1`, ['team', 'init']), 3, /^crm: the server of the binder \(.*\) did not answer in time; check the host and port, and the network/);
  });

});
