// Polski: segregator w skrócie (render/binder.ts).
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

export const binder: Catalogue['binder'] = {
  title: 'Segregator',
  capacity: (p) => `limit ${p.capacity} dziennie`,
  today: 'Na dziś',
  overdue: (p) => `(${counted('pl', p.count, { one: '# zaległa', few: '# zaległe', many: '# zaległych', other: '# zaległej' })})`,
  datedDividers: 'Przekładki z datami',
  dayDividers: 'Przekładki dni',
  dayOff: 'dzień wolny',
  monthDividers: 'Przekładki miesięcy',
  from: (p) => `od ${p.day}`,
  later: 'Później',
  filed: (p) => `Odłożono ${counted('pl', p.count, { one: '# teczkę', few: '# teczki', many: '# teczek', other: '# teczki' })}.`,
};
