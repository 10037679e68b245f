// فارسی: نگهداری زونکن، crm backup، crm restore، crm doctor.
import type { Catalogue } from '../catalogue.js';
import { counted, digits } from '../plural.js';
import { dates } from './dates.js';

/** One thing (0 or 1) or several. */
const pick = <T>(n: number, forms: { one: T; other: T }): T => (counted('fa', n, { one: 'one', other: 'other' }) === 'one' ? forms.one : forms.other);

/** The first few of a list, and how many more there are of `count`. */
const listed = (items: string[], count: number) => (count > items.length ? `${items.join('، ')} و ${digits('fa', count - items.length)} مورد دیگر` : items.join('، '));

const OF_DOSSIER = { any: 'پرونده‌ای', one: 'پرونده‌ای که', other: 'پرونده‌هایی که' };
const OF_CHANGE = { any: 'تغییری', one: 'تغییری که', other: 'تغییراتی که' };

/** Rows that belong to no dossier (or change). */
const orphans = (n: number, noun: string, owner = OF_DOSSIER) =>
  pick(n, {
    one: `${digits('fa', n)} ${noun} به هیچ ${owner.any} تعلق ندارد (${owner.one} به آن اشاره می‌کند در زونکن نیست)`,
    other: `${digits('fa', n)} ${noun} به هیچ ${owner.any} تعلق ندارند (${owner.other} به آن‌ها اشاره می‌کنند در زونکن نیستند)`,
  });

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
  problem: {
    integrity: (p) => `یکپارچگی: ${p.line}`,
    orphanEntries: (p) => orphans(p.count, 'مورد سابقه'),
    orphanDocuments: (p) => orphans(p.count, 'سند'),
    orphanPromises: (p) => orphans(p.count, 'قول'),
    orphanComplaints: (p) => orphans(p.count, 'شکایت'),
    orphanWords: (p) => orphans(p.count, 'واژهٔ جست‌وجو'),
    orphanHistoryTexts: (p) => orphans(p.count, 'متن سابقهٔ find'),
    orphanUndoRecords: (p) => orphans(p.count, 'رکورد واگرد', OF_CHANGE),
    orphanRows: (p) => orphans(p.count, `ردیف جدول ${p.table}`),
    undatedDossiers: (p) =>
      pick(p.count, {
        one: `${digits('fa', p.count)} پرونده در تاریخی بایگانی شده که وجود ندارد`,
        other: `${digits('fa', p.count)} پرونده در تاریخ‌هایی بایگانی شده‌اند که وجود ندارند`,
      }),
    undatedPromises: (p) =>
      pick(p.count, { one: `موعد ${digits('fa', p.count)} قول تاریخی است که وجود ندارد`, other: `موعد ${digits('fa', p.count)} قول تاریخ‌هایی است که وجود ندارند` }),
    undatedComplaints: (p) =>
      pick(p.count, { one: `موعد ${digits('fa', p.count)} شکایت تاریخی است که وجود ندارد`, other: `موعد ${digits('fa', p.count)} شکایت تاریخ‌هایی است که وجود ندارند` }),
    filedNowhere: (p) =>
      `${pick(p.count, {
        one: `${digits('fa', p.count)} پروندهٔ باز هیچ‌جا بایگانی نشده است (پشت هیچ جداکننده‌ای نیست و بسته هم نشده)`,
        other: `${digits('fa', p.count)} پروندهٔ باز هیچ‌جا بایگانی نشده‌اند (پشت هیچ جداکننده‌ای نیستند و بسته هم نشده‌اند)`,
      })}: ${listed(p.handles, p.count)}؛ هر یک را با crm file <مشتری> <زمان> دوباره بایگانی کنید`,
    filedElsewhere: (p) =>
      `${pick(p.count, {
        one: `${digits('fa', p.count)} پرونده جایی غیر از آنچه سابقه‌اش می‌گوید بایگانی شده است`,
        other: `${digits('fa', p.count)} پرونده جایی غیر از آنچه سابقه‌شان می‌گوید بایگانی شده‌اند`,
      })}: ${listed(
        p.handles.map((handle, i) => `${handle} در ${p.on[i]}، به گفتهٔ سابقه ${p.says[i] ?? 'بسته'}`),
        p.count,
      )}`,
    unsafeHandles: (p) =>
      `${pick(p.count, {
        one: `${digits('fa', p.count)} پرونده شناسه‌ای دارد که crm نمی‌پذیرد`,
        other: `${digits('fa', p.count)} پرونده شناسه‌هایی دارند که crm نمی‌پذیرد`,
      })} (${dates.handleRule}): ${listed(p.handles, p.count)}`,
    unsafeDocuments: (p) =>
      `${pick(p.count, {
        one: `نام ${digits('fa', p.count)} سند یک مسیر است یا سند نامی ندارد`,
        other: `نام ${digits('fa', p.count)} سند مسیر است یا سندها نامی ندارند`,
      })} (${dates.documentNameRule}): ${listed(p.documents, p.count)}`,
    unsafeUndo: (p) =>
      `${pick(p.count, {
        one: `${digits('fa', p.count)} رکورد واگرد شناسه یا نام سندی را برمی‌گرداند که crm نمی‌پذیرد`,
        other: `${digits('fa', p.count)} رکورد واگرد شناسه‌ها یا نام‌های سندی را برمی‌گردانند که crm نمی‌پذیرد`,
      })}: ${listed(p.names, p.count)}`,
    wordless: (p) =>
      `${pick(p.count, {
        one: `${digits('fa', p.count)} پرونده واژهٔ جست‌وجو ندارد، پس هیچ نام مشتری‌ای آن را پیدا نمی‌کند`,
        other: `${digits('fa', p.count)} پرونده واژهٔ جست‌وجو ندارند، پس هیچ نام مشتری‌ای آن‌ها را پیدا نمی‌کند`,
      })}: ${listed(p.handles, p.count)}`,
    staleText: (p) =>
      `${pick(p.count, {
        one: `متن crm find برای ${digits('fa', p.count)} پرونده به‌روز نیست`,
        other: `متن‌های crm find برای ${digits('fa', p.count)} پرونده به‌روز نیستند`,
      })}: ${listed(p.handles, p.count)}`,
    staleHistory: (p) =>
      `${pick(p.count, {
        one: `متن سابقهٔ crm find برای ${digits('fa', p.count)} پرونده به‌روز نیست`,
        other: `متن‌های سابقهٔ crm find برای ${digits('fa', p.count)} پرونده به‌روز نیستند`,
      })}: ${listed(p.handles, p.count)}`,
    findIndex: 'نمایهٔ crm find با پرونده‌ها جور نیست',
    historyIndex: 'نمایهٔ سابقهٔ crm find با سابقهٔ پرونده‌ها جور نیست',
    miscounted: (p) =>
      pick(p.count, {
        one: `شمار بایگانی‌های ${digits('fa', p.count)} روز با پرونده‌هایی که در آن روز بایگانی شده‌اند جور نیست`,
        other: `شمار بایگانی‌های ${digits('fa', p.count)} روز با پرونده‌هایی که در آن روزها بایگانی شده‌اند جور نیست`,
      }),
  },
  unchecked: {
    readOnlyIndex: (p) => `نمایهٔ find: زونکن فقط‌خواندنی است (${p.why}) و SQLite برای بررسی این نمایه در آن می‌نویسد`,
    onServer: 'یکپارچگی فایل: زونکن روی سرور PostgreSQL است که خودش فضای ذخیره‌اش را بررسی و نسخه‌برداری می‌کند (pg_dump)؛ crm export محتوای آن را بیرون می‌نویسد',
  },
};
