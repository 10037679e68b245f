// The summary crm stores, in English, of each change it makes to a binder (crm changes, crm undo):
// made here from its parts by one template each (binder/wording.ts), and read back by the same
// template to be said again in the run's language (render/summaries.ts). Stored as written, for
// good: older binders and scripts hold them; one no template reads is shown as stored.
import { CONVERSATION_KINDS, type ConversationKind } from './dossier.js';
import { NOTES } from './entry-notes.js';
import { count, day, handle, inParentheses, oneOf, readList, readOne, template, text, when, word, wordings, type Reading } from './wording.js';

/** A summary of a change to one dossier: '<handle>: <what>'. */
const ABOUT = /* @__PURE__ */ wordings(() => template`${handle('handle')}: ${text('what')}`);

export function about(dossier: string, what: string): string {
  return ABOUT.make({ handle: dossier, what });
}

/** What a change did to one dossier, after its handle. */
export const BODIES = /* @__PURE__ */ wordings(() => ({
  moved: template`moved ${when('from')} → ${when('to')}`,
  postponed: template`postponed ${when('from')} → ${when('to')}`,
  attached: template`attached ${text('names')}`,
  complaint: template`complaint, to resolve by ${day('day')}: ${text('what')}`,
  resolved: template`resolved complaint ${count('id')}; follow-up on ${day('day')}`,
  ourPromise: NOTES.ourPromise,
  theirPromise: NOTES.theirPromise,
  /** `what` is the kept promise's note (keptNote). */
  kept: template`kept promise ${count('id')}: ${text('what')}`,
}));

/** What crm file, crm log and crm edit did to a dossier, one step after another: 'call (reached), filed 2026-12-08 → 2026-12-09'. */
export const STEPS = /* @__PURE__ */ wordings(() => ({
  card: template`card (${inParentheses('fields')})`,
  contactWithOutcome: template`${oneOf('kind', CONVERSATION_KINDS)} (${word('outcome')})`,
  contact: template`${oneOf('kind', CONVERSATION_KINDS)}`,
  stays: template`stays on ${when('day')}`,
  fromDrawer: template`filed from the drawer → ${when('to')}`,
  refiled: template`filed ${when('from')} → ${when('to')}`,
  closed: template`closed`,
  nothingChanged: template`nothing changed`,
}));

/** The steps of a change to a dossier, joined. */
export function steps(done: readonly (string | false | null | undefined)[]): string {
  return done.filter((step): step is string => typeof step === 'string' && step !== '').join(', ');
}

/** Where a dossier went: it stays (from and to the same), is refiled (from null: out of the drawer), or closed (to null). Each a day and hour, as dayAndHour() gives it. */
export function filingStep(from: string | null, to: string | null): string {
  if (to === null) return STEPS.closed.make({});
  if (from === to) return STEPS.stays.make({ day: to });
  return from === null ? STEPS.fromDrawer.make({ to }) : STEPS.refiled.make({ from, to });
}

/** A contact logged: its kind, and the outcome when there is one. */
export function contactStep(kind: ConversationKind, outcome: string | null | undefined): string {
  return outcome ? STEPS.contactWithOutcome.make({ kind, outcome }) : STEPS.contact.make({ kind });
}

/** Summaries of changes to no one dossier, or to several. */
export const SUMMARIES = /* @__PURE__ */ wordings(() => ({
  newDossier: template`new dossier ${handle('handle')} (${text('name')}) filed on ${when('day')}`,
  movedManyFrom: template`moved ${count('count')} dossiers → ${when('to')} (from ${text('from')})`,
  movedMany: template`moved ${count('count')} dossiers → ${when('to')}`,
  postponedMany: template`postponed ${count('count')} dossiers`,
  formAdded: template`added form ${word('name')} (${count('count')} fields)`,
  formReplaced: template`replaced form ${word('name')} (${count('count')} fields)`,
  assignedMany: template`assign ${count('count')} dossiers to ${word('to')}`,
  assigned: template`assign ${text('handles')} to ${word('to')}`,
  teamRemove: template`team remove ${word('login')}: ${count('count')} dossiers to ${word('to')}`,
}));

/** crm import's summary: the file, then how many of each. */
const IMPORT = /* @__PURE__ */ wordings(() => template`import ${text('file')}: ${text('counts')}`);

export const IMPORT_COUNTS = /* @__PURE__ */ wordings(() => ({
  new: template`${count('count')} new`,
  updated: template`${count('count')} updated`,
  skipped: template`${count('count')} already filed, skipped`,
  invalid: template`${count('count')} not valid, skipped`,
}));

export function importSummary(file: string, imported: number, updated: number, skipped: number, invalid = 0): string {
  const counts = steps([
    IMPORT_COUNTS.new.make({ count: imported }),
    updated > 0 && IMPORT_COUNTS.updated.make({ count: updated }),
    skipped > 0 && IMPORT_COUNTS.skipped.make({ count: skipped }),
    invalid > 0 && IMPORT_COUNTS.invalid.make({ count: invalid }),
  ]);
  return IMPORT.make({ file, counts });
}

/** A stored summary read back, or undefined when no template reads it. */
export type SummaryReading =
  | Reading<typeof SUMMARIES>
  | { key: 'about'; handle: string; body: Reading<typeof BODIES> }
  | { key: 'steps'; handle: string; steps: Reading<typeof STEPS>[] }
  | { key: 'import'; file: string; counts: Reading<typeof IMPORT_COUNTS>[] };

export function readSummary(stored: string): SummaryReading | undefined {
  const whole = readOne(SUMMARIES, stored);
  if (whole) return whole;
  const imported = IMPORT.read(stored);
  if (imported) {
    const counts = readList(IMPORT_COUNTS, imported.counts);
    if (counts) return { key: 'import', file: imported.file, counts };
  }
  const dossier = ABOUT.read(stored);
  if (!dossier) return undefined;
  const body = readOne(BODIES, dossier.what);
  if (body) return { key: 'about', handle: dossier.handle, body };
  const done = readList(STEPS, dossier.what);
  return done ? { key: 'steps', handle: dossier.handle, steps: done } : undefined;
}
