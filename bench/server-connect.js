// How the server floors (floor-server.js, floor-write-server.js) connect: with the options crm's
// connectTo gives its own clients (src/store/postgres/connect.ts): the URL's options with
// DateStyle=ISO, dates as text, bigints as numbers, crm's lock, statement and query time limits
// sent with the login, no TLS. The URL is read for the parts a bench URL has (host, port, user,
// password, database, options), with libpq's PG* fallbacks.
import os from 'node:os';
import { URL } from 'node:url';
import pg from 'pg';

/** A connected client for `url`; the caller ends it. */
export async function connect(url) {
  const parsed = new URL(url);
  const options = parsed.searchParams.get('options');
  const client = new pg.Client({
    host: parsed.hostname || 'localhost',
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username) || process.env.PGUSER || os.userInfo().username,
    password: () => decodeURIComponent(parsed.password) || process.env.PGPASSWORD || '',
    database: decodeURIComponent(parsed.pathname.slice(1)) || process.env.PGDATABASE,
    options: [options, '-c DateStyle=ISO'].filter(Boolean).join(' '),
    ssl: false,
    types: {
      getTypeParser: (oid, format) => (format !== 'binary' && oid === 1082 ? (text) => text : format !== 'binary' && oid === 20 ? Number : pg.types.getTypeParser(oid, format)),
    },
    connectionTimeoutMillis: 10_000,
    lock_timeout: 10_000,
    statement_timeout: 60_000,
    query_timeout: 65_000,
    keepAlive: true,
    application_name: 'crm',
  });
  await client.connect();
  return client;
}
