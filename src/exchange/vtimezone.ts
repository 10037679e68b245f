// The binder's time zone as an iCalendar VTIMEZONE (RFC 5545 3.6.5), so that a timed event
// written as DTSTART;TZID=Europe/Warsaw:20260329T143000 means the same instant in every calendar
// app, including those that do not know the zone's name and read only what the file says.
//
// Design, for the owner:
// - Built from what Intl says about the zone (Node's ICU ships tzdata), over the years the feed
//   covers, not from a copy of tzdata: the feed then agrees with crm's own reminders and `today`.
// - One STANDARD or DAYLIGHT per change of offset, each with its own DTSTART, no RRULE or RDATE:
//   rules are only guessed back from the changes, and ical.js 2 ignores a sub-component's DTSTART
//   onset as soon as it has an RDATE. A first sub-component at 1 January of the first year holds
//   the offset in force then: ical.js reads any time before a zone's first onset as UTC.
// - DAYLIGHT is a change to an offset larger than the smallest one of the year that follows it
//   (tzdata's own flag is not in Intl); a permanent change of offset is STANDARD. Apps read the
//   offsets, not the kind. No TZNAME: Intl's short names are "GMT+1", which say no more.
// - A wall time that happens twice (fall back) is written in UTC (zonedTime, for DTSTART and DTEND): RFC 5545 means
//   the first, ical.js reads the second.
// - Lines: the component goes into ics.ts's calendar, whose writer folds at 75 octets; a
//   VTIMEZONE's own lines are short (TZID is the longest).
import ICAL from 'ical.js';
import { makeDay, type Day } from '../binder/day.js';
import type { Hour } from '../binder/hours.js';
import { instantOf, offsetChanges, offsetMinutes, wallClockOf } from '../binder/zone.js';

type JCalComponent = [string, [string, Record<string, unknown>, string, string][], JCalComponent[]];

const MINUTE = 60_000;
const YEAR = 366 * 86_400_000;

/**
 * The VTIMEZONE of `zone` (an IANA name) for times from 1 January `fromYear` to 31 December
 * `toYear`, in the zone's wall clock: give the years of the earliest and the latest timed event.
 * A zone without changes in those years (Asia/Tehran since 2022) is one STANDARD.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): ICAL.Component {
  return new ICAL.Component(vtimezoneJCal(zone, fromYear, toYear));
}

/**
 * A timed event's DTSTART for a filing's day and hour in `zone`: a time in that zone (written with
 * TZID, so the VTIMEZONE must be in the file), or in UTC when the wall time happens twice that day.
 * A time the clocks skipped is the time after the gap (zone.ts's instantOf).
 */
export function eventStart(day: Day, hour: Hour, zone: string): ICAL.Time {
  return zonedTime(instantOf(day, hour, zone).instant, zone);
}

/**
 * An instant (ISO UTC) as a time in `zone` (TZID, so the VTIMEZONE must be in the file) when its
 * wall time names that instant and no other; else in UTC: a wall time that happens twice is read
 * as the earlier instant by RFC 5545 and as the later by ical.js, so neither can be trusted with it.
 * For a DTEND as for a DTSTART.
 */
export function zonedTime(instant: string | number, zone: string): ICAL.Time {
  const wall = wallClockOf(instant, zone);
  const zoned = instantOf(wall.day, wall, zone);
  if (zoned.ambiguous || Date.parse(zoned.instant) !== new Date(instant).getTime()) return utcTime(instant);
  const date = { year: Number(wall.day.slice(0, 4)), month: Number(wall.day.slice(5, 7)), day: Number(wall.day.slice(8, 10)) };
  const time = ICAL.Time.fromData({ ...date, hour: wall.hour, minute: wall.minute, second: 0, isDate: false });
  // A zone object carrying only the name: ical.js writes it as the TZID parameter.
  time.zone = ICAL.Timezone.fromData({ tzid: zone });
  return time;
}

/** An instant (ISO UTC or milliseconds, to the minute) as an iCalendar UTC time: 20261025T003000Z. */
export function utcTime(instant: string | number): ICAL.Time {
  const utc = new Date(instant);
  const fields = { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate(), hour: utc.getUTCHours(), minute: utc.getUTCMinutes(), second: 0 };
  return ICAL.Time.fromData({ ...fields, isDate: false }, ICAL.Timezone.utcTimezone);
}

function vtimezoneJCal(zone: string, fromYear: number, toYear: number): JCalComponent {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    throw new RangeError(`a VTIMEZONE needs a first year no later than the last, not ${fromYear}-${toYear}`);
  }
  const start = Date.parse(instantOf(makeDay(fromYear, 1, 1) as Day, { hour: 0, minute: 0 }, zone).instant);
  const end = Date.parse(instantOf(makeDay(toYear + 1, 1, 1) as Day, { hour: 0, minute: 0 }, zone).instant);
  // A year past the end: what follows the last change decides whether it is daylight time.
  const changes = offsetChanges(zone, start, end + YEAR);
  const kindOf = (at: number, to: number): 'daylight' | 'standard' => {
    const yearAfter = changes.filter((change) => change.at > at && change.at <= at + YEAR).map((change) => change.to);
    return to > Math.min(to, ...yearAfter) ? 'daylight' : 'standard';
  };
  const first = offsetMinutes(start, zone);
  const onsets = [
    { at: start, from: first, to: first },
    ...changes.filter((change) => change.at < end),
  ];
  const observances: JCalComponent[] = onsets.map(({ at, from, to }) => [
    kindOf(at, to),
    [
      // The onset in the wall time in force before it (RFC 5545 3.6.5: DTSTART is local time).
      ['dtstart', {}, 'date-time', localTime(at, from)],
      ['tzoffsetfrom', {}, 'utc-offset', utcOffset(from)],
      ['tzoffsetto', {}, 'utc-offset', utcOffset(to)],
    ],
    [],
  ]);
  return ['vtimezone', [['tzid', {}, 'text', zone]], observances];
}

/** jCal's local date-time, '2026-03-29T02:00:00', of an instant seen at a fixed offset. */
function localTime(ms: number, offset: number): string {
  return new Date(ms + offset * MINUTE).toISOString().slice(0, 19);
}

/** jCal's UTC offset, '+01:00' or '-03:00' ('+00:00' for UTC). */
function utcOffset(minutes: number): string {
  const size = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
}
