// What crm import did (or, on --dry-run, would do): the column matching, the new dossiers and
// where they are filed, the clients already in the binder, the duplicates left out. And what
// crm export and crm ics wrote to a file.
import type { Day } from '../binder/day.js';
import type { ExportFormat, ExportResult } from '../commands/export.js';
import type { ImportResult } from '../commands/import-result.js';
import { messages } from '../i18n/catalogue.js';
import { exchange as english } from '../i18n/en/exchange.js';
import { currentLanguage, type Language } from '../i18n/language.js';
import { padCells } from '../binder/width.js';
import { columns } from './columns.js';
import { isolated, longDay, paint, plural, safe, shortDay } from './style.js';

const say = messages('exchange', english);

/** The locale a language groups the digits of a large number in; the pseudo-language as English. */
const numbersOf = (language: Language) => (language === 'qps' ? 'en' : language);

/** How many new dossiers a preview lists before it says "and N more"; an import need keep no more. */
export const LISTED = 50;

export function renderImport(result: ImportResult, today: Day): string {
  const lines: string[] = [];
  const { imported, updated, skipped, duplicates, total } = result;
  const verb = result.dryRun ? 'Would import' : 'Imported';
  const parts = [
    `${verb} ${plural(total.imported, 'new dossier')} from ${isolated(result.file)}`,
    total.updated > 0 && `${result.dryRun ? 'would update' : 'updated'} ${total.updated}`,
    total.skipped > 0 && `${plural(total.skipped, 'client')} already in the binder left as ${total.skipped === 1 ? 'it is' : 'they are'}`,
    duplicates.length > 0 && `${plural(duplicates.length, 'duplicate')} in the file left out`,
    result.invalid.length > 0 && `${plural(result.invalid.length, 'row')} not valid ${result.dryRun ? 'would be skipped' : 'skipped'}`,
  ].filter(Boolean);
  lines.push(`${paint.bold(parts.join(', '))}.`);
  if (result.dryRun) lines.push(paint.yellow('Dry run: nothing was written.'));
  if (result.filing?.shifted) lines.push(paint.yellow(`${longDay(result.filing.named)} is a day off; filed on the next working day, ${longDay(result.filing.day)}.`));

  if (result.mapping.length > 0) {
    lines.push('', paint.bold('Columns read:'), ...result.mapping.map((m) => `  ${padCells(m.field, 13)} ← ${isolated(m.from)}`));
    if (result.unmapped.length > 0) lines.push(paint.dim(`  not read: ${result.unmapped.map((c) => isolated(c)).join(', ')}`));
  }
  if (result.settings === 'imported') lines.push('', "The export's settings were imported.");
  if (result.settings === 'kept') lines.push('', "The binder's own settings were kept; the export's were not imported (crm config to change them).");
  if (result.hours) {
    const { count, exportZone, binderZone } = result.hours;
    const zone = (name: string | null) => name ?? "the system's time zone";
    lines.push(
      paint.yellow(
        `${count === 1 ? '1 filing has an hour' : `${count} filings have hours`} of the export's ${zone(exportZone)}: here ${count === 1 ? 'it keeps its' : 'they keep their'} wall-clock time in ${zone(binderZone)}, another moment if the two differ (crm config timezone).`,
      ),
    );
  }
  if (result.forms.length > 0) lines.push(`Forms: ${result.forms.map((f) => isolated(f)).join(', ')}.`);

  if (imported.length > 0) {
    // crm's own columns, as crm find lays them out: one width of text for every table. Every number
    // and address the contact holds, the primary first, each with its label after it.
    const labelled = (list: { label: string; value: string }[] | undefined, primary: string | null) =>
      list && list.length > 1 ? list.map(({ label, value }) => `${isolated(value)} ${paint.dim(label)}`).join(', ') : isolated(primary ?? '');
    const rows = imported.slice(0, LISTED).map((d) => [
      paint.cyan(isolated(d.handle)),
      d.namedFrom ? `${isolated(d.name)} ${paint.dim(`(no name; from ${d.namedFrom})`)}` : isolated(d.name),
      isolated(d.company ?? ''),
      labelled(d.phones?.map(({ label, number }) => ({ label, value: number })), d.phone),
      labelled(d.emails?.map(({ label, address }) => ({ label, value: address })), d.email),
      d.closed ? paint.dim('closed') : d.filedOn ? shortDay(d.filedOn, today) : paint.yellow('needs --file-on or --spread'),
      paint.dim(d.source),
    ]);
    lines.push('', columns(['handle', 'name', 'company', 'phone', 'e-mail', 'filed on', 'from'], rows));
    if (total.imported > LISTED) lines.push(paint.dim(`... and ${total.imported - LISTED} more (--json lists them all)`));
  }
  const conflicts = updated.length > 0 ? updated : skipped;
  const conflictCount = updated.length > 0 ? total.updated : total.skipped;
  if (conflicts.length > 0) {
    const what = updated.length > 0 ? 'updated' : 'left as they are; --on-conflict update to update them';
    lines.push('', paint.bold(`Already in the binder (${what}):`));
    for (const c of conflicts.slice(0, LISTED)) {
      const changed = updated.length > 0 ? (c.changed.length > 0 ? `: ${c.changed.join(', ')}` : ': nothing differed') : '';
      lines.push(`  ${paint.dim(padCells(isolated(c.source), 12))} ${isolated(c.name)} is ${paint.cyan(isolated(c.handle))} (same ${c.match})${changed}`);
    }
    if (conflictCount > LISTED) lines.push(paint.dim(`  ... and ${conflictCount - LISTED} more`));
  }
  if (result.invalid.length > 0) {
    lines.push('', paint.bold(`Not valid (${result.dryRun ? 'would be skipped' : 'skipped'}):`));
    // Every one: the user fixes them in the file, and needs each line.
    for (const row of result.invalid) lines.push(`  ${paint.dim(padCells(row.source, 12))} ${isolated(row.reason)}`);
  }
  if (duplicates.length > 0) {
    lines.push('', paint.bold('Duplicates in the file (left out):'));
    for (const d of duplicates.slice(0, LISTED)) lines.push(`  ${paint.dim(padCells(isolated(d.source), 12))} ${isolated(d.name)} repeats ${d.of} (same ${d.match})`);
    if (duplicates.length > LISTED) lines.push(paint.dim(`  ... and ${duplicates.length - LISTED} more`));
  }
  if (result.change) lines.push('', paint.dim('One change: crm undo takes the whole import back.'));
  if (result.backup) lines.push(paint.dim(`The binder as it was is in ${result.backup}.`));
  return `${lines.join('\n')}\n`;
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
      const said = { file: safe(file), count: dossiers, read: dossiers.toLocaleString(numbersOf(currentLanguage())) };
      const line = size ? m.progressShare({ ...said, percent: Math.min(100, Math.floor((bytes / size) * 100)) }) : m.progress(said);
      stderr.write(`\r\x1b[2K${line}`);
    },
    clear: () => {
      if (shown) stderr.write('\r\x1b[2K');
    },
  };
}
