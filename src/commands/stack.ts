import { byText, daysBetween, type Day } from '../binder/day.js';
import type { Dossier } from '../binder/dossier.js';

/** A dossier as scripts see it: with how many calendar days it is overdue (0 when it is not). */
export interface DossierView extends Dossier {
  overdueDays: number;
}

export function view(dossier: Dossier, today: Day): DossierView {
  return { ...dossier, overdueDays: dossier.filedOn && dossier.filedOn < today ? daysBetween(dossier.filedOn, today) : 0 };
}

/** Today's stack order: overdue first, then priority A-C, then the oldest filing, then handle. */
export function byStackOrder(a: DossierView, b: DossierView): number {
  return (
    Number(b.overdueDays > 0) - Number(a.overdueDays > 0) ||
    byText(a.priority, b.priority) ||
    byText(a.filedOn ?? '', b.filedOn ?? '') ||
    byText(a.handle, b.handle)
  );
}
