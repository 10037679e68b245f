// crm import <file>: a crm JSON export back in whole, or contacts from a spreadsheet (CSV) or a
// phone (vCard) filed as new dossiers. Everything is read and checked first; then it is one change,
// written all or nothing, that crm undo takes back whole.
import { createReadStream, ReadStream, statSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { extname } from 'node:path';
import { fillWithinCapacity } from '../binder/capacity.js';
import { parseDay, type Day } from '../binder/day.js';
import { CARD_FIELDS, cardChanges, emptyCard, STAGES, type Card, type CardField, type LabelledEmail, type LabelledPhone } from '../binder/dossier.js';
import { fold } from '../binder/fold.js';
import { changedCard, sameAddress, sameNumber } from '../binder/reach.js';
import { fileOn, parseWhen, type Filing } from '../binder/when.js';
import { CLOSED, CONTACTS_FILE_LIMIT, sizeText, type ColumnMapping, type Contact, type ContactsFile } from '../exchange/contacts.js';
import { breather, paced } from '../exchange/pace.js';
import { UserError } from '../errors.js';
import { peekStandardInput } from '../stdin.js';
import type { Input } from '../io.js';
import type { BinderChange, ChangeRecord, ContactKeys, DossierChange, NewDossier } from '../store/store.js';
import { keptBackup } from './backup.js';
import { HANDLE } from '../binder/names.js';
import { reservedBy } from '../binder/handle.js';
import { checkCardField } from './card.js';
import type { Deps } from './deps.js';
import type { ImportProgress } from './import-json.js';

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
  /** Contacts: import the valid rows and list the others, instead of refusing the file. */
  skipInvalid?: boolean;
  /** JSON: keep at most this many of the new and the matched dossiers in the result (all are counted in `total`); all when not given. */
  listed?: number;
  /** JSON: told now and then how far a long import has come. */
  progress?: ImportProgress;
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
  /** Contacts: what the name was taken from when the file gives none. */
  namedFrom?: 'company' | 'e-mail' | 'phone';
  /** Contacts: every number and address the file holds for it, the primary first. */
  phones?: LabelledPhone[];
  emails?: LabelledEmail[];
}

/** A row of a contacts file that is not a valid contact: skipped with --skip-invalid, else the import is refused. */
export interface Invalid {
  source: string;
  reason: string;
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
export type Base = Omit<ImportResult, 'imported' | 'updated' | 'skipped' | 'change' | 'backup' | 'invalid' | 'total'>;

export interface ImportResult {
  file: string;
  format: ImportFormat;
  dryRun: boolean;
  onConflict: OnConflict;
  imported: ImportedDossier[];
  updated: Conflict[];
  skipped: Conflict[];
  /** How many were imported, updated and skipped: the lists above may hold only the first (`listed`). */
  total: { imported: number; updated: number; skipped: number };
  duplicates: Duplicate[];
  /** Contacts with --skip-invalid: the rows that are not valid contacts, left out. */
  invalid: Invalid[];
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
  const name = input.file === '-' ? 'standard input' : input.file;
  // A crm export is read as it comes (it may be larger than any string can be); contacts whole, up to their limit.
  const format = input.format ?? (input.file === '-' ? undefined : formatByName(input.file)) ?? formatOf(await peekText(input.file, deps.stdin));
  if (format !== 'csv' && (input.map.length > 0 || input.delimiter !== undefined)) {
    throw new UserError(`--map and --delimiter are for CSV files; ${name} is read as ${format === 'json' ? 'a crm JSON export' : 'vCards'}`);
  }
  if (format === 'json' && input.skipInvalid) {
    throw new UserError(`--skip-invalid is for contacts (CSV, vCard); ${name} is a crm JSON export, imported whole or not at all`);
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
  if (format === 'json') return (await import('./import-json.js')).importExport(input, name, base, deps);
  const text = await readInput(input.file, format, deps.stdin);
  const steps =
    format === 'csv'
      ? (await import('../exchange/csv.js')).contactsCsvSteps(text, { map: input.map, ...(input.delimiter !== undefined && { delimiter: input.delimiter }) })
      : (await import('../exchange/vcard.js')).vcardSteps(text);
  let contacts: ContactsFile;
  try {
    // Paced: a file of many megabytes is read in steps, so Ctrl-C stops it at once, with nothing written.
    contacts = await paced(steps);
  } catch (error) {
    // The readers name the line; the file is named here, where it is known.
    if (error instanceof UserError && !error.message.startsWith('--')) throw new UserError(`${name}, ${error.message}`, error.exitCode, error.details);
    throw error;
  }
  return importContacts(contacts, name, input, perDay, { ...base, mapping: contacts.mapping, unmapped: contacts.unmapped }, deps);
}

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
  const fresh: { contact: Contact; card: Card; handle: string; filedOn: Day | null; closed: boolean; namedFrom: ImportedDossier['namedFrom'] }[] = [];
  const invalid: Invalid[] = [];
  const breathe = breather();

  for (const contact of file.contacts) {
    await breathe();
    const checked = checkContact(contact, file.mapping, base.format);
    const closed = contact.filedOn?.trim().toLowerCase() === CLOSED;
    const filedOn = contact.filedOn === undefined || closed ? null : parseDay(contact.filedOn.trim());
    if (typeof checked === 'string' || filedOn === undefined) {
      invalid.push({ source: contact.source, reason: typeof checked === 'string' ? checked : `the next contact "${contact.filedOn ?? ''}" is not a date (YYYY-MM-DD)` });
      continue;
    }
    const { card, named, namedFrom } = checked;
    const keys = { handle: contact.handle ?? '', name: named, email: card.email ?? null, phone: card.phone ?? null };
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
    // A contact named by its phone number gets a handle of its digits, not of the number's last group.
    const handle = contact.handle ?? newHandle(namedFrom === 'phone' ? keys.name.replace(/\D/g, '').slice(-9) : keys.name, taken);
    taken.add(handle);
    // crm's own rows say their stage, empty or not; other contacts without one are new leads (--stage).
    const ownStage = contact.handle !== undefined ? null : stage;
    // A new dossier needs a name: a contact without one is known by its company, e-mail or phone.
    fresh.push({ contact, card: changedCard(emptyCard(keys.name), { ...card, name: keys.name, stage: card.stage ?? ownStage }), handle, filedOn, closed, namedFrom });
  }
  if (invalid.length > 0 && !input.skipInvalid) refuseInvalid(invalid, file.contacts.length, name);
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
      // The file's numbers and addresses come first (its primary is the card's; a number as the file
      // writes it, an address in other capitals as the card does), and none the card has is dropped:
      // an update adds what it knows and takes nothing away.
      if (conflict.card.phones) conflict.card.phones = merged(conflict.card.phones, current.phones, (a, b) => sameNumber(a.number, b.number), false);
      if (conflict.card.emails) conflict.card.emails = merged(conflict.card.emails, current.emails, (a, b) => sameAddress(a.address, b.address), true);
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
  const imported = fresh.map(({ card, handle, filedOn, closed, contact, namedFrom }) => ({
    ...summaryOf(handle, card),
    filedOn,
    closed,
    source: contact.source,
    ...(namedFrom && { namedFrom }),
    phones: contact.phones ?? (card.phone ? [{ label: 'work' as const, number: card.phone }] : []),
    emails: contact.emails ?? (card.email ? [{ label: 'work' as const, address: card.email }] : []),
  }));
  const plain = conflicts.map(({ source, name, handle, match, changed }) => ({ source, name, handle, match, changed }));
  const updated = input.onConflict === 'update' ? plain : [];
  const skipped = input.onConflict === 'update' ? [] : plain;
  const total = { imported: imported.length, updated: updated.length, skipped: skipped.length };
  const result = { ...base, imported, updated, skipped, total, duplicates, invalid, filing };
  if (input.dryRun) return { ...result, change: null, backup: null };
  return { ...result, ...(await commit(deps, {
    command: 'import',
    summary: importSummary(name, imported.length, updates.length, skipped.length, invalid.length),
    at,
    creates,
    updates,
  })) };
}

/**
 * A contact's card fields, each checked as `crm file` checks it, and the name its dossier takes:
 * the file's, else (for a contact with no name) its company, e-mail address or phone number. A
 * contact that cannot be a dossier gives the reason instead, naming the column or property.
 */
function checkContact(
  contact: Contact,
  mapping: ColumnMapping[],
  format: ImportFormat,
): string | { card: Partial<Card>; named: string; namedFrom: ImportedDossier['namedFrom'] } {
  if (contact.unreadable) return contact.unreadable;
  const card: Partial<Record<CardField, string | null>> & Pick<Partial<Card>, 'phones' | 'emails'> = {};
  // Quoted short (and counted on a short piece: a note may be a megabyte long).
  const shown = (value: string) => ([...value.slice(0, 122)].length > 60 ? `${[...value.slice(0, 122)].slice(0, 57).join('')}...` : value);
  for (const field of CARD_FIELDS) {
    const value = contact.card[field];
    if (value === undefined) continue;
    const problem = checkCardField(field, value);
    if (problem) return `${mapping.find((m) => m.field === field)?.from ?? field}: "${shown(value)}" ${said(field, value, problem)}`;
    card[field] = field === 'priority' ? value.trim().toUpperCase() : field === 'stage' ? value.trim().toLowerCase() : value.trim();
  }
  // Every number and address the file holds is checked as the primary one is.
  const listed = [
    ...(contact.phones ?? []).map((phone) => ['phone', phone.number] as const),
    ...(contact.emails ?? []).map((email) => ['email', email.address] as const),
  ];
  for (const [field, value] of listed) {
    const problem = checkCardField(field, value);
    if (problem) return `${field === 'email' ? 'e-mail' : field} "${shown(value)}" ${said(field, value, problem)}`;
  }
  if (contact.phones) card.phones = contact.phones.map(({ label, number }) => ({ label, number: number.trim() }));
  if (contact.emails) card.emails = contact.emails.map(({ label, address }) => ({ label, address: address.trim() }));
  if (contact.handle !== undefined && !HANDLE.test(contact.handle)) {
    return `"${contact.handle}" cannot be a handle (one word of letters and digits, dots, dashes or underscores inside)`;
  }
  // A contact without a name is known by what it has: its company, else its e-mail's name part, else its number.
  if (card.name) return { card: card as Partial<Card>, named: card.name, namedFrom: undefined };
  if (card.company) return { card: card as Partial<Card>, named: card.company, namedFrom: 'company' };
  const local = card.email?.slice(0, card.email.lastIndexOf('@'));
  if (local) return { card: card as Partial<Card>, named: local, namedFrom: 'e-mail' };
  if (card.phone) return { card: card as Partial<Card>, named: card.phone, namedFrom: 'phone' };
  const from = mapping.find((m) => m.field === 'name')?.from;
  return format === 'vcard'
    ? 'no name (FN or N), company (ORG), e-mail or phone; fill one in on the card'
    : `no name${from ? ` (${from} is empty)` : ' (no column is read as the name)'}, company, e-mail or phone; fill one in, or say which column holds names with --map name=Column`;
}

/** A field's problem as a reason: "is not an e-mail address (name@example.com): it has a space in it". */
function said(field: CardField, value: string, problem: string): string {
  const reason = problem.replace(/^\S+ /, '');
  return field === 'email' && /\S\s+\S/.test(value.trim()) ? `${reason}: it has a space in it` : reason;
}

/** How many rows of the file are not valid contacts, the first few of them, and the way on. */
function refuseInvalid(invalid: Invalid[], rows: number, file: string): never {
  const SHOWN = 5;
  const first = invalid.slice(0, SHOWN).map((row) => `${row.source}: ${row.reason}`);
  const more = invalid.length > SHOWN ? [`... and ${invalid.length - SHOWN} more (--skip-invalid --dry-run lists them all)`] : [];
  const count = invalid.length === 1 ? `1 of its ${rows} contacts is not valid` : `${invalid.length} of its ${rows} contacts are not valid`;
  throw new UserError(
    invalid.length === 1 && invalid[0]
      ? `${file}, ${invalid[0].source}, ${invalid[0].reason}; nothing was imported. Fix it in the file, or add --skip-invalid to import the other contacts`
      : `${file}: ${count}, the first at ${invalid[0]?.source}; nothing was imported. Fix them in the file, or add --skip-invalid to import the others and list those skipped`,
    2,
    invalid.length === 1 ? [] : [...first.map((line) => `  ${line}`), ...more.map((line) => `  ${line}`)],
  );
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
export class Keys {
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

export function refuseOnConflict(onConflict: OnConflict, conflicts: Conflict[], forms: string[], file: string, count = conflicts.length): void {
  if (onConflict !== 'fail' || (count === 0 && forms.length === 0)) return;
  const clients = conflicts.map((c) => `${c.source} ${c.name}: already filed as ${c.handle} (same ${c.match})`);
  throw new UserError(
    `${file}: ${[count > 0 && `${count} client${count === 1 ? ' is' : 's are'} already in the binder`, forms.length > 0 && `forms ${forms.join(', ')} differ from the binder's`].filter(Boolean).join(', and ')}; nothing was imported. Use --on-conflict skip to leave them as they are, or --on-conflict update to update them`,
    2,
    clients.slice(0, 20).concat(count > 20 ? [`... and ${count - 20} more`] : []),
  );
}


export function summaryOf(handle: string, card: Card): Omit<ImportedDossier, 'filedOn' | 'closed' | 'source'> {
  return { handle, name: card.name, company: card.company, phone: card.phone, email: card.email };
}

export function importSummary(file: string, imported: number, updated: number, skipped: number, invalid = 0): string {
  return `import ${file}: ${imported} new${updated > 0 ? `, ${updated} updated` : ''}${skipped > 0 ? `, ${skipped} already filed, skipped` : ''}${invalid > 0 ? `, ${invalid} not valid, skipped` : ''}`;
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

/**
 * A contacts file's text, read up to CONTACTS_FILE_LIMIT and refused past it, so that `crm import
 * /dev/zero` ends. (A crm export is read as a stream by import-json.ts.)
 */
async function readInput(file: string, format: ImportFormat, stdin: Input): Promise<string> {
  const name = file === '-' ? 'standard input' : file;
  let chunks: AsyncIterable<Buffer>;
  if (file === '-') {
    refuseTerminal(stdin);
    chunks = stdin as AsyncIterable<Buffer>;
  } else {
    let size: number;
    try {
      const stats = statSync(file);
      if (stats.isDirectory()) throw new UserError(`${file} is a folder, not a file; name the file to import in it`);
      size = stats.isFile() ? stats.size : 0;
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw cannotRead(file, error);
    }
    if (format !== 'json' && size > CONTACTS_FILE_LIMIT) throw tooLarge(name, size);
    chunks = createReadStream(file);
  }
  const read: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      read.push(bytes);
      length += bytes.length;
      if (length > CONTACTS_FILE_LIMIT) {
        if (chunks instanceof ReadStream) chunks.destroy();
        throw tooLarge(name, undefined);
      }
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw cannotRead(file, error);
  }
  return decode(Buffer.concat(read, length), name, true);
}


function tooLarge(name: string, size: number | undefined): UserError {
  return new UserError(
    `${name} is ${size === undefined ? 'more than' : sizeText(size)}${size === undefined ? ` ${sizeText(CONTACTS_FILE_LIMIT)}` : ''}, over crm's limit of ${sizeText(CONTACTS_FILE_LIMIT)} for a contacts file; split it into smaller files and import each (a vCard export without photos is much smaller)`,
  );
}

/** Text: UTF-8 (a BOM is dropped by the parsers), or UTF-16 with its BOM as Excel saves "Unicode text". */
function decode(bytes: Buffer, name: string, fatal: boolean): string {
  const unicode = utf16Text(bytes);
  if (unicode !== undefined) return unicode;
  try {
    return new TextDecoder('utf-8', { fatal }).decode(bytes);
  } catch {
    const file = name === 'standard input' ? 'file' : name;
    throw new UserError(
      `${name} is not UTF-8 text; save it from the spreadsheet as "CSV UTF-8", or convert it, naming its encoding: iconv -f windows-1250 -t utf-8 ${file} > utf8.csv`,
    );
  }
}

function formatByName(file: string): ImportFormat | undefined {
  const extension = extname(file).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.vcf' || extension === '.vcard') return 'vcard';
  if (extension === '.csv' || extension === '.tsv' || extension === '.txt') return 'csv';
  return undefined;
}

/** The format a file's text begins like: a JSON object, a vCard, else CSV. */
function formatOf(text: string): ImportFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return 'json';
  if (/^BEGIN:VCARD/i.test(start)) return 'vcard';
  return 'csv';
}

/** A file that cannot be opened or read, in one line. */
export function cannotRead(file: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'ENOENT') return new UserError(`no file ${file}; check the path`);
  if (code === 'EISDIR') return new UserError(`${file} is a folder; name the file to import`);
  return new UserError(`cannot read ${file} (${code}); check that it is a file you can read`);
}

/** The start of the file as text, enough to tell a crm export from contacts; standard input is read no further than its first chunk, which is put back. */
async function peekText(file: string, stdin: Input): Promise<string> {
  let bytes: Buffer;
  if (file === '-') {
    refuseTerminal(stdin);
    bytes = await peekStandardInput(stdin);
  } else {
    let handle: FileHandle | undefined;
    try {
      handle = await open(file, 'r');
      bytes = Buffer.alloc(4096);
      bytes = bytes.subarray(0, (await handle.read(bytes, 0, bytes.length, 0)).bytesRead);
    } catch (error) {
      throw cannotRead(file, error);
    } finally {
      await handle?.close();
    }
  }
  return utf16Text(bytes) ?? bytes.toString('utf8');
}

function refuseTerminal(stdin: Input): void {
  if (stdin.isTTY) throw new UserError('crm import - reads the file from standard input; pipe it in: crm import - < contacts.csv');
}

/** UTF-16 text with its byte order mark, as Excel saves "Unicode text"; undefined for anything else. */
function utf16Text(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return undefined;
}

/** The file's entries (as the card writes one it has already, with `asCard`), then the card's other entries. */
function merged<T>(file: T[], card: T[], same: (a: T, b: T) => boolean, asCard: boolean): T[] {
  const fromFile = asCard ? file.map((entry) => card.find((kept) => same(kept, entry)) ?? entry) : file;
  return [...fromFile, ...card.filter((kept) => !fromFile.some((entry) => same(entry, kept)))];
}
