// What crm import did (or, on --dry-run, would do): the column matching, the new dossiers and
// where they are filed, the clients already in the binder, the duplicates left out.
import type { Day } from '../binder/day.js';
import type { ImportResult } from '../commands/import.js';
import { columns, padCells } from './columns.js';
import { longDay, paint, plural, safe, shortDay } from './style.js';

/** How many new dossiers a preview lists before it says "and N more". */
const LISTED = 50;

export function renderImport(result: ImportResult, today: Day): string {
  const lines: string[] = [];
  const { imported, updated, skipped, duplicates } = result;
  const verb = result.dryRun ? 'Would import' : 'Imported';
  const parts = [
    `${verb} ${plural(imported.length, 'new dossier')} from ${safe(result.file)}`,
    updated.length > 0 && `${result.dryRun ? 'would update' : 'updated'} ${updated.length}`,
    skipped.length > 0 && `${plural(skipped.length, 'client')} already in the binder left as ${skipped.length === 1 ? 'it is' : 'they are'}`,
    duplicates.length > 0 && `${plural(duplicates.length, 'duplicate')} in the file left out`,
  ].filter(Boolean);
  lines.push(`${paint.bold(parts.join(', '))}.`);
  if (result.dryRun) lines.push(paint.yellow('Dry run: nothing was written.'));
  if (result.filing?.shifted) lines.push(paint.yellow(`${longDay(result.filing.named)} is a day off; filed on the next working day, ${longDay(result.filing.day)}.`));

  if (result.mapping.length > 0) {
    lines.push('', paint.bold('Columns read:'), ...result.mapping.map((m) => `  ${padCells(m.field, 13)} ← ${safe(m.from)}`));
    if (result.unmapped.length > 0) lines.push(paint.dim(`  not read: ${result.unmapped.map((c) => safe(c)).join(', ')}`));
  }
  if (result.settings === 'imported') lines.push('', "The export's settings were imported.");
  if (result.settings === 'kept') lines.push('', "The binder's own settings were kept; the export's were not imported (crm config to change them).");
  if (result.forms.length > 0) lines.push(`Forms: ${result.forms.map((f) => safe(f)).join(', ')}.`);

  if (imported.length > 0) {
    // crm's own columns, as crm find lays them out: one width of text for every table.
    const rows = imported.slice(0, LISTED).map((d) => [
      paint.cyan(safe(d.handle)),
      safe(d.name),
      safe(d.company ?? ''),
      safe(d.phone ?? ''),
      safe(d.email ?? ''),
      d.closed ? paint.dim('closed') : d.filedOn ? shortDay(d.filedOn, today) : paint.yellow('needs --file-on or --spread'),
      paint.dim(d.source),
    ]);
    lines.push('', columns(['handle', 'name', 'company', 'phone', 'e-mail', 'filed on', 'from'], rows));
    if (imported.length > LISTED) lines.push(paint.dim(`... and ${imported.length - LISTED} more (--json lists them all)`));
  }
  const conflicts = updated.length > 0 ? updated : skipped;
  if (conflicts.length > 0) {
    const what = updated.length > 0 ? 'updated' : 'left as they are; --on-conflict update to update them';
    lines.push('', paint.bold(`Already in the binder (${what}):`));
    for (const c of conflicts.slice(0, LISTED)) {
      const changed = updated.length > 0 ? (c.changed.length > 0 ? `: ${c.changed.join(', ')}` : ': nothing differed') : '';
      lines.push(`  ${paint.dim(padCells(safe(c.source), 12))} ${safe(c.name)} is ${paint.cyan(safe(c.handle))} (same ${c.match})${changed}`);
    }
    if (conflicts.length > LISTED) lines.push(paint.dim(`  ... and ${conflicts.length - LISTED} more`));
  }
  if (duplicates.length > 0) {
    lines.push('', paint.bold('Duplicates in the file (left out):'));
    for (const d of duplicates.slice(0, LISTED)) lines.push(`  ${paint.dim(padCells(safe(d.source), 12))} ${safe(d.name)} repeats ${d.of} (same ${d.match})`);
    if (duplicates.length > LISTED) lines.push(paint.dim(`  ... and ${duplicates.length - LISTED} more`));
  }
  if (result.change) lines.push('', paint.dim('One change: crm undo takes the whole import back.'));
  if (result.backup) lines.push(paint.dim(`The binder as it was is in ${result.backup}.`));
  return `${lines.join('\n')}\n`;
}
