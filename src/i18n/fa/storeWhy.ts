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
  url: {
    atAfterHost: 'بعد از میزبان یک @ آمده است (در گذرواژه / و ? و @ به شکل %2F، %3F، %40 نوشته می‌شوند)',
    scheme: 'با postgres:// یا postgresql:// شروع نمی‌شود',
    unknownParameter: (p) => `پارامتر "${p.name}" را دارد که crm نمی‌شناسد (این‌ها را می‌شناسد: ${p.known})`,
    noValue: (p) => `پارامتر "${p.name}" مقداری ندارد (بنویسید ${p.name}=...)`,
    port: (p) => `درگاه "${p.port}" شمارهٔ درگاه نیست (1-65535)`,
    noUser: 'کاربری را نام نمی‌برد، PGUSER و USER هم نه (بنویسید postgres://<user>@<host>/<database>)',
    noDatabase: 'نام پایگاه‌داده خالی است (بنویسید postgres://<host>/<database>)',
    timeout: (p) => `connect_timeout "${p.timeout}" تعداد ثانیه نیست`,
    sslmode: (p) => `sslmode "${p.sslmode}" یکی از این‌ها نیست: ${p.modes}`,
    noSchema: 'search_path آن طرح‌واره‌ای را نام نمی‌برد (بنویسید options=-csearch_path%3D<schema>)',
    severalHosts: 'چند میزبان را نام می‌برد؛ crm به یکی وصل می‌شود (همان را نام ببرید)',
    badPercent: (p) => `${p.part} یک % دارد که دو رقم شانزده‌شانزدهی پس از آن نیامده (برای خود % بنویسید %25)`,
    parts: {
      parameter: 'نام یک پارامتر',
      user: 'نام کاربری',
      database: 'نام پایگاه‌داده',
      password: 'گذرواژه',
      host: 'میزبان',
      value: (p) => `پارامتر ${p.name}`,
    },
  },
};
