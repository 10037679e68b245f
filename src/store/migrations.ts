// The binder's schema, one migration per version (PRAGMA user_version). The steps a binder needs run
// in one transaction with the version bump, so a failed upgrade leaves the file as it was.
import type { Database } from 'better-sqlite3';
import { latinWords } from '../binder/fold.js';
import { transliterated } from '../binder/latin.js';
import { cardSearchText } from '../binder/search.js';
import { addHistorySearch } from './history.js';
import { pragmaValue } from './prepared.js';
import { CARD_COLUMNS, cardOfRow, type StoredDossier } from './rows.js';

/** A step: SQL, or a function for a step that needs crm's own rules (folding) on the rows it finds. */
type Migration = string | ((db: Database) => void);

const MIGRATIONS: readonly Migration[] = [
  // 1: dossiers, the words they are named by, their history, the binder's settings.
  `
  CREATE TABLE dossier (
    id          INTEGER PRIMARY KEY,
    handle      TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    position    TEXT,
    company     TEXT,
    phone       TEXT,
    email       TEXT,
    notes       TEXT,
    priority    TEXT NOT NULL DEFAULT 'B' CHECK (priority IN ('A', 'B', 'C')),
    filed_on    TEXT CHECK (filed_on IS NULL OR filed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at  TEXT NOT NULL,
    -- folded handle, name, position, company, e-mail and notes, for crm find
    search_text TEXT NOT NULL,
    phone_digits TEXT
  ) STRICT;
  CREATE INDEX dossier_filed_on ON dossier (filed_on) WHERE filed_on IS NOT NULL;

  -- folded words of handle, name and company: a client is named by a prefix of any of them
  CREATE TABLE dossier_word (
    word       TEXT NOT NULL,
    dossier_id INTEGER NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    PRIMARY KEY (word, dossier_id)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX dossier_word_dossier ON dossier_word (dossier_id);

  CREATE TABLE entry (
    id         INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    kind       TEXT NOT NULL,
    note       TEXT,
    outcome    TEXT,
    offer      TEXT,
    filed_from TEXT,
    filed_to   TEXT,
    changes    TEXT
  ) STRICT;
  CREATE INDEX entry_dossier ON entry (dossier_id, id);
  -- the card's last conversation and current offer come from these two, never from a copy
  CREATE INDEX entry_conversation ON entry (dossier_id, id) WHERE kind IN ('call', 'meeting', 'email', 'note');
  CREATE INDEX entry_offer ON entry (dossier_id, id) WHERE offer IS NOT NULL;
  -- history is append-only: only undo takes an entry back, by deleting it
  CREATE TRIGGER entry_append_only BEFORE UPDATE ON entry
  BEGIN
    SELECT RAISE(ABORT, 'history entries are never changed');
  END;

  CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;
  `,
  // 2: the change log behind crm undo and crm changes. Each command that changes the binder is one
  // change; change_before keeps what it overwrote (a dossier row, a setting; NULL when it created
  // it), and the history entries it added carry its id.
  `
  CREATE TABLE change_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    command TEXT NOT NULL,
    summary TEXT NOT NULL
  ) STRICT;
  CREATE TABLE change_before (
    change_id INTEGER NOT NULL REFERENCES change_log (id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    target    TEXT NOT NULL CHECK (target IN ('dossier', 'setting')),
    ref       TEXT NOT NULL,
    before    TEXT,
    PRIMARY KEY (change_id, seq)
  ) STRICT, WITHOUT ROWID;
  -- no foreign key: the log keeps only recent changes, the history keeps everything
  ALTER TABLE entry ADD COLUMN change_id INTEGER;
  CREATE INDEX entry_change ON entry (change_id) WHERE change_id IS NOT NULL;
  `,
  // 3: the whole case: documents, promises, complaints, forms; more of the card.
  `
  ALTER TABLE dossier ADD COLUMN address TEXT;
  ALTER TABLE dossier ADD COLUMN pronunciation TEXT;
  ALTER TABLE dossier ADD COLUMN preferences TEXT;
  ALTER TABLE dossier ADD COLUMN stage TEXT CHECK (stage IS NULL OR stage IN ('lead', 'prospect', 'client', 'former'));
  ALTER TABLE dossier ADD COLUMN tags TEXT;
  ALTER TABLE dossier ADD COLUMN cadence TEXT;
  ALTER TABLE entry ADD COLUMN form TEXT;

  CREATE TABLE document (
    id         INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    size       INTEGER,
    sha256     TEXT,
    content    BLOB,
    link       TEXT,
    added_at   TEXT NOT NULL,
    CHECK ((content IS NULL) <> (link IS NULL)),
    UNIQUE (dossier_id, name)
  ) STRICT;

  CREATE TABLE promise (
    id         INTEGER PRIMARY KEY,
    dossier_id INTEGER NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    what       TEXT NOT NULL,
    due        TEXT NOT NULL,
    theirs     INTEGER NOT NULL DEFAULT 0,
    made_at    TEXT NOT NULL,
    kept_at    TEXT
  ) STRICT;
  CREATE INDEX promise_dossier ON promise (dossier_id);
  CREATE INDEX promise_open ON promise (due) WHERE kept_at IS NULL;

  CREATE TABLE complaint (
    id          INTEGER PRIMARY KEY,
    dossier_id  INTEGER NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
    what        TEXT NOT NULL,
    due         TEXT NOT NULL,
    opened_at   TEXT NOT NULL,
    resolved_at TEXT,
    resolution  TEXT
  ) STRICT;
  CREATE INDEX complaint_dossier ON complaint (dossier_id);
  CREATE INDEX complaint_open ON complaint (due) WHERE resolved_at IS NULL;

  CREATE TABLE form (
    name       TEXT PRIMARY KEY,
    definition TEXT NOT NULL,
    added_at   TEXT NOT NULL
  ) STRICT;

  -- change_before now also keeps rows of these tables: rebuilt for its wider CHECK
  CREATE TABLE change_before_3 (
    change_id INTEGER NOT NULL REFERENCES change_log (id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    target    TEXT NOT NULL CHECK (target IN ('dossier', 'setting', 'document', 'promise', 'complaint', 'form')),
    ref       TEXT NOT NULL,
    before    TEXT,
    PRIMARY KEY (change_id, seq)
  ) STRICT, WITHOUT ROWID;
  INSERT INTO change_before_3 SELECT * FROM change_before;
  DROP TABLE change_before;
  ALTER TABLE change_before_3 RENAME TO change_before;
  `,
  // 4: crm find through an index. Every three characters of the folded card text and of the phone
  // digits (a trigram) point at the dossiers that hold them, so a search reads the few dossiers
  // that can match instead of every one. And how many dossiers are filed on each day, for the
  // binder's overview, without counting them all. Both kept in step with dossier by triggers.
  `
  CREATE VIRTUAL TABLE dossier_search USING fts5 (
    search_text, phone_digits, content = 'dossier', content_rowid = 'id', tokenize = 'trigram'
  );
  INSERT INTO dossier_search (dossier_search) VALUES ('rebuild');
  CREATE TRIGGER dossier_search_insert AFTER INSERT ON dossier
  BEGIN
    INSERT INTO dossier_search (rowid, search_text, phone_digits) VALUES (new.id, new.search_text, new.phone_digits);
  END;
  CREATE TRIGGER dossier_search_delete AFTER DELETE ON dossier
  BEGIN
    INSERT INTO dossier_search (dossier_search, rowid, search_text, phone_digits) VALUES ('delete', old.id, old.search_text, old.phone_digits);
  END;
  CREATE TRIGGER dossier_search_update AFTER UPDATE OF search_text, phone_digits ON dossier
    WHEN old.search_text IS NOT new.search_text OR old.phone_digits IS NOT new.phone_digits
  BEGIN
    INSERT INTO dossier_search (dossier_search, rowid, search_text, phone_digits) VALUES ('delete', old.id, old.search_text, old.phone_digits);
    INSERT INTO dossier_search (rowid, search_text, phone_digits) VALUES (new.id, new.search_text, new.phone_digits);
  END;

  CREATE TABLE filing_count (
    day   TEXT PRIMARY KEY,
    count INTEGER NOT NULL CHECK (count > 0)
  ) STRICT, WITHOUT ROWID;
  INSERT INTO filing_count SELECT filed_on, count(*) FROM dossier WHERE filed_on IS NOT NULL GROUP BY filed_on;
  CREATE TRIGGER filing_count_insert AFTER INSERT ON dossier WHEN new.filed_on IS NOT NULL
  BEGIN
    INSERT INTO filing_count (day, count) VALUES (new.filed_on, 1) ON CONFLICT (day) DO UPDATE SET count = count + 1;
  END;
  CREATE TRIGGER filing_count_delete AFTER DELETE ON dossier WHEN old.filed_on IS NOT NULL
  BEGIN
    DELETE FROM filing_count WHERE day = old.filed_on AND count = 1;
    UPDATE filing_count SET count = count - 1 WHERE day = old.filed_on;
  END;
  CREATE TRIGGER filing_count_update AFTER UPDATE OF filed_on ON dossier WHEN old.filed_on IS NOT new.filed_on
  BEGIN
    DELETE FROM filing_count WHERE day = old.filed_on AND count = 1;
    UPDATE filing_count SET count = count - 1 WHERE day = old.filed_on;
    INSERT INTO filing_count (day, count) SELECT new.filed_on, 1 WHERE new.filed_on IS NOT NULL
      ON CONFLICT (day) DO UPDATE SET count = count + 1;
  END;
  `,
  // 5: several phone numbers and e-mail addresses on a card, each labelled, as JSON lists (the
  // first is the primary). The one number and address a card had become its lists, labelled work;
  // phone and email stay as the lists' first entries, written with them. find's text and digits
  // of one number and one address are what they were, so its index needs nothing.
  `
  ALTER TABLE dossier ADD COLUMN phones TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(phones) AND json_type(phones) = 'array');
  ALTER TABLE dossier ADD COLUMN emails TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(emails) AND json_type(emails) = 'array');
  UPDATE dossier SET phones = json_array(json_object('label', 'work', 'number', phone)) WHERE phone IS NOT NULL;
  UPDATE dossier SET emails = json_array(json_object('label', 'work', 'address', email)) WHERE email IS NOT NULL;
  `,
  // 6: crm find searches the history too: each dossier's folded history text, indexed by trigrams,
  // filled from the history already there (store/history.ts). It needs only dossier and entry.
  addHistorySearch,
  // 7: the hour of the next contact (issue 14): a wall-clock 'HH:MM' in the binder's time zone, or
  // NULL for a filing for the day, as every filing was before. Only a filed dossier has one. The
  // history keeps the hours a filing went from and to beside its dates, so export and undo keep them.
  `
  ALTER TABLE dossier ADD COLUMN filed_at TEXT CHECK (filed_at IS NULL OR (filed_on IS NOT NULL AND filed_at GLOB '[0-2][0-9]:[0-5][0-9]'));
  ALTER TABLE entry ADD COLUMN filed_from_at TEXT;
  ALTER TABLE entry ADD COLUMN filed_to_at TEXT;
  `,
  // 8: what crm remind has sent, so that it never sends the same reminder twice: a dossier's filing
  // (ref: the dossier's id, due: the instant, ISO UTC), a promise or a complaint past its date (its
  // id, its due day). Not part of the change log: a reminder is not the user's change. A row goes
  // with what it names: ids are used again after undo deletes the newest row, and a new dossier
  // filed for the same moment must still remind.
  `
  CREATE TABLE reminder (
    what    TEXT NOT NULL CHECK (what IN ('filing', 'promise', 'complaint')),
    ref     INTEGER NOT NULL,
    due     TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (what, ref, due)
  ) STRICT, WITHOUT ROWID;
  CREATE TRIGGER reminder_dossier_gone AFTER DELETE ON dossier
  BEGIN
    DELETE FROM reminder WHERE what = 'filing' AND ref = old.id;
  END;
  CREATE TRIGGER reminder_promise_gone AFTER DELETE ON promise
  BEGIN
    DELETE FROM reminder WHERE what = 'promise' AND ref = old.id;
  END;
  CREATE TRIGGER reminder_complaint_gone AFTER DELETE ON complaint
  BEGIN
    DELETE FROM reminder WHERE what = 'complaint' AND ref = old.id;
  END;
  `,
  // 9: who made an entry, and whose dossier it was: a team's binder (on a server) records both; a
  // binder file keeps them when an export of a team's binder is imported (its own entries: null).
  // Added only where missing: a binder an older crm wrote back (its version lowered, its columns
  // kept) is upgraded again without a "duplicate column" failure.
  (db) => {
    const columns = new Set((db.prepare('SELECT name FROM pragma_table_info(?)').all('entry') as { name: string }[]).map((column) => column.name));
    for (const column of ['made_by', 'made_for']) if (!columns.has(column)) db.exec(`ALTER TABLE entry ADD COLUMN ${column} TEXT`);
  },
  // 10: a client found from another script (issue 17): the Latin forms of the Cyrillic, Armenian
  // and Greek words of a handle, name and company (binder/latin.ts) join its lookup words and
  // find's text.
  indexNamesAgain,
];

/**
 * Migration 10: the find text of each dossier named in Cyrillic, Armenian or Greek letters made
 * again, and the Latin forms of its words added to its lookup words (the words it had stay its
 * words). A dossier in other letters is not even folded: at 100k dossiers that is most of the work.
 */
function indexNamesAgain(db: Database): void {
  const batch = db.prepare(`SELECT id, handle, search_text, ${CARD_COLUMNS.join(', ')} FROM dossier WHERE id > ? ORDER BY id LIMIT 2000`);
  const update = db.prepare('UPDATE dossier SET search_text = ? WHERE id = ?');
  const insert = db.prepare('INSERT OR IGNORE INTO dossier_word (word, dossier_id) VALUES (?, ?)');
  for (let rows = batch.all(0) as StoredDossier[]; rows.length > 0; rows = batch.all(rows.at(-1)?.id) as StoredDossier[]) {
    for (const row of rows) {
      const named = `${row.handle} ${row.name} ${row.company ?? ''}`;
      if (!transliterated(named)) continue;
      const text = cardSearchText(row.handle, cardOfRow(row));
      if (text !== row.search_text) update.run(text, row.id);
      for (const word of latinWords(named)) insert.run(word, row.id);
    }
  }
}

/** The schema version this crm writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * Brings the binder up to SCHEMA_VERSION in one transaction: if any step fails, none of them
 * stays, and the file is as it was. Returns the version it found.
 */
export function migrate(db: Database): number {
  const found = pragmaValue(db, 'user_version') as number;
  if (found >= SCHEMA_VERSION) return found;
  db.transaction(() => {
    // Read again under the write lock: another crm may have upgraded the binder while this one waited.
    for (let version = pragmaValue(db, 'user_version') as number; version < SCHEMA_VERSION; version++) {
      const step = MIGRATIONS[version] as Migration;
      if (typeof step === 'string') db.exec(step);
      else step(db);
    }
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  }).immediate();
  return found;
}
