#!/usr/bin/env node
// The floor for reads: the least a program can do to print today's stack. Node and
// better-sqlite3 only; opens the binder read-only and prints every dossier filed on or before
// today (today's stack, overdue included, as crm today shows it) with its last conversation,
// one line each, using the query crm's store uses (selectDossier + filedBetween in
// src/store/sqlite.ts). CRM_DB names the binder, CRM_TODAY the day.
import Database from 'better-sqlite3';


const path = process.env.CRM_DB;
const today = process.env.CRM_TODAY || new Date().toISOString().slice(0, 10);
if (!path) {
  process.stderr.write('floor: set CRM_DB to the binder\n');
  process.exit(2);
}

const db = new Database(path, { readonly: true, fileMustExist: true });
const stack = db.prepare(`
  SELECT d.id, d.handle, d.name, d.position, d.company, d.phone, d.email, d.notes, d.priority, d.address,
         d.pronunciation, d.preferences, d.stage, d.tags, d.cadence, d.filed_on, d.created_at,
         t.at AS last_at, t.kind AS last_kind, t.note AS last_note, t.outcome AS last_outcome,
         (SELECT o.offer FROM entry o
           WHERE o.dossier_id = d.id AND o.offer IS NOT NULL ORDER BY o.id DESC LIMIT 1) AS offer
    FROM dossier d
    LEFT JOIN entry t ON t.id =
         (SELECT c.id FROM entry c
           WHERE c.dossier_id = d.id AND c.kind IN ('call', 'meeting', 'email', 'note')
           ORDER BY c.id DESC LIMIT 1)
   WHERE d.filed_on BETWEEN '0000-01-01' AND ? ORDER BY d.filed_on, d.handle`);

let out = '';
for (const d of stack.all(today)) {
  const last = d.last_at ? `${d.last_at.slice(0, 10)} ${d.last_kind}: ${d.last_note ?? ''}${d.last_outcome ? ` -> ${d.last_outcome}` : ''}` : 'no conversation yet';
  out += `${d.filed_on} ${d.priority} ${d.handle}  ${d.name}${d.company ? ` · ${d.company}` : ''}  ${d.phone ?? ''}  ${last}${d.offer ? `  offer: ${d.offer}` : ''}\n`;
}
db.close(); // as crm closes it
process.stdout.write(out);
process.exit(0);
