// A binder crm must not write to: damaged (SQLite says so), or read-only. The store throws the typed
// errors of errors.ts; the command line words them.
import { Damaged } from './errors.js';

/** SQLite's own word that the file is damaged (SQLITE_CORRUPT and its extended codes) or not a database. */
export function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/** SQLite's error of a damaged file, as the store's typed error. */
export function damaged(path: string, error: unknown): Damaged {
  return new Damaged(path, (error as Error).message);
}
