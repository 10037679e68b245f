// The ring at a glance (crm binder).
import { padCells } from '../binder/width.js';
import type { BinderResult } from '../commands/binder.js';
import { longDay, monthTitle, numeral, paint, plural } from './style.js';

/** The longest bar, in blocks: one block a dossier while the fullest day fits. */
const BAR = 30;

export function renderBinder(result: BinderResult): string {
  const { today, days, months, later, capacity } = result;
  const perBlock = Math.max(1, Math.ceil(Math.max(capacity ?? 0, ...days.map((d) => d.count)) / BAR));
  const bar = (count: number) => {
    const text = '█'.repeat(Math.ceil(count / perBlock));
    return capacity !== null && count > capacity ? paint.red(text) : paint.green(text);
  };
  const count = (n: number) => (n === 0 ? paint.dim('  ·') : String(n).padStart(3));

  const lines = [
    `${paint.bold('The binder')} · ${longDay(today.date)}${capacity !== null ? paint.dim(` · capacity ${capacity} a day`) : ''}`,
    '',
    `${paint.bold(padCells('Today', 23))}${count(today.count)}  ${today.overdue > 0 ? paint.red(`(${today.overdue} overdue)`) : ''}`.trimEnd(),
    '',
    paint.bold(result.dividers === 'dated' ? 'Dated dividers' : 'Day dividers'),
  ];
  for (const day of days) {
    const label = result.dividers === 'dated' ? longDay(day.date) : `${numeral(day.divider).padStart(2)}  ${longDay(day.date)}`;
    const line = `  ${padCells(label, 21)}${count(day.count)}  ${bar(day.count)}`;
    // Said in words, not only dimmed: without colour (cron mail) a day off with dossiers filed on
    // it (--exact) would read as a working day.
    lines.push(day.workingDay ? line.trimEnd() : paint.dim(`${line.trimEnd()}${day.count === 0 ? '   day off' : '  day off'}`));
  }
  lines.push('', paint.bold('Month dividers'));
  months.forEach((month, i) => {
    // The first month divider holds only the dates past the ring: say which.
    const note = i === 0 ? paint.dim(` from ${longDay(result.monthsFrom)}`) : '';
    lines.push(`  ${padCells(monthTitle(month.month, month.calendar), 21)}${count(month.count)}${note}`);
  });
  if (later.length > 0) {
    lines.push('', paint.bold('Later'));
    for (const year of later) lines.push(`  ${padCells(numeral(year.year), 21)}${count(year.count)}`);
  }
  const filed = today.count + days.reduce((n, d) => n + d.count, 0) + months.reduce((n, m) => n + m.count, 0) + later.reduce((n, y) => n + y.count, 0);
  lines.push('', paint.dim(`${plural(filed, 'dossier')} filed.`));
  return `${lines.join('\n')}\n`;
}
