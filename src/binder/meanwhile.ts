// Two people (or a person and a script) at one binder: a change is built from what its command read,
// and written a moment, or a whole prompt, later. If someone else changed the same dossier in
// between, the change is made again from what the dossier holds now, or refused; never written
// over the other change unseen.
import type { Day } from './day.js';
import type { Card, CardField, Dossier, NewEntry } from './dossier.js';

/** What a command read of a dossier before building its change to it. */
export interface Seen {
  /** The filing it saw: where the change's refiling entries start from. */
  filedOn: Day | null;
  /** The hour of that filing ('HH:MM', null for the day); absent: the hour was not read. */
  filedAt?: string | null;
  /** The card fields the change sets, as they were: a change to one of them meanwhile is a conflict. */
  card?: Partial<Card>;
}

/** What a command that read `dossier` saw of it, for a change that sets the card fields of `card`. */
export function seenOf(dossier: Dossier, card: Partial<Card> = {}): Seen {
  const fields = Object.keys(card) as CardField[];
  const filing = { filedOn: dossier.filedOn, filedAt: dossier.filedAt };
  if (fields.length === 0) return filing;
  return { ...filing, card: Object.fromEntries(fields.map((field) => [field, dossier[field]])) as Partial<Card> };
}

/** The entries that refile a dossier: each names where it was filed before (`from`). */
const REFILINGS = new Set(['filed', 'moved', 'closed']);

/** A change to one dossier, as far as this rule is concerned. */
export interface Refiling {
  /** The filing the change leaves: a day, null for closed, undefined to leave it. */
  filedOn?: Day | null;
  /** Its hour: 'HH:MM', null for the day, undefined to keep the one the dossier has. */
  filedAt?: string | null;
  entries: NewEntry[];
}

export type Remade =
  /** As built (nothing changed meanwhile), or made again: the entries to write. */
  | { entries: NewEntry[]; found: Day | null; refiledMeanwhile: boolean }
  /** Card fields the change sets were changed meanwhile: nothing can be written. */
  | { conflict: CardField[] };

/**
 * The change to a dossier made again from `found` (the dossier as it is, under the write lock):
 * a note, an outcome, an attachment are appended as they are; the refiling starts from where
 * the dossier is filed now, so the history's from/to chain stays whole (and a refiling to where
 * it already is says nothing); a card field the change sets that someone changed meanwhile is a
 * conflict.
 */
export function remade(seen: Seen, found: { filedOn: Day | null; filedAt: string | null; card: Card }, change: Refiling): Remade {
  const conflict = (Object.keys(seen.card ?? {}) as CardField[]).filter(
    (field) => JSON.stringify(seen.card?.[field] ?? null) !== JSON.stringify(found.card[field] ?? null),
  );
  if (conflict.length > 0) return { conflict };
  // A new hour meanwhile is a refiling too (issue 14): a log answered "fri" must not drop it unseen.
  const sameHour = seen.filedAt === undefined || seen.filedAt === found.filedAt;
  if (seen.filedOn === found.filedOn && sameHour) return { entries: change.entries, found: found.filedOn, refiledMeanwhile: false };
  const entries = change.entries.flatMap((entry): NewEntry[] => {
    if (!REFILINGS.has(entry.kind)) return [entry];
    const to = entry.kind === 'closed' ? null : (entry.to ?? null);
    const toAt = to === null ? null : (entry.toAt ?? null);
    return to === found.filedOn && toAt === found.filedAt ? [] : [{ ...entry, from: found.filedOn, fromAt: found.filedAt }];
  });
  // A change that kept the filing it saw (a log that "stays") now moves the dossier from where it
  // was refiled meanwhile: the history says so.
  const refiles = entries.some((entry) => REFILINGS.has(entry.kind));
  const leavesAt = change.filedOn === null ? null : change.filedAt !== undefined ? change.filedAt : found.filedAt;
  if (change.filedOn !== undefined && (change.filedOn !== found.filedOn || leavesAt !== found.filedAt) && !refiles) {
    const at = entries[0]?.at ?? change.entries[0]?.at;
    const from = { from: found.filedOn, fromAt: found.filedAt };
    if (at !== undefined) entries.push(change.filedOn === null ? { at, kind: 'closed', ...from, to: null } : { at, kind: 'filed', ...from, to: change.filedOn, toAt: leavesAt });
  }
  return { entries, found: found.filedOn, refiledMeanwhile: true };
}
