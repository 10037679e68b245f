// فارسی: خطاهای زونکن و سرور، آن‌طور که کاربر می‌خواند (commands/words.ts).
import type { Catalogue } from '../catalogue.js';
import { digits } from '../plural.js';

export const store: Catalogue['store'] = {
  damaged: (p) => `زونکن ${p.path} ${p.what} (SQLite: ${p.reason})؛ چیزی نوشته نشد. crm doctor می‌گوید چه ایرادی دارد؛ ${p.restore}`,
  isDamaged: 'آسیب دیده است',
  damagedOrNot: 'آسیب دیده است، یا اصلاً فایل SQLite نیست',
  restoreNewest: (p) => `crm restore ${p.copy} تازه‌ترین نسخهٔ پشتیبان را برمی‌گرداند`,
  noCopy: (p) => `در ${p.folder} نسخهٔ پشتیبانی برای برگرداندن نیست (crm restore <نسخه> نسخه‌ای را هم که جای دیگری ساخته شده می‌پذیرد)`,
  noFolder: (p) => `پوشهٔ ${p.folder} برای زونکن ${p.path} وجود ندارد؛ اول آن را بسازید (mkdir -p ${p.folder}) یا با --db زونکن دیگری را نام ببرید`,
  isDirectory: (p) => `${p.path} پوشه است، نه فایل زونکن؛ فایلی درون آن را نام ببرید (--db ${p.inside})`,
  anotherProgram: (p) => `${p.path} پایگاه‌دادهٔ SQLite برنامهٔ دیگری است، نه زونکن crm؛ با --db یا CRM_DB زونکنی را نام ببرید`,
  newer: (p) =>
    `${p.path} را crm تازه‌تری نوشته است (نسخهٔ زونکن ${digits('fa', p.version)}، این crm تا ${digits('fa', p.newest)} را می‌شناسد)؛ برای باز کردنش crm را به‌روز کنید`,
  readOnly: (p) => `زونکن ${p.path} فقط‌خواندنی است (${p.why})؛ چیزی نوشته نشد. خواندنش ممکن است؛ برای تغییرش آن را نوشتنی کنید`,
  cannotOpen: (p) => `زونکن ${p.path} باز نمی‌شود (${p.code})؛ بررسی کنید که فایل و پوشه‌اش مال شما و نوشتنی باشند`,
  cannotCopy: (p) =>
    `پیش از ارتقا نمی‌شود از ${p.path} در ${p.where} نسخه گرفت (${p.reason})؛ چیزی تغییر نکرد، کمی جا باز کنید یا دسترسی‌های پوشه را درست کنید و دوباره امتحان کنید`,
  cannotUpgrade: (p) =>
    `نمی‌شود ${p.path} را از نسخهٔ ${digits('fa', p.from)} به ${digits('fa', p.to)} ارتقا داد (${p.reason})؛ زونکن همان است که بود و یک نسخه از آن در ${p.where} است`,
  backupsRefused: {
    anotherUser: (p) => `نمی‌شود نسخه‌های زونکن را در ${p.folder} نگه داشت: مال کاربر دیگری است (uid ${p.uid})؛ آن را جابه‌جا کنید تا crm پوشهٔ خودش را آنجا بسازد`,
    openToOthers: (p) => `نمی‌شود نسخه‌های زونکن را در ${p.folder} نگه داشت: دیگران هم به آن دسترسی دارند (mode ${p.mode})؛ با chmod 700 ${p.folder} آن را فقط مال خودتان کنید`,
    symbolicLink: (p) => `نمی‌شود نسخه‌های زونکن را در ${p.folder} نگه داشت: پیوند نمادین است؛ آن را جابه‌جا کنید تا crm پوشهٔ خودش را آنجا بسازد`,
    notAFolder: (p) => `نمی‌شود نسخه‌های زونکن را در ${p.folder} نگه داشت: پوشه نیست؛ آن را جابه‌جا کنید تا crm پوشهٔ خودش را آنجا بسازد`,
  },
  notRestorable: (p) => `${p.path} را نمی‌شود برگرداند: ${p.why}؛ نسخه‌ای را نام ببرید که crm backup نوشته است (در ${p.backups} هستند)`,
  noDossier: (p) => `پروندهٔ "${p.handle}" وجود ندارد`,
  handleUnseen: (p) =>
    `شناسهٔ "${p.handle}" مال پروندهٔ یکی از همکاران است که شما آن را نمی‌بینید؛ چیزی نوشته نشد. پروندهٔ خودتان را با شناسهٔ دیگری بایگانی کنید: crm file ${p.handle}-2 <کی> --name "..."`,
  handleTaken: (p) => `در این فاصله crm دیگری پرونده‌ای با شناسهٔ "${p.handle}" بایگانی کرد؛ چیزی نوشته نشد، دوباره امتحان کنید`,
  badUrl: (p) => `${p.url} نشانی زونکنِ روی سرور نیست: ${p.why}${p.hint}`,
  writeUrl: '؛ بنویسید postgres://<user>@<host>:<port>/<database>?options=-csearch_path%3D<schema>',
  nulOnServer: 'زونکنِ روی سرور PostgreSQL نمی‌تواند متنی با نویسهٔ U+0000 (NUL) نگه دارد و این تغییر چنین نویسه‌ای دارد؛ آن را بردارید و دوباره امتحان کنید؛ چیزی نوشته نشد',
  changedSince: (p) =>
    `crm undo تغییر شما "${p.summary}" (${p.at}) را پس می‌گرفت، اما از آن موقع ${p.others.join(' و ')} روی ${p.where.join('، ')} ${p.others.length === 1 ? 'نوشته است' : 'نوشته‌اند'} (اولین بار ${p.first})؛ چیزی نوشته نشد. به‌جایش دستی تغییرش دهید (crm show ${p.handle})`,
  someone: 'کسی',
  idTooLarge: (p) => `زونکن شناسهٔ عددی ${p.id} دارد، بیش از آنچه crm دقیق می‌شمارد (2^53): برنامهٔ دیگری آن را نوشته است؛ crm بیشتر نمی‌خواند`,
  server: {
    unreachable: (p) => `سرور زونکن (${p.where}) در دسترس نیست: ${p.code}؛ بررسی کنید که سرور روشن باشد و میزبان و درگاه در --db یا CRM_DB درست باشند`,
    loginRefused: (p) => `سرور ورود ${p.user} به زونکن (${p.where}) را نپذیرفت: ${p.reason}؛ نام کاربری و گذرواژه را در نشانی، PGPASSWORD یا ~/.pgpass بررسی کنید`,
    noDatabase: (p) => `سرور پایگاه‌دادهٔ ${p.database} را برای زونکن (${p.where}) ندارد؛ نام پایگاه‌داده را در --db یا CRM_DB بررسی کنید، یا از مدیر سرور بخواهید آن را بسازد`,
    connectTimeout: (p) => `سرور زونکن (${p.where}) به‌موقع پاسخ نداد؛ میزبان، درگاه و شبکه را بررسی کنید (connect_timeout=<ثانیه> در نشانی بیشتر صبر می‌کند)`,
    lockTimeout: (p) => `crm دیگری زونکن (${p.where}) را زیادی نگه داشت؛ چیزی نوشته نشد، دوباره امتحان کنید`,
    statementTimeout: (p) => `سرور زونکن (${p.where}) زیادی طول داد تا پاسخ دهد؛ چیزی نوشته نشد. دوباره امتحان کنید، یا از مدیرش بپرسید که آیا بیش از حد پرکار است`,
    dropped: (p) => `ارتباط با سرور زونکن (${p.where}) قطع شد؛ دوباره امتحان کنید (crm changes نشان می‌دهد که تغییری انجام شد یا نه)`,
    refused: (p) => `سرور زونکن (${p.where}) نپذیرفت: ${p.reason} (SQLSTATE ${p.sqlstate})؛ چیزی نوشته نشد`,
  },
  serverBinder: {
    none: (p) => `در ${p.where} زونکنی نیست؛ crm team init آنجا یکی می‌سازد`,
    anotherProgram: (p) =>
      `${p.where} جدول‌های برنامهٔ دیگری دارد (${p.tables.join('، ')}${p.more > 0 ? ` و ${digits('fa', p.more)} جدول دیگر` : ''})، نه زونکن crm؛ با options=-csearch_path%3D<schema> در نشانی، طرح‌واره‌ای خالی را نام ببرید`,
    already: (p) => `در ${p.where} از قبل زونکنی هست (نسخهٔ ${digits('fa', p.version)})؛ چیزی تغییر نکرد. crm team upgrade آن را به‌روز می‌کند، یا طرح‌وارهٔ دیگری را نام ببرید`,
    older: (p) =>
      `زونکن در ${p.where} نسخهٔ ${digits('fa', p.version)} است، قدیمی‌تر از ${digits('fa', p.newest)}ِ این crm؛ مسئول زونکن تیم crm team upgrade را اجرا کند (فرمان‌های دیگر هرگز زونکنِ روی سرور را ارتقا نمی‌دهند)`,
    newer: (p) => `زونکن در ${p.where} نسخهٔ ${digits('fa', p.version)} است و crm تازه‌تری آن را نوشته (این یکی تا ${digits('fa', p.newest)} را می‌شناسد)؛ برای استفاده از آن crm را به‌روز کنید`,
    unknownVersion: (p) =>
      `زونکن در ${p.where} می‌گوید نسخهٔ ${digits('fa', p.version)} است، که هیچ crmی روی سرور نساخته؛ چیزی تغییر نکرد. نسخهٔ پشتیبان سرور را برگردانید (pg_dump)، یا از کسی که crm_meta را تغییر داده بپرسید`,
    cLocale: (p) =>
      `پایگاه‌دادهٔ ${p.database} نوع نویسهٔ ${p.ctype} دارد که در آن crm find نمی‌تواند نام‌های غیرلاتین را نمایه کند؛ زونکن را در پایگاه‌داده‌ای با محلی UTF-8 بسازید (CREATE DATABASE <name> LC_CTYPE 'C.UTF-8' TEMPLATE template0)`,
    noTrgm: (p) => `crm find به افزونهٔ pg_trgm نیاز دارد که crm نتوانست آن را روی سرور ${p.where} بسازد (${p.reason})؛ از مدیرش بخواهید در آن پایگاه‌داده CREATE EXTENSION pg_trgm را اجرا کند`,
    noRoles: (p) =>
      `زونکن تیم به دو نقش گروهی نیاز دارد، ${p.roles.join(' و ')}، که ورود شما نمی‌تواند روی سرور ${p.where} بسازد (${p.reason})؛ از مدیرش بخواهید ${p.create} را اجرا کند، یا crm team init را با ورودی که CREATEROLE دارد اجرا کنید`,
  },
  people: {
    noLogin: (p) =>
      `نام کاربری ${p.login} روی سرور وجود ندارد و نام کاربری شما اجازهٔ ساختن آن را ندارد؛ از مدیر سرور بخواهید ${p.create} را اجرا کند، سپس دوباره crm team add ${p.login} را اجرا کنید`,
    mayNotGrant: (p) =>
      `نام کاربری شما اجازه ندارد ${p.roles.length === 1 ? 'نقش' : 'نقش‌های'} تیم ${p.roles.join(' و ')} را به ${p.login} بدهد؛ مدیر سیستم زونکن (کسی که crm team init را اجرا کرد) یا مدیری که با --manager اضافه شده می‌تواند`,
    already: (p) => `${p.login} از قبل در تیم است؛ crm team نشان می‌دهد چه کسانی در تیم‌اند`,
  },
  needsServer: (p) =>
    `crm ${p.command} روی زونکنِ سرور PostgreSQL کار می‌کند؛ ${p.path} یک فایل است. سروری را نام ببرید: --db postgres://<user>@<host>/<database>?options=-csearch_path%3D<schema>`,
  needsTeam: (p) =>
    `crm ${p.command} روی زونکن تیم، روی سرور PostgreSQL، کار می‌کند؛ ${p.path} فایل زونکنی است که تنها کاربرش مسئول همهٔ پرونده‌هاست. زونکن تیمی را نام ببرید: --db postgres://<user>@<host>/<database>?options=-csearch_path%3D<schema>`,
  needsFile: (p) =>
    `crm ${p.command} روی زونکنی کار می‌کند که در فایل نگه داشته می‌شود؛ این زونکن روی سرور PostgreSQL است که نسخه‌هایش را خودش نگه می‌دارد (pg_dump)؛ crm export محتوایش را بیرون می‌نویسد`,
};
