// The binder's dates are calendar dates: no time zone or DST change may move one by a day.
// Date tests run once per zone below; Node re-reads process.env.TZ whenever it is assigned.
import { afterAll, beforeAll } from 'vitest';

/**
 * UTC; Warsaw (DST at 02:00 on 2026-03-29 and 03:00 on 2026-10-25); Sao Paulo (DST switched at
 * midnight until 2019: 2018-11-04 had no 00:00); Apia (+13, +14 in DST until 2021; it
 * skipped 2011-12-30 when it moved across the date line);
 * Tehran (DST at midnight until 2022: 2021-03-22 had no 00:00); Santiago (DST at midnight:
 * 2026-09-06 has no 00:00, 2026-04-05 ends it).
 */
export const ZONES = ['UTC', 'Europe/Warsaw', 'America/Sao_Paulo', 'Pacific/Apia', 'Asia/Tehran', 'America/Santiago'] as const;

/** Runs the enclosing describe block's tests with the local time zone set to `zone`. */
export function inZone(zone: string): void {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
    const active = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // A zone this Node does not know would silently test UTC again.
    if (active !== zone) throw new Error(`TZ=${zone} did not take effect (Node reports ${active})`);
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });
}

/**
 * Every calendar date from `from` to `to` inclusive, counted in UTC where no day is ever skipped
 * or doubled: the oracle the date lists under test are compared with.
 */
export function calendarDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}
