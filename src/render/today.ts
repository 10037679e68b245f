import { SOON_MINUTES } from '../binder/due.js';
import type { TodayResult } from '../commands/today.js';
import { cardLines } from './card.js';
import { isolated, longDay, paint, plural, shortDay } from './style.js';

export function renderToday(result: TodayResult): string {
  const { date, stack, overdue } = result;
  const commitments = commitmentLines(result);
  if (stack.length === 0) {
    const next = result.next ? ` Next up: ${plural(result.next.count, 'dossier')} on ${shortDay(result.next.day, date)}.` : '';
    return `${paint.bold(longDay(date))}: nothing in today's stack. A clear desk.${next}\n${commitments}`;
  }
  const due = stack.length - overdue;
  const past = stack.filter((dossier) => dossier.due === 'past').length;
  const soon = stack.filter((dossier) => dossier.due === 'soon').length;
  const counts = [
    overdue > 0 && paint.red(`${overdue} overdue`),
    due > 0 && `${due} due today`,
    past > 0 && paint.red(`${past} past ${past === 1 ? 'its hour' : 'their hours'}`),
    soon > 0 && paint.yellow(`${soon} within ${SOON_MINUTES} min`),
  ]
    .filter(Boolean)
    .join(', ');
  let header = `${paint.bold(longDay(date))} · ${paint.bold(plural(stack.length, 'dossier'))} in today's stack (${counts})`;
  if (result.capacity !== null) {
    header += result.overCapacity > 0
      ? ` · ${paint.red.bold(`${result.overCapacity} over`)} the capacity of ${result.capacity}`
      : paint.dim(` · capacity ${result.capacity}`);
  }
  const numberWidth = String(stack.length).length;
  const cards = stack.map((dossier, i) => cardLines(dossier, date, String(i + 1).padStart(numberWidth), result.names, result.login).join('\n'));
  const hint = result.overCapacity > 0 ? `\n\n${paint.dim('Too much for one day? crm postpone --auto proposes what to move, or crm postpone to choose.')}` : '';
  return `${header}\n${commitments}\n${cards.join('\n\n')}${hint}\n`;
}

/** Promises due or broken, and open complaints: kept in view whatever day their dossier is on. */
function commitmentLines(result: TodayResult): string {
  const lines: string[] = [];
  for (const p of result.promises) {
    const state = p.status === 'broken' ? paint.red.bold(`broken: due ${shortDay(p.due, result.date)}`) : paint.yellow('due today');
    lines.push(`  ${paint.dim(`#${p.id}`)} ${p.theirs ? 'they promised' : 'we promised'} ${paint.cyan(isolated(p.handle))}: ${isolated(p.what)}  ${state}`);
  }
  for (const c of result.complaints) {
    const state = c.late ? paint.red.bold(`late: target ${shortDay(c.due, result.date)}`) : `target ${shortDay(c.due, result.date)}`;
    lines.push(`  ${paint.dim(`#${c.id}`)} complaint ${paint.cyan(isolated(c.handle))}: ${isolated(c.what)}  ${state}`);
  }
  return lines.length === 0 ? '' : `\n${paint.bold('Promises and complaints')}\n${lines.join('\n')}\n`;
}
