// The notes crm writes itself, in English, into the history entries it makes: a promise's, a kept
// promise's, a complaint's, a link's, a postponement's and a complaint's follow-up; and the what of
// the promise a resolved complaint leaves. Stored as written, for good (older binders and JSON
// exports hold them): each is one template (binder/wording.ts), read back to be said again in the
// run's language (render/stored.ts).
import { day, readOne, template, text, type PartsOf, type Reading } from './wording.js';

/** The notes of the history entries crm makes itself, by the entry's kind. */
export const NOTES = {
  /** promised: what the promise is, and by when. */
  ourPromise: template`our promise by ${day('day')}: ${text('what')}`,
  theirPromise: template`their promise by ${day('day')}: ${text('what')}`,
  /** kept: the promise's what, and when kept past its date, the date it was due. */
  keptLate: template`${text('what')} (late: due ${day('day')})`,
  /** complaint: what it is, and the date to resolve it by. */
  complaint: template`${text('what')} (resolve by ${day('day')})`,
  /** attached: a link's name (a file's is its name alone). */
  link: template`${text('name')} (link)`,
  /** filed: the refiling that follows a complaint resolved. */
  followUp: template`follow-up of a complaint`,
  /** moved: by crm postpone. */
  postponed: template`postponed`,
  /** The what of the promise a resolved complaint files (a promise's what, not a note). */
  checkSatisfied: template`check that the client is satisfied: ${text('what')}`,
};

/** A kept promise's note: its what, and the date it was due when it was kept late. */
export function keptNote(what: string, lateFor: string | null): string {
  return lateFor === null ? what : NOTES.keptLate.make({ what, day: lateFor });
}

/** The notes each kind of entry may hold in crm's words. */
const NOTES_OF: Readonly<Partial<Record<string, readonly (keyof typeof NOTES)[]>>> = {
  promised: ['ourPromise', 'theirPromise'],
  kept: ['keptLate', 'checkSatisfied'],
  complaint: ['complaint'],
  attached: ['link'],
  filed: ['followUp'],
  moved: ['postponed'],
};

/** An entry's stored note read back, when crm wrote it in words of its own; else undefined. */
export function readNote(kind: string, note: string): Reading<typeof NOTES> | undefined {
  const templates = NOTES_OF[kind] ?? [];
  return readOne(Object.fromEntries(templates.map((key) => [key, NOTES[key]])) as typeof NOTES, note);
}

/** A promise's what read back, when crm wrote it (the follow-up of a complaint); else undefined. */
export function readPromise(what: string): PartsOf<typeof NOTES.checkSatisfied> | undefined {
  return NOTES.checkSatisfied.read(what);
}

