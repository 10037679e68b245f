// Български: списъци с досиета (render/list.ts): какво е подредено зад разделител (crm open) и какво съвпада с търсенето (crm find).
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

const dossiers = (n: number) => counted('bg', n, { one: '# досие', other: '# досиета' });
const entries = (n: number) => counted('bg', n, { one: '# запис', other: '# записа' });

export const lists: Catalogue['lists'] = {
  headers: {
    handle: 'кратко име',
    name: 'име',
    company: 'фирма',
    phone: 'телефон',
    filedOn: 'подредено за',
    last: 'последно',
    foundIn: 'намерено в',
    entry: 'запис',
    text: 'текст',
  },
  filedOn: (p) => `Подредени за ${p.day}`,
  behind: (p) => `Зад разделител ${p.month}`,
  span: (p) => ` (${p.from} – ${p.to})`,
  count: (p) => `${p.title}: ${dossiers(p.count)}`,
  nothingFiled: (p) => `${p.title}: нищо не е подредено.`,
  stillBehindDays: (p) => `${p.title}: нищо; целият месец е още зад разделителите за дни (crm binder).`,
  late: (p) => ` (${p.days} д. закъснение)`,
  closed: 'затворено',
  nothingMatches: (p) => `Нищо не съвпада с „${p.text}“.`,
  matches: (p) => `${p.dossiers} ${counted('bg', p.count, { one: 'съвпада', other: 'съвпадат' })} с „${p.text}“`,
  dossiers: (p) => dossiers(p.count),
  onlyFirst: (p) => `Показани са само първите ${p.count}; потърсете с повече от текста.`,
  foundInHistory: 'Намерено в историята',
  card: (p) => `карта (${p.fields})`,
  entry: (p) => `${p.kind} ${p.day}`,
  entries: (p) => entries(p.count),
  comma: ', ',
  moreEntries: (p) => `и още ${entries(p.count)}: crm show ${p.handle}`,
  offer: 'оферта: ',
};
