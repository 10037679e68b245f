// فارسی: اعلان‌های crm remind و آنچه اجرا دربارهٔ فرستاده‌ها می‌گوید.
import type { Catalogue } from '../catalogue.js';
import { counted, digits } from '../plural.js';

export const remind: Catalogue['remind'] = {
  minutes: (p) => `${digits('fa', p.minutes)} دقیقه`,
  hours: (p) => `${digits('fa', p.hours)} ساعت`,
  hoursMinutes: (p) => `${digits('fa', p.hours)} ساعت و ${digits('fa', p.minutes)} دقیقه`,
  yesterday: 'دیروز',
  daysAgo: (p) => `${counted('fa', p.days, { one: '# روز', other: '# روز' })} پیش`,
  callIn: (p) => `${p.span} دیگر`,
  dueNow: 'هم‌اکنون',
  dueAgo: (p) => `${p.span} پیش`,
  callTitle: (p) => `تماس با ${p.who} ساعت ${p.hour}`,
  callTitleOn: (p) => `تماس با ${p.who} ساعت ${p.hour}، ${p.day}`,
  due: (p) => `موعد ${p.day}، ${p.ago}`,
  promiseTitle: (p) => `قول به ${p.who} شکسته شد`,
  promiseText: (p) => `${p.what}: ${p.due} (عملی شد: crm promise done ${p.id})`,
  complaintTitle: (p) => `شکایت ${p.who} از موعدش گذشته`,
  complaintText: (p) => `${p.what}: ${p.due} (crm complaint resolve ${p.id} --note "...")`,
  nothing: (p) => `چیزی برای یادآوری نیست: هیچ تماسی تا ${p.span} دیگر نیست، و هیچ قول یا شکایت گذشته از موعدی که هنوز یادآوری نشده باشد.`,
  sent: (p) => `${counted('fa', p.count, { one: '# یادآوری', other: '# یادآوری' })} با ${p.notifier} فرستاده شد:`,
  notStarted: (p) => `${p.named} اجرا نشد (${p.code})`,
  failed: (p) => `${p.named} شکست خورد (${p.how})`,
  failedSaying: (p) => `${p.named} شکست خورد (${p.how}: ${p.said})`,
  stoppedAfter: (p) => `پس از ${digits('fa', p.seconds)} ثانیه متوقف شد`,
  endedBy: (p) => `با سیگنال ${p.signal} پایان یافت`,
  exitCode: (p) => `کد خروج ${p.code}`,
  notSent: (p) => `${p.why}: "${p.title}" فرستاده نشد (${p.before})؛ در اجرای بعدی فرستاده می‌شود`,
  nothingSentBefore: 'پیش از آن چیزی فرستاده نشده بود',
  sentBefore: (p) => `${counted('fa', p.count, { one: '# یادآوری', other: '# یادآوری' })} پیش از آن فرستاده شد`,
};
