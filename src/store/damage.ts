// A binder crm must not write to: damaged (SQLite says so), or read-only. Each says so in one line
// naming the binder and what to do, exit 3.
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { newestCopy } from './backups.js';

/** A binder SQLite reports as damaged: every command refuses it, doctor reports it. */
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

/** SQLite's own word that the file is damaged (SQLITE_CORRUPT and its extended codes) or not a database. */
export function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
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

/** A binder this process may read but not write; `why` says what stops it ("the file is not writable"). */
export function readOnlyBinder(path: string, why: string): UserError {
  return new UserError(`the binder ${path} is read-only (${why}); nothing was written. Reading it works; make it writable to change it`, 3);
}
