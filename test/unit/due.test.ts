// Where a dossier of today's stack stands against the moment (binder/due.ts), and the stack's order
// (commands/stack.ts): issue 14, item 2. One row per case, the edges of "soon" and "past" and the
// changes of the clocks among them.
import { describe, expect, it } from 'vitest';
import { momentIn } from '../../src/binder/clock.js';
import { SOON_MINUTES, timingOf, type Due } from '../../src/binder/due.js';
import { byStackOrder, view } from '../../src/commands/stack.js';
import { dossier } from './dossiers.js';

const ZONE = 'Europe/Warsaw';

/** The moment CRM_NOW=`now` names in the binder's zone. */
function at(now: string): () => ReturnType<typeof momentIn> {
  const [day = '', time = ''] = now.split('T');
  return () => momentIn(ZONE, { fixedNow: { day, hour: Number(time.slice(0, 2)), minute: Number(time.slice(3, 5)) }, fixedToday: undefined });
}

describe('timingOf', () => {
  it.each<[string, string, string | null, string, Due, number | null]>([
    // filedOn, filedAt, now: due, minutesUntil
    ['a filing for the day', '2026-11-23', null, '2026-11-23T13:50', 'day', null],
    ['overdue, for the day', '2026-11-20', null, '2026-11-23T13:50', 'overdue', null],
    ['overdue with an hour: still overdue, minutes counted', '2026-11-20', '09:00', '2026-11-23T13:50', 'overdue', -4610],
    ['overdue by one minute past midnight', '2026-11-22', '23:59', '2026-11-23T00:00', 'overdue', -1],
    ['later: one minute beyond the window', '2026-11-23', '14:00', '2026-11-23T13:44', 'later', SOON_MINUTES + 1],
    ['soon: the edge of the window', '2026-11-23', '14:00', '2026-11-23T13:45', 'soon', SOON_MINUTES],
    ['soon: at the hour', '2026-11-23', '14:00', '2026-11-23T14:00', 'soon', 0],
    ['past: a minute gone', '2026-11-23', '14:00', '2026-11-23T14:01', 'past', -1],
    ['soon at midnight, for 00:05', '2026-11-23', '00:05', '2026-11-23T00:00', 'soon', 5],
    // Spring forward (02:00 -> 03:00): 01:30 CET to 03:10 CEST is 40 minutes, not 100.
    ['past across the spring gap', '2026-03-29', '01:30', '2026-03-29T03:10', 'past', -40],
    ['soon across the spring gap', '2026-03-29', '03:05', '2026-03-29T01:55', 'soon', 10],
    // Fall back (03:00 -> 02:00): 01:30 CEST to 03:00 CET is 150 minutes, not 90.
    ['past across the night that falls back', '2026-10-25', '01:30', '2026-10-25T03:00', 'past', -150],
  ])('%s: %s %s at %s is %s, %s min', (_case, filedOn, filedAt, now, due, minutes) => {
    expect(timingOf(filedOn, filedAt, now.slice(0, 10), at(now))).toEqual({ due, minutesUntil: minutes });
  });

  it('reads the clock only for a filing with an hour (Intl is slow to start)', () => {
    const never = () => {
      throw new Error('the clock was read');
    };
    expect(timingOf('2026-11-23', null, '2026-11-23', never)).toEqual({ due: 'day', minutesUntil: null });
    expect(timingOf('2026-11-20', null, '2026-11-23', never)).toEqual({ due: 'overdue', minutesUntil: null });
  });
});

describe('byStackOrder', () => {
  const today = '2026-11-23';
  const stack = (rows: [string, string, string | null, 'A' | 'B' | 'C'][]) =>
    rows.map(([handle, filedOn, filedAt, priority]) => view(dossier({ handle, filedOn, filedAt, priority }), today));

  it.each<[string, [string, string, string | null, 'A' | 'B' | 'C'][], string[]]>([
    [
      'overdue first, then the hours of the day whatever their priority, then the rest by priority',
      [
        ['dayc', today, null, 'C'],
        ['h16a', today, '16:00', 'A'],
        ['daya', today, null, 'A'],
        ['h09c', today, '09:00', 'C'],
        ['old', '2026-11-20', null, 'C'],
      ],
      ['old', 'h09c', 'h16a', 'daya', 'dayc'],
    ],
    [
      'among the overdue: priority, then the oldest day, then the hour, a filing for the day last',
      [
        ['fri-day', '2026-11-20', null, 'B'],
        ['fri-10', '2026-11-20', '10:00', 'B'],
        ['thu-17', '2026-11-19', '17:00', 'B'],
        ['sun-a', '2026-11-22', '08:00', 'A'],
        ['fri-08', '2026-11-20', '08:00', 'B'],
      ],
      ['sun-a', 'thu-17', 'fri-08', 'fri-10', 'fri-day'],
    ],
    [
      'the same hour: priority, then handle',
      [
        ['zeta', today, '10:00', 'B'],
        ['beta', today, '10:00', 'A'],
        ['alfa', today, '10:00', 'B'],
      ],
      ['beta', 'alfa', 'zeta'],
    ],
    [
      'without hours: as before issue 14 (overdue, priority, oldest filing, handle)',
      [
        ['b', today, null, 'B'],
        ['a', today, null, 'B'],
        ['c', today, null, 'A'],
        ['o', '2026-11-02', null, 'C'],
      ],
      ['o', 'c', 'a', 'b'],
    ],
  ])('%s', (_case, rows, order) => {
    expect(stack(rows).sort(byStackOrder).map((d) => d.handle)).toEqual(order);
  });
});
