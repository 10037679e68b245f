// The date grammar, BINDER.md "The ring rules" 2-6: what each form a user types names, and
// where a dossier is filed. Every table runs in each zone of ZONES: a date must never move.
import { describe, expect, it } from 'vitest';
import { userErrorFrom } from './user-error.js';
import { addDays, type Day } from '../../src/binder/day.js';
import { firstMonthDividerDay } from '../../src/binder/ring.js';
import { DEFAULT_SETTINGS, type BinderSettings } from '../../src/binder/settings.js';
import { fileOn, nextDayNumbered, parsePastWhen, parseWhen, selectRange } from '../../src/binder/when.js';
import { ZONES, inZone } from './zones.js';

type Calendar = Pick<BinderSettings, 'workdays' | 'holidays'>;

const MON_FRI: Calendar = DEFAULT_SETTINGS;
const SUN_THU: Calendar = { workdays: [0, 1, 2, 3, 4], holidays: [] };
const MON_SAT: Calendar = { workdays: [1, 2, 3, 4, 5, 6], holidays: [] };

/** The date a form names, before any move to a working day (read backward with parsePastWhen). */
function named(input: string, today: Day, parse = parseWhen): Day {
  const when = parse(input, today);
  if (when.kind !== 'day') throw new Error(`"${input}" named the month divider ${when.year}-${when.month}, not a date`);
  return when.day;
}

/** The date `crm file <client> <input>` files the dossier on. */
function filed(input: string, today: Day, calendar: Calendar = MON_FRI, exact = false): Day {
  return fileOn(parseWhen(input, today), today, calendar, exact).day;
}


/** What the error for a form crm does not know must show: every accepted form. */
const ACCEPTED_FORMS_SHOWN = ['(8)', 'jul', 'jul 5', '+3d', '+2w', '+1m', 'fri', 'today', 'tomorrow', '2026-12-05'];

describe.each(ZONES)('when.ts with TZ=%s', (zone) => {
  inZone(zone);

  describe('BINDER.md worked cases (Mon-Fri binder, no holidays)', () => {
    it.each([
      { today: '2026-11-23', input: '25', expected: '2026-11-25' }, // next 25th
      { today: '2026-11-23', input: '23', expected: '2026-12-23' }, // today's divider means next month
      { today: '2026-11-23', input: '31', expected: '2026-11-30' }, // November has no 31st
      { today: '2026-11-23', input: 'jan', expected: '2027-01-01' }, // month divider, first working day
      { today: '2026-11-23', input: 'dec 24', expected: '2026-12-24' }, // month and day, next such date
      { today: '2026-11-23', input: '+2w', expected: '2026-12-07' },
      { today: '2026-11-27', input: 'tomorrow', expected: '2026-11-30' }, // Saturday is a day off
    ])('today $today, `$input` is filed on $expected', ({ today, input, expected }) => {
      expect(filed(input, today)).toBe(expected);
    });
  });

  describe('rule 2: a bare day number is the next date after today with that day of the month', () => {
    it.each([
      { today: '2026-11-23', input: '25', expected: '2026-11-25' },
      { today: '2026-11-23', input: '24', expected: '2026-11-24' },
      { today: '2026-11-23', input: '22', expected: '2026-12-22' },
      { today: '2026-11-23', input: '1', expected: '2026-12-01' },
      { today: '2026-11-23', input: '08', expected: '2026-12-08' },
      // Today's own number: the same day next month.
      { today: '2026-11-23', input: '23', expected: '2026-12-23' },
      { today: '2026-11-30', input: '30', expected: '2026-12-30' },
      { today: '2026-12-31', input: '31', expected: '2027-01-31' },
      { today: '2028-02-29', input: '29', expected: '2028-03-29' },
      // A month without that day: its last day.
      { today: '2026-11-23', input: '31', expected: '2026-11-30' },
      { today: '2026-11-23', input: '30', expected: '2026-11-30' },
      { today: '2026-04-10', input: '31', expected: '2026-04-30' },
      { today: '2026-06-01', input: '31', expected: '2026-06-30' },
      { today: '2026-09-30', input: '31', expected: '2026-10-31' },
      // ...unless that last day is today: then the next month that has the day.
      { today: '2026-11-30', input: '31', expected: '2026-12-31' },
      { today: '2026-04-30', input: '31', expected: '2026-05-31' },
      // February, non-leap and leap years.
      { today: '2027-01-31', input: '31', expected: '2027-02-28' },
      { today: '2027-01-31', input: '30', expected: '2027-02-28' },
      { today: '2027-01-30', input: '30', expected: '2027-02-28' },
      { today: '2028-01-31', input: '31', expected: '2028-02-29' },
      { today: '2027-02-10', input: '29', expected: '2027-02-28' },
      { today: '2028-02-10', input: '29', expected: '2028-02-29' },
      { today: '2027-02-10', input: '30', expected: '2027-02-28' },
      { today: '2028-02-10', input: '30', expected: '2028-02-29' },
      { today: '2027-02-28', input: '29', expected: '2027-03-29' },
      { today: '2027-02-28', input: '28', expected: '2027-03-28' },
      { today: '2028-02-28', input: '29', expected: '2028-02-29' },
      { today: '2028-02-28', input: '28', expected: '2028-03-28' },
      { today: '2100-02-10', input: '29', expected: '2100-02-28' }, // 2100 is not a leap year
      { today: '2000-02-10', input: '29', expected: '2000-02-29' }, // 2000 is
      // The turn of the year.
      { today: '2026-12-31', input: '1', expected: '2027-01-01' },
      { today: '2026-12-15', input: '10', expected: '2027-01-10' },
      { today: '2026-12-15', input: '20', expected: '2026-12-20' },
    ])('today $today, `$input` names $expected', ({ today, input, expected }) => {
      expect(named(input, today)).toBe(expected);
    });

    it.each([
      { today: '2026-11-23', n: 23, expected: '2026-12-23' },
      { today: '2026-11-23', n: 31, expected: '2026-11-30' },
      { today: '2027-01-31', n: 31, expected: '2027-02-28' },
      { today: '2027-12-31', n: 31, expected: '2028-01-31' },
    ])('nextDayNumbered($n, $today) is $expected', ({ today, n, expected }) => {
      expect(nextDayNumbered(n, today)).toBe(expected);
    });

    it.each(['0', '32', '99', '00'])('`%s` is no day divider: a UserError naming 1 to 31 and the accepted forms', (input) => {
      const error = userErrorFrom(() => parseWhen(input, '2026-11-23'));
      expect(error.message).toContain('1 to 31');
      for (const form of ACCEPTED_FORMS_SHOWN) expect(error.message).toContain(form);
    });
  });

  describe('rule 4: digits typed in any script', () => {
    it.each([
      { input: '۸', script: 'Persian', expected: '2026-12-08' },
      { input: '٨', script: 'Arabic-Indic', expected: '2026-12-08' },
      { input: '८', script: 'Devanagari', expected: '2026-12-08' },
      { input: '৮', script: 'Bengali', expected: '2026-12-08' },
      { input: '๘', script: 'Thai', expected: '2026-12-08' },
      { input: '８', script: 'fullwidth', expected: '2026-12-08' },
      { input: '۲۵', script: 'Persian', expected: '2026-11-25' },
      { input: '٢٣', script: 'Arabic-Indic', expected: '2026-12-23' },
      { input: '३१', script: 'Devanagari', expected: '2026-11-30' },
      { input: '+۳d', script: 'Persian', expected: '2026-11-26' },
      { input: '+٢w', script: 'Arabic-Indic', expected: '2026-12-07' },
      { input: '＋３ｄ', script: 'fullwidth', expected: '2026-11-26' },
      { input: 'dec ٢٤', script: 'Arabic-Indic', expected: '2026-12-24' },
      { input: '५ jul', script: 'Devanagari', expected: '2027-07-05' },
      { input: '۲۰۲۶-۱۲-۰۵', script: 'Persian', expected: '2026-12-05' },
      { input: '２０２６－１２－０５', script: 'fullwidth', expected: '2026-12-05' },
    ])('today 2026-11-23, `$input` ($script) names $expected', ({ input, expected }) => {
      expect(named(input, '2026-11-23')).toBe(expected);
    });
  });

  describe('rule 3: a month name is the month divider of the next such month after the current one', () => {
    it.each([
      { today: '2026-11-23', input: 'jan', year: 2027, month: 1 },
      { today: '2026-11-23', input: 'dec', year: 2026, month: 12 },
      { today: '2026-11-23', input: 'nov', year: 2027, month: 11 }, // the current month: next year
      { today: '2026-11-01', input: 'november', year: 2027, month: 11 },
      { today: '2026-11-30', input: 'oct', year: 2027, month: 10 },
      { today: '2026-11-23', input: 'jul', year: 2027, month: 7 },
      { today: '2026-11-23', input: 'july', year: 2027, month: 7 },
      { today: '2026-11-23', input: 'JUL', year: 2027, month: 7 },
      { today: '2026-11-23', input: 'Jul.', year: 2027, month: 7 },
      { today: '2026-11-23', input: 'sept', year: 2027, month: 9 },
      { today: '2026-11-23', input: 'may', year: 2027, month: 5 },
      { today: '2026-06-15', input: 'jul', year: 2026, month: 7 },
      { today: '2026-12-31', input: 'jan', year: 2027, month: 1 },
      { today: '2026-12-31', input: 'dec', year: 2027, month: 12 },
      { today: '2027-01-01', input: 'jan', year: 2028, month: 1 },
      { today: '2027-01-01', input: 'feb', year: 2027, month: 2 },
    ])('today $today, `$input` is the $year-$month divider', ({ today, input, year, month }) => {
      expect(parseWhen(input, today)).toEqual({ kind: 'month', year, month, calendar: 'gregorian' });
    });

    it.each([
      { today: '2026-11-23', input: 'jan', expected: '2027-01-01' }, // Friday
      { today: '2026-11-23', input: 'dec', expected: '2026-12-01' }, // Tuesday
      { today: '2026-11-23', input: 'nov', expected: '2027-11-01' }, // Monday
      { today: '2026-11-23', input: 'feb', expected: '2027-02-01' }, // Monday
      { today: '2026-11-23', input: 'may', expected: '2027-05-03' }, // May 1 is a Saturday
      { today: '2026-11-23', input: 'aug', expected: '2027-08-02' }, // August 1 is a Sunday
      { today: '2027-01-01', input: 'jan', expected: '2028-01-03' }, // 2028-01-01 is a Saturday
      { today: '2026-12-31', input: 'dec', expected: '2027-12-01' },
    ])('today $today, `$input` is filed on the first working day, $expected', ({ today, input, expected }) => {
      expect(filed(input, today)).toBe(expected);
    });

    it('a month whose 1st is a holiday comes up on the next working day', () => {
      // 2027-01-01 is a Friday holiday; the 2nd and 3rd are the weekend.
      expect(filed('jan', '2026-11-23', { workdays: [1, 2, 3, 4, 5], holidays: ['2027-01-01'] })).toBe('2027-01-04');
    });
  });

  describe('rule 3: month and day, in either order, is the next such date after today', () => {
    it.each([
      { today: '2026-11-23', input: 'dec 24', expected: '2026-12-24' },
      { today: '2026-11-23', input: '24 dec', expected: '2026-12-24' },
      { today: '2026-11-23', input: 'December 24', expected: '2026-12-24' },
      { today: '2026-11-23', input: '24 December', expected: '2026-12-24' },
      { today: '2026-11-23', input: 'jul 5', expected: '2027-07-05' },
      { today: '2026-11-23', input: '5 jul', expected: '2027-07-05' },
      { today: '2026-11-23', input: 'nov 24', expected: '2026-11-24' },
      { today: '2026-11-23', input: 'nov 23', expected: '2027-11-23' }, // today's date: next year
      { today: '2026-11-23', input: 'nov 22', expected: '2027-11-22' },
      { today: '2026-11-23', input: 'feb 28', expected: '2027-02-28' },
      { today: '2026-11-23', input: 'apr 30', expected: '2027-04-30' },
      { today: '2026-11-23', input: 'jan 1', expected: '2027-01-01' },
      // feb 29: the next one that exists.
      { today: '2026-11-23', input: 'feb 29', expected: '2028-02-29' },
      { today: '2026-11-23', input: '29 feb', expected: '2028-02-29' },
      { today: '2028-01-10', input: 'feb 29', expected: '2028-02-29' },
      { today: '2028-02-28', input: 'feb 29', expected: '2028-02-29' },
      { today: '2028-02-29', input: 'feb 29', expected: '2032-02-29' },
      { today: '2028-03-01', input: 'feb 29', expected: '2032-02-29' },
      { today: '2099-03-01', input: 'feb 29', expected: '2104-02-29' }, // 2100 is not a leap year
      // The longest wait there is: 8 years, across a century that is not a leap year (2100, 2200,
      // 2300). A look-ahead of 7 years would call these dates "no coming date".
      { today: '2096-03-01', input: 'feb 29', expected: '2104-02-29' },
      { today: '2096-02-29', input: '29 feb', expected: '2104-02-29' },
      { today: '2196-03-01', input: 'feb 29', expected: '2204-02-29' },
      { today: '2296-12-31', input: 'feb 29', expected: '2304-02-29' },
      { today: '2396-03-01', input: 'feb 29', expected: '2400-02-29' }, // 2400 is a leap year
      { today: '9995-06-01', input: 'feb 29', expected: '9996-02-29' }, // the last one of four-digit years
      // The turn of the year.
      { today: '2026-12-31', input: 'jan 1', expected: '2027-01-01' },
      { today: '2026-12-31', input: '1 jan', expected: '2027-01-01' },
      { today: '2026-12-31', input: 'dec 31', expected: '2027-12-31' },
      { today: '2026-12-30', input: 'dec 31', expected: '2026-12-31' },
    ])('today $today, `$input` names $expected', ({ today, input, expected }) => {
      expect(named(input, today)).toBe(expected);
    });

    it.each([
      { input: 'feb 30', month: 'February', date: '30' },
      { input: '30 feb', month: 'February', date: '30' },
      { input: 'feb 31', month: 'February', date: '31' },
      { input: 'apr 31', month: 'April', date: '31' },
      { input: 'jun 31', month: 'June', date: '31' },
      { input: 'sep 31', month: 'September', date: '31' },
      { input: 'nov 31', month: 'November', date: '31' },
    ])('`$input` is an error: $month has no day $date', ({ input, month, date }) => {
      const error = userErrorFrom(() => parseWhen(input, '2026-11-23'));
      expect(error.message).toContain(month);
      expect(error.message).toContain(date);
    });

    it.each(['jan 32', 'jan 0'])('`%s` is an error that quotes it', (input) => {
      expect(userErrorFrom(() => parseWhen(input, '2026-11-23')).message).toContain(input);
    });
  });

  describe('rule 4: +Nd, +Nw, +Nm count calendar days, weeks and months', () => {
    it.each([
      { today: '2026-11-23', input: '+1d', expected: '2026-11-24' },
      { today: '2026-11-23', input: '+3d', expected: '2026-11-26' },
      { today: '2026-11-23', input: '+3D', expected: '2026-11-26' },
      { today: '2026-11-23', input: '+10d', expected: '2026-12-03' },
      { today: '2026-11-23', input: '+2w', expected: '2026-12-07' },
      { today: '2026-11-23', input: '+52w', expected: '2027-11-22' },
      { today: '2026-11-23', input: '+1m', expected: '2026-12-23' },
      { today: '2026-11-23', input: '+12m', expected: '2027-11-23' },
      // A shorter month cuts back to its last day.
      { today: '2027-01-31', input: '+1m', expected: '2027-02-28' },
      { today: '2028-01-31', input: '+1m', expected: '2028-02-29' },
      { today: '2028-01-30', input: '+1m', expected: '2028-02-29' },
      { today: '2026-03-31', input: '+1m', expected: '2026-04-30' },
      { today: '2026-12-31', input: '+2m', expected: '2027-02-28' },
      { today: '2028-02-29', input: '+12m', expected: '2029-02-28' },
      // Month ends and the turn of the year.
      { today: '2026-12-31', input: '+1d', expected: '2027-01-01' },
      { today: '2026-12-31', input: '+1w', expected: '2027-01-07' },
      { today: '2026-12-31', input: '+1m', expected: '2027-01-31' },
      { today: '2027-02-28', input: '+1d', expected: '2027-03-01' },
      { today: '2028-02-28', input: '+1d', expected: '2028-02-29' },
      { today: '2026-12-25', input: '+400d', expected: '2028-01-29' },
    ])('today $today, `$input` names $expected', ({ today, input, expected }) => {
      expect(named(input, today)).toBe(expected);
    });
  });

  describe('rule 4: a weekday name is the next one after today, never today', () => {
    it.each([
      { today: '2026-11-23', input: 'mon', expected: '2026-11-30' }, // today is a Monday
      { today: '2026-11-23', input: 'monday', expected: '2026-11-30' },
      { today: '2026-11-23', input: 'tue', expected: '2026-11-24' },
      { today: '2026-11-23', input: 'wed', expected: '2026-11-25' },
      { today: '2026-11-23', input: 'thu', expected: '2026-11-26' },
      { today: '2026-11-23', input: 'thursday', expected: '2026-11-26' },
      { today: '2026-11-23', input: 'fri', expected: '2026-11-27' },
      { today: '2026-11-23', input: 'Friday', expected: '2026-11-27' },
      { today: '2026-11-23', input: 'sat', expected: '2026-11-28' },
      { today: '2026-11-23', input: 'sun', expected: '2026-11-29' },
      { today: '2026-11-28', input: 'sat', expected: '2026-12-05' }, // today is a Saturday
      { today: '2026-11-28', input: 'sun', expected: '2026-11-29' },
      { today: '2026-11-28', input: 'fri', expected: '2026-12-04' },
      { today: '2026-12-31', input: 'fri', expected: '2027-01-01' }, // Thursday, last day of the year
      { today: '2026-12-31', input: 'thu', expected: '2027-01-07' },
    ])('today $today, `$input` names $expected', ({ today, input, expected }) => {
      expect(named(input, today)).toBe(expected);
    });
  });

  describe('rule 4: today, tomorrow and ISO dates', () => {
    it.each([
      { today: '2026-11-23', input: 'today', expected: '2026-11-23' },
      { today: '2026-11-23', input: 'TODAY', expected: '2026-11-23' },
      { today: '2026-11-23', input: 'tomorrow', expected: '2026-11-24' },
      { today: '2026-11-23', input: '  Tomorrow ', expected: '2026-11-24' },
      { today: '2026-11-30', input: 'tomorrow', expected: '2026-12-01' },
      { today: '2026-12-31', input: 'tomorrow', expected: '2027-01-01' },
      { today: '2027-02-28', input: 'tomorrow', expected: '2027-03-01' },
      { today: '2028-02-28', input: 'tomorrow', expected: '2028-02-29' },
      { today: '2026-11-23', input: '2026-12-05', expected: '2026-12-05' },
      { today: '2026-11-23', input: '2028-02-29', expected: '2028-02-29' },
      { today: '2026-11-23', input: '2031-01-15', expected: '2031-01-15' },
    ])('today $today, `$input` names $expected', ({ today, input, expected }) => {
      expect(named(input, today)).toBe(expected);
    });

    it.each(['2027-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-12-00'])(
      'the ISO date %s is not on the calendar: a UserError',
      (input) => {
        const error = userErrorFrom(() => parseWhen(input, '2026-11-23'));
        expect(error.message).toContain(input);
      },
    );
  });

  describe('rule 4: anything else is an error that shows the accepted forms', () => {
    it.each(['someday', 'next week', 'asap', '', '   ', 'ju', 'mo', 'jull', '3d', '-1d', '+3y', '+d', '5/7', '07/05/2026', 'jul 5 2027', 'tue 5', '2026/12/05'])(
      '`%s`',
      (input) => {
        const error = userErrorFrom(() => parseWhen(input, '2026-11-23'));
        for (const form of ACCEPTED_FORMS_SHOWN) expect(error.message).toContain(form);
      },
    );
  });

  describe('parsePastWhen: a date form read backward, the latest such day on or before today (crm review, issue 12)', () => {
    const past = (input: string, today: Day): Day => named(input, today, parsePastWhen);

    it.each([
      // a bare day number: this month's when it has come, else last month's (its last day when shorter)
      { today: '2026-12-14', input: '7', expected: '2026-12-07', why: 'earlier this month' },
      { today: '2026-12-14', input: '14', expected: '2026-12-14', why: "today's own number is today" },
      { today: '2026-12-14', input: '20', expected: '2026-11-20', why: 'not yet this month: last month' },
      { today: '2026-12-14', input: '31', expected: '2026-11-30', why: 'November has no 31st: its last day' },
      { today: '2026-03-10', input: '30', expected: '2026-02-28', why: 'February of a common year' },
      { today: '2028-03-10', input: '30', expected: '2028-02-29', why: 'February of a leap year' },
      { today: '2027-01-05', input: '20', expected: '2026-12-20', why: "across the year's turn" },
      { today: '2026-12-14', input: '۷', expected: '2026-12-07', why: 'Persian digits' },
      // month and day
      { today: '2026-12-14', input: 'dec 7', expected: '2026-12-07', why: 'earlier this month' },
      { today: '2026-12-14', input: '7 dec', expected: '2026-12-07', why: 'day first' },
      { today: '2026-12-14', input: 'dec 14', expected: '2026-12-14', why: 'today' },
      { today: '2026-12-14', input: 'dec 20', expected: '2025-12-20', why: 'still to come this year: last year' },
      { today: '2026-12-14', input: 'jul 5', expected: '2026-07-05', why: 'earlier this year' },
      { today: '2026-12-14', input: 'feb 29', expected: '2024-02-29', why: 'the latest that existed' },
      { today: '2104-02-28', input: 'feb 29', expected: '2096-02-29', why: 'eight years back: 2100 had none' },
      // weekday: the latest on or before today, today included
      { today: '2026-12-14', input: 'fri', expected: '2026-12-11', why: 'a Monday: last Friday' },
      { today: '2026-12-14', input: 'mon', expected: '2026-12-14', why: 'today is a Monday' },
      { today: '2026-12-14', input: 'sunday', expected: '2026-12-13', why: 'yesterday' },
      { today: '2026-12-14', input: 'tue', expected: '2026-12-08', why: 'six days back' },
      { today: '2027-01-01', input: 'thu', expected: '2026-12-31', why: "across the year's turn" },
      // today, yesterday, ISO and counted days
      { today: '2026-12-14', input: 'today', expected: '2026-12-14', why: 'today' },
      { today: '2026-12-14', input: 'Yesterday', expected: '2026-12-13', why: 'yesterday' },
      { today: '2027-01-01', input: 'yesterday', expected: '2026-12-31', why: "across the year's turn" },
      { today: '2026-12-14', input: '2026-11-20', expected: '2026-11-20', why: 'ISO, as written' },
      { today: '2026-12-14', input: '2026-12-20', expected: '2026-12-20', why: 'ISO to come stays to come (crm review refuses it)' },
      { today: '2026-12-14', input: '-3d', expected: '2026-12-11', why: 'three days back' },
      { today: '2026-12-14', input: '-2w', expected: '2026-11-30', why: 'two weeks back' },
      { today: '2026-03-31', input: '-1m', expected: '2026-02-28', why: 'a month back, cut to its last day' },
      { today: '2026-12-14', input: 'tomorrow', expected: '2026-12-15', why: 'tomorrow is tomorrow' },
    ])('today $today, `$input` -> $expected ($why)', ({ today, input, expected }) => {
      expect(past(input, today)).toBe(expected);
    });

    it.each([
      { today: '2026-12-14', input: 'dec', expected: { year: 2026, month: 12 }, why: 'this month' },
      { today: '2026-12-14', input: 'nov', expected: { year: 2026, month: 11 }, why: 'earlier this year' },
      { today: '2026-03-14', input: 'july', expected: { year: 2025, month: 7 }, why: 'still to come this year: last year' },
    ])('today $today, the month name `$input` -> $expected.year-$expected.month ($why)', ({ today, input, expected }) => {
      expect(parsePastWhen(input, today)).toEqual({ kind: 'month', ...expected, calendar: 'gregorian' });
    });

    it.each(['someday', 'feb 30', '32', '+3y', 'last friday'])('`%s` is a UserError naming the forms read backward', (input) => {
      const error = userErrorFrom(() => parsePastWhen(input, '2026-12-14'));
      expect(error.message).toContain(input);
    });

    it('every day number 1-31 on every day of a leap year is on or before today, and the latest with that number', () => {
      for (let offset = 0; offset < 366; offset++) {
        const today = addDays('2028-01-01', offset);
        for (let n = 1; n <= 31; n++) {
          const day = past(String(n), today);
          expect(day <= today).toBe(true);
          expect(day > addDays(today, -32)).toBe(true);
        }
      }
    });
  });

  describe('rule 5: a day off moves forward to the next working day', () => {
    it.each([
      { why: 'Saturday -> Monday', today: '2026-11-23', input: 'sat', expected: '2026-11-30' },
      { why: 'Sunday -> Monday', today: '2026-11-23', input: 'sun', expected: '2026-11-30' },
      { why: 'a bare number on a Saturday', today: '2026-11-23', input: '28', expected: '2026-11-30' },
      { why: 'a working day stays', today: '2026-11-23', input: 'fri', expected: '2026-11-27' },
      { why: 'ISO on a Sunday', today: '2026-11-23', input: '2026-11-29', expected: '2026-11-30' },
      { why: '+Nd onto a Saturday', today: '2026-11-23', input: '+5d', expected: '2026-11-30' },
      { why: 'crossing into the next month', today: '2026-10-20', input: '31', expected: '2026-11-02' },
      { why: 'crossing into the next month (ISO)', today: '2026-10-20', input: '2026-10-31', expected: '2026-11-02' },
      { why: 'crossing into the next year', today: '2027-12-20', input: 'jan 1', expected: '2028-01-03' },
      { why: 'tomorrow on a Saturday', today: '2026-11-27', input: 'tomorrow', expected: '2026-11-30' },
    ])('$why: today $today, `$input` is filed on $expected', ({ today, input, expected }) => {
      expect(filed(input, today)).toBe(expected);
    });

    it.each([
      { why: 'a holiday', holidays: ['2026-12-24'], input: 'dec 24', expected: '2026-12-25' },
      { why: 'holidays then a weekend', holidays: ['2026-12-24', '2026-12-25'], input: 'dec 24', expected: '2026-12-28' },
      { why: 'an ISO date on a holiday', holidays: ['2026-12-24', '2026-12-25'], input: '2026-12-25', expected: '2026-12-28' },
      { why: 'holidays across the turn of the year', holidays: ['2026-12-31', '2027-01-01'], input: 'dec 31', expected: '2027-01-04' },
      { why: 'a holiday on another day does not matter', holidays: ['2026-12-25'], input: 'dec 24', expected: '2026-12-24' },
    ])('$why: today 2026-11-23, `$input` is filed on $expected', ({ holidays, input, expected }) => {
      expect(filed(input, '2026-11-23', { workdays: [1, 2, 3, 4, 5], holidays })).toBe(expected);
    });

    it.each([
      { calendar: SUN_THU, name: 'Sun-Thu', today: '2026-11-23', input: 'fri', expected: '2026-11-29' },
      { calendar: SUN_THU, name: 'Sun-Thu', today: '2026-11-23', input: 'sat', expected: '2026-11-29' },
      { calendar: SUN_THU, name: 'Sun-Thu', today: '2026-11-23', input: 'sun', expected: '2026-11-29' },
      { calendar: SUN_THU, name: 'Sun-Thu', today: '2026-11-26', input: 'tomorrow', expected: '2026-11-29' },
      { calendar: MON_SAT, name: 'Mon-Sat', today: '2026-11-23', input: 'sat', expected: '2026-11-28' },
      { calendar: MON_SAT, name: 'Mon-Sat', today: '2026-11-23', input: 'sun', expected: '2026-11-30' },
    ])('a $name binder: today $today, `$input` is filed on $expected', ({ calendar, today, input, expected }) => {
      expect(filed(input, today, calendar)).toBe(expected);
    });

    it('says what the form named and that it moved', () => {
      expect(fileOn(parseWhen('sat', '2026-11-23'), '2026-11-23', MON_FRI)).toEqual({
        day: '2026-11-30',
        named: '2026-11-28',
        shifted: true,
      });
      expect(fileOn(parseWhen('fri', '2026-11-23'), '2026-11-23', MON_FRI)).toEqual({
        day: '2026-11-27',
        named: '2026-11-27',
        shifted: false,
      });
    });

    it.each([
      { why: 'on a Saturday', today: '2026-11-28', calendar: MON_FRI },
      { why: 'on a Sunday', today: '2026-11-29', calendar: MON_FRI },
      { why: 'on a holiday', today: '2026-12-25', calendar: { workdays: [1, 2, 3, 4, 5], holidays: ['2026-12-25'] } },
    ])('`today` is never moved, even $why', ({ today, calendar }) => {
      expect(fileOn(parseWhen('today', today), today, calendar)).toEqual({ day: today, named: today, shifted: false });
    });

    it.each([
      { why: 'a Saturday', input: 'sat', calendar: MON_FRI, expected: '2026-11-28' },
      { why: 'a Sunday', input: '29', calendar: MON_FRI, expected: '2026-11-29' },
      { why: 'a holiday', input: 'dec 25', calendar: { workdays: [1, 2, 3, 4, 5], holidays: ['2026-12-25'] }, expected: '2026-12-25' },
    ])('--exact keeps $why', ({ input, calendar, expected }) => {
      expect(fileOn(parseWhen(input, '2026-11-23'), '2026-11-23', calendar, true)).toEqual({
        day: expected,
        named: expected,
        shifted: false,
      });
    });

    it.each(['2026-11-22', '2025-12-05', '2026-01-01'])('a past ISO date (%s) is rejected with a UserError', (input) => {
      const error = userErrorFrom(() => fileOn(parseWhen(input, '2026-11-23'), '2026-11-23', MON_FRI));
      expect(error.message).toContain(input);
    });

    it('a past ISO date is rejected with --exact too', () => {
      const error = userErrorFrom(() => fileOn(parseWhen('2026-11-22', '2026-11-23'), '2026-11-23', MON_FRI, true));
      expect(error.message).toContain('2026-11-22');
    });

    it("today's own ISO date is accepted", () => {
      expect(filed('2026-11-23', '2026-11-23')).toBe('2026-11-23');
    });
  });

  describe('rule 6: selecting names the divider as it stands, without moving to a working day', () => {
    const today = '2026-11-23';
    const firstMonthDay = firstMonthDividerDay(today, DEFAULT_SETTINGS);

    it('the first date behind the month dividers is the day after the ring ends', () => {
      expect(firstMonthDay).toBe('2026-12-24');
    });

    it.each([
      { input: '24', from: '2026-11-24', to: '2026-11-24' },
      { input: '28', from: '2026-11-28', to: '2026-11-28' }, // a Saturday, not moved
      { input: 'sat', from: '2026-11-28', to: '2026-11-28' },
      { input: '23', from: '2026-12-23', to: '2026-12-23' },
      { input: 'jan', from: '2027-01-01', to: '2027-01-31' }, // 2027-01-01 .. not moved to a working day
      { input: 'may', from: '2027-05-01', to: '2027-05-31' }, // May 1 is a Saturday
      { input: 'feb', from: '2027-02-01', to: '2027-02-28' },
      // December is the month the ring ends in: its divider holds only the dates past the ring.
      { input: 'dec', from: '2026-12-24', to: '2026-12-31' },
    ])('`$input` selects $from .. $to', ({ input, from, to }) => {
      expect(selectRange(parseWhen(input, today), firstMonthDay)).toEqual({ from, to });
    });
  });

  describe('dates around DST changes never move by a day', () => {
    it.each([
      // Europe: spring forward 2026-03-29, fall back 2026-10-25.
      { today: '2026-03-28', input: 'tomorrow', expected: '2026-03-29' },
      { today: '2026-03-29', input: 'tomorrow', expected: '2026-03-30' },
      { today: '2026-03-22', input: '+1w', expected: '2026-03-29' },
      { today: '2026-03-28', input: '+1w', expected: '2026-04-04' },
      { today: '2026-03-28', input: '29', expected: '2026-03-29' },
      { today: '2026-02-28', input: '+1m', expected: '2026-03-28' },
      { today: '2026-03-29', input: '+1m', expected: '2026-04-29' },
      { today: '2026-03-27', input: 'sun', expected: '2026-03-29' },
      { today: '2026-10-24', input: 'tomorrow', expected: '2026-10-25' },
      { today: '2026-10-25', input: 'tomorrow', expected: '2026-10-26' },
      { today: '2026-10-24', input: 'mon', expected: '2026-10-26' },
      { today: '2026-10-20', input: '+7d', expected: '2026-10-27' },
      // Santiago: 2026-04-05 ends DST at midnight, 2026-09-06 has no 00:00.
      { today: '2026-04-04', input: 'tomorrow', expected: '2026-04-05' },
      { today: '2026-04-05', input: '+1d', expected: '2026-04-06' },
      { today: '2026-09-05', input: 'tomorrow', expected: '2026-09-06' },
      { today: '2026-09-06', input: 'tomorrow', expected: '2026-09-07' },
      { today: '2026-08-30', input: '+1w', expected: '2026-09-06' },
      { today: '2026-08-06', input: '+1m', expected: '2026-09-06' },
      { today: '2026-09-06', input: '+1m', expected: '2026-10-06' },
      { today: '2026-09-01', input: '6', expected: '2026-09-06' },
      { today: '2026-09-01', input: 'sun', expected: '2026-09-06' },
      { today: '2026-09-01', input: 'sep 6', expected: '2026-09-06' },
      // Sao Paulo: 2018-11-04 had no 00:00, 2019-02-17 ended DST at midnight.
      { today: '2018-11-03', input: 'tomorrow', expected: '2018-11-04' },
      { today: '2018-11-04', input: 'tomorrow', expected: '2018-11-05' },
      { today: '2018-10-28', input: '+1w', expected: '2018-11-04' },
      { today: '2018-10-04', input: '+1m', expected: '2018-11-04' },
      { today: '2019-02-16', input: 'tomorrow', expected: '2019-02-17' },
      { today: '2019-02-17', input: 'tomorrow', expected: '2019-02-18' },
      // Tehran: 2021-03-22 had no 00:00, 2021-09-22 ended DST at midnight.
      { today: '2021-03-21', input: 'tomorrow', expected: '2021-03-22' },
      { today: '2021-03-22', input: '+1d', expected: '2021-03-23' },
      { today: '2021-03-15', input: 'mon', expected: '2021-03-22' },
      { today: '2021-09-21', input: 'tomorrow', expected: '2021-09-22' },
      { today: '2021-09-22', input: '+1d', expected: '2021-09-23' },
      // Apia: DST 2020-09-27 .. 2021-04-04.
      { today: '2020-09-26', input: 'tomorrow', expected: '2020-09-27' },
      { today: '2021-04-03', input: '+2d', expected: '2021-04-05' },
    ])('today $today, `$input` names $expected', ({ today, input, expected }) => {
      expect(named(input, today)).toBe(expected);
    });

    it.each([
      { today: '2026-03-23', input: '29', expected: '2026-03-30' }, // Sunday 2026-03-29 -> Monday
      { today: '2026-10-20', input: '25', expected: '2026-10-26' }, // Sunday 2026-10-25 -> Monday
      { today: '2026-09-01', input: '6', expected: '2026-09-07' }, // Sunday 2026-09-06 -> Monday
      { today: '2026-04-01', input: '5', expected: '2026-04-06' }, // Sunday 2026-04-05 -> Monday
      { today: '2018-11-01', input: '4', expected: '2018-11-05' }, // Sunday 2018-11-04 -> Monday
      { today: '2019-02-14', input: '16', expected: '2019-02-18' }, // Saturday -> over Sunday 02-17 -> Monday
      { today: '2021-03-15', input: '22', expected: '2021-03-22' }, // Monday 2021-03-22 stays
      { today: '2021-09-15', input: '22', expected: '2021-09-22' }, // Wednesday 2021-09-22 stays
    ])('today $today, `$input` is filed on $expected', ({ today, input, expected }) => {
      expect(filed(input, today)).toBe(expected);
    });
  });

  // Apia skipped Friday 2011-12-30 when Samoa moved across the date line. The binder counts
  // calendar dates, so its answers must be the same in every zone, this one included.
  describe('a zone that skipped a whole day', () => {
    it.each([
      { today: '2011-12-29', input: 'tomorrow', expected: '2011-12-30' },
      { today: '2011-12-29', input: '+2d', expected: '2011-12-31' },
      { today: '2011-11-30', input: '+1m', expected: '2011-12-30' },
      { today: '2011-12-20', input: 'fri', expected: '2011-12-23' },
      { today: '2011-12-24', input: 'fri', expected: '2011-12-30' },
    ])('today $today, `$input` names $expected', ({ today, input, expected }) => {
      expect(named(input, today)).toBe(expected);
    });

    it('today 2011-12-20, `30` is filed on Friday 2011-12-30', () => {
      expect(filed('30', '2011-12-20')).toBe('2011-12-30');
    });
  });
});
