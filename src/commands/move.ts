// crm move: reschedule dossiers, named one by one or everything behind one divider.
import type { Day } from '../binder/day.js';
import type { Dossier, NewEntry } from '../binder/dossier.js';
import { hasPassed, hourOn, type DividerDates, type TimedFiling } from '../binder/dates.js';
import { adjustedInEnglish, dayAndHour, storedHour, type Hour, type HourAdjustment } from '../binder/hours.js';
import { about, BODIES, SUMMARIES } from '../binder/summaries.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { refusals as english } from '../i18n/en/refusals.js';
import { commitChange, type Changed } from './change.js';
import type { Deps } from './deps.js';
import { requireClient } from './lookup.js';

const say = messages('refusals', english);

export interface MoveInput {
  clients: string[];
  /** Where to, resolved (binder/dates.ts filingAt); without an hour each dossier keeps its own. */
  to: TimedFiling;
  /** Everything behind this divider, as it stands, instead of named clients. */
  from?: DividerDates;
  /** --from as typed: the change's summary names it. */
  fromTyped?: string;
  note?: string;
  dryRun: boolean;
}

export interface Move {
  handle: string;
  name: string;
  from: Day;
  to: Day;
  /** The hours, 'HH:MM', or null for the day. */
  fromAt: string | null;
  toAt: string | null;
  /** Why the hour kept is not the one it had: the clocks skip it on the new day; in English, as --json prints it. */
  adjusted?: string;
  /** The same, for a message in the run's language (binder/hours.ts adjustedNote); not in --json. */
  adjustment?: HourAdjustment;
}

export interface MoveResult extends Changed {
  filing: TimedFiling;
  moves: Move[];
  /** Dossiers named that are filed there already. */
  unchanged: string[];
  dryRun: boolean;
}

/** The hour a dossier is moved with, and why it is not its own (binder/dates.ts hourOn). */
type Kept = { at: string | null; adjusted?: string | undefined; adjustment?: HourAdjustment | undefined };

export async function moveDossiers(input: MoveInput, deps: Deps): Promise<MoveResult> {
  const filing = input.to;
  const dossiers = input.from !== undefined ? await behind(input.from, deps) : await named(input.clients, deps);
  // A move to another day keeps each dossier's hour unless a new one is given (issue 14).
  const hourOf = (d: Dossier): Kept =>
    filing.at !== null ? { at: filing.at, adjusted: filing.adjusted, adjustment: filing.adjustment } : d.filedAt ? keptHour(filing.day, d.filedAt, deps) : { at: null };
  const planned = dossiers.map((d) => ({ dossier: d, hour: hourOf(d) }));
  const moves: Move[] = planned
    .filter(({ dossier: d, hour }) => d.filedOn !== filing.day || d.filedAt !== hour.at)
    .map(({ dossier: d, hour }) => ({
      handle: d.handle,
      name: d.name,
      from: d.filedOn as Day,
      to: filing.day,
      fromAt: d.filedAt,
      toAt: hour.at,
      ...(hour.adjusted !== undefined && { adjusted: hour.adjusted }),
      ...(hour.adjustment !== undefined && { adjustment: hour.adjustment }),
    }));
  const unchanged = planned.filter(({ dossier: d, hour }) => d.filedOn === filing.day && d.filedAt === hour.at).map(({ dossier }) => dossier.handle);
  if (input.dryRun || moves.length === 0) return { change: null, dossiers: [], entries: [], filing, moves, unchanged, dryRun: input.dryRun };

  const at = deps.now();
  const entry = (move: Move): NewEntry => ({ at, kind: 'moved', from: move.from, to: move.to, fromAt: move.fromAt, toAt: move.toAt, note: input.note ?? null });
  const target = filing.at !== null ? dayAndHour(filing.day, filing.at) : filing.day;
  const changed = await commitChange(deps, {
    command: 'move',
    summary:
      moves.length === 1
        ? about(moves[0]?.handle ?? '', BODIES.moved.make({ from: dayAndHour(moves[0]?.from ?? '', moves[0]?.fromAt), to: dayAndHour(filing.day, moves[0]?.toAt) }))
        : input.fromTyped !== undefined
          ? SUMMARIES.movedManyFrom.make({ count: moves.length, to: target, from: input.fromTyped })
          : SUMMARIES.movedMany.make({ count: moves.length, to: target }),
    at,
    // Everything behind a divider is a plan made from what was read: what someone refiled meanwhile is skipped.
    updates: moves.map((move) => ({
      handle: move.handle,
      filedOn: move.to,
      filedAt: move.toAt,
      entries: [entry(move)],
      seen: { filedOn: move.from, filedAt: move.fromAt },
      ...(input.from !== undefined && { planned: true as const }),
    })),
  });
  return { ...changed, filing, moves, unchanged, dryRun: false };
}

/**
 * The hour a dossier keeps on the day it moves to: its own, after the gap when the clocks skip it
 * that day; on today once that hour has passed, none (a call for the day), said, rather than an
 * hour already missed that crm remind would report at once.
 */
function keptHour(day: Day, at: string, deps: Deps): Kept {
  const now = deps.moment();
  if (hasPassed(day, storedHour(at) as Hour, now)) {
    const adjustment: HourAdjustment = { why: 'passed', asked: at };
    return { at: null, adjusted: adjustedInEnglish(adjustment), adjustment };
  }
  return hourOn(day, at, deps.zone);
}

async function behind({ from, to }: DividerDates, deps: Deps): Promise<Dossier[]> {
  return from <= to ? deps.store.filedBetween(from, to) : [];
}

async function named(clients: string[], deps: Deps): Promise<Dossier[]> {
  if (clients.length === 0) throw new UserError(say().moveNeeds);
  const dossiers = new Map<string, Dossier>();
  for (const client of clients) {
    const dossier = await requireClient(deps.store, client);
    if (dossier.filedOn === null) {
      throw new UserError(say().closedRefile({ handle: dossier.handle }));
    }
    dossiers.set(dossier.handle, dossier);
  }
  return [...dossiers.values()];
}
