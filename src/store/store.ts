// What the commands may ask of a binder. Every method is one unit of work; the SQLite store is the
// only implementation today, and a shared (PostgreSQL) store is meant to stand beside it, which is
// why the methods are asynchronous although better-sqlite3 is not. What only a binder kept in one
// file can do (copy it, put a copy back, check the file itself) is the optional `file` part.
// open.ts picks the implementation; errors.ts holds what a store throws.
import type { Day } from '../binder/day.js';
import type { Card, CardField, Dossier, HistoryEntry, NewEntry } from '../binder/dossier.js';
import type { Seen } from '../binder/meanwhile.js';
import type { ContactKeys } from '../binder/matching.js';
import type { SearchTerm } from '../binder/search.js';
import type { BinderSettings } from '../binder/settings.js';
import type { Catalogue, Kept } from '../i18n/catalogue.js';
import type { ReadOnlyWhy } from './errors.js';

export interface NewDossier {
  handle: string;
  card: Card;
  /** Null for a dossier that comes in closed (an import). */
  filedOn: Day | null;
  /** The hour of that filing ('HH:MM'), or null/absent for the day. */
  filedAt?: string | null;
  entries: NewEntry[];
  /** When it was opened; the first entry's time unless given (an import keeps the original). */
  createdAt?: string;
  /** A team's binder: its owner (a login; crm file --owner, a manager's); the one filing it unless given. */
  owner?: string;
}

export interface DossierChange {
  handle: string;
  card?: Partial<Card>;
  /** The new filing; a Day refiles, null closes, undefined leaves it. */
  filedOn?: Day | null;
  /** The hour of the filing ('HH:MM'); null for the day; undefined leaves it (a refiling that leaves it keeps it). Closing clears it. */
  filedAt?: string | null;
  entries: NewEntry[];
  /** A new owner (a login), on a team's binder: crm assign, crm team remove. */
  owner?: string;
  /** What the command read of the dossier: the store checks it again under its write lock (binder/meanwhile.ts). */
  seen?: Seen;
  /**
   * Part of a plan made from what was read (crm postpone, crm move --from): refiled by someone else
   * meanwhile, it is left where they put it (and listed), not moved by a plan made without it.
   */
  planned?: true;
}

/** A file stored in the binder, or a reference to one (`link`). */
export interface NewDocument {
  handle: string;
  name: string;
  type: string;
  size: number | null;
  sha256: string | null;
  content: Buffer | null;
  link: string | null;
  /** The change's time unless given (an import keeps the original). */
  addedAt?: string;
}

export interface DocumentInfo {
  id: number;
  name: string;
  type: string;
  size: number | null;
  sha256: string | null;
  link: string | null;
  addedAt: string;
}

/** A commitment with a date: ours ("send the price list Friday") or the client's. */
export interface PromiseRecord {
  id: number;
  handle: string;
  name: string;
  what: string;
  due: Day;
  theirs: boolean;
  madeAt: string;
  keptAt: string | null;
}

export interface ComplaintRecord {
  id: number;
  handle: string;
  name: string;
  what: string;
  due: Day;
  openedAt: string;
  resolvedAt: string | null;
  resolution: string | null;
}

/**
 * What crm remind notifies once, and the due moment it was for: a dossier's filing with an hour
 * (the instant, ISO UTC: refiled to another hour, it reminds again), a promise or a complaint past
 * its date (its due day).
 */
export type Reminded = { what: 'filing'; handle: string; due: string } | { what: 'promise' | 'complaint'; id: number; due: Day };

/** A history entry with the handle of its dossier. */
export type HandledEntry = HistoryEntry & { handle: string; name: string };

/**
 * One command's change to the binder: written all or nothing, and taken back as a whole by undo.
 */
export interface BinderChange {
  /** The command that made it: 'file', 'log', 'move', 'postpone', 'config'. */
  command: string;
  /** One line saying what changed, for crm changes and crm undo. */
  summary: string;
  at: string;
  creates?: NewDossier[];
  updates?: DossierChange[];
  /** Settings to store, each replacing the stored value of its key. */
  settings?: Partial<BinderSettings>;
  documents?: NewDocument[];
  /** New promises, made at the change's time unless an import gives the original times. */
  promises?: { handle: string; what: string; due: Day; theirs: boolean; madeAt?: string; keptAt?: string | null }[];
  /** Promises kept: their ids; kept at the change's time. */
  keptPromises?: number[];
  complaints?: { handle: string; what: string; due: Day; openedAt?: string; resolvedAt?: string | null; resolution?: string | null }[];
  resolvedComplaints?: { id: number; resolution: string }[];
  /** A person leaving a team's binder (crm team remove): marked as left, their open handovers ended; their dossiers go to `to` in `updates`. */
  leaving?: { login: string; to: string };
  /** Forms added or replaced: the name and the validated definition as JSON. */
  forms?: { name: string; definition: string; addedAt?: string }[];
}

/** A part of a change too large to hold at once (an import of any size). */
export type ChangePart = Omit<BinderChange, 'command' | 'summary' | 'at'>;

/**
 * A change written part by part in one transaction, logged for undo as one change: committed
 * whole by `finish`, or not at all (`abandon`, or the process ending before `finish`).
 */
export interface ChangeInParts {
  /** Writes a part; the first one opens the transaction (and takes the write lock). */
  write(part: ChangePart): Promise<void>;
  /** Commits everything written under one summary line; null when no part was written. */
  finish(summary: string): Promise<ChangeRecord | null>;
  /** Takes back everything written so far. */
  abandon(): Promise<void>;
}

/** Everything the binder holds about one dossier, as stored: what a lossless export writes. */
export interface DossierRecord {
  handle: string;
  card: Card;
  filedOn: Day | null;
  filedAt: string | null;
  createdAt: string;
  /** Oldest first. */
  history: Omit<HistoryEntry, 'id'>[];
  documents: (Omit<DocumentInfo, 'id'> & { content: Buffer | null })[];
  promises: { what: string; due: Day; theirs: boolean; madeAt: string; keptAt: string | null }[];
  complaints: { what: string; due: Day; openedAt: string; resolvedAt: string | null; resolution: string | null }[];
}

/**
 * What crm doctor found, as a message of en/upkeep.ts `problem` and its placeholders: said in the
 * run's language on a terminal, in English in --json (one finding, two renderings).
 */
export type Finding = Kept<Catalogue['upkeep']['problem']>;

/** Something crm doctor found wrong. */
export interface Problem {
  said: Finding;
  /** What find and the binder view read, built from the dossiers: rebuildLookup mends it. */
  mendable: boolean;
  /** SQLite finds the file itself damaged (integrity): nothing may be written to it. */
  damage?: true;
}

/** A copy of a binder, as crm restore finds it. */
export interface CopyInfo {
  /** Its schema version: an older one is upgraded when the binder is next opened. */
  version: number;
  /** The version this crm writes. */
  newest: number;
  dossiers: number;
}

/** A change as the change log keeps it. */
export interface ChangeRecord {
  id: number;
  at: string;
  command: string;
  summary: string;
  /** Who made it (a login): in crm changes --all, on a team's binder. */
  by?: string;
}

/** A dossier refiled by someone else between a command's read and its write: the change was made again from there. */
export interface Meanwhile {
  handle: string;
  /** The filing the command read, and its hour. */
  saw: Day | null;
  sawAt: string | null;
  /** The filing it found when writing, and its hour. */
  found: Day | null;
  foundAt: string | null;
  /** The entries written, made again from `found`; none when it was `skipped`. */
  entries: NewEntry[];
  /** A planned refiling (DossierChange.planned) left out: the dossier stays where it was found. */
  skipped?: true;
  /** A team's binder: the colleague (login) who refiled it, when not the one acting. */
  by?: string;
}

/** A change as written: its record, and the dossiers it found changed meanwhile. */
export interface Committed extends ChangeRecord {
  meanwhile: Meanwhile[];
}

/** Card fields a change sets were changed by someone else after the command read them: nothing was written. */
export class ChangedMeanwhile extends Error {
  constructor(
    readonly handle: string,
    readonly fields: CardField[],
  ) {
    super(`${handle}: ${fields.join(', ')} changed meanwhile`);
    this.name = 'ChangedMeanwhile';
  }
}

/**
 * What a command will do with the binder, so that the store opens it for that and no more. (Each
 * command's needs are in cli.ts: `undo`, `work` and `doctor --repair` may write but create nothing.)
 */
export interface OpenOptions {
  /**
   * Create the binder when there is none (a command that files something). Without it a missing
   * binder reads as an empty one, and nothing is made.
   */
  create: boolean;
  /**
   * The command may write: a change, undo, a repair, a restore. Without it the binder is opened
   * only to read (no write-side settings, no schema work when its version is current), and any
   * write is a bug.
   */
  write: boolean;
  /**
   * Refuse at once a binder this process may not write: a command that is there to change it asks
   * nothing first. Without it such a binder is read as it is, and a write refused when it comes.
   */
  writableOnly?: boolean;
  /** Open a binder found damaged too (crm restore: putting a copy back is the cure for one). */
  damagedOk?: boolean;
}

/** What opening needs besides the options: the clock, and whether folders may be made. */
export interface OpenContext {
  /** Stamps the copy an upgrade takes first. */
  now: () => string;
  /** Make the binder's missing folders too (its default location only). */
  createFolders?: boolean;
  /**
   * The user's folder for crm's state ($XDG_STATE_HOME/crm): where a file binder's store notes
   * that it found the file sound, so that the next write need not check it whole. None: it checks.
   */
  stateFolder?: string | undefined;
  /** The run's environment: a server binder's PG* variables, PGPASSWORD, and HOME for ~/.pgpass. The process's when absent. */
  env?: NodeJS.ProcessEnv;
  /** The settings a binder this open creates starts with: a run in Persian makes a Persian-calendar binder (issue 17). */
  newBinder?: Partial<BinderSettings>;
}

/** An older binder brought up to this crm's schema when it was opened. */
export interface Upgrade {
  from: number;
  to: number;
  /** The copy taken before it. */
  backup: string;
}

/**
 * What only a binder kept in one file can do: be copied while in use, be replaced by a copy, and
 * have the file itself checked. A store without it (a server's) is refused by the commands that
 * need it.
 */
export interface FileMaintenance {
  readonly path: string;
  /** False when a read command found no binder file (it then sees an empty binder). */
  readonly exists: boolean;
  /** Copies the whole binder to `path` while it may be in use (SQLite's online backup). */
  backup(path: string, options?: { damagedToo?: boolean }): Promise<void>;
  /** What SQLite's quick_check finds wrong with the whole file (its first line); undefined when sound. */
  damage(): Promise<string | undefined>;
  /** What SQLite's integrity check finds wrong with the file, a problem a line (each `damage`); empty when sound. */
  checkFile(): Promise<Problem[]>;
  /** What a copy of a binder holds; NotRestorable saying why when it is not a sound binder to restore. */
  inspectCopy(path: string): Promise<CopyInfo>;
  /** Replaces the binder's contents with the copy at `path` (checked first with inspectCopy). */
  restore(path: string): Promise<void>;
}

/** Whose dossiers a command's lists show on a team's binder: these owners' (logins), and these dossiers (ids) handed over alone. */
export interface Scope {
  owners: string[];
  ids: number[];
}

export type TeamRole = 'rep' | 'manager' | 'admin';

/** A person of the team: a login role of the server. */
export interface Person {
  login: string;
  name: string;
  role: TeamRole;
  /** Their own daily capacity; null: the team's (the binder's capacity setting). */
  capacity: number | null;
  addedAt: string;
  /** Set once they left the team (crm team remove); their history stays theirs. */
  removedAt: string | null;
  /** Who took their dossiers over. */
  removedTo: string | null;
}

/** An owner's dossiers lent to a delegate until a date (inclusive). */
export interface Handover {
  id: number;
  owner: string;
  delegate: string;
  starts: Day;
  until: Day;
  /** The dossiers handed over (ids) when not the whole stack, and the filter that chose them. */
  onlyIds: number[] | null;
  onlyWhat: string | null;
  madeAt: string;
  madeBy: string;
  endedAt: string | null;
  endedBy: string | null;
}

/** A handover as `crm handover` makes it: from today to `until`, the whole stack or the dossiers named. */
export interface NewHandover {
  owner: string;
  delegate: string;
  starts: Day;
  until: Day;
  /** Only these dossiers (handles), chosen by the filter `what`; null: the owner's whole stack. */
  only: { handles: string[]; what: string } | null;
  madeAt: string;
}

/** A handover ended: what the delegate did on the owner's dossiers meanwhile (crm handover back). */
export interface HandoverEnded {
  handover: Handover;
  /** The entries the delegate made for the owner since the start, oldest first. */
  work: HandledEntry[];
  /** The dossiers those entries are on, as they stand now, by handle. */
  dossiers: Dossier[];
}

/** Who reads a team's binder: their login, and every person's name by login (renderers say who made what by name). */
export interface Readers {
  readonly login: string;
  readonly names: Readonly<Record<string, string>>;
}

/** One person's figures for crm team: their own dossiers and the entries they made (store/postgres/figures.ts). */
export interface TeamFigures {
  login: string;
  name: string;
  role: TeamRole;
  /** Their own capacity; null: the team's. */
  capacity: number | null;
  /** Their dossiers filed on or before today, and of those filed before today. */
  stack: number;
  overdue: number;
  /** Their open promises (ours, not the client's) due before today. */
  brokenPromises: number;
  /** Open complaints on their dossiers due before today. */
  lateComplaints: number;
  /** Calls, meetings and e-mails they logged today, and since Monday. */
  callsToday: number;
  callsWeek: number;
  /** Those of the week by day (days with none left out). */
  callsByDay: Record<Day, number>;
  /** Since Monday: dossiers they refiled after a conversation, moved without one (crm move, postpone). */
  refiled: number;
  moved: number;
  /** Since Monday: promises on their dossiers kept, and due and not kept by their day. */
  promisesKept: number;
  promisesBroken: number;
}

/**
 * A binder shared by a team (on a server): who is acting, who is on the team, the handovers, and
 * the scope every list keeps to. The database enforces who may see and change what (row-level
 * security); this part says it to crm, so that a refusal is one line, not a database error.
 */
export interface TeamBinder {
  /** The login the server knows this connection as: the person acting. */
  readonly login: string;
  /** That person on the team; undefined when the login is not on it (the database then shows them nothing). */
  readonly me: Person | undefined;
  /** Every person's name by login (those who left too), as read on opening. */
  readonly names: Readonly<Record<string, string>>;
  /** The handovers not yet ended in which this login is the owner or the delegate, as read on opening. */
  readonly myHandovers: Handover[];
  /** Keeps every list to a scope (null: everything this login may see). */
  narrow(scope: Scope | null): void;
  people(): Promise<Person[]>;
  handovers(filter: { open?: boolean }): Promise<Handover[]>;
  /** The handles of every dossier `login` owns, filed or closed, by handle. */
  ownedBy(login: string): Promise<string[]>;
  /**
   * Adds a person to the team (or brings back one who left): makes their login role when it is not
   * there and this login may, and grants them the team's role (a manager the managers' too).
   */
  addPerson(person: { login: string; name: string; role: 'rep' | 'manager' }, at: string): Promise<{ roleMade: boolean; back: boolean }>;
  /**
   * Writes a handover in one transaction, serialisable: `check` is given every open handover as
   * read inside it and throws to refuse (two crm at once cannot both pass it, nor make a chain).
   */
  handOver(handover: NewHandover, check: (open: Handover[]) => void): Promise<Handover>;
  /**
   * Ends an open handover (ended_at, ended_by: this login) and reads, in the same transaction, what
   * its delegate did for its owner since it started; null when it was ended meanwhile.
   */
  endHandover(id: number, at: string): Promise<HandoverEnded | null>;
  /** Every active person's figures on `today`, the week from `monday`: one query (crm team). */
  figures(today: Day, monday: Day): Promise<TeamFigures[]>;
  /** Sets the acting person's own capacity (null: the team's); the database lets a rep change only their own. */
  setMyCapacity(capacity: number | null): Promise<void>;
}

export interface Store {
  /** The binder as messages name it: its file, or its server and database. */
  readonly where: string;
  /** Why this process may not write the binder (it is then read as it is); undefined when it may. */
  readonly readOnly?: ReadOnlyWhy;
  /** Set when opening brought an older binder up to this crm's schema. */
  readonly upgrade?: Upgrade;
  /** Copies, restores and the file's own checks: only a binder kept in one file has them. */
  readonly file?: FileMaintenance;
  /** People, owners, handovers: only a team's binder (on a server) has them. */
  readonly team?: TeamBinder;

  readSettings(): Promise<BinderSettings>;
  /** Only the settings set in this binder (not the defaults): what an export keeps. */
  storedSettings(): Promise<Partial<BinderSettings>>;

  /** The dossier with exactly this handle. */
  dossier(handle: string): Promise<Dossier | undefined>;
  /** Dossiers whose handle folds to exactly this text. */
  dossiersByFoldedHandle(folded: string): Promise<Dossier[]>;
  /** Dossiers with a folded word of handle, name or company starting with `prefix` (folded). */
  dossiersByWordPrefix(prefix: string, limit: number): Promise<Dossier[]>;
  /** Dossiers filed on dates from `from` to `to`, inclusive. */
  filedBetween(from: Day, to: Day): Promise<Dossier[]>;
  /** The first date after `after` that has dossiers filed on it, and how many; null when none. */
  nextFiled(after: Day): Promise<{ day: Day; count: number } | null>;
  /** How many dossiers are filed on each date. */
  countsByDay(): Promise<Map<Day, number>>;
  /**
   * Dossiers in which every term is found: in the folded card text or phone digits, or in the
   * folded history text (binder/search.ts). By handle, at most `limit`.
   */
  search(terms: SearchTerm[], limit: number): Promise<Dossier[]>;
  /** The entries of these dossiers that have text find searches (note, offer, form), newest first. */
  searchedEntries(handles: string[]): Promise<HandledEntry[]>;
  /** Every handle, for suggestions when a name matches nothing. */
  handles(): Promise<string[]>;
  history(handle: string): Promise<HistoryEntry[]>;
  /** Entries stamped from `from` to `to` (dates, inclusive), oldest first. */
  entriesBetween(from: Day, to: Day): Promise<HandledEntry[]>;

  documents(handle: string): Promise<DocumentInfo[]>;
  /** One document with its content (null for a link). */
  document(handle: string, name: string): Promise<(DocumentInfo & { content: Buffer | null }) | undefined>;
  /** Promises, of one client or all; `open` only those not kept; `dueBy` only those due on or before that date. */
  promises(filter: { handle?: string; open?: boolean; dueBy?: Day }): Promise<PromiseRecord[]>;
  complaints(filter: { handle?: string; open?: boolean }): Promise<ComplaintRecord[]>;
  /** A form's definition as stored (JSON), or undefined. */
  form(name: string): Promise<string | undefined>;
  forms(): Promise<{ name: string; definition: string; addedAt: string }[]>;
  /** Every dossier in full, in the order they were opened, `batch` at a time. */
  dossierRecords(batch: number): AsyncGenerator<DossierRecord[]>;
  /** How many dossiers the binder holds. */
  dossierCount(): Promise<number>;
  /** The handle, name, e-mail and phone of every dossier. */
  contactKeys(): Promise<ContactKeys[]>;
  /** Open dossiers with a cadence, and when their last real contact was (null when never). */
  cadences(): Promise<{ dossier: Dossier; lastReal: string | null }[]>;

  /**
   * Claims a reminder for sending at `sentAt`, in a transaction of its own: true when this process
   * may send it, false when it was sent (or claimed by another crm remind) already, or its dossier
   * is gone. Not a change: crm changes does not list it and crm undo does not take it back (a
   * reminder is not the user's change).
   */
  claimReminder(item: Reminded, sentAt: string): Promise<boolean>;
  /** Gives a claimed reminder back: its notifier failed, and the next run sends it. */
  releaseReminder(item: Reminded): Promise<void>;

  /** Writes one change in one transaction and logs it for undo. */
  commit(change: BinderChange): Promise<Committed>;
  /**
   * A list of the handles an import reads, kept by the store rather than in memory (an export may
   * hold millions), empty at first: `firstAt` remembers `handle` as read at `index` and answers
   * where it was read before, or undefined the first time.
   */
  handlesRead(): Promise<{ firstAt(handle: string, index: number): Promise<number | undefined> }>;
  /** A change by `command` at `at` that comes in parts: still one transaction, and one step of undo. */
  changeInParts(command: string, at: string): ChangeInParts;
  /**
   * The most recent changes, newest first: what undo would walk back (on a team's binder, one's
   * own). `all`, on a team's binder: everyone's this login may see (a manager's), each with `by`.
   */
  changes(limit: number, options?: { all?: boolean }): Promise<ChangeRecord[]>;
  /** Takes back the latest change exactly as it was made; null when there is none left. */
  undo(): Promise<ChangeRecord | null>;

  /** What is wrong with what the binder holds, one line each; empty when nothing is. */
  check(): Promise<Problem[]>;
  /** Builds again, from the dossiers, what crm keeps beside them to find them and count them. */
  rebuildLookup(): Promise<void>;
  /**
   * A failure met while the store was in use, as one of errors.ts's when it is one (the database
   * found damaged or read-only in the middle of a query); anything else as it is.
   */
  typed(error: unknown): unknown;

  close(): Promise<void>;
  /** Closes after a failed command; a binder this process created is removed again. */
  abandon(): Promise<void>;
}
