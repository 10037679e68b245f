// Where a binder on a server is, for the user's eyes: `schema s of database d on host:port as user`.
// The store names it once, in English (store/postgres/url.ts): the name a script reads, the same
// bytes in every language (crm config --json's "binder", crm whoami --json's and crm team init
// --json's "where"). What crm prints for a person says it in the run's language: whereSaid() finds
// the place the name was made from. A binder's file, or a name not made here, is shown as it is.
import { messages } from './catalogue.js';
import { team as english } from './en/team.js';

/** The parts of a server binder's URL that say where it is (never the password). */
export interface ServerPlace {
  schema: string;
  database: string;
  /** A host name or address, or a folder holding the server's Unix socket (starts with '/'). */
  host: string;
  port: number;
  user: string;
}

const say = messages('team', english);

// Each name made, with its place: a name is the same text for the same place, in any run.
const NAMED = new Map<string, ServerPlace>();

function said(m: typeof english, { schema, database, host, port, user }: ServerPlace): string {
  const server = host.startsWith('/') ? m.socket({ folder: host }) : `${host.includes(':') ? `[${host}]` : host}:${port}`;
  return m.where({ schema, database, server, user });
}

/** A server binder's name, in English: what --json prints. */
export function serverWhere(place: ServerPlace): string {
  const name = said(english, place);
  NAMED.set(name, { ...place });
  return name;
}

/** Where a binder is (its file, or serverWhere's name of a server binder) in the run's language. */
export function whereSaid(where: string): string {
  const place = NAMED.get(where);
  return place ? said(say(), place) : where;
}
