#!/usr/bin/env node
// The floor for reads on a server binder: the least a program can do to print today's stack from
// PostgreSQL. Node and pg only; connects as crm does (src/store/postgres/connect.ts: the URL's
// options with DateStyle=ISO, dates as text, bigints as numbers, crm's time limits sent with the
// login, no TLS) and runs one query, the stack (filed on or before today, overdue included) with
// each dossier's last conversation and offer, by the SQL crm's store runs, as floor.js does on
// SQLite; one line each. Connect + 1 round trip.
// CRM_DB names the binder (a postgres:// URL), CRM_TODAY the day.
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import tls from 'node:tls';
import { fileURLToPath, URL } from 'node:url';

// pg's lib/stream.js, as crm's bundle replaces it (scripts/pg-stream.mjs): pg's own makes a
// `new Response()` at load to ask whether it runs in a Cloudflare Worker where Node has no
// navigator (Node 20), which loads undici (~45 ms): a cost crm does not pay, nor may its floor.
const require = createRequire(import.meta.url);
const stream = require.resolve('pg/lib/stream.js');
require.cache[stream] = { id: stream, filename: stream, loaded: true, exports: { getStream: () => new net.Socket(), getSecureStream: (options) => tls.connect(options) } };
const pg = require('pg');

/** A client for `url` with the options crm's connectTo gives its own (read as libpq would, for the parts a bench URL has). */
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

/**
 * Today's stack by the query crm's store runs for it (SELECT_DOSSIER of src/store/rows.ts and
 * filedBetween of src/store/postgres/store.ts, written out): the last conversation and the last
 * offer of each dossier by the partial indexes entry_conversation and entry_offer. PostgreSQL has
 * no year 0: "since ever" is 0001-01-01, as the store has it.
 */
export const STACK = `
  SELECT d.id, d.handle, d.name, d.position, d.company, d.phone, d.email, d.notes, d.priority, d.address, d.pronunciation, d.preferences, d.stage, d.tags, d.cadence, d.phones, d.emails,
         d.filed_on, d.filed_at, d.created_at,
         t.at AS last_at, t.kind AS last_kind, t.note AS last_note, t.outcome AS last_outcome,
         (SELECT o.offer FROM entry o
           WHERE o.dossier_id = d.id AND o.offer IS NOT NULL ORDER BY o.id DESC LIMIT 1) AS offer
    FROM dossier d
    LEFT JOIN entry t ON t.id =
         (SELECT c.id FROM entry c
           WHERE c.dossier_id = d.id AND c.kind IN ('call', 'meeting', 'email', 'note')
           ORDER BY c.id DESC LIMIT 1)
   WHERE d.filed_on BETWEEN $1 AND $2 ORDER BY d.filed_on, d.handle`;

async function main() {
  const url = process.env.CRM_DB;
  const today = process.env.CRM_TODAY || new Date().toISOString().slice(0, 10);
  if (!url) {
    process.stderr.write('floor-server: set CRM_DB to the server binder (postgres://...)\n');
    return 2;
  }
  const client = await connect(url);
  const { rows } = await client.query(STACK, ['0001-01-01', today]);
  let out = '';
  for (const d of rows) {
    const last = d.last_at ? `${d.last_at.slice(0, 10)} ${d.last_kind}: ${d.last_note ?? ''}${d.last_outcome ? ` -> ${d.last_outcome}` : ''}` : 'no conversation yet';
    out += `${d.filed_on} ${d.priority} ${d.handle}  ${d.name}${d.company ? ` · ${d.company}` : ''}  ${d.phone ?? ''}  ${last}${d.offer ? `  offer: ${d.offer}` : ''}\n`;
  }
  await client.end(); // as crm ends it
  process.stdout.write(out);
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(await main());
