// crm import <file>: a crm JSON export back in whole, or contacts from a spreadsheet (CSV) or a
// phone (vCard) filed as new dossiers. Everything is read and checked first; then it is one change,
// written all or nothing, that crm undo takes back whole.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { fillWithinCapacity } from '../binder/capacity.js';
import { parseDay, type Day } from '../binder/day.js';
import { CARD_FIELDS, cardChanges, emptyCard, STAGES, type Card, type CardField, type NewEntry } from '../binder/dossier.js';
import { fold } from '../binder/fold.js';
import { fileOn, parseWhen, type Filing } from '../binder/when.js';
import { CLOSED, type ColumnMapping, type Contact, type ContactsFile } from '../exchange/contacts.js';
import type { ExportedDossier } from '../exchange/json.js';
import { UserError } from '../errors.js';
import { readStandardInput } from '../stdin.js';
import type { BinderChange, ChangeRecord, ContactKeys, DossierChange, NewDossier } from '../store/store.js';
import { keptBackup } from './backup.js';
import { reservedBy } from '../binder/handle.js';
import { checkCardField, HANDLE } from './card.js';
import type { Deps } from './deps.js';

export type ImportFormat = 'json' | 'csv' | 'vcard';
export type OnConflict = 'skip' | 'update' | 'fail';

export interface ImportInput {
  /** A path, or - for standard input. */
  file: string;
  format?: ImportFormat;
  onConflict: OnConflict;
  /** `field=Column` pairs for a CSV file. */
  map: string[];
  delimiter?: string;
  fileOn?: string;
  spread: boolean;
  perDay?: string;
  /** The stage of new dossiers from contacts that name none. */
  stage: string;
  dryRun: boolean;
}

/** A dossier the import opens. */
export interface ImportedDossier {
  handle: string;
  name: string;
  company: string | null;
  phone: string | null;
  email: string | null;
  /** Null when it is closed, or when a dry run was not told where to file it. */
  filedOn: Day | null;
  /** Out of the ring (closed in the binder it was exported from). */
  closed: boolean;
  /** Where in the file it came from: "line 4", "card 2", "dossiers[0]". */
  source: string;
}

/** A client already in the binder, and what the import did with it. */
export interface Conflict {
  source: string;
  name: string;
  /** The dossier already in the binder. */
  handle: string;
  /** What matched: "handle", "e-mail" or "phone". */
  match: string;
  /** The card fields an update changed (empty when skipped or when nothing differed). */
  changed: string[];
}

/** A contact dropped because an earlier one in the same file is the same person. */
export interface Duplicate {
  source: string;
  name: string;
  /** The earlier contact it repeats. */
  of: string;
  match: string;
}

/** What every import reports, whatever the format: the rest comes from the import itself. */
type Base = Omit<ImportResult, 'imported' | 'updated' | 'skipped' | 'change' | 'backup'>;

export interface ImportResult {
  file: string;
  format: ImportFormat;
  dryRun: boolean;
  onConflict: OnConflict;
  imported: ImportedDossier[];
  updated: Conflict[];
  skipped: Conflict[];
  duplicates: Duplicate[];
  /** CSV and vCard: which columns became which fields, and which were left out. */
  mapping: ColumnMapping[];
  unmapped: string[];
  /** JSON: the export's settings were imported (into an empty binder), kept out, or it had none. */
  settings: 'imported' | 'kept' | 'none';
  /** JSON: forms added (or replaced, with --on-conflict update). */
  forms: string[];
  /** --file-on: the date named and where the new dossiers went (a day off moves to the next working day). */
  filing: Filing | null;
  change: ChangeRecord | null;
  /** The copy of the binder taken just before the import changed it; null when nothing was changed or there was nothing to copy. */
  backup: string | null;
}

export async function importFile(input: ImportInput, deps: Deps): Promise<ImportResult> {
  const perDay = input.perDay === undefined ? null : positiveCount(input.perDay);
  if (input.fileOn !== undefined && input.spread) throw new UserError('--file-on and --spread both say where to file; give one of them');
  if (perDay !== null && !input.spread) throw new UserError('--per-day goes with --spread: crm import <file> --spread --per-day 5');
  const text = await readText(input.file);
  const format = input.format ?? formatOf(input.file, text);
  const name = input.file === '-' ? 'standard input' : input.file;
  if (format !== 'csv' && (input.map.length > 0 || input.delimiter !== undefined)) {
    throw new UserError(`--map and --delimiter are for CSV files; ${name} is read as ${format === 'json' ? 'a crm JSON export' : 'vCards'}`);
  }
  const base: Base = {
    file: name,
    format,
    dryRun: input.dryRun,
    onConflict: input.onConflict,
    duplicates: [],
    mapping: [],
    unmapped: [],
    settings: 'none',
    forms: [],
    filing: null,
  };
  if (format === 'json') return importExport(parseJson(text, name), name, input, base, deps);
  const read =
    format === 'csv'
      ? (await import('../exchange/csv.js')).readContactsCsv.bind(null, text, { map: input.map, ...(input.delimiter !== undefined && { delimiter: input.delimiter }) })
      : (await import('../exchange/vcard.js')).readVcards.bind(null, text);
  let contacts: ContactsFile;
  try {
    contacts = read();
  } catch (error) {
    // The readers name the line; the file is named here, where it is known.
    if (error instanceof UserError && !error.message.startsWith('--')) throw new UserError(`${name}, ${error.message}`, error.exitCode, error.details);
    throw error;
  }
  return importContacts(contacts, name, input, perDay, { ...base, mapping: contacts.mapping, unmapped: contacts.unmapped }, deps);
}

// ---- A crm export ----

async function importExport(
  data: unknown,
  file: string,
  input: ImportInput,
  base: Base,
  deps: Deps,
): Promise<ImportResult> {
  const { checkExport } = await import('../exchange/json.js');
  const document = checkExport(data, file);
  const { store } = deps;
  // A client already here is the same handle, or (filed under another handle) the same e-mail or phone.
  const binder = new Keys(await store.contactKeys());
  const claimed = new Set<string>();
  const conflicts: Conflict[] = [];
  /** Exported dossiers that are already in the binder, by index: the dossier they are there. */
  const targets = new Map<number, string>();
  for (const [index, dossier] of document.dossiers.entries()) {
    const filed = binder.match({ handle: dossier.handle, name: dossier.name, email: dossier.email, phone: dossier.phone });
    if (!filed) continue;
    conflicts.push({ source: `dossiers[${index}]`, name: dossier.name, handle: filed.keys.handle, match: filed.match, changed: [] });
    // One dossier here takes one of the export's: a second that finds it is left out.
    if (!claimed.has(filed.keys.handle)) targets.set(index, filed.keys.handle);
    claimed.add(filed.keys.handle);
  }
  const storedForms = new Map((await store.forms()).map((form) => [form.name, form.definition]));
  const clashingForms = document.forms.filter((form) => storedForms.has(form.name) && storedForms.get(form.name) !== JSON.stringify(form.definition));
  refuseOnConflict(input.onConflict, conflicts, clashingForms.map((form) => form.name), file);

  const at = deps.now();
  const creates: NewDossier[] = [];
  const updates: DossierChange[] = [];
  const change: Required<Pick<BinderChange, 'documents' | 'promises' | 'complaints' | 'forms'>> = { documents: [], promises: [], complaints: [], forms: [] };
  const imported: ImportedDossier[] = [];
  const updatedSources = new Set<string>();
  for (const [index, dossier] of document.dossiers.entries()) {
    const source = `dossiers[${index}]`;
    const card = cardOf(dossier);
    const conflict = conflicts.find((c) => c.source === source);
    if (!conflict) {
      creates.push({ handle: dossier.handle, card, filedOn: dossier.filedOn, entries: dossier.history, createdAt: dossier.createdAt });
      imported.push({ ...summaryOf(dossier.handle, card), filedOn: dossier.filedOn, closed: dossier.filedOn === null, source });
      addCase(change, dossier.handle, dossier, () => true);
      continue;
    }
    const handle = targets.get(index);
    if (input.onConflict !== 'update' || handle === undefined) continue;
    updatedSources.add(source);
    // An update merges: the export's card and filing win; history, documents, promises and
    // complaints the binder lacks are added; nothing the binder has is taken away.
    const current = (await store.dossier(handle)) as Card & { filedOn: Day | null };
    const known = new Set((await store.history(handle)).map(entryKey));
    const changes = cardChanges(current, card);
    const refiled = current.filedOn !== dossier.filedOn;
    const entries: NewEntry[] = [
      ...(changes ? [{ at, kind: 'changed' as const, changes }] : []),
      ...dossier.history.filter((entry) => !known.has(entryKey(entry))),
      ...(refiled ? [{ at, kind: dossier.filedOn === null ? ('closed' as const) : ('filed' as const), from: current.filedOn, to: dossier.filedOn }] : []),
    ];
    // Importing the same export twice changes nothing the second time.
    if (entries.length > 0) updates.push({ handle, card, filedOn: dossier.filedOn, entries });
    conflict.changed = [...Object.keys(changes ?? {}), ...(refiled ? ['filedOn'] : [])];
    const documents = new Set((await store.documents(handle)).map((d) => d.name));
    const promises = new Set((await store.promises({ handle })).map((p) => `${p.what}\n${p.due}\n${p.madeAt}`));
    const complaints = new Set((await store.complaints({ handle })).map((c) => `${c.what}\n${c.due}\n${c.openedAt}`));
    addCase(change, handle, dossier, (kind, key) => !(kind === 'document' ? documents : kind === 'promise' ? promises : complaints).has(key));
  }
  for (const form of document.forms) {
    const stored = storedForms.get(form.name);
    if (stored === undefined || (stored !== JSON.stringify(form.definition) && input.onConflict === 'update')) {
      change.forms.push({ name: form.name, definition: JSON.stringify(form.definition), addedAt: form.addedAt });
    }
  }
  // Settings are the binder's own: an export's come in only where there are none to overwrite.
  const hasSettings = Object.keys(document.settings).length > 0;
  const emptyBinder = binder.all.length === 0 && Object.keys(await store.storedSettings()).length === 0;
  const settings = !hasSettings ? 'none' : emptyBinder ? 'imported' : 'kept';
  const updated = conflicts.filter((c) => updatedSources.has(c.source));
  const skipped = conflicts.filter((c) => !updatedSources.has(c.source));
  const result = { ...base, imported, updated, skipped, settings, forms: change.forms.map((form) => form.name) } as const;
  if (input.dryRun) return { ...result, change: null, backup: null };
  return { ...result, ...(await commit(deps, {
    command: 'import',
    summary: importSummary(file, imported.length, updated.length, skipped.length),
    at,
    creates,
    updates,
    ...change,
    ...(settings === 'imported' && { settings: document.settings }),
  })) };
}

function cardOf(dossier: ExportedDossier): Card {
  return Object.fromEntries(CARD_FIELDS.map((field) => [field, dossier[field]])) as unknown as Card;
}

/** Adds a dossier's documents, promises and complaints to the change: those `wanted` says the binder lacks. */
function addCase(
  change: Required<Pick<BinderChange, 'documents' | 'promises' | 'complaints'>>,
  handle: string,
  dossier: ExportedDossier,
  wanted: (kind: 'document' | 'promise' | 'complaint', key: string) => boolean,
): void {
  for (const document of dossier.documents) {
    if (!wanted('document', document.name)) continue;
    const { content, ...rest } = document;
    change.documents.push({ handle, ...rest, content: content === null ? null : Buffer.from(content, 'base64') });
  }
  for (const promise of dossier.promises) {
    if (wanted('promise', `${promise.what}\n${promise.due}\n${promise.madeAt}`)) change.promises.push({ handle, ...promise });
  }
  for (const complaint of dossier.complaints) {
    if (wanted('complaint', `${complaint.what}\n${complaint.due}\n${complaint.openedAt}`)) change.complaints.push({ handle, ...complaint });
  }
}

/** An entry as it would be written twice: the same time, kind and words. */
function entryKey(entry: Pick<NewEntry, 'at' | 'kind' | 'note' | 'from' | 'to'>): string {
  return JSON.stringify([entry.at, entry.kind, entry.note ?? null, entry.from ?? null, entry.to ?? null]);
}

// ---- Contacts: a spreadsheet or vCards ----

async function importContacts(
  file: ContactsFile,
  name: string,
  input: ImportInput,
  perDay: number | null,
  base: Base,
  deps: Deps,
): Promise<ImportResult> {
  const { store, today, settings } = deps;
  const stage = checkStage(input.stage);
  const filing = input.fileOn === undefined ? null : fileOn(parseWhen(input.fileOn, today), today, settings);
  const binder = new Keys(await store.contactKeys());
  const inFile = new Keys([]);
  // Handles the file gives are kept for their rows: a handle made for another row never takes one.
  const taken = new Set([...binder.all.map((keys) => keys.handle), ...file.contacts.flatMap((contact) => contact.handle ?? [])]);
  const conflicts: (Conflict & { card: Partial<Card> })[] = [];
  /** The dossiers already in the binder that a row of the file matched, and that row. */
  const claimed = new Map<string, string>();
  const duplicates: Duplicate[] = [];
  const fresh: { contact: Contact; card: Card; handle: string; filedOn: Day | null; closed: boolean }[] = [];

  for (const contact of file.contacts) {
    const card = checkContact(contact, file.mapping, name, base.format);
    const keys = { handle: contact.handle ?? '', name: card.name ?? card.company ?? '', email: card.email ?? null, phone: card.phone ?? null };
    const earlier = inFile.match(keys);
    if (earlier) {
      duplicates.push({ source: contact.source, name: keys.name, of: earlier.keys.label, match: earlier.match });
      continue;
    }
    inFile.add({ ...keys, label: contact.source });
    const filed = binder.match(keys);
    if (filed) {
      const first = claimed.get(filed.keys.handle);
      if (first !== undefined) {
        // One dossier is updated by one row: a second row that finds it is the same client again.
        duplicates.push({ source: contact.source, name: keys.name, of: first, match: `dossier ${filed.keys.handle}` });
        continue;
      }
      claimed.set(filed.keys.handle, contact.source);
      conflicts.push({ source: contact.source, name: keys.name, handle: filed.keys.handle, match: filed.match, changed: [], card });
      continue;
    }
    const handle = contact.handle ?? newHandle(keys.name, taken);
    taken.add(handle);
    const closed = contact.filedOn?.trim().toLowerCase() === CLOSED;
    const filedOn = contact.filedOn === undefined || closed ? null : checkDay(contact.filedOn, contact.source, name);
    // crm's own rows say their stage, empty or not; other contacts without one are new leads (--stage).
    const ownStage = contact.handle !== undefined ? null : stage;
    // A new dossier needs a name: a contact without one is known by its company.
    fresh.push({ contact, card: { ...emptyCard(keys.name), ...card, name: keys.name, stage: card.stage ?? ownStage }, handle, filedOn, closed });
  }
  refuseOnConflict(input.onConflict, conflicts, [], name);

  // Where the new dossiers go: their own date from the file, else --file-on, else --spread.
  const unfiled = fresh.filter((dossier) => dossier.filedOn === null && !dossier.closed);
  if (unfiled.length > 0 && filing === null && !input.spread && !input.dryRun) {
    throw new UserError(
      `${unfiled.length} new dossier${unfiled.length === 1 ? '' : 's'} need${unfiled.length === 1 ? 's' : ''} a date: add --file-on <when> (all on one day) or --spread (over the coming working days, within the capacity)`,
    );
  }
  if (input.spread && unfiled.length > 0) {
    const days = fillWithinCapacity(unfiled.length, today, await store.countsByDay(), settings, perDay);
    unfiled.forEach((dossier, index) => (dossier.filedOn = days[index] as Day));
  } else if (filing !== null) {
    for (const dossier of unfiled) dossier.filedOn = filing.day;
  }

  const at = deps.now();
  const updates: DossierChange[] = [];
  if (input.onConflict === 'update') {
    for (const conflict of conflicts) {
      const current = (await store.dossier(conflict.handle)) as Card;
      // The address it was matched by, typed in other capitals, is the same address.
      if (emailKey(conflict.card.email ?? null) === emailKey(current.email)) delete conflict.card.email;
      const changes = cardChanges(current, conflict.card);
      conflict.changed = Object.keys(changes ?? {});
      if (changes) updates.push({ handle: conflict.handle, card: conflict.card, entries: [{ at, kind: 'changed', changes }] });
    }
  }
  const creates: NewDossier[] = fresh.map(({ card, handle, filedOn }) => ({
    handle,
    card,
    filedOn,
    entries: [
      { at, kind: 'created', changes: cardChanges(null, card) },
      // A contact marked closed goes straight to the drawer, and its history says so.
      filedOn === null ? { at, kind: 'closed' as const, from: null, to: null } : { at, kind: 'filed' as const, from: null, to: filedOn },
    ],
  }));
  const imported = fresh.map(({ card, handle, filedOn, closed, contact }) => ({ ...summaryOf(handle, card), filedOn, closed, source: contact.source }));
  const plain = conflicts.map(({ source, name, handle, match, changed }) => ({ source, name, handle, match, changed }));
  const updated = input.onConflict === 'update' ? plain : [];
  const skipped = input.onConflict === 'update' ? [] : plain;
  const result = { ...base, imported, updated, skipped, duplicates, filing };
  if (input.dryRun) return { ...result, change: null, backup: null };
  return { ...result, ...(await commit(deps, {
    command: 'import',
    summary: importSummary(name, imported.length, updates.length, skipped.length),
    at,
    creates,
    updates,
  })) };
}

/** A contact's card fields, each checked as `crm file` checks it; a bad one is named by its line and column. */
function checkContact(contact: Contact, mapping: ColumnMapping[], file: string, format: ImportFormat): Partial<Card> {
  const card: Partial<Record<CardField, string | null>> = {};
  for (const field of CARD_FIELDS) {
    const value = contact.card[field];
    if (value === undefined) continue;
    const problem = checkCardField(field, value);
    if (problem) {
      const column = mapping.find((m) => m.field === field)?.from ?? field;
      const shown = [...value].length > 60 ? `${[...value].slice(0, 57).join('')}...` : value;
      throw new UserError(`${file}, ${contact.source}, ${column}: "${shown}" ${problem.replace(/^\S+ /, '')}; fix it in the file, or leave the column out with --map ${field}=; nothing was imported`);
    }
    card[field] = field === 'priority' ? value.trim().toUpperCase() : field === 'stage' ? value.trim().toLowerCase() : value.trim();
  }
  if (contact.handle !== undefined && !HANDLE.test(contact.handle)) {
    throw new UserError(`${file}, ${contact.source}: "${contact.handle}" cannot be a handle (one word of letters and digits, dots, dashes or underscores inside); nothing was imported`);
  }
  // A contact without a name is known by its company; without either it cannot be a dossier.
  if (!card.name && !card.company) {
    const from = mapping.find((m) => m.field === 'name')?.from;
    throw new UserError(
      format === 'vcard'
        ? `${file}, ${contact.source}: no name (FN or N) and no company (ORG); fill one in on the card; nothing was imported`
        : `${file}, ${contact.source}: no name${from ? ` (${from} is empty)` : ' (no column is read as the name)'} and no company; fill it in, or say which column holds names with --map name=Column; nothing was imported`,
    );
  }
  return card as Partial<Card>;
}

function checkDay(text: string, source: string, file: string): Day {
  const day = parseDay(text.trim());
  if (!day) throw new UserError(`${file}, ${source}: the next contact "${text}" is not a date (YYYY-MM-DD); nothing was imported`);
  return day;
}

function checkStage(stage: string): Card['stage'] {
  const lower = stage.trim().toLowerCase();
  if (!(STAGES as readonly string[]).includes(lower)) throw new UserError(`--stage "${stage}" is not a stage; use ${STAGES.join(', ')}`);
  return lower as Card['stage'];
}

/** A client as an import compares it; `label` says which it is in messages (a handle, or a row's place). */
type Known = ContactKeys & { label: string };

/**
 * Clients by handle, e-mail and phone. Phones match on their digits, the last nine when both have
 * as many: "+48 601 234 567" and "601-234-567" are one number. A phone is shared by everyone at a
 * switchboard, so two different e-mail addresses outweigh it: those are two people.
 */
class Keys {
  private readonly byEmail = new Map<string, Known>();
  private readonly byPhone = new Map<string, Known[]>();
  private readonly byHandle = new Map<string, Known>();
  readonly all: Known[] = [];

  constructor(keys: ContactKeys[]) {
    for (const key of keys) this.add({ ...key, label: key.handle });
  }

  add(keys: Known): void {
    this.all.push(keys);
    if (keys.handle) this.byHandle.set(keys.handle, keys);
    const email = emailKey(keys.email);
    if (email && !this.byEmail.has(email)) this.byEmail.set(email, keys);
    const phone = phoneKey(keys.phone);
    if (phone) this.byPhone.set(phone, [...(this.byPhone.get(phone) ?? []), keys]);
  }

  match(keys: ContactKeys): { keys: Known; match: string } | undefined {
    const byHandle = keys.handle ? this.byHandle.get(keys.handle) : undefined;
    if (byHandle) return { keys: byHandle, match: 'handle' };
    const email = emailKey(keys.email);
    const byEmail = email ? this.byEmail.get(email) : undefined;
    if (byEmail) return { keys: byEmail, match: 'e-mail' };
    const samePerson = (other: Known) => email === null || emailKey(other.email) === null;
    const byPhone = this.byPhone.get(phoneKey(keys.phone) ?? '')?.find(samePerson);
    return byPhone && { keys: byPhone, match: 'phone' };
  }
}

function emailKey(email: string | null): string | null {
  return email ? email.trim().toLowerCase() : null;
}

function phoneKey(phone: string | null): string | null {
  // Digits in any script count: "٠٦٠١" is 0601.
  const digits = phone ? fold(phone).replace(/\D/g, '') : '';
  return digits.length >= 5 ? digits.slice(-9) : null;
}

/**
 * A handle for a new client: the family name as typed (the last word of the name), lower case,
 * else the first word of the company; "nowak-2" when "nowak" is taken.
 */
export function newHandle(name: string, taken: ReadonlySet<string>): string {
  // Zero-width (non-)joiners are inside a Persian word ("ابراهیمی‌پور"), not between words.
  const words = name
    .replace(/[\u200c\u200d]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean);
  const base = (words.at(-1) ?? 'client').slice(0, 34);
  const candidates = [base, ...(words.length > 1 ? [`${base}-${words[0]?.slice(0, 5)}`] : [])];
  // A contact called "Jan Done" is not given crm's own word "done" as a handle.
  for (const candidate of candidates) if (HANDLE.test(candidate) && !reservedBy(candidate) && !taken.has(candidate)) return candidate;
  const root = HANDLE.test(base) ? base : 'client';
  for (let n = 2; ; n++) if (!taken.has(`${root}-${n}`)) return `${root}-${n}`;
}

// ---- Shared ----

function refuseOnConflict(onConflict: OnConflict, conflicts: Conflict[], forms: string[], file: string): void {
  if (onConflict !== 'fail' || (conflicts.length === 0 && forms.length === 0)) return;
  const clients = conflicts.map((c) => `${c.source} ${c.name}: already filed as ${c.handle} (same ${c.match})`);
  throw new UserError(
    `${file}: ${[conflicts.length > 0 && `${conflicts.length} client${conflicts.length === 1 ? ' is' : 's are'} already in the binder`, forms.length > 0 && `forms ${forms.join(', ')} differ from the binder's`].filter(Boolean).join(', and ')}; nothing was imported. Use --on-conflict skip to leave them as they are, or --on-conflict update to update them`,
    2,
    clients.slice(0, 20).concat(clients.length > 20 ? [`... and ${clients.length - 20} more`] : []),
  );
}


function summaryOf(handle: string, card: Card): Omit<ImportedDossier, 'filedOn' | 'closed' | 'source'> {
  return { handle, name: card.name, company: card.company, phone: card.phone, email: card.email };
}

function importSummary(file: string, imported: number, updated: number, skipped: number): string {
  return `import ${file}: ${imported} new${updated > 0 ? `, ${updated} updated` : ''}${skipped > 0 ? `, ${skipped} already filed, skipped` : ''}`;
}

/** Commits the import, after copying the binder aside if it holds anything: an import can be large. */
async function commit(deps: Deps, change: BinderChange): Promise<{ change: ChangeRecord | null; backup: string | null }> {
  const empty = [change.creates, change.updates, change.documents, change.promises, change.complaints, change.forms].every((list) => !list || list.length === 0);
  if (empty && !change.settings) return { change: null, backup: null };
  const worthCopying = deps.store.exists && ((await deps.store.dossierCount()) > 0 || Object.keys(await deps.store.storedSettings()).length > 0);
  const backup = worthCopying ? (await keptBackup(deps, 'before-import')).path : null;
  return { change: await deps.store.commit(change), backup };
}

function positiveCount(text: string): number {
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1) throw new UserError(`--per-day "${text}" is not a number of dossiers; give a whole number such as 5`);
  return count;
}

/** The file's text: UTF-8 (a BOM is dropped by the parsers), or UTF-16 with its BOM as Excel saves "Unicode text". */
async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  if (file === '-') {
    if (process.stdin.isTTY) throw new UserError('crm import - reads the file from standard input; pipe it in: crm import - < contacts.csv');
    bytes = await readStandardInput();
  } else {
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new UserError(code === 'ENOENT' ? `no file ${file}; check the path` : `cannot read ${file} (${code}); check that it is a file you can read`);
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(
      `${file === '-' ? 'standard input' : file} is not UTF-8 text; save it from the spreadsheet as "CSV UTF-8", or convert it, naming its encoding: iconv -f windows-1250 -t utf-8 ${file === '-' ? 'file' : file} > utf8.csv`,
    );
  }
}

function formatOf(file: string, text: string): ImportFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.vcf' || extension === '.vcard') return 'vcard';
  if (extension === '.csv' || extension === '.tsv' || extension === '.txt') return 'csv';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return 'json';
  if (/^BEGIN:VCARD/i.test(start)) return 'vcard';
  return 'csv';
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UserError(`${file} is not valid JSON (${(error as Error).message}); is it a crm export? For a spreadsheet or vCards add --format csv or --format vcard`);
  }
}
