// The binder's zone as a VTIMEZONE (issue 14, item 4): read back by ical.js as a calendar app
// would, timed events in the DST change weeks of 2026 and 2027 must land on the instant crm means.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { addDays, type Day } from '../../src/binder/day.js';
import { formatHour, type Hour } from '../../src/binder/hours.js';
import { instantOf, offsetChanges, wallClockOf } from '../../src/binder/zone.js';
import { eventStart, vtimezone, zonedTime } from '../../src/exchange/vtimezone.js';

const CRLF = '\r\n';

/** A calendar with the zone's VTIMEZONE and one event per (day, hour), as text, as an app gets it. */
function calendarText(zone: string, fromYear: number, toYear: number, events: { day: Day; hour: Hour }[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//crm//test//EN', vtimezone(zone, fromYear, toYear).toString()];
  events.forEach(({ day, hour }, i) => {
    const start = `${day.replace(/-/g, '')}T${formatHour(hour).replace(':', '')}00`;
    lines.push('BEGIN:VEVENT', `UID:${i}@crm`, 'DTSTAMP:20261123T080000Z', `DTSTART;TZID=${zone}:${start}`, 'SUMMARY:Call', 'END:VEVENT');
  });
  lines.push('END:VCALENDAR');
  return lines.join(CRLF) + CRLF;
}

/** The UTC instant of each event's DTSTART, as ical.js reads the text. */
function startsRead(text: string): string[] {
  const root = new ICAL.Component(ICAL.parse(text));
  return root.getAllSubcomponents('vevent').map((event) => {
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    return new Date(start.toUnixTime() * 1000).toISOString().replace('.000', '');
  });
}

/**
 * The week around each change of 2026 and 2027: every half hour of the night (the changes of these
 * zones are at 00:00-04:00), every three hours of the day; and noon on the 1st and 15th of each month.
 */
function eventsAroundChanges(zone: string): { day: Day; hour: Hour }[] {
  const days = new Set<Day>();
  for (const change of offsetChanges(zone, Date.UTC(2026, 0, 1), Date.UTC(2028, 0, 1))) {
    const day = wallClockOf(change.at, zone).day;
    for (let i = -3; i <= 3; i++) days.add(addDays(day, i));
  }
  const events: { day: Day; hour: Hour }[] = [];
  for (const day of days) {
    for (let minutes = 0; minutes < 24 * 60; minutes += minutes < 5 * 60 || minutes >= 22 * 60 ? 30 : 180) {
      events.push({ day, hour: { hour: Math.floor(minutes / 60), minute: minutes % 60 } });
    }
  }
  for (const year of [2026, 2027]) {
    for (let month = 1; month <= 12; month++) {
      for (const date of [1, 15]) events.push({ day: `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`, hour: { hour: 12, minute: 0 } });
    }
  }
  return events;
}

const ZONES = ['Europe/Warsaw', 'Europe/Sofia', 'America/Santiago', 'Asia/Tehran', 'Asia/Yerevan', 'UTC'];

describe('vtimezone', () => {
  it('writes Warsaw 2026 as RFC 5545 3.6.5 has it: the offset at the start, then one onset a change', () => {
    expect(vtimezone('Europe/Warsaw', 2026, 2026).toString().split(CRLF)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Warsaw',
      'BEGIN:STANDARD',
      'DTSTART:20260101T000000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260329T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20261025T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('writes Santiago\'s changes at midnight, and its summer as DAYLIGHT (the southern one)', () => {
    const text = vtimezone('America/Santiago', 2026, 2026).toString();
    expect(text).toContain(['BEGIN:DAYLIGHT', 'DTSTART:20260101T000000', 'TZOFFSETFROM:-0300', 'TZOFFSETTO:-0300', 'END:DAYLIGHT'].join(CRLF));
    expect(text).toContain(['BEGIN:STANDARD', 'DTSTART:20260405T000000', 'TZOFFSETFROM:-0300', 'TZOFFSETTO:-0400', 'END:STANDARD'].join(CRLF));
    expect(text).toContain(['BEGIN:DAYLIGHT', 'DTSTART:20260906T000000', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0300', 'END:DAYLIGHT'].join(CRLF));
  });

  it('writes a zone that no longer changes as one STANDARD: Tehran since 2022, Yerevan since 2012', () => {
    for (const [zone, offset] of [['Asia/Tehran', '+0330'], ['Asia/Yerevan', '+0400'], ['UTC', '+0000']] as const) {
      const component = vtimezone(zone, 2026, 2030);
      expect(component.getAllSubcomponents().map((sub) => sub.name)).toEqual(['standard']);
      expect(component.toString()).toContain(['DTSTART:20260101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`].join(CRLF));
    }
    // Tehran's last summer time: the end of it is a change to standard time for good.
    const kinds = vtimezone('Asia/Tehran', 2021, 2023).getAllSubcomponents().map((sub) => `${sub.name} ${sub.getFirstPropertyValue('dtstart')?.toString()}`);
    expect(kinds).toEqual([
      'standard 2021-01-01T00:00:00',
      'daylight 2021-03-22T00:00:00',
      'standard 2021-09-22T00:00:00',
      'daylight 2022-03-22T00:00:00',
      'standard 2022-09-22T00:00:00',
    ]);
  });

  it('refuses years the wrong way round', () => {
    expect(() => vtimezone('UTC', 2027, 2026)).toThrow(RangeError);
  });

  it.each(ZONES)('%s: ical.js reads every event of the change weeks of 2026 and 2027 at the instant crm means', (zone) => {
    // Times that do not exist or happen twice are written otherwise (eventStart): not here.
    const events = eventsAroundChanges(zone).filter(({ day, hour }) => {
      const zoned = instantOf(day, hour, zone);
      return zoned.gapMinutes === 0 && !zoned.ambiguous;
    });
    expect(events.length).toBeGreaterThanOrEqual(48);
    const text = calendarText(zone, 2026, 2027, events);
    expect(startsRead(text)).toEqual(events.map(({ day, hour }) => instantOf(day, hour, zone).instant));
    expectFoldedLines(text);
  });

  it('reads the issue\'s example: 14:30 on the day Warsaw springs forward is 12:30 UTC', () => {
    const text = calendarText('Europe/Warsaw', 2026, 2026, [{ day: '2026-03-29', hour: { hour: 14, minute: 30 } }]);
    expect(text).toContain(`DTSTART;TZID=Europe/Warsaw:20260329T143000${CRLF}`);
    expect(startsRead(text)).toEqual(['2026-03-29T12:30:00Z']);
  });
});

describe('eventStart', () => {
  /** Events with eventStart's DTSTART, through ical.js's writer and parser. */
  function roundTrip(zone: string, events: { day: Day; hour: Hour }[]): { text: string; starts: string[] } {
    const calendar = new ICAL.Component('vcalendar');
    calendar.addPropertyWithValue('version', '2.0');
    calendar.addPropertyWithValue('prodid', '-//crm//test//EN');
    calendar.addSubcomponent(vtimezone(zone, 2026, 2027));
    events.forEach(({ day, hour }, i) => {
      const event = new ICAL.Event(new ICAL.Component('vevent'));
      event.uid = `${i}@crm`;
      event.startDate = eventStart(day, hour, zone);
      calendar.addSubcomponent(event.component);
    });
    const text = calendar.toString() + CRLF;
    return { text, starts: startsRead(text) };
  }

  it('writes a time that happens twice in UTC, at its first instant', () => {
    const { text, starts } = roundTrip('Europe/Warsaw', [
      { day: '2026-10-25', hour: { hour: 2, minute: 30 } },
      { day: '2027-10-31', hour: { hour: 2, minute: 0 } },
    ]);
    expect(text).toContain(`DTSTART:20261025T003000Z${CRLF}`);
    expect(starts).toEqual(['2026-10-25T00:30:00Z', '2027-10-31T00:00:00Z']);
  });

  it('writes a time the clocks skipped as the time after the gap, with the zone', () => {
    const { text, starts } = roundTrip('Europe/Warsaw', [{ day: '2026-03-29', hour: { hour: 2, minute: 30 } }]);
    expect(text).toContain(`DTSTART;TZID=Europe/Warsaw:20260329T033000${CRLF}`);
    expect(starts).toEqual(['2026-03-29T01:30:00Z']);
  });

  it.each(ZONES)('%s: every time of the change weeks, gaps and repeats included, reads back as instantOf says', (zone) => {
    const events = eventsAroundChanges(zone);
    const { text, starts } = roundTrip(zone, events);
    expect(starts).toEqual(events.map(({ day, hour }) => instantOf(day, hour, zone).instant));
    expectFoldedLines(text);
  });
});

describe('zonedTime', () => {
  /** The time as an event's DTEND line, as ical.js writes it. */
  const written = (instant: string, zone: string) => {
    const event = new ICAL.Event(new ICAL.Component('vevent'));
    event.endDate = zonedTime(instant, zone);
    return event.component.getFirstProperty('dtend')?.toICALString();
  };

  it.each([
    { instant: '2026-10-24T23:30:00Z', line: 'DTEND;TZID=Europe/Warsaw:20261025T013000' },
    // 02:30 happens twice: the first time and the second are both written in UTC.
    { instant: '2026-10-25T00:30:00Z', line: 'DTEND:20261025T003000Z' },
    { instant: '2026-10-25T01:30:00Z', line: 'DTEND:20261025T013000Z' },
    { instant: '2026-10-25T02:00:00Z', line: 'DTEND;TZID=Europe/Warsaw:20261025T030000' },
    { instant: '2026-03-29T01:00:00Z', line: 'DTEND;TZID=Europe/Warsaw:20260329T030000' },
  ])('writes $instant in Warsaw as $line', ({ instant, line }) => {
    expect(written(instant, 'Europe/Warsaw')).toBe(line);
  });
});

/** RFC 5545 3.1: CRLF line ends, at most 75 octets a line. */
function expectFoldedLines(text: string): void {
  expect(text.endsWith(CRLF)).toBe(true);
  for (const line of text.slice(0, -CRLF.length).split(CRLF)) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
}
