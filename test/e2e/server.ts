// Test binders on a PostgreSQL server: each test's own schema, made in the test process and dropped
// after it. The server is CRM_TEST_PG, else the machine's (127.0.0.1:5432, database test, trust
// authentication: .ci/run starts it). Without a server the server tests are skipped, saying so in
// one line and how to run them; under CI=true a missing server is a failure, not a skip.
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { readServerUrl } from '../../src/store/postgres/url.js';
import { SERVER } from './server-binder.js';

export { SERVER };

/** The test server's parts, read as crm reads them (the user: the system's, as libpq's). */
function config(url = SERVER): pg.ClientConfig {
  const { host, port, user, password, database } = readServerUrl(url, { env: process.env, home: undefined, systemUser: userInfo().username });
  return { host, port, user, database, ...(password !== undefined && { password }), connectionTimeoutMillis: 3000 };
}

/** Why the server cannot be used (undefined: it can). Asked once, when a server test file loads. */
const unreachable = await probe();

async function probe(): Promise<string | undefined> {
  let client: pg.Client;
  try {
    client = new pg.Client(config());
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

let said = false;

/**
 * `describe` for tests that need the server: skipped, with one line on stderr, when there is none,
 * except under CI=true, where a test then fails saying what is missing.
 */
export function describeServer(name: string, tests: () => void): void {
  if (unreachable === undefined) {
    describe(name, tests);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => it('has a PostgreSQL server to test on', () => {
      throw new Error(`no PostgreSQL server at ${SERVER} (${unreachable}); start it (pg_ctlcluster 15 main start) or set CRM_TEST_PG`);
    }));
    return;
  }
  if (!said) process.stderr.write(`Server tests skipped: no PostgreSQL at ${SERVER} (${unreachable}); start one (pg_ctlcluster 15 main start) or set CRM_TEST_PG=postgres://..., and run them again\n`);
  said = true;
  describe.skip(name, tests);
}

/** A client on the test server (the test process's own; `url`: another database of it), ended by the caller. */
export async function serverClient(url = SERVER): Promise<pg.Client> {
  const client = new pg.Client(config(url));
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

export interface TestSchema {
  name: string;
  /** The binder's URL: the server's, with options=-csearch_path=<name>, percent-encoded as libpq reads it. */
  url: string;
  /** Runs SQL on the test server (its search_path: this schema first). */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<R[]>;
}

/**
 * A schema name of the test's own, made (`create`) or only named (for init to make), dropped with
 * everything in it after the file's tests, whatever they did.
 */
export function testSchemas(): (options?: { create?: boolean }) => Promise<TestSchema> {
  const made: string[] = [];
  let client: pg.Client | undefined;
  afterAll(async () => {
    if (!client) return;
    for (const name of made) {
      await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
      // crm team init's two group roles: the whole server's, they outlive the schema otherwise.
      for (const { rolname } of (await client.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = ANY($1::text[])', [[`crm_test_${name}_team`, `crm_test_${name}_managers`]])).rows) {
        await client.query(`DROP ROLE "${rolname}"`);
      }
    }
    await client.end();
  });
  return async ({ create = false } = {}) => {
    client ??= await serverClient();
    const name = `crm_test_${randomBytes(6).toString('hex')}`;
    made.push(name);
    if (create) await client.query(`CREATE SCHEMA "${name}"`);
    const own = client;
    return {
      name,
      url: `${SERVER}${SERVER.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-csearch_path=${name}`)}`,
      query: async (sql, params) => {
        await own.query(`SET search_path TO "${name}", public`);
        return (await own.query(sql, params)).rows;
      },
    };
  };
}
