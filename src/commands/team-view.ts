// crm team (no action): the manager's morning view, one row per person of the team: their stack
// against their capacity, what is late, their calls, who is away and who holds whose stack. The
// figures are one query (store/postgres/figures.ts); the handovers are read as crm's today sees them.
import type { Day } from '../binder/day.js';
import { weekStart } from '../binder/jalali.js';
import type { TeamFigures } from '../store/store.js';
import type { Deps } from './deps.js';
import { requireManager, teamOf } from './people.js';
import { inForce } from './scope.js';

export interface PersonView extends TeamFigures {
  /** The capacity that holds for them: their own, else the team's; null: none. */
  limit: number | null;
  /** How many dossiers their stack holds over that capacity (0 when within it or none). */
  overCapacity: number;
  /** Their stack handed over and in force today: to whom, until when (inclusive). */
  away: { to: string; until: Day } | null;
  /** The colleagues' stacks they hold today. */
  holding: { owner: string; until: Day }[];
}

export interface TeamView {
  date: Day;
  /** The first day of today's week (its Monday; its Saturday in a Persian-calendar binder): where the week's figures start. */
  week: Day;
  /** The team's capacity (the binder's setting); null: none. */
  capacity: number | null;
  /** The worst first: over capacity, then overdue, broken promises, complaints past their date; then by login. */
  people: PersonView[];
}

/** The worst first: the most over capacity, then the most overdue, broken promises, complaints past their date. */
function worstFirst(a: PersonView, b: PersonView): number {
  return b.overCapacity - a.overCapacity || b.overdue - a.overdue || b.brokenPromises - a.brokenPromises || b.lateComplaints - a.lateComplaints || (a.login < b.login ? -1 : a.login > b.login ? 1 : 0);
}

export async function teamView(deps: Deps, path: string): Promise<TeamView> {
  const team = teamOf(deps, 'team', path);
  requireManager(team, 'team');
  const today = deps.today;
  const week = weekStart(today, deps.settings.calendar);
  // The team's capacity as the binder keeps it (run.ts puts the acting person's own in deps.settings).
  const capacity = (await deps.store.readSettings()).capacity;
  const [figures, handovers] = await Promise.all([team.figures(today, week), team.handovers({ open: true })]);
  const current = handovers.filter((h) => inForce(h, today));
  const people = figures.map((person): PersonView => {
    const limit = person.capacity ?? capacity;
    const away = current.find((h) => h.owner === person.login);
    return {
      ...person,
      limit,
      overCapacity: limit === null ? 0 : Math.max(0, person.stack - limit),
      away: away ? { to: away.delegate, until: away.until } : null,
      holding: current.filter((h) => h.delegate === person.login).map((h) => ({ owner: h.owner, until: h.until })),
    };
  });
  return { date: today, week, capacity, people: people.sort(worstFirst) };
}
