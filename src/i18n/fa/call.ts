// فارسی: crm call (render/call.ts، commands/call.ts) و crm next (render/next.ts).
import type { Catalogue } from '../catalogue.js';

export const call: Catalogue['call'] = {
  calling: (p) => `در حال تماس: ${p.who}: ${p.uri} ${p.how}${p.then}`,
  notCalling: (p) => `${p.who}: ${p.uri} ${p.how}${p.then}`,
  openedWith: (p) => `با ${p.opener} باز شد`,
  byHand: (p) => `(${p.why}: شماره را دستی بگیرید)`,
  noOpener: 'اینجا برنامه‌ای برای باز کردن آن نیست',
  didNotStart: (p) => `${p.opener} اجرا نشد`,
  notOnPath: (p) => `${p.opener} در PATH نیست`,
  end: '.',
  then: (p) => `؛ سپس ${p.command}.`,
  noPhone: (p) => `${p.handle} شمارهٔ تلفنی برای تماس ندارد؛ یکی اضافه کنید: crm edit ${p.handle} --phone "+48 601 234 567"`,
  noSuchLabel: (p) =>
    `--number ${p.label}: هیچ‌یک از شماره‌های ${p.handle} این برچسب را ندارد؛ برچسب‌ها: ${p.labels} (crm call ${p.handle} --number ${p.example})`,
  nothingLeft: 'در پشتهٔ امروز چیزی نمانده است.',
};
