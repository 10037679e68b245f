// The binder on a PostgreSQL server: the Store interface in PostgreSQL's SQL. What SQLite's
// triggers keep (find's search text, lookup words, history text, reminders of what is deleted) is
// written here with the rows it comes from; filing counts are a GROUP BY. A change is one
// transaction that locks the dossiers it touches, checks them again against what its command read,
// and is run again whole when the server calls it off (serialisation failure, deadlock).
// This module loads `pg`: only a server binder imports it (store/open.ts).
import type pg from 'pg';
import type { Day } from '../../binder/day.js';
import { REAL_CONTACT_KINDS, UNREACHED_OUTCOMES, type Card, type Dossier, type HistoryEntry, type NewEntry } from '../../binder/dossier.js';
import { fold } from '../../binder/fold.js';
import type { ContactKeys } from '../../binder/matching.js';
import { isDocumentName, isHandle } from '../../binder/names.js';
import { changedCard, settledCard } from '../../binder/reach.js';
import { appendHistoryText, cardSearchText, historySearchText, lookupWords, phoneDigits, type SearchTerm } from '../../binder/search.js';
import { DEFAULT_SETTINGS, type BinderSettings } from '../../binder/settings.js';
import { ChangedSince, HandleTaken, NoDossier, StoreError } from '../errors.js';
import {
  CARD_COLUMNS,
  caseFilter,
  cardOfRow,
  ENTRY_COLUMNS,
  KEPT_CHANGES,
  lookupProblems,
  remadeIfChanged,
  ringProblems,
  savedDossier,
  ROW_TABLES,
  rowOfCard,
  selectDossier,
  sqlWords,
  toDossier,
  toEntry,
  unsafeNameProblems,
  type AstrayDossier,
  type DossierRow,
  type EntryRow,
  type StoredDossier,
  type UndoTarget,
} from '../rows.js';
import type {
  BinderChange,
  ChangeInParts,
  ChangeRecord,
  Committed,
  ComplaintRecord,
  DocumentInfo,
  DossierChange,
  DossierRecord,
  Finding,
  HandledEntry,
  Meanwhile,
  NewDossier,
  Problem,
  PromiseRecord,
  Person,
  Reminded,
  Scope,
  Store,
  TeamBinder,
  TeamRole,
} from '../store.js';
import { serverError } from './connect.js';
import { endHandover, insertHandover, toHandover, UNIQUE_VIOLATION, type HandoverRow } from './handovers.js';
import type { ServerBinder } from './url.js';

/** How often a change the server called off (40001, 40P01) is tried in all, and the backoff's bounds in ms. */
const TRIES = 5;
const BACKOFF = { least: 20, most: 200 };

/** SQLSTATEs after which a transaction may simply be run again: serialisation failure, deadlock. */
const RETRYABLE = new Set(['40001', '40P01']);

/** PostgreSQL has no year 0: the stores' "since ever" (0000-01-01) is its first day. */
const FIRST_DAY = '0001-01-01';
const serverDay = (day: Day): Day => (day < FIRST_DAY ? FIRST_DAY : day);

/** A LIKE pattern finding `text` anywhere, its % _ and \ taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

/** A dossier with its owner: on a team's binder every dossier has one (issue 16). */
const SELECT_DOSSIER = selectDossier(' d.owner,', true);

/** What a change saves for undo, written in one statement when the change's rows are written. */
class BeforeImages {
  private seq = 0;
  private readonly saved = new Set<string>();
  private pending: { seq: number; target: UndoTarget; ref: string; before: string | null }[] = [];

  constructor(readonly id: number) {}

  save(target: UndoTarget, ref: string, before: string | null): void {
    if (this.saved.has(`${target}:${ref}`)) return;
    this.saved.add(`${target}:${ref}`);
    this.saveNew(target, ref, before);
  }

  /** A row the change creates: never saved before, and not remembered (an import creates millions). */
  saveNew(target: UndoTarget, ref: string, before: string | null = null): void {
    this.pending.push({ seq: this.seq++, target, ref, before });
  }

  async flush(client: pg.Client): Promise<void> {
    if (this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    await client.query(
      `INSERT INTO change_before (change_id, seq, target, ref, before)
       SELECT $1, * FROM unnest($2::integer[], $3::text[], $4::text[], $5::text[])`,
      [this.id, rows.map((r) => r.seq), rows.map((r) => r.target), rows.map((r) => r.ref), rows.map((r) => r.before)],
    );
  }
}

/** The team's part as opening reads it: rows as JSON (row_to_json's column names). */
export interface OpenedTeam {
  login: string;
  /** Every person's name, by login. */
  names: Record<string, string>;
  me: PersonRow | null;
  handovers: HandoverRow[];
}

export interface PersonRow {
  login: string;
  name: string;
  role: TeamRole;
  capacity: number | null;
  added_at: string;
  removed_at: string | null;
  removed_to: string | null;
}

export const toPerson = (row: PersonRow): Person => ({
  login: row.login,
  name: row.name,
  role: row.role,
  capacity: row.capacity,
  addedAt: row.added_at,
  removedAt: row.removed_at,
  removedTo: row.removed_to,
});

/** The binder's settings and its schema as read on opening (openServerStore's one query). */
export interface ServerOpened {
  binder: ServerBinder;
  write: boolean;
  /** The stored settings, key and JSON text, by key. */
  settings: [string, string][];
  team: OpenedTeam;
}

export class PostgresStore implements Store {
  private readonly binder: ServerBinder;
  private readonly write: boolean;
  /** The stored settings as last read; undefined after this process changed the binder. */
  private settings: [string, string][] | undefined;
  /** The next day with filings after an empty range, as filedBetween found it; dropped by any write. */
  private next: { after: Day; next: { day: Day; count: number } | null } | undefined;
  /** The change written part by part, when one is open (changeInParts). */
  private inParts = false;
  /** Whose dossiers the lists show (narrow); null: every dossier this login may see. */
  private scope: Scope | null = null;

  /** The team's part: who is acting, the people, the handovers (see TeamBinder). */
  readonly team: TeamBinder;

  constructor(
    private readonly client: pg.Client,
    opened: ServerOpened,
  ) {
    this.binder = opened.binder;
    this.write = opened.write;
    this.settings = opened.settings;
    const { login, me, handovers } = opened.team;
    this.team = {
      login,
      me: me === null ? undefined : toPerson(me),
      myHandovers: handovers.map(toHandover),
      narrow: (scope) => this.narrow(scope),
      people: async () => (await this.rows<PersonRow>('SELECT * FROM person ORDER BY login')).map(toPerson),
      names: opened.team.names,
      ownedBy: async (login) => (await this.rows<{ handle: string }>('SELECT handle FROM dossier WHERE owner = $1 ORDER BY handle', [login])).map((row) => row.handle),
      addPerson: async (person, at) => {
        this.mayWrite();
        const { addPerson } = await import('./people.js');
        const { teamRoles } = await import('./team.js');
        return addPerson(this.client, teamRoles(this.binder.database, this.binder.schema), person, at);
      },
      figures: async (today, monday) => (await import('./figures.js')).teamFigures(this.client, today, monday),
      setMyCapacity: async (capacity) => {
        this.mayWrite();
        await this.client.query('UPDATE person SET capacity = $1 WHERE login = current_user', [capacity]);
      },
      handovers: async ({ open }) => (await this.rows<HandoverRow>(`SELECT * FROM handover${open ? ' WHERE ended_at IS NULL' : ''} ORDER BY id`)).map(toHandover),
      handOver: async (handover, check) => {
        try {
          return await this.transaction(() => insertHandover(this.client, handover, check));
        } catch (error) {
          // Another crm wrote this owner's open handover between our read and our insert: read again, and `check` words it.
          if ((error as { code?: unknown }).code !== UNIQUE_VIOLATION) throw error;
          return await this.transaction(() => insertHandover(this.client, handover, check));
        }
      },
      endHandover: async (id, at) => {
        const ended = await this.transaction(() => endHandover(this.client, id, at, { entryColumns: ENTRY_COLUMNS, selectDossier: SELECT_DOSSIER }));
        if (!ended) return null;
        return {
          handover: toHandover(ended.row),
          work: ended.work.map((row) => ({ ...toEntry(row), handle: row.handle, name: row.name })),
          dossiers: ended.dossiers.map(this.toDossier),
        };
      },
    };
  }

  /** A row as a dossier: with its owner when it is not the acting person's own (Dossier.owner). */
  private readonly toDossier = (row: DossierRow): Dossier => {
    const dossier = toDossier(row, this.team.login);
    return row.owner === undefined || row.owner === this.team.login ? dossier : { ...dossier, owner: row.owner };
  };

  get where(): string {
    return this.binder.where;
  }

  typed(error: unknown): unknown {
    if (error instanceof StoreError) return error;
    return serverError(error, this.binder);
  }

  private async rows<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
    return (await this.client.query<R>(text, values)).rows;
  }

  /**
   * The condition that keeps a list to the scope (` AND (...)`, its values bound through `bind`),
   * or nothing when the list is the whole binder as this login may see it.
   */
  private scoped(alias: string, bind: (value: unknown) => string): string {
    if (this.scope === null) return '';
    // Each part only when it names something: `owner = ANY(...)` alone is what the index on
    // (owner, filed_on) answers; an OR with an empty list of ids would make every list a scan.
    const { owners, ids } = this.scope;
    const parts = [owners.length > 0 && `${alias}.owner = ANY(${bind(owners)}::text[])`, ids.length > 0 && `${alias}.id = ANY(${bind(ids)}::bigint[])`].filter(Boolean);
    return ` AND (${parts.length > 0 ? parts.join(' OR ') : 'false'})`;
  }

  /** Narrows every list (the stack, the ring, find, promises...) to these owners' dossiers and these ids; null widens it to all. */
  narrow(scope: Scope | null): void {
    this.scope = scope;
    this.next = undefined;
  }

  /** Refuses a write from a command that opened the binder to read: that is a bug. */
  private mayWrite(): void {
    if (!this.write) throw new Error(`${this.where} was opened to read, and a command wrote to it`);
  }

  /**
   * Runs `work` in one transaction, again from BEGIN when the server calls it off as a
   * serialisation failure or a deadlock: what was written is rolled back first, so nothing is
   * applied twice. Backoff jittered, so that two writers that collided do not collide again.
   */
  private async transaction<T>(work: () => Promise<T>): Promise<T> {
    this.mayWrite();
    for (let tried = 1; ; tried++) {
      await this.client.query('BEGIN');
      try {
        const result = await work();
        await this.client.query('COMMIT');
        this.forget();
        return result;
      } catch (error) {
        await this.client.query('ROLLBACK').catch(() => undefined);
        const code = (error as { code?: unknown }).code;
        if (tried >= TRIES || typeof code !== 'string' || !RETRYABLE.has(code)) throw error;
        await new Promise((done) => setTimeout(done, BACKOFF.least + Math.random() * (BACKOFF.most - BACKOFF.least)));
      }
    }
  }

  /** What was read ahead (the settings, the next day after an empty range): stale once this process writes. */
  private forget(): void {
    this.settings = undefined;
    this.next = undefined;
  }

  private async storedRows(): Promise<[string, string][]> {
    this.settings ??= (await this.rows<{ key: string; value: string }>('SELECT key, value FROM setting ORDER BY key')).map((row) => [row.key, row.value]);
    return this.settings;
  }

  async readSettings(): Promise<BinderSettings> {
    const stored = Object.fromEntries((await this.storedRows()).map(([key, value]) => [key, JSON.parse(value) as unknown]));
    return { ...DEFAULT_SETTINGS, ...stored } as BinderSettings;
  }

  async storedSettings(): Promise<Partial<BinderSettings>> {
    return Object.fromEntries((await this.storedRows()).map(([key, value]) => [key, JSON.parse(value) as unknown])) as Partial<BinderSettings>;
  }

  async dossier(handle: string): Promise<Dossier | undefined> {
    const row = (await this.rows<DossierRow>(`${SELECT_DOSSIER} WHERE d.handle = $1`, [handle]))[0];
    return row && this.toDossier(row);
  }

  async dossiersByFoldedHandle(folded: string): Promise<Dossier[]> {
    const rows = await this.rows<DossierRow>(`${SELECT_DOSSIER} WHERE d.id IN (SELECT dossier_id FROM dossier_word WHERE word = $1) ORDER BY d.handle`, [folded]);
    return rows.map(this.toDossier).filter((dossier) => fold(dossier.handle) === folded);
  }

  async dossiersByWordPrefix(prefix: string, limit: number): Promise<Dossier[]> {
    // As SQLite's: every word starting with the prefix sorts between it and it + U+10FFFF (words are COLLATE "C").
    const rows = await this.rows<DossierRow>(
      `${SELECT_DOSSIER}
        WHERE d.id IN (SELECT dossier_id FROM dossier_word WHERE word >= $1 AND word < $1 || chr(1114111))
        ORDER BY d.handle LIMIT $2`,
      [prefix, limit],
    );
    return rows.map(this.toDossier);
  }

  async filedBetween(from: Day, to: Day): Promise<Dossier[]> {
    // When none is filed in the range, the dossiers of the next day with any come in the same
    // round trip: crm today's empty stack asks for that day next (nextFiled), and `crm today` is
    // the connection and four queries.
    const params: unknown[] = [serverDay(from), serverDay(to)];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const rows = await this.rows<DossierRow>(
      `${SELECT_DOSSIER}
        WHERE (d.filed_on BETWEEN $1 AND $2
           OR d.filed_on = (SELECT min(n.filed_on) FROM dossier n WHERE n.filed_on > $2${this.scoped('n', bind)}
                               AND NOT EXISTS (SELECT 1 FROM dossier w WHERE w.filed_on BETWEEN $1 AND $2${this.scoped('w', bind)})))${this.scoped('d', bind)}
        ORDER BY d.filed_on, d.handle`,
      params,
    );
    const within = rows.filter((row) => (row.filed_on as Day) <= to);
    if (within.length === 0) this.next = { after: to, next: rows[0] ? { day: rows[0].filed_on as Day, count: rows.length } : null };
    return within.map(this.toDossier);
  }

  async nextFiled(after: Day): Promise<{ day: Day; count: number } | null> {
    if (this.next?.after === after) return this.next.next;
    const params: unknown[] = [serverDay(after)];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const row = (
      await this.rows<{ day: Day; count: number }>(
        `SELECT d.filed_on AS day, count(*) AS count FROM dossier d
          WHERE d.filed_on = (SELECT min(n.filed_on) FROM dossier n WHERE n.filed_on > $1${this.scoped('n', bind)})${this.scoped('d', bind)} GROUP BY d.filed_on`,
        params,
      )
    )[0];
    return row ?? null;
  }

  async countsByDay(): Promise<Map<Day, number>> {
    // No counter rows on a server (every writer would wait on them): counted through dossier_filed_on.
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const rows = await this.rows<{ day: Day; count: number }>(
      `SELECT d.filed_on AS day, count(*) AS count FROM dossier d WHERE d.filed_on IS NOT NULL${this.scoped('d', bind)} GROUP BY d.filed_on ORDER BY d.filed_on`,
      params,
    );
    return new Map(rows.map((row) => [row.day, row.count]));
  }

  async search(terms: SearchTerm[], limit: number): Promise<Dossier[]> {
    // As SQLite's: a term of three characters or more through the trigram indexes (LIKE '%term%'
    // is what pg_trgm's GIN index answers), a shorter one in the text of the dossiers the others left.
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const filters = terms.map((term) => {
      if ([...term.folded].length >= 3) {
        const text = bind(containing(term.folded));
        const digits = term.digits !== null ? ` OR phone_digits LIKE ${bind(containing(term.digits))}` : '';
        return `d.id IN (SELECT id FROM dossier WHERE search_text LIKE ${text}${digits}
                         UNION SELECT dossier_id FROM dossier_history WHERE text LIKE ${text})`;
      }
      const short = bind(term.folded);
      return `(strpos(d.search_text, ${short}) > 0
               OR strpos(coalesce((SELECT h.text FROM dossier_history h WHERE h.dossier_id = d.id), ''), ${short}) > 0)`;
    });
    // Long terms first: the short ones are then read only in the rows the indexes left.
    const rows = await this.rows<DossierRow>(
      `${SELECT_DOSSIER} WHERE d.id IN (
         SELECT d.id FROM dossier d WHERE ${filters.length > 0 ? filters.join(' AND ') : 'true'}${this.scoped('d', bind)} ORDER BY d.handle LIMIT ${bind(limit)})
       ORDER BY d.handle`,
      params,
    );
    return rows.map(this.toDossier);
  }

  async searchedEntries(handles: string[]): Promise<HandledEntry[]> {
    const rows = await this.rows<EntryRow & { handle: string; name: string }>(
      // Joined to the list rather than `handle = ANY($1)`: for a list of a few hundred the planner
      // then probes the handle index instead of scanning every dossier (at 100k: 6 ms, not 60-140).
      `SELECT ${ENTRY_COLUMNS}, d.handle, d.name
         FROM unnest($1::text[]) AS listed (handle)
         JOIN dossier d ON d.handle = listed.handle
         JOIN entry e ON e.dossier_id = d.id
        WHERE e.note IS NOT NULL OR e.offer IS NOT NULL OR e.form IS NOT NULL
        ORDER BY d.handle, e.id DESC`,
      [handles],
    );
    return rows.map((row) => ({ ...toEntry(row), handle: row.handle, name: row.name }));
  }

  async handles(): Promise<string[]> {
    return (await this.rows<{ handle: string }>('SELECT handle FROM dossier ORDER BY handle')).map((row) => row.handle);
  }

  async history(handle: string): Promise<HistoryEntry[]> {
    const rows = await this.rows<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM entry e JOIN dossier d ON d.id = e.dossier_id WHERE d.handle = $1 ORDER BY e.id`, [handle]);
    return rows.map(toEntry);
  }

  async entriesBetween(from: Day, to: Day): Promise<HandledEntry[]> {
    // Stamps begin with the local date: every stamp of `to` sorts before `to` + 'U', in byte order.
    const params: unknown[] = [from, `${to}U`];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const rows = await this.rows<EntryRow & { handle: string; name: string }>(
      `SELECT ${ENTRY_COLUMNS}, d.handle, d.name
         FROM entry e JOIN dossier d ON d.id = e.dossier_id WHERE e.at COLLATE "C" >= $1 AND e.at COLLATE "C" < $2${this.scoped('d', bind)} ORDER BY e.id`,
      params,
    );
    return rows.map((row) => ({ ...toEntry(row), handle: row.handle, name: row.name }));
  }

  async documents(handle: string): Promise<DocumentInfo[]> {
    return this.rows<DocumentInfo & pg.QueryResultRow>(
      `SELECT d.id, d.name, d.type, d.size, d.sha256, d.link, d.added_at AS "addedAt"
         FROM document d JOIN dossier s ON s.id = d.dossier_id WHERE s.handle = $1 ORDER BY d.id`,
      [handle],
    );
  }

  async document(handle: string, name: string): Promise<(DocumentInfo & { content: Buffer | null }) | undefined> {
    const rows = await this.rows<DocumentInfo & { content: Buffer | null }>(
      `SELECT d.id, d.name, d.type, d.size, d.sha256, d.link, d.added_at AS "addedAt", d.content
         FROM document d JOIN dossier s ON s.id = d.dossier_id WHERE s.handle = $1 AND d.name = $2`,
      [handle, name],
    );
    return rows[0];
  }

  async promises(filter: { handle?: string; open?: boolean; dueBy?: Day }): Promise<PromiseRecord[]> {
    const params: unknown[] = filter.handle !== undefined ? [filter.handle] : [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const dueBy = filter.dueBy === undefined ? '' : ` AND p.due <= ${bind(serverDay(filter.dueBy))}`;
    // One client's promises are that client's, whoever's they are; a list is the scope's.
    const scope = filter.handle === undefined ? this.scoped('s', bind) : '';
    return this.rows<PromiseRecord>(
      `SELECT p.id, s.handle, s.name, p.what, p.due, p.theirs, p.made_at AS "madeAt", p.kept_at AS "keptAt"
         FROM promise p JOIN dossier s ON s.id = p.dossier_id
        WHERE ${caseFilter(filter, 'p.kept_at', '$1')}${dueBy}${scope}
        ORDER BY p.due, p.id`,
      params,
    );
  }

  async complaints(filter: { handle?: string; open?: boolean }): Promise<ComplaintRecord[]> {
    const params: unknown[] = filter.handle === undefined ? [] : [filter.handle];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const scope = filter.handle === undefined ? this.scoped('s', bind) : '';
    return this.rows<ComplaintRecord>(
      `SELECT c.id, s.handle, s.name, c.what, c.due, c.opened_at AS "openedAt", c.resolved_at AS "resolvedAt", c.resolution
         FROM complaint c JOIN dossier s ON s.id = c.dossier_id
        WHERE ${caseFilter(filter, 'c.resolved_at', '$1')}${scope}
        ORDER BY c.due, c.id`,
      params,
    );
  }

  async form(name: string): Promise<string | undefined> {
    return (await this.rows<{ definition: string }>('SELECT definition FROM form WHERE name = $1', [name]))[0]?.definition;
  }

  async forms(): Promise<{ name: string; definition: string; addedAt: string }[]> {
    return this.rows('SELECT name, definition, added_at AS "addedAt" FROM form ORDER BY name');
  }

  async *dossierRecords(batch: number): AsyncGenerator<DossierRecord[]> {
    for (let after = 0; ; ) {
      const params: unknown[] = [after, batch];
      const bind = (value: unknown) => `$${params.push(value)}`;
      const rows = await this.rows<StoredDossier>(
        `SELECT id, handle, ${CARD_COLUMNS.join(', ')}, filed_on, filed_at, created_at FROM dossier d WHERE id > $1${this.scoped('d', bind)} ORDER BY id LIMIT $2`,
        params,
      );
      if (rows.length === 0) return;
      const first = (rows[0] as StoredDossier).id;
      after = (rows[rows.length - 1] as StoredDossier).id;
      const records = new Map<number, DossierRecord>();
      for (const row of rows) {
        records.set(row.id, { handle: row.handle, card: cardOfRow(row), filedOn: row.filed_on, filedAt: row.filed_at, createdAt: row.created_at, history: [], documents: [], promises: [], complaints: [] });
      }
      const of = (id: number) => records.get(id) as DossierRecord;
      const entries = await this.rows<EntryRow & { dossier_id: number }>(
        `SELECT e.dossier_id, ${ENTRY_COLUMNS} FROM entry e WHERE e.dossier_id BETWEEN $1 AND $2 AND e.dossier_id = ANY($3::bigint[]) ORDER BY e.dossier_id, e.id`,
        [first, after, [...records.keys()]],
      );
      for (const row of entries) {
        const { id: _id, ...entry } = toEntry(row); // ids are the binder's own: an import numbers anew
        of(row.dossier_id).history.push(entry);
      }
      const documents = await this.rows<DossierRecord['documents'][number] & { dossier_id: number }>(
        `SELECT dossier_id, name, type, size, sha256, link, added_at AS "addedAt", content
           FROM document WHERE dossier_id BETWEEN $1 AND $2 AND dossier_id = ANY($3::bigint[]) ORDER BY dossier_id, id`,
        [first, after, [...records.keys()]],
      );
      for (const { dossier_id, ...document } of documents) of(dossier_id).documents.push(document);
      const promises = await this.rows<DossierRecord['promises'][number] & { dossier_id: number }>(
        `SELECT dossier_id, what, due, theirs, made_at AS "madeAt", kept_at AS "keptAt"
           FROM promise WHERE dossier_id BETWEEN $1 AND $2 AND dossier_id = ANY($3::bigint[]) ORDER BY dossier_id, id`,
        [first, after, [...records.keys()]],
      );
      // theirs last, as SQLite's records have it: an export's keys come in this order.
      for (const { dossier_id, theirs, ...promise } of promises) of(dossier_id).promises.push({ ...promise, theirs });
      const complaints = await this.rows<DossierRecord['complaints'][number] & { dossier_id: number }>(
        `SELECT dossier_id, what, due, opened_at AS "openedAt", resolved_at AS "resolvedAt", resolution
           FROM complaint WHERE dossier_id BETWEEN $1 AND $2 AND dossier_id = ANY($3::bigint[]) ORDER BY dossier_id, id`,
        [first, after, [...records.keys()]],
      );
      for (const { dossier_id, ...complaint } of complaints) of(dossier_id).complaints.push(complaint);
      yield [...records.values()];
    }
  }

  async dossierCount(): Promise<number> {
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    return (await this.rows<{ count: number }>(`SELECT count(*) AS count FROM dossier d WHERE true${this.scoped('d', bind)}`, params))[0]?.count ?? 0;
  }

  async contactKeys(): Promise<ContactKeys[]> {
    return this.rows<ContactKeys & pg.QueryResultRow>('SELECT handle, name, email, phone FROM dossier ORDER BY id');
  }

  async cadences(): Promise<{ dossier: Dossier; lastReal: string | null }[]> {
    const params: unknown[] = [];
    const rows = await this.rows<DossierRow & { last_real: string | null }>(
      `${selectDossier(`
         (SELECT max(r.at) FROM entry r WHERE r.dossier_id = d.id AND r.kind IN (${sqlWords(REAL_CONTACT_KINDS)})
             AND (r.outcome IS NULL OR r.outcome NOT IN (${sqlWords(UNREACHED_OUTCOMES)}))) AS last_real,`, true)}
        WHERE d.cadence IS NOT NULL AND d.filed_on IS NOT NULL${this.scoped('d', (value) => `$${params.push(value)}`)} ORDER BY d.id`,
      params,
    );
    return rows.map((row) => ({ dossier: this.toDossier(row), lastReal: row.last_real }));
  }

  async claimReminder(item: Reminded, sentAt: string): Promise<boolean> {
    // The primary key decides: of two crm remind at the same moment, only one inserts the row.
    return this.transaction(async () => {
      const ref = await this.reminderRef(item);
      if (ref === undefined) return false; // gone meanwhile: nothing left to remind of
      const inserted = await this.client.query('INSERT INTO reminder (what, ref, due, sent_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [item.what, ref, item.due, sentAt]);
      // A filing reminds only around its day: two days on, its row can never be asked for again.
      // Its due is an instant as binder/clock.ts writes it (ISO UTC, whole seconds): compared as text.
      const sent = instantOf(sentAt);
      if (sent !== undefined) await this.client.query(`DELETE FROM reminder WHERE what = 'filing' AND due COLLATE "C" < $1`, [new Date(sent - 2 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z')]);
      return inserted.rowCount === 1;
    });
  }

  async releaseReminder(item: Reminded): Promise<void> {
    await this.transaction(async () => {
      const ref = await this.reminderRef(item);
      if (ref !== undefined) await this.client.query('DELETE FROM reminder WHERE what = $1 AND ref = $2 AND due = $3', [item.what, ref, item.due]);
    });
  }

  private async reminderRef(item: Reminded): Promise<number | undefined> {
    if (item.what !== 'filing') return item.id;
    return (await this.rows<{ id: number }>('SELECT id FROM dossier WHERE handle = $1', [item.handle]))[0]?.id;
  }

  async commit(change: BinderChange): Promise<Committed> {
    if (this.inParts) throw new Error('a change was committed while another was being written in parts');
    return this.transaction(async () => {
      const id = await this.logChange(change.at, change.command, change.summary, true);
      const meanwhile: Meanwhile[] = [];
      const images = new BeforeImages(id);
      await this.apply(change, images, meanwhile);
      await images.flush(this.client);
      return { id, at: change.at, command: change.command, summary: change.summary, meanwhile };
    });
  }

  /** Logs a change; `trim` lets go of the changes undo can no longer reach, in the same statement. */
  private async logChange(at: string, command: string, summary: string, trim = false): Promise<number> {
    const logged = 'INSERT INTO change_log (at, command, summary) VALUES ($1, $2, $3) RETURNING id';
    const text = trim ? `WITH logged AS (${logged}), trimmed AS (DELETE FROM change_log WHERE id <= (SELECT id FROM logged) - ${KEPT_CHANGES}) SELECT id FROM logged` : logged;
    return ((await this.rows<{ id: number }>(text, [at, command, summary]))[0] as { id: number }).id;
  }

  async handlesRead(): Promise<{ firstAt(handle: string, index: number): Promise<number | undefined> }> {
    // In this process's memory (some 100 bytes a handle): a temporary table on the server would
    // cost a round trip a dossier, minutes for an import of 100,000 over a network.
    const read = new Map<string, number>();
    return {
      firstAt: async (handle, index) => {
        const at = read.get(handle);
        if (at !== undefined) return at;
        read.set(handle, index);
        return undefined;
      },
    };
  }

  changeInParts(command: string, at: string): ChangeInParts {
    let images: BeforeImages | undefined;
    const end = async (statement: 'COMMIT' | 'ROLLBACK') => {
      images = undefined;
      this.inParts = false;
      await this.client.query(statement);
    };
    return {
      write: async (part) => {
        if (images === undefined) {
          this.mayWrite();
          await this.client.query('BEGIN');
          this.inParts = true;
          images = new BeforeImages(await this.logChange(at, command, ''));
        }
        try {
          await this.apply({ ...part, command, summary: '', at }, images, []);
          await images.flush(this.client);
        } catch (error) {
          await end('ROLLBACK').catch(() => undefined);
          throw error;
        }
      },
      finish: async (summary) => {
        if (images === undefined) return null;
        const { id } = images;
        try {
          await this.client.query('UPDATE change_log SET summary = $1 WHERE id = $2', [summary, id]);
          await this.trimChanges(id);
          await end('COMMIT');
        } catch (error) {
          await end('ROLLBACK').catch(() => undefined);
          throw error;
        }
        this.forget();
        return { id, at, command, summary };
      },
      abandon: async () => {
        if (images !== undefined) await end('ROLLBACK').catch(() => undefined);
      },
    };
  }

  /** Writes a change's rows, saving what undo needs in `images`; inside a transaction. */
  private async apply(change: BinderChange, images: BeforeImages, meanwhile: Meanwhile[]): Promise<void> {
    const created = await this.createDossiers(change.creates ?? [], images.id);
    for (const id of created) images.saveNew('dossier', String(id));
    const updates = change.updates ?? [];
    if (updates.length > 0) {
      // Locked in id order, as every writer locks them: two changes to the same dossiers wait for
      // each other rather than deadlock. Read under the lock: the rows as the last writer left them.
      const locked = new Map(
        (await this.rows<StoredDossier>('SELECT * FROM dossier WHERE handle = ANY($1::text[]) ORDER BY id FOR UPDATE', [updates.map((update) => update.handle)])).map((row) => [row.handle, row]),
      );
      for (const update of updates) {
        const row = locked.get(update.handle);
        if (!row) throw new NoDossier(update.handle);
        images.save('dossier', String(row.id), JSON.stringify(row));
        const before = meanwhile.length;
        locked.set(update.handle, await this.changeDossier(row, remadeIfChanged(row, update, meanwhile), images.id));
        // Refiled meanwhile: by whom (the latest refiling's maker), for the user to be told.
        const found = meanwhile[before];
        if (found) {
          const by = (await this.rows<{ made_by: string | null }>("SELECT made_by FROM entry WHERE dossier_id = $1 AND kind IN ('filed', 'moved', 'closed') AND change_id <> $2 ORDER BY id DESC LIMIT 1", [row.id, images.id]))[0]?.made_by;
          if (by && by !== this.team.login) found.by = by;
        }
      }
    }
    const handles = [...new Set([...(change.documents ?? []), ...(change.promises ?? []), ...(change.complaints ?? [])].map((item) => item.handle))];
    const ids = new Map<string, number>();
    if (handles.length > 0) {
      for (const row of await this.rows<{ id: number; handle: string }>('SELECT id, handle FROM dossier WHERE handle = ANY($1::text[])', [handles])) ids.set(row.handle, row.id);
    }
    const dossierId = (handle: string) => {
      const id = ids.get(handle);
      if (id === undefined) throw new NoDossier(handle);
      return id;
    };
    for (const d of change.documents ?? []) {
      const row = await this.rows<{ id: number }>(
        'INSERT INTO document (dossier_id, name, type, size, sha256, content, link, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id',
        [dossierId(d.handle), d.name, d.type, d.size, d.sha256, d.content, d.link, d.addedAt ?? change.at],
      );
      images.saveNew('document', String(row[0]?.id));
    }
    const promises = change.promises ?? [];
    if (promises.length > 0) {
      const rows = await this.rows<{ id: number }>(
        `INSERT INTO promise (dossier_id, what, due, theirs, made_at, kept_at)
         SELECT c0, c1, c2, c3, c4, c5 FROM unnest($1::bigint[], $2::text[], $3::date[], $4::boolean[], $5::text[], $6::text[]) WITH ORDINALITY AS u (c0, c1, c2, c3, c4, c5, n)
          ORDER BY n RETURNING id`,
        [promises.map((p) => dossierId(p.handle)), promises.map((p) => p.what), promises.map((p) => p.due), promises.map((p) => p.theirs), promises.map((p) => p.madeAt ?? change.at), promises.map((p) => p.keptAt ?? null)],
      );
      for (const row of rows.sort((a, b) => a.id - b.id)) images.saveNew('promise', String(row.id));
    }
    const kept = change.keptPromises ?? [];
    if (kept.length > 0) {
      const before = new Map((await this.rows<{ id: number }>('SELECT * FROM promise WHERE id = ANY($1::bigint[]) FOR UPDATE', [kept])).map((row) => [row.id, row]));
      for (const id of kept) images.save('promise', String(id), JSON.stringify(before.get(id) ?? null));
      await this.client.query('UPDATE promise SET kept_at = $1 WHERE id = ANY($2::bigint[])', [change.at, kept]);
    }
    const complaints = change.complaints ?? [];
    if (complaints.length > 0) {
      const rows = await this.rows<{ id: number }>(
        `INSERT INTO complaint (dossier_id, what, due, opened_at, resolved_at, resolution)
         SELECT c0, c1, c2, c3, c4, c5 FROM unnest($1::bigint[], $2::text[], $3::date[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS u (c0, c1, c2, c3, c4, c5, n)
          ORDER BY n RETURNING id`,
        [
          complaints.map((c) => dossierId(c.handle)),
          complaints.map((c) => c.what),
          complaints.map((c) => c.due),
          complaints.map((c) => c.openedAt ?? change.at),
          complaints.map((c) => c.resolvedAt ?? null),
          complaints.map((c) => c.resolution ?? null),
        ],
      );
      for (const row of rows.sort((a, b) => a.id - b.id)) images.saveNew('complaint', String(row.id));
    }
    for (const { id, resolution } of change.resolvedComplaints ?? []) {
      const before = (await this.rows('SELECT * FROM complaint WHERE id = $1 FOR UPDATE', [id]))[0];
      images.save('complaint', String(id), JSON.stringify(before ?? null));
      await this.client.query('UPDATE complaint SET resolved_at = $1, resolution = $2 WHERE id = $3', [change.at, resolution, id]);
    }
    if (change.leaving) {
      const { login, to } = change.leaving;
      const before = (await this.rows('SELECT * FROM person WHERE login = $1 FOR UPDATE', [login]))[0];
      images.save('person', login, before ? JSON.stringify(before) : null);
      await this.client.query('UPDATE person SET removed_at = $2, removed_to = $3 WHERE login = $1', [login, change.at, to]);
      // A handover of theirs, either way, ends with them (not taken back by undo: it is over).
      await this.client.query('UPDATE handover SET ended_at = $2, ended_by = current_user WHERE ended_at IS NULL AND $1 IN (owner, delegate)', [login, change.at]);
    }
    for (const form of change.forms ?? []) {
      const before = (await this.rows('SELECT * FROM form WHERE name = $1 FOR UPDATE', [form.name]))[0];
      images.save('form', form.name, before ? JSON.stringify(before) : null);
      await this.client.query(
        'INSERT INTO form (name, definition, added_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET definition = excluded.definition, added_at = excluded.added_at',
        [form.name, form.definition, form.addedAt ?? change.at],
      );
    }
    if (change.settings) {
      for (const [key, value] of Object.entries(change.settings)) {
        const before = (await this.rows<{ value: string }>('SELECT value FROM setting WHERE key = $1 FOR UPDATE', [key]))[0]?.value;
        images.save('setting', key, before ?? null);
        await this.client.query('INSERT INTO setting (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, JSON.stringify(value)]);
      }
    }
  }

  /**
   * Inserts new dossiers with their words, entries and history texts, a statement each for all of
   * them (an import's batch is one round trip per table, not per dossier); returns their ids in order.
   * A handle another change took since this one looked is HandleTaken, the transaction rolled back
   * whole: ON CONFLICT waits for a writer of the same handle to commit or roll back, then skips the
   * row, so a handle not returned is one that is taken.
   */
  private async createDossiers(creates: NewDossier[], changeId: number): Promise<number[]> {
    if (creates.length === 0) return [];
    const now = new Date().toISOString();
    const made = creates.map((dossier) => {
      const card = settledCard(dossier.card);
      return { dossier, card, row: rowOfCard(card) };
    });
    const columns = ['handle', ...CARD_COLUMNS, 'filed_on', 'filed_at', 'created_at', 'search_text', 'phone_digits', 'owner'];
    const arrays: unknown[][] = [
      made.map(({ dossier }) => dossier.handle),
      ...CARD_COLUMNS.map((column) => made.map(({ row }) => row[column])),
      made.map(({ dossier }) => dossier.filedOn),
      made.map(({ dossier }) => (dossier.filedOn === null ? null : (dossier.filedAt ?? null))),
      made.map(({ dossier }) => dossier.createdAt ?? dossier.entries[0]?.at ?? now),
      made.map(({ dossier, card }) => cardSearchText(dossier.handle, card)),
      made.map(({ card }) => phoneDigits(card)),
      made.map(({ dossier }) => dossier.owner ?? this.team.login),
    ];
    const types = columns.map((column) => (column === 'filed_on' ? 'date' : 'text'));
    // WITH ORDINALITY and an ORDER BY: ids are given in the order of the list, as SQLite's one by one.
    const rows = await this.rows<{ id: number; handle: string }>(
      `INSERT INTO dossier (${columns.join(', ')})
       SELECT ${columns.map((_, i) => `c${i}`).join(', ')}
         FROM unnest(${types.map((type, i) => `$${i + 1}::${type}[]`).join(', ')}) WITH ORDINALITY AS u (${columns.map((_, i) => `c${i}`).join(', ')}, n)
        ORDER BY n
       ON CONFLICT (handle) DO NOTHING
       RETURNING id, handle`,
      arrays,
    );
    const idOf = new Map(rows.map((row) => [row.handle, row.id]));
    if (rows.length < made.length) {
      // A handle missing from what was inserted, or given twice in one change (the second was not).
      const seen = new Set<string>();
      for (const { dossier } of made) {
        if (!idOf.has(dossier.handle) || seen.has(dossier.handle)) {
          // Not there to this login, yet taken: a colleague's dossier the server does not show it.
          const visible = (await this.rows('SELECT 1 FROM dossier WHERE handle = $1', [dossier.handle])).length > 0;
          throw new HandleTaken(dossier.handle, !visible && !seen.has(dossier.handle));
        }
        seen.add(dossier.handle);
      }
    }
    const ids = made.map(({ dossier }) => idOf.get(dossier.handle) as number);
    await this.insertWords(made.flatMap(({ dossier, card }, i) => lookupWords(dossier.handle, card).map((word) => [word, ids[i] as number] as const)));
    await this.insertEntries(made.flatMap(({ dossier }, i) => dossier.entries.map((entry) => [ids[i] as number, entry] as const)), changeId);
    const texts = made.map(({ dossier }, i) => [ids[i] as number, historySearchText(dossier.entries)] as const).filter(([, text]) => text !== '');
    if (texts.length > 0) {
      await this.client.query('INSERT INTO dossier_history (dossier_id, text) SELECT * FROM unnest($1::bigint[], $2::text[])', [texts.map(([id]) => id), texts.map(([, text]) => text)]);
    }
    return ids;
  }

  private async insertWords(words: (readonly [string, number])[]): Promise<void> {
    if (words.length === 0) return;
    await this.client.query('INSERT INTO dossier_word (word, dossier_id) SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT DO NOTHING', [words.map(([word]) => word), words.map(([, id]) => id)]);
  }

  /** Appends entries, all in one statement, ids in the order given. */
  private async insertEntries(entries: (readonly [number, NewEntry])[], changeId: number): Promise<void> {
    if (entries.length === 0) return;
    const params: unknown[] = [];
    await this.client.query(entriesInsert(entries, changeId, (value) => `$${params.push(value)}`), params);
  }

  /**
   * Writes an update to a locked dossier in one statement (its row, its words when its name
   * changes, its entries, its history text); returns the row as it now is (a second update of it
   * in the same change starts there).
   */
  private async changeDossier(current: StoredDossier, { card = {}, filedOn, filedAt, entries, owner }: DossierChange, changeId: number): Promise<StoredDossier> {
    const next = changedCard(cardOfRow(current), card);
    // Closing takes the hour with the date; a new date without a word on the hour keeps it (a move).
    const nextOn = filedOn === undefined ? current.filed_on : filedOn;
    const nextAt = filedOn === null ? null : filedAt !== undefined ? filedAt : current.filed_at;
    const row = { ...current, ...rowOfCard(next), filed_on: nextOn, filed_at: nextAt, search_text: cardSearchText(current.handle, next), phone_digits: phoneDigits(next) };
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const id = bind(current.id);
    const steps = [
      `UPDATE dossier SET ${CARD_COLUMNS.map((f) => `${f} = ${bind(row[f])}`).join(', ')}, filed_on = ${bind(row.filed_on)}, filed_at = ${bind(row.filed_at)},
              search_text = ${bind(row.search_text)}, phone_digits = ${bind(row.phone_digits)}${owner === undefined ? '' : `, owner = ${bind(owner)}`}
        WHERE id = ${id}`,
    ];
    if (card.name !== undefined || card.company !== undefined) steps.push(...wordsReplaced(id, bind(lookupWords(current.handle, next))));
    if (entries.length > 0) steps.push(entriesInsert(entries.map((entry) => [current.id, entry] as const), changeId, bind));
    // Appended by the server to the text as it is (historySearchText's lines, joined as appendHistoryText joins them).
    const lines = appendHistoryText('', entries);
    if (lines !== '') {
      steps.push(`INSERT INTO dossier_history (dossier_id, text) VALUES (${id}, ${bind(lines)})
           ON CONFLICT (dossier_id) DO UPDATE SET text = CASE WHEN dossier_history.text = '' THEN excluded.text ELSE dossier_history.text || E'\\n' || excluded.text END`);
    }
    // Data-modifying steps of one WITH: one round trip, whatever the change holds.
    await this.client.query(`WITH ${steps.map((step, i) => `s${i} AS (${step})`).join(', ')} SELECT 1`, params);
    return row;
  }

  /** A dossier's lookup words, replaced by those of its card, in one statement. */
  private async indexWords(id: number, handle: string, card: Pick<Card, 'name' | 'company'>): Promise<void> {
    const params: unknown[] = [];
    const bind = (value: unknown) => `$${params.push(value)}`;
    const [gone, added] = wordsReplaced(bind(id), bind(lookupWords(handle, card)));
    await this.client.query(`WITH gone AS (${gone}) ${added}`, params);
  }

  /** Stores a dossier's history text (none: no row). */
  private async writeHistoryText(id: number, text: string): Promise<void> {
    if (text === '') await this.client.query('DELETE FROM dossier_history WHERE dossier_id = $1', [id]);
    else await this.client.query('INSERT INTO dossier_history (dossier_id, text) VALUES ($1, $2) ON CONFLICT (dossier_id) DO UPDATE SET text = excluded.text', [id, text]);
  }

  /** Undo reaches back over the last KEPT_CHANGES changes; older before-images are let go. */
  private async trimChanges(id: number): Promise<void> {
    await this.client.query('DELETE FROM change_log WHERE id <= $1', [id - KEPT_CHANGES]);
  }

  async changes(limit: number, options: { all?: boolean } = {}): Promise<ChangeRecord[]> {
    // Everyone's that this login may see (the change log's policy: a manager all, a rep their own), with who made each.
    if (options.all) return this.rows<ChangeRecord & pg.QueryResultRow>('SELECT id, at, command, summary, made_by AS by FROM change_log ORDER BY id DESC LIMIT $1', [limit]);
    // One's own (undo's), as a manager sees everyone's.
    return this.rows<ChangeRecord & pg.QueryResultRow>('SELECT id, at, command, summary FROM change_log WHERE made_by = current_user ORDER BY id DESC LIMIT $1', [limit]);
  }

  async undo(): Promise<ChangeRecord | null> {
    return this.transaction(async () => {
      // Locked: of two undos at once, the second waits, then takes back the change before it.
      // One's own changes only: a manager sees everyone's, and takes back none but theirs.
      const last = (await this.rows<ChangeRecord>('SELECT id, at, command, summary FROM change_log WHERE made_by = current_user ORDER BY id DESC LIMIT 1 FOR UPDATE'))[0];
      if (!last) return null;
      const since = await this.rows<{ made_by: string | null; at: string; handle: string }>('SELECT made_by, at, handle FROM crm_changed_since($1, current_user)', [last.id]);
      if (since.length > 0) throw new ChangedSince(last, since.map((row) => ({ by: row.made_by, at: row.at, handle: row.handle })));
      const retold = [...new Set((await this.rows<{ dossier_id: number }>('DELETE FROM entry WHERE change_id = $1 RETURNING dossier_id', [last.id])).map((row) => row.dossier_id))];
      const befores = await this.rows<{ target: UndoTarget; ref: string; before: string | null }>('SELECT target, ref, before FROM change_before WHERE change_id = $1 ORDER BY seq DESC', [last.id]);
      for (const { target, ref, before } of befores) {
        if (target === 'document' || target === 'promise' || target === 'complaint' || target === 'form') await this.restoreRow(target, ref, before);
        else if (target === 'person') {
          const saved = JSON.parse(before ?? '{}') as { removed_at?: string | null; removed_to?: string | null };
          await this.client.query('UPDATE person SET removed_at = $2, removed_to = $3 WHERE login = $1', [ref, saved.removed_at ?? null, saved.removed_to ?? null]);
        }
        else if (target === 'setting') {
          if (before === null) await this.client.query('DELETE FROM setting WHERE key = $1', [ref]);
          else await this.client.query('INSERT INTO setting (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [ref, before]);
        } else if (before === null) await this.deleteDossier(Number(ref));
        else await this.restoreDossier(before);
      }
      await this.redoHistoryTexts(retold);
      await this.client.query('DELETE FROM change_log WHERE id = $1', [last.id]);
      return last;
    });
  }

  /** Deletes a dossier and all of its (cascaded), with the reminders of it, its promises and complaints (SQLite's reminder_*_gone triggers). */
  private async deleteDossier(id: number): Promise<void> {
    await this.client.query(
      `DELETE FROM reminder WHERE (what = 'filing' AND ref = $1)
          OR (what = 'promise' AND ref IN (SELECT id FROM promise WHERE dossier_id = $1))
          OR (what = 'complaint' AND ref IN (SELECT id FROM complaint WHERE dossier_id = $1))`,
      [id],
    );
    await this.client.query('DELETE FROM dossier WHERE id = $1', [id]);
  }

  /** Writes a dossier row back as undo saved it, and its lookup words. */
  private async restoreDossier(before: string): Promise<void> {
    const row = savedDossier(before);
    const n = CARD_COLUMNS.length;
    // The owner, written back only when the change gave the dossier another (only a manager may write it).
    const saved = (JSON.parse(before) as { owner?: unknown }).owner;
    const owner = typeof saved === 'string' && saved !== (await this.rows<{ owner: string }>('SELECT owner FROM dossier WHERE id = $1', [row.id]))[0]?.owner ? saved : undefined;
    await this.client.query(
      `UPDATE dossier SET handle = $2, ${CARD_COLUMNS.map((f, i) => `${f} = $${i + 3}`).join(', ')}, filed_on = $${n + 3}, filed_at = $${n + 4},
              created_at = $${n + 5}, search_text = $${n + 6}, phone_digits = $${n + 7}${owner === undefined ? '' : `, owner = $${n + 8}`}
        WHERE id = $1`,
      [row.id, row.handle, ...CARD_COLUMNS.map((f) => row[f]), row.filed_on, row.filed_at, row.created_at, row.search_text, row.phone_digits, ...(owner === undefined ? [] : [owner])],
    );
    await this.indexWords(row.id, row.handle, row);
  }

  /** Puts back a row of a table without dependants as it was before a change: deleted when the change created it, else written back whole. */
  private async restoreRow(table: keyof typeof ROW_TABLES, ref: string, before: string | null): Promise<void> {
    const { key, columns } = ROW_TABLES[table];
    const refValue = key === 'id' ? Number(ref) : ref;
    if (before === null) {
      if (table === 'promise' || table === 'complaint') await this.client.query('DELETE FROM reminder WHERE what = $1 AND ref = $2', [table, refValue]);
      await this.client.query(`DELETE FROM ${table} WHERE ${key} = $1`, [refValue]);
      return;
    }
    const row = JSON.parse(before) as Record<string, unknown>;
    if (table === 'document' && row.content && typeof row.content === 'object') row.content = Buffer.from((row.content as { data: number[] }).data);
    // SQLite's rows said true as 1: a before-image is read whichever store wrote it.
    if (table === 'promise') row.theirs = row.theirs === true || row.theirs === 1;
    await this.client.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT (${key}) DO UPDATE SET ${columns.filter((c) => c !== key).map((c) => `${c} = excluded.${c}`).join(', ')}`,
      columns.map((column) => row[column] ?? null),
    );
  }

  /** Computes the history texts of these dossiers afresh from their entries (after undo took entries back). */
  private async redoHistoryTexts(ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    for (const { id, text, stored } of await this.historyTexts(ids)) if (text !== stored) await this.writeHistoryText(id, text);
  }

  /** The history texts of these dossiers (those still there) as their entries make them, and as stored. */
  private async historyTexts(ids: number[]): Promise<{ id: number; text: string; stored: string }[]> {
    const present = await this.rows<{ id: number; stored: string | null }>(
      'SELECT d.id, h.text AS stored FROM dossier d LEFT JOIN dossier_history h ON h.dossier_id = d.id WHERE d.id = ANY($1::bigint[]) ORDER BY d.id',
      [ids],
    );
    const rows = await this.rows<{ dossier_id: number; note: string | null; offer: string | null; form: string | null }>(
      `SELECT dossier_id, note, offer, form FROM entry
        WHERE dossier_id = ANY($1::bigint[]) AND (note IS NOT NULL OR offer IS NOT NULL OR form IS NOT NULL) ORDER BY dossier_id, id`,
      [ids],
    );
    const entries = new Map<number, { note: string | null; offer: string | null; form: HistoryEntry['form'] }[]>();
    for (const row of rows) {
      const entry = { note: row.note, offer: row.offer, form: row.form ? (JSON.parse(row.form) as HistoryEntry['form']) : null };
      const list = entries.get(row.dossier_id);
      if (list) list.push(entry);
      else entries.set(row.dossier_id, [entry]);
    }
    return present.map(({ id, stored }) => ({ id, text: historySearchText(entries.get(id) ?? []), stored: stored ?? '' }));
  }

  /** Every dossier's id, a batch at a time. */
  private async *idBatches(batch = 2000): AsyncGenerator<number[]> {
    for (let after = 0; ; ) {
      const ids = (await this.rows<{ id: number }>('SELECT id FROM dossier WHERE id > $1 ORDER BY id LIMIT $2', [after, batch])).map((row) => row.id);
      if (ids.length === 0) return;
      after = ids[ids.length - 1] as number;
      yield ids;
    }
  }

  async check(): Promise<Problem[]> {
    // The server keeps what SQLite's foreign_key_check and date checks look for: a row cannot name
    // a dossier that is not there (foreign keys, always enforced), nor a date that does not exist (date).
    const recorded = (found: Finding[]) => found.map((said) => ({ said, mendable: false }));
    return [...(await this.checkRing()), ...recorded(await this.unsafeNames()), ...(await this.checkLookup()).map((said) => ({ said, mendable: true }))];
  }

  /** BINDER.md: the last filing, move or closing in a dossier's history says where it is now (as SqliteStore.checkRing). */
  private async checkRing(): Promise<Problem[]> {
    const astray = await this.rows<AstrayDossier>(
      `SELECT d.handle, d.filed_on AS "filedOn", d.filed_at AS "filedAt", r.kind, r.filed_to AS "historySays", r.filed_to_at AS "historySaysAt" FROM dossier d
       JOIN entry r ON r.id = (SELECT max(id) FROM entry WHERE dossier_id = d.id AND kind IN ('filed', 'moved', 'closed'))
       WHERE CASE WHEN r.kind = 'closed' THEN d.filed_on IS NOT NULL ELSE r.filed_to IS DISTINCT FROM d.filed_on OR r.filed_to_at IS DISTINCT FROM d.filed_at END
       ORDER BY d.handle`,
    );
    return ringProblems(astray);
  }

  /** Handles and document names crm would not take, in the binder and in its undo records (as SqliteStore's unsafeNames). */
  private async unsafeNames(): Promise<Finding[]> {
    const handles = (await this.rows<{ handle: string }>('SELECT handle FROM dossier ORDER BY handle')).map((row) => row.handle).filter((handle) => !isHandle(handle));
    const documents = (
      await this.rows<{ handle: string; name: string }>('SELECT d.handle, n.name FROM document n JOIN dossier d ON d.id = n.dossier_id ORDER BY d.handle, n.name COLLATE "C"')
    ).filter(({ name }) => !isDocumentName(name));
    const undo = await this.rows<{ target: 'dossier' | 'document'; before: string }>("SELECT target, before FROM change_before WHERE target IN ('dossier', 'document') AND before IS NOT NULL");
    const bad: string[] = [];
    for (const { target, before } of undo) {
      let saved: unknown;
      try {
        saved = JSON.parse(before);
      } catch {
        continue; // as SQLite's json_valid: a record that is no JSON names nothing
      }
      const name = (saved as Record<string, unknown> | null)?.[target === 'dossier' ? 'handle' : 'name'] ?? null;
      if (typeof name !== 'string' || !(target === 'dossier' ? isHandle(name) : isDocumentName(name))) bad.push(String(name));
    }
    return unsafeNameProblems(handles, documents, bad);
  }

  /** What crm keeps beside the dossiers to find them: lookup words, search text, history text. */
  private async checkLookup(): Promise<Finding[]> {
    const wordless = (await this.rows<{ handle: string }>('SELECT handle FROM dossier d WHERE NOT EXISTS (SELECT 1 FROM dossier_word w WHERE w.dossier_id = d.id) ORDER BY handle')).map((row) => row.handle);
    const stale: string[] = [];
    const untold: string[] = [];
    for await (const ids of this.idBatches()) {
      const rows = await this.rows<StoredDossier>(`SELECT id, handle, ${CARD_COLUMNS.join(', ')}, search_text, phone_digits FROM dossier WHERE id = ANY($1::bigint[]) ORDER BY id`, [ids]);
      for (const row of rows) {
        const card = cardOfRow(row);
        if (row.search_text !== cardSearchText(row.handle, card) || row.phone_digits !== phoneDigits(card)) stale.push(row.handle);
      }
      const handleOf = new Map(rows.map((row) => [row.id, row.handle]));
      for (const { id, text, stored } of await this.historyTexts(ids)) if (text !== stored) untold.push(handleOf.get(id) as string);
    }
    return [...lookupProblems.wordless(wordless), ...lookupProblems.staleText(stale), ...lookupProblems.staleHistory(untold)];
  }

  async rebuildLookup(): Promise<void> {
    await this.transaction(async () => {
      for await (const ids of this.idBatches()) {
        const rows = await this.rows<StoredDossier>(`SELECT id, handle, ${CARD_COLUMNS.join(', ')}, search_text, phone_digits FROM dossier WHERE id = ANY($1::bigint[]) ORDER BY id FOR UPDATE`, [ids]);
        const texts = rows.map((row) => {
          const card = cardOfRow(row);
          return { id: row.id, text: cardSearchText(row.handle, card), digits: phoneDigits(card) };
        });
        await this.client.query(
          `UPDATE dossier d SET search_text = u.text, phone_digits = u.digits FROM unnest($1::bigint[], $2::text[], $3::text[]) AS u (id, text, digits)
            WHERE d.id = u.id AND (d.search_text IS DISTINCT FROM u.text OR d.phone_digits IS DISTINCT FROM u.digits)`,
          [texts.map((t) => t.id), texts.map((t) => t.text), texts.map((t) => t.digits)],
        );
        await this.client.query('DELETE FROM dossier_word WHERE dossier_id = ANY($1::bigint[])', [ids]);
        await this.insertWords(rows.flatMap((row) => lookupWords(row.handle, row).map((word) => [word, row.id] as const)));
        for (const { id, text, stored } of await this.historyTexts(ids)) if (text !== stored) await this.writeHistoryText(id, text);
      }
    });
  }

  async close(): Promise<void> {
    await this.client.end();
  }

  async abandon(): Promise<void> {
    // A change still open is rolled back by the server when the connection ends.
    await this.client.end().catch(() => undefined);
  }
}

/** The instant (ms) of a stamp: ISO, or the contract's 'YYYY-MM-DD HH:MM +01:00'; undefined when it is neither. */
function instantOf(stamp: string): number | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(stamp);
  if (!match) return undefined;
  const instant = Date.parse(`${match[1]}T${match[2]}${match[3] ?? 'Z'}`);
  return Number.isNaN(instant) ? undefined : instant;
}

/** A bound parameter's placeholder ($n) for a value. */
type Bind = (value: unknown) => string;

/**
 * The two steps that replace a dossier's lookup words with `words` (a bound text[]): those no
 * longer its words deleted, the new ones inserted; a word kept is neither (so no row is deleted
 * and inserted again in the same statement).
 */
function wordsReplaced(id: string, words: string): [string, string] {
  return [
    `DELETE FROM dossier_word WHERE dossier_id = ${id} AND word <> ALL(${words}::text[])`,
    `INSERT INTO dossier_word (word, dossier_id) SELECT w, ${id} FROM unnest(${words}::text[]) AS w ON CONFLICT DO NOTHING`,
  ];
}

/** The entry columns an insert writes: name, type, and the value of an entry. */
const ENTRY_VALUES: [string, string, (entry: NewEntry) => unknown][] = [
  ['at', 'text', (e) => e.at],
  ['kind', 'text', (e) => e.kind],
  ['note', 'text', (e) => e.note ?? null],
  ['outcome', 'text', (e) => e.outcome ?? null],
  ['offer', 'text', (e) => e.offer ?? null],
  ['filed_from', 'date', (e) => e.from ?? null],
  ['filed_to', 'date', (e) => e.to ?? null],
  ['filed_from_at', 'text', (e) => e.fromAt ?? null],
  ['filed_to_at', 'text', (e) => e.toAt ?? null],
  ['changes', 'text', (e) => (e.changes ? JSON.stringify(e.changes) : null)],
  ['form', 'text', (e) => (e.form ? JSON.stringify(e.form) : null)],
];

/** One INSERT of entries of dossiers (by id), a bound array a column, ids given in the order of the list. */
function entriesInsert(entries: (readonly [number, NewEntry])[], changeId: number, bind: Bind): string {
  const names = ENTRY_VALUES.map(([name]) => name);
  const makers = [entries.map(([, entry]) => entry.by ?? null), entries.map(([, entry]) => entry.for ?? null)];
  const arrays = [`${bind(entries.map(([id]) => id))}::bigint[]`, ...ENTRY_VALUES.map(([, type, value]) => `${bind(entries.map(([, entry]) => value(entry)))}::${type}[]`)];
  const columns = `c0, ${names.map((_, i) => `c${i + 1}`).join(', ')}`;
  // Who made it and for whom: as an import gives them (the entry policy lets only a manager give
  // another login), else the login acting and whose the dossier is now.
  if (makers.every((list) => list.every((login) => login === null))) {
    return `INSERT INTO entry (dossier_id, ${names.join(', ')}, change_id, made_for)
       SELECT ${columns}, ${bind(changeId)}::bigint, (SELECT o.owner FROM dossier o WHERE o.id = c0)
         FROM unnest(${arrays.join(', ')}) WITH ORDINALITY AS u (${columns}, n)
        ORDER BY n`;
  }
  return `INSERT INTO entry (dossier_id, ${names.join(', ')}, change_id, made_by, made_for)
       SELECT ${columns}, ${bind(changeId)}::bigint, coalesce(by_login, current_user), coalesce(for_login, (SELECT o.owner FROM dossier o WHERE o.id = c0))
         FROM unnest(${arrays.join(', ')}, ${bind(makers[0])}::text[], ${bind(makers[1])}::text[]) WITH ORDINALITY AS u (${columns}, by_login, for_login, n)
        ORDER BY n`;
}
