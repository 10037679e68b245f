// English: the binder's upkeep, crm backup, crm restore, crm doctor (render/maintenance.ts, commands/backup.ts).
import { lazyArea } from '../lazy.js';
import { counted } from '../plural.js';
import { dates } from './dates.js';

/** The first few of a list (the store gives at most five), and how many more there are of `count`. */
const listed = (items: string[], count: number) => (count > items.length ? `${items.join(', ')} and ${count - items.length} more` : items.join(', '));

/** Rows that belong to a dossier (or a change) that is not there. */
const orphans = (count: number, one: string, many: string, owner = 'dossier') =>
  count === 1 ? `1 ${one} belongs to no ${owner} (the ${owner} it names is not in the binder)` : `${count} ${many} belong to no ${owner} (the ${owner}s they name are not in the binder)`;

export const upkeep = lazyArea(() => ({
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
  /**
   * What crm doctor finds wrong, a line each: said in the run's language on a terminal, in English
   * in --json. A store keeps each as its key here and its placeholders (store.ts Finding).
   * `handles` and the other lists: the first five at most, of `count`.
   */
  problem: {
    /** A line of SQLite's integrity check, as SQLite wrote it. */
    integrity: (p: { line: string }) => `integrity: ${p.line}`,
    orphanEntries: (p: { count: number }) => orphans(p.count, 'history entry', 'history entries'),
    orphanDocuments: (p: { count: number }) => orphans(p.count, 'document', 'documents'),
    orphanPromises: (p: { count: number }) => orphans(p.count, 'promise', 'promises'),
    orphanComplaints: (p: { count: number }) => orphans(p.count, 'complaint', 'complaints'),
    orphanWords: (p: { count: number }) => orphans(p.count, 'lookup word', 'lookup words'),
    orphanHistoryTexts: (p: { count: number }) => orphans(p.count, "find's history text", "find's history texts"),
    orphanUndoRecords: (p: { count: number }) => orphans(p.count, 'undo record', 'undo records', 'change'),
    /** Rows of a table crm does not name (`table`, as the database calls it). */
    orphanRows: (p: { count: number; table: string }) => orphans(p.count, `row of ${p.table}`, `rows of ${p.table}`),
    undatedDossiers: (p: { count: number }) => `${p.count} dossier${p.count === 1 ? ' is' : 's are'} filed on a date that does not exist`,
    undatedPromises: (p: { count: number }) => `${p.count} promise${p.count === 1 ? ' is' : 's are'} due on a date that does not exist`,
    undatedComplaints: (p: { count: number }) => `${p.count} complaint${p.count === 1 ? ' is' : 's are'} due on a date that does not exist`,
    filedNowhere: (p: { count: number; handles: string[] }) =>
      `${p.count === 1 ? '1 open dossier is' : `${p.count} open dossiers are`} filed nowhere (out of the ring, never closed): ${listed(p.handles, p.count)}; file each again with crm file <client> <when>`,
    /** `on`: where each is filed (a date, and its hour); `says`: where its history says, null when it says closed. */
    filedElsewhere: (p: { count: number; handles: string[]; on: string[]; says: (string | null)[] }) =>
      `${p.count === 1 ? '1 dossier is filed elsewhere than its history says' : `${p.count} dossiers are filed elsewhere than their histories say`}: ${listed(
        p.handles.map((handle, i) => `${handle} on ${p.on[i]}, history says ${p.says[i] ?? 'closed'}`),
        p.count,
      )}`,
    /** `handles`: each quoted as JSON. */
    unsafeHandles: (p: { count: number; handles: string[] }) =>
      `${p.count === 1 ? '1 dossier has a handle' : `${p.count} dossiers have handles`} crm would not take (${dates.handleRule}): ${listed(p.handles, p.count)}`,
    /** `documents`: `handle: "name"`. */
    unsafeDocuments: (p: { count: number; documents: string[] }) =>
      `${p.count === 1 ? '1 document is' : `${p.count} documents are`} named by a path or by no name (${dates.documentNameRule}): ${listed(p.documents, p.count)}`,
    /** `names`: each quoted as JSON. */
    unsafeUndo: (p: { count: number; names: string[] }) =>
      `${p.count === 1 ? '1 undo record puts back' : `${p.count} undo records put back`} a handle or a document name crm would not take: ${listed(p.names, p.count)}`,
    wordless: (p: { count: number; handles: string[] }) =>
      `${p.count} dossier${p.count === 1 ? ' has' : 's have'} no lookup words, so no client name finds ${p.count === 1 ? 'it' : 'them'}: ${listed(p.handles, p.count)}`,
    staleText: (p: { count: number; handles: string[] }) => `crm find's text of ${p.count} dossier${p.count === 1 ? ' is' : 's are'} out of date: ${listed(p.handles, p.count)}`,
    staleHistory: (p: { count: number; handles: string[] }) =>
      `crm find's history text of ${p.count} dossier${p.count === 1 ? ' is' : 's are'} out of date: ${listed(p.handles, p.count)}`,
    findIndex: "crm find's index does not match the dossiers",
    historyIndex: "crm find's index of the history does not match the histories",
    /** Days whose count of dossiers filed on them is wrong. */
    miscounted: (p: { count: number }) =>
      `the filing count${p.count === 1 ? ' of 1 day does' : `s of ${p.count} days do`} not match the dossiers filed on ${p.count === 1 ? 'it' : 'them'}`,
  },
  /** What crm doctor could not check, and why (after notChecked). */
  unchecked: {
    /** `why`: why the binder is read-only (en/storeWhy.ts). */
    readOnlyIndex: (p: { why: string }) => `find's index: the binder is read-only (${p.why}), and SQLite's check of that index writes`,
    onServer: "the file's integrity: the binder is on a PostgreSQL server, which checks and copies its own storage (pg_dump); crm export writes its contents out",
  },
}));
