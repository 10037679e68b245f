// crm promise: commitments with a date, ours or the client's. Open ones show on the card and in
// today's stack from their date on; past their date they are broken.
import type { Day } from '../binder/day.js';
import { keptNote, NOTES } from '../binder/entry-notes.js';
import { about, BODIES } from '../binder/summaries.js';
import type { Filing } from '../binder/when.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { records as english } from '../i18n/en/records.js';
import type { PromiseRecord } from '../store/store.js';
import { commitChange, type Changed } from './change.js';
import type { Deps } from './deps.js';
import { requireClient } from './lookup.js';

const say = messages('records', english);

/** A promise as it stands today. */
export interface PromiseView extends PromiseRecord {
  status: 'open' | 'due' | 'broken' | 'kept';
}

export function promiseView(promise: PromiseRecord, today: Day): PromiseView {
  const status = promise.keptAt ? 'kept' : promise.due < today ? 'broken' : promise.due === today ? 'due' : 'open';
  return { ...promise, status };
}

export async function makePromise(
  /** `what` not blank (the input schema refuses it); `by` resolved (binder/dates.ts). */
  input: { client: string; what: string; by: Filing; theirs: boolean },
  deps: Deps,
): Promise<Changed & { promise: PromiseView }> {
  const { today } = deps;
  const { day } = input.by;
  const dossier = await requireClient(deps.store, input.client);
  const at = deps.now();
  const whose = input.theirs ? NOTES.theirPromise : NOTES.ourPromise;
  const changed = await commitChange(deps, {
    command: 'promise',
    summary: about(dossier.handle, whose.make({ day, what: input.what })),
    at,
    promises: [{ handle: dossier.handle, what: input.what.trim(), due: day, theirs: input.theirs }],
    updates: [{ handle: dossier.handle, entries: [{ at, kind: 'promised', note: whose.make({ day, what: input.what.trim() }) }] }],
  });
  // The newest promise of this dossier is the one just made.
  const promise = (await deps.store.promises({ handle: dossier.handle })).reduce((a, b) => (b.id > a.id ? b : a));
  return { ...changed, promise: promiseView(promise, today) };
}

export async function keepPromise(input: { id: number }, deps: Deps): Promise<Changed & { promise: PromiseView }> {
  const promise = (await deps.store.promises({})).find((p) => p.id === input.id);
  if (!promise) throw new UserError(say().noPromise({ id: input.id }));
  if (promise.keptAt) throw new UserError(say().promiseKept({ id: input.id, day: promise.keptAt.slice(0, 10) }));
  const at = deps.now();
  const note = keptNote(promise.what, promise.due < deps.today ? promise.due : null);
  const changed = await commitChange(deps, {
    command: 'promise',
    summary: about(promise.handle, BODIES.kept.make({ id: promise.id, what: note })),
    at,
    keptPromises: [promise.id],
    updates: [{ handle: promise.handle, entries: [{ at, kind: 'kept', note }] }],
  });
  return { ...changed, promise: promiseView({ ...promise, keptAt: at }, deps.today) };
}

/** Open promises: of one client, or all of them. */
export async function listPromises(input: { client?: string }, deps: Deps): Promise<{ promises: PromiseView[] }> {
  const handle = input.client === undefined ? undefined : (await requireClient(deps.store, input.client)).handle;
  const promises = await deps.store.promises({ ...(handle !== undefined && { handle }), open: true });
  return { promises: promises.map((p) => promiseView(p, deps.today)) };
}
