// What a store says when it cannot do what it was asked: a typed value with the facts, never the
// advice. Each store (a SQLite file, a PostgreSQL server) throws these; the command line words them
// for the user (commands/words.ts), so a second store needs no second copy of the advice.
import type { Catalogue, Kept } from '../i18n/catalogue.js';

/** Something a store could not do that the user can mend: the command line words each kind. */
export abstract class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The binder file's folder is not there, and crm does not make folders it was not told to. */
export class NoFolder extends StoreError {
  constructor(
    readonly path: string,
    readonly folder: string,
  ) {
    super(`no folder ${folder} for ${path}`);
  }
}

/** The binder named is a directory, not a file. */
export class IsDirectory extends StoreError {
  constructor(readonly path: string) {
    super(`${path} is a directory`);
  }
}

/** A database that is not a crm binder (another program's), or one written by a newer crm. */
export class NotABinder extends StoreError {
  constructor(
    readonly path: string,
    readonly why: { kind: 'another program' } | { kind: 'newer'; version: number; newest: number },
  ) {
    super(`${path} is not a binder this crm can open (${why.kind})`);
  }
}

/** Why this process may not write a binder file: a reason of en/storeWhy.ts, said in whichever language. */
export type ReadOnlyWhy = Kept<Pick<Catalogue['storeWhy'], 'readOnlyFileSystem' | 'fileNotWritable' | 'folderNotWritable' | 'sqliteMayNot'>>;

/**
 * This process may not write the binder; `why` says what stops it (the file is not writable).
 * `unready`: a binder that must be written before it can be read (an empty file, an older binder).
 */
export class ReadOnly extends StoreError {
  constructor(
    readonly path: string,
    readonly why: ReadOnlyWhy,
    readonly unready?: { kind: 'empty' } | { kind: 'older'; version: number },
  ) {
    super(`${path} is read-only (${why.key}${unready ? `, ${unready.kind}` : ''})`);
  }
}

/** The binder is damaged (SQLite says so): nothing is written to it. */
export class Damaged extends StoreError {
  constructor(
    readonly path: string,
    /** What the database said ("database disk image is malformed", a line of its quick_check). */
    readonly reason: string,
  ) {
    super(`${path} is damaged (${reason})`);
  }
}

/** The binder cannot be opened at all (`code`: EACCES, SQLITE_CANTOPEN...). */
export class CannotOpen extends StoreError {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`cannot open ${path} (${code})`);
  }
}

/** An older binder could not be brought up to this crm's schema; it is left as it was. */
export class UpgradeFailed extends StoreError {
  constructor(
    readonly path: string,
    readonly from: number,
    readonly to: number,
    /** What failed: the copy taken before (into `where`), or the upgrade itself (the copy is `where`). */
    readonly step: 'copy' | 'migrate',
    readonly where: string,
    readonly reason: string,
  ) {
    super(`cannot upgrade ${path} from ${from} to ${to} (${step}: ${reason})`);
  }
}

/** The folder of the binder's copies is not one crm may keep them in. */
export class UnsafeBackups extends StoreError {
  constructor(
    readonly folder: string,
    readonly why: { kind: 'symbolic link' | 'not a folder' } | { kind: 'another user'; uid: number } | { kind: 'open to others'; mode: number },
  ) {
    super(`cannot keep copies in ${folder} (${why.kind})`);
  }
}

/** A copy that is not a sound binder to restore; `why` says what it is instead. */
export class NotRestorable extends StoreError {
  constructor(
    readonly path: string,
    readonly why: string,
    /** Where this binder's own copies are. */
    readonly backups: string,
  ) {
    super(`${path} cannot be restored: ${why}`);
  }
}

/** A change names a dossier that is not in the binder. */
export class NoDossier extends StoreError {
  constructor(readonly handle: string) {
    super(`no dossier "${handle}"`);
  }
}

/**
 * A change creates a dossier under a handle another change took first: two processes filed one
 * new handle at once, and this one found it free before the other's commit. Nothing is written.
 */
export class HandleTaken extends StoreError {
  constructor(
    readonly handle: string,
    /** On a team's binder: the handle is a colleague's dossier's, which this login does not see (not a race: trying again cannot help). */
    readonly unseen = false,
  ) {
    super(`the handle "${handle}" is taken`);
  }
}

/** A server binder's URL that does not name one (`why`: which part is wrong). `url` is without its password. */
export class BadServerUrl extends StoreError {
  constructor(
    readonly url: string,
    readonly why: string,
    /** `why` says what to write instead: the line needs no example URL. */
    readonly example = false,
  ) {
    super(`${url} is not a server binder's URL: ${why}`);
  }
}

/** The server could not be used: not reached, the login refused, a timeout, or an error of its own (SQLSTATE). */
export class ServerUnavailable extends StoreError {
  constructor(
    /** Where the binder is (postgres/url.ts `where`: never the password). */
    readonly where: string,
    readonly host: string,
    readonly what:
      | { kind: 'unreachable'; code: string }
      | { kind: 'login refused'; user: string; reason: string }
      | { kind: 'no database'; database: string }
      | { kind: 'timeout'; during: 'connect' | 'lock' | 'statement' }
      | { kind: 'dropped' }
      | { kind: 'server'; sqlstate: string; reason: string },
  ) {
    super(`the server of ${where}: ${what.kind}`);
  }
}

/** A server schema that is not a binder this crm can use as asked (`why`), or a server that cannot hold one. */
export class NotServerBinder extends StoreError {
  constructor(
    readonly where: string,
    readonly schema: string,
    readonly why:
      | { kind: 'no binder' }
      | { kind: 'another program'; tables: string[] }
      | { kind: 'a binder already'; version: number }
      | { kind: 'older'; version: number; newest: number }
      | { kind: 'newer'; version: number; newest: number }
      | { kind: 'unknown version'; version: number }
      | { kind: 'C locale'; ctype: string; database: string }
      | { kind: 'no pg_trgm'; reason: string }
      | { kind: 'no team roles'; roles: string[]; reason: string },
  ) {
    super(`${where}: ${why.kind}`);
  }
}

/** An id (a bigint) past 2^53, which JavaScript's numbers cannot hold exactly: refused, never rounded. */
export class IdTooLarge extends StoreError {
  constructor(readonly text: string) {
    super(`an id of ${text} is past 2^53`);
  }
}

/** crm undo's change touched dossiers on which someone else has written since: taking it back would undo their work too. */
export class ChangedSince extends StoreError {
  constructor(
    readonly change: { id: number; at: string; command: string; summary: string },
    readonly since: { by: string | null; at: string; handle: string }[],
  ) {
    super(`change ${change.id}: written on since`);
  }
}
