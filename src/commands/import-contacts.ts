// crm import's contacts, from a spreadsheet (CSV) or a phone (vCard): each row checked as a card,
// matched against the binder and the rows before it, filed (its own date, --file-on or --spread)
// and committed as one change, after the binder is copied aside.
import { fillWithinCapacity } from '../binder/capacity.js';
import { parseDay, type Day } from '../binder/day.js';
import { cardChanges, checkCardField } from '../binder/card.js';
import { CARD_FIELDS, emptyCard, STAGES, type Card, type CardField } from '../binder/dossier.js';
import { newHandle } from '../binder/handle.js';
import { emailKey, Keys } from '../binder/matching.js';
import { HANDLE } from '../binder/names.js';
import { changedCard, sameAddress, sameNumber } from '../binder/reach.js';
import { CLOSED, type ColumnMapping, type Contact, type ContactsFile } from '../exchange/contacts.js';
import { breather } from '../exchange/pace.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { exchange as english } from '../i18n/en/exchange.js';
import { columnsSaid, fileSaid, inJson, placeSaid } from '../i18n/import-words.js';
import { currentPrinting, printingAs } from '../printing.js';
import type { BinderChange, ChangeRecord, DossierChange, NewDossier } from '../store/store.js';
import { keptBackup } from './backup.js';
import type { Deps } from './deps.js';
import { importSummary, refuseOnConflict, summaryOf, type Base, type Conflict, type Duplicate, type ImportedDossier, type ImportFormat, type ImportInput, type ImportResult, type Invalid, invalidRow } from './import-result.js';

const say = messages('exchange', english);

/** `work` said in English, as --json gives it whatever the run's language. */
function inEnglish<T>(work: () => T): T {
  return printingAs({ ...currentPrinting(), language: 'en', catalogue: undefined }, work);
}

export async function importContacts(
  file: ContactsFile,
  name: string,
  input: ImportInput,
  perDay: number | null,
  base: Base,
  deps: Deps,
): Promise<ImportResult> {
  const { store, today, settings } = deps;
  const stage = checkStage(input.stage);
  const filing = input.fileOn?.() ?? null;
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
      // Said again in English for --json (the same in every language), and in the run's for the terminal.
      const why = () => {
        const found = checkContact(contact, file.mapping, base.format);
        return typeof found === 'string' ? found : say().reasons.nextNotDate({ typed: contact.filedOn ?? '' });
      };
      invalid.push(invalidRow(contact.source, inEnglish(why), why()));
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
        duplicates.push({ source: contact.source, name: keys.name, of: first, match: inJson.dossier(filed.keys.handle) });
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
    throw new UserError(say().refused.needDate({ count: unfiled.length }));
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
  const reasons = say().reasons;
  if (contact.tooManyCells) {
    const { cells, columns, delimiter } = contact.tooManyCells;
    return reasons.tooManyCells({ cells, columns, separator: delimiter === '\t' ? reasons.tab : `"${delimiter}"` });
  }
  const card: Partial<Record<CardField, string | null>> & Pick<Partial<Card>, 'phones' | 'emails'> = {};
  // Quoted short (and counted on a short piece: a note may be a megabyte long).
  const shown = (value: string) => ([...value.slice(0, 122)].length > 60 ? `${[...value.slice(0, 122)].slice(0, 57).join('')}...` : value);
  for (const field of CARD_FIELDS) {
    const value = contact.card[field];
    if (value === undefined) continue;
    const problem = checkCardField(field, value);
    if (problem) return reasons.field({ from: columnsSaid(mapping.find((m) => m.field === field)?.from ?? field), value: shown(value), problem: said(field, value, problem) });
    card[field] = field === 'priority' ? value.trim().toUpperCase() : field === 'stage' ? value.trim().toLowerCase() : value.trim();
  }
  // Every number and address the file holds is checked as the primary one is.
  const listed = [
    ...(contact.phones ?? []).map((phone) => ['phone', phone.number] as const),
    ...(contact.emails ?? []).map((email) => ['email', email.address] as const),
  ];
  for (const [field, value] of listed) {
    const problem = checkCardField(field, value);
    if (problem) return reasons[field]({ value: shown(value), problem: said(field, value, problem) });
  }
  if (contact.phones) card.phones = contact.phones.map(({ label, number }) => ({ label, number: number.trim() }));
  if (contact.emails) card.emails = contact.emails.map(({ label, address }) => ({ label, address: address.trim() }));
  if (contact.handle !== undefined && !HANDLE.test(contact.handle)) {
    return reasons.handle({ handle: contact.handle });
  }
  // A contact without a name is known by what it has: its company, else its e-mail's name part, else its number.
  if (card.name) return { card: card as Partial<Card>, named: card.name, namedFrom: undefined };
  if (card.company) return { card: card as Partial<Card>, named: card.company, namedFrom: 'company' };
  const local = card.email?.slice(0, card.email.lastIndexOf('@'));
  if (local) return { card: card as Partial<Card>, named: local, namedFrom: 'e-mail' };
  if (card.phone) return { card: card as Partial<Card>, named: card.phone, namedFrom: 'phone' };
  const from = mapping.find((m) => m.field === 'name')?.from;
  return format === 'vcard' ? reasons.noNameCard : from ? reasons.noNameEmpty({ column: columnsSaid(from) }) : reasons.noNameColumn;
}

/** A field's problem as a reason: "is not an e-mail address (name@example.com): it has a space in it". */
function said(field: CardField, value: string, problem: string): string {
  const reason = problem.replace(/^\S+ /, '');
  return field === 'email' && /\S\s+\S/.test(value.trim()) ? say().reasons.hasSpace({ problem: reason }) : reason;
}

/** How many rows of the file are not valid contacts, the first few of them, and the way on. */
function refuseInvalid(invalid: Invalid[], rows: number, file: string): never {
  const SHOWN = 5;
  const m = say().refused;
  const first = invalid.slice(0, SHOWN).map((row) => `${placeSaid(row.source)}: ${row.said ?? row.reason}`);
  const more = invalid.length > SHOWN ? [m.moreInvalid({ count: invalid.length - SHOWN })] : [];
  const [only] = invalid;
  throw new UserError(
    invalid.length === 1 && only
      ? m.oneInvalid({ file: fileSaid(file), place: placeSaid(only.source), reason: only.said ?? only.reason })
      : m.invalid({ file: fileSaid(file), count: invalid.length, rows, first: placeSaid(invalid[0]?.source ?? '') }),
    2,
    invalid.length === 1 ? [] : [...first.map((line) => `  ${line}`), ...more.map((line) => `  ${line}`)],
  );
}

function checkStage(stage: string): Card['stage'] {
  const lower = stage.trim().toLowerCase();
  if (!(STAGES as readonly string[]).includes(lower)) throw new UserError(say().refused.notStage({ stage, stages: STAGES.join(', ') }));
  return lower as Card['stage'];
}

/** Commits the import, after copying the binder aside if it holds anything: an import can be large. */
async function commit(deps: Deps, change: BinderChange): Promise<{ change: ChangeRecord | null; backup: string | null }> {
  const empty = [change.creates, change.updates, change.documents, change.promises, change.complaints, change.forms].every((list) => !list || list.length === 0);
  if (empty && !change.settings) return { change: null, backup: null };
  const worthCopying = deps.store.file?.exists && ((await deps.store.dossierCount()) > 0 || Object.keys(await deps.store.storedSettings()).length > 0);
  const backup = worthCopying ? (await keptBackup(deps, 'before-import')).path : null;
  const { meanwhile: _, ...record } = await deps.store.commit(change);
  return { change: record, backup };
}

/** The file's entries (as the card writes one it has already, with `asCard`), then the card's other entries. */
function merged<T>(file: T[], card: T[], same: (a: T, b: T) => boolean, asCard: boolean): T[] {
  const fromFile = asCard ? file.map((entry) => card.find((kept) => same(kept, entry)) ?? entry) : file;
  return [...fromFile, ...card.filter((kept) => !fromFile.some((entry) => same(entry, kept)))];
}
