// Runs the built CLI as a user would: a fresh binder in a temp folder, a fixed today, no terminal.
// In-process by default (in-process.ts: the built runner, milliseconds a command); spawned as a
// process where the process is what is tested ({spawn: true}), where the time zone differs from
// the test's (one per process), or for the whole suite with CRM_TEST_SPAWN=1.
//
// The binder is a SQLite file unless CRM_TEST_STORE=postgres (the vitest project `server`): then
// each binder is a schema of its own on the test server (server-binder.ts), made with crm team
// init, and the same tests run against the server store.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { runInProcess } from './in-process.js';
import { copyRows, dropSchema, dumpSchema, filingsOf, newSchema, ON_SERVER } from './server-binder.js';

export const CRM = fileURLToPath(new URL('../../bin/crm.js', import.meta.url));

export interface Result {
  stdout: string;
  stderr: string;
  code: number | null;
}

export interface CrmOptions {
  today?: string;
  input?: string;
  env?: NodeJS.ProcessEnv;
  /** Start the built CLI as a process (bin/crm.js) rather than run it in-process. */
  spawn?: boolean;
}

export interface Binder {
  /** The test's own folder: HOME, and where files it writes go. */
  dir: string;
  /** What CRM_DB names: the binder's file, or its server URL (CRM_TEST_STORE=postgres). */
  db: string;
  /** The schema of a server binder; undefined for a file. */
  schema?: string;
  /** The binder is there: its file exists, or (a server's) always once made. */
  exists(): boolean;
  /** Runs `crm args...` on this binder with CRM_TODAY=today. */
  crm(args: string[], options?: CrmOptions): Result;
  /** Runs crm and parses its stdout as the one JSON document it must be. */
  json<T = unknown>(args: string[], options?: { today?: string }): T;
  /** Every row of every table, to compare a binder before and after a command. */
  dump(): string;
  remove(): void;
}

export function tempBinder(today = '2026-11-23'): Binder {
  const dir = mkdtempSync(join(tmpdir(), 'crm-test-'));
  if (ON_SERVER) return serverBinder(dir, today);
  const db = join(dir, 'binder.db');
  const binder: Binder = {
    dir,
    db,
    exists: () => existsSync(db),
    crm(args, options = {}) {
      return crmWith(args, { PATH: process.env.PATH, HOME: dir, CRM_DB: db, CRM_TODAY: options.today ?? today, TZ: process.env.TZ, ...options.env }, options);
    },
    json(args, options) {
      const result = binder.crm([...args, '--json'], options);
      if (result.code !== 0) throw new Error(`crm ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
      return JSON.parse(result.stdout);
    },
    dump() {
      return dumpBinder(db);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return binder;
}

/**
 * A binder on the test server: a schema of its own, made with crm team init before the test's
 * first command (a file binder is made by the first command that files something; on a server
 * init is the team's first step), dropped by remove().
 */
function serverBinder(dir: string, today: string, from?: Binder): Binder {
  const { schema, url } = newSchema();
  const env = (options: CrmOptions) => ({ PATH: process.env.PATH, HOME: dir, CRM_DB: url, CRM_TODAY: options.today ?? today, TZ: process.env.TZ, ...options.env });
  try {
    const init = crmWith(['team', 'init'], env({}));
    if (init.code !== 0) throw new Error(`crm team init on ${schema} exited ${init.code}: ${init.stderr}`);
    if (from?.schema) copyRows(from.schema, schema);
  } catch (error) {
    // No binder is handed to the test, so nothing else would drop the schema.
    dropSchema(schema);
    throw error;
  }
  const binder: Binder = {
    dir,
    db: url,
    schema,
    exists: () => true,
    crm: (args, options = {}) => crmWith(args, env(options), options),
    json(args, options) {
      const result = binder.crm([...args, '--json'], options);
      if (result.code !== 0) throw new Error(`crm ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
      return JSON.parse(result.stdout);
    },
    dump: () => dumpSchema(schema),
    remove() {
      dropSchema(schema);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return binder;
}

/** A new binder holding a copy of `source` (a server binder's schema copied table by table). */
export function serverCopy(source: Binder, today = '2026-11-23'): Binder {
  return serverBinder(mkdtempSync(join(tmpdir(), 'crm-test-')), today, source);
}

/** Where every dossier of a server binder is filed, {handle: filedOn or null}. */
export function serverFilings(binder: Binder): Record<string, string | null> {
  return filingsOf(binder.schema as string);
}

const SPAWN_ALL = process.env.CRM_TEST_SPAWN === '1';

/** Runs `crm args...` with exactly this environment (a key set to undefined is left out), in-process or spawned. */
export function crmWith(args: string[], env: NodeJS.ProcessEnv, options: Pick<CrmOptions, 'input' | 'spawn'> = {}): Result {
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined));
  // The time zone is the process's own: a command run under another must be a process of its own.
  if (SPAWN_ALL || options.spawn || given.TZ !== process.env.TZ) return spawnCrm(args, given, options.input ?? '');
  const result = runInProcess(args, given, options.input ?? '');
  return { stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8'), code: result.code };
}

/** Starts the built CLI as a user's shell does, and waits for its end. */
export function spawnCrm(args: string[], env: NodeJS.ProcessEnv, input: string): Result {
  const result = spawnSync(process.execPath, [CRM, ...args], {
    encoding: 'utf8',
    input,
    env,
    timeout: 60_000,
    // spawnSync's default of 1 MiB would cut off (and kill) a command that prints a dossier with a
    // 1 MB note in it, as JSON or exported.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/** Opens a SQLite file in the test process. */
export function openDatabase(path: string, options?: Database.Options): Database.Database {
  return new Database(path, options);
}

/** The full contents of a binder file as text: schema version, every table's rows in order. */
export function dumpBinder(path: string): string {
  const db = openDatabase(path, { readonly: true, fileMustExist: true });
  const prepare = (sql: string) => db.prepare(sql);
  try {
    const lines = [`user_version ${prepare('PRAGMA user_version').pluck().get()}`];
    // dossier_search and history_search are crm find's indexes over the card and history texts,
    // kept by triggers: like any index they are not data, and their internal layout after an undo
    // need not be the one before.
    const tables = prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'dossier\\_search%' ESCAPE '\\' AND name NOT LIKE 'history\\_search%' ESCAPE '\\' ORDER BY name",
    )
      .pluck()
      .all() as string[];
    for (const table of tables) {
      lines.push(`# ${table}`);
      for (const row of prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).raw().all()) lines.push(JSON.stringify(row));
    }
    return lines.join('\n');
  } finally {
    db.close();
  }
}
