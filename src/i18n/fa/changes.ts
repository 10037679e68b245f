// فارسی: آنچه فرمان‌های تغییردهندهٔ زونکن می‌گویند (render/changes.ts).
import type { Catalogue } from '../catalogue.js';
import { counted, digits } from '../plural.js';

const dossiers = (n: number) => counted('fa', n, { one: '# پرونده', other: '# پرونده' });

export const changes: Catalogue['changes'] = {
  logged: {
    call: (p) => `تماس با ${p.handle} (${p.name}) ثبت شد${p.how}.`,
    meeting: (p) => `جلسه با ${p.handle} (${p.name}) ثبت شد${p.how}.`,
    email: (p) => `ایمیل با ${p.handle} (${p.name}) ثبت شد${p.how}.`,
    note: (p) => `یادداشت دربارهٔ ${p.handle} (${p.name}) ثبت شد${p.how}.`,
  },
  refiled: (p) => `جابه‌جا شد، ${p.where}${p.byDefault}.`,
  byDefault: (p) => ` (پیش‌فرض پس از ${p.outcome})`,
  filedNextWorkingDay: (p) => `${p.day} روز تعطیل است؛ در روز کاری بعدی بایگانی شد.`,
  nextWorkingDayUsed: (p) => `${p.day} روز تعطیل است؛ روز کاری بعدی به کار رفت.`,
  closed: 'بسته شد: از زونکن بیرون آمد و به کشو رفت؛ تاریخچه می‌ماند (crm file آن را برمی‌گرداند).',
  nothingToMoveThere: (p) => `چیزی برای جابه‌جایی نیست: از قبل همان‌جاست، ${p.where}.`,
  nothingFiledThere: 'چیزی برای جابه‌جایی نیست: پرونده‌ای آنجا بایگانی نشده است.',
  moved: (p) => `${dossiers(p.count)} جابه‌جا شد، ${p.where}:`,
  wouldMove: (p) => `${dossiers(p.count)} جابه‌جا می‌شود، ${p.where}:`,
  keptAt: (p) => `ساعت ${p.hour}، `,
  from: (p) => `از ${p.day}`,
  alreadyThere: (p) => `از قبل آنجا هستند: ${p.handles}.`,
  dryRun: 'اجرای آزمایشی: چیزی نوشته نشد.',
  drawer: 'کشو (بسته)',
  someoneElse: 'کس دیگری',
  colleague: (p) => `یک همکار (${p.login})`,
  skipped: (p) => `${p.handle} کنار گذاشته شد: ${p.who} پس از تهیهٔ برنامه آن را جابه‌جا کرد (از ${p.from} به ${p.to})؛ همان‌جا می‌ماند.`,
  meanwhile: (p) =>
    `در این فاصله ${p.who} ${p.handle} را جابه‌جا کرد (از ${p.from} به ${p.to})؛ این تغییر از همان‌جا انجام شد و تاریخچه هر دو را نشان می‌دهد.`,
  stackOver: (p) => `پشتهٔ امروز ${dossiers(p.size)} دارد: ${p.over} ظرفیت ${digits('fa', p.capacity)}.`,
  overBy: (p) => `${digits('fa', p.count)} بیش از`,
  stackWithin: (p) => `پشتهٔ امروز ${dossiers(p.size)} دارد، در حد ظرفیت ${digits('fa', p.capacity)}.`,
  nothingToPostpone: 'چیزی برای به تعویق انداختن نیست.',
  postponeList: (p) => `به تعویق انداختن ${dossiers(p.count)}:`,
  postponedList: (p) => `${dossiers(p.count)} به تعویق افتاد:`,
  postponedCount: (p) => `${dossiers(p.count)} به تعویق افتاد.`,
  dayFullToo: '(آن روز هم پر است)',
  notPostponed: 'به تعویق نیفتاد: چیزی نوشته نشد.',
  nothingToUndo: 'چیزی برای واگرد نیست.',
  undid: (p) => `واگرد شد: ${p.change}`,
  nextUndo: (p) => `واگرد بعدی (crm undo) برمی‌گرداند: ${p.change}`,
  nothingFurther: 'چیز دیگری برای واگرد نیست.',
  noChanges: 'تغییری نیست.',
  noChangesToUndo: 'تغییری برای واگرد نیست.',
  recentAll: 'تغییرات اخیر همه، جدیدترین اول (crm undo فقط تغییرات شما را برمی‌گرداند):',
  recent: 'تغییرات اخیر، جدیدترین اول (crm undo بالاترین را برمی‌گرداند):',
};
