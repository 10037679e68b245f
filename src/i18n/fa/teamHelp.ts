// فارسی: راهنمای فرمان‌های تیم (crm team، whoami، assign، handover، handovers) و آنچه خط فرمانشان نمی‌پذیرد.
import type { Catalogue } from '../catalogue.js';

export const teamHelp: Catalogue['teamHelp'] = {
  team: {
    description:
      'زونکن تیم روی سرور PostgreSQL: بدون عملیات، نمای مدیر (پشتهٔ هر نفر، آنچه عقب افتاده، تماس‌ها، چه کسی غایب است)؛ init آن را می‌سازد، upgrade آن را به نسخهٔ این crm می‌رساند، add و remove اعضای تیم را تغییر می‌دهند',
    action: 'init (ساختن زونکن)، upgrade (اجرای گام‌های در انتظار طرح‌واره)، add یا remove (یک نفر)؛ بدون آن: نمای مدیر',
    login: 'add، remove: آن نفر، با نام کاربری‌اش روی سرور',
    name: 'add: نام او، آن‌طور که مشتریان و همکاران می‌بینند',
    manager: 'add: به‌عنوان مدیر (هر پرونده را می‌بیند و تغییر می‌دهد، افراد را اضافه می‌کند، پرونده واگذار می‌کند)',
    to: 'remove: پرونده‌هایش به چه کسی می‌رسد',
    week: 'نمای مدیر: ارقام هفته (تماس‌ها روز به روز از دوشنبه، بایگانی‌های دوباره، قول‌های عملی‌شده و شکسته)',
    json: 'چاپ به‌صورت یک سند JSON: نما {"date", "week", "capacity", "people": [...]} (README: For scripts)، یا آنچه انجام شد {"action", "where", "schema", "version"...}',
    help: (p) => `
زونکن با --db یا CRM_DB به‌صورت URL نام برده می‌شود: postgres://<user>[:<password>]@<host>[:<port>]/<database>،
و طرح‌واره‌اش با ?options=-csearch_path%3D<schema> (وگرنه طرح‌وارهٔ کنونی کاربر). گذرواژه از URL،
PGPASSWORD یا ~/.pgpass می‌آید و هرگز چاپ نمی‌شود. فرمان‌های دیگر هرگز زونکن سرور را ارتقا نمی‌دهند:
زونکن قدیمی‌تر پذیرفته نمی‌شود تا کسی crm team upgrade را اجرا کند.

افراد همان نام‌های کاربری سرورند: crm team add اگر نام کاربری نباشد و شما اجازه‌اش را داشته باشید
(CREATEROLE) آن را می‌سازد، وگرنه نام موجود را برمی‌دارد؛ crm team remove پرونده‌های او را به یک همکار
می‌دهد و تاریخچه‌اش به نام خودش می‌ماند (crm undo آن را برمی‌گرداند).

بدون عملیات، نمای صبحگاهی مدیر: یک ردیف برای هر نفر، بدترین‌ها نخست (بیش از ظرفیت، سپس
عقب‌افتاده، سپس قول‌های شکسته)، با نوار باری از پشتهٔ او در برابر ظرفیتش (ظرفیت خودش،
crm config capacity، وگرنه ظرفیت تیم)، آنچه از موعدش گذشته، تماس‌هایش امروز و این هفته، و اینکه
چه کسی غایب است یا پشتهٔ همکاری را در دست دارد. --week: هفته روز به روز.
${p.examples}`,
    examples: {
      add: 'crm team add anna --name "آنا رحیمی"',
      manager: 'crm team add sara --name "سارا کریمی" --manager',
    },
    needsLogin: {
      add: 'crm team add نام کاربری آن نفر را می‌خواهد: crm team add anna --name "آنا رحیمی"',
      remove: 'crm team remove نام کاربری آن نفر را می‌خواهد: crm team remove piotr --to anna',
    },
    takesNoLogin: (p) => `crm team ${p.action} نام کاربری نمی‌گیرد؛ crm team add <login> یک نفر را اضافه می‌کند`,
  },
  whoami: {
    description: 'زونکن تیمی: شما که هستید (نام کاربری سرور)، نقش شما، و واگذاری‌هایی که در آن‌ها هستید',
    json: 'چاپ {"login", "name", "role", "where", "away", "holding"}',
    help: (p) => `
کسی که کار می‌کند نام کاربری اتصال به سرور است (کاربرِ URL، وگرنه PGUSER، وگرنه نام کاربری
سیستم): نه $USER و نه یک تنظیم. در پروندهٔ زونکن یک کاربر هست که همه چیز از آنِ اوست.
${p.examples}`,
  },
  assign: {
    description: 'زونکن تیمی: واگذاری همیشگی پرونده‌ها به مالکی دیگر (کار مدیر)؛ یک تغییر، و یک مورد در هر پرونده',
    clients: 'مشتری‌هایی که واگذار می‌شوند (شناسه‌ها یا آغاز آن‌ها)',
    to: 'مالک تازه',
    from: 'با --all: همهٔ پرونده‌های این نفر',
    all: 'با --from: همهٔ پرونده‌های او، بایگانی‌شده یا بسته',
    json: 'چاپ تغییرها به‌صورت JSON: {"change", "dossiers", "entries", "to", "unchanged"}',
    help: (p) => `
برای مدتی کوتاه (مرخصی، بیماری) به‌جای آن پشته را واگذار کنید: crm handover. crm undo یک assign را برمی‌گرداند.
${p.examples}`,
    needsTo: 'crm assign مالک تازه را می‌خواهد: crm assign acme --to anna',
  },
  handover: {
    description: 'زونکن تیمی: واگذاری پشتهٔ شما به یک همکار تا تاریخی معین (برگهٔ واگذاری را چاپ می‌کند)؛ back: پس گرفتن آن، با آنچه همکار انجام داده',
    to: 'همکاری که پشته را می‌گیرد (نام کاربری)، یا back: پایان دادن به واگذاری و گزارش آن',
    until: 'آخرین روزی که پشته نزد اوست، خود آن روز هم: پنجشنبه، +2w، "۲۷ آذر" (شکل‌ها را در crm move --help ببینید)',
    from: 'پشتهٔ چه کسی: کار مدیر، برای هر کس (با back: مالک واگذاری‌ای که پایان می‌یابد)',
    only: 'فقط پرونده‌هایی که با این واژه‌ها جور درمی‌آیند، همان‌طور که crm find می‌گیرد',
    format: 'برگه به‌صورت متن (پیش‌فرض)، markdown، یا html برای چاپ',
    output: 'نوشتن برگه در این فایل (به‌طور کامل جایگزین می‌شود) به‌جای خروجی استاندارد؛ .md یا .html قالب را تعیین می‌کند',
    json: 'چاپ {"handover", "sheet"}؛ با back: {"handover", "owner", "delegate", "pastItsDate", "work", "dossiers", "counts"}',
    help: (p) => `
مالک همچنان مالک است: همکار پرونده‌ها را در crm today خودش می‌بیند و رویشان کار می‌کند، با نشان
"برای <name>"، تا آخرین روز؛ از روز بعد از پشتهٔ او بیرون می‌روند. برای هر مالک در یک زمان یک واگذاری،
و بی‌زنجیره: نه به کسی که غایب است، و نه از سوی کسی که پشتهٔ دیگری را در دست دارد.
crm handover back (مالک، همکار، یا یک مدیر) آن را پایان می‌دهد، حتی پس از آخرین روزش، و
هر تماس، بایگانی دوباره و قولی را که همکار به‌جای مالک انجام داده گزارش می‌کند.
${p.examples}`,
    examples: {
      fri: 'crm handover anna --until پنجشنبه',
      sheet: 'crm handover anna --until "۲۷ آذر" -o handover.html',
      only: 'crm handover anna --from piotr --until +1w --only تهران',
    },
    backTakes: (p) => `crm handover back فقط --from و --json را می‌گیرد، نه ${p.option}`,
    needsUntil: (p) => `crm handover آخرین روزی را می‌خواهد که پشته نزد ${p.to} است: crm handover ${p.to} --until پنجشنبه`,
    sayFormat: (p) => `crm handover -o ${p.output}: قالب برگه را بگویید، --format markdown یا --format html (یا به فایل پسوند .md یا .html بدهید)`,
    noFolder: (p) => `نوشتن ${p.output} ممکن نیست: پوشهٔ آن، ${p.folder}، وجود ندارد؛ چیزی واگذار نشد`,
  },
  handovers: {
    description: 'زونکن تیمی: همهٔ واگذاری‌ها، گذشته و کنونی، تازه‌ترین نخست: چه کسی به چه کسی، از کی تا کی، برقرار یا پس‌گرفته',
    json: 'چاپ {"handovers": [{"owner", "delegate", "starts", "until", "onlyWhat", "endedAt", "endedBy", "state"...}], "names"}',
  },
};
