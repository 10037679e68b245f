#!/usr/bin/env node
// The floor for writes on a server binder: the least a program can do to record a call and refile
// the dossier, as
//
//   crm log <handle> --note <text> --outcome <outcome> --next <when>
//
// does it on PostgreSQL: Node and pg, connected as crm connects (server-connect.js), one
// transaction of three round trips after BEGIN: the dossier locked and read with its history text
// (SELECT ... FOR UPDATE), then every write in one statement (a change_log row, the dossier as it
// was in change_before, the dossier updated with its card, search text and new filing date, the
// call and the filing appended to the history, the history text find reads, the change log
// trimmed to the last 100 changes), then COMMIT. One line to stdout. CRM_DB names the binder, CRM_TODAY the day.
//
//   node bench/floor-write-server.js <handle> --note <text> --outcome reached --next +2w
import { parseArgs } from 'node:util';
import { localDay, nextWorkday, timestamp } from './days.js';
import { connect } from './server-connect.js';

const KEPT_CHANGES = 100;
const CARD_FIELDS = ['name', 'position', 'company', 'phone', 'email', 'notes', 'priority', 'address', 'pronunciation', 'preferences', 'stage', 'tags', 'cadence', 'phones', 'emails'];
const FIRST = 10; // $1..$9 below, then the card's fields

const WRITE = `
  WITH change AS (INSERT INTO change_log (at, command, summary) VALUES ($2, 'log', $3) RETURNING id),
       before AS (INSERT INTO change_before (change_id, seq, target, ref, before) SELECT id, 0, 'dossier', $1::bigint::text, $4 FROM change),
       refiled AS (UPDATE dossier SET ${CARD_FIELDS.map((f, i) => `${f} = $${FIRST + i}`).join(', ')}, search_text = $9, filed_on = $5 WHERE id = $1),
       entries AS (INSERT INTO entry (dossier_id, at, kind, note, outcome, filed_from, filed_to, change_id)
                   SELECT $1, $2, e.kind, e.note, e.outcome, e.filed_from, e.filed_to, change.id
                     FROM change, (VALUES (1, 'call', $6, $7, NULL::date, NULL::date), (2, 'filed', NULL, NULL, $8::date, $5::date)) AS e (n, kind, note, outcome, filed_from, filed_to)
                    WHERE e.n = 1 OR $8::date IS DISTINCT FROM $5::date ORDER BY e.n),
       history AS (INSERT INTO dossier_history (dossier_id, text) VALUES ($1, $${FIRST + CARD_FIELDS.length})
                   ON CONFLICT (dossier_id) DO UPDATE SET text = excluded.text)
  DELETE FROM change_log WHERE id <= (SELECT id FROM change) - ${KEPT_CHANGES}`;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { note: { type: 'string' }, outcome: { type: 'string' }, next: { type: 'string' } },
  });
  const [handle] = positionals;
  const url = process.env.CRM_DB;
  if (!url || !handle || !values.next) return fail('usage: CRM_DB=<postgres URL> node bench/floor-write-server.js <handle> --note <text> --outcome <outcome> --next <+Nd|+Nw|YYYY-MM-DD>');
  const today = process.env.CRM_TODAY || localDay(new Date());
  const next = nextWorkday(values.next, today);
  if (!next) return fail(`--next "${values.next}" is not +Nd, +Nw or YYYY-MM-DD`);

  const at = timestamp(new Date(), today);
  const note = values.note ?? null;
  const outcome = values.outcome ?? null;
  const client = await connect(url);
  let dossier;
  try {
    await client.query('BEGIN');
    const { history_text: history, ...row } =
      (await client.query('SELECT d.*, h.text AS history_text FROM dossier d LEFT JOIN dossier_history h ON h.dossier_id = d.id WHERE d.handle = $1 FOR UPDATE OF d', [handle])).rows[0] ?? {};
    if (row.id !== undefined) {
      dossier = row;
      const stays = row.filed_on === next;
      const summary = `${row.handle}: call${outcome ? ` (${outcome})` : ''}, ${stays ? `stays on ${next}` : `filed ${row.filed_on ?? 'from the drawer'} → ${next}`}`;
      // find's history text grows by the note, as crm appends it (crm folds it first).
      const text = [history, note?.toLowerCase()].filter(Boolean).join('\n');
      await client.query(WRITE, [row.id, at, summary, JSON.stringify(row), next, note, outcome, row.filed_on, row.search_text, ...CARD_FIELDS.map((f) => row[f]), text]);
    }
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
  if (!dossier) return fail(`no dossier "${handle}"`);
  process.stdout.write(`Logged a call with ${dossier.handle} (${dossier.name})${outcome ? `: ${outcome}` : ''}; refiled ${dossier.filed_on} → ${next}.\n`);
  return 0;
}

function fail(message) {
  process.stderr.write(`floor-write-server: ${message}\n`);
  return 2;
}

process.exit(await main());
