// crm show <client>: the whole dossier.
import type { HistoryEntry } from '../binder/dossier.js';
import { dividerFor, type Divider } from '../binder/ring.js';
import type { DocumentInfo, Readers } from '../store/store.js';
import { complaintView, type ComplaintView } from './complaints.js';
import type { Deps } from './deps.js';
import { promiseView, type PromiseView } from './promises.js';
import { requireClient } from './lookup.js';
import { view, type DossierView } from './stack.js';

export interface ShowResult {
  dossier: DossierView & { history: HistoryEntry[]; promises: PromiseView[]; complaints: ComplaintView[]; documents: DocumentInfo[] };
  /** Where it is filed; null when closed. */
  divider: Divider | null;
  /** On a team's binder, the login reading and every person's name: who made each entry is said by name. */
  team?: Readers;
}

export async function showDossier(input: { client: string }, deps: Deps): Promise<ShowResult> {
  const { store, today, settings } = deps;
  const dossier = await requireClient(store, input.client);
  const history = await store.history(dossier.handle);
  const promises = (await store.promises({ handle: dossier.handle, open: true })).map((p) => promiseView(p, today));
  const complaints = (await store.complaints({ handle: dossier.handle, open: true })).map((c) => complaintView(c, today));
  const documents = await store.documents(dossier.handle);
  return {
    dossier: { ...view(dossier, today), history, promises, complaints, documents },
    divider: dossier.filedOn ? dividerFor(dossier.filedOn, today, settings) : null,
    ...(store.team && { team: { login: store.team.login, names: store.team.names } }),
  };
}
