// فارسی: آنچه crm export، crm ics و crm import دربارهٔ فایل‌هایی که می‌نویسند و می‌خوانند می‌گویند.
import type { Catalogue } from '../catalogue.js';
import { counted, digits } from '../plural.js';

export const exchange: Catalogue['exchange'] = {
  exported: (p) => `${counted('fa', p.count, { one: '# پرونده', other: '# پرونده' })} در ${p.path} نوشته شد (${p.format}).`,
  calendarWritten: (p) => `${counted('fa', p.count, { one: '# رویداد', other: '# رویداد' })} تقویم در ${p.path} نوشته شد.`,
  progress: (p) => `درون‌ریزی ${p.file}: ${p.read} ${counted('fa', p.count, { one: 'پرونده', other: 'پرونده' })} خوانده شد`,
  progressShare: (p) => `درون‌ریزی ${p.file}: ${p.read} ${counted('fa', p.count, { one: 'پرونده', other: 'پرونده' })} خوانده شد (${digits('fa', p.percent)}٪)`,
  outputIsFolder: (p) => `${p.path} یک پوشه است؛ نام یک فایل را برای نوشتن بدهید، مثلاً ${p.example}`,
  cannotWrite: (p) => `نوشتن ${p.path} ممکن نشد (${p.code})؛ بررسی کنید که پوشه‌اش وجود دارد و مال شماست`,
  cannotReplace: (p) => `جایگزینی ${p.path} ممکن نشد (${p.code})؛ بررسی کنید که فایلی است که می‌توانید در آن بنویسید`,
  fileOnOrSpread: '--file-on و --spread هر دو جای بایگانی را می‌گویند؛ یکی از آن‌ها را بدهید',
  perDayNeedsSpread: '--per-day همراه --spread می‌آید: crm import <فایل> --spread --per-day 5',
  mapForCsv: (p) => `--map و --delimiter برای فایل‌های CSV است؛ ${p.file} به‌عنوان خروجی JSON crm خوانده می‌شود`,
  mapForCsvVcard: (p) => `--map و --delimiter برای فایل‌های CSV است؛ ${p.file} به‌عنوان vCard خوانده می‌شود`,
  skipInvalidForContacts: (p) => `--skip-invalid برای مخاطبان است (CSV، vCard)؛ ${p.file} خروجی JSON crm است و یا کامل درون‌ریزی می‌شود یا اصلاً`,
  noFile: (p) => `فایل ${p.file} وجود ندارد؛ مسیر را بررسی کنید`,
  importFolder: (p) => `${p.file} یک پوشه است؛ فایلی را برای درون‌ریزی نام ببرید`,
  cannotRead: (p) => `خواندن ${p.file} ممکن نشد (${p.code})؛ بررسی کنید که فایلی است که می‌توانید بخوانید`,
};
