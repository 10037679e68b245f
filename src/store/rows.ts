// What both stores make of the binder's rows: a dossier row as a card and back, an entry row as a
// history entry, the shared SELECT of a dossier with its last conversation and offer, and what
// crm doctor's report finds (its words are en/upkeep.ts's). Pure: no database is touched here (SQL text is built, never run).
import { byText, type Day } from '../binder/day.js';
import { CARD_FIELDS, CONVERSATION_KINDS, type Card, type ConversationKind, type Dossier, type EntryKind, type HistoryEntry } from '../binder/dossier.js';
import { remade } from '../binder/meanwhile.js';
import { legacyEmails, legacyPhones } from '../binder/reach.js';
import { cardSearchText } from '../binder/search.js';
import { ChangedMeanwhile, type DossierChange, type Finding, type Meanwhile, type Problem } from './store.js';

/**
 * A card as its row holds it: the text fields, and the lists of phone numbers and e-mail addresses
 * as JSON. The row's `phone` and `email` are the lists' first entries, written with them (rowOfCard)
 * for what reads the row alone (an older crm's undo, matching an import); the card read back takes
 * them from the lists.
 */
export type CardRow = Omit<Card, 'phones' | 'emails'> & { phones: string; emails: string };
/** The columns of a card in the dossier table. */
export const CARD_COLUMNS = [...CARD_FIELDS, 'phones', 'emails'] as const;

export interface DossierRow extends CardRow {
  id: number;
  handle: string;
  filed_on: Day | null;
  filed_at: string | null;
  created_at: string;
  last_at: string | null;
  last_kind: ConversationKind | null;
  last_note: string | null;
  last_outcome: string | null;
  /** Who had the last conversation, and for whom (null on a binder file). */
  last_by: string | null;
  last_for: string | null;
  offer: string | null;
  /** A team's binder's dossier's owner (its login); a binder file has none. */
  owner?: string;
}

/** A dossier row as stored: what undo saves and puts back. */
export interface StoredDossier extends CardRow {
  id: number;
  handle: string;
  filed_on: Day | null;
  filed_at: string | null;
  created_at: string;
  search_text: string;
  phone_digits: string | null;
}

/** What undo puts back; `person` on a team's binder only (crm team remove). */
export type UndoTarget = 'dossier' | 'setting' | 'person' | keyof typeof ROW_TABLES;

/** The tables whose rows undo puts back whole: their key and every column. */
export const ROW_TABLES = {
  document: { key: 'id', columns: ['id', 'dossier_id', 'name', 'type', 'size', 'sha256', 'content', 'link', 'added_at'] },
  promise: { key: 'id', columns: ['id', 'dossier_id', 'what', 'due', 'theirs', 'made_at', 'kept_at'] },
  complaint: { key: 'id', columns: ['id', 'dossier_id', 'what', 'due', 'opened_at', 'resolved_at', 'resolution'] },
  form: { key: 'name', columns: ['name', 'definition', 'added_at'] },
} as const;

/** How many changes back crm undo can go. */
export const KEPT_CHANGES = 100;

export interface EntryRow {
  id: number;
  at: string;
  kind: EntryKind;
  note: string | null;
  outcome: string | null;
  offer: string | null;
  filed_from: Day | null;
  filed_to: Day | null;
  filed_from_at: string | null;
  filed_to_at: string | null;
  changes: string | null;
  form: string | null;
  made_by: string | null;
  made_for: string | null;
}

/** The entry columns a history is read with (alias `e`). */
export const ENTRY_COLUMNS = 'e.id, e.at, e.kind, e.note, e.outcome, e.offer, e.filed_from, e.filed_to, e.filed_from_at, e.filed_to_at, e.changes, e.form, e.made_by, e.made_for';

/**
 * crm's own words (an entry's kinds, its outcomes) as a list of SQL literals, `'call', 'meeting'`:
 * the binder says what counts as a conversation or a real contact, the store asks for it. Never
 * for what a user typed: that is bound.
 */
export const sqlWords = (words: readonly string[]) => words.map((word) => `'${word}'`).join(', ');

// The card's last conversation and offer are read from the history through the partial indexes
// entry_conversation and entry_offer: one index probe each, whatever the size of the history.
// (The query's list of kinds must read as the index's does, or SQLite cannot use the index.)
// PostgreSQL reads the last conversation through LATERAL (`lateral`): under row-level security
// its planner cannot probe `t.id = (subquery)` through the primary key, and hashed every entry
// instead (a rep's crm today took 0.6 s on a team's binder of 1,000 dossiers). SQLite has no LATERAL.
export const selectDossier = (extraColumns = '', lateral = false) => `
  SELECT d.id, d.handle, ${CARD_COLUMNS.map((f) => `d.${f}`).join(', ')},
         d.filed_on, d.filed_at, d.created_at,${extraColumns}
         t.at AS last_at, t.kind AS last_kind, t.note AS last_note, t.outcome AS last_outcome,
         t.made_by AS last_by, t.made_for AS last_for,
         (SELECT o.offer FROM entry o
           WHERE o.dossier_id = d.id AND o.offer IS NOT NULL ORDER BY o.id DESC LIMIT 1) AS offer
    FROM dossier d
    ${lateral ? 'LEFT JOIN LATERAL' : 'LEFT JOIN entry t ON t.id ='}
         (SELECT ${lateral ? 'c.at, c.kind, c.note, c.outcome, c.made_by, c.made_for' : 'c.id'} FROM entry c
           WHERE c.dossier_id = d.id AND c.kind IN (${sqlWords(CONVERSATION_KINDS)})
           ORDER BY c.id DESC LIMIT 1)${lateral ? ' t ON true' : ''}`;
export const SELECT_DOSSIER = selectDossier();

/**
 * The WHERE of a promise or complaint list, written out for each filter rather than as one
 * "(@x IS NULL OR ...)": only then can SQLite use the index of the open ones (promise_open,
 * complaint_open) and read a handful of rows instead of every one the binder ever held.
 */
export function caseFilter(filter: { handle?: string; open?: boolean }, closedAt: string, handle = '@handle'): string {
  const terms = [filter.handle !== undefined && `s.handle = ${handle}`, filter.open && `${closedAt} IS NULL`].filter(Boolean);
  // '1 = 1', not SQLite's bare '1': PostgreSQL's WHERE takes only a boolean.
  return terms.length > 0 ? terms.join(' AND ') : '1 = 1';
}

/** What a doctor's report says of the rows of each table that belongs to a dossier or a change (en/upkeep.ts problem). */
const ORPHANS = {
  entry: 'orphanEntries',
  document: 'orphanDocuments',
  promise: 'orphanPromises',
  complaint: 'orphanComplaints',
  dossier_word: 'orphanWords',
  dossier_history: 'orphanHistoryTexts',
  change_before: 'orphanUndoRecords',
} as const;

/** `count` rows of `table` that belong to a dossier (or a change) that is not there. */
export function orphanProblem(table: string, count: number): Finding {
  const key = ORPHANS[table as keyof typeof ORPHANS];
  return key ? { key, facts: { count } } : { key: 'orphanRows', facts: { count, table } };
}

/** How many of a list a doctor's line names: the rest it counts. */
const SHOWN = 5;
const shown = (items: string[]) => items.slice(0, SHOWN);

/** The card a row holds: its fields in card order, then its lists; the primaries are the lists' first entries. */
export function cardOfRow(row: CardRow): Card {
  const card = Object.fromEntries(CARD_FIELDS.map((field) => [field, row[field]])) as unknown as Card;
  card.phones = JSON.parse(row.phones) as Card['phones'];
  card.emails = JSON.parse(row.emails) as Card['emails'];
  card.phone = card.phones[0]?.number ?? null;
  card.email = card.emails[0]?.address ?? null;
  return card;
}

/** The row's columns for a card: its lists as JSON (label first, as migration 5 writes them), the primaries beside. */
export function rowOfCard(card: Card): CardRow {
  const row = Object.fromEntries(CARD_FIELDS.map((field) => [field, card[field]])) as unknown as CardRow;
  row.phones = JSON.stringify(card.phones.map(({ label, number }) => ({ label, number })));
  row.emails = JSON.stringify(card.emails.map(({ label, address }) => ({ label, address })));
  row.phone = card.phones[0]?.number ?? null;
  row.email = card.emails[0]?.address ?? null;
  return row;
}

/**
 * The dossier a row holds. `login`, on a team's binder: the person acting, whose own last
 * conversation is not marked (lastBy, lastFor are set for someone else's only).
 */
export function toDossier(row: DossierRow, login?: string): Dossier {
  const dossier: Dossier = {
    handle: row.handle,
    ...cardOfRow(row),
    filedOn: row.filed_on,
    filedAt: row.filed_at,
    createdAt: row.created_at,
    lastContact: row.last_at,
    lastKind: row.last_kind,
    lastNote: row.last_note,
    lastOutcome: row.last_outcome,
    offer: row.offer,
  };
  if (login !== undefined && row.last_by !== null && row.last_by !== login) {
    dossier.lastBy = row.last_by;
    if (row.last_for !== null) dossier.lastFor = row.last_for;
  }
  return dossier;
}

export function toEntry(row: EntryRow): HistoryEntry {
  return {
    id: row.id,
    at: row.at,
    kind: row.kind,
    note: row.note,
    outcome: row.outcome,
    offer: row.offer,
    from: row.filed_from,
    to: row.filed_to,
    fromAt: row.filed_from_at,
    toAt: row.filed_to_at,
    changes: row.changes ? (JSON.parse(row.changes) as HistoryEntry['changes']) : null,
    form: row.form ? (JSON.parse(row.form) as HistoryEntry['form']) : null,
    by: row.made_by,
    for: row.made_for,
  };
}

/**
 * The update as it is written: checked, under the write lock, against what its command read
 * (binder/meanwhile.ts); made again from the dossier as it is when someone refiled it meanwhile.
 */
export function remadeIfChanged(row: StoredDossier, update: DossierChange, meanwhile: Meanwhile[]): DossierChange {
  if (!update.seen) return update;
  const result = remade(update.seen, { filedOn: row.filed_on, filedAt: row.filed_at, card: cardOfRow(row) }, update);
  if ('conflict' in result) throw new ChangedMeanwhile(update.handle, result.conflict);
  if (!result.refiledMeanwhile) return update;
  const saw = { handle: update.handle, saw: update.seen.filedOn, sawAt: update.seen.filedAt ?? null, found: result.found, foundAt: row.filed_at };
  if (update.planned) {
    // A plan was made without this refiling: the dossier stays where someone else put it.
    meanwhile.push({ ...saw, entries: [], skipped: true });
    const { filedOn: _on, filedAt: _at, ...unmoved } = update;
    return { ...unmoved, entries: [] };
  }
  meanwhile.push({ ...saw, entries: result.entries });
  return { ...update, entries: result.entries };
}

/**
 * What crm doctor says of handles and document names that crm would not take (binder/names.ts),
 * found in a binder or a copy: the dossiers' handles, the documents' names (with their dossier's
 * handle), and the names undo records would write back.
 */
export function unsafeNameProblems(handles: string[], documents: { handle: string; name: string }[], undoNames: string[]): Finding[] {
  const quoted = (texts: string[]) => shown(texts).map((text) => JSON.stringify(text));
  const problems: Finding[] = [];
  if (handles.length > 0) problems.push({ key: 'unsafeHandles', facts: { count: handles.length, handles: quoted(handles) } });
  if (documents.length > 0) {
    const where = shown(documents.map(({ handle, name }) => `${handle}: ${JSON.stringify(name)}`));
    problems.push({ key: 'unsafeDocuments', facts: { count: documents.length, documents: where } });
  }
  if (undoNames.length > 0) problems.push({ key: 'unsafeUndo', facts: { count: undoNames.length, names: quoted(undoNames) } });
  return problems;
}

/**
 * A dossier row as undo saved it, filled in as the current schema reads it: a row saved by a crm
 * of schema version 2 lacks the card fields migration 3 added (they were empty then); one saved
 * before migration 5 lacks the lists (its one phone and e-mail were them, as the migration made
 * them); one saved before migration 7 had no hour (its filing was for the day). Its search text
 * is made again: one saved before migration 10 lacks the Latin forms of its names.
 */
export function savedDossier(before: string): StoredDossier {
  const saved = JSON.parse(before) as Partial<StoredDossier>;
  const row = {
    ...saved,
    ...Object.fromEntries(CARD_FIELDS.map((field) => [field, saved[field] ?? null])),
    phones: saved.phones ?? JSON.stringify(legacyPhones(saved.phone)),
    emails: saved.emails ?? JSON.stringify(legacyEmails(saved.email)),
    filed_at: saved.filed_at ?? null,
  } as StoredDossier;
  return { ...row, search_text: cardSearchText(row.handle, cardOfRow(row)) };
}

/** A dossier whose filing is not where the last filing, move or closing of its history says. */
export interface AstrayDossier {
  handle: string;
  filedOn: Day | null;
  filedAt: string | null;
  kind: string;
  historySays: Day | null;
  historySaysAt: string | null;
}

/** What crm doctor says of dossiers filed astray (BINDER.md: an open dossier is filed on exactly one date, and the history says every filing). */
export function ringProblems(astray: AstrayDossier[]): Problem[] {
  const lost = astray.filter((d) => d.filedOn === null);
  const elsewhere = astray.filter((d) => d.filedOn !== null);
  const problems: Problem[] = [];
  if (lost.length > 0) problems.push({ said: { key: 'filedNowhere', facts: { count: lost.length, handles: shown(lost.map((d) => d.handle)) } }, mendable: false });
  if (elsewhere.length > 0) {
    const at = (day: Day, hour: string | null) => (hour ? `${day} ${hour}` : day);
    const named = shown(elsewhere.map((d) => d.handle));
    const on = elsewhere.slice(0, SHOWN).map((d) => at(d.filedOn as Day, d.filedAt));
    const says = elsewhere.slice(0, SHOWN).map((d) => (d.historySays ? at(d.historySays, d.historySaysAt) : null));
    problems.push({ said: { key: 'filedElsewhere', facts: { count: elsewhere.length, handles: named, on, says } }, mendable: false });
  }
  return problems;
}

/** What crm doctor says of what find and lookup read beside the dossiers, by the handles of the dossiers it is wrong for; none when they are empty. */
export const lookupProblems = {
  wordless: (handles: string[]): Finding[] => (handles.length === 0 ? [] : [{ key: 'wordless', facts: { count: handles.length, handles: shown(handles) } }]),
  staleText: (handles: string[]): Finding[] => (handles.length === 0 ? [] : [{ key: 'staleText', facts: { count: handles.length, handles: shown([...handles].sort(byText)) } }]),
  staleHistory: (handles: string[]): Finding[] => (handles.length === 0 ? [] : [{ key: 'staleHistory', facts: { count: handles.length, handles: shown([...handles].sort(byText)) } }]),
};
