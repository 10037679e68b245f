// What crm team shows a manager in the morning: one row per person, the worst first, each with a
// load bar (their stack against their capacity, red when over) and what needs the manager's word.
import { addDays, daysBetween, weekday } from '../binder/day.js';
import type { PersonView, TeamView } from '../commands/team-view.js';
import { messages } from '../i18n/catalogue.js';
import { team as english } from '../i18n/en/team.js';
import { columns } from './columns.js';
import { isolated, longDay, paint, shortDay } from './style.js';

const say = messages('team', english);

/** Cells of a load bar. */
const BAR = 10;

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
  const m = say().view;
  const parts: string[] = [];
  if (person.away) parts.push(paint.yellow(m.away({ name: isolated(names.get(person.away.to) ?? person.away.to), until: shortDay(person.away.until, view.date) })));
  for (const held of person.holding) parts.push(m.holding({ name: isolated(names.get(held.owner) ?? held.owner), until: shortDay(held.until, view.date) }));
  return parts.join('; ');
}

export function renderTeamView(view: TeamView, week: boolean): string {
  const m = say().view;
  const names = new Map(view.people.map((p) => [p.login, p.name]));
  const fullest = Math.max(0, ...view.people.map((p) => p.stack));
  const header = `${paint.bold(m.title)} · ${longDay(view.date)} · ${m.people({ count: view.people.length })}${paint.dim(` · ${view.capacity === null ? m.noCapacity : m.capacity({ capacity: view.capacity })}`)}`;
  if (view.people.length === 0) return `${header}\n${m.nobody}\n`;
  const days = week ? Array.from({ length: daysBetween(view.week, view.date) + 1 }, (_, i) => addDays(view.week, i)) : [];
  const head = week
    ? [m.person, m.stack, ...days.map((d) => m.weekday({ day: weekday(d) })), m.calls, m.refiled, m.moved, m.kept, m.broken, m.whereabouts]
    : [m.person, m.stack, m.overdue, m.broken, m.complaints, m.calls, m.week, m.whereabouts];
  const rows = view.people.map((p) => {
    const who = `${isolated(p.name)} ${paint.dim(`(${isolated(p.login)})`)}`;
    const figures = week
      ? [...days.map((d) => quiet(p.callsByDay[d] ?? 0)), String(p.callsWeek), quiet(p.refiled), quiet(p.moved), quiet(p.promisesKept), alarm(p.promisesBroken)]
      : [alarm(p.overdue), alarm(p.brokenPromises), alarm(p.lateComplaints), quiet(p.callsToday), quiet(p.callsWeek)];
    return [who, loadBar(p, fullest), ...figures, whereabouts(p, view, names)];
  });
  const over = view.people.filter((p) => p.overCapacity > 0);
  const notes = [
    week ? paint.dim(m.weekNote({ from: shortDay(view.week, view.date) })) : '',
    !week && over.length > 0 ? `${paint.red.bold(m.over({ count: over.length }))}: ${m.overAdvice}` : '',
    !week ? paint.dim(m.dayNote) : '',
  ].filter(Boolean);
  return `${header}\n\n${columns(head, rows)}\n${notes.length > 0 ? `\n${notes.join('\n')}\n` : ''}`;
}
