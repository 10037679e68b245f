// Handovers on a team's binder: an owner's dossiers lent to a delegate until a date (crm handover),
// and given back (crm handover back) with what the delegate did for the owner meanwhile. Each runs
// inside the store's transaction (store.ts), on its connection.
import type pg from 'pg';
import type { Day } from '../../binder/day.js';
import type { Handover, NewHandover } from '../store.js';
import type { DossierRow, EntryRow } from '../rows.js';

/** A handover as the server returns it (its column names). */
export interface HandoverRow {
  id: number;
  owner: string;
  delegate: string;
  starts: Day;
  until: Day;
  only_ids: number[] | null;
  only_what: string | null;
  made_at: string;
  made_by: string;
  ended_at: string | null;
  ended_by: string | null;
}

export const toHandover = (row: HandoverRow): Handover => ({
  id: Number(row.id),
  owner: row.owner,
  delegate: row.delegate,
  starts: row.starts,
  until: row.until,
  onlyIds: row.only_ids === null ? null : row.only_ids.map(Number),
  onlyWhat: row.only_what,
  madeAt: row.made_at,
  madeBy: row.made_by,
  endedAt: row.ended_at,
  endedBy: row.ended_by,
});

/** SQLSTATE 23505: a unique index refused the row (handover_open: one open handover per owner). */
export const UNIQUE_VIOLATION = '23505';

/**
 * Inserts a handover after `check` has passed on every open handover, read in this transaction.
 * Serialisable, so that two handovers made at once that together break a rule (a chain: piotr to
 * anna while anna to ewa) cannot both commit: the later is called off, run again, and refused by
 * `check`. The handover_open index stops two of one owner even without it.
 */
export async function insertHandover(client: pg.Client, handover: NewHandover, check: (open: Handover[]) => void): Promise<Handover> {
  await client.query('SET TRANSACTION ISOLATION LEVEL SERIALIZABLE');
  check((await client.query<HandoverRow>('SELECT * FROM handover WHERE ended_at IS NULL ORDER BY id')).rows.map(toHandover));
  // The handles chosen become ids here, in the transaction that reads them: a handle renamed later keeps its dossier.
  const row = (
    await client.query<HandoverRow>(
      `INSERT INTO handover (owner, delegate, starts, until, only_ids, only_what, made_at)
       VALUES ($1, $2, $3, $4, CASE WHEN $5::text[] IS NULL THEN NULL
                                    ELSE ARRAY(SELECT id FROM dossier WHERE handle = ANY($5::text[]) AND owner = $1 ORDER BY id) END, $6, $7)
       RETURNING *`,
      [handover.owner, handover.delegate, handover.starts, handover.until, handover.only?.handles ?? null, handover.only?.what ?? null, handover.madeAt],
    )
  ).rows[0] as HandoverRow;
  return toHandover(row);
}

/** What ending a handover read: its row as ended, the delegate's entries for the owner, the dossiers they are on. */
export interface EndedRows {
  row: HandoverRow;
  work: (EntryRow & { handle: string; name: string })[];
  dossiers: DossierRow[];
}

/**
 * Ends the open handover `id` at `at` (ended_by: the acting login), reading first, while the
 * delegate still sees the dossiers, every entry the delegate made for the owner since its first
 * day; undefined when it is not open any more (ended meanwhile by someone else).
 */
export async function endHandover(client: pg.Client, id: number, at: string, sql: { entryColumns: string; selectDossier: string }): Promise<EndedRows | undefined> {
  const open = (await client.query<HandoverRow>('SELECT * FROM handover WHERE id = $1 AND ended_at IS NULL FOR UPDATE', [id])).rows[0];
  if (!open) return undefined;
  // Stamps begin with the local date: every one of the first day sorts after the day itself.
  const work = (
    await client.query<EntryRow & { handle: string; name: string }>(
      `SELECT ${sql.entryColumns}, d.handle, d.name
         FROM entry e JOIN dossier d ON d.id = e.dossier_id
        WHERE e.made_by = $1 AND e.made_for = $2 AND e.at COLLATE "C" >= $3
        ORDER BY e.id`,
      [open.delegate, open.owner, open.starts],
    )
  ).rows;
  const handles = [...new Set(work.map((entry) => entry.handle))];
  const dossiers = handles.length === 0 ? [] : (await client.query<DossierRow>(`${sql.selectDossier} WHERE d.handle = ANY($1::text[]) ORDER BY d.handle`, [handles])).rows;
  const row = (await client.query<HandoverRow>('UPDATE handover SET ended_at = $2, ended_by = current_user WHERE id = $1 RETURNING *', [id, at])).rows[0] as HandoverRow;
  return { row, work, dossiers };
}
