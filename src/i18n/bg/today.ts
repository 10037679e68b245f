// Български: crm today (render/today.ts).
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

export const today: Catalogue['today'] = {
  dossiers: (p) => counted('bg', p.count, { one: '# досие', other: '# досиета' }),
  clearDesk: (p) => `${p.date}: днешната купчина е празна. Чисто бюро.`,
  nextUp: (p) => `Следват: ${p.dossiers} на ${p.day}.`,
  heading: (p) => `${p.date} · ${p.dossiers} в днешната купчина (${p.counts})`,
  separator: ', ',
  overdue: (p) => counted('bg', p.count, { one: '# просрочено', other: '# просрочени' }),
  dueToday: (p) => `${p.count} за днес`,
  pastTheirHour: (p) => `${p.count} с отминал час`,
  withinMinutes: (p) => `${p.count} до ${p.minutes} мин`,
  overBy: (p) => `${p.count} над`,
  overCapacity: (p) => `${p.over} капацитета от ${p.capacity}`,
  capacity: (p) => `капацитет ${p.capacity}`,
  tooMuch: 'Твърде много за един ден? crm postpone --auto предлага какво да се отложи, а crm postpone оставя избора на вас.',
  commitments: 'Обещания и рекламации',
  theyPromised: 'клиентът обеща',
  wePromised: 'обещахме',
  complaint: 'рекламация',
  brokenDue: (p) => `неизпълнено: срок ${p.day}`,
  dueTodayMark: 'срок днес',
  lateTarget: (p) => `закъсняла: срок ${p.day}`,
  target: (p) => `срок ${p.day}`,
};
