// فارسی: پرسش‌های ترمینال (src/prompts/).
import type { Catalogue } from '../catalogue.js';
import { counted, digits } from '../plural.js';

export const prompts: Catalogue['prompts'] = {
  card: {
    newDossier: (p) => `پروندهٔ جدید «${p.handle}»: نام لازم است؛ بقیهٔ فیلدها می‌توانند خالی بمانند.`,
    name: 'نام مشتری',
    position: 'سمت',
    company: 'شرکت',
    phone: 'تلفن',
    email: 'ایمیل',
    priority: 'اولویت',
    priorityA: 'A (مهم‌ترین)',
    priorityB: 'B',
    priorityC: 'C (کم‌اهمیت‌ترین)',
  },
  form: {
    title: (p) => `فرم ${p.title}:`,
    optional: '(اختیاری)',
    none: '(هیچ)',
  },
  editorFailed: (p) => `ویرایشگر (${p.editor}) با ${p.status} بسته شد؛ یادداشت‌ها تغییر نکرد`,
  log: {
    whatWasSaid: (p) => `با ${p.name} چه گفته شد؟`,
    howDidItEnd: 'نتیجه چه شد؟',
    noOutcome: '(بدون نتیجه)',
    whatOffer: 'چه پیشنهادی فرستاده شد؟ (Enter: هیچ)',
    nextByDefault: (p) => `تماس بعدی (Enter: ${p.date}، ${p.where}؛ یا ${p.done})`,
    next: (p) => `تماس بعدی (8، jul 5، +2w، fri؛ یا ${p.done} برای بستن)`,
    typeTheDate: (p) => `تاریخ تماس بعدی را بنویسید، یا ${p.done}`,
    closes: 'بسته: بیرون از زونکن، تاریخچه می‌ماند',
    movedOffDayOff: (p) => `${p.where} (از روز تعطیل جابه‌جا شد)`,
  },
  postpone: {
    which: 'کدام پرونده‌ها به تعویق بیفتند؟ (فاصله برای انتخاب، Enter برای ادامه)',
    daysOverdue: (p) => `(${digits('fa', p.days)} روز تأخیر)`,
    whereTo: 'به کجا؟ (تاریخی مثل fri یا +1w؛ Enter: نزدیک‌ترین روزهای کاری که جا دارند)',
  },
  work: {
    start: (p) => `${p.date}: ${p.dossiers} در پشتهٔ امروز. هر بار یک کارت؛ هر وقت خواستید خارج شوید.`,
    cardOf: (p) => `${digits('fa', p.number)} از ${digits('fa', p.total)}`,
    recentHistory: 'تاریخچهٔ اخیر:',
    historyOf: (p) => `تاریخچهٔ ${p.handle}`,
    staysToday: (p) => `${p.handle} در پشتهٔ امروز می‌ماند: از قبل برای همان روز بایگانی شده است.`,
    postponed: (p) => `${p.handle} به تعویق افتاد: ${p.where}.`,
    cancelled: (p) => `لغو شد؛ ${p.kept}`,
    keptDone: (p) => `آنچه پیش‌تر انجام شد می‌ماند: ${p.tally}`,
    nothingWritten: 'چیزی نوشته نشد',
    sessionDone: 'پایان جلسهٔ کار',
    end: (p) => `${p.tally}؛ ${p.left}`,
    stackClear: 'پشته خالی است.',
    stillLeft: (p) => `${counted('fa', p.count, { one: '# پرونده', other: '# پرونده' })} هنوز در پشتهٔ امروز است (برای ادامه crm work).`,
    tally: (p) =>
      `${digits('fa', p.logged)} تماس ثبت شد، ${digits('fa', p.postponed)} به تعویق افتاد، ${digits('fa', p.skipped)} رد شد`,
    whatNow: 'حالا چه؟',
    log: 'ثبت تماس و بایگانی دوباره',
    postpone: 'به تعویق انداختن',
    skip: 'فعلاً رد شو',
    history: (p) => `نمایش کل تاریخچه (${digits('fa', p.count)})`,
    call: (p) => `تماس با ${p.phone}، سپس ثبت آن`,
    quit: 'خروج',
  },
};
