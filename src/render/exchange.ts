// What crm import did (or, on --dry-run, would do): the column matching, the new dossiers and
// where they are filed, the clients already in the binder, the duplicates left out. And what
// crm export and crm ics wrote to a file.
import type { Day } from '../binder/day.js';
import type { ExportFormat, ExportResult } from '../commands/export.js';
import type { ImportedDossier, ImportResult } from '../commands/import-result.js';
import { messages } from '../i18n/catalogue.js';
import { exchange as english } from '../i18n/en/exchange.js';
import { columnsSaid, fileSaid, notReadSaid, placeSaid, sameSaid } from '../i18n/import-words.js';
import { currentLanguage, type Language } from '../i18n/language.js';
import { padCells } from '../binder/width.js';
import { columns } from './columns.js';
import { isolated, longDay, paint, safe, shortDay } from './style.js';

const say = messages('exchange', english);

/** The locale a language groups the digits of a large number in; the pseudo-language as English. */
const numbersOf = (language: Language) => (language === 'qps' ? 'en' : language);

/** How many new dossiers a preview lists before it says "and N more"; an import need keep no more. */
export const LISTED = 50;

export function renderImport(result: ImportResult, today: Day): string {
  const m = say().report;
  const lines: string[] = [];
  const { imported, updated, skipped, duplicates, total } = result;
  const file = isolated(fileSaid(result.file));
  const parts = [
    result.dryRun ? m.wouldImport({ count: total.imported, file }) : m.imported({ count: total.imported, file }),
    total.updated > 0 && (result.dryRun ? m.wouldUpdate({ count: total.updated }) : m.updated({ count: total.updated })),
    total.skipped > 0 && m.leftAsTheyAre({ count: total.skipped }),
    duplicates.length > 0 && m.duplicatesLeftOut({ count: duplicates.length }),
    result.invalid.length > 0 && (result.dryRun ? m.invalidWouldBeSkipped({ count: result.invalid.length }) : m.invalidSkipped({ count: result.invalid.length })),
  ].filter((part): part is string => typeof part === 'string');
  lines.push(`${paint.bold(m.summary({ parts }))}${m.stop}`);
  if (result.dryRun) lines.push(paint.yellow(m.dryRun));
  if (result.filing?.shifted) lines.push(paint.yellow(m.dayOff({ named: longDay(result.filing.named), day: longDay(result.filing.day) })));

  if (result.mapping.length > 0) {
    lines.push('', paint.bold(m.columnsRead), ...result.mapping.map((c) => `  ${m.columnRead({ field: padCells(c.field, 13), from: columnsSaid(c.from, isolated) })}`));
    if (result.unmapped.length > 0) lines.push(paint.dim(`  ${m.notRead({ columns: result.unmapped.map((c) => notReadSaid(c, isolated)) })}`));
  }
  if (result.settings === 'imported') lines.push('', m.settingsImported);
  if (result.settings === 'kept') lines.push('', m.settingsKept);
  if (result.hours) {
    const { count, exportZone, binderZone } = result.hours;
    lines.push(paint.yellow(m.hours({ count, from: exportZone ?? m.systemZone, here: binderZone ?? m.systemZone })));
  }
  if (result.forms.length > 0) lines.push(m.forms({ forms: result.forms.map((f) => isolated(f)) }));

  if (imported.length > 0) {
    // crm's own columns, as crm find lays them out: one width of text for every table. Every number
    // and address the contact holds, the primary first, each with its label after it.
    const labelled = (list: { label: string; value: string }[] | undefined, primary: string | null) =>
      list && list.length > 1 ? list.map(({ label, value }) => `${isolated(value)} ${paint.dim(label)}`).join(', ') : isolated(primary ?? '');
    const rows = imported.slice(0, LISTED).map((d) => [
      paint.cyan(isolated(d.handle)),
      d.namedFrom ? `${isolated(d.name)} ${paint.dim(m.noName({ from: namedSaid(d.namedFrom) }))}` : isolated(d.name),
      isolated(d.company ?? ''),
      labelled(d.phones?.map(({ label, number }) => ({ label, value: number })), d.phone),
      labelled(d.emails?.map(({ label, address }) => ({ label, value: address })), d.email),
      d.closed ? paint.dim(m.closed) : d.filedOn ? shortDay(d.filedOn, today) : paint.yellow(m.needsFiling),
      paint.dim(placeSaid(d.source)),
    ]);
    const h = m.headings;
    lines.push('', columns([h.handle, h.name, h.company, h.phone, h.email, h.filedOn, h.from], rows));
    if (total.imported > LISTED) lines.push(paint.dim(m.andMoreListed({ count: total.imported - LISTED })));
  }
  const conflicts = updated.length > 0 ? updated : skipped;
  const conflictCount = updated.length > 0 ? total.updated : total.skipped;
  if (conflicts.length > 0) {
    lines.push('', paint.bold(updated.length > 0 ? m.alreadyUpdated : m.alreadyLeft));
    for (const c of conflicts.slice(0, LISTED)) {
      const changed = updated.length > 0 ? (c.changed.length > 0 ? m.changed({ fields: c.changed }) : m.nothingDiffered) : '';
      const said = m.isFiled({ name: isolated(c.name), handle: paint.cyan(isolated(c.handle)), same: sameSaid(c.match) });
      lines.push(`  ${paint.dim(padCells(isolated(placeSaid(c.source)), 12))} ${said}${changed}`);
    }
    if (conflictCount > LISTED) lines.push(paint.dim(`  ${m.andMore({ count: conflictCount - LISTED })}`));
  }
  if (result.invalid.length > 0) {
    lines.push('', paint.bold(result.dryRun ? m.invalidWouldBeSkippedTitle : m.invalidSkippedTitle));
    // Every one: the user fixes them in the file, and needs each line.
    for (const row of result.invalid) lines.push(`  ${paint.dim(padCells(placeSaid(row.source), 12))} ${isolated(row.said ?? row.reason)}`);
  }
  if (duplicates.length > 0) {
    lines.push('', paint.bold(m.duplicatesTitle));
    for (const d of duplicates.slice(0, LISTED)) {
      lines.push(`  ${paint.dim(padCells(isolated(placeSaid(d.source)), 12))} ${m.repeats({ name: isolated(d.name), of: placeSaid(d.of), same: sameSaid(d.match) })}`);
    }
    if (duplicates.length > LISTED) lines.push(paint.dim(`  ${m.andMore({ count: duplicates.length - LISTED })}`));
  }
  if (result.change) lines.push('', paint.dim(m.oneChange));
  if (result.backup) lines.push(paint.dim(m.backup({ path: result.backup })));
  return `${lines.join('\n')}\n`;
}

/** What a contact without a name was named by, in the run's language. */
function namedSaid(from: NonNullable<ImportedDossier['namedFrom']>): string {
  const named = say().words.named;
  return from === 'e-mail' ? named.email : named[from];
}

/** crm export -o: what was written where; nothing when the export went to standard output. */
export function renderExported(result: ExportResult, format: ExportFormat): string {
  return result.output ? `${say().exported({ count: result.count, path: result.output, format })}\n` : '';
}

/** crm ics -o: how many entries were written where; nothing when the calendar went to standard output. */
export function renderCalendarWritten(result: ExportResult): string {
  return result.output ? `${say().calendarWritten({ count: result.count, path: result.output })}\n` : '';
}

/** Waits this long before showing progress: a short import shows none. */
const PROGRESS_AFTER = 500;
/** Redraws at most this often. */
const PROGRESS_EVERY = 200;

/**
 * A progress line for a long import on the terminal (stderr), redrawn in place:
 * "Importing binder.json: 412,500 dossiers read (41%)". `clear` removes it.
 */
export function importProgress(file: string, stderr: NodeJS.WritableStream, now: () => number = Date.now): { update: (read: { dossiers: number; bytes: number; size: number | null }) => void; clear: () => void } {
  const start = now();
  let last = 0;
  let shown = false;
  return {
    update: ({ dossiers, bytes, size }) => {
      const at = now();
      if (at - start < PROGRESS_AFTER || at - last < PROGRESS_EVERY) return;
      last = at;
      shown = true;
      const m = say();
      // The count as the language groups its digits ('412,500', '412 500', '۴۱۲٬۵۰۰').
      const said = { file: safe(fileSaid(file)), count: dossiers, read: dossiers.toLocaleString(numbersOf(currentLanguage())) };
      const line = size ? m.progressShare({ ...said, percent: Math.min(100, Math.floor((bytes / size) * 100)) }) : m.progress(said);
      stderr.write(`\r\x1b[2K${line}`);
    },
    clear: () => {
      if (shown) stderr.write('\r\x1b[2K');
    },
  };
}
