// Dates printed in the run's language and the binder's calendar (issue 17): CLDR's words and
// patterns, generated and committed (scripts/cldr-date-names.mjs), no Intl read to print.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { dividerFor } from '../../src/binder/ring.js';
import { DEFAULT_SETTINGS } from '../../src/binder/settings.js';
import type { Language } from '../../src/i18n/language.js';
import { printingAs } from '../../src/io.js';
import { DATE_NAMES } from '../../src/render/date-names.generated.js';
import { dividerPhrase, inWeekOrder, loadDateNames, longDay, monthName, monthTitle, shortDay, weekdayName } from '../../src/render/style.js';

function as<T>(language: Language, calendar: 'gregorian' | 'persian', work: () => T): T {
  return printingAs({ color: false, columns: undefined, language, calendar }, work);
}

beforeAll(loadDateNames);

describe('date-names.generated.ts', () => {
  it('is what scripts/cldr-date-names.mjs makes of the CLDR data now', () => {
    // Throws (exit 1, and says so) when the committed file differs.
    execFileSync(process.execPath, ['scripts/cldr-date-names.mjs', '--check'], { encoding: 'utf8' });
  });

  it.each(['en', 'pl', 'bg', 'hy', 'fa'] as const)("%s: the Jalali months are ICU's (CLDR 48's ca-persian)", (language) => {
    // Test-time only: the month of the 15th of each Jalali month of 1405, as Intl names it in a date.
    const intl = new Intl.DateTimeFormat(`${language}-u-ca-persian`, { timeZone: 'UTC', day: 'numeric', month: 'long' });
    const starts = ['2026-04-04', '2026-05-05', '2026-06-05', '2026-07-06', '2026-08-06', '2026-09-06', '2026-10-07', '2026-11-06', '2026-12-06', '2027-01-05', '2027-02-04', '2027-03-06'];
    const names = starts.map((day) => intl.formatToParts(new Date(`${day}T12:00:00Z`)).find((part) => part.type === 'month')?.value);
    expect(DATE_NAMES[language].jalaliMonths).toEqual(names);
  });
});

describe('longDay and shortDay in each language and calendar', () => {
  it.each([
    { language: 'en', calendar: 'gregorian', long: 'Tue 8 Dec 2026', short: 'Tue 8 Dec' },
    { language: 'pl', calendar: 'gregorian', long: 'wt., 8 gru 2026', short: 'wt., 8 gru' },
    // CLDR joins the year and г. with a narrow no-break space (U+202F), so a line never breaks there.
    { language: 'bg', calendar: 'gregorian', long: 'вт, 8 дек 2026\u202fг.', short: 'вт, 8 дек' },
    { language: 'hy', calendar: 'gregorian', long: '2026 թ. դեկ 8, երք', short: 'դեկ 8, երք' },
    { language: 'fa', calendar: 'gregorian', long: 'سه‌شنبه ۸ دسامبر ۲۰۲۶', short: 'سه‌شنبه ۸ دسامبر' },
    { language: 'fa', calendar: 'persian', long: 'سه‌شنبه ۱۷ آذر ۱۴۰۵', short: 'سه‌شنبه ۱۷ آذر' },
    { language: 'en', calendar: 'persian', long: 'Tue 17 Azar 1405', short: 'Tue 17 Azar' },
    { language: 'pl', calendar: 'persian', long: 'wt., 17 Āsar 1405', short: 'wt., 17 Āsar' },
    { language: 'qps', calendar: 'gregorian', long: 'Tue 8 Dec 2026', short: 'Tue 8 Dec' },
  ] as const)('$language, $calendar: $long', ({ language, calendar, long, short }) => {
    as(language, calendar, () => {
      expect(longDay('2026-12-08')).toBe(long);
      expect(shortDay('2026-12-08', '2026-11-23')).toBe(short);
    });
  });

  it('English outside a run is as it always was, and needs no names loaded', () => {
    expect(longDay('2026-12-08')).toBe('Tue 8 Dec 2026');
    expect(shortDay('2027-01-04', '2026-11-23')).toBe('Mon 4 Jan 2027');
    expect(monthName('2027-07')).toBe('July');
  });

  it("the year is left out when it is today's in the binder's calendar: 2027-03-20 is still 1405", () => {
    as('fa', 'persian', () => {
      expect(shortDay('2027-03-20', '2026-11-23')).toBe('شنبه ۲۹ اسفند');
      expect(shortDay('2027-03-21', '2026-11-23')).toBe('یکشنبه ۱ فروردین ۱۴۰۶');
    });
    as('en', 'gregorian', () => expect(shortDay('2027-01-04', '2026-12-30')).toBe('Mon 4 Jan 2027'));
    as('en', 'persian', () => expect(shortDay('2027-01-04', '2026-12-30')).toBe('Mon 14 Dey'));
  });
});

describe('month dividers print the nominative', () => {
  it.each([
    { language: 'en', calendar: 'gregorian', month: '2026-12', name: 'December', title: 'December 2026' },
    { language: 'pl', calendar: 'gregorian', month: '2026-12', name: 'grudzień', title: 'grudzień 2026' },
    { language: 'bg', calendar: 'gregorian', month: '2026-12', name: 'декември', title: 'декември 2026' },
    { language: 'hy', calendar: 'gregorian', month: '2026-12', name: 'դեկտեմբեր', title: 'դեկտեմբեր 2026' },
    { language: 'fa', calendar: 'gregorian', month: '2026-12', name: 'دسامبر', title: 'دسامبر ۲۰۲۶' },
    { language: 'fa', calendar: 'persian', month: '1405-10', name: 'دی', title: 'دی ۱۴۰۵' },
    { language: 'en', calendar: 'persian', month: '1405-12', name: 'Esfand', title: 'Esfand 1405' },
  ] as const)('$language, $calendar: $title', ({ language, calendar, month, name, title }) => {
    // The month says its calendar (a divider's `calendar`); the printing's does not decide it.
    as(language, calendar, () => {
      expect(monthName(month, calendar)).toBe(name);
      expect(monthTitle(month, calendar)).toBe(title);
    });
  });
});

describe("dividerPhrase in a Persian-calendar binder", () => {
  const persian = { ...DEFAULT_SETTINGS, calendar: 'persian' as const };
  it.each([
    { day: '2026-11-29', en: 'behind 8: Sun 8 Azar 1405', fa: 'behind ۸: یکشنبه ۸ آذر ۱۴۰۵' },
    { day: '2026-12-23', en: 'behind 2: Wed 2 Dey 1405', fa: 'behind ۲: چهارشنبه ۲ دی ۱۴۰۵' },
    { day: '2026-12-24', en: 'behind Dey: Thu 3 Dey 1405', fa: 'behind دی: پنجشنبه ۳ دی ۱۴۰۵' },
    { day: '2027-03-21', en: 'behind Farvardin: Sun 1 Farvardin 1406', fa: 'behind فروردین: یکشنبه ۱ فروردین ۱۴۰۶' },
    { day: '2027-12-21', en: 'behind Azar: Tue 30 Azar 1406', fa: 'behind آذر: سه‌شنبه ۳۰ آذر ۱۴۰۶' }, // the 12th month divider
    { day: '2027-12-22', en: 'behind 1406: Wed 1 Dey 1406', fa: 'behind ۱۴۰۶: چهارشنبه ۱ دی ۱۴۰۶' },
  ])('today 2026-11-23 (2 Azar 1405), $day: $en', ({ day, en, fa }) => {
    const divider = dividerFor(day, '2026-11-23', persian);
    expect(as('en', 'persian', () => dividerPhrase(divider, day, false))).toBe(en);
    expect(as('fa', 'persian', () => dividerPhrase(divider, day, false))).toBe(fa);
  });
});

describe('weekdays in the order of the language', () => {
  it.each([
    { language: 'en', days: [1, 2, 3, 4, 5], shown: 'mon tue wed thu fri' },
    { language: 'en', days: [0, 1, 2, 3, 4], shown: 'sun mon tue wed thu' },
    { language: 'pl', days: [0, 1, 2, 3, 4], shown: 'pon. wt. śr. czw. niedz.' },
    { language: 'bg', days: [1, 2, 3, 4, 5], shown: 'пн вт ср чт пт' },
    { language: 'hy', days: [1, 2, 3, 4, 5], shown: 'երկ երք չրք հնգ ուր' },
    { language: 'fa', days: [0, 1, 2, 3, 6], shown: 'شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه' },
  ] as const)('$language: $shown', ({ language, days, shown }) => {
    expect(as(language, 'gregorian', () => inWeekOrder(days).map(weekdayName).join(' '))).toBe(shown);
  });

  it('a Persian-calendar binder lists its week from Saturday in any language', () => {
    expect(as('en', 'persian', () => inWeekOrder([0, 1, 2, 3, 6]).map(weekdayName).join(' '))).toBe('sat sun mon tue wed');
    expect(as('pl', 'persian', () => inWeekOrder([0, 1, 2, 3, 6]).map(weekdayName).join(' '))).toBe('sob. niedz. pon. wt. śr.');
  });
});
