// What the user reads when a store cannot do what a command asked: the typed errors of
// store/errors.ts, worded once for every store, with what to type instead. Exit 3 for a binder
// that must be mended or cannot be reached; 2 for what the user named.
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { messages, sayKept } from '../i18n/catalogue.js';
import { store as english } from '../i18n/en/store.js';
import { whereSaid } from '../i18n/place.js';
import { storeWhy } from '../i18n/en/storeWhy.js';
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

const say = messages('store', english);
const whyWords = messages('storeWhy', storeWhy);

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
  const restore = copy ? say().restoreNewest({ copy }) : say().noCopy({ folder: join(dirname(path), 'backups') });
  // SQLITE_NOTADB: the first page is not a database's: a binder damaged there, or a file of another kind.
  const what = reason === 'file is not a database' ? say().damagedOrNot : say().isDamaged;
  return say().damaged({ path, what, reason, restore });
}

/** A store's typed error as the one line (and exit code) the user reads; anything else as it is. */
export function worded(error: unknown): unknown {
  if (!(error instanceof StoreError)) return error;
  if (error instanceof Damaged) return new DamagedBinder(error.path, error.reason);
  return new UserError(...words(error));
}

function words(error: StoreError): [string, number?] {
  const said = say();
  if (error instanceof NoFolder) return [said.noFolder({ folder: error.folder, path: error.path })];
  if (error instanceof IsDirectory) return [said.isDirectory({ path: error.path, inside: join(error.path, 'binder.db') })];
  if (error instanceof NotABinder) {
    const { why } = error;
    if (why.kind === 'another program') return [said.anotherProgram({ path: error.path }), 3];
    return [said.newer({ path: error.path, version: why.version, newest: why.newest }), 3];
  }
  if (error instanceof ReadOnly) return [said.readOnly({ path: error.path, why: readOnlyWhy(error) }), 3];
  if (error instanceof CannotOpen) return [said.cannotOpen({ path: error.path, code: error.code }), 3];
  if (error instanceof UpgradeFailed) {
    if (error.step === 'copy') return [said.cannotCopy({ path: error.path, where: error.where, reason: error.reason }), 3];
    return [said.cannotUpgrade({ path: error.path, from: error.from, to: error.to, reason: error.reason, where: error.where }), 3];
  }
  if (error instanceof UnsafeBackups) {
    const { why, folder } = error;
    const refused = said.backupsRefused;
    if (why.kind === 'another user') return [refused.anotherUser({ folder, uid: why.uid }), 3];
    if (why.kind === 'open to others') return [refused.openToOthers({ folder, mode: why.mode.toString(8).padStart(4, '0') }), 3];
    return [why.kind === 'symbolic link' ? refused.symbolicLink({ folder }) : refused.notAFolder({ folder }), 3];
  }
  if (error instanceof NotRestorable) return [said.notRestorable({ path: error.path, why: error.why, backups: error.backups })];
  if (error instanceof NoDossier) return [said.noDossier({ handle: error.handle })];
  // crm file words its own refusal (commands/file.ts); this is any other command's that creates one.
  if (error instanceof HandleTaken && error.unseen) return [said.handleUnseen({ handle: error.handle })];
  if (error instanceof HandleTaken) return [said.handleTaken({ handle: error.handle })];
  if (error instanceof BadServerUrl) return [said.badUrl({ url: error.url, why: error.why, hint: error.example ? '' : said.writeUrl })];
  // PostgreSQL's text cannot hold U+0000 (SQLite's can): what the user typed or imported, exit 2.
  if (error instanceof ServerUnavailable && error.what.kind === 'server' && error.what.sqlstate === '22021' && /0x00/.test(error.what.reason)) {
    return [said.nulOnServer];
  }
  if (error instanceof ServerUnavailable) return [serverLine(error), 3];
  if (error instanceof NotServerBinder) return notBinderLine(error);
  if (error instanceof ChangedSince) {
    const first = error.since[0];
    const minute = (at: string | undefined) => at?.slice(0, 16).replace('T', ' ') ?? 'undefined';
    return [
      said.changedSince({
        summary: error.change.summary,
        at: minute(error.change.at),
        others: [...new Set(error.since.map((w) => w.by ?? said.someone))],
        where: [...new Set(error.since.map((w) => w.handle))],
        first: minute(first?.at),
        handle: error.since[0]?.handle ?? 'undefined',
      }),
    ];
  }
  if (error instanceof IdTooLarge) return [said.idTooLarge({ id: error.text }), 3];
  return [error.message];
}

/** Why a binder file may not be written; and when it must be before it can be read, that too. */
function readOnlyWhy({ why, unready }: ReadOnly): string {
  const words = whyWords();
  const reason = sayKept(words, why);
  if (unready?.kind === 'empty') return words.emptyFile({ why: reason });
  return unready ? words.mustUpgrade({ why: reason, version: unready.version }) : reason;
}

/** A server that could not be used: where, what happened, and what to check. */
function serverLine({ where: named, what }: ServerUnavailable): string {
  const said = say().server;
  const where = whereSaid(named);
  switch (what.kind) {
    case 'unreachable':
      return said.unreachable({ where, code: what.code });
    case 'login refused':
      return said.loginRefused({ user: what.user, where, reason: what.reason });
    case 'no database':
      return said.noDatabase({ database: what.database, where });
    case 'timeout':
      if (what.during === 'connect') return said.connectTimeout({ where });
      if (what.during === 'lock') return said.lockTimeout({ where });
      return said.statementTimeout({ where });
    case 'dropped':
      return said.dropped({ where });
    case 'server':
      return said.refused({ where, reason: what.reason.replace(/\s*\n\s*/g, ' '), sqlstate: what.sqlstate });
  }
}

function notBinderLine({ where: named, why }: NotServerBinder): [string, number?] {
  const said = say().serverBinder;
  const where = whereSaid(named);
  switch (why.kind) {
    case 'no binder':
      return [said.none({ where }), 3];
    case 'another program':
      return [said.anotherProgram({ where, tables: why.tables.slice(0, 3), more: Math.max(0, why.tables.length - 3) }), 3];
    case 'a binder already':
      return [said.already({ where, version: why.version })];
    case 'older':
      return [said.older({ where, version: why.version, newest: why.newest }), 3];
    case 'newer':
      return [said.newer({ where, version: why.version, newest: why.newest }), 3];
    case 'unknown version':
      return [said.unknownVersion({ where, version: why.version }), 3];
    case 'C locale':
      return [said.cLocale({ database: why.database, ctype: why.ctype }), 3];
    case 'no pg_trgm':
      return [said.noTrgm({ where, reason: why.reason }), 3];
    case 'no team roles':
      return [said.noRoles({ roles: why.roles, where, reason: why.reason, create: why.roles.map((role) => `CREATE ROLE ${role} NOLOGIN`).join('; ') }), 3];
  }
}

/** One line for a command that works only on a binder on a server (crm team ...): `path` is the file named. */
export function needsServer(command: string, path: string): UserError {
  return new UserError(say().needsServer({ command, path }));
}

/** One line for what only a team's binder has (owners, handovers, --for, --team): a binder file is one person's, who owns every dossier. */
export function needsTeam(command: string, path: string): UserError {
  return new UserError(say().needsTeam({ command, path }));
}

/** One line for a command that needs what only a binder kept in a file has (a copy, a restore). */
export function needsFile(command: string): UserError {
  return new UserError(say().needsFile({ command }));
}
