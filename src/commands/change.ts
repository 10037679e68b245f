// Writing a change and reporting it: every changing command answers with the same shape, which is
// what its --json prints (README, "For scripts").
import type { Dossier, HistoryEntry, NewEntry } from '../binder/dossier.js';
import type { BinderChange, ChangeRecord } from '../store/store.js';
import type { Deps } from './deps.js';
import { view, type DossierView } from './stack.js';

export interface Changed {
  /** The change as the change log keeps it; null when the command found nothing to change. */
  change: ChangeRecord | null;
  /** The dossiers the change touched, as they are now. */
  dossiers: DossierView[];
  /** The history entries it added, every field present (null when it does not apply). */
  entries: AddedEntry[];
}

export type AddedEntry = Omit<HistoryEntry, 'id'> & { handle: string };

/** Commits a change (unless it changes nothing) and reads back the dossiers it touched. */
export async function commitChange(deps: Deps, change: BinderChange): Promise<Changed> {
  const touched = [...(change.creates ?? []), ...(change.updates ?? [])];
  const entries = touched.flatMap(({ handle, entries }) => entries.map((entry) => added(handle, entry)));
  const rows = [change.documents, change.promises, change.keptPromises, change.complaints, change.resolvedComplaints, change.forms];
  const empty = entries.length === 0 && !change.settings && rows.every((list) => !list || list.length === 0);
  const record = empty ? null : await deps.store.commit(change);
  const dossiers: DossierView[] = [];
  for (const { handle } of touched) {
    const dossier = (await deps.store.dossier(handle)) as Dossier | undefined;
    if (dossier) dossiers.push(view(dossier, deps.today));
  }
  return { change: record, dossiers, entries };
}

function added(handle: string, entry: NewEntry): AddedEntry {
  return {
    handle,
    at: entry.at,
    kind: entry.kind,
    note: entry.note ?? null,
    outcome: entry.outcome ?? null,
    offer: entry.offer ?? null,
    from: entry.from ?? null,
    to: entry.to ?? null,
    changes: entry.changes ?? null,
    form: entry.form ?? null,
  };
}
