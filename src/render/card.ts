// A dossier as a small card: how the stack and the lists show each client.
import type { Day } from '../binder/day.js';
import type { DossierView, StackDossier } from '../commands/stack.js';
import { isolated, oneLine, paint, plural, priorityBadge, shortDay, width } from './style.js';

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
  const parts: string[] = [];
  if (by && by !== reader) parts.push(`by ${name(by)}`);
  if (madeFor && madeFor !== by && madeFor !== reader) parts.push(`for ${name(madeFor)}`);
  return parts.join(' ');
}

/** The card as the morning stack shows it: who, how to reach them, what was said, what was offered. */
export function cardLines(dossier: StackDossier, today: Day, number: string, names: Readonly<Record<string, string>> = {}, reader?: string): string[] {
  const indent = ' '.repeat(number.length + 2);
  const room = width() - indent.length;
  const due = dueMark(dossier);
  // Someone else's dossier in my stack (handed over, or a manager's view): whose it is.
  const whose = dossier.owner === undefined ? '' : `  ${paint.yellow(`for ${isolated(names[dossier.owner] ?? dossier.owner)}`)}`;
  const lines = [`${paint.dim(number)}  ${priorityBadge(dossier.priority)} ${paint.cyan(isolated(dossier.handle))}  ${who(dossier)}${whose}${due && `  ${due}`}`];
  // The primary number and address; how many more there are, for when the primary does not answer.
  const more = dossier.phones.length > 1 ? paint.dim(` (${dossier.phones[0]?.label}, +${dossier.phones.length - 1} more)`) : '';
  const reach = [dossier.phone && `☎ ${isolated(dossier.phone)}${more}`, dossier.email && isolated(dossier.email)].filter(Boolean).join('   ');
  if (reach) lines.push(indent + reach);
  // What is needed when dialling: how to address them and how to say their name.
  const manner = [dossier.address && `${paint.dim('Addressed as:')} ${isolated(dossier.address)}`, dossier.pronunciation && `${paint.dim('Say:')} ${isolated(dossier.pronunciation)}`]
    .filter(Boolean)
    .join('   ');
  if (manner) lines.push(indent + manner);
  if (dossier.lastContact) {
    const when = `${dossier.lastKind ?? 'note'} ${shortDay(dossier.lastContact.slice(0, 10), today)}`;
    const outcome = dossier.lastOutcome ? paint.dim(` → ${isolated(dossier.lastOutcome)}`) : '';
    // A colleague's conversation (on a team's binder): who had it.
    const made = byline(dossier.lastBy, dossier.lastFor, reader, names);
    const by = made ? paint.dim(`  ${made}`) : '';
    const said = dossier.lastNote ? isolated(oneLine(dossier.lastNote, Math.max(10, room - when.length - 10 - made.length))) : paint.dim('(no note)');
    lines.push(`${indent}${paint.dim('Last:')} ${when}: ${said}${outcome}${by}`);
  } else {
    lines.push(`${indent}${paint.dim('Last: no conversation yet')}`);
  }
  if (dossier.offer) lines.push(`${indent}${paint.dim('Offer:')} ${isolated(oneLine(dossier.offer, room - 7))}`);
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
    const was = filedAt === null ? '' : paint.dim(` (was ${filedAt})`);
    return `${paint.red.bold(`${plural(dossier.overdueDays, 'day')} overdue`)}${was}`;
  }
  if (filedAt === null || minutesUntil === null) return '';
  if (due === 'past') return paint.red.bold(`${filedAt}, ${untilText(minutesUntil)}`);
  if (due === 'soon') return paint.yellow.bold(`${filedAt}, ${untilText(minutesUntil)}`);
  return paint.bold(filedAt);
}

/** From now to an hour: 'in 10 min', 'now', '35 min ago', '2 h 5 min ago'. */
export function untilText(minutes: number): string {
  if (minutes === 0) return 'now';
  return minutes > 0 ? `in ${spanText(minutes)}` : `${spanText(minutes)} ago`;
}

/** A span of minutes, either way: '35 min', '2 h', '1 h 5 min'. */
function spanText(minutes: number): string {
  const m = Math.abs(minutes);
  if (m < 60) return `${m} min`;
  const rest = m % 60;
  return rest === 0 ? `${Math.floor(m / 60)} h` : `${Math.floor(m / 60)} h ${rest} min`;
}
