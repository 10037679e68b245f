// A team's binder on the test server for the team's e2e tests (issue 16): a schema of its own, made
// by `crm team init` as the server's admin (root), with real login roles added by `crm team add`
// (each name with a suffix of the run: roles are the whole server's), and all of it dropped after:
// the schema, the logins, and the team's two group roles.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { teamRoles } from '../../src/store/postgres/team.js';
import { crmWith } from './cli.js';
import { dropSchema, newSchema, psql, SERVER } from './server-binder.js';

export interface TeamBinder {
  schema: string;
  /** The binder's URL, as its admin (root). */
  url: string;
  /** A person's login: `anna` is anna_<suffix>. */
  login(name: string): string;
  /** The binder's URL as `login` connects. */
  as(login: string): string;
  /** A home folder of the binder's own, made by open(). */
  home(): string;
  /** Makes the binder and adds the people (`manager: true` for a manager), as root, on `today`. */
  open(people: { name: string; fullName: string; manager?: boolean }[], today: string): void;
  /** Drops the schema, the logins added and the team's roles, and the home folder. */
  close(): void;
}

export function teamBinder(): TeamBinder {
  const { schema, url } = newSchema();
  const { team, managers } = teamRoles(new URL(SERVER).pathname.slice(1), schema);
  const suffix = randomBytes(4).toString('hex');
  const added: string[] = [];
  let home: string | undefined;
  const login = (name: string) => `${name}_${suffix}`;
  const as = (who: string) => {
    const named = new URL(url);
    named.username = who;
    return named.toString();
  };
  const asRoot = (args: string[], today: string) => {
    const result = crmWith(args, { PATH: process.env.PATH, HOME: home, CRM_DB: url, CRM_TODAY: today, TZ: process.env.TZ });
    if (result.code !== 0 || result.stderr !== '') throw new Error(`crm ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  };
  return {
    schema,
    url,
    login,
    as,
    home: () => {
      if (home === undefined) throw new Error('the team binder is not open');
      return home;
    },
    open(people, today) {
      home = mkdtempSync(join(tmpdir(), 'crm-team-'));
      asRoot(['team', 'init'], today);
      for (const person of people) {
        asRoot(['team', 'add', login(person.name), '--name', person.fullName, ...(person.manager ? ['--manager'] : [])], today);
        added.push(login(person.name));
      }
    },
    close() {
      try {
        // The schema first: the grants on its tables are what would keep the roles from being dropped.
        dropSchema(schema);
      } finally {
        psql(`DROP ROLE IF EXISTS ${[...added, team, managers].map((role) => `"${role}"`).join(', ')}`);
        if (home !== undefined) rmSync(home, { recursive: true, force: true });
      }
    },
  };
}
