// The rules of a dossier's handle (BINDER.md, "The software model"): one short word, and none of
// the words crm itself reads where a client's handle is typed.

// What a handle may be written with is in names.ts, beside what a document may be named.

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
