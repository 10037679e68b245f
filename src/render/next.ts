// crm next: one line, for a shell prompt or a status line.
import type { NextResult } from '../commands/next.js';
import { messages } from '../i18n/catalogue.js';
import { call as english } from '../i18n/en/call.js';
import { card as englishCard } from '../i18n/en/card.js';
import { today as englishToday } from '../i18n/en/today.js';
import { untilText } from './card.js';
import { clock, isolated, paint, shortDay } from './style.js';

const say = messages('call', english);
const sayCard = messages('card', englishCard);
const sayToday = messages('today', englishToday);

/**
 * '14:00 acme Anna Nowak (Acme Ltd) +48 601 234 567, in 10 min'; a filing for the day without the
 * hour and the span, an overdue one with its age. Nothing left: a line for a person at a terminal,
 * nothing at all for a prompt or a pipe (the exit code says it).
 */
export function renderNext(result: NextResult, terminal: boolean): string {
  const { dossier } = result;
  if (!dossier) {
    if (!terminal) return '';
    const m = sayToday();
    const next = result.next ? ` ${m.nextUp({ dossiers: m.dossiers({ count: result.next.count }), day: shortDay(result.next.day, result.date) })}` : '';
    return `${say().nothingLeft}${next}\n`;
  }
  const timed = dossier.due !== 'overdue' && dossier.filedAt !== null && dossier.minutesUntil !== null;
  const who = [
    timed ? paint.bold(clock(dossier.filedAt as string)) : '',
    paint.cyan(isolated(dossier.handle)),
    isolated(dossier.name),
    dossier.company ? `(${isolated(dossier.company)})` : '',
    dossier.phone ? isolated(dossier.phone) : '',
  ]
    .filter(Boolean)
    .join(' ');
  let when = '';
  if (dossier.due === 'overdue') when = paint.red.bold(sayCard().daysOverdue({ days: dossier.overdueDays }));
  else if (timed) {
    const text = untilText(dossier.minutesUntil as number);
    when = dossier.due === 'past' ? paint.red.bold(text) : dossier.due === 'soon' ? paint.yellow.bold(text) : text;
  }
  return `${who}${when && `, ${when}`}\n`;
}
