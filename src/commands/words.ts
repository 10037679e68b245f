// What the user reads when a store cannot do what a command asked: the typed errors of
// store/errors.ts, worded once for every store, with what to type instead. Exit 3 for a binder
// that must be mended or cannot be reached; 2 for what the user named.
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { newestCopy } from '../store/backups.js';
import {
  ChangedSince,
  BadServerUrl,
  CannotOpen,
  Damaged,
  HandleTaken,
  IdTooLarge,
  IsDirectory,
  NoDossier,
  NoFolder,
  NotABinder,
  NotRestorable,
  NotServerBinder,
  ReadOnly,
  ServerUnavailable,
  StoreError,
  UnsafeBackups,
  UpgradeFailed,
} from '../store/errors.js';

/** A binder found damaged: every command refuses it, doctor reports it (its `path` and `reason` too). */
export class DamagedBinder extends UserError {
  constructor(
    readonly path: string,
    /** What SQLite said ("database disk image is malformed", a line of its quick_check). */
    readonly reason: string,
    /** Further lines: the doctor's report of what SQLite found. */
    details: readonly string[] = [],
  ) {
    super(damageLine(path, reason), 3, details);
    this.name = 'DamagedBinder';
  }
}

function damageLine(path: string, reason: string): string {
  const copy = newestCopy(path);
  const restore = copy
    ? `crm restore ${copy} puts back the newest copy`
    : `there is no copy in ${join(dirname(path), 'backups')} to put back (crm restore <copy> takes one made elsewhere)`;
  // SQLITE_NOTADB: the first page is not a database's: a binder damaged there, or a file of another kind.
  const what = reason === 'file is not a database' ? 'is damaged, or not a SQLite file at all' : 'is damaged';
  return `the binder ${path} ${what} (SQLite: ${reason}); nothing was written. crm doctor says what is wrong; ${restore}`;
}

/** A store's typed error as the one line (and exit code) the user reads; anything else as it is. */
export function worded(error: unknown): unknown {
  if (!(error instanceof StoreError)) return error;
  if (error instanceof Damaged) return new DamagedBinder(error.path, error.reason);
  return new UserError(...words(error));
}

function words(error: StoreError): [string, number?] {
  if (error instanceof NoFolder) return [`there is no folder ${error.folder} for the binder ${error.path}; create it first (mkdir -p ${error.folder}) or name another binder with --db`];
  if (error instanceof IsDirectory) return [`${error.path} is a directory, not a binder file; name a file in it (--db ${join(error.path, 'binder.db')})`];
  if (error instanceof NotABinder) {
    const { why } = error;
    if (why.kind === 'another program') return [`${error.path} is a SQLite database of another program, not a crm binder; name a binder with --db or CRM_DB`, 3];
    return [`${error.path} was written by a newer crm (binder version ${why.version}, this crm knows up to ${why.newest}); upgrade crm to open it`, 3];
  }
  if (error instanceof ReadOnly) return [`the binder ${error.path} is read-only (${error.why}); nothing was written. Reading it works; make it writable to change it`, 3];
  if (error instanceof CannotOpen) return [`cannot open the binder ${error.path} (${error.code}); check that the file and its folder are yours and writable`, 3];
  if (error instanceof UpgradeFailed) {
    if (error.step === 'copy') return [`cannot copy ${error.path} into ${error.where} before upgrading it (${error.reason}); nothing was changed, free some space or fix the folder's rights and try again`, 3];
    return [`cannot upgrade ${error.path} from binder version ${error.from} to ${error.to} (${error.reason}); the binder is as it was, and a copy is in ${error.where}`, 3];
  }
  if (error instanceof UnsafeBackups) {
    const { why, folder } = error;
    const refused = (what: string, advice = 'move it away and crm makes its own folder there'): [string, number] => [`cannot keep copies of the binder in ${folder}: ${what}; ${advice}`, 3];
    if (why.kind === 'another user') return refused(`it belongs to another user (uid ${why.uid})`);
    if (why.kind === 'open to others') return refused(`others may use it (mode ${why.mode.toString(8).padStart(4, '0')})`, `make it yours alone with chmod 700 ${folder}`);
    return refused(`it is ${why.kind === 'symbolic link' ? 'a symbolic link' : 'not a folder'}`);
  }
  if (error instanceof NotRestorable) return [`${error.path} cannot be restored: ${error.why}; name a copy crm backup wrote (they are in ${error.backups})`];
  if (error instanceof NoDossier) return [`no dossier "${error.handle}"`];
  // crm file words its own refusal (commands/file.ts); this is any other command's that creates one.
  if (error instanceof HandleTaken && error.unseen) {
    return [`the handle "${error.handle}" is taken by a colleague's dossier, which you do not see; nothing was written. File yours under another handle: crm file ${error.handle}-2 <when> --name "..."`];
  }
  if (error instanceof HandleTaken) return [`another crm filed a dossier under the handle "${error.handle}" meanwhile; nothing was written, try again`];
  if (error instanceof BadServerUrl) return [`${error.url} is not a server binder's URL: ${error.why}${error.why.includes('(write ') ? '' : '; write postgres://<user>@<host>:<port>/<database>?options=-csearch_path%3D<schema>'}`];
  // PostgreSQL's text cannot hold U+0000 (SQLite's can): what the user typed or imported, exit 2.
  if (error instanceof ServerUnavailable && error.what.kind === 'server' && error.what.sqlstate === '22021' && /0x00/.test(error.what.reason)) {
    return [`a binder on a PostgreSQL server cannot store text holding the character U+0000 (NUL), and the change holds one; remove it and try again; nothing was written`];
  }
  if (error instanceof ServerUnavailable) return [serverLine(error), 3];
  if (error instanceof NotServerBinder) return notBinderLine(error);
  if (error instanceof ChangedSince) {
    const first = error.since[0];
    const others = [...new Set(error.since.map((w) => w.by ?? 'someone'))];
    const where = [...new Set(error.since.map((w) => w.handle))];
    return [
      `crm undo would take back your change "${error.change.summary}" (${error.change.at.slice(0, 16).replace('T', ' ')}), but ${others.join(' and ')} ${others.length === 1 ? 'has' : 'have'} written on ${where.join(', ')} since (first at ${first?.at.slice(0, 16).replace('T', ' ')}); nothing was written. Change it by hand instead (crm show ${where[0]})`,
    ];
  }
  if (error instanceof IdTooLarge) return [`the binder holds an id of ${error.text}, past what crm can count exactly (2^53): another program wrote it; crm reads no further`, 3];
  return [error.message];
}

/** A server that could not be used: where, what happened, and what to check. */
function serverLine({ where, what }: ServerUnavailable): string {
  switch (what.kind) {
    case 'unreachable':
      return `cannot reach the server of the binder (${where}): ${what.code}; check that the server runs and that the host and port in --db or CRM_DB are right`;
    case 'login refused':
      return `the server refused the login of ${what.user} to the binder (${where}): ${what.reason}; check the user name, and the password in the URL, PGPASSWORD or ~/.pgpass`;
    case 'no database':
      return `the server has no database ${what.database} for the binder (${where}); check the database's name in --db or CRM_DB, or ask the server's administrator to create it`;
    case 'timeout':
      if (what.during === 'connect') return `the server of the binder (${where}) did not answer in time; check the host and port, and the network (connect_timeout=<seconds> in the URL waits longer)`;
      if (what.during === 'lock') return `another crm held the binder (${where}) too long; nothing was written, try again`;
      return `the server of the binder (${where}) took too long to answer; nothing was written. Try again, or ask its administrator whether it is overloaded`;
    case 'dropped':
      return `the connection to the server of the binder (${where}) was lost; try again (crm changes shows whether a change was made)`;
    case 'server':
      return `the server of the binder (${where}) refused: ${what.reason.replace(/\s*\n\s*/g, ' ')} (SQLSTATE ${what.sqlstate}); nothing was written`;
  }
}

function notBinderLine({ where, why }: NotServerBinder): [string, number?] {
  switch (why.kind) {
    case 'no binder':
      return [`there is no binder in ${where}; crm team init creates one there`, 3];
    case 'another program': {
      const some = why.tables.slice(0, 3).join(', ') + (why.tables.length > 3 ? ` and ${why.tables.length - 3} more` : '');
      return [`${where} holds tables of another program (${some}), not a crm binder; name an empty schema with options=-csearch_path%3D<schema> in the URL`, 3];
    }
    case 'a binder already':
      return [`there is a binder already in ${where} (version ${why.version}); nothing was changed. crm team upgrade brings it up to date, or name another schema`];
    case 'older':
      return [`the binder in ${where} is version ${why.version}, older than this crm's ${why.newest}; whoever looks after the team's binder runs crm team upgrade (other commands never upgrade a server binder)`, 3];
    case 'newer':
      return [`the binder in ${where} is version ${why.version}, written by a newer crm (this one knows up to ${why.newest}); upgrade crm to use it`, 3];
    case 'unknown version':
      return [`the binder in ${where} says it is version ${why.version}, which no crm made on a server; nothing was changed. Put back the server's copy of it (pg_dump), or ask whoever changed crm_meta`, 3];
    case 'C locale':
      return [`the database ${why.database} has the character type ${why.ctype}, in which crm find cannot index names in scripts other than Latin; make the binder in a database with a UTF-8 locale (CREATE DATABASE <name> LC_CTYPE 'C.UTF-8' TEMPLATE template0)`, 3];
    case 'no pg_trgm':
      return [`crm find needs the pg_trgm extension, which crm could not create on the server of ${where} (${why.reason}); ask its administrator to run CREATE EXTENSION pg_trgm in that database`, 3];
    case 'no team roles':
      return [`a team's binder needs two group roles, ${why.roles.join(' and ')}, which your login may not create on the server of ${where} (${why.reason}); ask its administrator to run ${why.roles.map((role) => `CREATE ROLE ${role} NOLOGIN`).join('; ')}, or run crm team init as a login with CREATEROLE`, 3];
  }
}

/** One line for a command that works only on a binder on a server (crm team ...): `path` is the file named. */
export function needsServer(command: string, path: string): UserError {
  return new UserError(`crm ${command} works on a binder on a PostgreSQL server; ${path} names a file. Name a server with --db postgres://<user>@<host>/<database>?options=-csearch_path%3D<schema>`);
}

/** One line for what only a team's binder has (owners, handovers, --for, --team): a binder file is one person's, who owns every dossier. */
export function needsTeam(command: string, path: string): UserError {
  return new UserError(
    `crm ${command} works on a team's binder, on a PostgreSQL server; ${path} is a binder file, whose one user owns every dossier. Name a team's binder with --db postgres://<user>@<host>/<database>?options=-csearch_path%3D<schema>`,
  );
}

/** One line for a command that needs what only a binder kept in a file has (a copy, a restore). */
export function needsFile(command: string): UserError {
  return new UserError(`crm ${command} works on a binder kept in a file; this binder is on a PostgreSQL server, which keeps its copies (pg_dump); crm export writes its contents out`);
}
