// crm backup, crm restore and crm doctor: a copy of the binder taken while it may be in use, a
// copy put back, and a check of the file and of what it holds.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { upkeep as english } from '../i18n/en/upkeep.js';
import { backupFileName, backupsFolder, keepCopy, writeCopy, type BackupReason } from '../store/backups.js';
import { StoreError, type ReadOnlyWhy } from '../store/errors.js';
import type { FileMaintenance, Finding, Problem } from '../store/store.js';
import type { Deps } from './deps.js';
import { needsFile } from './words.js';

const say = messages('upkeep', english);

/** The binder's file, for what only a binder kept in one file can do; refused in one line for a server's. */
function binderFile(deps: Deps, command: string): FileMaintenance {
  const { file } = deps.store;
  if (!file) throw needsFile(command);
  return file;
}

export interface BackupResult {
  path: string;
  size: number;
  /** Older backups removed from the default folder. */
  removed: string[];
}

/**
 * Copies the binder to `path` (a file, or a folder to put it in), else to a `backups` folder
 * beside the binder with the time in its name, where the newest copies are kept.
 */
export async function backupBinder(input: { path?: string }, deps: Deps): Promise<BackupResult> {
  const file = binderFile(deps, 'backup');
  if (!file.exists) throw new UserError(say().noBinderToBackUp({ path: file.path }));
  if (input.path === undefined) return keptBackup(deps);
  const inFolder = existsSync(input.path) && statSync(input.path).isDirectory();
  const path = inFolder ? join(input.path, backupFileName(file.path, deps.now())) : input.path;
  await failing((code) => say().cannotWriteBackup({ path, code }), () => writeCopy(path, (temporary) => file.backup(temporary)));
  return { path, size: statSync(path).size, removed: [] };
}

/** A copy in the backups folder beside the binder, the oldest beyond the newest few removed. */
export async function keptBackup(deps: Deps, reason?: BackupReason): Promise<BackupResult> {
  const file = binderFile(deps, 'backup');
  // Only a restore keeps a copy of a damaged binder: of the one it replaces, named as damaged.
  const damagedToo = reason === 'before-restore-damaged';
  const { path, removed } = await failing((code) => say().cannotWriteBackups({ folder: backupsFolder(file.path), code }), () =>
    keepCopy(file.path, deps.now(), reason, (temporary) => file.backup(temporary, { damagedToo })),
  );
  return { path, size: statSync(path).size, removed };
}

/** A copy that cannot be written is the user's to mend: one line saying where and why. */
async function failing<T>(said: (code: string) => string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    // Said already (a damaged binder, a backups folder not the user's own): the command line words it.
    if (error instanceof UserError || error instanceof StoreError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UserError(said(code));
  }
}

export interface RestoreResult {
  /** The copy restored from. */
  from: string;
  /** The binder it was restored into. */
  path: string;
  /** The copy's schema version; an older one is upgraded when the binder is next opened. */
  version: number;
  dossiers: number;
  /** Where the binder as it was before the restore was copied; null when there was none. */
  before: string | null;
  /** False when the person at the terminal said no. */
  restored: boolean;
}

/**
 * crm restore: checks that the copy is a sound crm binder, copies the binder as it is aside (a
 * restore is not undone by crm undo, but by restoring that copy), then writes the copy over it.
 */
export async function restoreBinder(input: { from: string; yes: boolean }, deps: Deps): Promise<RestoreResult> {
  const file = binderFile(deps, 'restore');
  const copy = await file.inspectCopy(input.from);
  const result = { from: input.from, path: file.path, version: copy.version, dossiers: copy.dossiers, before: null, restored: false };
  if (file.exists && !input.yes && !deps.ask) {
    // What would be asked at a terminal is refused without one, as postpone --auto does.
    throw new UserError(say().restoreNeedsYes({ path: file.path, from: input.from }));
  }
  if (file.exists && deps.ask && !input.yes) {
    const current = await deps.store.dossierCount();
    const question = say().replace({ path: file.path, current, from: input.from, dossiers: copy.dossiers });
    // No is what Enter alone answers: the whole binder is at stake.
    if (!(await deps.ask.confirm(question, false))) return result;
  }
  // The binder replaced is kept as it is, damaged or not; a damaged one's copy is named so.
  const before = file.exists ? (await keptBackup(deps, (await file.damage()) === undefined ? 'before-restore' : 'before-restore-damaged')).path : null;
  await file.restore(input.from);
  return { ...result, before, restored: true };
}

/** What crm doctor could not check, and why: find's index of a read-only binder, a server's own storage (en/upkeep.ts unchecked). */
export type Unchecked = { key: 'readOnlyIndex'; why: ReadOnlyWhy } | { key: 'onServer' };

/**
 * What crm doctor found, each line kept as a message and its placeholders: the terminal says them in
 * the run's language, --json in English (render/json.ts doctorJson).
 */
export interface DoctorResult {
  path: string;
  /** What is wrong (still, after a repair). */
  problems: Finding[];
  /** What --repair mended. */
  repaired: Finding[];
  /** Some of the problems are mended by crm doctor --repair. */
  mendable: boolean;
  /** SQLite finds the file itself damaged: nothing is written to it, and a copy is the cure. */
  damaged: boolean;
  /** What could not be checked, and why (find's index of a read-only binder, a server's own storage). */
  unchecked: Unchecked[];
  /** Only for a binder on a server, whose copies are the server's (no crm restore). */
  onServer?: true;
}

/**
 * crm doctor: the file's integrity, the records, the filings against the history, and what crm
 * keeps to find dossiers and count them, which `repair` builds again from the dossiers.
 */
export async function checkBinder(input: { repair: boolean }, deps: Deps): Promise<DoctorResult> {
  const { store } = deps;
  if (store.file && !store.file.exists) throw new UserError(say().noBinderToCheck({ path: store.file.path }));
  // A damaged file answers the rest wrongly or not at all: its own lines are the report.
  const damage = (await store.file?.checkFile()) ?? [];
  const found = damage.length > 0 ? damage : await store.check();
  const result = (problems: Problem[], repaired: Finding[]): DoctorResult => ({
    path: store.where,
    problems: problems.map((p) => p.said),
    repaired,
    mendable: problems.some((p) => p.mendable),
    damaged: problems.some((p) => p.damage),
    unchecked: [...(store.readOnly ? [{ key: 'readOnlyIndex' as const, why: store.readOnly }] : []), ...(store.file ? [] : [{ key: 'onServer' as const }])],
    ...(!store.file && { onServer: true as const }),
  });
  if (!input.repair || !found.some((p) => p.mendable)) return result(found, []);
  await store.rebuildLookup();
  const left = await store.check();
  // The same finding is the same message with the same placeholders.
  const still = new Set(left.map((p) => JSON.stringify(p.said)));
  return result(left, found.map((p) => p.said).filter((said) => !still.has(JSON.stringify(said))));
}
