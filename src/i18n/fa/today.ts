// فارسی: crm today (render/today.ts).
import type { Catalogue } from '../catalogue.js';
import { counted, digits } from '../plural.js';

export const today: Catalogue['today'] = {
  dossiers: (p) => counted('fa', p.count, { one: '# پرونده', other: '# پرونده' }),
  clearDesk: (p) => `${p.date}: پشتهٔ امروز خالی است. میز تمیز است.`,
  nextUp: (p) => `بعدی: ${p.dossiers} در ${p.day}.`,
  heading: (p) => `${p.date} · ${p.dossiers} در پشتهٔ امروز (${p.counts})`,
  separator: '، ',
  overdue: (p) => `${digits('fa', p.count)} عقب‌افتاده`,
  dueToday: (p) => `${digits('fa', p.count)} برای امروز`,
  pastTheirHour: (p) => `${digits('fa', p.count)} از ساعتش گذشته`,
  withinMinutes: (p) => `${digits('fa', p.count)} تا ${digits('fa', p.minutes)} دقیقهٔ دیگر`,
  overBy: (p) => `${digits('fa', p.count)} بیش از`,
  overCapacity: (p) => `${p.over} ظرفیت ${digits('fa', p.capacity)}`,
  capacity: (p) => `ظرفیت ${digits('fa', p.capacity)}`,
  tooMuch: 'برای یک روز زیاد است؟ crm postpone --auto پیشنهاد می‌دهد چه چیزی جابه‌جا شود، یا با crm postpone خودتان انتخاب کنید.',
  commitments: 'قول‌ها و شکایت‌ها',
  theyPromised: 'مشتری قول داده',
  wePromised: 'ما قول داده‌ایم',
  complaint: 'شکایت',
  brokenDue: (p) => `زیر قول زده شد: موعد ${p.day}`,
  dueTodayMark: 'موعد امروز',
  lateTarget: (p) => `دیرکرد: موعد ${p.day}`,
  target: (p) => `موعد ${p.day}`,
};
