// better-sqlite3, the SQLite driver: its Database class and its private handle on the native
// database. Built, crm takes scripts/sqlite-driver.mjs in place of this file (scripts/bundle.mjs):
// the driver's JavaScript compiled into crm's own bundle, its native part loaded straight from
// the package. Here it is the package, required as it installs (tsc's output, the unit tests).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

// URI file names are what lets a read-only binder be opened immutable (store/sqlite.ts); the
// driver's native part reads this when it loads. Every path crm opens is made absolute, so no
// binder's own name is ever taken for a URI.
process.env.SQLITE_USE_URI = '1';

// CommonJS: required, not imported, it skips the ESM loader's scan of its exports.
const require = createRequire(import.meta.url);

export const Database = require('better-sqlite3') as typeof BetterSqlite3;
export type Database = BetterSqlite3.Database;

/**
 * The symbol under which a Database holds its native side. The package exports only its entry, so
 * it is read from the file beside it: the same module the entry loaded.
 */
export function nativeKey(): symbol {
  return (require(join(dirname(require.resolve('better-sqlite3')), 'util.js')) as { cppdb: symbol }).cppdb;
}
