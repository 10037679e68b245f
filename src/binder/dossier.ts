// The dossier as the commands and renderers see it: a card, where it is filed, its history.
import type { Day } from './day.js';

export type Priority = 'A' | 'B' | 'C';
export const PRIORITIES: readonly Priority[] = ['A', 'B', 'C'];

/** The info card: who the client is. Text is stored exactly as typed. */
export interface Card {
  name: string;
  position: string | null;
  company: string | null;
  /** The primary phone number: the first of `phones`, never set apart from it (see changedCard). */
  phone: string | null;
  /** The primary e-mail address: the first of `emails`. */
  email: string | null;
  /** Every phone number, labelled, the primary first. */
  phones: LabelledPhone[];
  /** Every e-mail address, labelled, the primary first. */
  emails: LabelledEmail[];
  /** Standing notes on the client (not what was said in a call: that is history). */
  notes: string | null;
  priority: Priority;
  /** How to address them ("Pani Anno", "Dr. Müller"). */
  address: string | null;
  /** How to say their name ("WOO-kash ZHOOWCH"). */
  pronunciation: string | null;
  /** What they prefer: when to call, channel, language. */
  preferences: string | null;
  stage: Stage | null;
  /** Tags, comma separated: "vip, warsaw". */
  tags: string | null;
  /** How often to be in touch, as a span: "2w", "1m", "10d". */
  cadence: string | null;
}
export const CARD_FIELDS = [
  'name',
  'position',
  'company',
  'phone',
  'email',
  'notes',
  'priority',
  'address',
  'pronunciation',
  'preferences',
  'stage',
  'tags',
  'cadence',
] as const;

/** The labels of a card's phone numbers and e-mail addresses (vCard's TYPE, a CSV column's kind). */
export const CONTACT_LABELS = ['work', 'mobile', 'home', 'other'] as const;
export type ContactLabel = (typeof CONTACT_LABELS)[number];
/** One of a card's phone numbers, as typed. */
export interface LabelledPhone {
  label: ContactLabel;
  number: string;
}
/** One of a card's e-mail addresses, as typed. */
export interface LabelledEmail {
  label: ContactLabel;
  address: string;
}

export const STAGES = ['lead', 'prospect', 'client', 'former'] as const;
export type Stage = (typeof STAGES)[number];

/** A card with only a name: every other field empty, priority B. */
export function emptyCard(name: string): Card {
  return {
    name,
    position: null,
    company: null,
    phone: null,
    email: null,
    phones: [],
    emails: [],
    notes: null,
    priority: 'B',
    address: null,
    pronunciation: null,
    preferences: null,
    stage: null,
    tags: null,
    cadence: null,
  };
}
export type CardField = (typeof CARD_FIELDS)[number];
/**
 * What a `changed` entry can name: the card's text fields and its two lists, written out as text
 * ("work +48 601 234 567, mobile +48 602 111 222"). Entries before the lists named `phone` and `email`.
 */
export type ChangedField = CardField | 'phones' | 'emails' | 'owner';
export const CHANGED_FIELDS = [...CARD_FIELDS, 'phones', 'emails', 'owner'] as const satisfies readonly ChangedField[];

/** Conversations: the kinds of entry that make the card's "last conversation". */
export const CONVERSATION_KINDS = ['call', 'meeting', 'email', 'note'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];
/**
 * `created`: the card as first typed; `filed`: a filing (from, to); `moved`: a reschedule (from,
 * to); `closed`: out of the ring into the drawer (from); `changed`: card fields changed.
 */
export type EntryKind =
  | ConversationKind
  | 'created'
  | 'filed'
  | 'moved'
  | 'closed'
  | 'changed'
  // the case around the card: a document attached, a promise made or kept, a complaint opened or resolved
  | 'attached'
  | 'promised'
  | 'kept'
  | 'complaint'
  | 'resolved'
  // a team's binder: the dossier given to another owner (changes.owner: from, to)
  | 'assigned';

/** How a conversation ended: a small vocabulary, so the day can be reviewed by outcome. */
export const OUTCOMES = ['reached', 'no-answer', 'voicemail', 'callback', 'meeting-set', 'offer-sent', 'won', 'lost'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * A real contact (what a card's cadence counts from, crm slipping): a conversation of one of these
 * kinds (a note is written, not had with the client) that ended in none of UNREACHED_OUTCOMES.
 */
export const REAL_CONTACT_KINDS = ['call', 'meeting', 'email'] as const satisfies readonly ConversationKind[];
/** Outcomes that say the client was not reached. */
export const UNREACHED_OUTCOMES = ['no-answer', 'voicemail'] as const satisfies readonly Outcome[];

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
  /** The hours (binder time zone, 'HH:MM') of the filings `from` and `to`; null or absent for a filing for the day. */
  fromAt?: string | null;
  toAt?: string | null;
  changes?: Partial<Record<ChangedField, { from: string | null; to: string | null }>> | null;
  /** A form filled in with this entry: its name and the answers. */
  form?: FilledForm | null;
  /**
   * Who made it and for whom, when an import brings them (a login each): kept as given. Absent, a
   * team's binder records the login acting and the dossier's owner; a binder file records none.
   */
  by?: string | null;
  for?: string | null;
}

export interface FilledForm {
  name: string;
  answers: Record<string, string | number | boolean | null>;
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
  fromAt: string | null;
  toAt: string | null;
  changes: NewEntry['changes'];
  form: FilledForm | null;
  /** On a team's binder, who made it (a login) and whose the dossier was then; null on a binder file. */
  by: string | null;
  for: string | null;
}

/** A dossier with what the card shows of its history, all derived from the entries. */
export interface Dossier extends Card {
  handle: string;
  /** The date of the next contact; null when the dossier is closed (in the drawer). */
  filedOn: Day | null;
  /** The hour of the next contact, 'HH:MM' on the wall clock of the binder's time zone; null for a filing for the day. */
  filedAt: string | null;
  createdAt: string;
  /** When the last conversation (call, meeting, e-mail or note) was. */
  lastContact: string | null;
  lastKind: ConversationKind | null;
  lastNote: string | null;
  lastOutcome: string | null;
  /** The latest offer recorded in the history. */
  offer: string | null;
  /**
   * On a team's binder, who had the last conversation (a login) and whose the dossier was then:
   * set only when it was someone other than the acting person (absent for one's own, and on a binder file).
   */
  lastBy?: string;
  lastFor?: string;
  /**
   * On a team's binder, whose dossier it is (a login) when it is not the acting person's own (one
   * handed over, or a manager's view of a colleague's); absent for one's own, and on a binder file.
   */
  owner?: string;
}
