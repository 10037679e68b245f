// crm import of a crm JSON export, streamed: the file is read, checked and written a batch of
// dossiers at a time, so a binder of any size comes back in little memory. Still one change, all
// or nothing: every batch is written in one transaction that is committed only after the last
// dossier and the document's head were read and found sound, and rolled back at the first fault.
import { open } from 'node:fs/promises';
import type { Day } from '../binder/day.js';
import { cardChanges } from '../binder/card.js';
import { CARD_FIELDS, type Card, type NewEntry } from '../binder/dossier.js';
import { Keys } from '../binder/matching.js';
import { legacyEmails, legacyPhones } from '../binder/reach.js';
import type { ExportedDossier } from '../exchange/json.js';
import type { ChangePart } from '../store/store.js';
import { keptBackup } from './backup.js';
import type { Deps } from './deps.js';
import { managesTeam } from './scope.js';
import { cannotRead } from './import-read.js';
import { importSummary, refuseOnConflict, summaryOf, type Base, type Conflict, type ImportedDossier, type ImportInput, type ImportResult } from './import-result.js';
import type { Input } from '../io.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { exchange as english } from '../i18n/en/exchange.js';
import { fileSaid } from '../i18n/import-words.js';

const say = messages('exchange', english);

/** How many dossiers are read, checked and written at once. */
const BATCH = 500;
/** How many bytes of the file are read at once. */
const CHUNK = 1024 * 1024;

export async function importExport(input: ImportInput, file: string, base: Base, deps: Deps): Promise<ImportResult> {
  const { progress } = input;
  const { readExport } = await import('../exchange/json-read.js');
  const { store } = deps;
  // A client already here is the same handle, or (filed under another handle) the same e-mail or phone.
  const binder = new Keys(await store.contactKeys());
  const storedForms = new Map((await store.forms()).map((form) => [form.name, form.definition]));
  // Settings are the binder's own: an export's come in only where there are none to overwrite.
  const emptyBinder = binder.all.length === 0 && Object.keys(await store.storedSettings()).length === 0;
  const at = deps.now();
  // Who made each entry comes in as the export says where the binder is one person's (a file) or a
  // manager imports (the server lets a manager write another's name); a rep's import makes them theirs.
  const makers = !store.team || managesTeam(store.team);
  const historyOf = (dossier: ExportedDossier): ExportedDossier['history'] => (makers ? dossier.history : dossier.history.map(({ by: _by, for: _for, ...entry }) => entry));
  const change = input.dryRun ? null : store.changeInParts('import', at);
  const limit = input.listed ?? Infinity;
  const imported = new Listed<ImportedDossier>(limit);
  const updated = new Listed<Conflict>(limit);
  // --on-conflict fail lists every client it refuses.
  const skipped = new Listed<Conflict>(input.onConflict === 'fail' ? Infinity : limit);
  /** The dossiers here that a dossier of the export was matched with: one each. */
  const claimed = new Set<string>();
  let backup: string | null = null;
  const write = async (part: ChangePart) => {
    if (change === null || isEmpty(part)) return;
    // A binder that holds something is copied aside before the import first writes to it.
    if (backup === null && !written && store.file?.exists && !emptyBinder) backup = (await keptBackup(deps, 'before-import')).path;
    written = true;
    await change.write(part);
  };
  let written = false;
  const handlesRead = await store.handlesRead();
  const source = await openSource(input.file, deps.stdin);
  try {
    let settings: ImportResult['settings'] = 'none';
    const forms: string[] = [];
    let timed = 0;
    let exportZone: string | null = null;
    for await (const batch of readExport(source.chunks(), fileSaid(file), BATCH)) {
      const part: Required<Pick<ChangePart, 'creates' | 'updates' | 'documents' | 'promises' | 'complaints'>> = {
        creates: [],
        updates: [],
        documents: [],
        promises: [],
        complaints: [],
      };
      for (const { index, dossier } of batch.dossiers) {
        if (dossier.filedOn !== null && dossier.filedAt != null) timed++;
        const readAt = await handlesRead.firstAt(dossier.handle, index);
        if (readAt !== undefined) {
          throw new UserError(say().refused.handleTwice({ file: fileSaid(file), index, handle: dossier.handle, first: readAt }));
        }
        const source = `dossiers[${index}]`;
        const card = cardOf(dossier);
        const filed = binder.match({ handle: dossier.handle, name: dossier.name, email: dossier.email, phone: dossier.phone });
        if (!filed) {
          part.creates.push({ handle: dossier.handle, card, filedOn: dossier.filedOn, filedAt: dossier.filedAt ?? null, entries: historyOf(dossier), createdAt: dossier.createdAt });
          imported.add({ ...summaryOf(dossier.handle, card), filedOn: dossier.filedOn, closed: dossier.filedOn === null, source });
          addCase(part, dossier.handle, dossier, () => true);
          continue;
        }
        const conflict: Conflict = { source, name: dossier.name, handle: filed.keys.handle, match: filed.match, changed: [] };
        // One dossier here takes one of the export's: a second that finds it is left out.
        const first = !claimed.has(filed.keys.handle);
        claimed.add(filed.keys.handle);
        if (input.onConflict !== 'update' || !first) {
          skipped.add(conflict);
          continue;
        }
        updated.add(conflict);
        await updateFrom({ ...dossier, history: historyOf(dossier) }, card, filed.keys.handle, conflict, part, deps, at);
      }
      // --on-conflict fail imports nothing once a client is found here: read on only to list them all.
      if (!(input.onConflict === 'fail' && skipped.count > 0)) await write(part);
      progress?.({ dossiers: imported.count + updated.count + skipped.count, bytes: source.read, size: source.size });
      if (!batch.head) continue;
      const clashing = batch.head.forms.filter((form) => storedForms.has(form.name) && storedForms.get(form.name) !== JSON.stringify(form.definition));
      refuseOnConflict(input.onConflict, skipped.items, clashing.map((form) => form.name), file, skipped.count);
      const end: ChangePart = { forms: [] };
      for (const form of batch.head.forms) {
        const stored = storedForms.get(form.name);
        if (stored === undefined || (stored !== JSON.stringify(form.definition) && input.onConflict === 'update')) {
          end.forms?.push({ name: form.name, definition: JSON.stringify(form.definition), addedAt: form.addedAt });
          forms.push(form.name);
        }
      }
      settings = Object.keys(batch.head.settings).length === 0 ? 'none' : emptyBinder ? 'imported' : 'kept';
      exportZone = batch.head.settings.timezone ?? null;
      if (settings === 'imported') end.settings = batch.head.settings;
      await write(end);
    }
    // Hours are wall-clock times in the binder's zone: from another zone they mean another moment here.
    const otherZone = settings === 'kept' && timed > 0 && exportZone !== deps.settings.timezone;
    const hours = otherZone ? { hours: { count: timed, exportZone, binderZone: deps.settings.timezone } } : {};
    const result = { ...base, imported: imported.items, updated: updated.items, skipped: skipped.items, invalid: [], settings, forms, ...hours, total: { imported: imported.count, updated: updated.count, skipped: skipped.count } };
    const record = change === null ? null : await change.finish(importSummary(file, imported.count, updated.count, skipped.count));
    return { ...result, change: record, backup: record === null ? null : backup };
  } catch (error) {
    await change?.abandon();
    throw error;
  } finally {
    await source.close();
  }
}

/**
 * An update merges: the export's card and filing win; history, documents, promises and complaints
 * the binder lacks are added; nothing the binder has is taken away. Importing the same export
 * twice changes nothing the second time.
 */
async function updateFrom(dossier: ExportedDossier, card: Card, handle: string, conflict: Conflict, part: Required<Pick<ChangePart, 'updates' | 'documents' | 'promises' | 'complaints'>>, { store }: Deps, at: string): Promise<void> {
  const current = (await store.dossier(handle)) as Card & { filedOn: Day | null; filedAt: string | null };
  const known = new Set((await store.history(handle)).map(entryKey));
  const changes = cardChanges(current, card);
  const filedAt = dossier.filedOn === null ? null : (dossier.filedAt ?? null);
  const refiled = current.filedOn !== dossier.filedOn || current.filedAt !== filedAt;
  const entries: NewEntry[] = [
    ...(changes ? [{ at, kind: 'changed' as const, changes }] : []),
    ...dossier.history.filter((entry) => !known.has(entryKey(entry))),
    ...(refiled
      ? [{ at, kind: dossier.filedOn === null ? ('closed' as const) : ('filed' as const), from: current.filedOn, to: dossier.filedOn, fromAt: current.filedAt, toAt: filedAt }]
      : []),
  ];
  if (entries.length > 0) part.updates.push({ handle, card, filedOn: dossier.filedOn, filedAt, entries });
  conflict.changed = [...Object.keys(changes ?? {}), ...(refiled ? ['filedOn'] : [])];
  const documents = new Set((await store.documents(handle)).map((d) => d.name));
  const promises = new Set((await store.promises({ handle })).map((p) => `${p.what}\n${p.due}\n${p.madeAt}`));
  const complaints = new Set((await store.complaints({ handle })).map((c) => `${c.what}\n${c.due}\n${c.openedAt}`));
  addCase(part, handle, dossier, (kind, key) => !(kind === 'document' ? documents : kind === 'promise' ? promises : complaints).has(key));
}

function cardOf(dossier: ExportedDossier): Card {
  const card = Object.fromEntries(CARD_FIELDS.map((field) => [field, dossier[field]])) as unknown as Card;
  // An export from before the lists: its one number and address are them.
  return { ...card, phones: dossier.phones ?? legacyPhones(dossier.phone), emails: dossier.emails ?? legacyEmails(dossier.email) };
}

/** Adds a dossier's documents, promises and complaints to the part: those `wanted` says the binder lacks. */
function addCase(
  part: Required<Pick<ChangePart, 'documents' | 'promises' | 'complaints'>>,
  handle: string,
  dossier: ExportedDossier,
  wanted: (kind: 'document' | 'promise' | 'complaint', key: string) => boolean,
): void {
  for (const document of dossier.documents) {
    if (!wanted('document', document.name)) continue;
    const { content, ...rest } = document;
    part.documents.push({ handle, ...rest, content: content === null ? null : Buffer.from(content, 'base64') });
  }
  for (const promise of dossier.promises) {
    if (wanted('promise', `${promise.what}\n${promise.due}\n${promise.madeAt}`)) part.promises.push({ handle, ...promise });
  }
  for (const complaint of dossier.complaints) {
    if (wanted('complaint', `${complaint.what}\n${complaint.due}\n${complaint.openedAt}`)) part.complaints.push({ handle, ...complaint });
  }
}

/** An entry as it would be written twice: the same time, kind and words. */
function entryKey(entry: Pick<NewEntry, 'at' | 'kind' | 'note' | 'from' | 'to'>): string {
  return JSON.stringify([entry.at, entry.kind, entry.note ?? null, entry.from ?? null, entry.to ?? null]);
}

function isEmpty(part: ChangePart): boolean {
  return !part.settings && [part.creates, part.updates, part.documents, part.promises, part.complaints, part.forms].every((list) => !list || list.length === 0);
}

/** A list that keeps its first `limit` items and counts them all: what a result shows of a million dossiers. */
class Listed<T> {
  readonly items: T[] = [];
  count = 0;

  constructor(private readonly limit: number) {}

  add(item: T): void {
    this.count++;
    if (this.items.length < this.limit) this.items.push(item);
  }
}

/** The export's bytes, from a file or standard input, and how far they have been read. */
interface Source {
  chunks(): AsyncIterable<Uint8Array>;
  read: number;
  size: number | null;
  close(): Promise<void>;
}

async function openSource(path: string, stdin: Input): Promise<Source> {
  if (path === '-') {
    const source: Source = {
      read: 0,
      size: null,
      async *chunks() {
        for await (const chunk of stdin as AsyncIterable<Buffer>) {
          source.read += chunk.length;
          yield chunk;
        }
      },
      close: async () => {},
    };
    return source;
  }
  let handle;
  let size: number;
  try {
    handle = await open(path, 'r');
    size = (await handle.stat()).size;
  } catch (error) {
    await handle?.close();
    throw cannotRead(path, error);
  }
  const source: Source = {
    read: 0,
    size,
    async *chunks() {
      for (;;) {
        let bytesRead: number;
        const buffer = Buffer.allocUnsafe(CHUNK);
        try {
          ({ bytesRead } = await handle.read(buffer, 0, CHUNK, null));
        } catch (error) {
          throw cannotRead(path, error);
        }
        if (bytesRead === 0) return;
        source.read += bytesRead;
        yield buffer.subarray(0, bytesRead);
      }
    },
    close: () => handle.close(),
  };
  return source;
}
