// crm export and crm ics: the binder out, whole (JSON), as a spreadsheet (CSV), as contacts
// (vCard), or as a calendar of the ring (iCalendar). Read a batch of dossiers at a time.
import { CONVERSATION_KINDS, type ConversationKind, type Dossier } from '../binder/dossier.js';
import { writeWhole, type Output } from '../exchange/output.js';
import type { Sink } from '../sink.js';
import type { DossierRecord } from '../store/store.js';
import type { Deps } from './deps.js';

export type ExportFormat = 'json' | 'csv' | 'vcard';

export interface ExportResult {
  /** The file written; undefined when the export went to standard output. */
  output: string | undefined;
  count: number;
}

/** How many dossiers are read (and held) at once. */
const BATCH = 500;

/** Writes the export to `input.output`, or to `stdout` as it is made, waiting whenever the reader is behind. */
export async function exportBinder(input: { format: ExportFormat; output?: string }, deps: Deps, stdout: Sink): Promise<ExportResult> {
  const count = await writeWhole(input.output, stdout, (output) => writeExport(input.format, output, deps));
  return { output: input.output, count };
}

async function writeExport(format: ExportFormat, output: Output, deps: Deps): Promise<number> {
  const { store } = deps;
  let count = 0;
  if (format === 'json') {
    const { exportStart, exportDossier, exportEnd } = await import('../exchange/json.js');
    await output.write(exportStart(await store.storedSettings(), await store.forms()));
    for await (const records of store.dossierRecords(BATCH)) {
      for (const record of records) await output.write(exportDossier(record, count++ === 0));
    }
    await output.write(exportEnd(count === 0));
    return count;
  }
  const write =
    format === 'csv'
      ? await import('../exchange/csv.js').then(({ dossiersCsv }) => (dossiers: Dossier[], first: boolean) => dossiersCsv(dossiers, first))
      : await import('../exchange/vcard.js').then(({ dossierVcards }) => (dossiers: Dossier[]) => dossierVcards(dossiers));
  for await (const records of store.dossierRecords(BATCH)) {
    await output.write(write(records.map(asDossier), count === 0));
    count += records.length;
  }
  // A CSV file has its header even when there is nothing under it.
  if (count === 0 && format === 'csv') await output.write(write([], true));
  return count;
}

/** The dossier as the card shows it, from its full record: the last conversation and the latest offer. */
export function asDossier(record: DossierRecord): Dossier {
  const conversation = record.history.findLast((entry) => (CONVERSATION_KINDS as readonly string[]).includes(entry.kind));
  return {
    handle: record.handle,
    ...record.card,
    filedOn: record.filedOn,
    filedAt: record.filedAt,
    createdAt: record.createdAt,
    lastContact: conversation?.at ?? null,
    lastKind: (conversation?.kind as ConversationKind | undefined) ?? null,
    lastNote: conversation?.note ?? null,
    lastOutcome: conversation?.outcome ?? null,
    offer: record.history.findLast((entry) => entry.offer !== null)?.offer ?? null,
  };
}

/** What crm ics is asked for: where to write, and how to write the hours. */
export interface CalendarRequest {
  output?: string;
  /** Timed events in UTC rather than in the binder's zone with its VTIMEZONE. */
  utc?: boolean;
  /** An alarm this many minutes before each timed event. */
  alarmMinutes?: number;
}

/** crm ics: a calendar entry per filed dossier and per open promise. */
export async function writeCalendar(input: CalendarRequest, deps: Deps, stdout: Sink): Promise<ExportResult> {
  const { binderCalendar } = await import('../exchange/ics.js');
  const dossiers = await deps.store.filedBetween('0000-01-01', '9999-12-31');
  const promises = await deps.store.promises({ open: true });
  const calendar = binderCalendar({
    dossiers,
    promises,
    stamp: new Date(deps.now()).toISOString().replace(/\.\d+Z$/, 'Z'),
    today: deps.today,
    zone: deps.zone,
    ...(input.utc === true && { utc: true }),
    ...(input.alarmMinutes !== undefined && { alarmMinutes: input.alarmMinutes }),
  });
  await writeWhole(input.output, stdout, (output) => output.write(calendar));
  return { output: input.output, count: dossiers.length + promises.length };
}
