// A dossier as a small card: how the stack and the lists show each client.
import type { Day } from '../binder/day.js';
import type { DossierView, StackDossier } from '../commands/stack.js';
import { messages } from '../i18n/catalogue.js';
import { card as english } from '../i18n/en/card.js';
import { clock, isolated, oneLine, paint, priorityBadge, shortDay, width } from './style.js';

const say = messages('card', english);

/** Who the client is, on one line: 'Anna Nowak · purchasing manager · Acme Ltd'. */
export function who(dossier: DossierView): string {
  return [paint.bold(isolated(dossier.name)), dossier.position && isolated(dossier.position), dossier.company && isolated(dossier.company)]
    .filter(Boolean)
    .join(paint.dim(' · '));
}

/**
 * Who made an entry and for whom, 'by Anna Nowak for Piotr Kowalski', by name (a login without
 * one as it is): the maker only when it is not `reader`, the owner only when it is neither the
 * maker nor the reader. '' when there is nothing to say (one's own work, a binder file).
 */
export function byline(by: string | null | undefined, madeFor: string | null | undefined, reader: string | undefined, names: Readonly<Record<string, string>> = {}): string {
  const name = (login: string) => isolated(names[login] ?? login);
  const m = say();
  const parts: string[] = [];
  if (by && by !== reader) parts.push(m.by({ name: name(by) }));
  if (madeFor && madeFor !== by && madeFor !== reader) parts.push(m.for({ name: name(madeFor) }));
  return parts.join(' ');
}

/** The card as the morning stack shows it: who, how to reach them, what was said, what was offered. */
export function cardLines(dossier: StackDossier, today: Day, number: string, names: Readonly<Record<string, string>> = {}, reader?: string): string[] {
  const m = say();
  const indent = ' '.repeat(number.length + 2);
  const room = width() - indent.length;
  const due = dueMark(dossier);
  // Someone else's dossier in my stack (handed over, or a manager's view): whose it is.
  const whose = dossier.owner === undefined ? '' : `  ${paint.yellow(m.whose({ name: isolated(names[dossier.owner] ?? dossier.owner) }))}`;
  const lines = [`${paint.dim(number)}  ${priorityBadge(dossier.priority)} ${paint.cyan(isolated(dossier.handle))}  ${who(dossier)}${whose}${due && `  ${due}`}`];
  // The primary number and address; how many more there are, for when the primary does not answer.
  const more = dossier.phones.length > 1 ? paint.dim(` ${m.morePhones({ label: dossier.phones[0]?.label ?? '', more: dossier.phones.length - 1 })}`) : '';
  const reach = [dossier.phone && `☎ ${isolated(dossier.phone)}${more}`, dossier.email && isolated(dossier.email)].filter(Boolean).join('   ');
  if (reach) lines.push(indent + reach);
  // What is needed when dialling: how to address them and how to say their name.
  const manner = [dossier.address && `${paint.dim(m.addressedAs)} ${isolated(dossier.address)}`, dossier.pronunciation && `${paint.dim(m.say)} ${isolated(dossier.pronunciation)}`]
    .filter(Boolean)
    .join('   ');
  if (manner) lines.push(indent + manner);
  if (dossier.lastContact) {
    const when = `${m.kinds[dossier.lastKind ?? 'note']} ${shortDay(dossier.lastContact.slice(0, 10), today)}`;
    const outcome = dossier.lastOutcome ? paint.dim(` → ${isolated(dossier.lastOutcome)}`) : '';
    // A colleague's conversation (on a team's binder): who had it.
    const made = byline(dossier.lastBy, dossier.lastFor, reader, names);
    const by = made ? paint.dim(`  ${made}`) : '';
    const said = dossier.lastNote ? isolated(oneLine(dossier.lastNote, Math.max(10, room - when.length - 10 - made.length))) : paint.dim(m.noNote);
    lines.push(`${indent}${paint.dim(m.last)} ${when}: ${said}${outcome}${by}`);
  } else {
    lines.push(`${indent}${paint.dim(m.noConversation)}`);
  }
  if (dossier.offer) lines.push(`${indent}${paint.dim(m.offer)} ${isolated(oneLine(dossier.offer, room - 7))}`);
  return lines;
}

/**
 * Where a dossier of the stack stands, for the end of its first line: '3 days overdue' (with the
 * hour it was for, when it had one), '14:00' for a later hour, '14:00, in 10 min' (due within
 * SOON_MINUTES), '14:00, now', '14:00, 35 min ago' (past its hour); '' for a filing for the day.
 */
export function dueMark(dossier: StackDossier): string {
  const { due, filedAt, minutesUntil } = dossier;
  if (due === 'overdue') {
    const was = filedAt === null ? '' : paint.dim(` ${say().was({ hour: clock(filedAt) })}`);
    return `${paint.red.bold(say().daysOverdue({ days: dossier.overdueDays }))}${was}`;
  }
  if (filedAt === null || minutesUntil === null) return '';
  if (due === 'past') return paint.red.bold(`${clock(filedAt)}, ${untilText(minutesUntil)}`);
  if (due === 'soon') return paint.yellow.bold(`${clock(filedAt)}, ${untilText(minutesUntil)}`);
  return paint.bold(clock(filedAt));
}

/** From now to an hour: 'in 10 min', 'now', '35 min ago', '2 h 5 min ago'. */
export function untilText(minutes: number): string {
  const m = say();
  if (minutes === 0) return m.now;
  return minutes > 0 ? m.in({ span: spanText(minutes) }) : m.ago({ span: spanText(minutes) });
}

/** A span of minutes, either way: '35 min', '2 h', '1 h 5 min'. */
function spanText(minutes: number): string {
  const all = Math.abs(minutes);
  const m = say();
  if (all < 60) return m.minutes({ minutes: all });
  const rest = all % 60;
  return rest === 0 ? m.hours({ hours: Math.floor(all / 60) }) : m.hoursMinutes({ hours: Math.floor(all / 60), minutes: rest });
}
