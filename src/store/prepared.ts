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

/** A pragma's single value (`PRAGMA user_version`). */
export function pragmaValue(db: Database, name: string): unknown {
  return prepared(db, `PRAGMA ${name}`).pluck().get();
}
