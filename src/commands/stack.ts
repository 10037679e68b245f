import { byText, daysBetween, type Day } from '../binder/day.js';
import type { Timing } from '../binder/due.js';
import type { Dossier } from '../binder/dossier.js';

/** A dossier as scripts see it: with how many calendar days it is overdue (0 when it is not). */
export interface DossierView extends Dossier {
  overdueDays: number;
}

/** A dossier of today's stack: with where it stands against the hour now (binder/due.ts). */
export interface StackDossier extends DossierView, Timing {}

export function view(dossier: Dossier, today: Day): DossierView {
  return { ...dossier, overdueDays: dossier.filedOn && dossier.filedOn < today ? daysBetween(dossier.filedOn, today) : 0 };
}

/**
 * Today's stack order: overdue first; then today's filings with an hour, in the order of their
 * hours; then the rest by priority A-C, then the oldest filing, then handle. Among the overdue, the
 * hour only parts two filings of the same day.
 */
export function byStackOrder(a: DossierView, b: DossierView): number {
  const overdue = Number(b.overdueDays > 0) - Number(a.overdueDays > 0);
  if (overdue !== 0) return overdue;
  return (
    (a.overdueDays > 0 ? 0 : byHour(a.filedAt, b.filedAt)) ||
    byText(a.priority, b.priority) ||
    byText(a.filedOn ?? '', b.filedOn ?? '') ||
    byHour(a.filedAt, b.filedAt) ||
    byText(a.handle, b.handle)
  );
}

/** Earlier hours first ('HH:MM' sorts as text); a filing for the day after every hour. */
function byHour(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return byText(a, b);
}
