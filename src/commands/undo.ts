// crm undo and crm changes: walk back the changes to the binder, newest first.
import type { ChangeRecord } from '../store/store.js';
import type { Deps } from './deps.js';

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

export async function recentChanges(input: { limit: number }, deps: Deps): Promise<{ changes: ChangeRecord[] }> {
  return { changes: await deps.store.changes(input.limit) };
}
