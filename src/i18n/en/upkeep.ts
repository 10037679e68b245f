// English: the binder's upkeep, crm backup, crm restore, crm doctor (render/maintenance.ts, commands/backup.ts).
import { counted } from '../plural.js';

export const upkeep = {
  backedUp: (p: { path: string; size: number }) => `Backed up the binder to ${p.path} (${p.size} bytes).`,
  /** After backedUp, when the backups folder kept only the newest 10. */
  removedOldest: (p: { count: number }) => `Removed the ${p.count} oldest beyond the newest 10.`,
  nothingRestored: 'Nothing restored.',
  restored: (p: { from: string; dossiers: number; path: string }) =>
    `Restored ${p.from} (${counted('en', p.dossiers, { one: '# dossier', other: '# dossiers' })}) as the binder ${p.path}.`,
  /** After restored: where the binder replaced is kept. */
  asItWas: (p: { before: string }) => `The binder as it was is in ${p.before}; crm restore that file to go back.`,
  /** Asked at a terminal before a restore; the dossiers of the binder now, then of the copy. */
  replace: (p: { path: string; current: number; from: string; dossiers: number }) =>
    `Replace the binder ${p.path} (${p.current} dossiers) with ${p.from} (${p.dossiers})? The binder as it is now is kept in backups/.`,
  repaired: (p: { line: string }) => `Repaired: ${p.line}`,
  notChecked: (p: { line: string }) => `Not checked: ${p.line}`,
  /** The problems in one line, then how to mend them (one of the three below). */
  problems: (p: { path: string; count: number; advice: string }) =>
    `${p.path} has ${counted('en', p.count, { one: '# problem', other: '# problems' })}; ${p.advice}`,
  mendRepair: 'crm doctor --repair builds what find and the binder view read again from the dossiers',
  mendServer: "the server's copies (pg_dump) hold the binder as it was before",
  mendRestore: 'crm restore <copy> puts back a copy from before (crm backup makes them)',
  healthy: (p: { path: string }) =>
    `${p.path}: no problems (integrity, records, dates, filings against the history, lookup words, find's texts and indexes, filing counts).`,
  /** healthy, when the indexes could not be checked. */
  healthyUnindexed: (p: { path: string }) =>
    `${p.path}: no problems (integrity, records, dates, filings against the history, lookup words, find's texts, filing counts).`,
  noBinderToBackUp: (p: { path: string }) => `there is no binder at ${p.path} to back up; name one with --db or CRM_DB`,
  noBinderToCheck: (p: { path: string }) => `there is no binder at ${p.path} to check; name one with --db or CRM_DB`,
  cannotWriteBackup: (p: { path: string; code: string }) => `cannot write the backup ${p.path} (${p.code}); check that its folder exists and is yours`,
  cannotWriteBackups: (p: { folder: string; code: string }) => `cannot write a backup in ${p.folder} (${p.code}); check that its folder exists and is yours`,
  restoreNeedsYes: (p: { path: string; from: string }) =>
    `restore replaces the binder ${p.path} whole and asks first at a terminal; add --yes to restore ${p.from} without asking; nothing was written`,
};
