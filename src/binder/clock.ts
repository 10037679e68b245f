// The moment a command runs, on the wall clock of the binder's time zone (issue 14): what "past its
// hour", "due within 15 minutes" and "the call due next" are measured from. CRM_NOW fixes it for
// scripts and tests as CRM_TODAY fixes the date; without it the real clock is read in the zone.
import type { Day } from './day.js';
import { instantOf, offsetMinutes, wallClockOf, type WallClock } from './zone.js';

/** Now: the wall clock in the binder's zone and the instant it is. */
export interface Moment extends WallClock {
  /** ISO UTC to the second. */
  instant: string;
  /** The binder's time zone (IANA). */
  zone: string;
}

/** What fixes the clock: CRM_NOW (a wall-clock moment), else CRM_TODAY (only the date), else nothing. */
export interface ClockSetting {
  fixedNow: WallClock | undefined;
  /** The date CRM_TODAY fixed, with the real time of day. */
  fixedToday: Day | undefined;
}

export function momentIn(zone: string, { fixedNow, fixedToday }: ClockSetting, realMs = Date.now()): Moment {
  if (fixedNow) {
    // A moment the clocks skip (02:30 as summer time starts) is the one after the gap, as a filing's is.
    const { instant, wall } = instantOf(fixedNow.day, fixedNow, zone);
    return { ...wall, instant, zone };
  }
  const real = wallClockOf(realMs, zone);
  if (!fixedToday || fixedToday === real.day) return { ...real, instant: new Date(Math.floor(realMs / 1000) * 1000).toISOString().replace(/\.000Z$/, 'Z'), zone };
  // CRM_TODAY alone: that date at the real time of day.
  return { ...real, day: fixedToday, instant: instantOf(fixedToday, real, zone).instant, zone };
}

/**
 * A history stamp of the moment: '2026-12-04T14:50:00+01:00', the wall clock with the zone's
 * offset; with `seconds` the instant's own seconds (a real clock's), else :00 (CRM_NOW's minute).
 */
export function stampOf(moment: Moment, seconds = false): string {
  const ms = Date.parse(moment.instant);
  const offset = offsetMinutes(ms, moment.zone);
  const abs = Math.abs(offset);
  const two = (n: number) => String(n).padStart(2, '0');
  const second = seconds ? Math.floor(ms / 1000) % 60 : 0;
  return `${moment.day}T${two(moment.hour)}:${two(moment.minute)}:${two(second)}${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}
