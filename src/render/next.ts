// crm next: one line, for a shell prompt or a status line.
import type { NextResult } from '../commands/next.js';
import { untilText } from './card.js';
import { isolated, paint, plural, shortDay } from './style.js';

/**
 * '14:00 acme Anna Nowak (Acme Ltd) +48 601 234 567, in 10 min'; a filing for the day without the
 * hour and the span, an overdue one with its age. Nothing left: a line for a person at a terminal,
 * nothing at all for a prompt or a pipe (the exit code says it).
 */
export function renderNext(result: NextResult, terminal: boolean): string {
  const { dossier } = result;
  if (!dossier) {
    if (!terminal) return '';
    const next = result.next ? ` Next up: ${plural(result.next.count, 'dossier')} on ${shortDay(result.next.day, result.date)}.` : '';
    return `Nothing left in today's stack.${next}\n`;
  }
  const timed = dossier.due !== 'overdue' && dossier.filedAt !== null && dossier.minutesUntil !== null;
  const who = [
    timed ? paint.bold(dossier.filedAt as string) : '',
    paint.cyan(isolated(dossier.handle)),
    isolated(dossier.name),
    dossier.company ? `(${isolated(dossier.company)})` : '',
    dossier.phone ? isolated(dossier.phone) : '',
  ]
    .filter(Boolean)
    .join(' ');
  let when = '';
  if (dossier.due === 'overdue') when = paint.red.bold(`${plural(dossier.overdueDays, 'day')} overdue`);
  else if (timed) {
    const text = untilText(dossier.minutesUntil as number);
    when = dossier.due === 'past' ? paint.red.bold(text) : dossier.due === 'soon' ? paint.yellow.bold(text) : text;
  }
  return `${who}${when && `, ${when}`}\n`;
}
