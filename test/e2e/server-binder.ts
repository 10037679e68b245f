// The end-to-end suite's binders on the test server (CRM_TEST_STORE=postgres, the vitest project
// `server`): each a schema of its own, made, read, copied and dropped through psql. Synchronous,
// as the suite's binders are (cli.ts): a test reads its binder between two commands.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { TABLES } from '../../src/store/postgres/schema.js';

/** The suite runs against server binders (the `server` project), not files. */
export const ON_SERVER = process.env.CRM_TEST_STORE === 'postgres';

/** The test server: CRM_TEST_PG, else the machine's (127.0.0.1:5432, database test, trust authentication). */
export const SERVER = process.env.CRM_TEST_PG || 'postgres://127.0.0.1:5432/test';

/** Schemas of this run start with it: test/server-setup.ts drops whatever a crashed test left. */
export const SCHEMA_PREFIX = `crm_e2e_${process.env.CRM_TEST_RUN ?? 'x'}_`;

/** Runs SQL on the test server with psql; its output, one row a line, fields joined by '|'. */
export function psql(sql: string): string {
  const result = spawnSync('psql', ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', SERVER, '-f', '-'], { input: sql, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`psql exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A new schema's name and the binder URL naming it (made by crm team init). */
export function newSchema(): { schema: string; url: string } {
  const schema = `${SCHEMA_PREFIX}${randomBytes(5).toString('hex')}`;
  return { schema, url: `${SERVER}${SERVER.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-csearch_path=${schema}`)}` };
}

/**
 * Copies every row of the binder in `from` into the binder just made in `to` (same version: crm
 * team init made both), ids and all, and sets each identity to go on after the highest id.
 */
export function copyRows(from: string, to: string): void {
  // The new binder's admin (crm team init's person row) makes way for the copied people.
  const statements = ['BEGIN', `DELETE FROM ${quoted(to)}.crm_meta`, `DELETE FROM ${quoted(to)}.person`];
  // TABLES is in the order of creation, which is the order of the references.
  for (const table of TABLES) statements.push(`INSERT INTO ${quoted(to)}.${table} OVERRIDING SYSTEM VALUE SELECT * FROM ${quoted(from)}.${table}`);
  // The tables with an identity id (crm_meta, setting, form... have none).
  statements.push(`SELECT format('SELECT setval(%L, (SELECT coalesce(max(id), 0) + 1 FROM %I.%I), false)',
                         pg_get_serial_sequence(format('%I.%I', table_schema, table_name), 'id'), table_schema, table_name)
                    FROM information_schema.columns WHERE table_schema = '${to}' AND column_name = 'id' AND is_identity = 'YES'
                  \\gexec
                  COMMIT`);
  psql(`${statements.join(';\n')};\n`);
}

/** Every row of every table of the binder, a table at a time in name order, rows in their text's order. */
export function dumpSchema(schema: string): string {
  return psql(`
    SELECT format('SELECT %L || coalesce(E''\\n'' || string_agg(row_to_json(t)::text, E''\\n'' ORDER BY row_to_json(t)::text), '''') FROM %I.%I t',
                  '# ' || table_name, table_schema, table_name)
      FROM information_schema.tables WHERE table_schema = '${schema}' ORDER BY table_name
    \\gexec
  `);
}

/** Where every dossier is filed, {handle: filedOn or null}. */
export function filingsOf(schema: string): Record<string, string | null> {
  const text = psql(`SELECT coalesce(json_object_agg(handle, filed_on ORDER BY handle), '{}') FROM ${quoted(schema)}.dossier`);
  return JSON.parse(text) as Record<string, string | null>;
}

/** Drops a binder's schema and its team's two group roles (roles are the whole server's: they outlive the schema otherwise). */
export function dropSchema(schema: string): void {
  psql(`DROP SCHEMA IF EXISTS ${quoted(schema)} CASCADE;
        SELECT format('DROP ROLE %I', rolname) FROM pg_roles WHERE rolname IN ('crm_test_${schema}_team', 'crm_test_${schema}_managers')
        \\gexec`);
}
