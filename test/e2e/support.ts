// What the end-to-end tests check again and again: a command that works, bad input that is refused
// without a trace, and the JSON shapes scripts rely on (README, "For scripts").
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, join } from 'node:path';
import { expect } from 'vitest';
import { readServerUrl } from '../../src/store/postgres/url.js';
import { ON_SERVER, psql, SERVER } from './server-binder.js';
import { CRM, openDatabase, serverCopy, serverFilings, tempBinder, type Binder, type Result } from './cli.js';

export const ESC = '\u001b';

type RunOptions = Parameters<Binder['crm']>[1];

export interface DossierJson {
  handle: string;
  name: string;
  position: string | null;
  company: string | null;
  phone: string | null;
  email: string | null;
  phones: { label: string; number: string }[];
  emails: { label: string; address: string }[];
  notes: string | null;
  priority: 'A' | 'B' | 'C';
  filedOn: string | null;
  overdueDays: number;
  createdAt: string;
  lastContact: string | null;
  lastKind: string | null;
  lastNote: string | null;
  lastOutcome: string | null;
  offer: string | null;
}

export interface EntryJson {
  id: number;
  at: string;
  kind: string;
  note: string | null;
  outcome: string | null;
  offer: string | null;
  from: string | null;
  to: string | null;
  changes: Record<string, { from: string | null; to: string | null }> | null;
  form: { name: string; answers: Record<string, string | number | boolean | null> } | null;
  /** Who made it and for whom: the login on a team's binder, null on a binder file. */
  by: string | null;
  for: string | null;
}

/**
 * Who a history entry of the suite's binders says made it (and for whom): null on a binder file;
 * on the server the suite's login (the URL's user, else PGUSER, else the system's), who owns everything.
 */
export const MADE_BY: string | null = ON_SERVER ? readServerUrl(SERVER, { env: process.env, home: process.env.HOME ?? '', systemUser: userInfo().username }).user : null;

/** An entry as the suite's binders record it: `by` and `for` its maker, as a binder file (null) or the server (the login) says. */
export function madeHere<T extends object>(entry: T): T & { by: string | null; for: string | null } {
  return { ...entry, by: MADE_BY, for: MADE_BY };
}

export interface ShowJson extends DossierJson {
  history: EntryJson[];
}

/** What every changing command prints with --json. */
export interface ChangedJson {
  change: { id: number; at: string; command: string; summary: string } | null;
  dossiers: DossierJson[];
  entries: (Omit<EntryJson, 'id'> & { handle: string })[];
}

export interface FileJson extends ChangedJson {
  created: boolean;
  named: string;
  shifted: boolean;
}

/** A dossier of today's stack (crm today --json, crm next --json): where it stands against the hour now. */
export interface StackDossierJson extends DossierJson {
  filedAt: string | null;
  due: 'overdue' | 'past' | 'soon' | 'later' | 'day';
  minutesUntil: number | null;
}

export interface TodayJson {
  date: string;
  stack: StackDossierJson[];
  overdue: number;
  capacity: number | null;
  overCapacity: number;
}

export interface BinderJson {
  today: { date: string; count: number; overdue: number };
  days: { divider: number; date: string; count: number; workingDay: boolean }[];
  months: { month: string; count: number }[];
  later: { year: number; count: number }[];
}

export interface OpenJson {
  divider: 'day' | 'month';
  from: string;
  to: string;
  month: string | null;
  dossiers: DossierJson[];
}

export interface FindJson {
  text: string;
  dossiers: DossierJson[];
  more: boolean;
}

export interface SettingsJson {
  workdays: number[];
  holidays: string[];
  capacity: number | null;
  dividers: 'numbered' | 'dated';
  datedMonths: number;
}

/** The fields every dossier object carries (the acceptance list). */
export const DOSSIER_FIELDS = [
  'handle',
  'name',
  'position',
  'company',
  'phone',
  'email',
  'phones',
  'emails',
  'priority',
  'filedOn',
  'overdueDays',
  'lastContact',
  'lastNote',
  'lastOutcome',
  'offer',
] as const;

export function expectDossierShape(dossier: unknown): void {
  expect(dossier).toBeTypeOf('object');
  for (const field of DOSSIER_FIELDS) expect(dossier, `dossier field "${field}"`).toHaveProperty(field);
}

/** Runs crm and expects it to work: exit 0, nothing on stderr, no colour codes. Returns stdout. */
export function ok(binder: Binder, args: string[], options?: RunOptions): string {
  const result = binder.crm(args, options);
  expect(result.stderr, `stderr of crm ${args.join(' ')}`).toBe('');
  expect(result.code, `exit code of crm ${args.join(' ')}`).toBe(0);
  expect(result.stdout).not.toContain(ESC);
  return result.stdout;
}

/** Files a new dossier with a name (and any further options), as a user seeding the binder. */
export function seed(binder: Binder, handle: string, when: string, name: string, extra: string[] = [], today?: string): string {
  return ok(binder, ['file', handle, when, '--name', name, ...extra], today === undefined ? undefined : { today });
}

/**
 * Files a new dossier on `day` at `hour` ('HH:MM'), as a user does with crm file --at, at the first
 * minute of that day (a past hour of today is refused).
 */
export function seedAt(binder: Binder, handle: string, day: string, hour: string, name: string, extra: string[] = []): string {
  return ok(binder, ['file', handle, 'today', '--at', hour, '--name', name, ...extra], at(`${day}T00:00`));
}

/** Runs at a moment on the binder's wall clock: CRM_NOW, and the date it implies as CRM_TODAY. */
export function at(now: string): { today: string; env: { CRM_NOW: string } } {
  return { today: now.slice(0, 10), env: { CRM_NOW: now } };
}

/** The files of this binder on disk: the binder itself and any -wal, -shm or -journal beside it (none for a server's). */
export function binderFiles(binder: Binder): string[] {
  if (binder.schema !== undefined) return [];
  const name = basename(binder.db);
  return existsSync(binder.dir) ? readdirSync(binder.dir).filter((file) => file.startsWith(name)) : [];
}

/**
 * Refused: exit 2 (bad input; `code` for another), nothing on stdout, stderr starting "crm: " (one line unless `lines` says
 * otherwise), and the binder exactly as it was (or, when there was none, still none).
 */
export function refused(binder: Binder, args: string[], options: RunOptions & { lines?: number; code?: number } = {}): Result {
  const before = binder.exists() ? binder.dump() : null;
  const result = binder.crm(args, options);
  const what = `crm ${args.join(' ')}`;
  expect(result.code, `exit code of ${what} (stderr: ${result.stderr})`).toBe(options.code ?? 2);
  expect(result.stdout, `stdout of ${what}`).toBe('');
  expect(result.stderr).not.toContain(ESC);
  const lines = result.stderr.replace(/\n$/, '').split('\n');
  expect(lines, `stderr of ${what}`).toHaveLength(options.lines ?? 1);
  expect(lines[0]).toMatch(/^crm: \S/);
  expect(lines[0], 'the message does not repeat the "crm:" prefix').not.toMatch(/^crm: crm /);
  if (before === null) expect(binderFiles(binder), `${what} left a binder behind`).toEqual([]);
  else expect(binder.dump(), `${what} changed the binder`).toBe(before);
  return result;
}

/** The line of `text` that contains `needle`, or undefined. */
export function lineWith(text: string, needle: string): string | undefined {
  return text.split('\n').find((line) => line.includes(needle));
}

/**
 * A new binder of its own holding a copy of `source`'s file (and any -wal beside it): a fixture
 * seeded once that each test may change freely. Remove it like any other.
 */
export function copyBinder(source: Binder, today?: string): Binder {
  if (source.schema !== undefined) return serverCopy(source, today);
  const copy = tempBinder(today);
  const name = basename(source.db);
  for (const file of binderFiles(source)) copyFileSync(join(source.dir, file), join(copy.dir, basename(copy.db) + file.slice(name.length)));
  return copy;
}

/** The changes `crm changes` lists, newest first, as {command, summary}. */
export function changeList(binder: Binder): { id: number; command: string; summary: string }[] {
  return binder.json<{ changes: { id: number; at: string; command: string; summary: string }[] }>(['changes', '--limit', '100']).changes.map(
    ({ id, command, summary }) => ({ id, command, summary }),
  );
}

/**
 * Where every dossier of the binder is filed, {handle: filedOn or null}, read from the file in one
 * go (what `crm show` says of each, without a spawn per dossier).
 */
export function filings(binder: Binder): Record<string, string | null> {
  if (binder.schema !== undefined) return serverFilings(binder);
  const db = openDatabase(binder.db, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT handle, filed_on FROM dossier ORDER BY handle').raw().all() as [string, string | null][];
    return Object.fromEntries(rows);
  } finally {
    db.close();
  }
}

// ---- The case around the card (issue 4): documents, promises, complaints, forms, review. ----

/** The card fields beyond the first issue's: every dossier object carries them too. */
export interface CardJson extends DossierJson {
  address: string | null;
  pronunciation: string | null;
  preferences: string | null;
  stage: 'lead' | 'prospect' | 'client' | 'former' | null;
  tags: string | null;
  cadence: string | null;
}

export interface PromiseJson {
  id: number;
  handle: string;
  name: string;
  what: string;
  due: string;
  theirs: boolean;
  madeAt: string;
  keptAt: string | null;
  status: 'open' | 'due' | 'broken' | 'kept';
}

export interface ComplaintJson {
  id: number;
  handle: string;
  name: string;
  what: string;
  due: string;
  openedAt: string;
  resolvedAt: string | null;
  resolution: string | null;
  late: boolean;
}

export interface DocumentJson {
  id: number;
  name: string;
  type: string;
  size: number | null;
  sha256: string | null;
  link: string | null;
  addedAt: string;
}

/** crm show --json: the dossier with its history and the case around it. */
export interface CaseJson extends CardJson {
  history: EntryJson[];
  promises: PromiseJson[];
  complaints: ComplaintJson[];
  documents: DocumentJson[];
}

export interface FormFieldJson {
  key: string;
  label: string;
  type: 'text' | 'number' | 'choice' | 'date' | 'yes/no';
  required: boolean;
  help?: string;
  choices?: string[];
}

export interface FormJson {
  name: string;
  title?: string;
  fields: FormFieldJson[];
}

export interface ReviewJson {
  from: string;
  to: string;
  byOutcome: Record<string, number>;
  logged: number;
  planned: number;
  done: string[];
  unplanned: string[];
  postponed: string[];
  slipped: string[];
  promises: { made: number; kept: number; keptLate: number; broken: number };
  complaints: { opened: number; resolved: number; open: number };
}

export interface SlippingJson {
  slipping: { dossier: CardJson; cadence: string; lastReal: string | null; dueSince: string; daysLate: number }[];
}

/** The keys of a promise, a complaint and a document object (README, "For scripts"). */
export const PROMISE_FIELDS = ['id', 'handle', 'name', 'what', 'due', 'theirs', 'madeAt', 'keptAt', 'status'];
export const COMPLAINT_FIELDS = ['id', 'handle', 'name', 'what', 'due', 'openedAt', 'resolvedAt', 'resolution', 'late'];
export const DOCUMENT_FIELDS = ['id', 'name', 'type', 'size', 'sha256', 'link', 'addedAt'];

/** The same keys, in any order. */
export function expectKeys(object: unknown, keys: readonly string[], what = 'object'): void {
  expect(object, what).toBeTypeOf('object');
  expect(Object.keys(object as object).sort(), `the keys of the ${what}`).toEqual([...keys].sort());
}

/**
 * Runs crm like Binder.crm, but in a folder of the test's choosing (where `crm docs --get` writes
 * by default) and with stdout as raw bytes (`-o -` writes a binary file there).
 */
export function crmRaw(binder: Binder, args: string[], options: { cwd?: string; today?: string } = {}): { stdout: Buffer; stderr: string; code: number | null } {
  const result = spawnSync(process.execPath, [CRM, ...args], {
    cwd: options.cwd ?? binder.dir,
    input: '',
    env: { PATH: process.env.PATH, HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: options.today ?? '2026-11-23', TZ: process.env.TZ },
    timeout: 60_000,
  });
  return { stdout: result.stdout, stderr: result.stderr.toString('utf8'), code: result.status };
}

/**
 * A changing command, then crm undo: the undo names the command, and the binder file is exactly
 * as it was before (every table, the change log included).
 */
export function expectUndone(binder: Binder, args: string[], command: string, options?: RunOptions): void {
  const before = binder.dump();
  ok(binder, args, options);
  expect(binder.dump(), `crm ${args.join(' ')} changed nothing`).not.toBe(before);
  const undone = ok(binder, ['undo'], options?.today === undefined ? undefined : { today: options.today });
  expect(undone.split('\n')[0]).toMatch(new RegExp(`^Undid ${command} \\(\\w{3} \\d{1,2} \\w{3} \\d{4} \\d\\d:\\d\\d\\): \\S`));
  expect(binder.dump(), `crm undo after crm ${args.join(' ')}`).toBe(before);
}

/**
 * The binder as crm names it to the user: its file, or on a server `schema s of database d on
 * host:port as user` (never the URL, which may hold a password).
 */
export function binderWhere(binder: Binder): string {
  if (binder.schema === undefined) return binder.db;
  return readServerUrl(binder.db, { env: process.env, home: binder.dir, systemUser: userInfo().username }).where;
}

/**
 * Runs SQL on the binder as someone with the database's own tool would, behind crm's back: on the
 * file with SQLite, on a server binder's schema with psql (its search_path set to the schema).
 */
export function tamperWith(binder: Binder, sql: string): void {
  if (binder.schema !== undefined) {
    psql(`SET search_path TO "${binder.schema.replace(/"/g, '""')}";\n${sql}`);
    return;
  }
  const db = openDatabase(binder.db);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}
