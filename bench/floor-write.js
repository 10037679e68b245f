#!/usr/bin/env node
// The floor for writes: the least a program can do to record a call and refile the dossier, as
//
//   crm log <handle> --note <text> --outcome <outcome> --next <when>
//
// does: plain Node and better-sqlite3, crm's pragmas (WAL, synchronous FULL, foreign keys,
// busy timeout) and the same transaction as commit() in src/store/sqlite.ts: a change_log row,
// the dossier row as it was (change_before), the dossier updated (card columns, search_text,
// phone_digits, filed_on), the call and the filing appended to the history, and the change log
// trimmed to the last 100 changes; then the binder closed, one file again. One line to stdout. CRM_DB names the binder, CRM_TODAY the day.
//
//   node bench/floor-write.js <handle> --note <text> --outcome reached --next +2w
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { localDay, nextWorkday, timestamp } from './days.js';

const KEPT_CHANGES = 100;
const CARD_FIELDS = ['name', 'position', 'company', 'phone', 'email', 'notes', 'priority', 'address', 'pronunciation', 'preferences', 'stage', 'tags', 'cadence'];

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { note: { type: 'string' }, outcome: { type: 'string' }, next: { type: 'string' } },
  });
  const [handle] = positionals;
  const path = process.env.CRM_DB;
  if (!path || !handle || !values.next) return fail('usage: CRM_DB=<binder> node bench/floor-write.js <handle> --note <text> --outcome <outcome> --next <+Nd|+Nw|YYYY-MM-DD>');
  const today = process.env.CRM_TODAY || localDay(new Date());
  const next = nextWorkday(values.next, today);
  if (!next) return fail(`--next "${values.next}" is not +Nd, +Nw or YYYY-MM-DD`);

  const db = new Database(path, { fileMustExist: true });
  db.exec('PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON');
  const sql = (text) => db.prepare(text);
  const selectDossier = sql('SELECT * FROM dossier WHERE handle = ?');
  const insertChange = sql('INSERT INTO change_log (at, command, summary) VALUES (?, ?, ?)');
  const insertBefore = sql('INSERT INTO change_before (change_id, seq, target, ref, before) VALUES (?, ?, ?, ?, ?)');
  const updateDossier = sql(
    `UPDATE dossier SET ${CARD_FIELDS.map((f) => `${f} = @${f}`).join(', ')}, search_text = @search_text, phone_digits = @phone_digits,
            filed_on = @filed_on
      WHERE id = @id`,
  );
  const insertEntry = sql(
    `INSERT INTO entry (dossier_id, at, kind, note, outcome, offer, filed_from, filed_to, changes, form, change_id)
     VALUES (?, ?, ?, ?, ?, NULL, ?, ?, NULL, NULL, ?)`,
  );
  const trim = sql('DELETE FROM change_log WHERE id <= ?');

  const at = timestamp(new Date(), today);
  const note = values.note ?? null;
  const outcome = values.outcome ?? null;
  const dossier = db.transaction(() => {
    const row = selectDossier.get(handle);
    if (!row) return null;
    const stays = row.filed_on === next;
    const summary = `${row.handle}: call${outcome ? ` (${outcome})` : ''}, ${stays ? `stays on ${next}` : `filed ${row.filed_on ?? 'from the drawer'} → ${next}`}`;
    const id = insertChange.run(at, 'log', summary).lastInsertRowid;
    insertBefore.run(id, 0, 'dossier', String(row.id), JSON.stringify(row));
    updateDossier.run({ ...row, filed_on: next });
    insertEntry.run(row.id, at, 'call', note, outcome, null, null, id);
    if (!stays) insertEntry.run(row.id, at, 'filed', null, null, row.filed_on, next, id);
    trim.run(Number(id) - KEPT_CHANGES);
    return row;
  }).immediate();
  // Closed as crm closes it: SQLite folds the write-ahead log back into the binder, which is left
  // one file (a copy of the .db alone holds every change). Leaving that to the next open would
  // make the floor cheaper than any program that leaves the binder whole.
  db.close();
  if (!dossier) return fail(`no dossier "${handle}"`);
  process.stdout.write(`Logged a call with ${dossier.handle} (${dossier.name})${outcome ? `: ${outcome}` : ''}; refiled ${dossier.filed_on} → ${next}.\n`);
  return 0;
}

function fail(message) {
  process.stderr.write(`floor-write: ${message}\n`);
  return 2;
}

process.exit(main());
