// crm slipping: clients whose last real contact is older than their cadence, worst first.
import { addDays, addMonths, byText, daysBetween, type Day } from '../binder/day.js';
import type { Deps } from './deps.js';
import { view, type DossierView } from './stack.js';

export interface Slipping {
  dossier: DossierView;
  cadence: string;
  /** When the last call, meeting or e-mail that reached them was; null when never. */
  lastReal: string | null;
  /** The date contact was due by the cadence. */
  dueSince: Day;
  daysLate: number;
}

/** A cadence span ("2w", "1m", "10d") added to a date. */
export function afterSpan(day: Day, span: string): Day {
  const n = Number(span.slice(0, -1));
  const unit = span.slice(-1);
  return unit === 'm' ? addMonths(day, n) : addDays(day, unit === 'w' ? 7 * n : n);
}

export async function slipping(deps: Deps): Promise<{ slipping: Slipping[] }> {
  const { today } = deps;
  const list: Slipping[] = [];
  for (const { dossier, lastReal } of await deps.store.cadences()) {
    const cadence = dossier.cadence as string;
    // Never reached: the cadence runs from when the dossier was opened.
    const dueSince = afterSpan((lastReal ?? dossier.createdAt).slice(0, 10), cadence);
    if (dueSince < today) list.push({ dossier: view(dossier, today), cadence, lastReal, dueSince, daysLate: daysBetween(dueSince, today) });
  }
  return { slipping: list.sort((a, b) => b.daysLate - a.daysLate || byText(a.dossier.handle, b.dossier.handle)) };
}
