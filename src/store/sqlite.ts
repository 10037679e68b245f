// The binder as a local SQLite file. All of crm's SQL is in this folder.
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, realpathSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Day } from '../binder/day.js';
import { REAL_CONTACT_KINDS, UNREACHED_OUTCOMES, type Card, type Dossier, type HistoryEntry, type NewEntry } from '../binder/dossier.js';
import { fold } from '../binder/fold.js';
import type { ContactKeys } from '../binder/matching.js';
import { isDocumentName, isHandle } from '../binder/names.js';
import { cardSearchText, lookupWords, phoneDigits, type SearchTerm } from '../binder/search.js';
import { changedCard, settledCard } from '../binder/reach.js';
import { DEFAULT_SETTINGS, type BinderSettings } from '../binder/settings.js';
import { messages, sayKept } from '../i18n/catalogue.js';
import { storeWhy } from '../i18n/en/storeWhy.js';
import { upkeep } from '../i18n/en/upkeep.js';
import { keepCopy } from './backups.js';
import { damaged as damagedBy, isDamage } from './damage.js';
import { CannotOpen, Damaged, HandleTaken, IsDirectory, NoDossier, NoFolder, NotABinder, NotRestorable, ReadOnly, StoreError, UpgradeFailed, type ReadOnlyWhy } from './errors.js';
import {
  CARD_COLUMNS,
  caseFilter,
  cardOfRow,
  ENTRY_COLUMNS,
  KEPT_CHANGES,
  lookupProblems,
  orphanProblem,
  remadeIfChanged,
  ringProblems,
  savedDossier,
  ROW_TABLES,
  rowOfCard,
  SELECT_DOSSIER,
  selectDossier,
  sqlWords,
  toDossier,
  toEntry,
  unsafeNameProblems,
  type AstrayDossier,
  type CardRow,
  type DossierRow,
  type EntryRow,
  type StoredDossier,
  type UndoTarget,
} from './rows.js';
import { appendToHistoryText, historyTexts, redoHistoryText, writeHistoryText } from './history.js';
import { migrate, SCHEMA_VERSION } from './migrations.js';
import type { Statement } from 'better-sqlite3';
import { Database } from './driver.js';
import { backupWhole, eachRow, pragmaValue, prepared } from './prepared.js';
import { filesNow, sameFiles, soundSince, writeStamp, type Files } from './stamp.js';
import type {
  BinderChange,
  ChangeInParts,
  ChangeRecord,
  Committed,
  ComplaintRecord,
  CopyInfo,
  DocumentInfo,
  DossierRecord,
  DossierChange,
  FileMaintenance,
  Finding,
  HandledEntry,
  Meanwhile,
  NewDossier,
  OpenContext,
  OpenOptions,
  Problem,
  PromiseRecord,
  Reminded,
  Store,
  Upgrade,
} from './store.js';

/** Why a copy may not be restored, in the run's language. */
const why = messages('storeWhy', storeWhy);
/** What crm doctor says of a name in a copy, in the run's language. */
const doctorSays = messages('upkeep', upkeep);

/** Marks a SQLite file as a crm binder (PRAGMA application_id), "crm1". */
const APPLICATION_ID = 0x63726d31;

/**
 * Opens the binder at `path` as `options` say. Creating it makes it readable by the owner only
 * (and, when `createFolders`, its folders); without `create` a missing binder is an empty one in
 * memory, and nothing is made. A binder of an older schema is copied to the backups folder, then
 * upgraded in one transaction (`now` names the copy). A binder this process cannot write is read
 * as it is on disk, creating nothing beside it; a write to it is refused. A read of a binder of
 * the current schema sets nothing up for writing.
 */
export async function openSqliteStore(path: string, options: OpenOptions, { now, createFolders = false, stateFolder, newBinder }: OpenContext): Promise<SqliteStore> {
  const exists = existsSync(path);
  if (exists && statSync(path).isDirectory()) throw new IsDirectory(path);
  const folder = dirname(path);
  if (!exists && !createFolders && !(existsSync(folder) && statSync(folder).isDirectory())) throw new NoFolder(path, folder);
  const readOnly = exists ? whyReadOnly(path) : undefined;
  if (readOnly && options.writableOnly) throw new ReadOnly(path, readOnly);
  const create = !exists && options.create;
  const createdFolder = create ? createOwnerOnly(path) : undefined;
  let db: Database | undefined;
  let upgrade: Upgrade | undefined;
  let damaged: string | undefined;
  let checked = false;
  try {
    db = readOnly ? openReadOnly(path) : new Database(exists || create ? resolve(path) : ':memory:', { fileMustExist: exists || create });
    db.exec('PRAGMA busy_timeout = 5000');
    const { version, applicationId } = checkBinder(db, path);
    if (readOnly) {
      if (version < SCHEMA_VERSION) throw new ReadOnly(path, readOnly, version === 0 ? { kind: 'empty' } : { kind: 'older', version });
    } else if (options.write || version < SCHEMA_VERSION) {
      // A read of a binder of the current schema needs none of this (issue 13, 6d): an older one
      // is upgraded by whichever command opens it first.
      db.exec('PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON');
      // Each of these may write: never into a binder SQLite finds damaged.
      const wal = pragmaValue(db, 'journal_mode') === 'wal';
      const writes = version < SCHEMA_VERSION || !wal || applicationId === 0;
      if (writes && exists) {
        refuseDamaged(db, path);
        checked = true;
      }
      if (version > 0 && version < SCHEMA_VERSION) upgrade = await upgradeBinder(db, path, version, now);
      else if (version < SCHEMA_VERSION) migrate(db);
      // A binder made now starts with what the run says (its language's calendar), not a change to undo.
      if (create && newBinder) startSettings(db, newBinder);
      // After the upgrade: a binder that fails one is left byte for byte as it was, journal mode too.
      if (!wal) db.exec('PRAGMA journal_mode = WAL');
      if (applicationId === 0) db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
    }
  } catch (error) {
    // crm restore puts a copy over a damaged binder: it needs the binder open, whatever it holds.
    if (options.damagedOk && db && isDamage(error)) damaged = (error as Error).message;
    else if (options.damagedOk && db && error instanceof Damaged) damaged = error.reason;
    else {
      db?.close();
      if (create) removeBinder(path, createdFolder);
      throw typedError(error, path);
    }
  }
  if (!db) throw new Error(`${path} was not opened`); // a failure to open is thrown above
  return new SqliteStore(db, path, { exists, write: options.write, createdFolder, upgrade, readOnly, damaged, checked, stateFolder });
}

/**
 * Why this process cannot write the binder at `path`, or undefined when it can: the file itself,
 * or its folder, where SQLite must create its write-ahead log beside it.
 */
function whyReadOnly(path: string): ReadOnlyWhy | undefined {
  const refused = (target: string) => {
    try {
      accessSync(target, constants.W_OK);
      return undefined;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code ?? 'EACCES';
    }
  };
  const file = refused(path);
  if (file === 'EROFS') return { key: 'readOnlyFileSystem' };
  if (file) return { key: 'fileNotWritable' };
  if (refused(dirname(path))) return { key: 'folderNotWritable', facts: { folder: dirname(path) } };
  return undefined;
}

/**
 * A binder this process may not write, opened to read without creating anything beside it. When
 * no write-ahead log is there, the file alone is the binder, and SQLite reads it as immutable (no
 * -wal or -shm made for the locks); a log of changes not yet written in is read through SQLite's
 * own files, as they are.
 */
function openReadOnly(path: string): Database {
  const log = `${path}-wal`;
  if (existsSync(log) && statSync(log).size > 0) return new Database(resolve(path), { readonly: true, fileMustExist: true });
  return new Database(`${pathToFileURL(resolve(path)).href}?immutable=1`, { readonly: true, fileMustExist: true });
}

/** Throws Damaged unless the whole file passes SQLite's quick_check (read, not written). */
function refuseDamaged(db: Database, path: string): void {
  let lines: string[];
  try {
    lines = prepared(db, 'PRAGMA quick_check').pluck().all() as string[];
  } catch (error) {
    if (isDamage(error)) throw damagedBy(path, error);
    throw error;
  }
  if (lines.join() !== 'ok') throw new Damaged(path, checkLines(lines)[0] ?? 'quick_check failed');
}

/**
 * The problems SQLite's integrity_check or quick_check found, one a line: a row may hold several
 * lines, under a heading ("*** in database main ***") that says nothing here, where there is one.
 */
function checkLines(rows: string[]): string[] {
  return rows.flatMap((row) => row.split('\n')).filter((line) => line.trim() !== '' && !/^\*\*\* in database /.test(line));
}

/** Copies an older binder aside, then migrates it; a failed migration leaves it as it was. */
async function upgradeBinder(db: Database, path: string, from: number, now: () => string): Promise<Upgrade> {
  let backup: string;
  try {
    backup = (await keepCopy(path, now(), 'before-upgrade', (temporary) => backupWhole(db, temporary))).path;
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UpgradeFailed(path, from, SCHEMA_VERSION, 'copy', join(dirname(path), 'backups'), reason);
  }
  try {
    migrate(db);
  } catch (error) {
    throw new UpgradeFailed(path, from, SCHEMA_VERSION, 'migrate', backup, (error as Error).message);
  }
  return { from, to: SCHEMA_VERSION, backup };
}

/** The settings a new binder starts with, written beside its tables. */
function startSettings(db: Database, settings: Partial<BinderSettings>): void {
  const insert = db.prepare('INSERT INTO setting (key, value) VALUES (?, ?)');
  for (const [key, value] of Object.entries(settings)) insert.run(key, JSON.stringify(value));
}

/** Removes a binder this process created, and the folders it created for it. */
function removeBinder(path: string, createdFolder: string | undefined): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) rmSync(file, { force: true });
  if (!createdFolder) return;
  for (let folder = dirname(path); folder.startsWith(createdFolder); folder = dirname(folder)) {
    try {
      rmdirSync(folder);
    } catch {
      return; // not empty after all: something else lives there now
    }
  }
}

/** Creates the binder file, owner-only, and its folder; returns the first folder it had to create. */
function createOwnerOnly(path: string): string | undefined {
  let createdFolder: string | undefined;
  try {
    createdFolder = mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    closeSync(openSync(path, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw typedError(error, path);
  }
  return createdFolder;
}

/**
 * Refuses a file that is not a crm binder, or one written by a newer crm, before anything is
 * written; returns its schema version.
 */
function checkBinder(db: Database, path: string): { version: number; applicationId: number } {
  const { problem, version, applicationId } = notOurs(db);
  if (problem) throw new NotABinder(path, problem);
  return { version, applicationId };
}

/** Why a SQLite file is not a binder this crm can open (none when it is one, or empty), and its schema version. */
function notOurs(db: Database): { problem?: NotABinder['why']; version: number; applicationId: number } {
  // One statement, not three: every command pays for this check at start-up.
  const { applicationId, version, tables } = prepared(
    db,
    "SELECT (SELECT application_id FROM pragma_application_id) AS applicationId, (SELECT user_version FROM pragma_user_version) AS version, (SELECT count(*) FROM sqlite_schema WHERE type = 'table') AS tables",
  ).get() as { applicationId: number; version: number; tables: number };
  if (applicationId !== APPLICATION_ID && (applicationId !== 0 || tables > 0)) return { problem: { kind: 'another program' }, version, applicationId };
  if (version > SCHEMA_VERSION) return { problem: { kind: 'newer', version, newest: SCHEMA_VERSION }, version, applicationId };
  return { version, applicationId };
}

/**
 * What a failure of the binder's file is, as errors.ts says it: SQLite finding it damaged (at
 * opening or in the middle of any query), a binder it may not write, or one it cannot open.
 * Anything else is passed on as it is.
 */
function typedError(error: unknown, path: string): unknown {
  if (error instanceof StoreError) return error;
  if (isDamage(error)) return damagedBy(path, error);
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_')) return new ReadOnly(path, whyReadOnly(path) ?? { key: 'sqliteMayNot' });
  if (code === 'EACCES' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') return new CannotOpen(path, code);
  return error;
}


/** What undo needs to take a change back: each row's state before the change, saved once. */
class BeforeImages {
  private seq = 0;
  /** Rows already saved, "target:ref": a row changed twice keeps its first before-image. */
  private readonly saved = new Set<string>();

  constructor(
    readonly id: number,
    private readonly insert: Statement,
  ) {}

  save(target: UndoTarget, ref: string, before: string | null): void {
    if (this.saved.has(`${target}:${ref}`)) return;
    this.saved.add(`${target}:${ref}`);
    this.saveNew(target, ref, before);
  }

  /** A row the change creates: never saved before, and not remembered (an import creates millions). */
  saveNew(target: UndoTarget, ref: string, before: string | null = null): void {
    this.insert.run(this.id, this.seq++, target, ref, before);
  }
}



/** What quick_check says of the whole file (undefined: sound), or what a stamp says it would (stamp.ts). */
interface Checked {
  damage: string | undefined;
  byStamp?: boolean;
}

/** How the binder was found and opened (openSqliteStore). */
interface Opened {
  exists: boolean;
  /** Opened for a command that may write. */
  write: boolean;
  /** The first folder made for a new binder, removed again when the command fails. */
  createdFolder?: string | undefined;
  upgrade?: Upgrade | undefined;
  readOnly?: ReadOnlyWhy | undefined;
  /** What SQLite said of a damaged binder opened for crm restore. */
  damaged?: string | undefined;
  /** The whole file passed quick_check as it was opened (before an upgrade). */
  checked?: boolean;
  /** Where the binder's stamp is kept (stamp.ts); none: every first write checks the whole file. */
  stateFolder?: string | undefined;
}

export class SqliteStore implements Store, FileMaintenance {
  readonly exists: boolean;
  /** Set when opening brought an older binder up to this crm's schema. */
  readonly upgrade?: Upgrade;
  /** Why this process may not write the binder; undefined when it may. */
  readonly readOnly?: ReadOnlyWhy;
  /** What SQLite said of a damaged binder opened for crm restore; undefined when sound. */
  private readonly damaged?: string;
  private readonly write: boolean;
  private readonly createdFolder?: string;
  private readonly stateFolder?: string;

  constructor(
    private readonly db: Database,
    readonly path: string,
    opened: Opened,
  ) {
    this.exists = opened.exists;
    this.write = opened.write;
    if (opened.createdFolder !== undefined) this.createdFolder = opened.createdFolder;
    if (opened.upgrade !== undefined) this.upgrade = opened.upgrade;
    if (opened.readOnly !== undefined) this.readOnly = opened.readOnly;
    if (opened.damaged !== undefined) this.damaged = opened.damaged;
    if (opened.stateFolder !== undefined) this.stateFolder = opened.stateFolder;
    if (opened.checked) this.foundSound(Date.now());
  }

  get where(): string {
    return this.path;
  }

  /** A SQLite binder is one file: copies, restores and the file's own checks are its own. */
  get file(): FileMaintenance {
    return this;
  }

  typed(error: unknown): unknown {
    return typedError(error, this.path);
  }

  /** What SQLite's quick_check said of the file in this process (or a stamp for it): undefined before. */
  private checked?: Checked;
  /**
   * When the whole file last passed quick_check, in this process or (as its stamp says) before it,
   * and the files as this process last knew them sound: the check, or its own last write. Only
   * when they are still so at the end is a stamp written, so no change of another's is vouched for.
   */
  private sound?: { since: number; files: Files };

  async damage(): Promise<string | undefined> {
    // Asked outright (crm restore), a stamp's word is not enough: the check itself answers.
    return this.quickCheck(true);
  }

  /**
   * The first line of what SQLite's quick_check finds wrong, once per process; undefined when the
   * file is sound (or new). It reads every page: about 1 s for a binder of 100,000 dossiers
   * (250 MB), a few milliseconds for a thousand.
   */
  private quickCheck(outright = false): string | undefined {
    if (this.damaged !== undefined) return this.damaged;
    if (!this.exists) return undefined;
    if (!this.checked || (outright && this.checked.byStamp)) {
      try {
        refuseDamaged(this.db, this.path);
        this.checked = this.foundSound(Date.now());
      } catch (error) {
        if (!(error instanceof Damaged)) throw error;
        // Whatever a stamp said, the file is damaged now: nothing may vouch for it at close.
        this.sound = undefined;
        this.checked = { damage: error.reason };
      }
    }
    return this.checked.damage;
  }

  /**
   * Before the first write of this process (and before a copy is taken) the whole file must pass
   * SQLite's quick_check. SQLite notices damage only on the pages a statement reads, and a write may
   * read only sound ones: without this it could land in a binder damaged elsewhere, and be lost
   * with the rest when a copy is restored.
   */
  private refuseDamaged(): void {
    if (!this.checked && this.damaged === undefined) {
      // A binder this process created is sound; one whose files are as crm left them after a check
      // less than a day old is as sound as that check found it (stamp.ts).
      const since = !this.exists ? Date.now() : this.stateFolder !== undefined && !this.readOnly ? soundSince(this.stateFolder, this.path, Date.now()) : undefined;
      if (since !== undefined) this.foundSound(since).byStamp = this.exists;
    }
    const damage = this.quickCheck();
    if (damage !== undefined) throw new Damaged(this.path, damage);
  }

  /** The whole file is known sound as of `since`, as its files are now: what quick_check would say. */
  private foundSound(since: number): Checked {
    this.sound = { since, files: filesNow(this.path) };
    return (this.checked = { damage: undefined });
  }

  /** After a write of this process: its files as it left them. */
  private wrote(): void {
    if (this.sound) this.sound.files = filesNow(this.path);
  }

  /** Refuses a write to a binder this process may not write, or one SQLite finds damaged. */
  private beforeWrite(): void {
    this.mayWrite();
    this.refuseDamaged();
  }

  /** Refuses a write to a binder this process may not write; one opened to read is never written. */
  private mayWrite(): void {
    if (!this.write) throw new Error(`${this.path} was opened to read, and a command wrote to it`);
    if (this.readOnly) throw new ReadOnly(this.path, this.readOnly);
  }

  /** Prepared once per process, reused after. */
  private sql(text: string): Statement {
    return prepared(this.db, text);
  }

  async readSettings(): Promise<BinderSettings> {
    const rows = this.sql('SELECT key, value FROM setting').all() as { key: string; value: string }[];
    const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
    return { ...DEFAULT_SETTINGS, ...stored } as BinderSettings;
  }

  async storedSettings(): Promise<Partial<BinderSettings>> {
    const rows = this.sql('SELECT key, value FROM setting ORDER BY key').all() as { key: string; value: string }[];
    return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value) as unknown])) as Partial<BinderSettings>;
  }

  async dossier(handle: string): Promise<Dossier | undefined> {
    const row = this.sql(`${SELECT_DOSSIER} WHERE d.handle = ?`).get(handle) as DossierRow | undefined;
    return row && toDossier(row);
  }

  async dossiersByFoldedHandle(folded: string): Promise<Dossier[]> {
    // Handles are short words: the folded handle is one of the dossier's words.
    const rows = this.sql(
      `${SELECT_DOSSIER} WHERE d.id IN (SELECT dossier_id FROM dossier_word WHERE word = ?) ORDER BY d.handle`,
    ).all(folded) as DossierRow[];
    return rows.map((row) => toDossier(row)).filter((dossier) => fold(dossier.handle) === folded);
  }

  async dossiersByWordPrefix(prefix: string, limit: number): Promise<Dossier[]> {
    // Every word starting with the prefix sorts between the prefix and the prefix + U+10FFFF.
    const rows = this.sql(
      `${SELECT_DOSSIER}
        WHERE d.id IN (SELECT dossier_id FROM dossier_word WHERE word >= @prefix AND word < @prefix || char(1114111))
        ORDER BY d.handle LIMIT @limit`,
    ).all({ prefix, limit }) as DossierRow[];
    return rows.map((row) => toDossier(row));
  }

  async filedBetween(from: Day, to: Day): Promise<Dossier[]> {
    const rows = this.sql(`${SELECT_DOSSIER} WHERE d.filed_on BETWEEN ? AND ? ORDER BY d.filed_on, d.handle`).all(from, to) as DossierRow[];
    return rows.map((row) => toDossier(row));
  }

  async nextFiled(after: Day): Promise<{ day: Day; count: number } | null> {
    const row = this.sql(
      `SELECT filed_on AS day, count(*) AS count FROM dossier
        WHERE filed_on = (SELECT min(filed_on) FROM dossier WHERE filed_on > ?) GROUP BY filed_on`,
    ).get(after) as { day: Day; count: number } | undefined;
    return row ?? null;
  }

  async countsByDay(): Promise<Map<Day, number>> {
    // Kept by triggers (migration 4): as many rows as days with filings, whatever the binder's size.
    const rows = this.sql('SELECT day, count FROM filing_count').raw().all() as [Day, number][];
    return new Map(rows);
  }

  async search(terms: SearchTerm[], limit: number): Promise<Dossier[]> {
    // Every term must be found in the card or in the history. A term of three characters or more
    // is looked up in the two trigram indexes (the dossiers holding it, as a set of ids); a shorter
    // one cannot be, and is looked for in the text of the dossiers the others left (of every
    // dossier when all are short: they match so many that reading them all is the work anyway).
    const long = terms.filter((term) => [...term.folded].length >= 3);
    const short = terms.filter((term) => [...term.folded].length < 3);
    // A phrase of the index's query language: the text in double quotes, a quote inside doubled.
    const phrase = (text: string) => `"${text.replace(/"/g, '""')}"`;
    const params: Record<string, string | number> = { limit };
    const sets = long.map((term, i) => {
      params[`card${i}`] = `search_text : ${phrase(term.folded)}${term.digits !== null ? ` OR phone_digits : ${phrase(term.digits)}` : ''}`;
      params[`history${i}`] = phrase(term.folded);
      return `found${i} (id) AS (SELECT rowid FROM dossier_search WHERE dossier_search MATCH @card${i}
                        UNION SELECT rowid FROM history_search WHERE history_search MATCH @history${i})`;
    });
    const filters = [
      ...long.map((_, i) => `d.id IN found${i}`),
      ...short.map((term, i) => {
        params[`short${i}`] = term.folded;
        return `(instr(d.search_text, @short${i}) > 0
                 OR instr((SELECT h.text FROM dossier_history h WHERE h.dossier_id = d.id), @short${i}) > 0)`;
      }),
    ];
    // The first `limit` by handle, then only those read whole: a word found in thousands of
    // dossiers must not cost each of them its last conversation and offer.
    const rows = this.sql(
      `${SELECT_DOSSIER} WHERE d.id IN (
         ${sets.length > 0 ? `WITH ${sets.join(', ')}` : ''}
         SELECT d.id FROM dossier d WHERE ${filters.length > 0 ? filters.join(' AND ') : '1'} ORDER BY d.handle LIMIT @limit)
       ORDER BY d.handle`,
    ).all(params) as DossierRow[];
    return rows.map((row) => toDossier(row));
  }

  async searchedEntries(handles: string[]): Promise<HandledEntry[]> {
    const rows = this.sql(
      `SELECT ${ENTRY_COLUMNS}, d.handle, d.name
         FROM dossier d JOIN entry e ON e.dossier_id = d.id
        WHERE d.handle IN (SELECT value FROM json_each(?)) AND (e.note IS NOT NULL OR e.offer IS NOT NULL OR e.form IS NOT NULL)
        ORDER BY d.handle, e.id DESC`,
    ).all(JSON.stringify(handles)) as (EntryRow & { handle: string; name: string })[];
    return rows.map((row) => ({ ...toEntry(row), handle: row.handle, name: row.name }));
  }

  async handles(): Promise<string[]> {
    return this.sql('SELECT handle FROM dossier').pluck().all() as string[];
  }

  async history(handle: string): Promise<HistoryEntry[]> {
    const rows = this.sql(
      `SELECT ${ENTRY_COLUMNS}
         FROM entry e JOIN dossier d ON d.id = e.dossier_id WHERE d.handle = ? ORDER BY e.id`,
    ).all(handle) as EntryRow[];
    return rows.map(toEntry);
  }

  async entriesBetween(from: Day, to: Day): Promise<HandledEntry[]> {
    // Stamps begin with the local date: every stamp of `to` sorts before `to` + 'U'.
    const rows = this.sql(
      `SELECT ${ENTRY_COLUMNS}, d.handle, d.name
         FROM entry e JOIN dossier d ON d.id = e.dossier_id WHERE e.at >= ? AND e.at < ? ORDER BY e.id`,
    ).all(from, `${to}U`) as (EntryRow & { handle: string; name: string })[];
    return rows.map((row) => ({ ...toEntry(row), handle: row.handle, name: row.name }));
  }

  async documents(handle: string): Promise<DocumentInfo[]> {
    const rows = this.sql(
      `SELECT d.id, d.name, d.type, d.size, d.sha256, d.link, d.added_at AS addedAt
         FROM document d JOIN dossier s ON s.id = d.dossier_id WHERE s.handle = ? ORDER BY d.id`,
    ).all(handle) as DocumentInfo[];
    return rows;
  }

  async document(handle: string, name: string): Promise<(DocumentInfo & { content: Buffer | null }) | undefined> {
    return this.sql(
      `SELECT d.id, d.name, d.type, d.size, d.sha256, d.link, d.added_at AS addedAt, d.content
         FROM document d JOIN dossier s ON s.id = d.dossier_id WHERE s.handle = ? AND d.name = ?`,
    ).get(handle, name) as (DocumentInfo & { content: Buffer | null }) | undefined;
  }

  async promises(filter: { handle?: string; open?: boolean; dueBy?: Day }): Promise<PromiseRecord[]> {
    const rows = this.sql(
      `SELECT p.id, s.handle, s.name, p.what, p.due, p.theirs, p.made_at AS madeAt, p.kept_at AS keptAt
         FROM promise p JOIN dossier s ON s.id = p.dossier_id
        WHERE ${caseFilter(filter, 'p.kept_at')}${filter.dueBy === undefined ? '' : ' AND p.due <= @dueBy'}
        ORDER BY p.due, p.id`,
    ).all({ ...(filter.handle !== undefined && { handle: filter.handle }), ...(filter.dueBy !== undefined && { dueBy: filter.dueBy }) }) as (Omit<
      PromiseRecord,
      'theirs'
    > & { theirs: number })[];
    return rows.map((row) => ({ ...row, theirs: row.theirs === 1 }));
  }

  async complaints(filter: { handle?: string; open?: boolean }): Promise<ComplaintRecord[]> {
    return this.sql(
      `SELECT c.id, s.handle, s.name, c.what, c.due, c.opened_at AS openedAt, c.resolved_at AS resolvedAt, c.resolution
         FROM complaint c JOIN dossier s ON s.id = c.dossier_id
        WHERE ${caseFilter(filter, 'c.resolved_at')}
        ORDER BY c.due, c.id`,
    ).all(filter.handle === undefined ? {} : { handle: filter.handle }) as ComplaintRecord[];
  }

  async form(name: string): Promise<string | undefined> {
    return this.sql('SELECT definition FROM form WHERE name = ?').pluck().get(name) as string | undefined;
  }

  async forms(): Promise<{ name: string; definition: string; addedAt: string }[]> {
    return this.sql('SELECT name, definition, added_at AS addedAt FROM form ORDER BY name').all() as { name: string; definition: string; addedAt: string }[];
  }

  async *dossierRecords(batch: number): AsyncGenerator<DossierRecord[]> {
    // A batch of dossiers by id, then the rows of theirs in each table through its dossier index.
    for (let after = 0; ; ) {
      const rows = this.sql(
        `SELECT id, handle, ${CARD_COLUMNS.join(', ')}, filed_on, filed_at, created_at FROM dossier WHERE id > ? ORDER BY id LIMIT ?`,
      ).all(after, batch) as (CardRow & { id: number; handle: string; filed_on: Day | null; filed_at: string | null; created_at: string })[];
      if (rows.length === 0) return;
      const first = (rows[0] as { id: number }).id;
      after = (rows[rows.length - 1] as { id: number }).id;
      const records = new Map<number, DossierRecord>();
      for (const row of rows) {
        records.set(row.id, { handle: row.handle, card: cardOfRow(row), filedOn: row.filed_on, filedAt: row.filed_at, createdAt: row.created_at, history: [], documents: [], promises: [], complaints: [] });
      }
      const of = (id: number) => records.get(id) as DossierRecord;
      const entries = this.sql(
        `SELECT e.dossier_id, ${ENTRY_COLUMNS}
           FROM entry e WHERE e.dossier_id BETWEEN ? AND ? ORDER BY e.dossier_id, e.id`,
      ).all(first, after) as (EntryRow & { dossier_id: number })[];
      for (const row of entries) {
        const { id: _id, ...entry } = toEntry(row); // ids are the binder's own: an import numbers anew
        of(row.dossier_id).history.push(entry);
      }
      const documents = this.sql(
        `SELECT dossier_id, name, type, size, sha256, link, added_at AS addedAt, content
           FROM document WHERE dossier_id BETWEEN ? AND ? ORDER BY dossier_id, id`,
      ).all(first, after) as (DossierRecord['documents'][number] & { dossier_id: number })[];
      for (const { dossier_id, ...document } of documents) of(dossier_id).documents.push(document);
      const promises = this.sql(
        `SELECT dossier_id, what, due, theirs, made_at AS madeAt, kept_at AS keptAt
           FROM promise WHERE dossier_id BETWEEN ? AND ? ORDER BY dossier_id, id`,
      ).all(first, after) as (Omit<DossierRecord['promises'][number], 'theirs'> & { dossier_id: number; theirs: number })[];
      for (const { dossier_id, theirs, ...promise } of promises) of(dossier_id).promises.push({ ...promise, theirs: theirs === 1 });
      const complaints = this.sql(
        `SELECT dossier_id, what, due, opened_at AS openedAt, resolved_at AS resolvedAt, resolution
           FROM complaint WHERE dossier_id BETWEEN ? AND ? ORDER BY dossier_id, id`,
      ).all(first, after) as (DossierRecord['complaints'][number] & { dossier_id: number })[];
      for (const { dossier_id, ...complaint } of complaints) of(dossier_id).complaints.push(complaint);
      yield [...records.values()];
    }
  }

  async dossierCount(): Promise<number> {
    return this.sql('SELECT count(*) FROM dossier').pluck().get() as number;
  }

  async contactKeys(): Promise<ContactKeys[]> {
    return this.sql('SELECT handle, name, email, phone FROM dossier ORDER BY id').all() as ContactKeys[];
  }

  async cadences(): Promise<{ dossier: Dossier; lastReal: string | null }[]> {
    const rows = this.sql(
      `${selectDossier(`
         (SELECT max(r.at) FROM entry r WHERE r.dossier_id = d.id AND r.kind IN (${sqlWords(REAL_CONTACT_KINDS)})
             AND (r.outcome IS NULL OR r.outcome NOT IN (${sqlWords(UNREACHED_OUTCOMES)}))) AS last_real,`)}
        WHERE d.cadence IS NOT NULL AND d.filed_on IS NOT NULL`,
    ).all() as (DossierRow & { last_real: string | null })[];
    return rows.map((row) => ({ dossier: toDossier(row), lastReal: row.last_real }));
  }

  async claimReminder(item: Reminded, sentAt: string): Promise<boolean> {
    // Under the write lock: of two crm remind at the same moment, only one inserts the row.
    const claimed = this.db.transaction(() => {
      this.beforeWrite();
      const ref = this.reminderRef(item);
      if (ref === undefined) return false; // gone meanwhile: nothing left to remind of
      const inserted = this.sql('INSERT INTO reminder (what, ref, due, sent_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(item.what, ref, item.due, sentAt).changes;
      // A filing reminds only around its day: two days on, its row can never be asked for again.
      this.sql("DELETE FROM reminder WHERE what = 'filing' AND julianday(due) < julianday(?) - 2").run(sentAt);
      return inserted === 1;
    }).immediate();
    this.wrote();
    return claimed;
  }

  async releaseReminder(item: Reminded): Promise<void> {
    this.db.transaction(() => {
      this.beforeWrite();
      const ref = this.reminderRef(item);
      if (ref !== undefined) this.sql('DELETE FROM reminder WHERE what = ? AND ref = ? AND due = ?').run(item.what, ref, item.due);
    }).immediate();
    this.wrote();
  }

  /** The row a reminder names: the dossier's id for a filing; undefined when the dossier is gone. */
  private reminderRef(item: Reminded): number | undefined {
    if (item.what !== 'filing') return item.id;
    return this.sql('SELECT id FROM dossier WHERE handle = ?').pluck().get(item.handle) as number | undefined;
  }

  async commit(change: BinderChange): Promise<Committed> {
    const committed = this.db.transaction(() => {
      this.beforeWrite();
      const id = this.sql('INSERT INTO change_log (at, command, summary) VALUES (?, ?, ?)').run(change.at, change.command, change.summary)
        .lastInsertRowid as number;
      const meanwhile: Meanwhile[] = [];
      this.apply(change, new BeforeImages(id, this.sql('INSERT INTO change_before (change_id, seq, target, ref, before) VALUES (?, ?, ?, ?, ?)')), meanwhile);
      this.trimChanges(id);
      return { id, at: change.at, command: change.command, summary: change.summary, meanwhile };
    }).immediate();
    this.wrote();
    return committed;
  }

  async handlesRead(): Promise<{ firstAt(handle: string, index: number): Promise<number | undefined> }> {
    // A temporary table: SQLite keeps it in a file of its own beside the page cache, so memory
    // stays flat at any size; it works on a read-only binder too (crm import --dry-run).
    this.db.exec('CREATE TEMP TABLE IF NOT EXISTS handle_read (handle TEXT PRIMARY KEY, at INTEGER NOT NULL) WITHOUT ROWID; DELETE FROM temp.handle_read');
    const remember = this.sql('INSERT INTO temp.handle_read (handle, at) VALUES (?, ?) ON CONFLICT DO NOTHING');
    const first = this.sql('SELECT at FROM temp.handle_read WHERE handle = ?').pluck();
    return {
      firstAt: async (handle, index) => (remember.run(handle, index).changes === 1 ? undefined : (first.get(handle) as number)),
    };
  }

  changeInParts(command: string, at: string): ChangeInParts {
    let images: BeforeImages | undefined;
    return {
      write: async (part) => {
        if (images === undefined) {
          this.mayWrite();
          this.db.exec('BEGIN IMMEDIATE');
          const id = this.sql('INSERT INTO change_log (at, command, summary) VALUES (?, ?, ?)').run(at, command, '').lastInsertRowid as number;
          images = new BeforeImages(id, this.sql('INSERT INTO change_before (change_id, seq, target, ref, before) VALUES (?, ?, ?, ?, ?)'));
        }
        this.apply({ ...part, command, summary: '', at }, images, []);
      },
      finish: async (summary) => {
        if (images === undefined) return null;
        const { id } = images;
        this.sql('UPDATE change_log SET summary = ? WHERE id = ?').run(summary, id);
        this.trimChanges(id);
        this.db.exec('COMMIT');
        this.wrote();
        images = undefined;
        return { id, at, command, summary };
      },
      abandon: async () => {
        if (images !== undefined && this.db.inTransaction) this.db.exec('ROLLBACK');
        images = undefined;
      },
    };
  }

  /** Writes a change's rows, saving what undo needs in `images`; inside a transaction. */
  private apply(change: BinderChange, images: BeforeImages, meanwhile: Meanwhile[]): void {
    const saveBefore = (target: UndoTarget, ref: string, before: string | null) => images.save(target, ref, before);
    // A row this change creates is new: undo deletes it, and nothing can have saved it before.
    const saveNew = (target: UndoTarget, ref: string) => images.saveNew(target, ref);
    for (const dossier of change.creates ?? []) saveNew('dossier', String(this.createDossier(dossier, images.id)));
    for (const update of change.updates ?? []) {
      const row = this.sql('SELECT * FROM dossier WHERE handle = ?').get(update.handle) as StoredDossier | undefined;
      if (!row) throw new NoDossier(update.handle);
      saveBefore('dossier', String(row.id), JSON.stringify(row));
      this.changeDossier(row, remadeIfChanged(row, update, meanwhile), images.id);
    }
    const dossierId = (handle: string) => {
      const id = this.sql('SELECT id FROM dossier WHERE handle = ?').pluck().get(handle) as number | undefined;
      if (id === undefined) throw new NoDossier(handle);
      return id;
    };
    for (const d of change.documents ?? []) {
      const id = this.sql(
        'INSERT INTO document (dossier_id, name, type, size, sha256, content, link, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(dossierId(d.handle), d.name, d.type, d.size, d.sha256, d.content, d.link, d.addedAt ?? change.at).lastInsertRowid;
      saveNew('document', String(id));
    }
    for (const p of change.promises ?? []) {
      const id = this.sql('INSERT INTO promise (dossier_id, what, due, theirs, made_at, kept_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        dossierId(p.handle),
        p.what,
        p.due,
        p.theirs ? 1 : 0,
        p.madeAt ?? change.at,
        p.keptAt ?? null,
      ).lastInsertRowid;
      saveNew('promise', String(id));
    }
    for (const id of change.keptPromises ?? []) {
      saveBefore('promise', String(id), JSON.stringify(this.sql('SELECT * FROM promise WHERE id = ?').get(id)));
      this.sql('UPDATE promise SET kept_at = ? WHERE id = ?').run(change.at, id);
    }
    for (const c of change.complaints ?? []) {
      const id = this.sql(
        'INSERT INTO complaint (dossier_id, what, due, opened_at, resolved_at, resolution) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(dossierId(c.handle), c.what, c.due, c.openedAt ?? change.at, c.resolvedAt ?? null, c.resolution ?? null).lastInsertRowid;
      saveNew('complaint', String(id));
    }
    for (const { id, resolution } of change.resolvedComplaints ?? []) {
      saveBefore('complaint', String(id), JSON.stringify(this.sql('SELECT * FROM complaint WHERE id = ?').get(id)));
      this.sql('UPDATE complaint SET resolved_at = ?, resolution = ? WHERE id = ?').run(change.at, resolution, id);
    }
    for (const form of change.forms ?? []) {
      const before = this.sql('SELECT * FROM form WHERE name = ?').get(form.name);
      saveBefore('form', form.name, before ? JSON.stringify(before) : null);
      this.sql('INSERT OR REPLACE INTO form (name, definition, added_at) VALUES (?, ?, ?)').run(form.name, form.definition, form.addedAt ?? change.at);
    }
    if (change.settings) {
      const upsert = this.sql('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
      for (const [key, value] of Object.entries(change.settings)) {
        const before = this.sql('SELECT value FROM setting WHERE key = ?').pluck().get(key) as string | undefined;
        saveBefore('setting', key, before ?? null);
        upsert.run(key, JSON.stringify(value));
      }
    }
  }

  /** Undo reaches back over the last KEPT_CHANGES changes; older before-images are let go. */
  private trimChanges(id: number): void {
    this.sql('DELETE FROM change_log WHERE id <= ?').run(id - KEPT_CHANGES);
  }

  async changes(limit: number): Promise<ChangeRecord[]> {
    return this.sql('SELECT id, at, command, summary FROM change_log ORDER BY id DESC LIMIT ?').all(limit) as ChangeRecord[];
  }

  async undo(): Promise<ChangeRecord | null> {
    const undone = this.db.transaction(() => {
      this.beforeWrite();
      const last = this.sql('SELECT id, at, command, summary FROM change_log ORDER BY id DESC LIMIT 1').get() as ChangeRecord | undefined;
      if (!last) return null;
      // find's history text of each dossier whose entries go is computed again once they are gone.
      const retold = this.sql('SELECT DISTINCT dossier_id FROM entry WHERE change_id = ?').pluck().all(last.id) as number[];
      this.sql('DELETE FROM entry WHERE change_id = ?').run(last.id);
      const befores = this.sql('SELECT target, ref, before FROM change_before WHERE change_id = ? ORDER BY seq DESC').all(last.id) as {
        target: UndoTarget;
        ref: string;
        before: string | null;
      }[];
      for (const { target, ref, before } of befores) {
        if (target === 'document' || target === 'promise' || target === 'complaint' || target === 'form') {
          this.restoreRow(target, ref, before);
        } else if (target === 'setting') {
          if (before === null) this.sql('DELETE FROM setting WHERE key = ?').run(ref);
          else this.sql('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(ref, before);
        } else if (before === null) {
          this.sql('DELETE FROM dossier WHERE id = ?').run(Number(ref));
        } else {
          const row = savedDossier(before);
          this.sql(
            `UPDATE dossier SET handle = @handle, ${CARD_COLUMNS.map((f) => `${f} = @${f}`).join(', ')}, filed_on = @filed_on, filed_at = @filed_at,
                    created_at = @created_at, search_text = @search_text, phone_digits = @phone_digits
              WHERE id = @id`,
          ).run(row);
          this.indexWords(row.id, row.handle, row);
        }
      }
      for (const id of retold) redoHistoryText(this.db, id);
      this.sql('DELETE FROM change_log WHERE id = ?').run(last.id);
      return last;
    }).immediate();
    this.wrote();
    return undone;
  }

  async backup(path: string, { damagedToo = false } = {}): Promise<void> {
    // A copy of a damaged binder would push a sound one out of the backups folder; only crm
    // restore keeps one (damagedToo), of the binder it replaces.
    if (!damagedToo) this.refuseDamaged();
    try {
      backupWhole(this.db, path);
    } catch (error) {
      throw isDamage(error) ? damagedBy(this.path, error) : error;
    }
  }

  async checkFile(): Promise<Problem[]> {
    let integrity: string[];
    try {
      integrity = this.sql('PRAGMA integrity_check').pluck().all() as string[];
    } catch (error) {
      // So damaged that SQLite stops checking: what it said is the report.
      if (isDamage(error)) return [{ said: { key: 'integrity', facts: { line: (error as Error).message } }, mendable: false, damage: true }];
      throw error;
    }
    return integrity.join() === 'ok' ? [] : checkLines(integrity).map((line) => ({ said: { key: 'integrity', facts: { line } }, mendable: false, damage: true }));
  }

  async check(): Promise<Problem[]> {
    const recorded = (found: Finding[]) => found.map((said) => ({ said, mendable: false }));
    return [...recorded(this.checkRecords()), ...this.checkRing(), ...recorded(unsafeNames(this.db)), ...this.checkLookup().map((said) => ({ said, mendable: true }))];
  }

  async rebuildLookup(): Promise<void> {
    this.db.transaction(() => {
      this.beforeWrite();
      const update = this.sql('UPDATE dossier SET search_text = @text, phone_digits = @digits WHERE id = @id AND (search_text IS NOT @text OR phone_digits IS NOT @digits)');
      for (const row of this.sql(`SELECT id, handle, ${CARD_COLUMNS.join(', ')} FROM dossier`).all() as StoredDossier[]) {
        const card = cardOfRow(row);
        update.run({ id: row.id, text: cardSearchText(row.handle, card), digits: phoneDigits(card) });
        this.indexWords(row.id, row.handle, row);
      }
      this.sql("INSERT INTO dossier_search (dossier_search) VALUES ('rebuild')").run();
      for (const dossiers of historyTexts(this.db)) for (const { id, text, stored } of dossiers) if (text !== stored) writeHistoryText(this.db, id, text);
      this.sql("INSERT INTO history_search (history_search) VALUES ('rebuild')").run();
      this.sql('DELETE FROM filing_count').run();
      this.sql(`INSERT INTO filing_count ${FILING_COUNTS}`).run();
    }).immediate();
    this.wrote();
  }

  /** Rows that belong to a dossier (or a change) that is not there, and dates that do not exist. */
  private checkRecords(): Finding[] {
    const problems: Finding[] = [];
    const orphans = new Map<string, number>();
    for (const { table } of this.sql('PRAGMA foreign_key_check').all() as { table: string }[]) orphans.set(table, (orphans.get(table) ?? 0) + 1);
    for (const [table, count] of orphans) problems.push(orphanProblem(table, count));
    const undated = this.sql(
      `SELECT 'dossier' AS what, count(*) AS count FROM dossier WHERE filed_on IS NOT NULL AND date(filed_on) IS NOT filed_on
       UNION ALL SELECT 'promise', count(*) FROM promise WHERE date(due) IS NOT due
       UNION ALL SELECT 'complaint', count(*) FROM complaint WHERE date(due) IS NOT due`,
    ).all() as { what: 'dossier' | 'promise' | 'complaint'; count: number }[];
    const key = { dossier: 'undatedDossiers', promise: 'undatedPromises', complaint: 'undatedComplaints' } as const;
    for (const { what, count } of undated) if (count > 0) problems.push({ key: key[what], facts: { count } });
    return problems;
  }

  /**
   * BINDER.md: an open dossier is filed on exactly one date, and the history says every filing.
   * So the last filing, move or closing in a dossier's history says where it is now.
   */
  private checkRing(): Problem[] {
    const astray = this.sql(
      `SELECT d.handle, d.filed_on AS filedOn, d.filed_at AS filedAt, r.kind, r.filed_to AS historySays, r.filed_to_at AS historySaysAt FROM dossier d
       JOIN entry r ON r.id = (SELECT max(id) FROM entry WHERE dossier_id = d.id AND kind IN ('filed', 'moved', 'closed'))
       WHERE CASE WHEN r.kind = 'closed' THEN d.filed_on IS NOT NULL ELSE r.filed_to IS NOT d.filed_on OR r.filed_to_at IS NOT d.filed_at END
       ORDER BY d.handle`,
    ).all() as AstrayDossier[];
    return ringProblems(astray);
  }

  /** What crm keeps beside the dossiers to find them: lookup words, search text, find's index, filing counts. */
  private checkLookup(): Finding[] {
    const problems: Finding[] = [];
    const wordless = this.sql('SELECT handle FROM dossier d WHERE NOT EXISTS (SELECT 1 FROM dossier_word w WHERE w.dossier_id = d.id) ORDER BY handle').pluck().all() as string[];
    problems.push(...lookupProblems.wordless(wordless));
    const stale: string[] = [];
    for (const row of eachRow<StoredDossier>(this.sql(`SELECT handle, ${CARD_COLUMNS.join(', ')}, search_text, phone_digits FROM dossier`))) {
      const card = cardOfRow(row);
      if (row.search_text !== cardSearchText(row.handle, card) || row.phone_digits !== phoneDigits(card)) stale.push(row.handle);
    }
    problems.push(...lookupProblems.staleText(stale));
    // SQLite checks find's index with a statement that writes: a read-only binder's goes unchecked
    // (the doctor's report says so) rather than reported broken.
    if (!this.readOnly) {
      try {
        this.sql("INSERT INTO dossier_search (dossier_search, rank) VALUES ('integrity-check', 1)").run();
      } catch {
        problems.push({ key: 'findIndex' });
      }
    }
    const untold = this.staleHistoryTexts();
    problems.push(...lookupProblems.staleHistory(untold));
    if (!this.readOnly) {
      try {
        this.sql("INSERT INTO history_search (history_search, rank) VALUES ('integrity-check', 1)").run();
      } catch {
        problems.push({ key: 'historyIndex' });
      }
    }
    // Rows in one of the two and not the other: a day counted wrong, or a day not counted.
    const miscounted = this.sql(
      `SELECT count(DISTINCT day) FROM (SELECT day, count FROM filing_count EXCEPT ${FILING_COUNTS}
                             UNION ALL SELECT * FROM (${FILING_COUNTS} EXCEPT SELECT day, count FROM filing_count))`,
    ).pluck().get() as number;
    if (miscounted > 0) problems.push({ key: 'miscounted', facts: { count: miscounted } });
    return problems;
  }

  /** Handles of the dossiers whose stored history text is not what their entries make. */
  private staleHistoryTexts(): string[] {
    const stale: number[] = [];
    for (const dossiers of historyTexts(this.db)) for (const { id, text, stored } of dossiers) if (text !== stored) stale.push(id);
    if (stale.length === 0) return [];
    return this.sql('SELECT handle FROM dossier WHERE id IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(stale)) as string[];
  }

  async inspectCopy(path: string): Promise<CopyInfo> {
    const refuse = (reason: string) => new NotRestorable(path, reason, join(dirname(this.path), 'backups'));
    const said = why().copy;
    if (!existsSync(path)) throw refuse(said.noSuchFile);
    if (realpathSync(path) === (existsSync(this.path) ? realpathSync(this.path) : this.path)) throw refuse(said.theBinder);
    let copy: Database | undefined;
    try {
      // Opened for writing but never written to: a read-only handle would leave -wal and -shm files beside it.
      copy = new Database(path, { fileMustExist: true });
      const { problem, version } = notOurs(copy);
      if (problem) throw refuse(problem.kind === 'another program' ? said.anotherProgram : said.newer({ version: problem.version, newest: problem.newest }));
      if (version === 0) throw refuse(said.empty);
      const integrity = prepared(copy, 'PRAGMA integrity_check').pluck().all() as string[];
      if (integrity.join() !== 'ok') throw refuse(said.damaged({ reason: String(integrity[0]) }));
      if (prepared(copy, 'PRAGMA foreign_key_check').all().length > 0) throw refuse(said.dangling);
      const unsafe = unsafeNames(copy)[0];
      if (unsafe) throw refuse(said.unsafe({ problem: sayKept(doctorSays().problem, unsafe) }));
      const dossiers = prepared(copy, 'SELECT count(*) FROM dossier').pluck().get() as number;
      return { version, dossiers, newest: SCHEMA_VERSION };
    } catch (error) {
      if (error instanceof StoreError) throw error;
      const code = (error as { code?: string }).code ?? (error as Error).message;
      throw refuse(code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' ? said.damagedOrNot : said.unreadable({ code }));
    } finally {
      copy?.close();
    }
  }

  async restore(path: string): Promise<void> {
    this.mayWrite();
    const copy = new Database(path, { fileMustExist: true });
    try {
      // SQLite's backup API writes the copy into the binder page by page under the binder's own
      // locks, so a crm that has it open at the same moment waits instead of seeing half of it.
      backupWhole(copy, this.path);
    } finally {
      copy.close();
    }
    // The binder is now the copy: the next write checks it whole (no stamp vouches for it).
    this.sound = undefined;
  }

  async close(): Promise<void> {
    // Stamped only when the files are still as this process last knew them sound (nobody wrote
    // since), and after closing: the last connection to close folds the log into the file.
    const stamp = this.sound && this.checked?.damage === undefined && this.stateFolder !== undefined && this.write && !this.readOnly && sameFiles(this.sound.files, filesNow(this.path));
    this.db.close();
    if (stamp && this.sound && this.stateFolder !== undefined) writeStamp(this.stateFolder, this.path, this.sound.since);
  }

  async abandon(): Promise<void> {
    this.db.close();
    if (!this.exists) removeBinder(this.path, this.createdFolder);
  }

  /**
   * Puts back a row of a table without dependants as it was before a change: deleted when the
   * change created it, else written back whole. Table and column names come from ROW_TABLES.
   */
  private restoreRow(table: keyof typeof ROW_TABLES, ref: string, before: string | null): void {
    const { key, columns } = ROW_TABLES[table];
    if (before === null) {
      this.sql(`DELETE FROM ${table} WHERE ${key} = ?`).run(key === 'id' ? Number(ref) : ref);
      return;
    }
    const row = JSON.parse(before) as Record<string, unknown>;
    // A document's content went through JSON as {type: 'Buffer', data: [...]}.
    if (table === 'document' && row.content && typeof row.content === 'object') row.content = Buffer.from((row.content as { data: number[] }).data);
    this.sql(`INSERT OR REPLACE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
  }

  /**
   * Inserts a new dossier with its words and entries; returns its id. A handle another process
   * filed since this one looked is HandleTaken (looked at again here, under the write lock), and
   * the transaction is rolled back whole.
   */
  private createDossier({ handle, card: given, filedOn, filedAt, entries, createdAt }: NewDossier, changeId: number): number {
    const card = settledCard(given);
    const inserted = this.sql(
      `INSERT INTO dossier (handle, ${CARD_COLUMNS.join(', ')}, filed_on, filed_at, created_at, search_text, phone_digits)
       VALUES (@handle, ${CARD_COLUMNS.map((f) => `@${f}`).join(', ')}, @filedOn, @filedAt, @createdAt, @searchText, @phoneDigits)
       ON CONFLICT (handle) DO NOTHING`,
    ).run({
      handle,
      ...rowOfCard(card),
      filedOn,
      filedAt: filedOn === null ? null : (filedAt ?? null),
      createdAt: createdAt ?? entries[0]?.at ?? new Date().toISOString(),
      searchText: cardSearchText(handle, card),
      phoneDigits: phoneDigits(card),
    });
    if (inserted.changes === 0) throw new HandleTaken(handle);
    const id = inserted.lastInsertRowid as number;
    this.indexWords(id, handle, card);
    this.appendEntries(id, entries, changeId);
    return id;
  }

  private changeDossier(current: StoredDossier, { card = {}, filedOn, filedAt, entries }: DossierChange, changeId: number): void {
    const next = changedCard(cardOfRow(current), card);
    this.sql(
      `UPDATE dossier SET ${CARD_COLUMNS.map((f) => `${f} = @${f}`).join(', ')}, search_text = @searchText, phone_digits = @phoneDigits
        WHERE id = @id`,
    ).run({ ...rowOfCard(next), id: current.id, searchText: cardSearchText(current.handle, next), phoneDigits: phoneDigits(next) });
    // Closing takes the hour with the date; a new date without a word on the hour keeps it (a move).
    if (filedOn === null) this.sql('UPDATE dossier SET filed_on = NULL, filed_at = NULL WHERE id = ?').run(current.id);
    else if (filedOn !== undefined) this.sql('UPDATE dossier SET filed_on = ? WHERE id = ?').run(filedOn, current.id);
    if (filedAt !== undefined && filedOn !== null) this.sql('UPDATE dossier SET filed_at = ? WHERE id = ?').run(filedAt, current.id);
    if (card.name !== undefined || card.company !== undefined) this.indexWords(current.id, current.handle, next);
    this.appendEntries(current.id, entries, changeId);
  }

  private indexWords(id: number, handle: string, card: Pick<Card, 'name' | 'company'>): void {
    this.sql('DELETE FROM dossier_word WHERE dossier_id = ?').run(id);
    const insert = this.sql('INSERT OR IGNORE INTO dossier_word (word, dossier_id) VALUES (?, ?)');
    for (const word of lookupWords(handle, card)) insert.run(word, id);
  }

  private appendEntries(id: number, entries: NewEntry[], changeId: number): void {
    const insert = this.sql(
      `INSERT INTO entry (dossier_id, at, kind, note, outcome, offer, filed_from, filed_to, filed_from_at, filed_to_at, changes, form, change_id, made_by, made_for)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const entry of entries) {
      insert.run(
        id,
        entry.at,
        entry.kind,
        entry.note ?? null,
        entry.outcome ?? null,
        entry.offer ?? null,
        entry.from ?? null,
        entry.to ?? null,
        entry.fromAt ?? null,
        entry.toAt ?? null,
        entry.changes ? JSON.stringify(entry.changes) : null,
        entry.form ? JSON.stringify(entry.form) : null,
        changeId,
        // Only an import gives them: it keeps who made an entry on a team's binder.
        entry.by ?? null,
        entry.for ?? null,
      );
    }
    appendToHistoryText(this.db, id, entries);
  }
}


/** How many dossiers are filed on each day, counted afresh: what filing_count must hold. */
const FILING_COUNTS = 'SELECT filed_on, count(*) FROM dossier WHERE filed_on IS NOT NULL GROUP BY filed_on';


/**
 * Handles and document names that crm would not take (binder/names.ts), in a binder or a copy
 * made elsewhere: a handle is inserted by shell completion, a document's name is where
 * `crm docs --get` writes. Undo records count too: crm undo writes their rows back.
 */
function unsafeNames(db: Database): Finding[] {
  // A copy of an older binder to restore may not have every table yet (documents came in version 3).
  const tables = new Set(prepared(db, "SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  const handles = (prepared(db, 'SELECT handle FROM dossier ORDER BY handle').pluck().all() as string[]).filter((handle) => !isHandle(handle));
  const documents = tables.has('document')
    ? (prepared(db, 'SELECT d.handle, n.name FROM document n JOIN dossier d ON d.id = n.dossier_id ORDER BY d.handle, n.name').all() as { handle: string; name: string }[]).filter(
        ({ name }) => !isDocumentName(name),
      )
    : [];
  const undo = tables.has('change_before')
    ? (prepared(
        db,
        `SELECT target, json_extract(before, CASE target WHEN 'dossier' THEN '$.handle' ELSE '$.name' END) AS name FROM change_before
         WHERE target IN ('dossier', 'document') AND json_valid(before)`,
      ).all() as { target: 'dossier' | 'document'; name: unknown }[])
    : [];
  const badUndo = undo.filter(({ target, name }) => typeof name !== 'string' || !(target === 'dossier' ? isHandle(name) : isDocumentName(name)));
  return unsafeNameProblems(handles, documents, badUndo.map(({ name }) => String(name)));
}

