// crm move: reschedule dossiers, named one by one or everything behind one divider.
import type { Day } from '../binder/day.js';
import type { Dossier, NewEntry } from '../binder/dossier.js';
import type { DividerDates } from '../binder/dates.js';
import type { Filing } from '../binder/when.js';
import { UserError } from '../errors.js';
import { commitChange, type Changed } from './change.js';
import type { Deps } from './deps.js';
import { requireClient } from './lookup.js';

export interface MoveInput {
  clients: string[];
  /** Where to, resolved (binder/dates.ts). */
  to: Filing;
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
}

export interface MoveResult extends Changed {
  filing: Filing;
  moves: Move[];
  /** Dossiers named that are filed there already. */
  unchanged: string[];
  dryRun: boolean;
}

export async function moveDossiers(input: MoveInput, deps: Deps): Promise<MoveResult> {
  const filing = input.to;
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
        : `moved ${moves.length} dossiers → ${filing.day}${input.fromTyped !== undefined ? ` (from ${input.fromTyped})` : ''}`,
    at,
    updates: moves.map((move) => ({ handle: move.handle, filedOn: move.to, entries: [entry(move)], seen: { filedOn: move.from } })),
  });
  return { ...changed, filing, moves, unchanged, dryRun: false };
}

async function behind({ from, to }: DividerDates, deps: Deps): Promise<Dossier[]> {
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
