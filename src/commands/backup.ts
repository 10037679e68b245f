// crm backup and crm doctor: a copy of the binder taken while it may be in use, and a check of
// the file and of what crm keeps beside the dossiers (find's index, the filing counts).
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { UserError } from '../errors.js';
import type { Deps } from './deps.js';

/** How many backups the default folder keeps: the oldest beyond these are removed. */
export const KEPT_BACKUPS = 10;

export interface BackupResult {
  path: string;
  size: number;
  /** Older backups removed from the default folder. */
  removed: string[];
}

/**
 * Copies the binder to `path` (a file, or a folder to put it in), else to a `backups` folder
 * beside the binder with the time in its name. Written beside its final name and renamed, and
 * readable by the owner only: a backup holds the same personal data as the binder.
 */
export async function backupBinder(input: { path?: string }, deps: Deps): Promise<BackupResult> {
  const { store } = deps;
  if (!store.exists) throw new UserError(`there is no binder at ${store.path} to back up; name one with --db or CRM_DB`);
  const stamp = deps.now().slice(0, 19).replace(/:/g, '');
  const name = `${basename(store.path, extname(store.path))}-${stamp}.db`;
  const folder = input.path === undefined ? join(dirname(store.path), 'backups') : undefined;
  if (folder !== undefined) mkdirSync(folder, { recursive: true, mode: 0o700 });
  const given = input.path !== undefined && existsSync(input.path) && statSync(input.path).isDirectory() ? join(input.path, name) : input.path;
  const path = given ?? join(folder as string, name);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await store.backup(temporary);
    chmodSync(temporary, 0o600);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UserError(`cannot write the backup ${path} (${code}); check that its folder exists and is yours`);
  }
  const removed = folder === undefined ? [] : rotate(folder, basename(store.path, extname(store.path)));
  return { path, size: statSync(path).size, removed };
}

/** Removes all but the newest KEPT_BACKUPS of this binder's backups in `folder`. */
function rotate(folder: string, binder: string): string[] {
  const ours = readdirSync(folder)
    .filter((file) => file.startsWith(`${binder}-`) && file.endsWith('.db'))
    .sort();
  const removed = ours.slice(0, Math.max(0, ours.length - KEPT_BACKUPS));
  for (const file of removed) rmSync(join(folder, file), { force: true });
  return removed;
}

export interface DoctorResult {
  path: string;
  problems: string[];
}

/** crm doctor: SQLite's integrity check, the foreign keys, find's index and the filing counts. */
export async function checkBinder(deps: Deps): Promise<DoctorResult> {
  if (!deps.store.exists) throw new UserError(`there is no binder at ${deps.store.path} to check; name one with --db or CRM_DB`);
  return { path: deps.store.path, problems: await deps.store.check() };
}
