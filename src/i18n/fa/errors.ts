// فارسی: آنچه هر فرمانی وقتی کار خراب شود می‌گوید (fast.ts، run.ts، context.ts، stdin.ts).
import type { Catalogue } from '../catalogue.js';
import { digits } from '../plural.js';

export const errors: Catalogue['errors'] = {
  cancelled: 'لغو شد؛ چیزی نوشته نشد',
  unexpected: (p) => `خطای غیرمنتظره: ${p.reason}`,
  runWithDebug: 'برای دیدن جای خطا، دوباره با --debug اجرا کنید.',
  upgraded: (p) => `زونکن ${p.path} از نسخهٔ ${digits('fa', p.from)} به نسخهٔ ${digits('fa', p.to)} ارتقا یافت؛ زونکنِ پیش از ارتقا در ${p.backup} است`,
  todayNotADate: (p) => `CRM_TODAY="${p.typed}" تاریخ نیست؛ آن را به شکل YYYY-MM-DD بدهید (CRM_TODAY=2026-11-23) یا این متغیر را بردارید`,
  nowAndToday: (p) => `CRM_NOW=${p.now} و CRM_TODAY=${p.today} دو تاریخ متفاوت‌اند؛ CRM_NOW خودش تاریخ دارد: CRM_TODAY را بردارید`,
  nowNotAMoment: (p) => `CRM_NOW="${p.typed}" یک لحظه نیست؛ آن را به شکل YYYY-MM-DDTHH:MM بدهید (CRM_NOW=2026-11-23T14:50) یا این متغیر را بردارید`,
  noNoteOnStdin: (p) =>
    `--note - از ورودی استاندارد متنی نخواند؛ یادداشت را با لوله بدهید (pbpaste | ${p.example} --note -) یا تایپش کنید: --note "..."؛ چیزی نوشته نشد`,
};
