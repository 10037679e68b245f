// فارسی: آنچه فرمان‌های روزانه نمی‌پذیرند (commands/file، log، move، postpone، undo، change.ts).
import type { Catalogue } from '../catalogue.js';

export const refusals: Catalogue['refusals'] = {
  noRename: (p) =>
    `«${p.client}» همان ${p.handle} است (${p.who}) و crm file نام مشتری را عوض نمی‌کند: برای تغییر نام بنویسید crm edit ${p.handle} --name "${p.name}"؛ ` +
    `برای مشتری جدید شناسهٔ دیگری انتخاب کنید: crm file <handle> ${p.when} --name "${p.name}"؛ چیزی نوشته نشد`,
  newNeedsName: (p) => `هیچ مشتری‌ای با «${p.handle}» جور نیست؛ برای باز کردن پروندهٔ جدید با این شناسه، --name "<نام مشتری>" را اضافه کنید`,
  hasOwner: (p) => `${p.handle} از قبل بایگانی شده و مسئول دارد؛ crm assign ${p.handle} --to ${p.owner} آن را به ${p.owner} می‌دهد`,
  noteNeedsText: 'یادداشت متن لازم دارد: --note "<آنچه گفته شد>" را اضافه کنید (یا --note - برای خواندن از stdin)',
  nextMissing: (p) => `تماس بعدی مشخص نیست: --next <زمان> (مثلاً --next fri) یا --done را برای بستن ${p.handle} اضافه کنید؛ چیزی نوشته نشد`,
  fieldNeedsForm: '--field همراه --form <نام> می‌آید: crm log acme --form visit --field budget=12000',
  notAKind: (p) => `--kind "${p.kind}" نوعی از تماس نیست؛ از این‌ها استفاده کنید: ${p.kinds}`,
  notAnOutcome: (p) => `--outcome "${p.outcome}" نتیجه نیست؛ از این‌ها استفاده کنید: ${p.outcomes}`,
  moveNeeds: 'move مشتری و تاریخ لازم دارد (crm move acme zolc fri)، یا --from <جداکننده> --to <زمان>',
  closedRefile: (p) => `${p.handle} بسته است (در کشو)؛ با crm file ${p.handle} <زمان> دوباره بایگانی‌اش کنید`,
  autoNeedsCapacity: 'postpone --auto ظرفیت روزانه لازم دارد: با crm config capacity 20 تعیینش کنید',
  postponeNeeds: 'postpone شناسه‌های پرونده‌ها را لازم دارد (crm postpone acme zolc)، یا --auto برای انتخاب بر اساس اولویت',
  closedNothingToPostpone: (p) => `${p.handle} بسته است (در کشو): چیزی برای به تعویق انداختن نیست`,
  roles: { rep: 'کارشناس فروش', manager: 'مدیر', admin: 'مدیر سیستم' },
  notOnTeam: 'عضو تیم نیستید',
  changesAll: (p) => `crm changes --all تغییرات کل تیم را نشان می‌دهد و نمای مدیر است، اما شما (${p.login}): ${p.role}؛ crm changes تغییرات شما را نشان می‌دهد`,
  teamSettings: (p) => `در زونکن تیمی، تنظیمات زونکن مال تیم است و مدیر آن را تغییر می‌دهد؛ شما (${p.login}): ${p.role}`,
  teamForms: (p) => `در زونکن تیمی، فرم‌ها مال تیم است و مدیر آن‌ها را تغییر می‌دهد؛ شما (${p.login}): ${p.role}`,
  changedMeanwhile: (p) =>
    `${p.handle}: ${p.fields} از وقتی crm پرونده را خواند تغییر کرده است (کس دیگری در این فاصله آن را عوض کرد)؛ چیزی نوشته نشد: نگاهی بیندازید (crm show ${p.handle}) و دوباره مقدار خودتان را بدهید: ${p.given}`,
  and: ' و ',
  texts: { note: 'یادداشت', offer: 'پیشنهاد', promise: 'قول', complaint: 'شکایت', resolution: 'راه‌حل' },
  answerTo: (p) => `پاسخ «${p.key}»`,
  tooLong: (p) =>
    `حجم ${p.what} ${p.size} است، بیش از سقف ${p.limit} زونکن برای یک مورد؛ ` +
    `متنی به این بلندی را به‌صورت سند نگه دارید (crm attach ${p.handle} <فایل>) یا سقف را بالا ببرید (crm config note-limit)؛ چیزی نوشته نشد`,
  blankNote: (p) => `--note خالی است؛ بنویسید چه گفته شد (${p.example} --note "۴۰ عدد می‌خواهد") یا --note را حذف کنید؛ چیزی نوشته نشد`,
  commandLineNotValid: 'خط فرمان معتبر نیست',
  moveNeedsDate: 'move مشتری و تاریخ لازم دارد: crm move acme fri، یا crm move --from 24 --to 25',
  moveClientsOrFrom: 'move یا مشتری می‌گیرد یا --from <جداکننده>، نه هر دو',
  handleAndDate: (p) =>
    `«${p.word}» هم شناسهٔ یک مشتری است و هم تاریخ؛ تاریخ را همراه ساعتش در گیومه بگذارید (crm move ${p.clients} "<تاریخ> ${p.hour}") یا با --to بدهید`,
  postponeHandlesOrAuto: 'postpone یا شناسه می‌گیرد یا --auto، نه هر دو',
  autoNeedsYes: 'postpone --auto برنامه‌ای برای تأیید نشان می‌دهد: برای اعمالش --yes و برای فقط دیدنش --dry-run را اضافه کنید',
  workNeedsTerminal: 'work ترمینال لازم دارد؛ در اسکریپت از crm today --json و crm log استفاده کنید',
  limitNotWhole: (p) => `--limit "${p.typed}" عدد صحیح بزرگ‌تر از ۰ نیست؛ --limit 10 را امتحان کنید`,
  nextOrDone: 'log یا --next <زمان> می‌گیرد یا --done، نه هر دو',
};
