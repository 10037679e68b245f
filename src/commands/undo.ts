// crm undo and crm changes: walk back the changes to the binder, newest first.
import type { ChangeRecord } from '../store/store.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { refusals as english } from '../i18n/en/refusals.js';
import type { Deps } from './deps.js';
import { teamOf } from './people.js';
import { managesTeam } from './scope.js';

const say = messages('refusals', english);

export interface UndoResult {
  /** The change taken back; null when there was none left. */
  undone: ChangeRecord | null;
  /** What undo would take back next. */
  next: ChangeRecord | null;
}

export async function undoLast(deps: Deps): Promise<UndoResult> {
  const undone = await deps.store.undo();
  const [next = null] = await deps.store.changes(1);
  return { undone, next };
}

/** --all: a manager's view of a team's binder, everyone's changes, each with who made it; one line (exit 2) for anyone else. */
export async function recentChanges(input: { limit: number; all?: boolean }, deps: Deps, path = deps.store.where): Promise<{ changes: ChangeRecord[] }> {
  if (input.all) {
    const team = teamOf(deps, 'changes --all', path);
    if (!managesTeam(team)) {
      const m = say();
      throw new UserError(m.changesAll({ login: team.login, role: team.me ? m.roles[team.me.role] : m.notOnTeam }));
    }
    return { changes: await deps.store.changes(input.limit, { all: true }) };
  }
  return { changes: await deps.store.changes(input.limit) };
}
