// The history side of crm find: each dossier's folded history text (binder/search.ts says what
// it holds) in dossier_history, indexed by trigrams in history_search. One row per dossier, not
// per entry: a word found in thousands of entries then costs thousands of dossier ids, not
// thousands of entries each looked up for its dossier, and all the words of a query are matched
// against the same rows. Appending an entry appends its line to its dossier's text.
import type { Database } from 'better-sqlite3';
import type { FilledForm } from '../binder/dossier.js';
import { appendHistoryText, historySearchText, type SearchedEntry } from '../binder/search.js';
import { prepared } from './prepared.js';

/** The migration that adds the history index and fills it from the history already there. */
export function addHistorySearch(db: Database): void {
  db.exec(`
    CREATE TABLE dossier_history (
      dossier_id INTEGER PRIMARY KEY REFERENCES dossier (id) ON DELETE CASCADE,
      -- folded notes, offers and form answers of the dossier's history, a line each, oldest first
      text       TEXT NOT NULL
    ) STRICT;
    CREATE VIRTUAL TABLE history_search USING fts5 (
      text, content = 'dossier_history', content_rowid = 'dossier_id', tokenize = 'trigram'
    );
  `);
  for (const dossiers of historyTexts(db)) for (const { id, text } of dossiers) writeHistoryText(db, id, text);
  db.exec(`
    INSERT INTO history_search (history_search) VALUES ('rebuild');
    CREATE TRIGGER history_search_insert AFTER INSERT ON dossier_history
    BEGIN
      INSERT INTO history_search (rowid, text) VALUES (new.dossier_id, new.text);
    END;
    CREATE TRIGGER history_search_delete AFTER DELETE ON dossier_history
    BEGIN
      INSERT INTO history_search (history_search, rowid, text) VALUES ('delete', old.dossier_id, old.text);
    END;
    CREATE TRIGGER history_search_update AFTER UPDATE OF text ON dossier_history WHEN old.text IS NOT new.text
    BEGIN
      INSERT INTO history_search (history_search, rowid, text) VALUES ('delete', old.dossier_id, old.text);
      INSERT INTO history_search (rowid, text) VALUES (new.dossier_id, new.text);
    END;
  `);
}

interface TextRow {
  dossier_id: number;
  note: string | null;
  offer: string | null;
  form: string | null;
}

const asEntry = (row: TextRow) => ({ note: row.note, offer: row.offer, form: row.form ? (JSON.parse(row.form) as FilledForm) : null });

/**
 * Every dossier's history text as it should be (computed from its entries) and as stored, a
 * batch of dossiers at a time: read with all(), not iterate(), so the caller may write between
 * batches, and never the whole binder's texts in memory at once.
 */
export function* historyTexts(db: Database, batch = 2000): Generator<{ id: number; text: string; stored: string }[]> {
  for (let after = 0; ; ) {
    const ids = prepared(db, 'SELECT id FROM dossier WHERE id > ? ORDER BY id LIMIT ?').pluck().all(after, batch) as number[];
    if (ids.length === 0) return;
    const [first, last] = [ids[0] as number, ids[ids.length - 1] as number];
    after = last;
    const entries = new Map<number, ReturnType<typeof asEntry>[]>();
    const rows = prepared(
      db,
      `SELECT dossier_id, note, offer, form FROM entry
        WHERE dossier_id BETWEEN ? AND ? AND (note IS NOT NULL OR offer IS NOT NULL OR form IS NOT NULL) ORDER BY dossier_id, id`,
    ).all(first, last) as TextRow[];
    for (const row of rows) {
      const list = entries.get(row.dossier_id);
      if (list) list.push(asEntry(row));
      else entries.set(row.dossier_id, [asEntry(row)]);
    }
    const stored = new Map(prepared(db, 'SELECT dossier_id, text FROM dossier_history WHERE dossier_id BETWEEN ? AND ?').raw().all(first, last) as [number, string][]);
    // A text stored for an id that is no dossier's is an orphan: foreign_key_check reports it.
    yield ids.map((id) => ({ id, text: historySearchText(entries.get(id) ?? []), stored: stored.get(id) ?? '' }));
  }
}

/** The history text a dossier should have, from its entries. */
function historyTextOf(db: Database, dossierId: number): string {
  const rows = prepared(db, 'SELECT dossier_id, note, offer, form FROM entry WHERE dossier_id = ? ORDER BY id').all(dossierId) as TextRow[];
  return historySearchText(rows.map(asEntry));
}

/** Stores a dossier's history text (none: no row), changing nothing when it is already so. */
export function writeHistoryText(db: Database, dossierId: number, text: string): void {
  if (text === '') {
    prepared(db, 'DELETE FROM dossier_history WHERE dossier_id = ?').run(dossierId);
    return;
  }
  prepared(
    db,
    `INSERT INTO dossier_history (dossier_id, text) VALUES (?, ?)
       ON CONFLICT (dossier_id) DO UPDATE SET text = excluded.text WHERE text IS NOT excluded.text`,
  ).run(dossierId, text);
}

/** Adds the texts of entries just appended to a dossier's history text. */
export function appendToHistoryText(db: Database, dossierId: number, entries: SearchedEntry[]): void {
  const before = (prepared(db, 'SELECT text FROM dossier_history WHERE dossier_id = ?').pluck().get(dossierId) as string | undefined) ?? '';
  writeHistoryText(db, dossierId, appendHistoryText(before, entries));
}

/** Computes a dossier's history text afresh: after undo took entries back. */
export function redoHistoryText(db: Database, dossierId: number): void {
  writeHistoryText(db, dossierId, historyTextOf(db, dossierId));
}
