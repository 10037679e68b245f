// فارسی: crm config، فهرست تنظیمات زونکن و آنچه نمی‌پذیرد (commands/config.ts، render/config.ts، declared/config.ts).
import type { Catalogue } from '../catalogue.js';
import { digits } from '../plural.js';

export const settings: Catalogue['settings'] = {
  none: 'هیچ',
  noLimit: 'بدون محدودیت',
  perDay: (p) => `${digits('fa', p.count)} در روز`,
  forTheTeam: 'برای تیم (crm config capacity <n> --team)',
  theTeams: 'همان ظرفیت تیم',
  yoursTheTeams: (p) => `${p.team}؛ مال شما: ${p.yours}`,
  yoursOwn: (p) => `${p.own}، مال شما؛ ${p.team}`,
  numbered: 'شماره‌دار ۱-۳۱',
  dated: (p) => `تاریخ‌دار، ${digits('fa', p.months)} ماه جلوتر`,
  noOutcomeDefaults: 'بدون پیش‌فرض برای crm log',
  outcomeNext: (p) => `${p.outcome} → ${p.when}`,
  separator: '، ',
  systems: 'مطابق سیستم',
  minutes: (p) => `${digits('fa', p.count)} دقیقه`,
  gregorian: 'میلادی',
  persian: 'شمسی (جداکننده‌های ماه‌های شمسی، هفته از شنبه)',
  changed: '(تغییر کرد)',
  already: '(از قبل همین بود: چیزی تغییر نکرد)',
  hoursMoved: (p) =>
    `${digits('fa', p.count)} پرونده با ساعت بایگانی شده است: همان ساعت در منطقهٔ زمانی جدید می‌ماند، که لحظهٔ دیگری نسبت به قبل است (crm undo منطقهٔ زمانی را برمی‌گرداند).`,

  teamIsCapacity: 'crm config --team ظرفیت تیم را تعیین می‌کند: crm config capacity 25 --team؛ بقیهٔ تنظیمات خودشان مال تیم هستند',
  noOwnCapacity: (p) => `شما (${p.login}) عضو تیم نیستید، پس ظرفیت شخصی ندارید؛ مدیر با crm team add ${p.login} شما را اضافه می‌کند`,
  notValid: 'معتبر نیست',
  capacity: (p) => `capacity "${p.typed}" تعداد صحیحی از پرونده‌ها نیست؛ بنویسید crm config capacity 25 یا off`,
  dividers: (p) => `dividers "${p.typed}": بنویسید crm config dividers numbered یا crm config dividers dated [1-3 ماه]`,
  datedMonths: (p) => `جداکننده‌های تاریخ‌دار ۱، ۲ یا ۳ ماه را در بر می‌گیرند، نه «${p.typed}»`,
  language: (p) => `language "${p.typed}" از زبان‌های crm نیست؛ بنویسید crm config language en، pl، bg، hy یا fa، یا system`,
  calendar: (p) => `calendar "${p.typed}": بنویسید crm config calendar persian (جداکننده‌های ماه‌های شمسی: فروردین..اسفند) یا crm config calendar gregorian`,
  holidays: (p) => `holidays "${p.typed}": بنویسید crm config holidays add <تاریخ>...، remove <تاریخ>... یا clear`,
  holidaysNeedDates: (p) => `holidays ${p.action} تاریخ لازم دارد، مثلاً crm config holidays ${p.action} 2026-12-24`,
  wholeMonth: (p) => `«${p.typed}» یک ماه کامل است؛ روز تعطیل یک تاریخ است، مثلاً «${p.typed} 1»`,
  notASize: (p) => `«${p.typed}» اندازه نیست؛ آن را به شکل 25MB، 500KB یا 1GB بنویسید`,
  notAnOutcome: (p) => `«${p.typed}» نتیجه نیست؛ یکی از این‌ها را به کار ببرید: ${p.outcomes}`,
  outcomeNeedsDate: (p) => `outcome ${p.outcome} تاریخ یا off لازم دارد، مثلاً crm config outcome ${p.outcome} فردا`,
  notAWeekday: (p) => `«${p.typed}» روز هفته نیست؛ بنویسید crm config workdays شنبه-چهارشنبه (یا mon-fri، یا mon,tue,thu)`,
};
