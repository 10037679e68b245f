// The ring of dividers, BINDER.md rules 1 and 7: where a filed date sits, and the binder at a glance.
import { describe, expect, it } from 'vitest';
import type { Day } from '../../src/binder/day.js';
import { dividerFor, firstMonthDividerDay, monthDividers, overview, ringEnd } from '../../src/binder/ring.js';
import { DEFAULT_SETTINGS, type BinderSettings } from '../../src/binder/settings.js';
import { ZONES, calendarDays, inZone } from './zones.js';

const NUMBERED: BinderSettings = DEFAULT_SETTINGS;

function dated(datedMonths: number, holidays: Day[] = []): BinderSettings {
  return { ...DEFAULT_SETTINGS, dividers: 'dated', datedMonths, holidays };
}

describe.each(ZONES)('ring.ts with TZ=%s', (zone) => {
  inZone(zone);

  describe('ringEnd: the day ring runs up to the same day next month, cut back to its last day', () => {
    it.each([
      { today: '2026-11-23', expected: '2026-12-23' },
      { today: '2026-11-30', expected: '2026-12-30' },
      { today: '2026-12-31', expected: '2027-01-31' },
      { today: '2026-01-31', expected: '2026-02-28' },
      { today: '2027-01-31', expected: '2027-02-28' },
      { today: '2027-01-30', expected: '2027-02-28' },
      { today: '2027-01-28', expected: '2027-02-28' },
      { today: '2028-01-31', expected: '2028-02-29' }, // leap year
      { today: '2028-01-30', expected: '2028-02-29' },
      { today: '2028-01-29', expected: '2028-02-29' },
      { today: '2028-02-29', expected: '2028-03-29' },
      { today: '2026-03-31', expected: '2026-04-30' },
      { today: '2026-08-31', expected: '2026-09-30' },
      // Around DST changes in some zone.
      { today: '2026-02-28', expected: '2026-03-28' },
      { today: '2026-03-29', expected: '2026-04-29' },
      { today: '2026-08-06', expected: '2026-09-06' },
      { today: '2026-09-06', expected: '2026-10-06' },
      { today: '2018-10-04', expected: '2018-11-04' },
      { today: '2021-02-22', expected: '2021-03-22' },
    ])('today $today: $expected', ({ today, expected }) => {
      expect(ringEnd(today, NUMBERED)).toBe(expected);
    });

    it.each([
      { months: 1, expected: '2026-12-23' },
      { months: 2, expected: '2027-01-23' },
      { months: 3, expected: '2027-02-23' },
    ])('dated dividers for $months month(s) from 2026-11-23 run to $expected', ({ months, expected }) => {
      expect(ringEnd('2026-11-23', dated(months))).toBe(expected);
    });

    it('dated dividers for 3 months from 2026-11-30 are cut back to February 28', () => {
      expect(ringEnd('2026-11-30', dated(3))).toBe('2027-02-28');
    });
  });

  describe('dividerFor', () => {
    it.each([
      { day: '2026-11-20', expected: { kind: 'overdue', day: '2026-11-20' } },
      { day: '2025-06-01', expected: { kind: 'overdue', day: '2025-06-01' } },
      { day: '2026-11-23', expected: { kind: 'today', day: '2026-11-23' } },
      { day: '2026-11-24', expected: { kind: 'day', number: 24, day: '2026-11-24' } },
      { day: '2026-11-30', expected: { kind: 'day', number: 30, day: '2026-11-30' } },
      { day: '2026-12-01', expected: { kind: 'day', number: 1, day: '2026-12-01' } },
      { day: '2026-12-23', expected: { kind: 'day', number: 23, day: '2026-12-23' } }, // the ring's last day
      { day: '2026-12-24', expected: { kind: 'month', month: '2026-12' } }, // December past the ring
      { day: '2026-12-31', expected: { kind: 'month', month: '2026-12' } },
      { day: '2027-01-01', expected: { kind: 'month', month: '2027-01' } },
      { day: '2027-07-05', expected: { kind: 'month', month: '2027-07' } },
      { day: '2027-11-30', expected: { kind: 'month', month: '2027-11' } }, // the 12th month divider
      { day: '2027-12-01', expected: { kind: 'year', year: 2027 } },
      { day: '2028-03-01', expected: { kind: 'year', year: 2028 } },
    ])('today 2026-11-23, $day sits behind $expected', ({ day, expected }) => {
      expect(dividerFor(day, '2026-11-23', NUMBERED)).toEqual(expected);
    });

    it.each([
      { day: '2027-02-28', expected: { kind: 'day', number: 28, day: '2027-02-28' } },
      { day: '2027-03-01', expected: { kind: 'month', month: '2027-03' } },
      { day: '2028-01-31', expected: { kind: 'month', month: '2028-01' } },
      { day: '2028-02-01', expected: { kind: 'year', year: 2028 } },
    ])('today 2027-01-31 (the ring ends Feb 28), $day sits behind $expected', ({ day, expected }) => {
      expect(dividerFor(day, '2027-01-31', NUMBERED)).toEqual(expected);
    });

    it.each([
      { day: '2027-01-01', expected: { kind: 'day', number: 1, day: '2027-01-01' } },
      { day: '2027-01-31', expected: { kind: 'day', number: 31, day: '2027-01-31' } },
      { day: '2027-02-01', expected: { kind: 'month', month: '2027-02' } },
      { day: '2027-12-31', expected: { kind: 'month', month: '2027-12' } },
      { day: '2028-01-01', expected: { kind: 'year', year: 2028 } },
    ])('today 2026-12-31 (the turn of the year), $day sits behind $expected', ({ day, expected }) => {
      expect(dividerFor(day, '2026-12-31', NUMBERED)).toEqual(expected);
    });

    it.each([
      { day: '2027-02-23', expected: { kind: 'day', number: 23, day: '2027-02-23' } },
      { day: '2027-02-24', expected: { kind: 'month', month: '2027-02' } },
      { day: '2028-01-31', expected: { kind: 'month', month: '2028-01' } },
      { day: '2028-02-01', expected: { kind: 'year', year: 2028 } },
    ])('dated dividers for 3 months from 2026-11-23, $day sits behind $expected', ({ day, expected }) => {
      expect(dividerFor(day, '2026-11-23', dated(3))).toEqual(expected);
    });
  });

  describe('monthDividers: 12, starting with the month in which the ring ends', () => {
    it.each([
      {
        today: '2026-11-23',
        settings: NUMBERED,
        expected: ['2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10', '2027-11'],
      },
      {
        today: '2026-12-31',
        settings: NUMBERED,
        expected: ['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10', '2027-11', '2027-12'],
      },
      {
        today: '2026-12-01',
        settings: NUMBERED,
        expected: ['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10', '2027-11', '2027-12'],
      },
      {
        today: '2026-01-15',
        settings: NUMBERED,
        expected: ['2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01'],
      },
      {
        today: '2026-11-23',
        settings: dated(3),
        expected: ['2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10', '2027-11', '2027-12', '2028-01'],
      },
    ])('today $today ($settings.dividers)', ({ today, settings, expected }) => {
      expect(monthDividers(today, settings)).toEqual(expected);
    });

    it('the first date behind them is the day after the ring ends', () => {
      expect(firstMonthDividerDay('2026-11-23', NUMBERED)).toBe('2026-12-24');
      expect(firstMonthDividerDay('2027-01-31', NUMBERED)).toBe('2027-03-01');
      expect(firstMonthDividerDay('2028-01-31', NUMBERED)).toBe('2028-03-01');
      expect(firstMonthDividerDay('2026-12-31', NUMBERED)).toBe('2027-02-01');
    });
  });

  describe('overview with numbered dividers', () => {
    const today = '2026-11-23';
    const counts = new Map<Day, number>([
      ['2026-11-01', 1], // overdue
      ['2026-11-20', 2], // overdue
      ['2026-11-23', 3], // today
      ['2026-11-24', 4],
      ['2026-11-28', 1], // a Saturday
      ['2026-12-23', 5], // the ring's last day
      ['2026-12-24', 6], // December, past the ring
      ['2026-12-31', 1],
      ['2027-03-10', 2],
      ['2027-11-30', 1], // the 12th month divider
      ['2027-12-01', 7], // later: grouped by year
      ['2028-06-01', 1],
      ['2029-01-01', 2],
    ]);
    const view = overview(today, NUMBERED, counts);

    it("folds the overdue dossiers into today's count", () => {
      expect(view.today).toEqual({ date: '2026-11-23', count: 6, overdue: 3 });
    });

    it('has one day divider per date of the ring, tomorrow to the same day next month', () => {
      expect(view.days.map((d) => d.date)).toEqual(calendarDays('2026-11-24', '2026-12-23'));
      expect(view.days.map((d) => d.divider)).toEqual([24, 25, 26, 27, 28, 29, 30, ...Array.from({ length: 23 }, (_, i) => i + 1)]);
    });

    it('counts each day divider, days off included and marked', () => {
      expect(view.days.find((d) => d.date === '2026-11-24')).toEqual({ divider: 24, date: '2026-11-24', count: 4, workingDay: true });
      expect(view.days.find((d) => d.date === '2026-11-25')).toEqual({ divider: 25, date: '2026-11-25', count: 0, workingDay: true });
      expect(view.days.find((d) => d.date === '2026-11-28')).toEqual({ divider: 28, date: '2026-11-28', count: 1, workingDay: false });
      expect(view.days.find((d) => d.date === '2026-11-29')).toEqual({ divider: 29, date: '2026-11-29', count: 0, workingDay: false });
      expect(view.days.find((d) => d.date === '2026-12-23')).toEqual({ divider: 23, date: '2026-12-23', count: 5, workingDay: true });
    });

    it('puts the dates past the ring behind 12 month dividers, starting with December', () => {
      expect(view.monthsFrom).toBe('2026-12-24');
      expect(view.months).toEqual([
        { month: '2026-12', count: 7 },
        { month: '2027-01', count: 0 },
        { month: '2027-02', count: 0 },
        { month: '2027-03', count: 2 },
        { month: '2027-04', count: 0 },
        { month: '2027-05', count: 0 },
        { month: '2027-06', count: 0 },
        { month: '2027-07', count: 0 },
        { month: '2027-08', count: 0 },
        { month: '2027-09', count: 0 },
        { month: '2027-10', count: 0 },
        { month: '2027-11', count: 1 },
      ]);
    });

    it('groups later dates by year, in order', () => {
      expect(view.later).toEqual([
        { year: 2027, count: 7 },
        { year: 2028, count: 1 },
        { year: 2029, count: 2 },
      ]);
    });

    it('sorts the later years itself: the counts come from the store in no promised order (SELECT without ORDER BY)', () => {
      // Newest first, then mixed: a ring that kept the order it was given would list 2031 first.
      const unsorted = new Map<Day, number>([
        ['2031-05-05', 1],
        ['2029-01-01', 2],
        ['2033-12-31', 4],
        ['2027-12-01', 7],
        ['2028-06-01', 1],
        ['2030-02-28', 3],
      ]);
      expect(overview(today, NUMBERED, unsorted).later).toEqual([
        { year: 2027, count: 7 },
        { year: 2028, count: 1 },
        { year: 2029, count: 2 },
        { year: 2030, count: 3 },
        { year: 2031, count: 1 },
        { year: 2033, count: 4 },
      ]);
    });

    it('loses no dossier: every filed one is counted exactly once', () => {
      const filed = [...counts.values()].reduce((a, b) => a + b, 0);
      const shown =
        view.today.count +
        view.days.reduce((a, d) => a + d.count, 0) +
        view.months.reduce((a, m) => a + m.count, 0) +
        view.later.reduce((a, y) => a + y.count, 0);
      expect(shown).toBe(filed);
    });

    it('an empty binder shows the whole ring with nothing in it', () => {
      const empty = overview(today, NUMBERED, new Map());
      expect(empty.today).toEqual({ date: today, count: 0, overdue: 0 });
      expect(empty.days).toHaveLength(30);
      expect(empty.days.every((d) => d.count === 0)).toBe(true);
      expect(empty.months).toHaveLength(12);
      expect(empty.later).toEqual([]);
    });

    it.each([
      { today: '2027-01-31', end: '2027-02-28' },
      { today: '2028-01-31', end: '2028-02-29' },
      { today: '2026-12-31', end: '2027-01-31' },
      // Months holding a DST change in some zone.
      { today: '2026-03-20', end: '2026-04-20' },
      { today: '2026-10-10', end: '2026-11-10' },
      { today: '2026-03-30', end: '2026-04-30' },
      { today: '2026-08-20', end: '2026-09-20' },
      { today: '2018-10-20', end: '2018-11-20' },
      { today: '2019-02-10', end: '2019-03-10' },
      { today: '2021-03-10', end: '2021-04-10' },
      { today: '2021-09-10', end: '2021-10-10' },
      // Apia skipped 2011-12-30; the binder's calendar does not.
      { today: '2011-12-20', end: '2012-01-20' },
    ])('today $today: every date from tomorrow to $end, each once', ({ today, end }) => {
      const days = overview(today, NUMBERED, new Map()).days.map((d) => d.date);
      const tomorrow = calendarDays(today, end)[1] as Day;
      expect(days).toEqual(calendarDays(tomorrow, end));
    });
  });

  describe('overview with dated dividers (rule 7)', () => {
    const today = '2026-11-23';

    it('one divider per working day for the next month, no days off', () => {
      const view = overview(today, dated(1), new Map());
      expect(view.days.map((d) => d.date)).toEqual([
        '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27',
        '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04',
        '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11',
        '2026-12-14', '2026-12-15', '2026-12-16', '2026-12-17', '2026-12-18',
        '2026-12-21', '2026-12-22', '2026-12-23',
      ]);
      expect(view.days.every((d) => d.workingDay)).toBe(true);
      expect(view.days[0]).toEqual({ divider: 24, date: '2026-11-24', count: 0, workingDay: true });
    });

    it('days off are shown only when dossiers are filed on them', () => {
      const counts = new Map<Day, number>([
        ['2026-11-25', 3],
        ['2026-11-28', 2], // a Saturday with dossiers: shown
        ['2026-12-08', 1], // a holiday with dossiers: shown
        ['2026-12-15', 0],
      ]);
      const view = overview(today, dated(1, ['2026-12-08', '2026-12-21']), counts);
      const dates = view.days.map((d) => d.date);
      expect(dates).toContain('2026-11-28');
      expect(dates).toContain('2026-12-08');
      expect(dates).not.toContain('2026-11-29'); // an empty Sunday
      expect(dates).not.toContain('2026-12-21'); // an empty holiday
      expect(dates).toHaveLength(22 - 2 + 2);
      expect(view.days.find((d) => d.date === '2026-11-28')).toEqual({ divider: 28, date: '2026-11-28', count: 2, workingDay: false });
      expect(view.days.find((d) => d.date === '2026-12-08')).toEqual({ divider: 8, date: '2026-12-08', count: 1, workingDay: false });
      expect(view.days.find((d) => d.date === '2026-11-25')).toEqual({ divider: 25, date: '2026-11-25', count: 3, workingDay: true });
    });

    it('for three months: 66 working days to 2027-02-23, then month dividers from February', () => {
      const counts = new Map<Day, number>([
        ['2027-02-23', 1],
        ['2027-02-24', 4],
        ['2028-01-15', 1],
        ['2028-02-01', 2],
      ]);
      const view = overview(today, dated(3), counts);
      expect(view.days).toHaveLength(66);
      expect(view.days[0]?.date).toBe('2026-11-24');
      expect(view.days.at(-1)).toEqual({ divider: 23, date: '2027-02-23', count: 1, workingDay: true });
      expect(view.monthsFrom).toBe('2027-02-24');
      expect(view.months[0]).toEqual({ month: '2027-02', count: 4 });
      expect(view.months.at(-1)).toEqual({ month: '2028-01', count: 1 });
      expect(view.later).toEqual([{ year: 2028, count: 2 }]);
    });

    it("folds the overdue dossiers into today's count, as with numbered dividers", () => {
      const view = overview(today, dated(2), new Map([['2026-11-02', 2], ['2026-11-23', 1]]));
      expect(view.today).toEqual({ date: today, count: 3, overdue: 2 });
    });
  });

  describe('a Persian-calendar binder: the same ring in Jalali days and months (issue 17)', () => {
    const PERSIAN: BinderSettings = { ...DEFAULT_SETTINGS, calendar: 'persian' };
    const persianDated = (datedMonths: number): BinderSettings => ({ ...PERSIAN, dividers: 'dated', datedMonths });

    it.each([
      { today: '2026-11-29', expected: '2026-12-29', why: '8 Azar -> 8 Dey' },
      { today: '2026-09-22', expected: '2026-10-22', why: '31 Shahrivar -> 30 Mehr (Mehr has 30 days)' },
      { today: '2027-02-19', expected: '2027-03-20', why: '30 Bahman -> 29 Esfand 1405 (a common year)' },
      { today: '2025-02-18', expected: '2025-03-20', why: '30 Bahman -> 30 Esfand 1403 (a leap year)' },
      { today: '2027-03-20', expected: '2027-04-18', why: '29 Esfand -> 29 Farvardin 1406, across Nowruz' },
      { today: '2026-03-20', expected: '2026-04-18', why: '29 Esfand 1404 -> 29 Farvardin 1405' },
    ])('ringEnd, today $today: $expected ($why)', ({ today, expected }) => {
      expect(ringEnd(today, PERSIAN)).toBe(expected);
    });

    it('monthDividers: 12 Jalali months from the one in which the ring ends', () => {
      expect(monthDividers('2026-11-29', PERSIAN)).toEqual(['1405-10', '1405-11', '1405-12', '1406-01', '1406-02', '1406-03', '1406-04', '1406-05', '1406-06', '1406-07', '1406-08', '1406-09']);
      expect(monthDividers('2027-03-20', PERSIAN)).toEqual(['1406-01', '1406-02', '1406-03', '1406-04', '1406-05', '1406-06', '1406-07', '1406-08', '1406-09', '1406-10', '1406-11', '1406-12']);
      expect(monthDividers('2026-11-29', persianDated(3))[0]).toBe('1405-12');
      expect(firstMonthDividerDay('2026-11-29', PERSIAN)).toBe('2026-12-30');
      expect(firstMonthDividerDay('2027-02-19', PERSIAN)).toBe('2027-03-21');
    });

    it.each([
      { day: '2026-11-30', expected: { kind: 'day', number: 9, day: '2026-11-30', calendar: 'persian' } },
      { day: '2026-12-21', expected: { kind: 'day', number: 30, day: '2026-12-21', calendar: 'persian' } }, // 30 Azar
      { day: '2026-12-22', expected: { kind: 'day', number: 1, day: '2026-12-22', calendar: 'persian' } }, // 1 Dey
      { day: '2026-12-29', expected: { kind: 'day', number: 8, day: '2026-12-29', calendar: 'persian' } }, // the ring's last day
      { day: '2026-12-30', expected: { kind: 'month', month: '1405-10', calendar: 'persian' } }, // Dey past the ring
      { day: '2027-03-20', expected: { kind: 'month', month: '1405-12', calendar: 'persian' } }, // 29 Esfand
      { day: '2027-03-21', expected: { kind: 'month', month: '1406-01', calendar: 'persian' } }, // Nowruz
      { day: '2027-12-21', expected: { kind: 'month', month: '1406-09', calendar: 'persian' } }, // the 12th month divider
      { day: '2027-12-22', expected: { kind: 'year', year: 1406, calendar: 'persian' } },
      { day: '2028-03-20', expected: { kind: 'year', year: 1407, calendar: 'persian' } },
      { day: '2026-11-29', expected: { kind: 'today', day: '2026-11-29' } },
    ])('dividerFor, today 2026-11-29 (8 Azar 1405): $day sits behind $expected', ({ day, expected }) => {
      expect(dividerFor(day, '2026-11-29', PERSIAN)).toStrictEqual(expected);
    });

    it('a Gregorian binder names no calendar beside its dividers: its JSON is as it was', () => {
      expect(dividerFor('2026-12-01', '2026-11-23', NUMBERED)).toStrictEqual({ kind: 'day', number: 1, day: '2026-12-01' });
      expect(dividerFor('2027-01-01', '2026-11-23', NUMBERED)).toStrictEqual({ kind: 'month', month: '2027-01' });
      expect(Object.keys(overview('2026-11-23', NUMBERED, new Map()).months[0] ?? {})).toEqual(['month', 'count']);
    });

    it('overview: a day divider per Jalali day of the ring, Jalali month dividers, later Jalali years', () => {
      const counts = new Map<Day, number>([
        ['2026-11-29', 1], // today
        ['2026-11-30', 2], // 9 Azar
        ['2026-12-29', 1], // 8 Dey, the ring's last day
        ['2026-12-30', 3], // 9 Dey: behind Dey
        ['2027-03-20', 1], // 29 Esfand 1405
        ['2027-03-21', 2], // 1 Farvardin 1406
        ['2027-12-22', 1], // 1 Dey 1406: later
        ['2028-04-01', 1], // 13 Farvardin 1407: later
      ]);
      const view = overview('2026-11-29', PERSIAN, counts);
      expect(view.days).toHaveLength(30); // 9-30 Azar, 1-8 Dey
      expect(view.days.map((d) => d.divider).slice(20, 24)).toEqual([29, 30, 1, 2]);
      expect(view.days[0]).toEqual({ divider: 9, date: '2026-11-30', count: 2, workingDay: true, calendar: 'persian' });
      expect(view.days.at(-1)).toEqual({ divider: 8, date: '2026-12-29', count: 1, workingDay: true, calendar: 'persian' });
      expect(view.monthsFrom).toBe('2026-12-30');
      expect(view.months.map((m) => [m.month, m.count])).toEqual([
        ['1405-10', 3], ['1405-11', 0], ['1405-12', 1], ['1406-01', 2], ['1406-02', 0], ['1406-03', 0],
        ['1406-04', 0], ['1406-05', 0], ['1406-06', 0], ['1406-07', 0], ['1406-08', 0], ['1406-09', 0],
      ]);
      expect(view.months[0]).toStrictEqual({ month: '1405-10', calendar: 'persian', count: 3 });
      expect(view.later).toStrictEqual([{ year: 1406, calendar: 'persian', count: 1 }, { year: 1407, calendar: 'persian', count: 1 }]);
      const total = view.today.count + [...view.days, ...view.months, ...view.later].reduce((n, d) => n + d.count, 0);
      expect(total).toBe(12);
    });

    it('dated dividers for 2 Jalali months: working days to 8 Bahman, then Bahman', () => {
      const view = overview('2026-11-29', { ...persianDated(2), workdays: [6, 0, 1, 2, 3] }, new Map());
      // The ring ends on 8 Bahman 1405 (2027-01-28), a Thursday: a day off in Iran, left out.
      expect(view.days.at(-1)?.date).toBe('2027-01-27');
      expect(view.monthsFrom).toBe('2027-01-29');
      expect(view.months[0]?.month).toBe('1405-11');
    });
  });
});
