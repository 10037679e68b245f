import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Database, Statement } from 'better-sqlite3';

// better-sqlite3 12 on Node 24 aborts the process when the garbage collector frees a statement
// (its destructor asks for the current Node environment, which a GC callback may not have:
// "Assertion failed: (env) != nullptr"). 13 fixes it but no longer runs on Node 20. So every
// statement is prepared once and kept for the life of the process (a CLI process is short), no
// helper that prepares throwaway statements (db.pragma) is used, and the entry ends the process
// with process.exit, before a teardown collection could run.
const kept = new Map<Database, Map<string, Statement>>();

/** Keeps a database handle (one opened only for a moment, say) for the life of the process too. */
export function keep(db: Database): Database {
  if (!kept.has(db)) kept.set(db, new Map());
  return db;
}

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

// An iterator over a statement's rows is a native object too, and its collection aborts the same
// way (crm doctor crashed on Node 24 after reading every dossier): each is kept as well.
const iterators: unknown[] = [];

/** The rows of `statement` one at a time, for a table too large to hold at once. */
export function eachRow<Row>(statement: Statement, ...params: unknown[]): IterableIterator<Row> {
  const rows = statement.iterate(...params) as IterableIterator<Row>;
  iterators.push(rows);
  return rows;
}

/** A pragma's single value (`PRAGMA user_version`). */
export function pragmaValue(db: Database, name: string): unknown {
  return prepared(db, `PRAGMA ${name}`).pluck().get();
}

/** The native side of a SQLite online backup, as better-sqlite3 12 makes it. */
interface NativeBackup {
  transfer(pages: number): { totalPages: number; remainingPages: number };
  close(): void;
}
type NativeDatabase = { backup(db: Database, attached: string, destination: string, isNewFile: boolean): NativeBackup };

// better-sqlite3's own db.backup() drops its native backup object when done, and under Node 24 the
// collection of that object aborts the process too (an import that copies the binder first, then
// reads thousands of rows, crashed). So the backup is run here as db.backup() runs it, through the
// package's handle on the native database, and the object is kept like every statement.
const { cppdb } = createRequire(import.meta.url)('better-sqlite3/lib/util') as { cppdb: symbol };
const backups: NativeBackup[] = [];
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Copies the whole of `db` into the file `destination` with SQLite's online backup: a new file, or
 * a database whose every page it replaces under that database's own locks. While another process
 * holds what it needs, it tries again every 10 ms, for up to 5 s, then throws.
 */
export function backupWhole(db: Database, destination: string): void {
  const native = (db as unknown as Record<symbol, NativeDatabase>)[cppdb] as NativeDatabase;
  const backup = native.backup(db, 'main', destination, !existsSync(destination));
  backups.push(backup);
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
