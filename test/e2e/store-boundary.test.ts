// Issue 13, items 3 and 6(d): the binder a command names picks its store, a server's is refused
// until crm has that store, and a command that only reads opens the binder only to read.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, tempBinder, type Binder } from './cli.js';
import { ON_SERVER } from './server-binder.js';
import { ok, refused, seed } from './support.js';

let binder: Binder;
beforeEach(() => {
  binder = tempBinder('2026-11-23');
});
afterEach(() => binder.remove());

// A server binder is checked first (its store is still to come: test/e2e/server-init.test.ts has a
// reachable one). Port 1 of this machine refuses at once, with no network.
const SERVER = /^crm: cannot reach the server of the binder \(schema public of database crm on 127\.0\.0\.1:1 as \w+\): ECONNREFUSED; check that the server runs and that the host and port in --db or CRM_DB are right\n$/;

describe('a binder on a PostgreSQL server', () => {
  it.each([
    ['--db', 'postgres://anna:s3cret@127.0.0.1:1/crm'],
    ['--db', 'postgresql://127.0.0.1:1/crm?password=s3cret'],
    ['CRM_DB', 'POSTGRES://anna:s3cret@127.0.0.1:1/crm'],
  ])('named by %s %s: refused in one line, exit 3, the password not repeated, nothing made', (how, url) => {
    for (const args of [['today'], ['file', 'acme', '8', '--name', 'Acme Ltd'], ['backup'], ['doctor']]) {
      const result = how === '--db' ? refused(binder, ['--db', url, ...args], { code: 3 }) : refused(binder, args, { env: { CRM_DB: url }, code: 3 });
      expect(result.stderr).toMatch(SERVER);
      expect(result.stderr).not.toContain('s3cret');
    }
    expect(readdirSync(binder.dir), 'nothing is made in the home folder').toEqual([]);
  });

  it('a file whose name merely starts with postgres is a binder file as ever', () => {
    const db = `${binder.dir}/postgres.db`;
    ok(binder, ['--db', db, 'file', 'acme', '8', '--name', 'Acme Ltd']);
    expect(ok(binder, ['--db', db, 'today'])).toContain('nothing in today');
  });
});

describe('a command that only reads', () => {
  const sha = () => createHash('sha256').update(readFileSync(binder.db)).digest('hex');
  /** The binder's journal mode, as SQLite reads it from the file. */
  const journal = () => openDatabase(binder.db, { readonly: true }).prepare('PRAGMA journal_mode').pluck().get();

  // SQLite's journal mode and the file's bytes: a server binder has neither (the reads below are checked on a server in the next test).
  it.skipIf(ON_SERVER)('leaves a binder in another journal mode byte for byte as it was; the first change puts it in WAL mode', () => {
    seed(binder, 'acme', '23', 'Anna Nowak');
    // As a binder copied by a tool that rewrote it, or made by a crm before WAL mode.
    const db = openDatabase(binder.db);
    db.exec('PRAGMA journal_mode = DELETE');
    db.close();
    const bytes = sha();
    for (const args of [['today'], ['show', 'acme'], ['find', 'anna'], ['binder'], ['changes'], ['doctor'], ['export']]) {
      ok(binder, args);
      expect(sha(), `crm ${args.join(' ')} wrote to the binder`).toBe(bytes);
    }
    expect(journal()).toBe('delete');
    ok(binder, ['log', 'acme', '--note', 'Called', '--next', 'fri']);
    expect(journal()).toBe('wal');
  });

  it.runIf(ON_SERVER)('leaves a server binder row for row as it was', () => {
    seed(binder, 'acme', '23', 'Anna Nowak');
    const rows = binder.dump();
    for (const args of [['today'], ['show', 'acme'], ['find', 'anna'], ['binder'], ['changes'], ['doctor'], ['export']]) {
      ok(binder, args);
      expect(binder.dump(), `crm ${args.join(' ')} wrote to the binder`).toBe(rows);
    }
    ok(binder, ['log', 'acme', '--note', 'Called', '--next', 'fri']);
    expect(binder.dump()).not.toBe(rows);
  });
});
