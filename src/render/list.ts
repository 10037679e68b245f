// Lists of dossiers: crm open and crm find.
import type { Day } from '../binder/day.js';
import type { FindResult } from '../commands/find.js';
import type { OpenResult } from '../commands/open.js';
import type { DossierView } from '../commands/stack.js';
import { columns } from './columns.js';
import { longDay, monthName, oneLine, paint, plural, priorityBadge, safe, shortDay } from './style.js';

export function renderOpen(result: OpenResult, today: Day): string {
  const title =
    result.divider === 'month'
      ? `Behind ${monthName(result.month ?? result.from)} ${result.from.slice(0, 4)}` +
        (result.from <= result.to ? paint.dim(` (${shortDay(result.from, today)} to ${shortDay(result.to, today)})`) : '')
      : `Filed on ${longDay(result.from)}`;
  if (result.divider === 'month' && result.from > result.to) {
    return `${title}: nothing; all of that month is still behind the day dividers (crm binder).\n`;
  }
  if (result.dossiers.length === 0) return `${title}: nothing filed.\n`;
  return `${paint.bold(title)}: ${plural(result.dossiers.length, 'dossier')}\n${table(result.dossiers, today)}\n`;
}

export function renderFind(result: FindResult, today: Day): string {
  if (result.dossiers.length === 0) return `Nothing matches "${safe(result.text)}".\n`;
  const more = result.more ? paint.dim(`\nOnly the first ${result.dossiers.length} are listed; search for more of the text.`) : '';
  const count = result.dossiers.length;
  return `${paint.bold(plural(count, 'dossier'))} ${count === 1 ? 'matches' : 'match'} "${safe(result.text)}"\n${table(result.dossiers, today)}${more}\n`;
}

function table(dossiers: DossierView[], today: Day): string {
  return columns(
    ['', 'handle', 'name', 'company', 'phone', 'filed on', 'last'],
    dossiers.map((d) => [
      priorityBadge(d.priority),
      paint.cyan(safe(d.handle)),
      safe(d.name),
      safe(d.company ?? ''),
      safe(d.phone ?? ''),
      d.filedOn ? shortDay(d.filedOn, today) + (d.overdueDays > 0 ? paint.red(` (${d.overdueDays}d late)`) : '') : paint.dim('closed'),
      d.lastNote ? oneLine(d.lastNote, 30) : '',
    ]),
  );
}
