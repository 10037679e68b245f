// Working days, BINDER.md rule 5: the binder's working weekdays (Mon-Fri unless set) and holidays.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/binder/settings.js';
import { isWorkingDay, nextWorkingDay, nextWorkingDays } from '../../src/binder/workdays.js';
import { ZONES, inZone } from './zones.js';

const MON_FRI = DEFAULT_SETTINGS;
const SUN_THU = { workdays: [0, 1, 2, 3, 4], holidays: [] };
const CHRISTMAS = { workdays: [1, 2, 3, 4, 5], holidays: ['2026-12-24', '2026-12-25', '2026-12-31', '2027-01-01'] };

it('a default binder works Monday to Friday and has no holidays', () => {
  expect(DEFAULT_SETTINGS.workdays).toEqual([1, 2, 3, 4, 5]);
  expect(DEFAULT_SETTINGS.holidays).toEqual([]);
});

describe.each(ZONES)('workdays.ts with TZ=%s', (zone) => {
  inZone(zone);

  describe('isWorkingDay', () => {
    it.each([
      { day: '2026-11-23', calendar: MON_FRI, expected: true }, // Monday
      { day: '2026-11-27', calendar: MON_FRI, expected: true }, // Friday
      { day: '2026-11-28', calendar: MON_FRI, expected: false }, // Saturday
      { day: '2026-11-29', calendar: MON_FRI, expected: false }, // Sunday
      { day: '2026-12-24', calendar: CHRISTMAS, expected: false }, // a Thursday holiday
      { day: '2026-12-23', calendar: CHRISTMAS, expected: true },
      { day: '2026-11-27', calendar: SUN_THU, expected: false }, // Friday
      { day: '2026-11-29', calendar: SUN_THU, expected: true }, // Sunday
      // Dates whose local midnight a DST change skipped or doubled, in some zone.
      { day: '2026-03-29', calendar: MON_FRI, expected: false }, // Sunday, Europe springs forward
      { day: '2026-03-30', calendar: MON_FRI, expected: true },
      { day: '2026-10-25', calendar: MON_FRI, expected: false }, // Sunday, Europe falls back
      { day: '2026-09-06', calendar: MON_FRI, expected: false }, // Sunday, Santiago has no 00:00
      { day: '2026-09-07', calendar: MON_FRI, expected: true },
      { day: '2026-04-04', calendar: MON_FRI, expected: false }, // Saturday before Santiago falls back
      { day: '2018-11-04', calendar: MON_FRI, expected: false }, // Sunday, Sao Paulo had no 00:00
      { day: '2018-11-05', calendar: MON_FRI, expected: true },
      { day: '2021-03-22', calendar: MON_FRI, expected: true }, // Monday, Tehran had no 00:00
      { day: '2021-03-21', calendar: MON_FRI, expected: false }, // Sunday
      { day: '2021-09-22', calendar: MON_FRI, expected: true }, // Wednesday, Tehran fell back
      { day: '2011-12-30', calendar: MON_FRI, expected: true }, // Friday; Apia skipped it
    ])('$day: $expected', ({ day, calendar, expected }) => {
      expect(isWorkingDay(day, calendar)).toBe(expected);
    });
  });

  describe('nextWorkingDay', () => {
    it.each([
      { day: '2026-11-23', calendar: MON_FRI, expected: '2026-11-23' }, // already a working day
      { day: '2026-11-28', calendar: MON_FRI, expected: '2026-11-30' },
      { day: '2026-11-29', calendar: MON_FRI, expected: '2026-11-30' },
      { day: '2026-10-31', calendar: MON_FRI, expected: '2026-11-02' }, // into the next month
      { day: '2027-02-27', calendar: MON_FRI, expected: '2027-03-01' },
      { day: '2026-12-24', calendar: CHRISTMAS, expected: '2026-12-28' },
      { day: '2026-12-31', calendar: CHRISTMAS, expected: '2027-01-04' }, // into the next year
      { day: '2026-11-27', calendar: SUN_THU, expected: '2026-11-29' },
      { day: '2026-03-28', calendar: MON_FRI, expected: '2026-03-30' },
      { day: '2026-10-24', calendar: MON_FRI, expected: '2026-10-26' },
      { day: '2026-09-05', calendar: MON_FRI, expected: '2026-09-07' },
      { day: '2018-11-03', calendar: MON_FRI, expected: '2018-11-05' },
      { day: '2019-02-16', calendar: MON_FRI, expected: '2019-02-18' },
    ])('$day -> $expected', ({ day, calendar, expected }) => {
      expect(nextWorkingDay(day, calendar)).toBe(expected);
    });

    it('a binder that works only on Wednesdays moves a Thursday six days on', () => {
      expect(nextWorkingDay('2026-11-26', { workdays: [3], holidays: [] })).toBe('2026-12-02');
    });
  });

  describe('nextWorkingDays', () => {
    it('the next ten working days of a Mon-Fri binder are two working weeks', () => {
      const days = nextWorkingDays('2026-11-24', 10, MON_FRI);
      expect(days).toHaveLength(10);
      expect(days[0]).toBe('2026-11-24');
      expect(days.at(-1)).toBe('2026-12-07');
    });

    it('leaves out weekends and holidays, across the turn of the year', () => {
      expect(nextWorkingDays('2026-12-21', 11, CHRISTMAS)).toEqual([
        '2026-12-21',
        '2026-12-22',
        '2026-12-23',
        '2026-12-28',
        '2026-12-29',
        '2026-12-30',
        '2027-01-04',
        '2027-01-05',
        '2027-01-06',
        '2027-01-07',
        '2027-01-08',
      ]);
    });

    it('the week of a DST change has five working days, each once', () => {
      expect(nextWorkingDays('2026-03-28', 5, MON_FRI)).toEqual(['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03']);
      expect(nextWorkingDays('2026-09-05', 5, MON_FRI)).toEqual(['2026-09-07', '2026-09-08', '2026-09-09', '2026-09-10', '2026-09-11']);
      expect(nextWorkingDays('2021-03-20', 5, MON_FRI)).toEqual(['2021-03-22', '2021-03-23', '2021-03-24', '2021-03-25', '2021-03-26']);
    });

    it('goes as far as it takes: a binder that works on Wednesdays only', () => {
      expect(nextWorkingDays('2026-11-24', 3, { workdays: [3], holidays: [] })).toEqual(['2026-11-25', '2026-12-02', '2026-12-09']);
    });
  });
});
