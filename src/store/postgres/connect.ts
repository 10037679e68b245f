// One connection to a server binder, with crm's types and time limits, and the server's failures
// as the store's typed errors (store/errors.ts): a server that cannot be reached, refuses the
// login or takes too long is one line for the user (commands/words.ts), never a stack or a hang.
// This module loads `pg`: only a server binder imports it (store/open.ts, scripts/bundle.mjs).
import pg from 'pg';
import { IdTooLarge, ServerUnavailable, StoreError } from '../errors.js';
import type { ServerBinder } from './url.js';

/** How long crm waits, in milliseconds, before it gives up and says so. */
export interface Limits {
  /** To reach the server and log in (the URL's connect_timeout, when it has one). */
  connect: number;
  /** For a lock another writer holds (a dossier, the crm_meta row): lock_timeout. */
  lock: number;
  /** For one statement: statement_timeout on the server, and a little longer on crm's side (a silent network). */
  statement: number;
}

export const LIMITS: Limits = { connect: 10_000, lock: 10_000, statement: 60_000 };

const DATE = 1082;
const INT8 = 20;

/**
 * crm's type parsers, for its own clients only (pg.types is global, and a library's globals are
 * not crm's to change): a date is 'YYYY-MM-DD' as everywhere in crm, not a Date at local
 * midnight; a bigint (ids, counts) a number, refused past 2^53 rather than rounded.
 */
export const TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (format !== 'binary' && oid === DATE) return (text: string) => text;
    if (format !== 'binary' && oid === INT8) return int8;
    return pg.types.getTypeParser(oid, format);
  },
};

/** A bigint's text as a number, which it must be exactly. */
export function int8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new IdTooLarge(text);
  return value;
}

/** A client connected to `binder`'s server and schema; the caller ends it. Throws ServerUnavailable. */
export async function connectTo(binder: ServerBinder, limits: Limits = LIMITS): Promise<pg.Client> {
  const connect = binder.connectTimeout ? binder.connectTimeout * 1000 : limits.connect;
  const client = new pg.Client({
    host: binder.host,
    port: binder.port,
    user: binder.user,
    database: binder.database,
    // A function, never a string: pg takes an empty string for "none" and reads ~/.pgpass itself, by
    // rules of its own (and warns on stderr). Without one, the login goes without, and a server
    // that wants one refuses it (said as such).
    password: () => binder.password ?? '',
    // Dates as ISO text whatever the server's or the role's DateStyle: the DATE parser passes them on.
    options: [binder.options, '-c DateStyle=ISO'].filter((part) => part !== undefined).join(' '),
    // Always said: left undefined, pg reads PGSSLMODE itself, over what the URL says.
    ssl: binder.sslmode === 'require' ? { rejectUnauthorized: false } : binder.sslmode === 'verify-ca' || binder.sslmode === 'verify-full' ? { rejectUnauthorized: true } : false,
    types: TYPES,
    connectionTimeoutMillis: connect,
    lock_timeout: limits.lock,
    statement_timeout: limits.statement,
    // The server's limit ends a slow statement; this one a network that says nothing at all.
    query_timeout: limits.statement + 5_000,
    keepAlive: true,
    application_name: 'crm',
  });
  // A connection lost while idle is an 'error' event: without a listener it would end the process.
  // The next query fails on its own, and says so.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw serverError(error, binder, 'connect');
  }
  return client;
}

/**
 * Runs `work` in one transaction on `client`: committed when it resolves, rolled back when it
 * throws (what it threw goes on). Retrying on 40001/40P01 is the store's, which knows what a retry may redo.
 */
export async function transaction<T>(client: pg.Client, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNRESET', 'ENOENT', 'EACCES', 'ETIMEDOUT', 'EADDRNOTAVAIL']);

/**
 * What the server (or the way to it) said, as the store's typed error: ServerUnavailable for the
 * known failures, the SQLSTATE of any other. Anything that is not the server's (a bug) is left as it is.
 */
export function serverError(error: unknown, binder: ServerBinder, during: 'connect' | 'query' = 'query'): unknown {
  if (error instanceof StoreError) return error;
  if (!(error instanceof Error)) return error;
  const code = (error as { code?: unknown }).code;
  const failed = (what: ServerUnavailable['what']) => new ServerUnavailable(binder.where, binder.host, what);
  // A connection reset after the login: dropped, not unreachable (a change may or may not have been made).
  if (code === 'ECONNRESET' && during === 'query') return failed({ kind: 'dropped' });
  // The server ended this connection (an administrator's pg_terminate_backend, a shutdown, a crash): dropped as well.
  if ((code === '57P01' || code === '57P02') && during === 'query') return failed({ kind: 'dropped' });
  if (typeof code === 'string' && UNREACHABLE.has(code)) return failed({ kind: 'unreachable', code });
  if (code === '28P01' || code === '28000') return failed({ kind: 'login refused', user: binder.user, reason: error.message });
  if (code === '3D000') return failed({ kind: 'no database', database: binder.database });
  if (code === '55P03') return failed({ kind: 'timeout', during: 'lock' });
  if (code === '57014') return failed({ kind: 'timeout', during: 'statement' });
  // Any other SQLSTATE is the server's own answer, whatever its words (an invalid lock_timeout names "timeout").
  const sqlstate = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && !code.startsWith('E');
  if (sqlstate) return failed({ kind: 'server', sqlstate: code, reason: error.message });
  // pg's own words, which carry no code: its connect and query timeouts, a password it could not send.
  if (/timeout|timed out/i.test(error.message)) return failed({ kind: 'timeout', during: during === 'connect' ? 'connect' : 'statement' });
  // TLS refused or not offered (sslmode=require against a server without it, a certificate not trusted).
  if (/SSL|TLS|certificate/i.test(error.message) || (typeof code === 'string' && /CERT|SSL|TLS/.test(code))) {
    return failed({ kind: 'unreachable', code: `TLS: ${error.message}` });
  }
  if (/password must be a string|SASL|password authentication/i.test(error.message)) return failed({ kind: 'login refused', user: binder.user, reason: 'the server asks for a password' });
  if (/Connection terminated|not queryable|Client was closed/i.test(error.message)) {
    // Closed before the login was done: the way to the server is what failed (no route, a proxy's refusal).
    return failed(during === 'connect' ? { kind: 'unreachable', code: 'the connection was closed before the login' } : { kind: 'dropped' });
  }
  return error;
}
