// The daily commands in the user's language (issue 17): what crm file, log, move and show print
// under CRM_LANG=pl, bg, hy and fa, word for word; their refusals in the language, exit codes as
// in English; --json the same bytes in every language.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { ok, refused } from './support.js';

const TODAY = '2026-11-23';
const NOW = '2026-11-23T09:00';

// The dates and dividers as render/style.ts prints them in each language (the divider phrase, then
// the date; a history line's moment with its hour in Latin digits, as in every language).
interface Dates {
  behind8: string;
  behind27: string;
  behind24: string;
  behind25: string;
  fri27: string;
  wed9: string;
  at: string;
  dec8: string;
  nov27: string;
}
const DATES: Record<'pl' | 'bg' | 'hy' | 'fa', Dates> = {
  pl: {
    behind8: 'za przekładką 8: wt., 8 gru 2026',
    behind27: 'za przekładką 27: pt., 27 lis 2026',
    behind24: 'za przekładką 24: wt., 24 lis 2026',
    behind25: 'za przekładką 25: śr., 25 lis 2026',
    fri27: 'pt., 27 lis',
    wed9: 'śr., 9 gru',
    at: 'pon., 23 lis 2026 09:00',
    dec8: 'wt., 8 gru 2026',
    nov27: 'pt., 27 lis 2026',
  },
  // "г." is year's abbreviation, after a narrow no-break space.
  bg: {
    behind8: 'зад разделител 8: вт, 8 дек 2026\u202fг.',
    behind27: 'зад разделител 27: пт, 27 ное 2026\u202fг.',
    behind24: 'зад разделител 24: вт, 24 ное 2026\u202fг.',
    behind25: 'зад разделител 25: ср, 25 ное 2026\u202fг.',
    fri27: 'пт, 27 ное',
    wed9: 'ср, 9 дек',
    at: 'пн, 23 ное 2026\u202fг. 09:00',
    dec8: 'вт, 8 дек 2026\u202fг.',
    nov27: 'пт, 27 ное 2026\u202fг.',
  },
  hy: {
    behind8: '8 բաժանարարի հետևում՝ 2026 թ. դեկ 8, երք',
    behind27: '27 բաժանարարի հետևում՝ 2026 թ. նոյ 27, ուր',
    behind24: '24 բաժանարարի հետևում՝ 2026 թ. նոյ 24, երք',
    behind25: '25 բաժանարարի հետևում՝ 2026 թ. նոյ 25, չրք',
    fri27: 'նոյ 27, ուր',
    wed9: 'դեկ 9, չրք',
    at: '2026 թ. նոյ 23, երկ 09:00',
    dec8: '2026 թ. դեկ 8, երք',
    nov27: '2026 թ. նոյ 27, ուր',
  },
  // Persian digits in the date; the hour as typed on a clock.
  fa: {
    behind8: 'پشت جداکنندهٔ ۸: سه\u200cشنبه ۸ دسامبر ۲۰۲۶',
    behind27: 'پشت جداکنندهٔ ۲۷: جمعه ۲۷ نوامبر ۲۰۲۶',
    behind24: 'پشت جداکنندهٔ ۲۴: سه\u200cشنبه ۲۴ نوامبر ۲۰۲۶',
    behind25: 'پشت جداکنندهٔ ۲۵: چهارشنبه ۲۵ نوامبر ۲۰۲۶',
    fri27: 'جمعه ۲۷ نوامبر',
    wed9: 'چهارشنبه ۹ دسامبر',
    at: 'دوشنبه ۲۳ نوامبر ۲۰۲۶ ۰۹:۰۰',
    dec8: 'سه\u200cشنبه ۸ دسامبر ۲۰۲۶',
    nov27: 'جمعه ۲۷ نوامبر ۲۰۲۶',
  },
};

/**
 * Makes the binder in English: a binder made by a run in Persian starts with the Persian calendar
 * (persian-calendar.test.ts), and here every language works in the same Gregorian binder.
 */
function madeInEnglish(fresh: Binder): Binder {
  ok(fresh, ['config', 'calendar', 'gregorian'], { spawn: true, env: { CRM_LANG: 'en' } });
  return fresh;
}

let binder: Binder;
beforeEach(() => {
  binder = madeInEnglish(tempBinder(TODAY));
});
afterEach(() => {
  binder.remove();
});

/** crm as a user runs it, in a language: a process of its own, at a fixed moment. */
const inLanguage = (language: string) => ({ spawn: true, env: { CRM_LANG: language, CRM_NOW: NOW } });

const ACME = ['file', 'acme', '8', '--name', 'Anna Nowak', '--company', 'Acme Ltd', '--phone', '+48 601 234 567'];
const LOG = ['log', 'acme', '--outcome', 'reached', '--note', 'wants 40 units', '--next', 'fri'];

interface Expected {
  filed: string;
  logged: string;
  show: string;
  /** crm move of 2 and of 5 dossiers: the plural in the language. */
  movedTwo: string;
  movedFive: string;
  /** crm log without --next or --done, and no terminal to ask. */
  nextMissing: string;
  /** crm file acme with another name. */
  noRename: string;
}

const EXPECTED: Record<'pl' | 'bg' | 'hy' | 'fa', Expected> = {
  pl: {
    filed: `Nowa teczka acme (Anna Nowak, Acme Ltd) odłożona ${DATES.pl.behind8}.\n`,
    logged: `Zapisano rozmowę telefoniczną z acme (Anna Nowak): reached.\nPrzełożono ${DATES.pl.behind27}.\n`,
    show: [
      'acme  Anna Nowak · Acme Ltd',
      '',
      `Termin      ${DATES.pl.behind27}`,
      'Priorytet   B',
      'Telefon     work    +48 601 234 567',
      '',
      'Historia (4)',
      `  ${DATES.pl.at}  założona    nowa teczka`,
      `  ${DATES.pl.at}  odłożona    odłożona na ${DATES.pl.dec8}`,
      `  ${DATES.pl.at}  telefon     wants 40 units  → reached`,
      `  ${DATES.pl.at}  odłożona    ${DATES.pl.dec8} → ${DATES.pl.nov27}`,
      '',
    ].join('\n'),
    movedTwo: `Przełożono 2 teczki ${DATES.pl.behind24}:\n  acme  Anna Nowak  było: ${DATES.pl.fri27}\n  zolc  Jan Żółć  było: ${DATES.pl.wed9}\n`,
    movedFive: `Przełożono 5 teczek ${DATES.pl.behind25}:`,
    nextMissing: 'crm: brakuje następnego kontaktu: dodaj --next <kiedy> (na przykład --next fri) albo --done, żeby zamknąć acme; nic nie zapisano\n',
    noRename:
      'crm: "acme" to acme (Anna Nowak, Acme Ltd), a crm file nie zmienia nazwy klienta: żeby ją zmienić, wpisz crm edit acme --name "Anna Kowalska"; ' +
      'dla nowego klienta wybierz inny skrót: crm file <handle> 8 --name "Anna Kowalska"; nic nie zapisano\n',
  },
  // The year's "г." ends the sentence: one period, not two.
  bg: {
    filed: `Ново досие acme (Anna Nowak, Acme Ltd), подредено ${DATES.bg.behind8}\n`,
    logged: `Записано обаждане с acme (Anna Nowak): reached.\nПреместено ${DATES.bg.behind27}\n`,
    show: [
      'acme  Anna Nowak · Acme Ltd',
      '',
      `Подредено    ${DATES.bg.behind27}`,
      'Приоритет    B',
      'Телефон      work    +48 601 234 567',
      '',
      'История (4)',
      `  ${DATES.bg.at}  създадено    ново досие`,
      `  ${DATES.bg.at}  подредено    подредено за ${DATES.bg.dec8}`,
      `  ${DATES.bg.at}  обаждане     wants 40 units  → reached`,
      `  ${DATES.bg.at}  подредено    ${DATES.bg.dec8} → ${DATES.bg.nov27}`,
      '',
    ].join('\n'),
    movedTwo: `Преместени 2 досиета ${DATES.bg.behind24}:\n  acme  Anna Nowak  от ${DATES.bg.fri27}\n  zolc  Jan Żółć  от ${DATES.bg.wed9}\n`,
    movedFive: `Преместени 5 досиета ${DATES.bg.behind25}:`,
    nextMissing: 'crm: липсва следващият контакт: добавете --next <кога> (например --next fri) или --done, за да затворите acme; нищо не е записано\n',
    noRename:
      'crm: "acme" е acme (Anna Nowak, Acme Ltd), а crm file не преименува клиент: за ново име въведете crm edit acme --name "Anna Kowalska"; ' +
      'за нов клиент изберете друго кратко име: crm file <handle> 8 --name "Anna Kowalska"; нищо не е записано\n',
  },
  hy: {
    filed: `Նոր թղթապանակ՝ acme (Anna Nowak, Acme Ltd), դասվեց ${DATES.hy.behind8}։\n`,
    logged: `Գրանցվեց զանգ՝ acme (Anna Nowak): reached։\nՏեղափոխվեց ${DATES.hy.behind27}։\n`,
    show: [
      'acme  Anna Nowak · Acme Ltd',
      '',
      `Դասված է          ${DATES.hy.behind27}`,
      'Առաջնահերթություն B',
      'Հեռախոս           work    +48 601 234 567',
      '',
      'Պատմություն (4)',
      `  ${DATES.hy.at}  ստեղծվել է    նոր թղթապանակ`,
      `  ${DATES.hy.at}  դասվել է      դասվեց ${DATES.hy.dec8}`,
      `  ${DATES.hy.at}  զանգ          wants 40 units  → reached`,
      `  ${DATES.hy.at}  դասվել է      ${DATES.hy.dec8} → ${DATES.hy.nov27}`,
      '',
    ].join('\n'),
    movedTwo: `Տեղափոխվեց 2 թղթապանակ ${DATES.hy.behind24}:\n  acme  Anna Nowak  նախկինում՝ ${DATES.hy.fri27}\n  zolc  Jan Żółć  նախկինում՝ ${DATES.hy.wed9}\n`,
    movedFive: `Տեղափոխվեց 5 թղթապանակ ${DATES.hy.behind25}:`,
    nextMissing: 'crm: հաջորդ կապը նշված չէ․ ավելացրեք --next <երբ> (օրինակ՝ --next fri) կամ --done՝ acme-ը փակելու համար․ ոչինչ չի գրանցվել\n',
    noRename:
      'crm: "acme"-ը acme-ն է (Anna Nowak, Acme Ltd), իսկ crm file-ը հաճախորդին չի վերանվանում․ վերանվանելու համար գրեք crm edit acme --name "Anna Kowalska"․ ' +
      'նոր հաճախորդի համար ընտրեք այլ կարճ անուն՝ crm file <handle> 8 --name "Anna Kowalska"․ ոչինչ չի գրանցվել\n',
  },
  fa: {
    filed: `پروندهٔ جدید acme (Anna Nowak, Acme Ltd) بایگانی شد، ${DATES.fa.behind8}.\n`,
    logged: `تماس با acme (Anna Nowak) ثبت شد: reached.\nجابه\u200cجا شد، ${DATES.fa.behind27}.\n`,
    show: [
      'acme  Anna Nowak · Acme Ltd',
      '',
      `بایگانی     ${DATES.fa.behind27}`,
      'اولویت      B',
      'تلفن        work    +48 601 234 567',
      '',
      'تاریخچه (۴)',
      `  ${DATES.fa.at}  ایجاد        پروندهٔ جدید`,
      `  ${DATES.fa.at}  بایگانی      بایگانی برای ${DATES.fa.dec8}`,
      `  ${DATES.fa.at}  تماس         wants 40 units  → reached`,
      `  ${DATES.fa.at}  بایگانی      ${DATES.fa.dec8} → ${DATES.fa.nov27}`,
      '',
    ].join('\n'),
    movedTwo: `۲ پرونده جابه\u200cجا شد، ${DATES.fa.behind24}:\n  acme  Anna Nowak  از ${DATES.fa.fri27}\n  zolc  Jan Żółć  از ${DATES.fa.wed9}\n`,
    movedFive: `۵ پرونده جابه\u200cجا شد، ${DATES.fa.behind25}:`,
    nextMissing: 'crm: تماس بعدی مشخص نیست: --next <زمان> (مثلاً --next fri) یا --done را برای بستن acme اضافه کنید؛ چیزی نوشته نشد\n',
    noRename:
      'crm: «acme» همان acme است (Anna Nowak, Acme Ltd) و crm file نام مشتری را عوض نمی\u200cکند: برای تغییر نام بنویسید crm edit acme --name "Anna Kowalska"؛ ' +
      'برای مشتری جدید شناسهٔ دیگری انتخاب کنید: crm file <handle> 8 --name "Anna Kowalska"؛ چیزی نوشته نشد\n',
  },
};

// Each test spawns up to ten commands: a loaded machine needs more than the usual 20 s.
describe.each(Object.entries(EXPECTED))('the daily commands under CRM_LANG=%s', { timeout: 90_000 }, (language, expected) => {
  const options = inLanguage(language);

  it('crm file, crm log and crm show say it in the language, word for word', () => {
    expect(ok(binder, ACME, options)).toBe(expected.filed);
    expect(ok(binder, LOG, options)).toBe(expected.logged);
    expect(ok(binder, ['show', 'acme'], options)).toBe(expected.show);
  });

  it('crm move counts the dossiers in the language’s plural: 2, then 5', () => {
    ok(binder, ACME, options);
    ok(binder, LOG, options);
    ok(binder, ['file', 'zolc', '9', '--name', 'Jan Żółć'], options);
    expect(ok(binder, ['move', 'acme', 'zolc', 'tue'], options)).toBe(expected.movedTwo);
    for (const handle of ['b1', 'b2', 'b3']) ok(binder, ['file', handle, '9', '--name', handle.toUpperCase()], options);
    const [first] = ok(binder, ['move', 'acme', 'zolc', 'b1', 'b2', 'b3', 'wed'], options).split('\n');
    expect(first).toBe(expected.movedFive);
  });

  it('refuses in the language: one line, exit 2, nothing written', () => {
    ok(binder, ACME, options);
    expect(refused(binder, ['log', 'acme', '--note', 'x'], options).stderr).toBe(expected.nextMissing);
    expect(refused(binder, ['file', 'acme', '8', '--name', 'Anna Kowalska'], options).stderr).toBe(expected.noRename);
  });
});

describe('--json is the same bytes in every language', () => {
  /** The same day's work in a fresh binder, in a language: what each command printed as JSON. */
  function jsonOf(language: string): string[] {
    const fresh = madeInEnglish(tempBinder(TODAY));
    try {
      const options = inLanguage(language);
      return [
        ok(fresh, [...ACME, '--json'], options),
        ok(fresh, [...LOG, '--json'], options),
        ok(fresh, ['file', 'zolc', '9', '--name', 'Jan Żółć', '--json'], options),
        ok(fresh, ['move', 'acme', 'zolc', 'tue', '--json'], options),
        ok(fresh, ['show', 'acme', '--json'], options),
      ];
    } finally {
      fresh.remove();
    }
  }

  let english: string[] | undefined;
  const inEnglish = () => (english ??= jsonOf('en'));

  // Five spawned commands twice: a loaded machine needs more than the usual 20 s.
  it.each(['pl', 'bg', 'hy', 'fa', 'qps'])('crm file, log, move and show --json under CRM_LANG=%s as in English', (language) => {
    expect(JSON.parse(inEnglish()[0] as string)).toMatchObject({ created: true });
    expect(jsonOf(language)).toEqual(inEnglish());
  }, 90_000);
});
