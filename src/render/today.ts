import { SOON_MINUTES } from '../binder/due.js';
import type { TodayResult } from '../commands/today.js';
import { messages } from '../i18n/catalogue.js';
import { today as english } from '../i18n/en/today.js';
import { cardLines } from './card.js';
import { onTerminal, promiseWhat } from './stored.js';
import { isolated, longDay, paint, shortDay } from './style.js';

const say = messages('today', english);

export function renderToday(result: TodayResult): string {
  const { date, stack, overdue } = result;
  const m = say();
  const commitments = commitmentLines(result);
  if (stack.length === 0) {
    const next = result.next ? ` ${m.nextUp({ dossiers: m.dossiers({ count: result.next.count }), day: shortDay(result.next.day, date) })}` : '';
    return `${m.clearDesk({ date: paint.bold(longDay(date)) })}${next}\n${commitments}`;
  }
  const due = stack.length - overdue;
  const past = stack.filter((dossier) => dossier.due === 'past').length;
  const soon = stack.filter((dossier) => dossier.due === 'soon').length;
  const counts = [
    overdue > 0 && paint.red(m.overdue({ count: overdue })),
    due > 0 && m.dueToday({ count: due }),
    past > 0 && paint.red(m.pastTheirHour({ count: past })),
    soon > 0 && paint.yellow(m.withinMinutes({ count: soon, minutes: SOON_MINUTES })),
  ]
    .filter(Boolean)
    .join(m.separator);
  let header = m.heading({ date: paint.bold(longDay(date)), dossiers: paint.bold(m.dossiers({ count: stack.length })), counts });
  if (result.capacity !== null) {
    header += result.overCapacity > 0
      ? ` · ${m.overCapacity({ over: paint.red.bold(m.overBy({ count: result.overCapacity })), capacity: result.capacity })}`
      : paint.dim(` · ${m.capacity({ capacity: result.capacity })}`);
  }
  const numberWidth = String(stack.length).length;
  const cards = stack.map((dossier, i) => cardLines(dossier, date, String(i + 1).padStart(numberWidth), result.names, result.login).join('\n'));
  const hint = result.overCapacity > 0 ? `\n\n${paint.dim(m.tooMuch)}` : '';
  return `${header}\n${commitments}\n${cards.join('\n\n')}${hint}\n`;
}

/** Promises due or broken, and open complaints: kept in view whatever day their dossier is on. */
function commitmentLines(result: TodayResult): string {
  const m = say();
  const lines: string[] = [];
  for (const p of result.promises) {
    const state = p.status === 'broken' ? paint.red.bold(m.brokenDue({ day: shortDay(p.due, result.date) })) : paint.yellow(m.dueTodayMark);
    lines.push(`  ${paint.dim(`#${p.id}`)} ${p.theirs ? m.theyPromised : m.wePromised} ${paint.cyan(isolated(p.handle))}: ${promiseWhat(p.what, onTerminal())}  ${state}`);
  }
  for (const c of result.complaints) {
    const state = c.late ? paint.red.bold(m.lateTarget({ day: shortDay(c.due, result.date) })) : m.target({ day: shortDay(c.due, result.date) });
    lines.push(`  ${paint.dim(`#${c.id}`)} ${m.complaint} ${paint.cyan(isolated(c.handle))}: ${isolated(c.what)}  ${state}`);
  }
  return lines.length === 0 ? '' : `\n${paint.bold(m.commitments)}\n${lines.join('\n')}\n`;
}
