// The binder as a local SQLite file. All of crm's SQL is in this folder.
import { closeSync, existsSync, mkdirSync, openSync, realpathSync, rmdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { byText, type Day } from '../binder/day.js';
import { CARD_FIELDS, type Card, type ConversationKind, type Dossier, type EntryKind, type HistoryEntry, type NewEntry } from '../binder/dossier.js';
import { asciiDigits, fold, foldedWords } from '../binder/fold.js';
import { DEFAULT_SETTINGS, type BinderSettings } from '../binder/settings.js';
import { UserError } from '../errors.js';
import { keepCopy } from './backups.js';
import { migrate, SCHEMA_VERSION } from './migrations.js';
import { backupWhole, keep, pragmaValue, prepared } from './prepared.js';
import type {
  BinderChange,
  ChangeInParts,
  ChangeRecord,
  ComplaintRecord,
  ContactKeys,
  CopyInfo,
  Problem,
  DocumentInfo,
  DossierRecord,
  DossierChange,
  HandledEntry,
  NewDossier,
  PromiseRecord,
  Store,
} from './store.js';

// better-sqlite3 is CommonJS: required, not imported, it skips the ESM loader's scan of its
// exports, a few milliseconds of every command's start-up.
const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
type Database = BetterSqlite3.Database;

/** Marks a SQLite file as a crm binder (PRAGMA application_id), "crm1". */
const APPLICATION_ID = 0x63726d31;

export type OpenMode = 'read' | 'write';

/** An older binder brought up to this crm's schema when it was opened. */
export interface Upgrade {
  from: number;
  to: number;
  /** The copy taken before it, in the backups folder. */
  backup: string;
}

/**
 * Opens the binder at `path`. A write creates it (and its folder) readable by the owner only; a
 * read of a missing binder sees an empty one in memory and creates nothing. A binder of an older
 * schema is copied to the backups folder, then upgraded in one transaction (`now` names the copy).
 */
export async function openSqliteStore(path: string, mode: OpenMode, now: () => string): Promise<SqliteStore> {
  const exists = existsSync(path);
  const createdFolder = !exists && mode === 'write' ? createOwnerOnly(path) : undefined;
  let db: Database | undefined;
  let upgrade: Upgrade | undefined;
  try {
    db = keep(new Database(exists || mode === 'write' ? path : ':memory:', { fileMustExist: exists || mode === 'write' }));
    db.exec('PRAGMA busy_timeout = 5000');
    checkBinder(db, path);
    db.exec('PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON');
    const version = pragmaValue(db, 'user_version') as number;
    if (version > 0 && version < SCHEMA_VERSION) upgrade = await upgradeBinder(db, path, version, now);
    else migrate(db);
    // After the upgrade: a binder that fails one is left byte for byte as it was, journal mode too.
    db.exec('PRAGMA journal_mode = WAL');
    if (pragmaValue(db, 'application_id') === 0) db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
  } catch (error) {
    db?.close();
    if (!exists && mode === 'write') removeBinder(path, createdFolder);
    throw asBinderError(error, path);
  }
  return new SqliteStore(db, path, exists, createdFolder, upgrade);
}

/** Copies an older binder aside, then migrates it; a failed migration leaves it as it was. */
async function upgradeBinder(db: Database, path: string, from: number, now: () => string): Promise<Upgrade> {
  let backup: string;
  try {
    backup = (await keepCopy(path, now(), 'before-upgrade', (temporary) => backupWhole(db, temporary))).path;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UserError(`cannot copy ${path} into ${join(dirname(path), 'backups')} before upgrading it (${reason}); nothing was changed, free some space or fix the folder's rights and try again`, 3);
  }
  try {
    migrate(db);
  } catch (error) {
    throw new UserError(
      `cannot upgrade ${path} from binder version ${from} to ${SCHEMA_VERSION} (${(error as Error).message}); the binder is as it was, and a copy is in ${backup}`,
      3,
    );
  }
  return { from, to: SCHEMA_VERSION, backup };
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
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw asBinderError(error, path);
  }
  return createdFolder;
}

/** Refuses a file that is not a crm binder, or one written by a newer crm, before anything is written. */
function checkBinder(db: Database, path: string): void {
  const problem = notOurs(db);
  if (problem) throw new UserError(`${path} ${problem.reason}; ${problem.advice}`, 3);
}

/** Why a SQLite file is not a binder this crm can open; undefined when it is one (or empty). */
function notOurs(db: Database): { reason: string; advice: string } | undefined {
  const applicationId = pragmaValue(db, 'application_id') as number;
  const version = pragmaValue(db, 'user_version') as number;
  const tables = prepared(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get() as number;
  if (applicationId !== APPLICATION_ID && (applicationId !== 0 || tables > 0)) {
    return { reason: 'is a SQLite database of another program, not a crm binder', advice: 'name a binder with --db or CRM_DB' };
  }
  if (version > SCHEMA_VERSION) {
    return { reason: `was written by a newer crm (binder version ${version}, this crm knows up to ${SCHEMA_VERSION})`, advice: 'upgrade crm to open it' };
  }
  return undefined;
}

function asBinderError(error: unknown, path: string): unknown {
  if (error instanceof UserError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new UserError(`${path} is not a readable crm binder (damaged, or not a SQLite file); restore it from a backup or name another with --db`, 3);
  }
  if (code === 'EACCES' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') {
    return new UserError(`cannot open the binder ${path} (${code}); check that the file and its folder are yours and writable`, 3);
  }
  return error;
}

interface DossierRow extends Card {
  id: number;
  handle: string;
  filed_on: Day | null;
  created_at: string;
  last_at: string | null;
  last_kind: ConversationKind | null;
  last_note: string | null;
  last_outcome: string | null;
  offer: string | null;
}

/** A dossier row as stored: what undo saves and puts back. */
interface StoredDossier extends Card {
  id: number;
  handle: string;
  filed_on: Day | null;
  created_at: string;
  search_text: string;
  phone_digits: string | null;
}

type UndoTarget = 'dossier' | 'setting' | keyof typeof ROW_TABLES;

/** The tables whose rows undo puts back whole: their key and every column. */
const ROW_TABLES = {
  document: { key: 'id', columns: ['id', 'dossier_id', 'name', 'type', 'size', 'sha256', 'content', 'link', 'added_at'] },
  promise: { key: 'id', columns: ['id', 'dossier_id', 'what', 'due', 'theirs', 'made_at', 'kept_at'] },
  complaint: { key: 'id', columns: ['id', 'dossier_id', 'what', 'due', 'opened_at', 'resolved_at', 'resolution'] },
  form: { key: 'name', columns: ['name', 'definition', 'added_at'] },
} as const;

/** How many changes back crm undo can go. */
const KEPT_CHANGES = 100;

/** What undo needs to take a change back: each row's state before the change, saved once. */
class BeforeImages {
  private seq = 0;
  /** Rows already saved, "target:ref": a row changed twice keeps its first before-image. */
  private readonly saved = new Set<string>();

  constructor(
    readonly id: number,
    private readonly insert: BetterSqlite3.Statement,
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

interface EntryRow {
  id: number;
  at: string;
  kind: EntryKind;
  note: string | null;
  outcome: string | null;
  offer: string | null;
  filed_from: Day | null;
  filed_to: Day | null;
  changes: string | null;
  form: string | null;
}

// The card's last conversation and offer are read from the history through the partial indexes
// entry_conversation and entry_offer: one index probe each, whatever the size of the history.
const selectDossier = (extraColumns = '') => `
  SELECT d.id, d.handle, ${CARD_FIELDS.map((f) => `d.${f}`).join(', ')},
         d.filed_on, d.created_at,${extraColumns}
         t.at AS last_at, t.kind AS last_kind, t.note AS last_note, t.outcome AS last_outcome,
         (SELECT o.offer FROM entry o
           WHERE o.dossier_id = d.id AND o.offer IS NOT NULL ORDER BY o.id DESC LIMIT 1) AS offer
    FROM dossier d
    LEFT JOIN entry t ON t.id =
         (SELECT c.id FROM entry c
           WHERE c.dossier_id = d.id AND c.kind IN ('call', 'meeting', 'email', 'note')
           ORDER BY c.id DESC LIMIT 1)`;
const SELECT_DOSSIER = selectDossier();

export class SqliteStore implements Store {
  constructor(
    private readonly db: Database,
    readonly path: string,
    readonly exists: boolean,
    private readonly createdFolder?: string,
    /** Set when opening brought an older binder up to this crm's schema. */
    readonly upgrade?: Upgrade,
  ) {}

  /** Prepared once per process, reused after. */
  private sql(text: string): BetterSqlite3.Statement {
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
    return rows.map(toDossier).filter((dossier) => fold(dossier.handle) === folded);
  }

  async dossiersByWordPrefix(prefix: string, limit: number): Promise<Dossier[]> {
    // Every word starting with the prefix sorts between the prefix and the prefix + U+10FFFF.
    const rows = this.sql(
      `${SELECT_DOSSIER}
        WHERE d.id IN (SELECT dossier_id FROM dossier_word WHERE word >= @prefix AND word < @prefix || char(1114111))
        ORDER BY d.handle LIMIT @limit`,
    ).all({ prefix, limit }) as DossierRow[];
    return rows.map(toDossier);
  }

  async filedBetween(from: Day, to: Day): Promise<Dossier[]> {
    const rows = this.sql(`${SELECT_DOSSIER} WHERE d.filed_on BETWEEN ? AND ? ORDER BY d.filed_on, d.handle`).all(from, to) as DossierRow[];
    return rows.map(toDossier);
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

  async search(folded: string, digits: string | null, limit: number): Promise<Dossier[]> {
    // The trigram index serves any text of three characters or more; shorter text is looked for
    // in every dossier's text (it matches so many that reading them all is the work anyway).
    if ([...folded].length < 3) {
      const rows = this.sql(
        `${SELECT_DOSSIER}
          WHERE instr(d.search_text, @folded) > 0 OR (@digits IS NOT NULL AND instr(d.phone_digits, @digits) > 0)
          ORDER BY d.handle LIMIT @limit`,
      ).all({ folded, digits, limit }) as DossierRow[];
      return rows.map(toDossier);
    }
    // A phrase of the index's query language: the text in double quotes, a quote inside doubled.
    const phrase = (text: string) => `"${text.replace(/"/g, '""')}"`;
    const query = `search_text : ${phrase(folded)}${digits !== null ? ` OR phone_digits : ${phrase(digits)}` : ''}`;
    const rows = this.sql(
      `${SELECT_DOSSIER}
        WHERE d.id IN (SELECT rowid FROM dossier_search WHERE dossier_search MATCH @query)
        ORDER BY d.handle LIMIT @limit`,
    ).all({ query, limit }) as DossierRow[];
    return rows.map(toDossier);
  }

  async handles(): Promise<string[]> {
    return this.sql('SELECT handle FROM dossier').pluck().all() as string[];
  }

  async history(handle: string): Promise<HistoryEntry[]> {
    const rows = this.sql(
      `SELECT e.id, e.at, e.kind, e.note, e.outcome, e.offer, e.filed_from, e.filed_to, e.changes, e.form
         FROM entry e JOIN dossier d ON d.id = e.dossier_id WHERE d.handle = ? ORDER BY e.id`,
    ).all(handle) as EntryRow[];
    return rows.map(toEntry);
  }

  async entriesBetween(from: Day, to: Day): Promise<HandledEntry[]> {
    // Stamps begin with the local date: every stamp of `to` sorts before `to` + 'U'.
    const rows = this.sql(
      `SELECT e.id, e.at, e.kind, e.note, e.outcome, e.offer, e.filed_from, e.filed_to, e.changes, e.form, d.handle, d.name
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
        `SELECT id, handle, ${CARD_FIELDS.join(', ')}, filed_on, created_at FROM dossier WHERE id > ? ORDER BY id LIMIT ?`,
      ).all(after, batch) as (Card & { id: number; handle: string; filed_on: Day | null; created_at: string })[];
      if (rows.length === 0) return;
      const first = (rows[0] as { id: number }).id;
      after = (rows[rows.length - 1] as { id: number }).id;
      const records = new Map<number, DossierRecord>();
      for (const row of rows) {
        records.set(row.id, { handle: row.handle, card: pickCard(row), filedOn: row.filed_on, createdAt: row.created_at, history: [], documents: [], promises: [], complaints: [] });
      }
      const of = (id: number) => records.get(id) as DossierRecord;
      const entries = this.sql(
        `SELECT dossier_id, id, at, kind, note, outcome, offer, filed_from, filed_to, changes, form
           FROM entry WHERE dossier_id BETWEEN ? AND ? ORDER BY dossier_id, id`,
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
    // A real contact is a call, meeting or e-mail that reached the client (not no-answer or voicemail).
    const rows = this.sql(
      `${selectDossier(`
         (SELECT max(r.at) FROM entry r WHERE r.dossier_id = d.id AND r.kind IN ('call', 'meeting', 'email')
             AND (r.outcome IS NULL OR r.outcome NOT IN ('no-answer', 'voicemail'))) AS last_real,`)}
        WHERE d.cadence IS NOT NULL AND d.filed_on IS NOT NULL`,
    ).all() as (DossierRow & { last_real: string | null })[];
    return rows.map((row) => ({ dossier: toDossier(row), lastReal: row.last_real }));
  }

  async commit(change: BinderChange): Promise<ChangeRecord> {
    return this.db.transaction(() => {
      const id = this.sql('INSERT INTO change_log (at, command, summary) VALUES (?, ?, ?)').run(change.at, change.command, change.summary)
        .lastInsertRowid as number;
      this.apply(change, new BeforeImages(id, this.sql('INSERT INTO change_before (change_id, seq, target, ref, before) VALUES (?, ?, ?, ?, ?)')));
      this.trimChanges(id);
      return { id, at: change.at, command: change.command, summary: change.summary };
    }).immediate();
  }

  changeInParts(command: string, at: string): ChangeInParts {
    let images: BeforeImages | undefined;
    return {
      write: async (part) => {
        if (images === undefined) {
          this.db.exec('BEGIN IMMEDIATE');
          const id = this.sql('INSERT INTO change_log (at, command, summary) VALUES (?, ?, ?)').run(at, command, '').lastInsertRowid as number;
          images = new BeforeImages(id, this.sql('INSERT INTO change_before (change_id, seq, target, ref, before) VALUES (?, ?, ?, ?, ?)'));
        }
        this.apply({ ...part, command, summary: '', at }, images);
      },
      finish: async (summary) => {
        if (images === undefined) return null;
        const { id } = images;
        this.sql('UPDATE change_log SET summary = ? WHERE id = ?').run(summary, id);
        this.trimChanges(id);
        this.db.exec('COMMIT');
        images = undefined;
        return { id, at, command, summary };
      },
      abandon: () => {
        if (images !== undefined && this.db.inTransaction) this.db.exec('ROLLBACK');
        images = undefined;
      },
    };
  }

  /** Writes a change's rows, saving what undo needs in `images`; inside a transaction. */
  private apply(change: BinderChange, images: BeforeImages): void {
    const saveBefore = (target: UndoTarget, ref: string, before: string | null) => images.save(target, ref, before);
    // A row this change creates is new: undo deletes it, and nothing can have saved it before.
    const saveNew = (target: UndoTarget, ref: string) => images.saveNew(target, ref);
    for (const dossier of change.creates ?? []) saveNew('dossier', String(this.createDossier(dossier, images.id)));
    for (const update of change.updates ?? []) {
      const row = this.sql('SELECT * FROM dossier WHERE handle = ?').get(update.handle) as StoredDossier | undefined;
      if (!row) throw new UserError(`no dossier "${update.handle}"`);
      saveBefore('dossier', String(row.id), JSON.stringify(row));
      this.changeDossier(row, update, images.id);
    }
    const dossierId = (handle: string) => {
      const id = this.sql('SELECT id FROM dossier WHERE handle = ?').pluck().get(handle) as number | undefined;
      if (id === undefined) throw new UserError(`no dossier "${handle}"`);
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
    return this.db.transaction(() => {
      const last = this.sql('SELECT id, at, command, summary FROM change_log ORDER BY id DESC LIMIT 1').get() as ChangeRecord | undefined;
      if (!last) return null;
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
          // A row saved by a crm of schema version 2 lacks the card fields migration 3 added: they
          // were empty then.
          const saved = JSON.parse(before) as Partial<StoredDossier>;
          const row = { ...saved, ...Object.fromEntries(CARD_FIELDS.map((field) => [field, saved[field] ?? null])) } as StoredDossier;
          this.sql(
            `UPDATE dossier SET handle = @handle, ${CARD_FIELDS.map((f) => `${f} = @${f}`).join(', ')}, filed_on = @filed_on,
                    created_at = @created_at, search_text = @search_text, phone_digits = @phone_digits
              WHERE id = @id`,
          ).run(row);
          this.indexWords(row.id, row.handle, row);
        }
      }
      this.sql('DELETE FROM change_log WHERE id = ?').run(last.id);
      return last;
    }).immediate();
  }

  async backup(path: string): Promise<void> {
    backupWhole(this.db, path);
  }

  async check(): Promise<Problem[]> {
    const integrity = this.sql('PRAGMA integrity_check').pluck().all() as string[];
    // A damaged file answers the rest wrongly or not at all: its own lines are the report.
    if (integrity.join() !== 'ok') return integrity.map((line) => ({ text: `integrity: ${line}`, mendable: false }));
    const recorded = [...this.checkRecords(), ...this.checkRing()].map((text) => ({ text, mendable: false }));
    return [...recorded, ...this.checkLookup().map((text) => ({ text, mendable: true }))];
  }

  async rebuildLookup(): Promise<void> {
    this.db.transaction(() => {
      const update = this.sql('UPDATE dossier SET search_text = @text, phone_digits = @digits WHERE id = @id AND (search_text IS NOT @text OR phone_digits IS NOT @digits)');
      for (const row of this.sql(`SELECT id, handle, ${CARD_FIELDS.join(', ')} FROM dossier`).all() as StoredDossier[]) {
        update.run({ id: row.id, text: searchText(row.handle, row), digits: phoneDigits(row.phone) });
        this.indexWords(row.id, row.handle, row);
      }
      this.sql("INSERT INTO dossier_search (dossier_search) VALUES ('rebuild')").run();
      this.sql('DELETE FROM filing_count').run();
      this.sql(`INSERT INTO filing_count ${FILING_COUNTS}`).run();
    }).immediate();
  }

  /** Rows that belong to a dossier (or a change) that is not there, and dates that do not exist. */
  private checkRecords(): string[] {
    const problems: string[] = [];
    const orphans = new Map<string, number>();
    for (const { table } of this.sql('PRAGMA foreign_key_check').all() as { table: string }[]) orphans.set(table, (orphans.get(table) ?? 0) + 1);
    for (const [table, count] of orphans) {
      const owner = table === 'change_before' ? 'change' : 'dossier';
      const [one, many] = RECORD_NAMES[table] ?? [`row of ${table}`, `rows of ${table}`];
      problems.push(count === 1 ? `1 ${one} belongs to no ${owner} (the ${owner} it names is not in the binder)` : `${count} ${many} belong to no ${owner} (the ${owner}s they name are not in the binder)`);
    }
    const undated = this.sql(
      `SELECT 'dossier' AS what, 'filed' AS how, count(*) AS count FROM dossier WHERE filed_on IS NOT NULL AND date(filed_on) IS NOT filed_on
       UNION ALL SELECT 'promise', 'due', count(*) FROM promise WHERE date(due) IS NOT due
       UNION ALL SELECT 'complaint', 'due', count(*) FROM complaint WHERE date(due) IS NOT due`,
    ).all() as { what: string; how: string; count: number }[];
    for (const { what, how, count } of undated) {
      if (count > 0) problems.push(`${count} ${what}${count === 1 ? ' is' : 's are'} ${how} on a date that does not exist`);
    }
    return problems;
  }

  /**
   * BINDER.md: an open dossier is filed on exactly one date, and the history says every filing.
   * So the last filing, move or closing in a dossier's history says where it is now.
   */
  private checkRing(): string[] {
    const astray = this.sql(
      `SELECT d.handle, d.filed_on AS filedOn, r.kind, r.filed_to AS historySays FROM dossier d
       JOIN entry r ON r.id = (SELECT max(id) FROM entry WHERE dossier_id = d.id AND kind IN ('filed', 'moved', 'closed'))
       WHERE CASE WHEN r.kind = 'closed' THEN d.filed_on IS NOT NULL ELSE r.filed_to IS NOT d.filed_on END
       ORDER BY d.handle`,
    ).all() as { handle: string; filedOn: Day | null; kind: string; historySays: Day | null }[];
    const lost = astray.filter((d) => d.filedOn === null);
    const elsewhere = astray.filter((d) => d.filedOn !== null);
    const problems: string[] = [];
    if (lost.length > 0) {
      problems.push(`${lost.length === 1 ? '1 open dossier is' : `${lost.length} open dossiers are`} filed nowhere (out of the ring, never closed): ${listed(lost.map((d) => d.handle))}; file each again with crm file <client> <when>`);
    }
    if (elsewhere.length > 0) {
      const where = elsewhere.map((d) => `${d.handle} on ${d.filedOn}, history says ${d.historySays ?? 'closed'}`);
      problems.push(`${elsewhere.length === 1 ? '1 dossier is filed elsewhere than its history says' : `${elsewhere.length} dossiers are filed elsewhere than their histories say`}: ${listed(where)}`);
    }
    return problems;
  }

  /** What crm keeps beside the dossiers to find them: lookup words, search text, find's index, filing counts. */
  private checkLookup(): string[] {
    const problems: string[] = [];
    const wordless = this.sql('SELECT handle FROM dossier d WHERE NOT EXISTS (SELECT 1 FROM dossier_word w WHERE w.dossier_id = d.id) ORDER BY handle').pluck().all() as string[];
    if (wordless.length > 0) problems.push(`${wordless.length} dossier${wordless.length === 1 ? ' has' : 's have'} no lookup words, so no client name finds ${wordless.length === 1 ? 'it' : 'them'}: ${listed(wordless)}`);
    const stale: string[] = [];
    for (const row of this.sql(`SELECT handle, ${CARD_FIELDS.join(', ')}, search_text, phone_digits FROM dossier`).iterate() as Iterable<StoredDossier>) {
      if (row.search_text !== searchText(row.handle, row) || row.phone_digits !== phoneDigits(row.phone)) stale.push(row.handle);
    }
    if (stale.length > 0) problems.push(`crm find's text of ${stale.length} dossier${stale.length === 1 ? ' is' : 's are'} out of date: ${listed(stale.sort(byText))}`);
    try {
      this.sql("INSERT INTO dossier_search (dossier_search, rank) VALUES ('integrity-check', 1)").run();
    } catch {
      problems.push("crm find's index does not match the dossiers");
    }
    // Rows in one of the two and not the other: a day counted wrong, or a day not counted.
    const miscounted = this.sql(
      `SELECT count(DISTINCT day) FROM (SELECT day, count FROM filing_count EXCEPT ${FILING_COUNTS}
                             UNION ALL SELECT * FROM (${FILING_COUNTS} EXCEPT SELECT day, count FROM filing_count))`,
    ).pluck().get() as number;
    if (miscounted > 0) problems.push(`the filing count${miscounted === 1 ? ' of 1 day does' : `s of ${miscounted} days do`} not match the dossiers filed on ${miscounted === 1 ? 'it' : 'them'}`);
    return problems;
  }

  async inspectCopy(path: string): Promise<CopyInfo> {
    const refuse = (why: string) => new UserError(`${path} cannot be restored: ${why}; name a copy crm backup wrote (they are in ${join(dirname(this.path), 'backups')})`);
    if (!existsSync(path)) throw refuse('there is no such file');
    if (realpathSync(path) === (existsSync(this.path) ? realpathSync(this.path) : this.path)) throw refuse('it is the binder itself');
    let copy: Database | undefined;
    try {
      // Opened for writing but never written to: a read-only handle would leave -wal and -shm files beside it.
      copy = keep(new Database(path, { fileMustExist: true }));
      const problem = notOurs(copy);
      if (problem) throw refuse(`it ${problem.reason}`);
      const version = pragmaValue(copy, 'user_version') as number;
      if (version === 0) throw refuse('it is an empty SQLite file, not a binder');
      const integrity = prepared(copy, 'PRAGMA integrity_check').pluck().all() as string[];
      if (integrity.join() !== 'ok') throw refuse(`it is damaged (${integrity[0]})`);
      if (prepared(copy, 'PRAGMA foreign_key_check').all().length > 0) throw refuse('records in it point at dossiers that are not there');
      const dossiers = prepared(copy, 'SELECT count(*) FROM dossier').pluck().get() as number;
      return { version, dossiers, newest: SCHEMA_VERSION };
    } catch (error) {
      if (error instanceof UserError) throw error;
      const code = (error as { code?: string }).code ?? (error as Error).message;
      throw refuse(code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' ? 'it is damaged, or not a SQLite file' : `it cannot be read (${code})`);
    } finally {
      copy?.close();
    }
  }

  async restore(path: string): Promise<void> {
    const copy = keep(new Database(path, { fileMustExist: true }));
    try {
      // SQLite's backup API writes the copy into the binder page by page under the binder's own
      // locks, so a crm that has it open at the same moment waits instead of seeing half of it.
      backupWhole(copy, this.path);
    } finally {
      copy.close();
    }
  }

  close(): void {
    this.db.close();
  }

  abandon(): void {
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

  /** Inserts a new dossier with its words and entries; returns its id. */
  private createDossier({ handle, card, filedOn, entries, createdAt }: NewDossier, changeId: number): number {
    const id = this.sql(
      `INSERT INTO dossier (handle, ${CARD_FIELDS.join(', ')}, filed_on, created_at, search_text, phone_digits)
       VALUES (@handle, ${CARD_FIELDS.map((f) => `@${f}`).join(', ')}, @filedOn, @createdAt, @searchText, @phoneDigits)`,
    ).run({
      handle,
      ...pickCard(card),
      filedOn,
      createdAt: createdAt ?? entries[0]?.at ?? new Date().toISOString(),
      searchText: searchText(handle, card),
      phoneDigits: phoneDigits(card.phone),
    }).lastInsertRowid as number;
    this.indexWords(id, handle, card);
    this.appendEntries(id, entries, changeId);
    return id;
  }

  private changeDossier(current: StoredDossier, { card = {}, filedOn, entries }: DossierChange, changeId: number): void {
    const next: Card = { ...current, ...card };
    this.sql(
      `UPDATE dossier SET ${CARD_FIELDS.map((f) => `${f} = @${f}`).join(', ')}, search_text = @searchText, phone_digits = @phoneDigits
        WHERE id = @id`,
    ).run({ ...pickCard(next), id: current.id, searchText: searchText(current.handle, next), phoneDigits: phoneDigits(next.phone) });
    if (filedOn !== undefined) this.sql('UPDATE dossier SET filed_on = ? WHERE id = ?').run(filedOn, current.id);
    if (card.name !== undefined || card.company !== undefined) this.indexWords(current.id, current.handle, next);
    this.appendEntries(current.id, entries, changeId);
  }

  private indexWords(id: number, handle: string, card: Card): void {
    this.sql('DELETE FROM dossier_word WHERE dossier_id = ?').run(id);
    const insert = this.sql('INSERT OR IGNORE INTO dossier_word (word, dossier_id) VALUES (?, ?)');
    for (const word of new Set([fold(handle), ...foldedWords(`${handle} ${card.name} ${card.company ?? ''}`)])) insert.run(word, id);
  }

  private appendEntries(id: number, entries: NewEntry[], changeId: number): void {
    const insert = this.sql(
      `INSERT INTO entry (dossier_id, at, kind, note, outcome, offer, filed_from, filed_to, changes, form, change_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
        entry.changes ? JSON.stringify(entry.changes) : null,
        entry.form ? JSON.stringify(entry.form) : null,
        changeId,
      );
    }
  }
}

/**
 * The WHERE of a promise or complaint list, written out for each filter rather than as one
 * "(@x IS NULL OR ...)": only then can SQLite use the index of the open ones (promise_open,
 * complaint_open) and read a handful of rows instead of every one the binder ever held.
 */
function caseFilter(filter: { handle?: string; open?: boolean }, closedAt: string): string {
  const terms = [filter.handle !== undefined && 's.handle = @handle', filter.open && `${closedAt} IS NULL`].filter(Boolean);
  return terms.length > 0 ? terms.join(' AND ') : '1';
}

/** How many dossiers are filed on each day, counted afresh: what filing_count must hold. */
const FILING_COUNTS = 'SELECT filed_on, count(*) FROM dossier WHERE filed_on IS NOT NULL GROUP BY filed_on';

/** What a doctor's report calls the rows of each table that belongs to a dossier or a change. */
const RECORD_NAMES: Record<string, [one: string, many: string]> = {
  entry: ['history entry', 'history entries'],
  document: ['document', 'documents'],
  promise: ['promise', 'promises'],
  complaint: ['complaint', 'complaints'],
  dossier_word: ['lookup word', 'lookup words'],
  change_before: ['undo record', 'undo records'],
};

/** The first few of a list of handles, and how many more. */
function listed(items: string[], shown = 5): string {
  return items.length > shown ? `${items.slice(0, shown).join(', ')} and ${items.length - shown} more` : items.join(', ');
}

function pickCard(card: Card): Card {
  return Object.fromEntries(CARD_FIELDS.map((field) => [field, card[field]])) as unknown as Card;
}

function searchText(handle: string, card: Card): string {
  return fold([handle, card.name, card.position, card.company, card.email, card.notes, card.tags, card.preferences].filter(Boolean).join('\n'));
}

function phoneDigits(phone: string | null): string | null {
  return phone ? asciiDigits(phone).replace(/\D/g, '') : null;
}

function toDossier(row: DossierRow): Dossier {
  return {
    handle: row.handle,
    ...pickCard(row),
    filedOn: row.filed_on,
    createdAt: row.created_at,
    lastContact: row.last_at,
    lastKind: row.last_kind,
    lastNote: row.last_note,
    lastOutcome: row.last_outcome,
    offer: row.offer,
  };
}

function toEntry(row: EntryRow): HistoryEntry {
  return {
    id: row.id,
    at: row.at,
    kind: row.kind,
    note: row.note,
    outcome: row.outcome,
    offer: row.offer,
    from: row.filed_from,
    to: row.filed_to,
    changes: row.changes ? (JSON.parse(row.changes) as HistoryEntry['changes']) : null,
    form: row.form ? (JSON.parse(row.form) as HistoryEntry['form']) : null,
  };
}
