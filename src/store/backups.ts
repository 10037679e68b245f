// Where the binder's copies go and how they are written: crm backup, and the copies crm takes by
// itself before an upgrade, an import or a restore. The copying itself is the store's (SQLite's
// backup API, or VACUUM INTO); this is the file side of it.
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/** How many copies the backups folder keeps of a binder: the oldest beyond these are removed. */
export const KEPT_BACKUPS = 10;

/** Why crm took a copy by itself; it ends the copy's name. */
export type BackupReason = 'before-upgrade' | 'before-import' | 'before-restore';

/** `binder-2026-11-23T091403.db`, `binder-2026-11-23T091403-before-import.db`: names sort by time. */
export function backupFileName(binderPath: string, now: string, reason?: BackupReason): string {
  return `${binderName(binderPath)}-${now.slice(0, 19).replace(/:/g, '')}${reason ? `-${reason}` : ''}.db`;
}

/** A new path in the `backups` folder beside the binder, made owner-only if missing. */
export function backupPathFor(binderPath: string, now: string, reason?: BackupReason): string {
  const folder = join(dirname(binderPath), 'backups');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const name = backupFileName(binderPath, now, reason);
  // Two copies in the same second (an import right after a backup) must not overwrite each other.
  let path = join(folder, name);
  for (let n = 2; existsSync(path); n++) path = join(folder, name.replace(/\.db$/, `-${n}.db`));
  return path;
}

/**
 * Writes a copy through `copy(temporary)` beside `path` and renames it into place, owner-only: a
 * copy holds the same personal data as the binder, and a half-written one never has its name.
 */
export async function writeCopy(path: string, copy: (temporary: string) => unknown): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await copy(temporary);
    chmodSync(temporary, 0o600);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Takes a copy into the backups folder beside the binder through `copy`, then removes the oldest
 * beyond KEPT_BACKUPS. Returns the copy's path and the names removed.
 */
export async function keepCopy(binderPath: string, now: string, reason: BackupReason | undefined, copy: (temporary: string) => unknown): Promise<{ path: string; removed: string[] }> {
  const path = backupPathFor(binderPath, now, reason);
  await writeCopy(path, copy);
  return { path, removed: rotateBackups(binderPath) };
}

/** Removes all but the newest KEPT_BACKUPS of this binder's copies in its backups folder. */
export function rotateBackups(binderPath: string): string[] {
  const folder = join(dirname(binderPath), 'backups');
  // Only this binder's copies: another binder (binder-work.db) may keep its copies here too.
  const name = binderName(binderPath);
  const ours = readdirSync(folder)
    .filter((file) => file.startsWith(`${name}-`) && /^\d{4}-\d\d-\d\dT\d{6}(-[a-z-]+)?(-\d+)?\.db$/.test(file.slice(name.length + 1)))
    .sort();
  const removed = ours.slice(0, Math.max(0, ours.length - KEPT_BACKUPS)).map((file) => join(folder, file));
  for (const file of removed) rmSync(file, { force: true });
  // A copy half written by a crm that was killed (and SQLite's journal of it): its process is gone,
  // and so is its use.
  for (const file of readdirSync(folder)) {
    const writer = /^\..+\.(\d+)\.tmp(-journal|-wal|-shm)?$/.exec(file)?.[1];
    if (file.startsWith(`.${name}-`) && writer !== undefined && !alive(Number(writer))) rmSync(join(folder, file), { force: true });
  }
  return removed.map((file) => basename(file));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function binderName(binderPath: string): string {
  return basename(binderPath, extname(binderPath));
}
