// The wall clock of a binder's zone and the instants it names (issue 14): every table is checked
// across DST changes, at 02:00 (Warsaw), 03:00 (Sofia), midnight (Santiago; Tehran until 2022)
// and in zones that no longer change (Tehran, Yerevan), and runs in each process zone of ZONES:
// the binder's zone, not the machine's, decides.
import { describe, expect, it } from 'vitest';
import { userErrorFrom } from './user-error.js';
import { checkedZone, instantOf, minutesUntil, offsetChanges, offsetMinutes, wallClockOf } from '../../src/binder/zone.js';
import { ZONES, inZone } from './zones.js';

const hm = (text: string) => ({ hour: Number(text.slice(0, 2)), minute: Number(text.slice(3, 5)) });

interface Row {
  zone: string;
  day: string;
  hour: string;
  instant: string;
  /** The wall clock at the instant when the time asked for did not exist. */
  wall?: string;
  gap?: number;
  ambiguous?: boolean;
}

const ROWS: Row[] = [
  // Warsaw: 02:00 -> 03:00 on 2026-03-29, 03:00 -> 02:00 on 2026-10-25; 2027-03-28 and 2027-10-31.
  { zone: 'Europe/Warsaw', day: '2026-03-29', hour: '01:59', instant: '2026-03-29T00:59:00Z' },
  { zone: 'Europe/Warsaw', day: '2026-03-29', hour: '02:00', instant: '2026-03-29T01:00:00Z', wall: '03:00', gap: 60 },
  { zone: 'Europe/Warsaw', day: '2026-03-29', hour: '02:30', instant: '2026-03-29T01:30:00Z', wall: '03:30', gap: 60 },
  { zone: 'Europe/Warsaw', day: '2026-03-29', hour: '02:59', instant: '2026-03-29T01:59:00Z', wall: '03:59', gap: 60 },
  { zone: 'Europe/Warsaw', day: '2026-03-29', hour: '03:00', instant: '2026-03-29T01:00:00Z' },
  { zone: 'Europe/Warsaw', day: '2026-03-29', hour: '14:30', instant: '2026-03-29T12:30:00Z' },
  { zone: 'Europe/Warsaw', day: '2026-10-25', hour: '01:59', instant: '2026-10-24T23:59:00Z' },
  { zone: 'Europe/Warsaw', day: '2026-10-25', hour: '02:00', instant: '2026-10-25T00:00:00Z', ambiguous: true },
  { zone: 'Europe/Warsaw', day: '2026-10-25', hour: '02:30', instant: '2026-10-25T00:30:00Z', ambiguous: true },
  { zone: 'Europe/Warsaw', day: '2026-10-25', hour: '02:59', instant: '2026-10-25T00:59:00Z', ambiguous: true },
  { zone: 'Europe/Warsaw', day: '2026-10-25', hour: '03:00', instant: '2026-10-25T02:00:00Z' },
  { zone: 'Europe/Warsaw', day: '2027-03-28', hour: '02:30', instant: '2027-03-28T01:30:00Z', wall: '03:30', gap: 60 },
  { zone: 'Europe/Warsaw', day: '2027-10-31', hour: '02:30', instant: '2027-10-31T00:30:00Z', ambiguous: true },
  { zone: 'Europe/Warsaw', day: '2026-12-31', hour: '23:59', instant: '2026-12-31T22:59:00Z' },
  // Sofia: 03:00 -> 04:00 and 04:00 -> 03:00, the same instants as Warsaw.
  { zone: 'Europe/Sofia', day: '2026-03-29', hour: '03:30', instant: '2026-03-29T01:30:00Z', wall: '04:30', gap: 60 },
  { zone: 'Europe/Sofia', day: '2026-03-29', hour: '02:30', instant: '2026-03-29T00:30:00Z' },
  { zone: 'Europe/Sofia', day: '2026-10-25', hour: '03:30', instant: '2026-10-25T00:30:00Z', ambiguous: true },
  { zone: 'Europe/Sofia', day: '2026-10-25', hour: '04:00', instant: '2026-10-25T02:00:00Z' },
  { zone: 'Europe/Sofia', day: '2026-06-01', hour: '12:00', instant: '2026-06-01T09:00:00Z' },
  // Santiago, at midnight: 2026-04-05 00:00 -> 2026-04-04 23:00 (-03 -> -04); 2026-09-06 00:00 -> 01:00.
  { zone: 'America/Santiago', day: '2026-04-04', hour: '22:59', instant: '2026-04-05T01:59:00Z' },
  { zone: 'America/Santiago', day: '2026-04-04', hour: '23:00', instant: '2026-04-05T02:00:00Z', ambiguous: true },
  { zone: 'America/Santiago', day: '2026-04-04', hour: '23:30', instant: '2026-04-05T02:30:00Z', ambiguous: true },
  { zone: 'America/Santiago', day: '2026-04-05', hour: '00:00', instant: '2026-04-05T04:00:00Z' },
  { zone: 'America/Santiago', day: '2026-09-05', hour: '23:59', instant: '2026-09-06T03:59:00Z' },
  { zone: 'America/Santiago', day: '2026-09-06', hour: '00:00', instant: '2026-09-06T04:00:00Z', wall: '01:00', gap: 60 },
  { zone: 'America/Santiago', day: '2026-09-06', hour: '00:30', instant: '2026-09-06T04:30:00Z', wall: '01:30', gap: 60 },
  { zone: 'America/Santiago', day: '2026-09-06', hour: '01:00', instant: '2026-09-06T04:00:00Z' },
  { zone: 'America/Santiago', day: '2027-09-05', hour: '00:15', instant: '2027-09-05T04:15:00Z', wall: '01:15', gap: 60 },
  // Tehran: +03:30 all year since 2022; until then +04:30 from 22 March 00:00 to 22 September 00:00.
  { zone: 'Asia/Tehran', day: '2026-03-21', hour: '00:30', instant: '2026-03-20T21:00:00Z' },
  { zone: 'Asia/Tehran', day: '2026-03-22', hour: '00:30', instant: '2026-03-21T21:00:00Z' },
  { zone: 'Asia/Tehran', day: '2026-09-21', hour: '23:30', instant: '2026-09-21T20:00:00Z' },
  { zone: 'Asia/Tehran', day: '2021-03-22', hour: '00:30', instant: '2021-03-21T21:00:00Z', wall: '01:30', gap: 60 },
  { zone: 'Asia/Tehran', day: '2021-09-21', hour: '23:30', instant: '2021-09-21T19:00:00Z', ambiguous: true },
  // Yerevan: +04 since 2012; until 2011, +05 in summer from 02:00 to 03:00.
  { zone: 'Asia/Yerevan', day: '2026-03-29', hour: '02:30', instant: '2026-03-28T22:30:00Z' },
  { zone: 'Asia/Yerevan', day: '2026-10-25', hour: '02:30', instant: '2026-10-24T22:30:00Z' },
  { zone: 'Asia/Yerevan', day: '2011-03-27', hour: '02:30', instant: '2011-03-26T22:30:00Z', wall: '03:30', gap: 60 },
  { zone: 'Asia/Yerevan', day: '2011-10-30', hour: '02:30', instant: '2011-10-29T21:30:00Z', ambiguous: true },
  // Apia skipped 2011-12-30 whole, going from -10 to +14.
  { zone: 'Pacific/Apia', day: '2011-12-30', hour: '12:00', instant: '2011-12-30T22:00:00Z', wall: '12:00', gap: 1440 },
  { zone: 'UTC', day: '2026-03-29', hour: '02:30', instant: '2026-03-29T02:30:00Z' },
];

/** Every quarter hour around the changes of 2026 in each zone of the table. */
const AROUND_CHANGES: [string, string][] = [
  ['Europe/Warsaw', '2026-03-28T12:00:00Z'],
  ['Europe/Warsaw', '2026-10-24T12:00:00Z'],
  ['Europe/Sofia', '2026-10-24T12:00:00Z'],
  ['America/Santiago', '2026-04-04T12:00:00Z'],
  ['America/Santiago', '2026-09-05T12:00:00Z'],
  ['Asia/Tehran', '2021-03-21T00:00:00Z'],
  ['Asia/Tehran', '2021-09-21T00:00:00Z'],
  ['Asia/Yerevan', '2011-10-29T00:00:00Z'],
];

describe.each(ZONES)('zone.ts with TZ=%s', (processZone) => {
  inZone(processZone);

  it.each(ROWS)('$zone: $day $hour is $instant', ({ zone, day, hour, instant, wall, gap = 0, ambiguous = false }) => {
    const zoned = instantOf(day, hm(hour), zone);
    const shownDay = wall !== undefined && gap === 1440 ? '2011-12-31' : day;
    expect(zoned).toEqual({ instant, wall: { day: shownDay, ...hm(wall ?? hour) }, gapMinutes: gap, ambiguous });
  });

  it.each(AROUND_CHANGES)('%s: the wall clock of every quarter hour from %s for two days names that instant again', (zone, from) => {
    for (let t = Date.parse(from); t < Date.parse(from) + 2 * 86_400_000; t += 15 * 60_000) {
      const wall = wallClockOf(t, zone);
      const zoned = instantOf(wall.day, wall, zone);
      expect(zoned.gapMinutes).toBe(0);
      // A time that happens twice names its first instant: t itself, or an hour before.
      if (zoned.ambiguous) expect(Date.parse(zoned.instant)).toBeLessThan(t + 1);
      else expect(zoned.instant).toBe(new Date(t).toISOString().replace('.000', ''));
    }
  });
});

describe('wallClockOf', () => {
  it('reads an instant in any zone, as ISO text, a Date or milliseconds', () => {
    expect(wallClockOf('2026-03-29T01:30:00Z', 'Europe/Warsaw')).toEqual({ day: '2026-03-29', hour: 3, minute: 30 });
    expect(wallClockOf(new Date('2026-03-29T00:59:00Z'), 'Europe/Warsaw')).toEqual({ day: '2026-03-29', hour: 1, minute: 59 });
    expect(wallClockOf(Date.parse('2026-09-06T04:00:00Z'), 'America/Santiago')).toEqual({ day: '2026-09-06', hour: 1, minute: 0 });
    expect(wallClockOf('2026-09-06T03:59:00Z', 'America/Santiago')).toEqual({ day: '2026-09-05', hour: 23, minute: 59 });
    expect(wallClockOf('2026-12-31T20:30:00Z', 'Asia/Tehran')).toEqual({ day: '2027-01-01', hour: 0, minute: 0 });
    expect(wallClockOf('2026-06-01T12:00:00+02:00', 'UTC')).toEqual({ day: '2026-06-01', hour: 10, minute: 0 });
  });

  it('refuses what is not an instant', () => {
    expect(() => wallClockOf('yesterday', 'UTC')).toThrow(RangeError);
  });
});

describe('instantOf', () => {
  it('refuses a day that is not on the calendar or a zone Intl does not know', () => {
    expect(() => instantOf('2026-02-30', hm('10:00'), 'UTC')).toThrow(RangeError);
    expect(() => instantOf('2026-2-3', hm('10:00'), 'UTC')).toThrow(RangeError);
    expect(() => instantOf('2026-02-03', hm('10:00'), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('minutesUntil', () => {
  it('counts whole minutes, cut toward zero', () => {
    expect(minutesUntil('2026-11-23T14:00:00Z', '2026-11-23T13:50:30Z')).toBe(9);
    expect(minutesUntil('2026-11-23T14:00:00Z', '2026-11-23T13:45:00Z')).toBe(15);
    expect(minutesUntil('2026-11-23T14:00:00Z', '2026-11-23T14:35:30Z')).toBe(-35);
    expect(minutesUntil('2026-11-23T14:00:00Z', '2026-11-23T14:00:30Z')).toBe(0);
    expect(Object.is(minutesUntil('2026-11-23T14:00:00Z', '2026-11-23T14:00:30Z'), 0)).toBe(true);
    expect(minutesUntil('2026-11-24T00:00:00Z', new Date('2026-11-23T00:00:00Z'))).toBe(1440);
  });

  it('counts real minutes across a change of the clocks: 01:30 to 03:30 in Warsaw on 2026-03-29 is an hour', () => {
    const before = instantOf('2026-03-29', hm('01:30'), 'Europe/Warsaw').instant;
    const after = instantOf('2026-03-29', hm('03:30'), 'Europe/Warsaw').instant;
    expect(minutesUntil(after, before)).toBe(60);
  });
});

describe('offsetChanges', () => {
  const shown = (zone: string, from: string, to: string) =>
    offsetChanges(zone, Date.parse(from), Date.parse(to)).map((c) => `${new Date(c.at).toISOString().slice(0, 16)} ${c.from}->${c.to}`);

  it('finds each change to the minute', () => {
    expect(shown('Europe/Warsaw', '2026-01-01T00:00Z', '2027-01-01T00:00Z')).toEqual(['2026-03-29T01:00 60->120', '2026-10-25T01:00 120->60']);
    expect(shown('America/Santiago', '2026-01-01T00:00Z', '2027-01-01T00:00Z')).toEqual(['2026-04-05T03:00 -180->-240', '2026-09-06T04:00 -240->-180']);
    expect(shown('Asia/Tehran', '2022-01-01T00:00Z', '2023-01-01T00:00Z')).toEqual(['2022-03-21T20:30 210->270', '2022-09-21T19:30 270->210']);
    expect(shown('Pacific/Apia', '2011-12-01T00:00Z', '2012-01-01T00:00Z')).toEqual(['2011-12-30T10:00 -600->840']);
  });

  it('finds none where the clocks no longer change', () => {
    expect(shown('Asia/Tehran', '2023-01-01T00:00Z', '2031-01-01T00:00Z')).toEqual([]);
    expect(shown('Asia/Yerevan', '2012-01-01T00:00Z', '2031-01-01T00:00Z')).toEqual([]);
    expect(shown('UTC', '2026-01-01T00:00Z', '2027-01-01T00:00Z')).toEqual([]);
  });

  it('keeps to the range: a change at its end belongs to the next one', () => {
    expect(shown('Europe/Warsaw', '2026-03-29T01:00Z', '2026-10-25T01:00Z')).toEqual([]);
    expect(shown('Europe/Warsaw', '2026-03-29T00:59Z', '2026-10-25T01:01Z')).toHaveLength(2);
  });

  it('agrees with offsetMinutes on either side of each change', () => {
    for (const change of offsetChanges('Europe/Sofia', Date.parse('2026-01-01T00:00Z'), Date.parse('2028-01-01T00:00Z'))) {
      expect(offsetMinutes(change.at - 60_000, 'Europe/Sofia')).toBe(change.from);
      expect(offsetMinutes(change.at, 'Europe/Sofia')).toBe(change.to);
    }
  });
});

describe('checkedZone', () => {
  it('gives the canonical name', () => {
    expect(checkedZone('Europe/Warsaw')).toBe('Europe/Warsaw');
    expect(checkedZone('europe/warsaw')).toBe('Europe/Warsaw');
    expect(checkedZone(' UTC ')).toBe('UTC');
  });

  it('refuses a name Intl does not know, in one line', () => {
    expect(userErrorFrom(() => checkedZone('Europe/Warsw')).message).toBe(
      '"Europe/Warsw" is not a time zone crm knows; type an IANA name such as Europe/Warsaw, America/Santiago or UTC',
    );
  });
});
