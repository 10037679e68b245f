// A binder of schema version 3 (before crm find's index and the filing counts) opened by this crm:
// migration 4 builds both from the dossiers already there, and they stay right as the binder changes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, tempBinder, type Binder } from './cli.js';
import { ok, seed, type BinderJson, type FindJson } from './support.js';

let binder: Binder;
beforeEach(() => {
  binder = tempBinder('2026-11-23');
  seed(binder, 'acme', '25', 'Anna Nowak', ['--company', 'Acme Sp. z o.o.', '--phone', '+48 601 234 567']);
  seed(binder, 'petrova', '25', 'Ани Петрова', ['--company', 'Петрова ЕООД']);
  seed(binder, 'zolc', 'dec 4', 'Łukasz Żółć');
  // Back to version 3 as an older crm left it: no index, no counts, no triggers.
  const db = openDatabase(binder.db);
  db.exec(`
    ALTER TABLE dossier DROP COLUMN phones; ALTER TABLE dossier DROP COLUMN emails;
    ALTER TABLE dossier DROP COLUMN filed_at; ALTER TABLE entry DROP COLUMN filed_from_at; ALTER TABLE entry DROP COLUMN filed_to_at;
    ALTER TABLE entry DROP COLUMN made_by; ALTER TABLE entry DROP COLUMN made_for;
    DROP TRIGGER dossier_search_insert; DROP TRIGGER dossier_search_delete; DROP TRIGGER dossier_search_update;
    DROP TRIGGER filing_count_insert; DROP TRIGGER filing_count_delete; DROP TRIGGER filing_count_update;
    DROP TABLE dossier_search; DROP TABLE filing_count;
    DROP TABLE history_search; DROP TABLE dossier_history;
    DROP TRIGGER reminder_dossier_gone; DROP TRIGGER reminder_promise_gone; DROP TRIGGER reminder_complaint_gone; DROP TABLE reminder;
    PRAGMA user_version = 3;`);
  db.close();
});
afterEach(() => binder.remove());

const found = (text: string) => binder.json<FindJson>(['find', text]).dossiers.map((d) => d.handle);
const counts = () => Object.fromEntries(binder.json<BinderJson>(['binder']).days.filter((d) => d.count > 0).map((d) => [d.date, d.count]));

describe('migration 4 on a version-3 binder', () => {
  it('finds what was filed before it, by text in any script and by phone digits', () => {
    expect(found('петров')).toEqual(['petrova']);
    expect(found('ZOLC')).toEqual(['zolc']);
    expect(found('601 234')).toEqual(['acme']);
    expect(found('sp. z o')).toEqual(['acme']);
    expect(found('a"b')).toEqual([]);
  });

  it('counts the filings already there, and keeps counting through file, log, undo', () => {
    expect(counts()).toEqual({ '2026-11-25': 2, '2026-12-04': 1 });
    ok(binder, ['log', 'acme', '--note', 'called', '--next', 'dec 4']);
    expect(counts()).toEqual({ '2026-11-25': 1, '2026-12-04': 2 });
    ok(binder, ['log', 'petrova', '--done']);
    expect(counts()).toEqual({ '2026-12-04': 2 });
    ok(binder, ['undo']);
    ok(binder, ['undo']);
    expect(counts()).toEqual({ '2026-11-25': 2, '2026-12-04': 1 });
    ok(binder, ['edit', 'zolc', '--name', 'Łukasz Żółć-Nowak']);
    expect(found('nowak')).toEqual(['acme', 'zolc']);
  });
});
