// What crm stored in its own English words (binder/entry-notes.ts), said in the run's language: the
// notes of the history entries crm made (crm show, the sheets, crm find) and the promise a resolved
// complaint leaves; the summaries of changes build on it (render/summaries.ts). English shows them
// as stored; a text no template reads (an older wording, a user's own note) is shown as stored in
// any language. Dates stored as ISO are printed as the renderers print dates; what the user typed
// stays as stored.
import type { Day } from '../binder/day.js';
import { readNote, readPromise } from '../binder/entry-notes.js';
import { messages } from '../i18n/catalogue.js';
import { dossier as englishDossier } from '../i18n/en/dossier.js';
import { currentLanguage } from '../i18n/language.js';
import { atHour, isolated, longDay, safe } from './style.js';

const sayDossier = messages('dossier', englishDossier);

/**
 * How a renderer puts crm's words and stored text together: a string for a terminal (stored text
 * isolated) or a notification (made safe), a sheet's Line (stored text told apart, render/sheet.ts).
 */
export interface Teller<T> {
  /** Stored text among crm's words. */
  stored(text: string): T;
  /** A message with pieces in it: `words` says it with a string in each piece's place. */
  say<K extends string>(words: (pieces: Record<K, string>) => string, pieces: Record<K, T>): T;
}

/** On a terminal: stored text isolated() (with its line ends when `keepNewlines`). */
export function onTerminal(keepNewlines = false): Teller<string> {
  return { stored: (text) => isolated(text, keepNewlines), say: (words, pieces) => words(pieces) };
}

/** In a notification: stored text made safe(), no isolates. */
export const inNotification: Teller<string> = { stored: (text) => safe(text), say: (words, pieces) => words(pieces) };

/** crm's words alone, as a teller gives them. */
export function said<T>(tell: Teller<T>, words: string): T {
  return tell.say(() => words, {});
}

/** The stored text read back, unless the run speaks English: then it is shown as stored. */
export function reading<R>(read: () => R | undefined): R | undefined {
  return currentLanguage() === 'en' ? undefined : read();
}

/** A stored day or day and hour ('2026-12-08', '2026-12-08 15:00') as the renderers print one. */
export function when(stored: string): string {
  const [day = '', hour] = stored.split(' ');
  return `${longDay(day as Day)}${atHour(hour)}`;
}

/** A promise made, as its entry's note and its change's summary say it. */
export function promised<T>(whose: 'ourPromise' | 'theirPromise', parts: { day: string; what: string }, tell: Teller<T>): T {
  const m = sayDossier();
  const words = whose === 'ourPromise' ? m.oursBy : m.theirsBy;
  return tell.say((p) => words({ ...p, day: longDay(parts.day) }), { what: tell.stored(parts.what) });
}

/** A history entry's note, as crm show, the sheets and crm find show it. */
export function entryNote<T>(kind: string, note: string, tell: Teller<T>): T {
  const read = reading(() => readNote(kind, note));
  if (!read) return tell.stored(note);
  const m = sayDossier().notes;
  switch (read.key) {
    case 'ourPromise':
    case 'theirPromise':
      return promised(read.key, read.parts, tell);
    case 'keptLate':
      return tell.say((p) => m.keptLate({ ...p, day: longDay(read.parts.day) }), { what: promiseWhat(read.parts.what, tell) });
    case 'checkSatisfied':
      return tell.say((p) => m.checkSatisfied(p), { what: tell.stored(read.parts.what) });
    case 'complaint':
      return tell.say((p) => m.complaint({ ...p, day: longDay(read.parts.day) }), { what: tell.stored(read.parts.what) });
    case 'link':
      return tell.say((p) => m.link(p), { name: tell.stored(read.parts.name) });
    case 'followUp':
      return said(tell, m.followUp);
    case 'postponed':
      return said(tell, m.postponed);
  }
}

/** A promise's what: the user's, or the follow-up crm filed for a resolved complaint. */
export function promiseWhat<T>(what: string, tell: Teller<T>): T {
  const read = reading(() => readPromise(what));
  return read ? tell.say((p) => sayDossier().notes.checkSatisfied(p), { what: tell.stored(read.what) }) : tell.stored(what);
}
