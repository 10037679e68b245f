#!/usr/bin/env node
// Counts the round trips a crm command makes to a server binder: a TCP proxy between crm and the
// server reads the frontend's messages and counts those that wait for the server's answer, a
// simple Query ('Q') and the Sync ('S') that ends an extended-protocol query (pg sends Parse,
// Bind, Describe, Execute, Sync for each parameterised query and waits for ReadyForQuery); the
// startup packet and password messages are counted apart, as "connect". Each round trip is
// listed with its SQL and how long the server took to answer it (until ReadyForQuery).
//
//   CRM_TODAY=2026-11-23 node bench/round-trips.js --db 'postgres://127.0.0.1:5432/test?options=-csearch_path%3D<schema>' [--json] -- today
//
// Prints "crm today: connect + 3" and the round trips, or with --json one object. Exits with
// crm's exit code. The connection must be plain TCP (the bench's is): a TLS one cannot be read.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The first message's codes that are not a startup packet: the server answers them with one byte ('S' or 'N'). */
const ONE_BYTE_ANSWER = new Set([80877103, 80877104]); // SSLRequest, GSSENCRequest
/** The authentication requests after which the server waits for the client: cleartext, MD5, SASL, SASLContinue. */
const ASKS_CLIENT = new Set([3, 5, 10, 11]);

/**
 * One connection through the proxy: the frontend's messages split and counted, the backend's read
 * for the ReadyForQuery that ends each round trip.
 */
class Connection {
  constructor() {
    this.front = Buffer.alloc(0);
    this.back = Buffer.alloc(0);
    this.started = false;
    this.oneByte = 0;
    /** The round trips this connection made, in order; the connect one first. */
    this.trips = [];
    this.pendingSql = [];
  }

  fromClient(chunk) {
    this.front = Buffer.concat([this.front, chunk]);
    for (;;) {
      if (!this.started) {
        if (this.front.length < 8) return;
        const length = this.front.readInt32BE(0);
        if (this.front.length < length) return;
        const code = this.front.readInt32BE(4);
        this.front = this.front.subarray(length);
        if (ONE_BYTE_ANSWER.has(code)) {
          this.oneByte++;
          this.trips.push({ kind: 'connect', sql: code === 80877103 ? 'SSLRequest' : 'GSSENCRequest', at: performance.now() });
          continue;
        }
        this.started = true;
        this.trips.push({ kind: 'connect', sql: 'startup', at: performance.now() });
        continue;
      }
      if (this.front.length < 5) return;
      const type = String.fromCharCode(this.front[0]);
      const length = this.front.readInt32BE(1);
      if (this.front.length < length + 1) return;
      const body = this.front.subarray(5, length + 1);
      this.front = this.front.subarray(length + 1);
      if (type === 'p') this.trips.push({ kind: 'connect', sql: 'password', at: performance.now() });
      else if (type === 'P') {
        // Parse: statement name, then the query, both NUL-terminated.
        const nameEnd = body.indexOf(0);
        this.pendingSql.push(body.subarray(nameEnd + 1, body.indexOf(0, nameEnd + 1)).toString('utf8'));
      } else if (type === 'Q') this.trips.push({ kind: 'query', sql: body.subarray(0, body.indexOf(0)).toString('utf8'), at: performance.now() });
      else if (type === 'S') {
        this.trips.push({ kind: 'query', sql: this.pendingSql.join('; ') || '(a prepared statement)', at: performance.now() });
        this.pendingSql = [];
      }
    }
  }

  fromServer(chunk) {
    this.back = Buffer.concat([this.back, chunk]);
    for (;;) {
      if (this.oneByte > 0) {
        if (this.back.length < 1) return;
        this.back = this.back.subarray(1);
        this.oneByte--;
        this.answered();
        continue;
      }
      if (this.back.length < 5) return;
      const type = String.fromCharCode(this.back[0]);
      const length = this.back.readInt32BE(1);
      if (this.back.length < length + 1) return;
      const body = this.back.subarray(5, length + 1);
      this.back = this.back.subarray(length + 1);
      // ReadyForQuery ends the login and every query; an authentication request that wants the
      // client's answer (cleartext 3, MD5 5, SASL 10, SASLContinue 11) ends a round trip of the login.
      if (type === 'Z' || (type === 'R' && ASKS_CLIENT.has(body.readInt32BE(0)))) this.answered();
    }
  }

  answered() {
    const trip = this.trips.find((t) => t.ms === undefined);
    if (trip) trip.ms = performance.now() - trip.at;
  }
}

/**
 * Runs `node <argv>` (a script and its arguments: bin/crm.js, a floor) with CRM_DB set to `url`
 * through the proxy; resolves to its exit code, output and the connections' round trips.
 */
export async function countRoundTrips(url, argv, env = process.env) {
  const target = new URL(url);
  const connections = [];
  const proxy = net.createServer((client) => {
    const connection = new Connection();
    connections.push(connection);
    connection.opened = performance.now();
    const server = net.connect({ host: target.hostname || 'localhost', port: Number(target.port || 5432) });
    client.on('data', (chunk) => {
      connection.fromClient(chunk);
      server.write(chunk);
    });
    server.on('data', (chunk) => {
      connection.fromServer(chunk);
      client.write(chunk);
    });
    client.on('close', () => server.end());
    server.on('close', () => client.end());
    client.on('error', () => server.destroy());
    server.on('error', () => client.destroy());
  });
  await new Promise((listening) => proxy.listen(0, '127.0.0.1', listening));
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.address().port);
  const spawned = performance.now();
  const child = spawn(process.execPath, argv, { env: { ...env, CRM_DB: proxied.toString() }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise((exited) => child.on('close', (status) => exited(status ?? 1)));
  const ended = performance.now();
  proxy.close();
  const trips = connections.map((c) => c.trips);
  const all = trips.flat();
  return {
    code,
    stdout,
    stderr,
    connections: connections.length,
    // Where the process's time went: starting up until it connected, and all of it (one run: indicative only).
    startupMs: connections[0] ? Math.round(connections[0].opened - spawned) : null,
    totalMs: Math.round(ended - spawned),
    connect: all.filter((t) => t.kind === 'connect').length,
    queries: all.filter((t) => t.kind === 'query').length,
    trips: all.map(({ kind, sql, ms }) => ({ kind, sql: sql.replace(/\s+/g, ' ').trim(), ms: ms === undefined ? null : Math.round(ms * 100) / 100 })),
  };
}

/** "connect + 3", with the number of connections when it is not one. */
export function describe(result) {
  const connects = result.connections === 1 ? 'connect' : `${result.connections} connects (${result.connect} round trips)`;
  return `${connects} + ${result.queries}`;
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { db: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const url = values.db ?? process.env.CRM_DB;
  if (!url || positionals.length === 0) {
    process.stderr.write('usage: node bench/round-trips.js --db <postgres URL> [--json] -- <crm arguments>\n');
    return 2;
  }
  const result = await countRoundTrips(url, [join(root, 'bin/crm.js'), ...positionals]);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return result.code;
  }
  if (result.code !== 0) process.stderr.write(result.stderr);
  process.stdout.write(`crm ${positionals.join(' ')}: ${describe(result)}; connected ${result.startupMs} ms after the start, ended after ${result.totalMs} ms\n`);
  for (const trip of result.trips) process.stdout.write(`  ${trip.kind === 'connect' ? 'connect' : 'query  '} ${trip.ms === null ? '   ?' : trip.ms.toFixed(2).padStart(6)} ms  ${trip.sql.slice(0, 160)}\n`);
  return result.code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(await main());
