// The dossier as the commands and renderers see it: a card, where it is filed, its history.
import type { Day } from './day.js';

export type Priority = 'A' | 'B' | 'C';
export const PRIORITIES: readonly Priority[] = ['A', 'B', 'C'];

/** The info card: who the client is. Text is stored exactly as typed. */
export interface Card {
  name: string;
  position: string | null;
  company: string | null;
  phone: string | null;
  email: string | null;
  /** Standing notes on the client (not what was said in a call: that is history). */
  notes: string | null;
  priority: Priority;
}
export const CARD_FIELDS = ['name', 'position', 'company', 'phone', 'email', 'notes', 'priority'] as const;
export type CardField = (typeof CARD_FIELDS)[number];

/** Conversations: the kinds of entry that make the card's "last conversation". */
export const CONVERSATION_KINDS = ['call', 'meeting', 'email', 'note'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];
/**
 * `created`: the card as first typed; `filed`: a filing (from, to); `moved`: a reschedule (from,
 * to); `closed`: out of the ring into the drawer (from); `changed`: card fields changed.
 */
export type EntryKind = ConversationKind | 'created' | 'filed' | 'moved' | 'closed' | 'changed';

/** How a conversation ended: a small vocabulary, so the day can be reviewed by outcome. */
export const OUTCOMES = ['reached', 'no-answer', 'voicemail', 'callback', 'meeting-set', 'offer-sent', 'won', 'lost'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A history entry as it is appended. */
export interface NewEntry {
  /** Local date and time with its UTC offset, '2026-11-23T09:14:03+01:00'. */
  at: string;
  kind: EntryKind;
  note?: string | null;
  outcome?: string | null;
  offer?: string | null;
  from?: Day | null;
  to?: Day | null;
  changes?: Partial<Record<CardField, { from: string | null; to: string | null }>> | null;
}

export interface HistoryEntry {
  id: number;
  at: string;
  kind: EntryKind;
  note: string | null;
  outcome: string | null;
  offer: string | null;
  from: Day | null;
  to: Day | null;
  changes: NewEntry['changes'];
}

/** A dossier with what the card shows of its history, all derived from the entries. */
export interface Dossier extends Card {
  handle: string;
  /** The date of the next contact; null when the dossier is closed (in the drawer). */
  filedOn: Day | null;
  createdAt: string;
  /** When the last conversation (call, meeting, e-mail or note) was. */
  lastContact: string | null;
  lastKind: ConversationKind | null;
  lastNote: string | null;
  lastOutcome: string | null;
  /** The latest offer recorded in the history. */
  offer: string | null;
}
