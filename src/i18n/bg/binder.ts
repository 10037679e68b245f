// Български: класьорът накратко (render/binder.ts).
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

export const binder: Catalogue['binder'] = {
  title: 'Класьорът',
  capacity: (p) => `капацитет ${p.capacity} на ден`,
  today: 'Днес',
  overdue: (p) => `(${counted('bg', p.count, { one: '# просрочено', other: '# просрочени' })})`,
  datedDividers: 'Разделители с дати',
  dayDividers: 'Разделители за дните',
  dayOff: 'почивен ден',
  monthDividers: 'Разделители за месеците',
  from: (p) => `от ${p.day}`,
  later: 'По-късно',
  filed: (p) => `Подредени: ${counted('bg', p.count, { one: '# досие', other: '# досиета' })}.`,
};
