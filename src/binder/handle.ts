// The rules of a dossier's handle (BINDER.md, "The software model"): one short word, and none of
// the words crm itself reads where a client's handle is typed; and the handle crm makes for a new
// client when none is given.

// What a handle may be written with is in names.ts, beside what a document may be named.
import { HANDLE } from './names.js';

/** `crm promise done <id>`: the word that stands where a promise's client would. */
export const PROMISE_DONE = 'done';
/** `crm complaint resolve <id>`: the word that stands where a complaint's client would. */
export const COMPLAINT_RESOLVE = 'resolve';

/**
 * crm's own words where a client's handle is typed, with the command that reads each: a dossier
 * with one of them as its handle could not be named there (`crm promise done "send offer"`).
 */
export const RESERVED_HANDLES: ReadonlyMap<string, string> = new Map([
  [PROMISE_DONE, `crm promise ${PROMISE_DONE} <id>`],
  [COMPLAINT_RESOLVE, `crm complaint ${COMPLAINT_RESOLVE} <id>`],
]);

/** The command that reads `handle` as its own word (in any case), or undefined when it is free. */
export function reservedBy(handle: string): string | undefined {
  return RESERVED_HANDLES.get(handle.toLowerCase());
}

/** A name's words as a handle is made of them: lower case, NFC, split at anything not a letter, digit or mark. */
export function handleWords(name: string): string[] {
  // Zero-width (non-)joiners are inside a Persian word ("ابراهیمی‌پور"), not between words.
  return name
    .replace(/[\u200c\u200d]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean);
}

/**
 * A handle for a new client: the family name as typed (the last word of the name), lower case,
 * else the first word of the company; "nowak-2" when "nowak" is taken.
 */
export function newHandle(name: string, taken: ReadonlySet<string>): string {
  const words = handleWords(name);
  const base = (words.at(-1) ?? 'client').slice(0, 34);
  const candidates = [base, ...(words.length > 1 ? [`${base}-${words[0]?.slice(0, 5)}`] : [])];
  // A contact called "Jan Done" is not given crm's own word "done" as a handle.
  for (const candidate of candidates) if (HANDLE.test(candidate) && !reservedBy(candidate) && !taken.has(candidate)) return candidate;
  const root = HANDLE.test(base) ? base : 'client';
  for (let n = 2; ; n++) if (!taken.has(`${root}-${n}`)) return `${root}-${n}`;
}
