// فارسی: آنچه crm promise، crm complaint، crm form، crm edit، crm attach و crm docs نمی‌پذیرند.
import type { Catalogue } from '../catalogue.js';
import { digits } from '../plural.js';

export const records: Catalogue['records'] = {
  noPromise: (p) => `قول ${digits('fa', p.id)} وجود ندارد؛ crm promises قول‌های باز را فهرست می‌کند`,
  promiseKept: (p) => `قول ${digits('fa', p.id)} پیش‌تر عملی شده است (${p.day})`,
  noComplaint: (p) => `شکایت ${digits('fa', p.id)} وجود ندارد؛ crm complaints شکایت‌های باز را فهرست می‌کند`,
  complaintResolved: (p) => `شکایت ${digits('fa', p.id)} پیش‌تر حل شده است (${p.day})`,
  sayHowResolved: (p) => `بنویسید چگونه حل شد: crm complaint resolve ${p.id} --note "قطعات تعویض شد"`,
  editNeedsFields: 'edit فیلدهایی برای تغییر می‌خواهد (crm edit acme --phone "+48 22 555 01 02") یا یک ترمینال برای $EDITOR',
  cannotRead: (p) => `خواندن ${p.path} ممکن نشد (${p.code})؛ مسیر را بررسی کنید`,
  notValid: (p) => `${p.path} یک ${p.format} معتبر نیست: ${p.detail}`,
  noFormYet: (p) => `فرم «${p.name}» وجود ندارد؛ با crm form add <فایل> یکی اضافه کنید`,
  noForm: (p) => `فرم «${p.name}» وجود ندارد؛ فرم‌های زونکن: ${p.names}`,
  fieldNotPair: (p) => `--field "${p.pair}" به شکل کلید=مقدار نیست؛ بنویسید --field budget=12000`,
  attachBoth: 'attach یا فایل می‌گیرد یا --link <url|مسیر>، نه هر دو: فایل‌ها و پیوند را جداگانه پیوست کنید',
  attachNeedsFiles: 'attach فایل می‌خواهد (crm attach acme offer.pdf) یا --link <url>',
  nameTaken: (p) => `${p.handle} از قبل سندی به نام ${p.name} دارد؛ نام فایل را عوض کنید و دوباره پیوست کنید`,
  notAFile: (p) => `${p.file} فایل نیست؛ فایل‌ها را یکی‌یکی پیوست کنید، یا فایل‌های یک پوشه را با الگوی پوسته`,
  overLimit: (p) => `${p.file} ${p.size} است، بیش از سقف ${p.limit} زونکن؛ آن را با --link <مسیر یا url> پیوست کنید یا سقف را بالا ببرید (crm config attach-limit 50MB)`,
  linkEmpty: '--link یک URL یا مسیر می‌خواهد',
  documentsMatch: (p) => `«${p.name}» با ${digits('fa', p.count)} سند ${p.handle} جور است: ${p.names}؛ بخش بیشتری از نام را بنویسید`,
  noDocuments: (p) => `${p.handle} سندی به نام ${p.name} ندارد`,
  noDocument: (p) => `${p.handle} سندی به نام ${p.name} ندارد؛ سندهایش: ${p.names}`,
  isLink: (p) => `${p.name} یک پیوند است، نه فایل ذخیره‌شده: ${p.link}`,
  exists: (p) => `${p.path} وجود دارد؛ برای بازنویسی --force را اضافه کنید، یا -o <مسیر دیگر>`,
  isFolder: (p) => `${p.path} یک پوشه است؛ -o <مسیر دیگر> بدهید`,
  noFolder: (p) => `پوشهٔ ${p.folder} وجود ندارد؛ اول آن را بسازید، یا با -o مسیر دیگری بدهید`,
};
