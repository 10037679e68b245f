// The wall clock of the binder's time zone and the instants it names (issue 14): a filing keeps
// its day and hour as the user said them ("Friday at 15:00", in the binder's zone); reminders,
// `crm next` and the calendar feed need the instant. Intl holds the zone rules (tzdata ships with
// Node's ICU), so this is arithmetic on what Intl says, never a parse of what a user typed.
//
// Design, for the owner:
// - A wall time that does not exist (the spring-forward gap: 02:30 on 2026-03-29 in Warsaw) is
//   taken shifted forward by the gap (03:30), as RFC 5545 3.3.5 and Temporal's 'compatible' do,
//   and `gapMinutes` says so: the caller tells the user and stores the hour that exists, so a
//   calendar app never has to guess (ical.js, for one, reads a gap time backward).
// - A wall time that happens twice (fall back: 02:30 on 2026-10-25 in Warsaw) is the earlier
//   instant (RFC 5545 3.3.5, Temporal 'compatible'), and `ambiguous` says so: ical.js reads such a
//   TZID time as the later one, so the feed writes it in UTC (see exchange/vtimezone.ts).
// - Instants are ISO UTC text to the second ('2026-03-29T01:30:00Z'), as the binder's stamps are.
// - One formatter per zone, kept: building an Intl.DateTimeFormat costs far more than using one.
//   Its format() is read, not formatToParts(): a calendar feed asks for thousands of instants.
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { fields as english } from '../i18n/en/fields.js';
import type { Day } from './day.js';
import type { Hour } from './hours.js';

/** A moment as a clock on the wall of one zone shows it. */
export interface WallClock {
  day: Day;
  hour: number;
  minute: number;
}

/** The instant a wall-clock time names in a zone, and what had to be decided to get it. */
export interface ZonedInstant {
  /** ISO UTC, to the second: '2026-03-29T01:30:00Z'. */
  instant: string;
  /** The wall clock at that instant: the time asked for, or later by the gap when it did not exist. */
  wall: WallClock;
  /** 0, or how many minutes the clocks skipped over the time asked for (60 for 02:30 in Warsaw on 2026-03-29). */
  gapMinutes: number;
  /** True when the time asked for happened twice that day; `instant` is the first. */
  ambiguous: boolean;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    // en-US with h23 and the Gregorian calendar: ASCII digits and 0-23 hours, whatever the locale.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

// en-US's "3/29/2026, 14:30:00": format() and one match are several times faster than formatToParts.
const FORMATTED = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;

/** The wall clock at `ms` as milliseconds of a UTC clock showing the same digits. */
function wallMs(ms: number, zone: string): number {
  const text = formatter(zone).format(ms);
  const m = FORMATTED.exec(text);
  if (!m) throw new RangeError(`Intl wrote the time in ${zone} as "${text}", not as month/day/year, h:m:s`);
  const [month, day, year, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const utc = new Date(Date.UTC(2000, 0, 1, hour, minute, second));
  // setUTCFullYear: Date.UTC would read the years 0-99 as 1900-1999.
  return utc.setUTCFullYear(year, month - 1, day);
}

/**
 * The zone's offset from UTC at an instant, in whole minutes (+60 for Warsaw in winter, -180 for
 * Santiago in summer). Local mean times before 1900 have seconds; they are rounded.
 */
export function offsetMinutes(ms: number, zone: string): number {
  return Math.round((wallMs(ms, zone) - Math.floor(ms / 1000) * 1000) / MINUTE);
}

/**
 * The instant a wall-clock time names in `zone` (an IANA name): a time in a spring-forward gap
 * moves forward by the gap (`gapMinutes`), a time that happens twice is the first (`ambiguous`).
 * Throws a RangeError for a day that is not 'YYYY-MM-DD' or a zone Intl does not know.
 */
export function instantOf(day: Day, { hour, minute }: Hour, zone: string): ZonedInstant {
  const local = Date.parse(`${day}T00:00:00Z`) + (hour * 60 + minute) * MINUTE;
  // Date.parse reads only real dates of YYYY-MM-DD's shape, but rolls 02-30 over to 03-02.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(local) || isoOf(local).slice(0, 10) !== day) throw new RangeError(`not a calendar date: "${day}"`);
  // Every offset is within a day of UTC: the offsets a day either side bound any change nearby.
  const before = offsetMinutes(local - DAY, zone);
  const after = offsetMinutes(local + DAY, zone);
  const candidates = [...new Set([before, after])]
    .map((offset) => local - offset * MINUTE)
    .filter((ms) => wallMs(ms, zone) === local)
    .sort((a, b) => a - b);
  if (candidates.length > 0) {
    return { instant: isoOf(candidates[0] as number), wall: { day, hour, minute }, gapMinutes: 0, ambiguous: candidates.length > 1 };
  }
  // The time was skipped: read it with the offset before the change, which lands after the gap.
  const ms = local - before * MINUTE;
  return { instant: isoOf(ms), wall: wallClockOf(ms, zone), gapMinutes: after - before, ambiguous: false };
}

/** The wall clock of `zone` at an instant (ISO text, a Date, or milliseconds since 1970). */
export function wallClockOf(instant: string | Date | number, zone: string): WallClock {
  const ms = msOf(instant);
  const wall = new Date(wallMs(ms, zone));
  return { day: wall.toISOString().slice(0, 10), hour: wall.getUTCHours(), minute: wall.getUTCMinutes() };
}

/**
 * Whole minutes from `now` to `instant`, cut toward zero: 9 at 13:50:30 for 14:00, -35 at
 * 14:35:30 ("35 min ago"), 0 within the minute either side.
 */
export function minutesUntil(instant: string | Date | number, now: string | Date | number): number {
  const minutes = Math.trunc((msOf(instant) - msOf(now)) / MINUTE);
  return minutes === 0 ? 0 : minutes;
}

/** A change of a zone's offset: from `at` (the first minute of the new offset) the offset is `to`. */
export interface OffsetChange {
  /** Milliseconds since 1970, UTC. */
  at: number;
  /** Offsets from UTC in minutes, before and from `at`. */
  from: number;
  to: number;
}

/**
 * Every change of the zone's offset in [fromMs, toMs), found to the minute: a look at every day,
 * then bisection between the two days that differ. Zones change offsets on whole minutes, and
 * never twice within a day.
 */
export function offsetChanges(zone: string, fromMs: number, toMs: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let start = Math.floor(fromMs / MINUTE) * MINUTE;
  let startOffset = offsetMinutes(start, zone);
  while (start < toMs) {
    const end = Math.min(start + DAY, Math.ceil(toMs / MINUTE) * MINUTE);
    const endOffset = offsetMinutes(end, zone);
    if (endOffset !== startOffset) {
      // Invariant: the offset at lo is the old one, at hi the new one.
      let lo = start;
      let hi = end;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
        if (offsetMinutes(mid, zone) === startOffset) lo = mid;
        else hi = mid;
      }
      if (hi < toMs) changes.push({ at: hi, from: startOffset, to: offsetMinutes(hi, zone) });
    }
    start = end;
    startOffset = endOffset;
  }
  return changes;
}

const say = messages('fields', english);

/**
 * The zone's canonical IANA name (`europe/warsaw` -> `Europe/Warsaw`), or a UserError naming
 * what to type: for the binder's time-zone setting.
 */
export function checkedZone(name: string): string {
  let zone: string;
  try {
    zone = new Intl.DateTimeFormat('en-US', { timeZone: name.trim() }).resolvedOptions().timeZone;
  } catch {
    throw new UserError(say().notZone({ name }));
  }
  // An offset (+01:00) is a zone with no summer time: hours filed in it would be an hour off half the year.
  if (/^[+-]/.test(zone)) throw new UserError(say().offsetZone({ name }));
  return zone;
}

function msOf(instant: string | Date | number): number {
  const ms = typeof instant === 'number' ? instant : typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: "${String(instant)}"`);
  return ms;
}

function isoOf(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
