// The backups folder's copies in the order they were taken, whatever their names sort as text.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { newestCopy, rotateBackups } from '../../src/store/backups.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crm-backups-'));
  mkdirSync(join(dir, 'backups'), { mode: 0o700 });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Twelve copies taken in one second (a script's imports back to back): the first has no number. */
function twelveInOneSecond(): string[] {
  const names = ['binder-2026-11-23T091403-before-import.db', ...Array.from({ length: 11 }, (_, i) => `binder-2026-11-23T091403-before-import-${i + 2}.db`)];
  for (const name of names) writeFileSync(join(dir, 'backups', name), '');
  return names;
}

it('the newest copy of a second is its highest number, not the one that sorts last as text', () => {
  twelveInOneSecond();
  writeFileSync(join(dir, 'backups', 'binder-2026-11-23T091402.db'), '');
  expect(newestCopy(join(dir, 'binder.db'))).toBe(join(dir, 'backups', 'binder-2026-11-23T091403-before-import-12.db'));
});

it('rotation keeps the newest ten taken, the first of the second (no number) and -2 going first', () => {
  const names = twelveInOneSecond();
  const taken = names[11] as string;
  const removed = rotateBackups(join(dir, 'binder.db'), join(dir, 'backups', taken));
  expect(removed.map((path) => basename(path))).toEqual(names.slice(0, 2));
  expect(readdirSync(join(dir, 'backups')).sort()).toEqual(names.slice(2).sort());
});
