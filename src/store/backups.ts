// Where the binder's copies go and how they are written: crm backup, and the copies crm takes by
// itself before an upgrade, an import or a restore. The copying itself is the store's (SQLite's
// backup API, or VACUUM INTO); this is the file side of it.
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { UnsafeBackups } from './errors.js';

/** How many copies the backups folder keeps of a binder: the oldest beyond these are removed. */
export const KEPT_BACKUPS = 10;

/**
 * Why crm took a copy by itself; it ends the copy's name. `before-restore-damaged`: the binder a
 * restore replaced was damaged, so its copy is never the one to suggest restoring.
 */
export type BackupReason = 'before-upgrade' | 'before-import' | 'before-restore' | 'before-restore-damaged';

/** `binder-2026-11-23T091403.db`, `binder-2026-11-23T091403-before-import.db`: names sort by time. */
export function backupFileName(binderPath: string, now: string, reason?: BackupReason): string {
  return `${binderName(binderPath)}-${now.slice(0, 19).replace(/:/g, '')}${reason ? `-${reason}` : ''}.db`;
}

/** The `backups` folder beside the binder. */
export function backupsFolder(binderPath: string): string {
  return join(dirname(binderPath), 'backups');
}

/**
 * A new path in the `backups` folder beside the binder, made owner-only if missing. A folder that
 * is there already is used only when it is a real folder of this user's that nobody else may read
 * or write: the copies hold everything the binder does, and one planted by another user would be
 * theirs to read (or to swap a copy in).
 */
export function backupPathFor(binderPath: string, now: string, reason?: BackupReason): string {
  const folder = backupsFolder(binderPath);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const info = lstatSync(folder);
  const mine = process.getuid?.();
  if (!info.isDirectory()) throw new UnsafeBackups(folder, { kind: info.isSymbolicLink() ? 'symbolic link' : 'not a folder' });
  if (mine !== undefined && info.uid !== mine) throw new UnsafeBackups(folder, { kind: 'another user', uid: info.uid });
  if ((info.mode & 0o077) !== 0) throw new UnsafeBackups(folder, { kind: 'open to others', mode: info.mode & 0o777 });
  const name = backupFileName(binderPath, now, reason);
  // Two copies in the same second (an import right after a backup) must not overwrite each other.
  let path = join(folder, name);
  for (let n = 2; existsSync(path); n++) path = join(folder, name.replace(/\.db$/, `-${n}.db`));
  return path;
}

/**
 * Writes a copy through `copy(temporary)` beside `path` and renames it into place. The temporary
 * file is created owner-only before a byte is copied into it (a copy holds the same personal data
 * as the binder; SQLite would create it 0644 and SQLite's journal of it takes its mode), and anew
 * (`wx`: never a file or link somebody put there). A half-written copy never has its name.
 */
export async function writeCopy(path: string, copy: (temporary: string) => unknown): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let created = false;
  try {
    closeSync(openSync(temporary, 'wx', 0o600));
    created = true;
    await copy(temporary);
    renameSync(temporary, path);
  } catch (error) {
    if (created) rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Takes a copy into the backups folder beside the binder through `copy`, then removes the oldest
 * beyond KEPT_BACKUPS, never the copy just taken. Returns the copy's path and the names removed.
 */
export async function keepCopy(binderPath: string, now: string, reason: BackupReason | undefined, copy: (temporary: string) => unknown): Promise<{ path: string; removed: string[] }> {
  const path = backupPathFor(binderPath, now, reason);
  await writeCopy(path, copy);
  return { path, removed: rotateBackups(binderPath, path) };
}

/** This binder's copies in its backups folder, oldest first (their names sort by time). */
function keptCopies(binderPath: string): string[] {
  const folder = backupsFolder(binderPath);
  if (!existsSync(folder)) return [];
  // Only this binder's copies: another binder (binder-work.db) may keep its copies here too.
  const name = binderName(binderPath);
  return readdirSync(folder)
    .filter((file) => file.startsWith(`${name}-`) && COPY_NAME.test(file.slice(name.length + 1)))
    .sort((a, b) => byTaken(a.slice(name.length + 1), b.slice(name.length + 1)));
}

/** A copy's name after the binder's: its time to the second, why it was taken, its number within that second. */
const COPY_NAME = /^(\d{4}-\d\d-\d\dT\d{6})(-[a-z-]+)?(?:-(\d+))?\.db$/;

/**
 * Oldest first: by the second it was taken, then by its number in that second (the first has
 * none). Plain text order put "-10" before "-2", and "-2" before the first, so an eleventh copy in
 * one second (imports a script runs back to back) rotated out the wrong ones.
 */
function byTaken(a: string, b: string): number {
  const [, timeA = '', , nA = '1'] = COPY_NAME.exec(a) ?? [];
  const [, timeB = '', , nB = '1'] = COPY_NAME.exec(b) ?? [];
  return timeA < timeB ? -1 : timeA > timeB ? 1 : Number(nA) - Number(nB) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The newest copy of the binder in its backups folder worth restoring (not a damaged binder's), if any. */
export function newestCopy(binderPath: string): string | undefined {
  try {
    const sound = keptCopies(binderPath).filter((file) => !/-before-restore-damaged(-\d+)?\.db$/.test(file));
    const newest = sound[sound.length - 1];
    return newest === undefined ? undefined : join(backupsFolder(binderPath), newest);
  } catch {
    return undefined; // a folder crm cannot read has no copy to offer
  }
}

/**
 * Removes all but the newest KEPT_BACKUPS of this binder's copies in its backups folder. `taken`,
 * the copy just made, is kept whatever its name says: with CRM_TODAY in the past it sorts oldest.
 */
export function rotateBackups(binderPath: string, taken: string): string[] {
  const folder = backupsFolder(binderPath);
  const others = keptCopies(binderPath).filter((file) => file !== basename(taken));
  const removed = others.slice(0, Math.max(0, others.length - (KEPT_BACKUPS - 1))).map((file) => join(folder, file));
  for (const file of removed) rmSync(file, { force: true });
  // A copy half written by a crm that was killed (and SQLite's journal of it): its process is gone,
  // and so is its use.
  const name = binderName(binderPath);
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
