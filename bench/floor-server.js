#!/usr/bin/env node
// The floor for reads on a server binder: the least a program can do to print today's stack from
// PostgreSQL. Node and pg only; connects as crm does (server-connect.js) and runs one query, the
// stack (filed on or before today, overdue included) with each dossier's last conversation and
// offer, by the SQL crm's store runs, as floor.js does on SQLite; one line each. Connect + 1 round
// trip. run.js times it bundled with pg, as crm is (bundleServerFloors).
// CRM_DB names the binder (a postgres:// URL), CRM_TODAY the day.
import { connect } from './server-connect.js';

/**
 * Today's stack by the query crm's store runs for it (SELECT_DOSSIER of src/store/rows.ts and
 * filedBetween of src/store/postgres/store.ts, written out): the last conversation and the last
 * offer of each dossier by the partial indexes entry_conversation and entry_offer; when none is
 * filed up to today, the next day's dossiers come instead (the store keeps them for crm today's
 * "next filed" line). PostgreSQL has no year 0: "since ever" is 0001-01-01, as the store has it.
 */
export const STACK = `
  SELECT d.id, d.handle, d.name, d.position, d.company, d.phone, d.email, d.notes, d.priority, d.address, d.pronunciation, d.preferences, d.stage, d.tags, d.cadence, d.phones, d.emails,
         d.filed_on, d.filed_at, d.created_at,
         t.at AS last_at, t.kind AS last_kind, t.note AS last_note, t.outcome AS last_outcome,
         (SELECT o.offer FROM entry o
           WHERE o.dossier_id = d.id AND o.offer IS NOT NULL ORDER BY o.id DESC LIMIT 1) AS offer
    FROM dossier d
    LEFT JOIN entry t ON t.id =
         (SELECT c.id FROM entry c
           WHERE c.dossier_id = d.id AND c.kind IN ('call', 'meeting', 'email', 'note')
           ORDER BY c.id DESC LIMIT 1)
   WHERE d.filed_on BETWEEN $1 AND $2
      OR d.filed_on = (SELECT min(filed_on) FROM dossier WHERE filed_on > $2 AND NOT EXISTS (SELECT 1 FROM dossier WHERE filed_on BETWEEN $1 AND $2))
   ORDER BY d.filed_on, d.handle`;

async function main() {
  const url = process.env.CRM_DB;
  const today = process.env.CRM_TODAY || new Date().toISOString().slice(0, 10);
  if (!url) {
    process.stderr.write('floor-server: set CRM_DB to the server binder (postgres://...)\n');
    return 2;
  }
  const client = await connect(url);
  const { rows } = await client.query(STACK, ['0001-01-01', today]);
  let out = '';
  for (const d of rows.filter((row) => row.filed_on <= today)) {
    const last = d.last_at ? `${d.last_at.slice(0, 10)} ${d.last_kind}: ${d.last_note ?? ''}${d.last_outcome ? ` -> ${d.last_outcome}` : ''}` : 'no conversation yet';
    out += `${d.filed_on} ${d.priority} ${d.handle}  ${d.name}${d.company ? ` · ${d.company}` : ''}  ${d.phone ?? ''}  ${last}${d.offer ? `  offer: ${d.offer}` : ''}\n`;
  }
  await client.end(); // as crm ends it
  process.stdout.write(out);
  return 0;
}

process.exit(await main());
