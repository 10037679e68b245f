// A command's binder on a server: the URL read, the server reached, the schema checked to hold a
// binder of this crm's version, and the store returned on that same connection. The check and the
// binder's settings are one query: `crm today` pays for the connection and four queries at most.
import { homedir, userInfo } from 'node:os';
import { isAbsolute } from 'node:path';
import { NotServerBinder } from '../errors.js';
import type { OpenContext, OpenOptions } from '../store.js';
import { connectTo, serverError } from './connect.js';
import { SERVER_SCHEMA_VERSION } from './schema.js';
import { PostgresStore, type OpenedTeam } from './store.js';
import { refuseUnlessCurrent } from './team.js';
import { readServerUrl, whereOf, type ServerBinder } from './url.js';

/** The server binder `target` names, read with the run's environment (PG* variables, ~/.pgpass). */
export function serverBinder(target: string, env: NodeJS.ProcessEnv = process.env): ServerBinder {
  // HOME from the run's environment first: os.homedir() reads the process's, which a run in-process may not share.
  const home = env.HOME && isAbsolute(env.HOME) ? env.HOME : homedir();
  return readServerUrl(target, { env, home, systemUser: systemUser() });
}

/** The system's name for this process's user, as libpq takes it; none when the system has none (a container's uid alone). */
function systemUser(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}

/** What opening reads of every binder: its mark, its version, its schema and its settings. */
const OPENING = `SELECT m.binder, m.version, current_schema() AS schema,
                  (SELECT coalesce(json_agg(json_build_array(key, value) ORDER BY key), '[]') FROM setting) AS settings`;

/** And of a team's (version 9 on): the login acting, their person row, the open handovers they are in. */
const TEAM_OPENING = `, json_build_object(
      'login', current_user,
      'me', (SELECT row_to_json(p) FROM person p WHERE p.login = current_user),
      'names', (SELECT coalesce(json_object_agg(p.login, p.name), '{}') FROM person p),
      'handovers', (SELECT coalesce(json_agg(h ORDER BY h.id), '[]') FROM handover h WHERE h.ended_at IS NULL AND current_user IN (h.owner, h.delegate))) AS team`;

/** SQLSTATE 42P01: a table the query names is not there (no crm_meta: no binder, or another program's schema). */
const UNDEFINED_TABLE = '42P01';

/**
 * Opens the server binder `target` names. Ordinary commands never create or migrate one (crm team
 * init and upgrade do): a schema without a binder, of another program, or of another version is
 * refused, whatever `options.create` says.
 */
export async function openServerStore(target: string, options: OpenOptions, context: OpenContext): Promise<PostgresStore> {
  let binder = serverBinder(target, context.env);
  const client = await connectTo(binder);
  try {
    let found: { binder: string; version: number; schema: string | null; settings: [string, string][]; team?: OpenedTeam } | undefined;
    try {
      // The team's part (who is acting, their handovers) comes in the same round trip; a binder of
      // an older version has no person table, and is read without it, to be refused as older below.
      found = (await client.query(`${OPENING} ${TEAM_OPENING} FROM crm_meta m`)).rows[0];
    } catch (error) {
      if ((error as { code?: unknown }).code !== UNDEFINED_TABLE) throw error;
      try {
        found = (await client.query(`${OPENING} FROM crm_meta m`)).rows[0];
      } catch (again) {
        if ((again as { code?: unknown }).code !== UNDEFINED_TABLE) throw again;
      }
    }
    if (!binder.schemaNamed && found?.schema) binder = { ...binder, schema: found.schema, where: whereOf({ ...binder, schema: found.schema }) };
    if (found?.binder !== 'crm' || found.version !== SERVER_SCHEMA_VERSION) {
      // Said as checkServerBinder says it: no binder, another program's, older or newer.
      if (!binder.schemaNamed && !found) {
        const current = (await client.query<{ schema: string | null }>('SELECT current_schema() AS schema')).rows[0]?.schema;
        if (current) binder = { ...binder, schema: current, where: whereOf({ ...binder, schema: current }) };
      }
      await refuseUnlessCurrent(client, binder, binder.schema);
      throw new NotServerBinder(binder.where, binder.schema, { kind: 'unknown version', version: found?.version ?? 0 });
    }
    return new PostgresStore(client, { binder, write: options.write, settings: found.settings, team: found.team as OpenedTeam });
  } catch (error) {
    await client.end().catch(() => undefined);
    throw serverError(error, binder);
  }
}
