// crm show <client>: the whole dossier.
import type { HistoryEntry } from '../binder/dossier.js';
import { dividerFor, type Divider } from '../binder/ring.js';
import type { Deps } from './deps.js';
import { requireClient } from './lookup.js';
import { view, type DossierView } from './stack.js';

export interface ShowResult {
  dossier: DossierView & { history: HistoryEntry[] };
  /** Where it is filed; null when closed. */
  divider: Divider | null;
}

export async function showDossier(input: { client: string }, deps: Deps): Promise<ShowResult> {
  const { store, today, settings } = deps;
  const dossier = await requireClient(store, input.client);
  const history = await store.history(dossier.handle);
  return {
    dossier: { ...view(dossier, today), history },
    divider: dossier.filedOn ? dividerFor(dossier.filedOn, today, settings) : null,
  };
}
