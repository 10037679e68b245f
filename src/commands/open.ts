// crm open <divider>: the dossiers behind one divider, as it stands (BINDER.md rule 6).
import type { Day } from '../binder/day.js';
import { firstMonthDividerDay } from '../binder/ring.js';
import { parseWhen, selectRange } from '../binder/when.js';
import type { Deps } from './deps.js';
import { view, type DossierView } from './stack.js';

export interface OpenResult {
  /** 'day' for one date; 'month' for a month divider, whose dates run from `from` to `to`. */
  divider: 'day' | 'month';
  from: Day;
  to: Day;
  /** For a month divider: the month, 'YYYY-MM'. Its first days may sit behind day dividers. */
  month: string | null;
  dossiers: DossierView[];
}

export async function openDivider(input: { divider: string }, deps: Deps): Promise<OpenResult> {
  const { store, today, settings } = deps;
  const when = parseWhen(input.divider, today);
  const { from, to } = selectRange(when, firstMonthDividerDay(today, settings));
  const dossiers = from <= to ? await store.filedBetween(from, to) : [];
  return {
    divider: when.kind,
    from,
    to,
    month: when.kind === 'month' ? `${when.year}-${String(when.month).padStart(2, '0')}` : null,
    dossiers: dossiers.map((dossier) => view(dossier, today)),
  };
}
