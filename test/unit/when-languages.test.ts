// The date grammar in every language at once (issue 17, LANGUAGES.md "Rules" and "Worked cases"):
// Polish, Bulgarian, Armenian and Persian words read as the English ones, whatever the interface
// language, and the Persian calendar's ring. Every table runs in each zone of ZONES.
import { describe, expect, it } from 'vitest';
import { userErrorFrom } from './user-error.js';
import type { Day } from '../../src/binder/day.js';
import { firstMonthDividerDay } from '../../src/binder/ring.js';
import { DEFAULT_SETTINGS, type BinderSettings } from '../../src/binder/settings.js';
import { fileOn, parsePastWhen, parseWhen, selectRange, type Calendar } from '../../src/binder/when.js';
import { splitWhenAndHour } from '../../src/binder/hours.js';
import { filingFor } from '../../src/binder/dates.js';
import { ZONES, inZone } from './zones.js';

const GREGORIAN: BinderSettings = DEFAULT_SETTINGS;
/** LANGUAGES.md's "P": a Persian-calendar binder working Saturday to Wednesday. */
const PERSIAN: BinderSettings = { ...DEFAULT_SETTINGS, calendar: 'persian', workdays: [6, 0, 1, 2, 3] };

/** The date a form names, before any move to a working day. */
function named(input: string, today: Day, calendar: Calendar = 'gregorian', parse = parseWhen): Day {
  const when = parse(input, today, calendar);
  return when.kind === 'day' ? when.day : fileOn(when, '1900-01-01', { workdays: [0, 1, 2, 3, 4, 5, 6], holidays: [] }).day;
}

/** Where `crm file <client> <input>` files the dossier: through dates.ts, hour split and all. */
function filed(input: string, today: Day, settings: BinderSettings = GREGORIAN): Day {
  return filingFor(input, { today, settings }).day;
}

describe.each(ZONES)('the date grammar in every language with TZ=%s', (zone) => {
  inZone(zone);

  describe('LANGUAGES.md worked cases (Mon-Fri Gregorian binder unless P)', () => {
    it.each([
      ['lipiec', '2026-11-23', '', '2027-07-01'],
      ['5 lipca', '2026-11-23', '', '2027-07-05'],
      ['LIPCA 5', '2026-11-23', '', '2027-07-05'],
      ['3 maja', '2026-11-23', '', '2027-05-03'],
      ['Śr.', '2026-11-23', '', '2026-11-25'],
      ['w środę', '2026-11-23', '', '2026-11-25'],
      ['pn', '2026-11-23', '', '2026-11-30'],
      ['cz', '2026-11-23', '', '2026-11-26'],
      ['cze', '2026-11-23', '', '2027-06-01'],
      ['jutro', '2026-11-27', '', '2026-11-30'],
      ['pojutrze', '2026-11-23', '', '2026-11-25'],
      ['za 2 tygodnie', '2026-11-23', '', '2026-12-07'],
      ['za tydzień', '2026-11-23', '', '2026-11-30'],
      ['za 5 dni', '2026-11-23', '', '2026-11-30'],
      ['юли', '2026-11-23', '', '2027-07-01'],
      ['5 юли', '2026-11-23', '', '2027-07-05'],
      ['ср.', '2026-11-23', '', '2026-11-25'],
      ['утре', '2026-11-27', '', '2026-11-30'],
      ['вдругиден', '2026-11-23', '', '2026-11-25'],
      ['след 2 седмици', '2026-11-23', '', '2026-12-07'],
      ['март', '2026-11-23', '', '2027-03-01'],
      ['հուլիսի 5', '2026-11-23', '', '2027-07-05'],
      ['5 հուլիսի', '2026-11-23', '', '2027-07-05'],
      ['Հուլիս', '2026-11-23', '', '2027-07-01'],
      ['վաղը', '2026-11-27', '', '2026-11-30'],
      ['հունվ', '2026-11-23', '', '2027-01-01'],
      ['շաբաթ', '2026-11-23', '', '2026-11-30'],
      ['2 շաբաթից', '2026-11-23', '', '2026-12-07'],
      ['երք', '2026-11-23', '', '2026-11-24'],
      ['فردا', '2026-11-23', '', '2026-11-24'],
      ['۵ ژوئیه', '2026-11-23', '', '2027-07-05'],
      ['سه شنبه', '2026-11-23', '', '2026-11-24'],
      ['سه‌شنبه', '2026-11-23', '', '2026-11-24'],
      ['۲ هفته دیگر', '2026-11-23', '', '2026-12-07'],
      ['پس فردا', '2026-11-23', '', '2026-11-25'],
      ['مه', '2026-11-23', '', '2027-05-03'],
      ['۸', '2026-11-23', 'P', '2026-11-29'],
      ['٨', '2026-11-23', 'P', '2026-11-29'],
      ['۸', '2026-11-23', '', '2026-12-08'],
      ['۲', '2026-11-23', 'P', '2026-12-23'],
      ['تیر', '2026-11-23', 'P', '2027-06-22'],
      ['۵ تیر', '2026-11-23', 'P', '2027-06-26'],
      ['+1m', '2026-09-22', 'P', '2026-10-24'],
      ['+1m', '2026-09-22', '', '2026-10-22'],
      ['tir 5', '2026-11-23', '', '2027-06-28'],
    ])('`%s` on %s %s is filed on %s', (input, today, binder, expected) => {
      expect(filed(input, today, binder === 'P' ? PERSIAN : GREGORIAN)).toBe(expected);
    });

    it.each([
      ['+1m', '2026-09-22', 'persian', '2026-10-22'], // 30 Mehr, a Thursday: named, then moved to Saturday
      ['tir 5', '2026-11-23', 'gregorian', '2027-06-26'], // 5 Tir 1406, a Saturday
      ['۸', '2026-11-23', 'persian', '2026-11-29'], // 8 Azar 1405
      ['jutro', '2026-11-27', 'gregorian', '2026-11-28'],
      ['շաբաթ', '2026-11-23', 'gregorian', '2026-11-28'],
    ] as const)('`%s` on %s (%s) names %s before any move', (input, today, calendar, expected) => {
      expect(named(input, today, calendar)).toBe(expected);
    });

    it('`۳۱ مهر` in a Persian binder is an error: Mehr has 30 days', () => {
      const error = userErrorFrom(() => filed('۳۱ مهر', '2026-11-23', PERSIAN));
      expect(error.message).toBe('"۳۱ مهر": Mehr has 30 days, no day 31; type a date that exists');
    });
  });

  describe('Polish', () => {
    it.each([
      ['styczeń', '2027-01-01'],
      ['stycznia 10', '2027-01-10'],
      ['10 stycznia', '2027-01-10'],
      ['luty', '2027-02-01'],
      ['29 lutego', '2028-02-29'], // waits for a leap year
      ['marzec', '2027-03-01'],
      ['mar', '2027-03-01'],
      ['kwi 2', '2027-04-02'],
      ['maj', '2027-05-01'],
      ['24 grudnia', '2026-12-24'],
      ['gru', '2026-12-01'],
      ['październik', '2027-10-01'],
      ['pazdziernika 3', '2027-10-03'],
      ['5 paź', '2027-10-05'],
      ['5. sierpnia', '2027-08-05'],
      ['poniedziałek', '2026-11-30'],
      ['pon.', '2026-11-30'],
      ['wt', '2026-11-24'],
      ['wtorek', '2026-11-24'],
      ['we wtorek', '2026-11-24'],
      ['czw', '2026-11-26'],
      ['piątek', '2026-11-27'],
      ['w piątek', '2026-11-27'],
      ['pt', '2026-11-27'],
      ['PIĄ', '2026-11-27'],
      ['sob', '2026-11-28'],
      ['w sobotę', '2026-11-28'],
      ['sb', '2026-11-28'],
      ['niedz.', '2026-11-29'],
      ['nd', '2026-11-29'],
      ['ndz', '2026-11-29'],
      ['w niedzielę', '2026-11-29'],
      ['dzisiaj', '2026-11-23'],
      ['dziś', '2026-11-23'],
      ['za 1 dzień', '2026-11-24'],
      ['za 3 tyg.', '2026-12-14'],
      ['za 2 tyg', '2026-12-07'],
      ['za miesiąc', '2026-12-23'],
      ['za 3 miesiące', '2027-02-23'],
      ['za 5 miesięcy', '2027-04-23'],
    ])('`%s` on Mon 2026-11-23 names %s', (input, expected) => {
      expect(named(input, '2026-11-23')).toBe(expected);
    });
  });

  describe('Bulgarian', () => {
    it.each([
      ['януари', '2027-01-01'],
      ['яну 3', '2027-01-03'],
      ['3 януари', '2027-01-03'],
      ['февруари', '2027-02-01'],
      ['мар', '2027-03-01'],
      ['април', '2027-04-01'],
      ['май', '2027-05-01'],
      ['юни 30', '2027-06-30'],
      ['авг', '2027-08-01'],
      ['сеп', '2027-09-01'],
      ['24 декември', '2026-12-24'],
      ['дек. 24', '2026-12-24'],
      ['понеделник', '2026-11-30'],
      ['пн', '2026-11-30'],
      ['вт', '2026-11-24'],
      ['вто', '2026-11-24'],
      ['сряда', '2026-11-25'],
      ['чт', '2026-11-26'],
      ['петък', '2026-11-27'],
      ['в петък', '2026-11-27'],
      ['пет', '2026-11-27'],
      ['събота', '2026-11-28'],
      ['нд', '2026-11-29'],
      ['нед', '2026-11-29'],
      ['днес', '2026-11-23'],
      ['ДНЕС', '2026-11-23'],
      ['след 5 дни', '2026-11-28'],
      ['след 1 ден', '2026-11-24'],
      ['след 1 седмица', '2026-11-30'],
      ['след 2 месеца', '2027-01-23'],
    ])('`%s` on Mon 2026-11-23 names %s', (input, expected) => {
      expect(named(input, '2026-11-23')).toBe(expected);
    });
  });

  describe('Armenian', () => {
    it.each([
      ['հունվար', '2027-01-01'],
      ['հունվարի 10', '2027-01-10'],
      ['հնվ', '2027-01-01'],
      ['փետրվար', '2027-02-01'],
      ['մարտի 8', '2027-03-08'],
      ['ապր', '2027-04-01'],
      ['մայիս', '2027-05-01'],
      ['հունիս', '2027-06-01'],
      ['հունի', '2027-06-01'],
      ['հուլ', '2027-07-01'],
      ['օգոստոսի 15', '2027-08-15'],
      ['դեկտեմբերի 24', '2026-12-24'],
      ['24 դեկ', '2026-12-24'],
      ['երկուշաբթի', '2026-11-30'],
      ['երկ', '2026-11-30'],
      ['երեքշաբթի', '2026-11-24'],
      ['չորեքշաբթի', '2026-11-25'],
      ['չրք', '2026-11-25'],
      ['հինգշաբթի', '2026-11-26'],
      ['հնգ', '2026-11-26'],
      ['ուրբաթ', '2026-11-27'],
      ['կիրակի', '2026-11-29'],
      ['այսօր', '2026-11-23'],
      ['վաղ', '2026-11-24'],
      ['վաղը չէ մյուս օրը', '2026-11-25'],
      ['5 օրից', '2026-11-28'],
      ['5 օր հետո', '2026-11-28'],
      ['2 շաբաթ հետո', '2026-12-07'],
      ['1 ամսից', '2026-12-23'],
      ['2 ամիս հետո', '2027-01-23'],
    ])('`%s` on Mon 2026-11-23 names %s', (input, expected) => {
      expect(named(input, '2026-11-23')).toBe(expected);
    });
  });

  describe('Persian', () => {
    it.each([
      ['ژانویه', '2027-01-01'],
      ['۱۰ ژانویه', '2027-01-10'],
      ['ژانویهٔ ۱۰', '2027-01-10'],
      ['فوریه', '2027-02-01'],
      ['مارس', '2027-03-01'],
      ['آوریل', '2027-04-01'],
      ['آپریل', '2027-04-01'],
      ['می', '2027-05-01'],
      ['جولای', '2027-07-01'],
      ['۲۴ دسامبر', '2026-12-24'],
      ['شنبه', '2026-11-28'],
      ['يكشنبه', '2026-11-29'], // Arabic yeh and kaf
      ['دوشنبه', '2026-11-30'],
      ['چهارشنبه', '2026-11-25'],
      ['پنجشنبه', '2026-11-26'],
      ['پنج شنبه', '2026-11-26'],
      ['جمعه', '2026-11-27'],
      ['امروز', '2026-11-23'],
      ['پس‌فردا', '2026-11-25'],
      ['۵ روز دیگر', '2026-11-28'],
      ['٥ روز بعد', '2026-11-28'],
      ['۲ هفته بعد', '2026-12-07'],
      ['۱ ماه بعد', '2026-12-23'],
      ['۲ ماه دیگر', '2027-01-23'],
      // Jalali month names are Jalali dates in any binder: Azar 1405 began on 2026-11-22.
      ['دی', '2026-12-22'],
      ['۱ دی', '2026-12-22'],
      ['فروردین', '2027-03-21'],
      ['۱ فروردین', '2027-03-21'],
      ['اسفند ۲۹', '2027-03-20'],
      ['۳۰ اسفند', '2030-03-20'], // 1408 is the next leap year
      ['1405/9/17', '2026-12-08'],
      ['۱۴۰۵/۹/۱۷', '2026-12-08'],
      ['Farvardin', '2027-03-21'],
      ['esfand 1', '2027-02-20'],
      ['Dey 10', '2026-12-31'],
    ])('`%s` on Mon 2026-11-23 names %s', (input, expected) => {
      expect(named(input, '2026-11-23')).toBe(expected);
    });
  });

  describe('the Persian calendar ring (a Persian binder)', () => {
    it.each([
      // A bare number: the next Jalali day of that number, cut back to the month's last day.
      ['31', '2026-11-23', '2026-12-21'], // Azar has 30 days: 30 Azar
      ['30', '2026-11-23', '2026-12-21'],
      ['2', '2026-11-22', '2026-11-23'], // 1 Azar -> 2 Azar
      ['1', '2026-11-22', '2026-12-22'], // today's own number: next month (1 Dey)
      ['30', '2027-02-20', '2027-03-20'], // Esfand 1405 has 29 days
      ['1', '2027-03-20', '2027-03-21'], // Nowruz
      ['+1m', '2026-09-22', '2026-10-22'], // 31 Shahrivar + 1 = 30 Mehr
      ['+1m', '2027-02-19', '2027-03-20'], // 30 Bahman + 1 = 29 Esfand
      ['+2m', '2026-11-23', '2027-01-22'], // 2 Azar -> 2 Bahman
      ['+12m', '2026-11-23', '2027-11-23'], // 2 Azar 1406
      ['za 2 miesiące', '2026-11-23', '2027-01-22'],
      ['jul', '2026-11-23', '2027-07-01'], // a Gregorian month name stays Gregorian
      ['5 jul', '2026-11-23', '2027-07-05'],
      ['2026-12-05', '2026-11-23', '2026-12-05'], // ISO is always Gregorian
    ])('`%s` on %s names %s', (input, today, expected) => {
      expect(named(input, today, 'persian')).toBe(expected);
    });

    it.each([
      ['8', '2026-11-23', '2026-10-30'], // 8 Aban
      ['2', '2026-11-23', '2026-11-23'],
      ['1', '2026-11-23', '2026-11-22'],
      ['3', '2026-11-23', '2026-10-25'], // 3 Aban
      ['-1m', '2026-11-23', '2026-10-24'], // 2 Aban
    ])('read backward, `%s` on %s names %s', (input, today, expected) => {
      expect(named(input, today, 'persian', parsePastWhen)).toBe(expected);
    });

    it('a Jalali month name is that month divider, and selects its Gregorian dates', () => {
      const when = parseWhen('تیر', '2026-11-23', 'persian');
      expect(when).toEqual({ kind: 'month', year: 1406, month: 4, calendar: 'persian' });
      expect(selectRange(when, firstMonthDividerDay('2026-11-23', PERSIAN))).toEqual({ from: '2027-06-22', to: '2027-07-22' });
      expect(parseWhen('esf', '2026-11-23')).toEqual({ kind: 'month', year: 1405, month: 12, calendar: 'persian' });
      expect(selectRange(parseWhen('esf', '2026-11-23'), '2026-12-24')).toEqual({ from: '2027-02-20', to: '2027-03-20' });
      expect(parsePastWhen('آذر', '2026-11-23')).toEqual({ kind: 'month', year: 1405, month: 9, calendar: 'persian' });
    });

    it('refuses a Jalali date that does not exist', () => {
      expect(userErrorFrom(() => parseWhen('۳۱ بهمن', '2026-11-23')).message).toBe('"۳۱ بهمن": Bahman has 30 days, no day 31; type a date that exists');
      expect(userErrorFrom(() => parseWhen('1405/7/31', '2026-11-23')).message).toBe('1405/7/31 is not a date on the Persian calendar; use YYYY/MM/DD, for example 1405/9/17');
      expect(userErrorFrom(() => parseWhen('1405/12/30', '2026-11-23')).message).toContain('not a date on the Persian calendar');
    });
  });

  describe('read backward (crm review)', () => {
    it.each([
      ['wczoraj', '2026-11-22'],
      ['вчера', '2026-11-22'],
      ['երեկ', '2026-11-22'],
      ['دیروز', '2026-11-22'],
      ['2 dni temu', '2026-11-21'],
      ['преди 2 седмици', '2026-11-09'],
      ['3 օր առաջ', '2026-11-20'],
      ['۲ روز پیش', '2026-11-21'],
      ['piątek', '2026-11-20'],
      ['пн', '2026-11-23'],
      ['7 grudnia', '2025-12-07'],
      ['հուլիսի 5', '2026-07-05'],
      ['dzisiaj', '2026-11-23'],
    ])('`%s` on Mon 2026-11-23 names %s', (input, expected) => {
      expect(named(input, '2026-11-23', 'gregorian', parsePastWhen)).toBe(expected);
    });

    it('yesterday in any language is not a date to file on', () => {
      for (const word of ['yesterday', 'wczoraj', 'вчера', 'երեկ', 'دیروز']) {
        expect(userErrorFrom(() => parseWhen(word, '2026-11-23')).message).toMatch(/is not a date crm understands/);
      }
    });
  });

  describe('prefixes: whole words first, 3+ letters, one meaning across all languages', () => {
    it('an ambiguous prefix names its candidates on one line', () => {
      expect(userErrorFrom(() => parseWhen('հուն', '2026-11-23')).message).toBe('"հուն" could be January (հունվար) or June (հունիս); type more letters');
      expect(userErrorFrom(() => parseWhen('հու', '2026-11-23')).message).toBe(
        '"հու" could be January (հունվար), June (հունիս) or July (հուլիս); type more letters',
      );
      expect(userErrorFrom(() => parseWhen('հուն 5', '2026-11-23')).message).toBe('"հուն" could be January (հունվար) or June (հունիս); type more letters');
    });

    it.each([
      'ju', // two letters are no prefix
      'ли', // ...in any script
      'پنج', // Persian words match only whole: not Thursday
      'فرور',
      'سه',
      'jutr', // today/tomorrow words are whole words
      'jul 32',
      'w', // a preposition alone
      'w lipcu',
      'za', // no number, no unit
      'za 2 lata',
    ])('`%s` is not a date', (input) => {
      expect(userErrorFrom(() => parseWhen(input, '2026-11-23')).message).toMatch(/^"[^"]*"(: day dividers run from 1 to 31;| is not a date crm understands;| could be)/);
    });

    it('`mar` is March in English and Polish alike, `maj` May, `may` May', () => {
      expect(parseWhen('mar', '2026-11-23')).toEqual({ kind: 'month', year: 2027, month: 3, calendar: 'gregorian' });
      expect(parseWhen('maj', '2026-11-23')).toEqual({ kind: 'month', year: 2027, month: 5, calendar: 'gregorian' });
      expect(parseWhen('may', '2026-11-23')).toEqual({ kind: 'month', year: 2027, month: 5, calendar: 'gregorian' });
      // مه is May, مهر is Mehr: whole words only.
      expect(parseWhen('مهر', '2026-11-23')).toEqual({ kind: 'month', year: 1406, month: 7, calendar: 'persian' });
    });
  });

  describe('an hour after the words (hours.ts splits it off first)', () => {
    it.each([
      ['jutro 15:00', 'jutro', '15:00'],
      ['piątek 9:30', 'piątek', '09:30'],
      ['5 lipca 14:00', '5 lipca', '14:00'],
      ['w środę o 15', 'w środę', '15:00'],
      ['утре в 10', 'утре', '10:00'],
      ['след 2 седмици 9:00', 'след 2 седмици', '09:00'],
      ['վաղը ժամը 15', 'վաղը', '15:00'],
      ['2 օր հետո 10:00', '2 օր հետո', '10:00'],
      ['پس فردا ساعت ۱۵', 'پس فردا', '15:00'],
      ['۲ هفته دیگر ۱۰:۳۰', '۲ هفته دیگر', '10:30'],
    ])('`%s` is `%s` at %s', (input, when, hour) => {
      const split = splitWhenAndHour(input);
      expect(split.when).toBe(when);
      expect(split.hour && `${String(split.hour.hour).padStart(2, '0')}:${String(split.hour.minute).padStart(2, '0')}`).toBe(hour);
      expect(() => parseWhen(split.when, '2026-11-23')).not.toThrow();
    });
  });
});
