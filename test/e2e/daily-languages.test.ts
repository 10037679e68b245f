// The daily commands in the user's language (issue 17): what crm file, log, move and show print
// under CRM_LANG=pl, bg, hy and fa, word for word; their refusals in the language, exit codes as
// in English; --json the same bytes in every language.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { ok, refused } from './support.js';

const TODAY = '2026-11-23';
const NOW = '2026-11-23T09:00';

// The dates and dividers as render/style.ts prints them: English in every language until style.ts
// speaks the run's language (another part of issue 17), then each language's own.
const DATES = {
  behind8: 'behind 8: Tue 8 Dec 2026',
  behind27: 'behind 27: Fri 27 Nov 2026',
  behind24: 'behind 24: Tue 24 Nov 2026',
  behind25: 'behind 25: Wed 25 Nov 2026',
  fri27: 'Fri 27 Nov',
  wed9: 'Wed 9 Dec',
  at: 'Mon 23 Nov 2026 09:00',
  dec8: 'Tue 8 Dec 2026',
  nov27: 'Fri 27 Nov 2026',
};
const D = DATES;

let binder: Binder;
beforeEach(() => {
  binder = tempBinder(TODAY);
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
    filed: `Nowa teczka acme (Anna Nowak, Acme Ltd) odłożona ${D.behind8}.\n`,
    logged: `Zapisano rozmowę telefoniczną z acme (Anna Nowak): reached.\nPrzełożono ${D.behind27}.\n`,
    show: [
      'acme  Anna Nowak · Acme Ltd',
      '',
      `Termin      ${D.behind27}`,
      'Priorytet   B',
      'Telefon     work    +48 601 234 567',
      '',
      'Historia (4)',
      `  ${D.at}  założona    nowa teczka`,
      `  ${D.at}  odłożona    odłożona na ${D.dec8}`,
      `  ${D.at}  telefon     wants 40 units  → reached`,
      `  ${D.at}  odłożona    ${D.dec8} → ${D.nov27}`,
      '',
    ].join('\n'),
    movedTwo: `Przełożono 2 teczki ${D.behind24}:\n  acme  Anna Nowak  było: ${D.fri27}\n  zolc  Jan Żółć  było: ${D.wed9}\n`,
    movedFive: `Przełożono 5 teczek ${D.behind25}:`,
    nextMissing: 'crm: brakuje następnego kontaktu: dodaj --next <kiedy> (na przykład --next fri) albo --done, żeby zamknąć acme; nic nie zapisano\n',
    noRename:
      'crm: "acme" to acme (Anna Nowak, Acme Ltd), a crm file nie zmienia nazwy klienta: żeby ją zmienić, wpisz crm edit acme --name "Anna Kowalska"; ' +
      'dla nowego klienta wybierz inny skrót: crm file <handle> 8 --name "Anna Kowalska"; nic nie zapisano\n',
  },
  bg: {
    filed: `Ново досие acme (Anna Nowak, Acme Ltd), подредено ${D.behind8}.\n`,
    logged: `Записано обаждане с acme (Anna Nowak): reached.\nПреместено ${D.behind27}.\n`,
    show: [
      'acme  Anna Nowak · Acme Ltd',
      '',
      `Подредено    ${D.behind27}`,
      'Приоритет    B',
      'Телефон      work    +48 601 234 567',
      '',
      'История (4)',
      `  ${D.at}  създадено    ново досие`,
      `  ${D.at}  подредено    подредено за ${D.dec8}`,
      `  ${D.at}  обаждане     wants 40 units  → reached`,
      `  ${D.at}  подредено    ${D.dec8} → ${D.nov27}`,
      '',
    ].join('\n'),
    movedTwo: `Преместени 2 досиета ${D.behind24}:\n  acme  Anna Nowak  от ${D.fri27}\n  zolc  Jan Żółć  от ${D.wed9}\n`,
    movedFive: `Преместени 5 досиета ${D.behind25}:`,
    nextMissing: 'crm: липсва следващият контакт: добавете --next <кога> (например --next fri) или --done, за да затворите acme; нищо не е записано\n',
    noRename:
      'crm: "acme" е acme (Anna Nowak, Acme Ltd), а crm file не преименува клиент: за ново име въведете crm edit acme --name "Anna Kowalska"; ' +
      'за нов клиент изберете друго кратко име: crm file <handle> 8 --name "Anna Kowalska"; нищо не е записано\n',
  },
  hy: {
    filed: `Նոր թղթապանակ՝ acme (Anna Nowak, Acme Ltd), դասվեց ${D.behind8}։\n`,
    logged: `Գրանցվեց զանգ՝ acme (Anna Nowak): reached։\nՏեղափոխվեց ${D.behind27}։\n`,
    show: [
      'acme  Anna Nowak · Acme Ltd',
      '',
      `Դասված է          ${D.behind27}`,
      'Առաջնահերթություն B',
      'Հեռախոս           work    +48 601 234 567',
      '',
      'Պատմություն (4)',
      `  ${D.at}  ստեղծվել է    նոր թղթապանակ`,
      `  ${D.at}  դասվել է      դասվեց ${D.dec8}`,
      `  ${D.at}  զանգ          wants 40 units  → reached`,
      `  ${D.at}  դասվել է      ${D.dec8} → ${D.nov27}`,
      '',
    ].join('\n'),
    movedTwo: `Տեղափոխվեց 2 թղթապանակ ${D.behind24}:\n  acme  Anna Nowak  նախկինում՝ ${D.fri27}\n  zolc  Jan Żółć  նախկինում՝ ${D.wed9}\n`,
    movedFive: `Տեղափոխվեց 5 թղթապանակ ${D.behind25}:`,
    nextMissing: 'crm: հաջորդ կապը նշված չէ․ ավելացրեք --next <երբ> (օրինակ՝ --next fri) կամ --done՝ acme-ը փակելու համար․ ոչինչ չի գրանցվել\n',
    noRename:
      'crm: "acme"-ը acme-ն է (Anna Nowak, Acme Ltd), իսկ crm file-ը հաճախորդին չի վերանվանում․ վերանվանելու համար գրեք crm edit acme --name "Anna Kowalska"․ ' +
      'նոր հաճախորդի համար ընտրեք այլ կարճ անուն՝ crm file <handle> 8 --name "Anna Kowalska"․ ոչինչ չի գրանցվել\n',
  },
  fa: {
    filed: `پروندهٔ جدید acme (Anna Nowak, Acme Ltd) بایگانی شد، ${D.behind8}.\n`,
    logged: `تماس با acme (Anna Nowak) ثبت شد: reached.\nجابه\u200cجا شد، ${D.behind27}.\n`,
    show: [
      'acme  Anna Nowak · Acme Ltd',
      '',
      `بایگانی     ${D.behind27}`,
      'اولویت      B',
      'تلفن        work    +48 601 234 567',
      '',
      'تاریخچه (۴)',
      `  ${D.at}  ایجاد        پروندهٔ جدید`,
      `  ${D.at}  بایگانی      بایگانی برای ${D.dec8}`,
      `  ${D.at}  تماس         wants 40 units  → reached`,
      `  ${D.at}  بایگانی      ${D.dec8} → ${D.nov27}`,
      '',
    ].join('\n'),
    movedTwo: `۲ پرونده جابه\u200cجا شد، ${D.behind24}:\n  acme  Anna Nowak  از ${D.fri27}\n  zolc  Jan Żółć  از ${D.wed9}\n`,
    movedFive: `۵ پرونده جابه\u200cجا شد، ${D.behind25}:`,
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
    const fresh = tempBinder(TODAY);
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
