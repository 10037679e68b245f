// The ring at a glance (crm binder).
import { displayWidth, padCells } from '../binder/width.js';
import type { BinderResult } from '../commands/binder.js';
import { messages } from '../i18n/catalogue.js';
import { binder as english } from '../i18n/en/binder.js';
import { longDay, monthTitle, numeral, paint } from './style.js';

const say = messages('binder', english);

/** The longest bar, in blocks: one block a dossier while the fullest day fits. */
const BAR = 30;

export function renderBinder(result: BinderResult): string {
  const { today, days, months, later, capacity } = result;
  const perBlock = Math.max(1, Math.ceil(Math.max(capacity ?? 0, ...days.map((d) => d.count)) / BAR));
  const bar = (count: number) => {
    const text = '█'.repeat(Math.ceil(count / perBlock));
    return capacity !== null && count > capacity ? paint.red(text) : paint.green(text);
  };
  const m = say();
  const count = (n: number) => (n === 0 ? paint.dim('  ·') : numeral(n).padStart(3));
  const dayLabel = (day: (typeof days)[number]) => (result.dividers === 'dated' ? longDay(day.date) : `${numeral(day.divider).padStart(2)}  ${longDay(day.date)}`);
  // The labels' column: 21 cells, or wider where the language's dates are longer.
  const column = Math.max(21, ...days.map((day) => displayWidth(dayLabel(day)) + 1));

  const lines = [
    `${paint.bold(m.title)} · ${longDay(today.date)}${capacity !== null ? paint.dim(` · ${m.capacity({ capacity })}`) : ''}`,
    '',
    `${paint.bold(padCells(m.today, column + 2))}${count(today.count)}  ${today.overdue > 0 ? paint.red(m.overdue({ count: today.overdue })) : ''}`.trimEnd(),
    '',
    paint.bold(result.dividers === 'dated' ? m.datedDividers : m.dayDividers),
  ];
  for (const day of days) {
    const line = `  ${padCells(dayLabel(day), column)}${count(day.count)}  ${bar(day.count)}`;
    // Said in words, not only dimmed: without colour (cron mail) a day off with dossiers filed on
    // it (--exact) would read as a working day.
    lines.push(day.workingDay ? line.trimEnd() : paint.dim(`${line.trimEnd()}${day.count === 0 ? '   ' : '  '}${m.dayOff}`));
  }
  lines.push('', paint.bold(m.monthDividers));
  months.forEach((month, i) => {
    // The first month divider holds only the dates past the ring: say which.
    const note = i === 0 ? paint.dim(` ${m.from({ day: longDay(result.monthsFrom) })}`) : '';
    lines.push(`  ${padCells(monthTitle(month.month, month.calendar), column)}${count(month.count)}${note}`);
  });
  if (later.length > 0) {
    lines.push('', paint.bold(m.later));
    for (const year of later) lines.push(`  ${padCells(numeral(year.year), column)}${count(year.count)}`);
  }
  const filed = today.count + days.reduce((n, d) => n + d.count, 0) + months.reduce((n, m) => n + m.count, 0) + later.reduce((n, y) => n + y.count, 0);
  lines.push('', paint.dim(m.filed({ count: filed })));
  return `${lines.join('\n')}\n`;
}
