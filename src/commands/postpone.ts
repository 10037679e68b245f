// crm postpone: too much for today; move the dossiers of your choice, or the lowest-priority ones,
// to the nearest coming working days with room under the capacity (BINDER.md rule 8).
import { lowestPriority, nearestWithRoom } from '../binder/capacity.js';
import type { Day } from '../binder/day.js';
import type { NewEntry } from '../binder/dossier.js';
import { filingFor, hourOn } from '../binder/dates.js';
import { NOTES } from '../binder/entry-notes.js';
import { about, BODIES, SUMMARIES } from '../binder/summaries.js';
import type { Filing } from '../binder/when.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { refusals as english } from '../i18n/en/refusals.js';
import { commitChange, type Changed } from './change.js';
import type { Deps } from './deps.js';
import { requireClient } from './lookup.js';
import type { DossierView } from './stack.js';
import { todayStack } from './today.js';

const say = messages('refusals', english);

export interface PostponeInput {
  clients: string[];
  /** One date for all, resolved (binder/dates.ts); without it each goes to the nearest coming working day with room. */
  to?: Filing;
  /** Choose the lowest-priority dossiers that put today's stack over capacity (never with clients: the input schema refuses both). */
  auto: boolean;
  /** For a date asked at the terminal: keep a day off. */
  exact: boolean;
}

export interface Postponement {
  handle: string;
  name: string;
  priority: string;
  from: Day;
  to: Day;
  /** Its hour ('HH:MM', or null for the day): a postponement keeps it (issue 14). */
  filedAt: string | null;
  /** The day it goes to is at or over capacity already (every coming day was). */
  overCapacity: boolean;
}

export interface PostponePlan {
  date: Day;
  stackSize: number;
  capacity: number | null;
  /** How far over capacity today's stack is before the plan. */
  over: number;
  plan: Postponement[];
  /** When the date given fell on a day off: the date named and the working day used instead. */
  shifted: { named: Day; day: Day } | null;
}

/** Works out what would move where; writes nothing. */
export async function planPostpone(input: PostponeInput, deps: Deps): Promise<PostponePlan> {
  const { store, today, settings } = deps;
  // A typo in --to was refused when it was resolved, before anything is asked.
  const given = input.to;
  const stack = await todayStack(deps);
  let picked: DossierView[];
  if (input.auto) {
    if (stack.capacity === null) throw new UserError(say().autoNeedsCapacity);
    picked = lowestPriority(stack.stack, today, stack.overCapacity);
  } else if (input.clients.length > 0) {
    picked = await named(input.clients, deps);
  } else if (stack.stack.length === 0) {
    picked = [];
  } else if (deps.ask) {
    const handles = await deps.ask.pick(stack.stack, lowestPriority(stack.stack, today, stack.overCapacity).map((d) => d.handle));
    picked = stack.stack.filter((d) => handles.includes(d.handle));
  } else {
    throw new UserError(say().postponeNeeds);
  }

  const asked = !given && deps.ask && !input.auto && input.clients.length === 0 && picked.length > 0 ? await deps.ask.whereTo() : null;
  const filing = given ?? (asked === null ? undefined : filingFor(asked, deps, input.exact));
  let placements: { handle: string; day: Day; overCapacity: boolean }[];
  if (filing) {
    const { day } = filing;
    placements = picked.map((d) => ({ handle: d.handle, day, overCapacity: false }));
  } else {
    placements = nearestWithRoom(picked, today, await store.countsByDay(), settings);
  }
  const plan = placements
    .map((placement, i) => {
      const dossier = picked[i] as DossierView;
      return { handle: dossier.handle, name: dossier.name, priority: dossier.priority, from: dossier.filedOn as Day, to: placement.day, filedAt: dossier.filedAt, overCapacity: placement.overCapacity };
    })
    // A dossier already on the date named stays: it is not postponed.
    .filter((p) => p.from !== p.to);
  return {
    date: today,
    stackSize: stack.stack.length,
    capacity: stack.capacity,
    over: stack.overCapacity,
    plan,
    shifted: filing?.shifted ? { named: filing.named, day: filing.day } : null,
  };
}

/** Moves every dossier of the plan, as one change. */
export async function applyPostpone(plan: PostponePlan, deps: Deps): Promise<Changed> {
  const at = deps.now();
  const moves = plan.plan;
  return commitChange(deps, {
    command: 'postpone',
    summary:
      moves.length === 1
        ? about(moves[0]?.handle ?? '', BODIES.postponed.make({ from: moves[0]?.from ?? '', to: moves[0]?.to ?? '' }))
        : SUMMARIES.postponedMany.make({ count: moves.length }),
    at,
    updates: moves.map((p) => {
      // The hour goes with it, after the gap on a day the clocks skip it (as crm move keeps it).
      const toAt = p.filedAt === null ? null : hourOn(p.to, p.filedAt, deps.zone).at;
      return {
        handle: p.handle,
        filedOn: p.to,
        filedAt: toAt,
        entries: [{ at, kind: 'moved', from: p.from, to: p.to, fromAt: p.filedAt, toAt, note: NOTES.postponed.make({}) } satisfies NewEntry],
        seen: { filedOn: p.from, filedAt: p.filedAt },
        planned: true as const,
      };
    }),
  });
}

async function named(clients: string[], deps: Deps): Promise<DossierView[]> {
  const found = new Map<string, DossierView>();
  for (const client of clients) {
    const dossier = await requireClient(deps.store, client);
    if (dossier.filedOn === null) throw new UserError(say().closedNothingToPostpone({ handle: dossier.handle }));
    found.set(dossier.handle, { ...dossier, overdueDays: 0 });
  }
  return [...found.values()];
}
