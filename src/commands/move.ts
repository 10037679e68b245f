// crm move: reschedule dossiers, named one by one or everything behind one divider.
import type { Day } from '../binder/day.js';
import type { Dossier, NewEntry } from '../binder/dossier.js';
import { firstMonthDividerDay } from '../binder/ring.js';
import { fileOn, parseWhen, selectRange, type Filing } from '../binder/when.js';
import { UserError } from '../errors.js';
import { commitChange, type Changed } from './change.js';
import type { Deps } from './deps.js';
import { requireClient } from './lookup.js';

export interface MoveInput {
  clients: string[];
  /** Where to: a date form (a day off moves to the next working day unless exact). */
  to: string;
  /** Everything behind this divider, as it stands, instead of named clients. */
  from?: string;
  note?: string;
  exact: boolean;
  dryRun: boolean;
}

export interface Move {
  handle: string;
  name: string;
  from: Day;
  to: Day;
}

export interface MoveResult extends Changed {
  filing: Filing;
  moves: Move[];
  /** Dossiers named that are filed there already. */
  unchanged: string[];
  dryRun: boolean;
}

export async function moveDossiers(input: MoveInput, deps: Deps): Promise<MoveResult> {
  const { today, settings } = deps;
  const filing = fileOn(parseWhen(input.to, today), today, settings, input.exact);
  const dossiers = input.from !== undefined ? await behind(input.from, deps) : await named(input.clients, deps);
  const moves = dossiers
    .filter((d) => d.filedOn !== filing.day)
    .map((d) => ({ handle: d.handle, name: d.name, from: d.filedOn as Day, to: filing.day }));
  const unchanged = dossiers.filter((d) => d.filedOn === filing.day).map((d) => d.handle);
  if (input.dryRun || moves.length === 0) return { change: null, dossiers: [], entries: [], filing, moves, unchanged, dryRun: input.dryRun };

  const at = deps.now();
  const entry = (move: Move): NewEntry => ({ at, kind: 'moved', from: move.from, to: move.to, note: input.note ?? null });
  const changed = await commitChange(deps, {
    command: 'move',
    summary:
      moves.length === 1
        ? `${moves[0]?.handle}: moved ${moves[0]?.from} → ${filing.day}`
        : `moved ${moves.length} dossiers → ${filing.day}${input.from !== undefined ? ` (from ${input.from})` : ''}`,
    at,
    updates: moves.map((move) => ({ handle: move.handle, filedOn: move.to, entries: [entry(move)], seen: { filedOn: move.from } })),
  });
  return { ...changed, filing, moves, unchanged, dryRun: false };
}

async function behind(divider: string, deps: Deps): Promise<Dossier[]> {
  const { from, to } = selectRange(parseWhen(divider, deps.today), firstMonthDividerDay(deps.today, deps.settings));
  return from <= to ? deps.store.filedBetween(from, to) : [];
}

async function named(clients: string[], deps: Deps): Promise<Dossier[]> {
  if (clients.length === 0) throw new UserError('move needs clients and a date (crm move acme zolc fri), or --from <divider> --to <when>');
  const dossiers = new Map<string, Dossier>();
  for (const client of clients) {
    const dossier = await requireClient(deps.store, client);
    if (dossier.filedOn === null) {
      throw new UserError(`${dossier.handle} is closed (in the drawer); refile it with crm file ${dossier.handle} <when>`);
    }
    dossiers.set(dossier.handle, dossier);
  }
  return [...dossiers.values()];
}
