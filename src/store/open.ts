// Which store keeps the binder a command names: a file (SQLite) today; a server (PostgreSQL) is
// recognised and checked (reachable, a binder of this crm's version), then refused until crm has
// its store. Each store is imported only when named, so the SQLite path never loads a server's
// driver (scripts/bundle.mjs keeps store/postgres/ out of the file bundles).
import type { OpenContext, OpenOptions, Store } from './store.js';

/** The kind of store `target` names: a PostgreSQL URL names a server, anything else a file. */
export function storeKind(target: string): 'sqlite' | 'postgres' {
  return /^postgres(ql)?:\/\//i.test(target) ? 'postgres' : 'sqlite';
}

/** Opens the binder `target` names (a file's path, or a server's URL) as `options` say. */
export async function openStore(target: string, options: OpenOptions, context: OpenContext): Promise<Store> {
  const kind = storeKind(target);
  if (kind === 'postgres') return (await import('./postgres/open.js')).openServerStore(target, options, context);
  return (await import('./sqlite.js')).openSqliteStore(target, options, context);
}
