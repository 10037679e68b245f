#!/usr/bin/env node
// Copies a binder into an empty schema on a PostgreSQL server, for the benchmark's server rows:
//
//   node bench/to-server.js --from <binder.db> --to 'postgres://127.0.0.1:5432/test?options=-csearch_path%3D<schema>'
//   node bench/to-server.js --from <URL of a server binder> --to <URL of another schema in the same database>
//
// `crm team init` (the built CLI) makes the tables, so the schema is exactly crm's; then every
// table's rows are copied in one transaction, each identity sequence is set after the highest id,
// and the tables are vacuumed and analysed. From a SQLite binder (bench/generate.js output) the
// rows come in batches through unnest() of one array per column: one statement per batch, whatever
// its width. SQLite's filing_count and FTS tables have no server counterpart and are left out; its
// 0/1 `theirs` becomes a boolean. From a server binder (run.js's copies for the writing commands)
// the server copies the rows itself, schema to schema. One line to stdout.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Parents before children, as the foreign keys want them. */
export const TABLES = ['dossier', 'dossier_word', 'entry', 'dossier_history', 'setting', 'change_log', 'change_before', 'document', 'promise', 'complaint', 'form', 'reminder'];
/** Rows per INSERT: big enough that the round trips do not count, small enough that no batch holds much memory. */
const BATCH = 20_000;

/** The schema a server binder URL names (its options' search_path). */
export function schemaOf(url) {
  const options = new URL(url).searchParams.get('options') ?? '';
  const schema = /-c\s*search_path=([^\s,]+)/.exec(options)?.[1];
  if (!schema) throw new Error(`${url}: name the schema, as ?options=-csearch_path%3D<schema>`);
  return schema;
}

/** A client connected to `url` as crm connects (its URL reading, types and options), with room for long statements. */
export async function connect(url) {
  const { serverBinder } = await import(join(root, 'dist/store/postgres/open.js'));
  const { connectTo } = await import(join(root, 'dist/store/postgres/connect.js'));
  return connectTo(serverBinder(url), { connect: 10_000, lock: 10_000, statement: 900_000 });
}

/** `crm team init` on `url`, as a user makes a server binder. */
function teamInit(url) {
  const result = spawnSync(process.execPath, [join(root, 'bin/crm.js'), 'team', 'init'], {
    env: { ...process.env, CRM_DB: url },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`crm team init on ${url}: exit ${result.status}: ${(result.stderr || result.stdout).trim()}`);
}

/** Each table's columns on the server, with their types, in table order. */
async function serverColumns(client, schema) {
  const { rows } = await client.query(
    `SELECT table_name, column_name, data_type, is_identity FROM information_schema.columns
      WHERE table_schema = $1 ORDER BY table_name, ordinal_position`,
    [schema],
  );
  const tables = new Map();
  for (const row of rows) {
    if (!tables.has(row.table_name)) tables.set(row.table_name, []);
    tables.get(row.table_name).push({ name: row.column_name, type: row.data_type, identity: row.is_identity === 'YES' });
  }
  return tables;
}

/** Columns of a team's binder on a server that a SQLite binder has no counterpart of. */
const SERVER_ONLY = new Set(['dossier.owner', 'entry.made_for', 'change_log.made_by']);

const ARRAY_TYPE = { bigint: 'bigint[]', integer: 'integer[]', text: 'text[]', date: 'date[]', boolean: 'boolean[]', bytea: 'bytea[]' };

/** The rows of one SQLite table into its server table, BATCH at a time. */
async function copyTable(client, db, table, serverColumns) {
  const have = new Set(db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all());
  // The team's columns a binder file has not (its one user owns everything) take the server's
  // default: the dossier's owner, the admin who ran crm team init; who an entry was made for, none.
  const columns = serverColumns.filter((c) => have.has(c.name) || !SERVER_ONLY.has(`${table}.${c.name}`));
  const missing = columns.filter((c) => !have.has(c.name));
  if (missing.length > 0) throw new Error(`${table}: the SQLite binder has no column ${missing.map((c) => c.name).join(', ')}`);
  const types = columns.map((c) => {
    const type = ARRAY_TYPE[c.type];
    if (!type) throw new Error(`${table}.${c.name}: no array type for ${c.type}`);
    return type;
  });
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const insert = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${types.map((type, i) => `$${i + 1}::${type}`).join(', ')})`;
  const select = db.prepare(`SELECT ${names} FROM "${table}"${have.has('id') ? ' ORDER BY id' : ''}`).raw();
  const booleans = columns.map((c) => c.type === 'boolean');
  let batch = columns.map(() => []);
  let rows = 0;
  const flush = async () => {
    if (batch[0].length === 0) return;
    await client.query(insert, batch);
    batch = columns.map(() => []);
  };
  for (const row of select.iterate()) {
    for (let i = 0; i < row.length; i++) batch[i].push(booleans[i] && row[i] !== null ? row[i] !== 0 : row[i]);
    if (++rows % BATCH === 0) await flush();
  }
  await flush();
  return rows;
}

/** Every identity sequence just after its table's highest id, as a binder that made those rows would have it. */
async function setSequences(client, tables) {
  for (const [table, columns] of tables) {
    for (const column of columns.filter((c) => c.identity)) {
      await client.query(`SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max("${column.name}") FROM "${table}"), 0) + 1, false)`, [`"${table}"`, column.name]);
    }
  }
}

/**
 * Copies `from` (a SQLite binder file or a server binder URL in the same database) into the
 * empty schema `to` names. Returns the rows copied per table and the seconds it took.
 */
export async function toServer(from, to) {
  const started = performance.now();
  const schema = schemaOf(to);
  teamInit(to);
  const client = await connect(to);
  const counts = {};
  try {
    const tables = await serverColumns(client, schema);
    await client.query('BEGIN');
    if (/^postgres(ql)?:\/\//.test(from)) {
      const source = schemaOf(from);
      for (const table of TABLES) {
        const names = tables.get(table).map((c) => `"${c.name}"`).join(', ');
        counts[table] = (await client.query(`INSERT INTO "${table}" (${names}) SELECT ${names} FROM "${source}"."${table}"`)).rowCount;
      }
    } else {
      const db = new Database(from, { readonly: true, fileMustExist: true });
      try {
        for (const table of TABLES) counts[table] = await copyTable(client, db, table, tables.get(table));
      } finally {
        db.close();
      }
    }
    await setSequences(client, [...tables].filter(([table]) => TABLES.includes(table)));
    await client.query('COMMIT');
    // The planner's statistics and the visibility map now, as a binder in use has them from
    // autovacuum: the runs that follow read them (index-only scans skip the table's pages).
    await client.query(`VACUUM (ANALYZE) ${TABLES.map((table) => `"${schema}"."${table}"`).join(', ')}`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return { counts, seconds: (performance.now() - started) / 1000 };
}

async function main() {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
  if (!values.from || !values.to) {
    process.stderr.write('usage: node bench/to-server.js --from <binder.db | postgres URL> --to <postgres URL naming an empty schema>\n');
    return 2;
  }
  const { counts, seconds } = await toServer(values.from, values.to);
  process.stdout.write(`copied ${counts.dossier} dossiers, ${counts.entry} entries, ${counts.dossier_word} words into schema ${schemaOf(values.to)} in ${seconds.toFixed(1)} s\n`);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(await main());
