// Հայերեն: թղթապանակների ցուցակներ (render/list.ts)՝ ինչ է դասված բաժանարարի հետևում (crm open) և ինչն է համապատասխանում որոնմանը (crm find)։
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

const dossiers = (n: number) => counted('hy', n, { one: '# թղթապանակ', other: '# թղթապանակ' });

export const lists: Catalogue['lists'] = {
  headers: {
    handle: 'կարճ անուն',
    name: 'անուն',
    company: 'ընկերություն',
    phone: 'հեռախոս',
    filedOn: 'դասված է',
    last: 'վերջինը',
    foundIn: 'գտնվել է',
    entry: 'գրառում',
    text: 'տեքստ',
  },
  filedOn: (p) => `Դասված է՝ ${p.day}`,
  behind: (p) => `${p.month} բաժանարարի հետևում`,
  span: (p) => ` (${p.from} – ${p.to})`,
  count: (p) => `${p.title}: ${dossiers(p.count)}`,
  nothingFiled: (p) => `${p.title}: ոչինչ դասված չէ։`,
  stillBehindDays: (p) => `${p.title}: ոչինչ, այդ ամիսն ամբողջությամբ դեռ օրերի բաժանարարների հետևում է (crm binder)։`,
  late: (p) => ` (${p.days} օր ուշացած)`,
  closed: 'փակված',
  nothingMatches: (p) => `«${p.text}»-ին ոչինչ չի համապատասխանում։`,
  matches: (p) => `«${p.text}»-ին ${counted('hy', p.count, { one: 'համապատասխանում է', other: 'համապատասխանում է' })} ${p.dossiers}`,
  dossiers: (p) => dossiers(p.count),
  onlyFirst: (p) => `Ցուցադրված են միայն առաջին ${p.count}-ը, որոնեք տեքստի ավելի մեծ մասով։`,
  foundInHistory: 'Գտնվել է պատմության մեջ',
  card: (p) => `քարտ (${p.fields})`,
  entry: (p) => `${p.kind} ${p.day}`,
  entries: (p) => `${p.count} գրառում`,
  comma: ', ',
  moreEntries: (p) => `և ևս ${p.count} գրառում՝ crm show ${p.handle}`,
  offer: 'առաջարկ: ',
};
