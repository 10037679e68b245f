// فارسی: آنچه crm whoami، crm team (init، upgrade، add، remove، نمای صبحگاهی) و crm assign می‌گویند.
import type { Catalogue } from '../catalogue.js';
import { counted, digits } from '../plural.js';

const people = (n: number) => counted('fa', n, { one: '# نفر', other: '# نفر' });
const dossiers = (n: number) => counted('fa', n, { one: '# پرونده', other: '# پرونده' });
const MADE = ' (نام کاربری او روی سرور ساخته شد: پیش از استفاده، برایش گذرواژه بگذارید یا احراز هویتش را تنظیم کنید)';

export const team: Catalogue['team'] = {
  roles: { admin: 'مدیر سیستم', manager: 'مدیر', rep: 'کارشناس فروش' },
  notOnTeam: (p) => `شما ${p.login} در ${p.where} هستید، ولی در تیم آن نیستید: crm چیزی از آن به شما نشان نمی‌دهد (مدیر با crm team add ${p.login} شما را اضافه می‌کند).`,
  youAre: (p) => `شما ${p.login} (${p.name})، ${p.role}، در ${p.where} هستید.`,
  away: (p) => `غایب: پرونده‌های شما تا ${p.until} به ${p.delegate} واگذار شده است (crm handover back آن را پایان می‌دهد).`,
  holding: (p) => `پرونده‌های ${p.owner} تا ${p.until} نزد شماست: crm today آن‌ها را با نشان نمایش می‌دهد.`,
  added: (p) => `${p.name} (${p.login}) به‌عنوان ${p.role} در تیم است.`,
  addedAgain: (p) => `${p.name} (${p.login}) دوباره به‌عنوان ${p.role} در تیم است.`,
  addedMade: (p) => `${p.name} (${p.login}) به‌عنوان ${p.role} در تیم است${MADE}.`,
  addedAgainMade: (p) => `${p.name} (${p.login}) دوباره به‌عنوان ${p.role} در تیم است${MADE}.`,
  nothingToGive: (p) => `چیزی برای واگذاری نیست: ${p.handles} از پیش مال ${p.to} ${p.count === 1 ? 'است' : 'هستند'}.`,
  gave: (p) => `${dossiers(p.count)} به ${p.to} واگذار شد: ${p.given}.`,
  givenFrom: (p) => `${p.handle} (از ${p.from})`,
  alreadyTheirs: (p) => `از پیش مال ${p.to}: ${p.handles}.`,
  removed: (p) => `${p.login} تیم را ترک کرد: ${dossiers(p.count)} به ${p.to} واگذار شد؛ تاریخچهٔ او به نام خودش می‌ماند.`,
  created: (p) => `زونکن در ${p.where} ساخته شد: نسخهٔ ${digits('fa', p.version)}، ${counted('fa', p.tables, { one: '# جدول', other: '# جدول' })}.`,
  createdSchema: (p) => `زونکن در ${p.where} ساخته شد (همراه با طرح‌واره): نسخهٔ ${digits('fa', p.version)}، ${counted('fa', p.tables, { one: '# جدول', other: '# جدول' })}.`,
  upToDate: (p) => `زونکن در ${p.where} به‌روز است (نسخهٔ ${digits('fa', p.version)})؛ کاری نمانده است.`,
  upgraded: (p) =>
    `زونکن در ${p.where} از نسخهٔ ${digits('fa', p.from)} به ${digits('fa', p.to)} ارتقا یافت (${counted('fa', p.steps, { one: '# گام', other: '# گام' })}).`,
  standing: { none: 'خارج از تیم', left: 'دیگر خارج از تیم', rep: 'کارشناس فروش', manager: 'مدیر', admin: 'مدیر سیستم' },
  managersOnly: (p) => `crm ${p.command} کار مدیر است: شما (${p.login}) ${p.standing} هستید؛ یکی از مدیران تیم می‌تواند آن را اجرا کند (crm team نشان می‌دهد چه کسی)`,
  teamOnlyManagers: (p) => `crm ${p.command} --team پرونده‌های کل تیم را نشان می‌دهد: نمای مدیر است، و شما (${p.login}) ${p.standing} هستید؛ crm ${p.command} پرونده‌های خودتان را نشان می‌دهد`,
  forOnlyManagers: (p) =>
    `crm ${p.command} --for ${p.other} پرونده‌های ${p.other} را نشان می‌دهد: به مدیر، یا به کسی که ${p.other} آن‌ها را به او واگذار کرده، و شما (${p.login}) امروز هیچ‌کدام نیستید؛ crm ${p.command} پرونده‌های خودتان را نشان می‌دهد`,
  addNeedsName: (p) => `crm team add ${p.login} نام او را، آن‌طور که مشتریان و همکاران می‌بینند، می‌خواهد: crm team add ${p.login} --name "Anna Nowak"`,
  assignFromAll: 'crm assign مشتری می‌گیرد، یا --from <login> --all برای همهٔ پرونده‌های یک نفر: crm assign --from piotr --all --to anna',
  assignNeedsClients: 'crm assign مشتریانی برای واگذاری می‌خواهد، یا --from <login> --all: crm assign acme kowalski --to anna',
  assignFromWithAll: 'crm assign --from <login> همراه --all می‌آید (همهٔ پرونده‌های او)؛ برای واگذاری برخی، همان مشتریان را نام ببرید: crm assign acme --to anna',
  removeNeedsTo: (p) => `crm team remove ${p.login} می‌خواهد بداند پرونده‌هایش به چه کسی برسد: crm team remove ${p.login} --to <login>`,
  adminStays: (p) => `${p.login} این زونکن را ساخته (مدیر سیستم آن است) و در تیم می‌ماند`,
  removeToSelf: (p) => `crm team remove ${p.login} --to خود ${p.login} را نام می‌برد: پرونده‌هایش به کسی می‌رسد که می‌ماند`,
  where: (p) => `طرح‌وارهٔ ${p.schema} از پایگاه‌دادهٔ ${p.database} روی ${p.server} با کاربر ${p.user}`,
  socket: (p) => `سوکت ${p.folder}`,
  badLogin: (p) =>
    `"${p.login}" نام کاربری‌ای نیست که crm بپذیرد: حرف، رقم، _ . @ -، که با حرف یا _ شروع شود (نام کاربری روی سرور، همان‌طور که در crm team آمده)`,
  notOnTeamSo: (p) => `${p.login} در تیم نیست، پس نمی‌تواند ${p.cannotBe}؛ اعضای تیم: ${p.team.join('، ')} (crm team add ${p.login} --name "..." او را اضافه می‌کند)`,
  leftTeamSo: (p) => `${p.login} دیگر در تیم نیست، پس نمی‌تواند ${p.cannotBe}؛ اعضای تیم: ${p.team.join('، ')} (crm team add ${p.login} --name "..." او را اضافه می‌کند)`,
  cannotBe: {
    handingOver: 'پشته‌ای را واگذار کند',
    givenStack: 'پشته‌ای را تحویل بگیرد',
    givenDossiers: 'پرونده‌ای بگیرد',
    removed: 'حذف شود',
    givenTheirs: 'پرونده‌های کسی را که می‌رود بگیرد',
    owner: 'مالک پرونده باشد',
  },
  noLogin: (p) =>
    `نام کاربری ${p.login} روی سرور نیست و نام کاربری شما نمی‌تواند آن را بسازد؛ از مدیر سرور بخواهید ${p.create} را اجرا کند، سپس دوباره crm team add ${p.login}`,
  mayNotGrant: (p) =>
    `نام کاربری شما نمی‌تواند ${p.roles.length === 1 ? 'نقش' : 'نقش‌های'} تیم (${p.roles.join(' و ')}) را به ${p.login} بدهد؛ مدیر سیستم زونکن (کسی که crm team init را اجرا کرد) یا مدیری که با --manager اضافه شده می‌تواند`,
  onTeamAlready: (p) => `${p.login} از پیش در تیم است؛ crm team نشان می‌دهد چه کسانی در تیم‌اند`,
  handover: {
    fromNotManager: (p) =>
      `crm handover --from ${p.owner} پشتهٔ ${p.owner} را واگذار می‌کند: کار مدیر است، و شما (${p.login}) مدیر نیستید؛ crm handover <to> --until <when> پشتهٔ خودتان را واگذار می‌کند`,
    toYourself: (p) => `crm handover ${p.to} خود شما را نام می‌برد: پشته به یک همکار می‌رسد (crm team نشان می‌دهد چه کسانی در تیم‌اند)`,
    toTheOwner: (p) => `crm handover ${p.owner} خود مالک پشته (${p.owner}) را نام می‌برد: پشته به یک همکار می‌رسد (crm team نشان می‌دهد چه کسانی در تیم‌اند)`,
    inForce: (p) => `پشتهٔ ${p.owner} از پیش تا ${p.until} به ${p.delegate} واگذار شده است (هر بار یک واگذاری)؛ اول با ${p.back} آن را پایان دهید`,
    notGivenBack: (p) =>
      `پشتهٔ ${p.owner} تا ${p.until} به ${p.delegate} واگذار شده بود و هنوز برگردانده نشده است؛ اول با ${p.back} آن را پایان دهید (که کار ${p.delegate} را هم گزارش می‌کند)`,
    toAway: (p) =>
      `${p.to} غایب است: پشتهٔ خودش تا ${p.until} نزد ${p.delegate} است، و پشتهٔ واگذارشده دوباره واگذار نمی‌شود (بی زنجیره)؛ آن را به کسی بدهید که حاضر است`,
    youHold: (p) =>
      `پشتهٔ ${p.owner} تا ${p.until} نزد ${p.login} است، و پشتهٔ واگذارشده دوباره واگذار نمی‌شود (بی زنجیره)؛ اول آن را برگردانید (crm handover back --from ${p.owner})`,
    theyHold: (p) =>
      `پشتهٔ ${p.owner} تا ${p.until} نزد ${p.login} است، و پشتهٔ واگذارشده دوباره واگذار نمی‌شود (بی زنجیره)؛ اول ${p.login} باید آن را برگرداند (crm handover back --from ${p.owner})`,
    onlyNeedsWords: 'crm handover --only واژه‌هایی برای انتخاب پرونده‌ها می‌خواهد، همان‌طور که crm find می‌گیرد: --only warsaw، --only "acme kowalski"',
    onlyMatchesNone: (p) => `هیچ پرونده‌ای از ${p.owner} با "${p.text}" جور نیست؛ چیزی واگذار نشد (--only همان را می‌گیرد که crm find می‌گیرد)`,
    onlyMatchesTooMany: (p) => `"${p.text}" با بیش از ${digits('fa', p.limit)} پرونده از ${p.owner} جور است؛ کل پشته را واگذار کنید (بی --only)، یا با واژه‌های بیشتر انتخاب کنید`,
    notHandedOver: (p) => `پشتهٔ ${p.owner} واگذار نشده است (واگذاری بازی نیست)؛ crm handovers واگذاری‌های گذشته و کنونی را فهرست می‌کند`,
    backNotYours: (p) => `واگذاری ${p.owner} به ${p.delegate} را ${p.owner}، ${p.delegate} یا یک مدیر برمی‌گرداند، و شما (${p.login}) هیچ‌کدام نیستید`,
    holdSeveral: (p) => `پشته‌های ${p.owners.join(' و ')} نزد شماست؛ بگویید کدام برمی‌گردد: crm handover back --from ${p.first}`,
    nothingToGiveBack: (p) => `پشتهٔ شما واگذار نشده و پشتهٔ کسی هم نزد شما نیست (شما ${p.login} هستید)؛ crm handovers واگذاری‌های گذشته و کنونی را فهرست می‌کند`,
    justGivenBack: (p) => `واگذاری ${p.owner} به ${p.delegate} همین حالا به دست کس دیگری برگردانده شد؛ crm handovers نشان می‌دهد به دست چه کسی`,
  },
  view: {
    title: 'تیم',
    people: (p) => people(p.count),
    noCapacity: 'بدون ظرفیت تیم',
    capacity: (p) => `ظرفیت تیم ${digits('fa', p.capacity)} در روز`,
    nobody: 'هنوز کسی در تیم نیست: crm team add <login> --name "..." یک نفر را اضافه می‌کند.',
    person: 'نفر',
    stack: 'پشتهٔ امروز',
    overdue: 'عقب‌افتاده',
    broken: 'شکسته',
    complaints: 'شکایت‌ها',
    calls: 'تماس‌ها',
    week: 'هفته',
    refiled: 'بایگانی دوباره',
    moved: 'جابه‌جا',
    kept: 'عملی‌شده',
    whereabouts: 'غایب / جانشین',
    weekday: (p) => ['ی', 'د', 'س', 'چ', 'پ', 'ج', 'ش'][p.day] ?? '',
    away: (p) => `غایب، به ${p.name} تا ${p.until}`,
    holding: (p) => `جانشین ${p.name} تا ${p.until}`,
    weekNote: (p) =>
      `هفته از ${p.from}: تماس‌ها، جلسه‌ها و ایمیل‌های ثبت‌شده در هر روز؛ پرونده‌هایی که پس از گفت‌وگو دوباره بایگانی شدند و آن‌هایی که بی گفت‌وگو جابه‌جا شدند؛ قول‌های عملی‌شده، و قول‌هایی که تا روزشان عملی نشدند.`,
    over: (p) => `${people(p.count)} بیش از ظرفیت`,
    overAdvice: 'crm today --for <login> پشتهٔ او را نشان می‌دهد؛ crm assign یا crm handover آن را سبک می‌کند.',
    dayNote: 'شکسته: قول‌های ما که از تاریخشان گذشته؛ شکایت‌ها: باز و گذشته از تاریخشان؛ تماس‌ها: ثبت‌شده امروز و این هفته. crm team --week: هفته روزبه‌روز.',
  },
};
