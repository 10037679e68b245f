// A command's binder on a server: the URL read, the server reached, the schema checked to hold a
// binder of this crm's version. The store itself (the Store interface's SQL for PostgreSQL) is
// still to come: until then a sound server binder is refused as NoStoreFor, and everything that
// would stop the store is already said as it will be (a server not reached, an older binder).
import { homedir, userInfo } from 'node:os';
import { isAbsolute } from 'node:path';
import { NoStoreFor } from '../errors.js';
import type { OpenContext, OpenOptions, Store } from '../store.js';
import { checkServerBinder } from './team.js';
import { readServerUrl, type ServerBinder } from './url.js';

/** The server binder `target` names, read with the run's environment (PG* variables, ~/.pgpass). */
export function serverBinder(target: string, env: NodeJS.ProcessEnv = process.env): ServerBinder {
  // HOME from the run's environment first: os.homedir() reads the process's, which a run in-process may not share.
  const home = env.HOME && isAbsolute(env.HOME) ? env.HOME : homedir();
  return readServerUrl(target, { env, home, systemUser: systemUser() });
}

/** The system's name for this process's user, as libpq takes it; none when the system has none (a container's uid alone). */
function systemUser(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}

/** Opens the server binder `target` names; today: checks it, then says there is no store for it yet. */
export async function openServerStore(target: string, _options: OpenOptions, context: OpenContext): Promise<Store> {
  const binder = serverBinder(target, context.env);
  await checkServerBinder(binder);
  throw new NoStoreFor(binder.url, 'postgres');
}
