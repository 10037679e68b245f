// Issue 13, item 3: a store picked by the binder's name, and the commands that need a binder kept
// in a file refusing, in one line, a store that has none (as a server's will not).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/binder/settings.js';
import { backupBinder, checkBinder, keptBackup, restoreBinder } from '../../src/commands/backup.js';
import type { Deps } from '../../src/commands/deps.js';
import { worded } from '../../src/commands/words.js';
import { UserError } from '../../src/errors.js';
import { doctorJson } from '../../src/render/json.js';
import { ServerUnavailable } from '../../src/store/errors.js';
import { openStore, storeKind } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

describe('storeKind', () => {
  it.each([
    ['postgres://anna@db.example.com/crm', 'postgres'],
    ['postgresql://db.example.com:5432/crm', 'postgres'],
    ['PostgreSQL://db.example.com/crm', 'postgres'],
    ['/home/anna/.local/share/crm/binder.db', 'sqlite'],
    ['postgres.db', 'sqlite'],
    ['./postgres://not-a-url', 'sqlite'],
    ['binder-postgresql://x.db', 'sqlite'],
  ] as const)('%s is a %s binder', (target, kind) => {
    expect(storeKind(target)).toBe(kind);
  });

  it('a server is checked before anything else: one not reached is ServerUnavailable, worded as one line, exit 3', async () => {
    // Port 1 on this machine: refused at once, no network needed (a reachable binder is test/e2e/server-init.test.ts's).
    const error = await openStore('postgres://anna:s3cret@127.0.0.1:1/crm', { create: true, write: true }, { now: () => '2026-11-23T09:00:00Z', env: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerUnavailable);
    const said = worded(error) as UserError;
    expect(said).toBeInstanceOf(UserError);
    expect(said.exitCode).toBe(3);
    expect(said.message).toMatch(/^cannot reach the server of the binder \(schema public of database crm on 127\.0\.0\.1:1 as anna\): ECONNREFUSED; check/);
    expect(said.message).not.toContain('s3cret');
  });
});

describe('a store with no file of its own', () => {
  let dir: string;
  let store: Store;
  let deps: Deps;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crm-unit-'));
    const opened = await openStore(join(dir, 'binder.db'), { create: true, write: true }, { now: () => '2026-11-23T09:00:00Z' });
    // The SQLite store with its file part hidden: what a server's store looks like to a command.
    store = new Proxy(opened, { get: (target, key) => (key === 'file' ? undefined : (Reflect.get(target, key, target) as unknown)) });
    deps = { store, today: '2026-11-23', settings: DEFAULT_SETTINGS, now: () => '2026-11-23T09:00:00Z', zone: 'UTC', moment: () => ({ day: '2026-11-23', hour: 9, minute: 0, instant: '2026-11-23T09:00:00Z', zone: 'UTC' }), stdin: Readable.from([]) };
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const refusal = async (run: () => Promise<unknown>) => {
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message).not.toContain('\n');
    return (error as UserError).message;
  };

  it('crm backup and crm restore refuse it in one line, exit 2, naming the command', async () => {
    expect(await refusal(() => backupBinder({}, deps))).toMatch(/^crm backup works on a binder kept in a file; /);
    expect(await refusal(() => backupBinder({ path: join(dir, 'copy.db') }, deps))).toMatch(/^crm backup /);
    expect(await refusal(() => keptBackup(deps, 'before-import'))).toMatch(/^crm backup /);
    expect(await refusal(() => restoreBinder({ from: join(dir, 'copy.db'), yes: true }, deps))).toMatch(/^crm restore works on a binder kept in a file; /);
  });

  it('crm doctor checks what the binder holds, and says the file checks are the server\'s', async () => {
    const result = doctorJson(await checkBinder({ repair: false }, deps));
    const unchecked = ["the file's integrity: the binder is on a PostgreSQL server, which checks and copies its own storage (pg_dump); crm export writes its contents out"];
    expect(result).toEqual({ path: join(dir, 'binder.db'), problems: [], repaired: [], mendable: false, damaged: false, unchecked, onServer: true });
  });
});
