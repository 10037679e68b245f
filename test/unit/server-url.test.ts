// A server binder's URL read as libpq reads it (store/postgres/url.ts): its parts, the schema of
// its search_path, the password from the URL, PGPASSWORD or the password file, and a `where`
// that never holds the password.
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BadServerUrl } from '../../src/store/errors.js';
import { readServerUrl, withoutPassword } from '../../src/store/postgres/url.js';

const home = mkdtempSync(join(tmpdir(), 'crm-pgpass-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
// No PG* variables of the machine running the tests, and a home of the test's own.
const plain = { env: { USER: 'ola' }, home };

describe('readServerUrl: the parts', () => {
  it.each([
    ['postgres://127.0.0.1:5432/test', { host: '127.0.0.1', port: 5432, user: 'ola', database: 'test', schema: 'public' }],
    ['postgresql://alice@db.example.com/crm', { host: 'db.example.com', port: 5432, user: 'alice', database: 'crm', schema: 'public' }],
    ['postgres://alice@db:6543', { host: 'db', port: 6543, user: 'alice', database: 'alice', schema: 'public' }],
    ['postgres://', { host: 'localhost', port: 5432, user: 'ola', database: 'ola', schema: 'public' }],
    ['postgres://[::1]:5433/test', { host: '::1', port: 5433, database: 'test' }],
    ['postgres://h/test?options=-csearch_path%3Dteam_a', { schema: 'team_a', options: '-csearch_path=team_a' }],
    ['postgres://h/test?options=-c%20search_path%3DTeam', { schema: 'team' }],
    ['postgres://h/test?options=-c%20search_path%3D%22Team%5C%20B%22', { schema: 'Team B' }],
    ['postgres://h/test?options=--search_path%3Dsales,public', { schema: 'sales' }],
    ['postgres://h/test?options=-c%20statement_timeout%3D5s', { schema: 'public' }],
    ['postgres:///test?host=/var/run/postgresql', { host: '/var/run/postgresql', database: 'test' }],
    ['postgres://%2Fvar%2Frun%2Fpostgresql/test', { host: '/var/run/postgresql', database: 'test' }],
    ['postgres://h/test?user=bob&port=7000&dbname=other', { user: 'bob', port: 7000, database: 'other' }],
    ['postgres://j%40s@h/d%20b', { user: 'j@s', database: 'd b' }],
  ])('%s', (url, parts) => {
    expect(readServerUrl(url, plain)).toMatchObject(parts);
  });

  it('reads connect_timeout and sslmode', () => {
    expect(readServerUrl('postgres://h/d?connect_timeout=3&sslmode=require', plain)).toMatchObject({ connectTimeout: 3, sslmode: 'require' });
  });

  it('says which URL it refused, without its password', () => {
    expect(() => readServerUrl('postgres://u:hunter2@h:0/d', plain)).toThrow('postgres://u@h:0/d is not');
    expect(() => readServerUrl('postgres://u:hunter2@h:0/d', plain)).not.toThrow('hunter2');
  });

  it('takes what the URL leaves out from PGHOST, PGPORT, PGUSER and PGDATABASE', () => {
    expect(readServerUrl('postgres://', { env: { PGHOST: 'pg', PGPORT: '6000', PGUSER: 'u', PGDATABASE: 'd' }, home })).toMatchObject({ host: 'pg', port: 6000, user: 'u', database: 'd' });
  });

  it.each([
    ['mysql://h/d', 'postgres://'],
    ['postgres://h:99999/d', 'port "99999"'],
    ['postgres://h:five/d', 'port "five"'],
    ['postgres://h/d?sslmod=require', 'parameter "sslmod"'],
    ['postgres://h/d?options', 'no value'],
    ['postgres://h/d%zz', '%'],
    ['postgres://a,b/d', 'several hosts'],
    ['postgres://h/d?options=-csearch_path%3D', 'no schema'],
    ['postgres://h/d?connect_timeout=soon', 'connect_timeout "soon"'],
    ['postgres://h/d?sslmode=sure', 'sslmode "sure"'],
  ])('refuses %s', (url, said) => {
    expect(() => readServerUrl(url, plain)).toThrow(BadServerUrl);
    expect(() => readServerUrl(url, plain)).toThrow(said);
  });
});

describe('readServerUrl: the password, never shown', () => {
  const pgpass = (name: string, text: string, mode: number) => {
    const file = join(home, name);
    writeFileSync(file, text);
    chmodSync(file, mode);
    return file;
  };

  it.each([
    ['postgres://alice:s3cr%3At@h/d', {}, 's3cr:t'],
    ['postgres://alice@h/d?password=p%26q', {}, 'p&q'],
    ['postgres://alice@h/d', { PGPASSWORD: 'from-env' }, 'from-env'],
    ['postgres://alice:in-url@h/d', { PGPASSWORD: 'from-env' }, 'in-url'],
    ['postgres://alice@h/d', {}, undefined],
  ])('%s with %j: %s', (url, env, password) => {
    const binder = readServerUrl(url, { env: { ...env, PGPASSFILE: join(home, 'none') }, home });
    expect(binder.password).toBe(password);
    if (password) {
      expect(binder.where).not.toContain(password);
      expect(binder.url).not.toContain(password);
      expect(binder.url).not.toContain(encodeURIComponent(password));
    }
  });

  it.each([
    // host:port:database:user:password, first match wins, * any, \: a colon
    ['h:5432:d:alice:first\nh:5432:d:alice:second\n', 'first'],
    ['# a comment\nother:5432:d:alice:no\n*:*:*:alice:any\n', 'any'],
    ['h:5433:d:alice:wrong-port\nh:*:d:bob:wrong-user\n', undefined],
    ['h:5432:d:alice:with\\:colon\n', 'with:colon'],
  ])('the password file %j gives %s', (text, password) => {
    const file = pgpass('pgpass-ok', text, 0o600);
    expect(readServerUrl('postgres://alice@h/d', { env: { PGPASSFILE: file }, home }).password).toBe(password);
  });

  it('reads ~/.pgpass when PGPASSFILE is not set, and a socket is host localhost in it', () => {
    pgpass('.pgpass', 'localhost:5432:d:alice:by-socket\n', 0o600);
    expect(readServerUrl('postgres:///d?host=/run/pg&user=alice', { env: {}, home }).password).toBe('by-socket');
  });

  it('ignores a password file others may read, as libpq does', () => {
    const file = pgpass('pgpass-open', 'h:5432:d:alice:seen-by-all\n', 0o644);
    expect(readServerUrl('postgres://alice@h/d', { env: { PGPASSFILE: file }, home }).password).toBeUndefined();
  });
});

describe('where and url', () => {
  it('say where the binder is, without the password', () => {
    const binder = readServerUrl('postgres://alice:hunter2@db:6543/crm?password=x&options=-csearch_path%3Dteam', plain);
    expect(binder.where).toBe('schema team of database crm on db:6543 as alice');
    expect(binder.url).toBe('postgres://alice@db:6543/crm?options=-csearch_path%3Dteam');
    expect(withoutPassword('postgresql://u:p@h')).toBe('postgresql://u@h');
    expect(readServerUrl('postgres:///d?host=/run/pg', plain).where).toBe('schema public of database d on the socket in /run/pg as ola');
  });

  // Found in review: a password holding / or ?, or named by an encoded key, was printed.
  it.each([
    ['postgres://u:pa/ss@h/db', 'postgres://u@h/db'],
    ['postgres://u:p?ss@host/db', 'postgres://u@host/db'],
    ['postgres://u:p@ss@host/db', 'postgres://u@host/db'],
    ['postgres://h/db?pass%77ord=TopSecret&x=1', 'postgres://h/db?x=1'],
    ['postgres://h/db?PASSWORD=TopSecret', 'postgres://h/db'],
  ])('%s is shown as %s', (url, shown) => {
    expect(withoutPassword(url)).toBe(shown);
  });

  it('a URL refused for a password holding / or ? quotes none of it', () => {
    for (const url of ['postgres://u:pa/ss@h/db', 'postgres://u:p?ss@host/db']) {
      expect(() => readServerUrl(url, plain)).toThrow('an @ comes after the host');
      expect(() => readServerUrl(url, plain)).not.toThrow(/"pa"|pa\/ss|p\?ss/);
    }
  });
});
