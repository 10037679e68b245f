// فارسی: فهرست پرونده‌ها (render/list.ts): آنچه پشت یک جداکننده بایگانی شده (crm open) و آنچه با جست‌وجو جور است (crm find).
import type { Catalogue } from '../catalogue.js';
import { counted, digits } from '../plural.js';

const dossiers = (n: number) => counted('fa', n, { one: '# پرونده', other: '# پرونده' });

export const lists: Catalogue['lists'] = {
  headers: {
    handle: 'شناسه',
    name: 'نام',
    company: 'شرکت',
    phone: 'تلفن',
    filedOn: 'بایگانی برای',
    last: 'آخرین',
    foundIn: 'یافته در',
    entry: 'مورد',
    text: 'متن',
  },
  filedOn: (p) => `بایگانی‌شده برای ${p.day}`,
  behind: (p) => `پشت جداکنندهٔ ${p.month}`,
  span: (p) => ` (${p.from} تا ${p.to})`,
  count: (p) => `${p.title}: ${dossiers(p.count)}`,
  nothingFiled: (p) => `${p.title}: چیزی بایگانی نشده است.`,
  stillBehindDays: (p) => `${p.title}: هیچ؛ تمام آن ماه هنوز پشت جداکننده‌های روز است (crm binder).`,
  late: (p) => ` (${digits('fa', p.days)} روز دیرکرد)`,
  closed: 'بسته',
  nothingMatches: (p) => `هیچ پرونده‌ای با «${p.text}» پیدا نشد.`,
  matches: (p) => `${p.dossiers} با «${p.text}» ${counted('fa', p.count, { one: 'پیدا شد', other: 'پیدا شد' })}`,
  dossiers: (p) => dossiers(p.count),
  onlyFirst: (p) => `فقط ${digits('fa', p.count)} پروندهٔ اول آمده است؛ بخش بیشتری از متن را جست‌وجو کنید.`,
  foundInHistory: 'یافته در تاریخچه',
  card: (p) => `کارت (${p.fields})`,
  entry: (p) => `${p.kind} ${p.day}`,
  entries: (p) => `${digits('fa', p.count)} مورد`,
  comma: '، ',
  moreEntries: (p) => `و ${digits('fa', p.count)} مورد دیگر: crm show ${p.handle}`,
  offer: 'پیشنهاد: ',
};
