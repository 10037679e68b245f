// Making a binder on a server and bringing it up to this crm's schema (crm team init, crm team
// upgrade), and the check every other command makes before it uses one: the schema holds a crm
// binder of this crm's version. Ordinary commands never migrate a server binder: a whole team's
// crm processes would race to, and an older crm of a colleague's would then find a newer binder.
import type { BinderSettings } from '../../binder/settings.js';
import type pg from 'pg';
import { NotServerBinder } from '../errors.js';
import { connectTo, serverError, transaction } from './connect.js';
import { createHash } from 'node:crypto';
import { filledIn, identifier, STEPS, type SchemaStep } from './schema.js';
import { whereOf, type ServerBinder } from './url.js';

export interface InitResult {
  /** Where the binder is (never the password). */
  where: string;
  schema: string;
  /** The schema was not there, and init made it. */
  schemaCreated: boolean;
  version: number;
  tables: string[];
}

export interface UpgradeResult {
  where: string;
  schema: string;
  from: number;
  to: number;
  /** The versions of the steps this run applied (none: the binder was up to date, or another upgrader did them). */
  applied: number[];
}

/** What the schema holds: nothing, a crm binder (its version), or another program's tables. */
type Found = { kind: 'empty' } | { kind: 'binder'; version: number } | { kind: 'other'; tables: string[] };

/**
 * Creates the binder's tables in `binder`'s schema (made if it is not there), which must hold no
 * table: one of another program's is refused, as a file of another program is. All in one
 * transaction: a failed init leaves the schema as it was.
 */
export async function initServerBinder(given: ServerBinder, now: string, steps: readonly SchemaStep[] = STEPS, newBinder: Partial<BinderSettings> = {}): Promise<InitResult> {
  return withClient(given, async (client, schema, binder) => {
    await refuseCLocale(client, binder, schema);
    const found = await contents(client, schema);
    if (found.kind === 'binder') throw new NotServerBinder(binder.where, schema, { kind: 'a binder already', version: found.version });
    if (found.kind === 'other') throw new NotServerBinder(binder.where, schema, { kind: 'another program', tables: found.tables });
    const trgm = await trigramSchema(client, binder, schema);
    const create = steps[0] as SchemaStep;
    const exists = await schemaExists(client, schema);
    await transaction(client, async () => {
      if (!exists) await client.query(`CREATE SCHEMA ${identifier(schema)}`);
      // The URL's search_path named a schema that was not there: the server skipped it until now.
      const current = (await client.query<{ schema: string | null }>('SELECT current_schema() AS schema')).rows[0]?.schema;
      if (current !== schema) await client.query(`SET LOCAL search_path TO ${identifier(schema)}`);
      for (const statement of filledIn(create.statements, { trgm, schema, ...teamRoles(binder.database, schema) })) await client.query(statement);
      await client.query('INSERT INTO crm_meta (binder, version, created_at, changed_at) VALUES ($1, $2, $3, $3)', ['crm', create.version, now]);
      // The settings it starts with: made by a run in Persian, the Persian calendar (issue 17).
      for (const [key, value] of Object.entries(newBinder)) await client.query('INSERT INTO setting (key, value) VALUES ($1, $2)', [key, JSON.stringify(value)]);
    });
    // Later steps, when the first one is older than this crm's schema (none are yet).
    const { to } = await upgradeIn(client, binder, schema, now, steps);
    return { where: binder.where, schema, schemaCreated: !exists, version: to, tables: (await tables(client, schema)).sort() };
  });
}

/**
 * Brings the binder up to the newest step, one step per transaction, each serialised on the
 * crm_meta row (SELECT ... FOR UPDATE) and taken only if the version read under that lock still
 * needs it: two upgraders at once apply each step once, and the second waits, then finds it done.
 */
export async function upgradeServerBinder(given: ServerBinder, now: string, steps: readonly SchemaStep[] = STEPS): Promise<UpgradeResult> {
  return withClient(given, async (client, schema, binder) => {
    const found = await contents(client, schema);
    if (found.kind !== 'binder') throw new NotServerBinder(binder.where, schema, found.kind === 'empty' ? { kind: 'no binder' } : { kind: 'another program', tables: found.tables });
    return { where: binder.where, schema, ...(await upgradeIn(client, binder, schema, now, steps)) };
  });
}

/**
 * The version of the binder in `binder`'s schema, which must be this crm's: an empty schema, another
 * program's tables, an older or a newer binder are each a NotServerBinder saying so.
 */
export async function checkServerBinder(given: ServerBinder, steps: readonly SchemaStep[] = STEPS): Promise<number> {
  return withClient(given, (client, schema, binder) => refuseUnlessCurrent(client, binder, schema, steps));
}

/** checkServerBinder's check on a client already connected (the store's, which reads the binder on the same connection). */
export async function refuseUnlessCurrent(client: pg.Client, binder: ServerBinder, schema: string, steps: readonly SchemaStep[] = STEPS): Promise<number> {
  const found = await contents(client, schema);
  if (found.kind === 'empty') throw new NotServerBinder(binder.where, schema, { kind: 'no binder' });
  if (found.kind === 'other') throw new NotServerBinder(binder.where, schema, { kind: 'another program', tables: found.tables });
  const newest = newestOf(steps);
  if (found.version < newest) throw new NotServerBinder(binder.where, schema, { kind: 'older', version: found.version, newest });
  if (found.version > newest) throw new NotServerBinder(binder.where, schema, { kind: 'newer', version: found.version, newest });
  return found.version;
}

async function upgradeIn(client: pg.Client, binder: ServerBinder, schema: string, now: string, steps: readonly SchemaStep[]): Promise<{ from: number; to: number; applied: number[] }> {
  const from = await version(client, schema);
  const newest = newestOf(steps);
  if (from > newest) throw new NotServerBinder(binder.where, schema, { kind: 'newer', version: from, newest });
  // A server binder is made at the first step's version: one below it was not made by crm team init.
  if (from < (steps[0] as SchemaStep).version) throw new NotServerBinder(binder.where, schema, { kind: 'unknown version', version: from });
  const applied: number[] = [];
  let trgm: string | undefined;
  // The first step creates a binder (init); only the later ones upgrade one.
  for (const step of steps.slice(1)) {
    if (step.version <= from) continue;
    trgm ??= await trigramSchema(client, binder, schema);
    const roles = teamRoles(binder.database, schema);
    const statements = filledIn(step.statements, { trgm, schema, ...roles });
    const done = await transaction(client, async () => {
      const locked = (await client.query<{ version: number }>(`SELECT version FROM ${identifier(schema)}.crm_meta FOR UPDATE`)).rows[0]?.version ?? 0;
      if (locked >= step.version) return false;
      if (statements.some((statement) => statement.includes(identifier(roles.team)))) await makeTeamRoles(client, binder, schema, roles);
      // The step's statements name the binder's tables unqualified: in its schema, whatever else the URL's search_path lists.
      await client.query(`SET LOCAL search_path TO ${identifier(schema)}`);
      for (const statement of statements) await client.query(statement);
      await step.rows?.(client);
      await client.query(`UPDATE ${identifier(schema)}.crm_meta SET version = $1, changed_at = $2`, [step.version, now]);
      return true;
    });
    if (done) applied.push(step.version);
  }
  return { from, to: await version(client, schema), applied };
}

function newestOf(steps: readonly SchemaStep[]): number {
  return (steps[steps.length - 1] as SchemaStep).version;
}

/**
 * Connects, finds the binder's schema (the URL's, else the server's current_schema(), which
 * `where` then names), runs `work`, and ends the connection whatever happens; the server's failures typed.
 */
async function withClient<T>(given: ServerBinder, work: (client: pg.Client, schema: string, binder: ServerBinder) => Promise<T>): Promise<T> {
  let binder = given;
  const client = await connectTo(binder);
  try {
    if (!binder.schemaNamed) {
      const current = (await client.query<{ schema: string | null }>('SELECT current_schema() AS schema')).rows[0]?.schema;
      if (current) binder = { ...binder, schema: current, where: whereOf({ ...binder, schema: current }) };
    }
    return await work(client, binder.schema, binder);
  } catch (error) {
    throw serverError(error, binder);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function tables(client: pg.Client, schema: string): Promise<string[]> {
  // information_schema, not pg_class: CockroachDB and YugabyteDB answer it alike. Views and foreign tables count too.
  const { rows } = await client.query<{ name: string }>('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1', [schema]);
  return rows.map((row) => row.name);
}

async function contents(client: pg.Client, schema: string): Promise<Found> {
  const names = await tables(client, schema);
  if (names.length === 0) return { kind: 'empty' };
  if (!names.includes('crm_meta')) return { kind: 'other', tables: names.sort() };
  const row = (await client.query<{ binder: string; version: number }>(`SELECT binder, version FROM ${identifier(schema)}.crm_meta`)).rows[0];
  if (row?.binder !== 'crm') return { kind: 'other', tables: names.sort() };
  return { kind: 'binder', version: row.version };
}

async function version(client: pg.Client, schema: string): Promise<number> {
  return (await client.query<{ version: number }>(`SELECT version FROM ${identifier(schema)}.crm_meta`)).rows[0]?.version ?? 0;
}

async function schemaExists(client: pg.Client, schema: string): Promise<boolean> {
  return (await client.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [schema])).rowCount === 1;
}

/**
 * pg_trgm cannot tell letters of other scripts from punctuation in a database whose character
 * type is C or POSIX: crm find could not index Cyrillic, Persian or CJK there. Refused at init.
 */
async function refuseCLocale(client: pg.Client, binder: ServerBinder, schema: string): Promise<void> {
  const row = (await client.query<{ ctype: string | null; database: string }>('SELECT datctype AS ctype, datname AS database FROM pg_database WHERE datname = current_database()')).rows[0];
  const ctype = row?.ctype ?? '';
  if (/^(C|POSIX)$/i.test(ctype)) throw new NotServerBinder(binder.where, schema, { kind: 'C locale', ctype, database: row?.database ?? binder.database });
}

/**
 * The schema pg_trgm's operator classes are in: where the extension is, else `public`, where crm
 * creates it (a binder's own schema would take the extension with it when dropped, from every
 * binder of the database). A server that will not let crm create it is said so, with what to ask for.
 */
async function trigramSchema(client: pg.Client, binder: ServerBinder, schema: string): Promise<string> {
  const installed = async () => (await client.query<{ schema: string }>("SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'")).rows[0]?.schema;
  const found = await installed();
  if (found !== undefined) return found;
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
  } catch (error) {
    throw new NotServerBinder(binder.where, schema, { kind: 'no pg_trgm', reason: error instanceof Error ? error.message : String(error) });
  }
  return (await installed()) ?? 'public';
}

/**
 * The two group roles of a binder's team, named after its database and schema (roles are the whole
 * server's, schemas the database's): `crm_<database>_<schema>_team` and `..._managers`, shortened
 * with a hash of the whole name past PostgreSQL's 63 bytes.
 */
export function teamRoles(database: string, schema: string): { team: string; managers: string } {
  const base = `crm_${database}_${schema}`;
  const fits = (suffix: string) => Buffer.byteLength(`${base}_${suffix}`) <= 63;
  const short = fits('managers') ? base : `crm_${createHash('sha256').update(`${database}\0${schema}`).digest('hex').slice(0, 16)}`;
  return { team: `${short}_team`, managers: `${short}_managers` };
}

/**
 * Makes the team's two group roles when they are not there, and lets the one who makes the binder
 * (its admin) grant them. A login without CREATEROLE cannot: said so, with what to ask for.
 */
async function makeTeamRoles(client: pg.Client, binder: ServerBinder, schema: string, roles: { team: string; managers: string }): Promise<void> {
  for (const role of [roles.team, roles.managers]) {
    const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount === 1;
    if (exists) continue;
    try {
      await client.query(`CREATE ROLE ${identifier(role)} NOLOGIN`);
    } catch (error) {
      if ((error as { code?: unknown }).code !== '42501') throw error;
      throw new NotServerBinder(binder.where, schema, { kind: 'no team roles', roles: [roles.team, roles.managers], reason: (error as Error).message });
    }
  }
}
