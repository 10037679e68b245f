import type { TodayResult } from '../commands/today.js';
import { cardLines } from './card.js';
import { longDay, paint, plural, shortDay } from './style.js';

export function renderToday(result: TodayResult): string {
  const { date, stack, overdue } = result;
  if (stack.length === 0) {
    const next = result.next ? ` Next up: ${plural(result.next.count, 'dossier')} on ${shortDay(result.next.day, date)}.` : '';
    return `${paint.bold(longDay(date))}: nothing in today's stack. A clear desk.${next}\n`;
  }
  const due = stack.length - overdue;
  const counts = [overdue > 0 && paint.red(`${overdue} overdue`), due > 0 && `${due} due today`].filter(Boolean).join(', ');
  let header = `${paint.bold(longDay(date))} · ${paint.bold(plural(stack.length, 'dossier'))} in today's stack (${counts})`;
  if (result.capacity !== null) {
    header += result.overCapacity > 0
      ? ` · ${paint.red.bold(`${result.overCapacity} over`)} the capacity of ${result.capacity}`
      : paint.dim(` · capacity ${result.capacity}`);
  }
  const numberWidth = String(stack.length).length;
  const cards = stack.map((dossier, i) => cardLines(dossier, date, String(i + 1).padStart(numberWidth)).join('\n'));
  const hint = result.overCapacity > 0 ? `\n\n${paint.dim('Too much for one day? crm postpone --auto proposes what to move, or crm postpone to choose.')}` : '';
  return `${header}\n\n${cards.join('\n\n')}${hint}\n`;
}
