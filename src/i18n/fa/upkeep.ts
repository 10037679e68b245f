// فارسی: نگهداری زونکن، crm backup، crm restore، crm doctor.
import type { Catalogue } from '../catalogue.js';
import { counted, digits } from '../plural.js';

const dossiers = (n: number) => counted('fa', n, { one: '# پرونده', other: '# پرونده' });

export const upkeep: Catalogue['upkeep'] = {
  backedUp: (p) => `از زونکن در ${p.path} نسخهٔ پشتیبان گرفته شد (${digits('fa', p.size)} بایت).`,
  removedOldest: (p) => `${digits('fa', p.count)} نسخهٔ قدیمی‌تر از ۱۰ نسخهٔ آخر پاک شد.`,
  nothingRestored: 'چیزی بازگردانی نشد.',
  restored: (p) => `${p.from} (${dossiers(p.dossiers)}) به‌عنوان زونکن ${p.path} بازگردانی شد.`,
  asItWas: (p) => `زونکن پیشین در ${p.before} است؛ برای برگشت به آن، crm restore را با همین فایل اجرا کنید.`,
  replace: (p) => `زونکن ${p.path} (${dossiers(p.current)}) با ${p.from} (${dossiers(p.dossiers)}) جایگزین شود؟ زونکن کنونی در backups/ نگه داشته می‌شود.`,
  repaired: (p) => `ترمیم شد: ${p.line}`,
  notChecked: (p) => `بررسی نشد: ${p.line}`,
  problems: (p) => `${p.path}: ${counted('fa', p.count, { one: '# مشکل', other: '# مشکل' })}؛ ${p.advice}`,
  mendRepair: 'crm doctor --repair آنچه را find و نمای زونکن می‌خوانند از روی پرونده‌ها دوباره می‌سازد',
  mendServer: 'نسخه‌های سرور (pg_dump) زونکن را همان‌طور که پیش‌تر بود نگه می‌دارند',
  mendRestore: 'crm restore <نسخه> یک نسخهٔ پیشین را بازمی‌گرداند (crm backup آن‌ها را می‌سازد)',
  healthy: (p) => `${p.path}: بدون مشکل (یکپارچگی، رکوردها، تاریخ‌ها، بایگانی‌ها در برابر تاریخچه، واژه‌های جست‌وجو، متن‌ها و نمایه‌های find، شمار بایگانی‌ها).`,
  healthyUnindexed: (p) => `${p.path}: بدون مشکل (یکپارچگی، رکوردها، تاریخ‌ها، بایگانی‌ها در برابر تاریخچه، واژه‌های جست‌وجو، متن‌های find، شمار بایگانی‌ها).`,
  noBinderToBackUp: (p) => `در ${p.path} زونکنی برای پشتیبان‌گیری نیست؛ با --db یا CRM_DB آن را مشخص کنید`,
  noBinderToCheck: (p) => `در ${p.path} زونکنی برای بررسی نیست؛ با --db یا CRM_DB آن را مشخص کنید`,
  cannotWriteBackup: (p) => `نوشتن نسخهٔ پشتیبان ${p.path} ممکن نشد (${p.code})؛ بررسی کنید که پوشه‌اش وجود دارد و مال شماست`,
  cannotWriteBackups: (p) => `نوشتن نسخهٔ پشتیبان در ${p.folder} ممکن نشد (${p.code})؛ بررسی کنید که این پوشه وجود دارد و مال شماست`,
  restoreNeedsYes: (p) => `restore کل زونکن ${p.path} را جایگزین می‌کند و در ترمینال اول می‌پرسد؛ برای بازگردانی ${p.from} بدون پرسش، --yes را اضافه کنید؛ چیزی نوشته نشد`,
};
