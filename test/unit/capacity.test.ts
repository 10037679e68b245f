// Capacity, BINDER.md rule 8: which dossiers to postpone (lowestPriority) and where they go
// (nearestWithRoom), and where imported leads go (fillWithinCapacity, spread).
import { describe, expect, it } from 'vitest';
import { fillWithinCapacity, lowestPriority, nearestWithRoom, spread, SPREAD_WORKING_DAYS } from '../../src/binder/capacity.js';
import type { Day } from '../../src/binder/day.js';
import { DEFAULT_SETTINGS, type BinderSettings } from '../../src/binder/settings.js';
import { ZONES, calendarDays, inZone } from './zones.js';

const TODAY = '2026-11-23'; // a Monday

function settings(change: Partial<BinderSettings> = {}): BinderSettings {
  return { ...DEFAULT_SETTINGS, ...change };
}

/** A dossier of today's stack, as lowestPriority sees it: `handle:priority:filedOn`, or with its hour `handle:priority:filedOn@HH.MM`. */
function dossier(text: string): { handle: string; priority: string; filedOn: Day | null; filedAt: string | null } {
  const [handle = '', priority = 'B', filed = TODAY] = text.split(':');
  const [filedOn = TODAY, at] = filed.split('@');
  return { handle, priority, filedOn, filedAt: at === undefined ? null : at.replace('.', ':') };
}

/** Loads per day: `{ '2026-11-24': 2 }`, or the same load on every date from `from` to `to`. */
function loads(each: Record<Day, number> = {}, fill?: { from: Day; to: Day; load: number }): Map<Day, number> {
  const map = new Map<Day, number>();
  if (fill) for (const day of calendarDays(fill.from, fill.to)) map.set(day, fill.load);
  for (const [day, load] of Object.entries(each)) map.set(day, load);
  return map;
}

// The next ten working days after Mon 23 Nov 2026 in a Mon-Fri binder without holidays.
const NEXT_TEN = ['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07'];

describe.each(ZONES)('capacity.ts with TZ=%s', (zone) => {
  inZone(zone);

  describe('lowestPriority: C before B before A; among equals not overdue first, then the latest filed', () => {
    it.each([
      {
        why: 'priority decides first',
        stack: ['a:A', 'b:B', 'c:C'],
        count: 3,
        expected: ['c', 'b', 'a'],
      },
      {
        why: 'only as many as asked for',
        stack: ['a:A', 'b:B', 'c:C'],
        count: 2,
        expected: ['c', 'b'],
      },
      {
        why: 'an overdue client has waited already: the one due today goes first',
        stack: ['late:C:2026-11-20', 'due:C:2026-11-23'],
        count: 1,
        expected: ['due'],
      },
      {
        why: 'among overdue equals, the latest filed first',
        stack: ['older:B:2026-11-02', 'old:B:2026-11-20', 'oldish:B:2026-11-13'],
        count: 3,
        expected: ['old', 'oldish', 'older'],
      },
      {
        why: 'priority before overdue: an overdue C goes before a B due today',
        stack: ['b:B:2026-11-23', 'lateC:C:2026-11-16'],
        count: 1,
        expected: ['lateC'],
      },
      {
        why: 'the full order over a mixed stack',
        stack: ['a1:A:2026-11-23', 'b1:B:2026-11-23', 'bo:B:2026-11-19', 'c1:C:2026-11-23', 'co1:C:2026-11-20', 'co2:C:2026-11-13', 'ao:A:2026-11-10'],
        count: 7,
        expected: ['c1', 'co1', 'co2', 'b1', 'bo', 'a1', 'ao'],
      },
      {
        why: 'nothing over capacity: nothing to postpone',
        stack: ['a:A', 'c:C'],
        count: 0,
        expected: [],
      },
      {
        why: 'a negative count is nothing too',
        stack: ['c:C'],
        count: -2,
        expected: [],
      },
      {
        why: 'more asked than there are: all of them',
        stack: ['a:A', 'c:C'],
        count: 5,
        expected: ['c', 'a'],
      },
      {
        why: 'among equals, a filing for the day goes before one with an hour agreed with the client',
        stack: ['agreed:C:2026-11-23@14.00', 'day:C:2026-11-23', 'a:A'],
        count: 2,
        expected: ['day', 'agreed'],
      },
      {
        why: 'an hour does not outweigh priority',
        stack: ['agreed:C:2026-11-23@14.00', 'day:B:2026-11-23'],
        count: 1,
        expected: ['agreed'],
      },
      {
        why: 'an empty stack',
        stack: [],
        count: 3,
        expected: [],
      },
    ])('$why', ({ stack, count, expected }) => {
      expect(lowestPriority(stack.map(dossier), TODAY, count).map((d) => d.handle)).toEqual(expected);
    });

    it('leaves the stack it was given as it was, and returns the dossiers themselves', () => {
      const stack = ['a:A', 'b:B', 'c:C'].map(dossier);
      const copy = structuredClone(stack);
      const picked = lowestPriority(stack, TODAY, 1);
      expect(stack).toEqual(copy);
      expect(picked[0]).toBe(stack[2]);
    });
  });

  describe('nearestWithRoom: each postponed dossier to the nearest coming working day with room under the capacity (rule 8, issue 12)', () => {
    /** `handle:priority`, B unless given. */
    const postponed = (texts: string[]) => texts.map((text) => ({ handle: text.split(':')[0] ?? '', priority: text.split(':')[1] ?? 'B' }));

    it.each([
      {
        why: 'tomorrow first while it has room, though later days are emptier',
        dossiers: ['x', 'y'],
        today: TODAY,
        loads: loads({ '2026-11-24': 1 }),
        settings: settings({ capacity: 3 }),
        expected: ['2026-11-24', '2026-11-24'],
      },
      {
        why: 'tomorrow fills up, then the next working day',
        dossiers: ['x', 'y', 'z'],
        today: TODAY,
        loads: loads({ '2026-11-24': 1 }),
        settings: settings({ capacity: 2 }),
        expected: ['2026-11-24', '2026-11-25', '2026-11-25'],
      },
      {
        why: 'full days are passed over, the first with room is taken',
        dossiers: ['x'],
        today: TODAY,
        loads: loads({ '2026-11-24': 2, '2026-11-25': 3, '2026-11-26': 1 }),
        settings: settings({ capacity: 2 }),
        expected: ['2026-11-26'],
      },
      {
        why: 'past ten full working days: the eleventh, not the lightest of the ten',
        dossiers: ['x'],
        today: TODAY,
        loads: loads({}, { from: '2026-11-24', to: '2026-12-07', load: 2 }),
        settings: settings({ capacity: 2 }),
        expected: ['2026-12-08'],
      },
      {
        why: 'the weekend is passed over (today a Friday), even when empty',
        dossiers: ['x', 'y'],
        today: '2026-11-27',
        loads: loads(),
        settings: settings({ capacity: 1 }),
        expected: ['2026-11-30', '2026-12-01'],
      },
      {
        why: 'holidays are passed over',
        dossiers: ['x'],
        today: TODAY,
        loads: loads(),
        settings: settings({ capacity: 5, holidays: ['2026-11-24', '2026-11-25'] }),
        expected: ['2026-11-26'],
      },
      {
        why: 'other working weekdays (sun-thu): Thursday, then Sunday',
        dossiers: ['x', 'y'],
        today: '2026-11-25',
        loads: loads(),
        settings: settings({ capacity: 1, workdays: [0, 1, 2, 3, 4] }),
        expected: ['2026-11-26', '2026-11-29'],
      },
      {
        why: "across the year's turn",
        dossiers: ['x', 'y'],
        today: '2026-12-31',
        loads: loads({ '2027-01-04': 1 }),
        settings: settings({ capacity: 2, holidays: ['2027-01-01'] }),
        expected: ['2027-01-04', '2027-01-05'],
      },
      {
        why: 'no capacity: every day has room, so all go to the next working day',
        dossiers: ['x', 'y', 'z'],
        today: '2026-11-27',
        loads: loads({ '2026-11-30': 40 }),
        settings: settings({ capacity: null }),
        expected: ['2026-11-30', '2026-11-30', '2026-11-30'],
      },
      {
        why: 'the most important take the nearest places; the order given is kept',
        dossiers: ['c:C', 'b:B', 'a:A', 'b2:B'],
        today: TODAY,
        loads: loads(),
        settings: settings({ capacity: 1 }),
        expected: ['2026-11-27', '2026-11-25', '2026-11-24', '2026-11-26'],
      },
    ])('$why', ({ dossiers, today, loads, settings, expected }) => {
      const placements = nearestWithRoom(postponed(dossiers), today, loads, settings);
      expect(placements.map((p) => p.handle)).toEqual(postponed(dossiers).map((d) => d.handle));
      expect(placements.map((p) => p.day)).toEqual(expected);
      expect(placements.every((p) => !p.overCapacity)).toBe(true);
    });

    it('every placement is on a working day after today that had room', () => {
      const placements = nearestWithRoom(postponed(Array.from({ length: 30 }, (_, i) => `d${i}`)), TODAY, loads({ '2026-11-25': 5 }), settings({ capacity: 4 }));
      const count = new Map<string, number>();
      for (const { day } of placements) count.set(day, (count.get(day) ?? 0) + 1);
      expect(count.get('2026-11-25')).toBeUndefined();
      for (const [day, n] of count) {
        expect(day > TODAY).toBe(true);
        expect(n).toBeLessThanOrEqual(4);
      }
      expect(placements[0]?.day).toBe('2026-11-24');
    });

    it('leaves the loads it was given as they were, and places nothing for nothing', () => {
      const given = loads({ '2026-11-24': 1 });
      nearestWithRoom(postponed(['x', 'y']), TODAY, given, settings({ capacity: 2 }));
      expect([...given]).toEqual([['2026-11-24', 1]]);
      expect(nearestWithRoom([], TODAY, given, settings({ capacity: 1 }))).toEqual([]);
    });
  });

  describe('spread: each dossier to the lightest of the next working days, the earliest of equals', () => {
    it.each([
      {
        why: 'an empty binder: one per day, from tomorrow',
        handles: ['x', 'y', 'z'],
        today: TODAY,
        loads: loads(),
        settings: settings(),
        expected: ['2026-11-24', '2026-11-25', '2026-11-26'],
      },
      {
        why: 'the lightest day, not the first',
        handles: ['x'],
        today: TODAY,
        loads: loads({ '2026-11-26': 1 }, { from: '2026-11-24', to: '2026-12-07', load: 3 }),
        settings: settings(),
        expected: ['2026-11-26'],
      },
      {
        why: 'the earliest of equally light days',
        handles: ['x'],
        today: TODAY,
        loads: loads({ '2026-11-24': 2, '2026-11-25': 1, '2026-12-01': 1 }),
        settings: settings(),
        expected: ['2026-11-26'],
      },
      {
        why: 'each placement counts for the next one',
        handles: ['x', 'y', 'z'],
        today: TODAY,
        loads: loads({ '2026-11-24': 1, '2026-11-25': 0 }, { from: '2026-11-26', to: '2026-12-07', load: 5 }),
        settings: settings(),
        expected: ['2026-11-25', '2026-11-24', '2026-11-25'],
      },
      {
        why: 'skips the weekend (today a Friday)',
        handles: ['x', 'y'],
        today: '2026-11-27',
        loads: loads(),
        settings: settings(),
        expected: ['2026-11-30', '2026-12-01'],
      },
      {
        why: 'an empty weekend is not lighter than a working day',
        handles: ['x'],
        today: TODAY,
        loads: loads({ '2026-11-28': 0, '2026-11-29': 0 }, { from: '2026-11-24', to: '2026-12-07', load: 1 }),
        settings: settings(),
        expected: ['2026-11-24'],
      },
      {
        why: 'skips holidays',
        handles: ['x', 'y'],
        today: TODAY,
        loads: loads(),
        settings: settings({ holidays: ['2026-11-24', '2026-11-25'] }),
        expected: ['2026-11-26', '2026-11-27'],
      },
      {
        why: 'follows other working weekdays (sun-thu)',
        handles: ['x', 'y', 'z', 'w'],
        today: '2026-11-25',
        loads: loads(),
        settings: settings({ workdays: [0, 1, 2, 3, 4] }),
        expected: ['2026-11-26', '2026-11-29', '2026-11-30', '2026-12-01'],
      },
      {
        why: 'the horizon is the next 10 working days: an empty 11th is not used',
        handles: ['x'],
        today: TODAY,
        loads: loads({ '2026-12-08': 0, '2026-12-09': 0 }, { from: '2026-11-24', to: '2026-12-07', load: 2 }),
        settings: settings(),
        expected: ['2026-11-24'],
      },
      {
        why: 'the 10th working day is within the horizon',
        handles: ['x'],
        today: TODAY,
        loads: loads({ '2026-12-07': 0 }, { from: '2026-11-24', to: '2026-12-06', load: 2 }),
        settings: settings(),
        expected: ['2026-12-07'],
      },
      {
        why: 'holidays do not count as working days of the horizon: it reaches further',
        handles: ['x'],
        today: TODAY,
        loads: loads({ '2026-12-09': 0 }, { from: '2026-11-24', to: '2026-12-08', load: 2 }),
        settings: settings({ holidays: ['2026-11-24', '2026-11-25'] }),
        expected: ['2026-12-09'],
      },
      {
        why: 'across the turn of the year',
        handles: ['x', 'y'],
        today: '2026-12-31',
        loads: loads(),
        settings: settings({ holidays: ['2027-01-01'] }),
        expected: ['2027-01-04', '2027-01-05'],
      },
    ])('$why', ({ handles, today, loads, settings, expected }) => {
      const placements = spread(handles, today, loads, settings);
      expect(placements.map((p) => p.handle)).toEqual(handles);
      expect(placements.map((p) => p.day)).toEqual(expected);
    });

    it('spreads many dossiers evenly over exactly the next 10 working days', () => {
      expect(SPREAD_WORKING_DAYS).toBe(10);
      const handles = Array.from({ length: 20 }, (_, i) => `d${i}`);
      const days = spread(handles, TODAY, loads(), settings()).map((p) => p.day);
      expect(days).toEqual([...NEXT_TEN, ...NEXT_TEN]);
    });

    it('the next 10 working days of a binder that works one day a week are ten weeks (Mondays only)', () => {
      const handles = Array.from({ length: 10 }, (_, i) => `d${i}`);
      const days = spread(handles, TODAY, loads(), settings({ workdays: [1] })).map((p) => p.day);
      expect(days).toEqual([
        '2026-11-30', '2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28',
        '2027-01-04', '2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01',
      ]);
    });

    it('leaves the loads it was given as they were', () => {
      const given = loads({ '2026-11-24': 1 });
      spread(['x', 'y'], TODAY, given, settings());
      expect([...given]).toEqual([['2026-11-24', 1]]);
    });

    it('an empty list places nothing', () => {
      expect(spread([], TODAY, loads(), settings({ capacity: 1 }))).toEqual([]);
    });
  });

  describe('spread: overCapacity when every coming day is full', () => {
    it.each([
      {
        why: 'no capacity set: never over',
        capacity: null,
        loads: loads({}, { from: '2026-11-24', to: '2026-12-07', load: 50 }),
        expected: [{ day: '2026-11-24', overCapacity: false }],
      },
      {
        why: 'room left on one day: that day, not over',
        capacity: 2,
        loads: loads({ '2026-12-02': 1 }, { from: '2026-11-24', to: '2026-12-07', load: 2 }),
        expected: [{ day: '2026-12-02', overCapacity: false }],
      },
      {
        why: 'every day exactly full: the earliest lightest, flagged',
        capacity: 2,
        loads: loads({}, { from: '2026-11-24', to: '2026-12-07', load: 2 }),
        expected: [{ day: '2026-11-24', overCapacity: true }],
      },
      {
        why: 'every day over: the lightest of them, flagged',
        capacity: 2,
        loads: loads({ '2026-11-30': 3 }, { from: '2026-11-24', to: '2026-12-07', load: 4 }),
        expected: [{ day: '2026-11-30', overCapacity: true }],
      },
      {
        why: 'the last free place is taken, then the next one is over',
        capacity: 1,
        loads: loads({ '2026-12-07': 0 }, { from: '2026-11-24', to: '2026-12-06', load: 1 }),
        expected: [
          { day: '2026-12-07', overCapacity: false },
          { day: '2026-11-24', overCapacity: true },
        ],
      },
    ])('$why', ({ capacity, loads, expected }) => {
      const placements = spread(expected.map((_, i) => `d${i}`), TODAY, loads, settings({ capacity }));
      expect(placements.map(({ day, overCapacity }) => ({ day, overCapacity }))).toEqual(expected);
    });
  });

  describe('fillWithinCapacity: new dossiers (an import) fill each coming working day up to its room', () => {
    it.each([
      {
        why: 'capacity 3, empty days: three a day from tomorrow',
        count: 7,
        capacity: 3,
        perDay: null,
        loads: loads(),
        expected: ['2026-11-24', '2026-11-24', '2026-11-24', '2026-11-25', '2026-11-25', '2026-11-25', '2026-11-26'],
      },
      {
        why: 'what is filed already counts against the capacity; a full day is passed over',
        count: 4,
        capacity: 3,
        perDay: null,
        loads: loads({ '2026-11-24': 2, '2026-11-25': 3, '2026-11-26': 5 }),
        expected: ['2026-11-24', '2026-11-27', '2026-11-27', '2026-11-27'],
      },
      {
        why: 'the weekend and holidays are passed over',
        count: 4,
        capacity: 2,
        perDay: null,
        loads: loads({ '2026-11-26': 2 }),
        settings: { holidays: ['2026-11-25'] },
        expected: ['2026-11-24', '2026-11-24', '2026-11-27', '2026-11-27'],
      },
      {
        why: '--per-day counts only the new dossiers, over any capacity',
        count: 5,
        capacity: 1,
        perDay: 2,
        loads: loads({ '2026-11-24': 9 }),
        expected: ['2026-11-24', '2026-11-24', '2026-11-25', '2026-11-25', '2026-11-26'],
      },
      {
        why: 'across the month end and the turn of the year (Friday 31 Dec 2027 to Monday 3 Jan 2028)',
        count: 3,
        capacity: 2,
        perDay: null,
        today: '2027-12-30',
        loads: loads(),
        settings: { holidays: ['2027-12-31'] },
        expected: ['2028-01-03', '2028-01-03', '2028-01-04'],
      },
    ])('$why', ({ count, capacity, perDay, loads, expected, ...rest }) => {
      const today = (rest as { today?: Day }).today ?? TODAY;
      const extra = (rest as { settings?: Partial<BinderSettings> }).settings ?? {};
      expect(fillWithinCapacity(count, today, loads, settings({ ...extra, capacity }), perDay)).toEqual(expected);
    });

    it('without a capacity or --per-day they are spread evenly over the next ten working days', () => {
      const days = fillWithinCapacity(20, TODAY, loads(), settings({ capacity: null }), null);
      expect(new Set(days)).toEqual(new Set(NEXT_TEN));
      for (const day of NEXT_TEN) expect(days.filter((d) => d === day)).toHaveLength(2);
    });
  });
});
