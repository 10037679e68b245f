// The people of a team's binder: each a login role of the server, granted the team's role (and a
// manager the managers' role), with a row in `person`. Adding one makes their login when it is not
// there and the acting login may (managed servers often forbid it: then an existing role is taken).
import type pg from 'pg';
import { UserError } from '../../errors.js';
import { messages } from '../../i18n/catalogue.js';
import { store } from '../../i18n/en/store.js';
import { identifier } from './schema.js';

/** What adding a person did. */
export interface Added {
  /** Their login role was made (it was not on the server). */
  roleMade: boolean;
  /** They had left the team, and are back (their history was always theirs). */
  back: boolean;
}

const say = messages('store', store);

/** SQLSTATE 42501: insufficient privilege. */
const NOT_ALLOWED = '42501';

/**
 * Adds `person` to the team in one transaction (on `client`, which is in none): their login role
 * made when missing, the team's roles granted, their person row written (or brought back).
 */
export async function addPerson(
  client: pg.Client,
  roles: { team: string; managers: string },
  person: { login: string; name: string; role: 'rep' | 'manager' },
  at: string,
): Promise<Added> {
  await client.query('BEGIN');
  try {
    const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [person.login])).rowCount === 1;
    if (!exists) {
      try {
        await client.query(`CREATE ROLE ${identifier(person.login)} LOGIN`);
      } catch (error) {
        if ((error as { code?: unknown }).code !== NOT_ALLOWED) throw error;
        throw new UserError(say().people.noLogin({ login: person.login, create: `CREATE ROLE ${identifier(person.login)} LOGIN` }));
      }
    }
    const manager = person.role === 'manager';
    try {
      // A manager may add people in turn: the team's role (and the managers') with its admin option.
      await client.query(`GRANT ${identifier(roles.team)} TO ${identifier(person.login)}${manager ? ' WITH ADMIN OPTION' : ''}`);
      if (manager) await client.query(`GRANT ${identifier(roles.managers)} TO ${identifier(person.login)} WITH ADMIN OPTION`);
    } catch (error) {
      if ((error as { code?: unknown }).code !== NOT_ALLOWED) throw error;
      throw new UserError(say().people.mayNotGrant({ roles: manager ? [roles.team, roles.managers] : [roles.team], login: person.login }));
    }
    const written = await client.query<{ back: boolean }>(
      `INSERT INTO person (login, name, role, added_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (login) DO UPDATE SET name = excluded.name, role = excluded.role, removed_at = NULL, removed_to = NULL
        WHERE person.removed_at IS NOT NULL
       RETURNING (added_at <> $4) AS back`,
      [person.login, person.name, person.role, at],
    );
    if (written.rowCount !== 1) throw new UserError(say().people.already({ login: person.login }));
    await client.query('COMMIT');
    return { roleMade: !exists, back: written.rows[0]?.back ?? false };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
