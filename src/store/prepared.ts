import { existsSync } from 'node:fs';
import type { Database, Statement } from 'better-sqlite3';
import { nativeKey } from './driver.js';

// Each statement is prepared once per database and reused: preparing is a good part of a short
// command's time. The map is weak, so a closed database's statements go with it.
const kept = new WeakMap<Database, Map<string, Statement>>();

/** The statement for `text` on `db`, prepared on first use and kept. */
export function prepared(db: Database, text: string): Statement {
  let statements = kept.get(db);
  if (!statements) {
    statements = new Map();
    kept.set(db, statements);
  }
  let statement = statements.get(text);
  if (!statement) {
    statement = db.prepare(text);
    statements.set(text, statement);
  }
  return statement;
}

/** The rows of `statement` one at a time, for a table too large to hold at once. */
export function eachRow<Row>(statement: Statement, ...params: unknown[]): IterableIterator<Row> {
  return statement.iterate(...params) as IterableIterator<Row>;
}

/** A pragma's single value (`PRAGMA user_version`). */
export function pragmaValue(db: Database, name: string): unknown {
  return prepared(db, `PRAGMA ${name}`).pluck().get();
}

/** The native side of a SQLite online backup, as better-sqlite3 makes it. */
interface NativeBackup {
  transfer(pages: number): { totalPages: number; remainingPages: number };
  close(): void;
}
type NativeDatabase = { backup(db: Database, attached: string, destination: string, isNewFile: boolean): NativeBackup };

// better-sqlite3's own db.backup() is asynchronous (a step per turn of the event loop); a write
// copies the binder first and must not yield. So the backup runs here as db.backup() runs it,
// through the package's handle on the native database, one step at a time in a loop.
// The package's private symbol is looked up when a copy is first taken, not at every start.
let cppdb: symbol | undefined;
function nativeOf(db: Database): NativeDatabase {
  cppdb ??= nativeKey();
  return (db as unknown as Record<symbol, NativeDatabase>)[cppdb] as NativeDatabase;
}
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Copies the whole of `db` into the file `destination` with SQLite's online backup: a new file, or
 * a database whose every page it replaces under that database's own locks. While another process
 * holds what it needs, it tries again every 10 ms, for up to 5 s, then throws.
 */
export function backupWhole(db: Database, destination: string): void {
  const backup = nativeOf(db).backup(db, 'main', destination, !existsSync(destination));
  try {
    // Done when no page remains of a database that has pages: a step that found the database busy
    // before it began reports no pages at all.
    const done = ({ totalPages, remainingPages }: { totalPages: number; remainingPages: number }) => totalPages > 0 && remainingPages === 0;
    for (let waited = 0; !done(backup.transfer(-1)); waited += 10) {
      if (waited >= 5000) throw new Error(`${destination} stayed busy`);
      Atomics.wait(pause, 0, 0, 10);
    }
  } finally {
    backup.close();
  }
}
