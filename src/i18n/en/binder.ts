// English: the ring at a glance (render/binder.ts).
import { lazyArea } from '../lazy.js';
import { counted } from '../plural.js';

export const binder = lazyArea(() => ({
  title: 'The binder',
  capacity: (p: { capacity: number }) => `capacity ${p.capacity} a day`,
  today: 'Today',
  overdue: (p: { count: number }) => `(${p.count} overdue)`,
  datedDividers: 'Dated dividers',
  dayDividers: 'Day dividers',
  dayOff: 'day off',
  monthDividers: 'Month dividers',
  /** The first month divider holds only the dates past the ring: 'from Wed 23 Dec 2026'. */
  from: (p: { day: string }) => `from ${p.day}`,
  later: 'Later',
  filed: (p: { count: number }) => `${counted('en', p.count, { one: '# dossier', other: '# dossiers' })} filed.`,
}));
