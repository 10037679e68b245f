// What crm team shows a manager in the morning: one row per person, the worst first, each with a
// load bar (their stack against their capacity, red when over) and what needs the manager's word.
import { addDays, daysBetween, weekday } from '../binder/day.js';
import type { PersonView, TeamView } from '../commands/team-view.js';
import { columns } from './columns.js';
import { isolated, longDay, paint, plural, shortDay } from './style.js';

/** Cells of a load bar. */
const BAR = 10;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `████████░░ 8/10`: the stack against the capacity (against the fullest stack when there is none). */
function loadBar(person: PersonView, fullest: number): string {
  const scale = person.limit ?? Math.max(1, fullest);
  const filled = Math.min(BAR, Math.round((person.stack / scale) * BAR));
  const bar = '█'.repeat(filled) + '░'.repeat(BAR - filled);
  if (person.limit === null) return `${paint.dim(bar)} ${person.stack}`;
  const figure = `${person.stack}/${person.limit}`;
  return person.overCapacity > 0 ? paint.red(`${bar} ${figure}`) : `${paint.green(bar)} ${figure}`;
}

/** A count, red when it is not 0 (what the manager should ask about), dim when it is. */
function alarm(n: number): string {
  return n > 0 ? paint.red(String(n)) : paint.dim('0');
}

function quiet(n: number): string {
  return n > 0 ? String(n) : paint.dim('0');
}

/** Away (to whom, until when) and whose stacks they hold. */
function whereabouts(person: PersonView, view: TeamView, names: Map<string, string>): string {
  const parts: string[] = [];
  if (person.away) parts.push(paint.yellow(`away, to ${isolated(names.get(person.away.to) ?? person.away.to)} until ${shortDay(person.away.until, view.date)}`));
  for (const held of person.holding) parts.push(`holding ${isolated(names.get(held.owner) ?? held.owner)}'s until ${shortDay(held.until, view.date)}`);
  return parts.join('; ');
}

export function renderTeamView(view: TeamView, week: boolean): string {
  const names = new Map(view.people.map((p) => [p.login, p.name]));
  const fullest = Math.max(0, ...view.people.map((p) => p.stack));
  const header = `${paint.bold('The team')} · ${longDay(view.date)} · ${plural(view.people.length, 'person', 'people')}${paint.dim(view.capacity === null ? ' · no team capacity' : ` · team capacity ${view.capacity} a day`)}`;
  if (view.people.length === 0) return `${header}\nNobody is on the team yet: crm team add <login> --name "..." adds a person.\n`;
  const days = week ? Array.from({ length: daysBetween(view.week, view.date) + 1 }, (_, i) => addDays(view.week, i)) : [];
  const head = week
    ? ['Person', 'Today\'s stack', ...days.map((d) => WEEKDAYS[weekday(d)] ?? d), 'Calls', 'Refiled', 'Moved', 'Kept', 'Broken', 'Away / holding']
    : ['Person', "Today's stack", 'Overdue', 'Broken', 'Complaints', 'Calls', 'Week', 'Away / holding'];
  const rows = view.people.map((p) => {
    const who = `${isolated(p.name)} ${paint.dim(`(${isolated(p.login)})`)}`;
    const figures = week
      ? [...days.map((d) => quiet(p.callsByDay[d] ?? 0)), String(p.callsWeek), quiet(p.refiled), quiet(p.moved), quiet(p.promisesKept), alarm(p.promisesBroken)]
      : [alarm(p.overdue), alarm(p.brokenPromises), alarm(p.lateComplaints), quiet(p.callsToday), quiet(p.callsWeek)];
    return [who, loadBar(p, fullest), ...figures, whereabouts(p, view, names)];
  });
  const over = view.people.filter((p) => p.overCapacity > 0);
  const notes = [
    week ? paint.dim(`The week from ${shortDay(view.week, view.date)}: calls, meetings and e-mails logged each day; dossiers refiled after a conversation, moved without one; promises kept, and due and not kept by their day.`) : '',
    !week && over.length > 0 ? `${paint.red.bold(`${plural(over.length, 'person', 'people')} over capacity`)}: crm today --for <login> shows their stack; crm assign or crm handover lightens it.` : '',
    !week ? paint.dim('Broken: our promises past their date; complaints: open past their date; calls: logged today, and this week. crm team --week: the week by day.') : '',
  ].filter(Boolean);
  return `${header}\n\n${columns(head, rows)}\n${notes.length > 0 ? `\n${notes.join('\n')}\n` : ''}`;
}
