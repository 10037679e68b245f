// فارسی: چرا در فایل زونکن نمی‌شود نوشت یا نسخه‌ای را نمی‌شود برگرداند (store/sqlite.ts).
import type { Catalogue } from '../catalogue.js';
import { digits } from '../plural.js';

export const storeWhy: Catalogue['storeWhy'] = {
  readOnlyFileSystem: 'روی سامانهٔ فایل فقط‌خواندنی است',
  fileNotWritable: 'فایل نوشتنی نیست',
  folderNotWritable: (p) => `پوشه‌اش ${p.folder} نوشتنی نیست و SQLite گزارش کارش را کنار زونکن می‌نویسد`,
  sqliteMayNot: 'SQLite اجازهٔ نوشتن در آن را ندارد',
  emptyFile: (p) => `${p.why}، و فایلی خالی است، هنوز زونکن نشده`,
  mustUpgrade: (p) => `${p.why}، و این crm باید اول آن را از نسخهٔ ${digits('fa', p.version)} ارتقا دهد`,
  copy: {
    noSuchFile: 'چنین فایلی وجود ندارد',
    theBinder: 'این خود زونکن است',
    anotherProgram: 'پایگاه‌دادهٔ SQLite برنامهٔ دیگری است، نه زونکن crm',
    newer: (p) => `crm تازه‌تری آن را نوشته است (نسخهٔ زونکن ${digits('fa', p.version)}، این crm تا ${digits('fa', p.newest)} را می‌شناسد)`,
    empty: 'فایل SQLite خالی است، نه زونکن',
    damaged: (p) => `آسیب دیده است (${p.reason})`,
    dangling: 'رکوردهایی در آن به پرونده‌هایی اشاره می‌کنند که وجود ندارند',
    unsafe: (p) => `در آن: ${p.problem}`,
    damagedOrNot: 'آسیب دیده است، یا فایل SQLite نیست',
    unreadable: (p) => `خوانده نمی‌شود (${p.code})`,
  },
};
