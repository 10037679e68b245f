// crm ics with hours (issue 14, item 4): dossiers filed with an hour are timed events in the
// binder's zone, read back by ical.js as a phone's calendar would, across the DST changes of 2026;
// --alarm rings before them; --utc writes them in UTC; untimed dossiers and promises are written as
// before, and no UID changes when a dossier gets an hour. Timed dossiers come in through a JSON
// export whose filedAt is set, as crm import takes it, and through crm file --at and crm move.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { ok, refused, seed } from './support.js';

const TODAY = '2026-03-23';
/** A fixed moment, so two runs write the same DTSTAMP and SEQUENCE. */
const AT_NINE = { env: { CRM_NOW: `${TODAY}T09:00` } };

interface Filing {
  handle: string;
  day: string;
  at: string | null;
  /** The UTC instant the event must start at; null for an all-day event. */
  utc: string | null;
}

const ZONES: { zone: string; filings: Filing[] }[] = [
  {
    zone: 'Europe/Warsaw',
    filings: [
      { handle: 'plain', day: '2026-03-27', at: null, utc: null },
      { handle: 'spring-sat', day: '2026-03-28', at: '14:30', utc: '2026-03-28T13:30:00Z' },
      { handle: 'spring-sun', day: '2026-03-29', at: '14:30', utc: '2026-03-29T12:30:00Z' },
      { handle: 'spring-mon', day: '2026-03-30', at: '09:00', utc: '2026-03-30T07:00:00Z' },
      { handle: 'fall-sat', day: '2026-10-24', at: '14:30', utc: '2026-10-24T12:30:00Z' },
      // 02:30 happens twice that night: the first.
      { handle: 'fall-twice', day: '2026-10-25', at: '02:30', utc: '2026-10-25T00:30:00Z' },
      { handle: 'fall-sun', day: '2026-10-25', at: '14:30', utc: '2026-10-25T13:30:00Z' },
      { handle: 'fall-mon', day: '2026-10-26', at: '09:00', utc: '2026-10-26T08:00:00Z' },
    ],
  },
  {
    // The south: summer time ends at midnight on 5 April and starts at midnight on 6 September.
    zone: 'America/Santiago',
    filings: [
      { handle: 'plain', day: '2026-04-03', at: null, utc: null },
      { handle: 'autumn-sat', day: '2026-04-04', at: '10:00', utc: '2026-04-04T13:00:00Z' },
      { handle: 'autumn-twice', day: '2026-04-04', at: '23:30', utc: '2026-04-05T02:30:00Z' },
      { handle: 'autumn-sun', day: '2026-04-05', at: '10:00', utc: '2026-04-05T14:00:00Z' },
      { handle: 'spring-sat', day: '2026-09-05', at: '10:00', utc: '2026-09-05T14:00:00Z' },
      { handle: 'spring-sun', day: '2026-09-06', at: '10:00', utc: '2026-09-06T13:00:00Z' },
    ],
  },
];

/** The feed through ical.js: its time zones and its events by UID. */
function parsed(text: string): { zones: string[]; events: Map<string, ICAL.Component> } {
  const root = new ICAL.Component(ICAL.parse(text));
  return {
    zones: root.getAllSubcomponents('vtimezone').map((zone) => String(zone.getFirstPropertyValue('tzid'))),
    events: new Map(root.getAllSubcomponents('vevent').map((event) => [String(event.getFirstPropertyValue('uid')), event])),
  };
}

/** The UTC instant of an event's DTSTART or DTEND, as ical.js reads it. */
function utcOf(event: ICAL.Component | undefined, property: 'dtstart' | 'dtend'): string {
  const time = event?.getFirstPropertyValue(property) as ICAL.Time;
  return new Date(time.toUnixTime() * 1000).toISOString().replace('.000', '');
}

/** The raw lines of the event with this UID, BEGIN:VEVENT to END:VEVENT, unfolded. */
function eventLines(text: string, uid: string): string[] {
  const lines = text.replace(/\r\n /g, '').split('\r\n');
  const begin = lines.indexOf(`UID:${uid}`) - 1;
  expect(lines[begin], uid).toBe('BEGIN:VEVENT');
  return lines.slice(begin, lines.indexOf('END:VEVENT', begin) + 1);
}

describe.each(ZONES)('crm ics in $zone', ({ zone, filings }) => {
  let source: Binder;
  let untimed: Binder;
  let timed: Binder;
  beforeAll(() => {
    source = tempBinder(TODAY);
    ok(source, ['config', 'timezone', zone]);
    for (const { handle } of filings) seed(source, handle, 'tomorrow', `Client ${handle}`);
    ok(source, ['promise', 'plain', 'send the price list', '--by', '2026-03-31']);
    const document = JSON.parse(ok(source, ['export'])) as { dossiers: { handle: string; filedOn: string | null; filedAt?: string | null }[] };
    // The same days twice: without hours (the feed as it was), and with them.
    const write = (name: string, withHours: boolean) => {
      for (const dossier of document.dossiers) {
        const filing = filings.find((f) => f.handle === dossier.handle) as Filing;
        dossier.filedOn = filing.day;
        dossier.filedAt = withHours ? filing.at : null;
      }
      const path = join(source.dir, name);
      writeFileSync(path, JSON.stringify(document));
      return path;
    };
    untimed = tempBinder(TODAY);
    ok(untimed, ['import', write('untimed.json', false)]);
    timed = tempBinder(TODAY);
    ok(timed, ['import', write('timed.json', true)]);
  });
  afterAll(() => {
    for (const binder of [source, untimed, timed]) binder.remove();
  });

  it('writes each filing with an hour at the right UTC instant, 15 minutes long, in the zone the file describes', () => {
    const text = ok(timed, ['ics'], AT_NINE);
    const { zones, events } = parsed(text);
    expect(zones).toEqual([zone]);
    expect(events.size).toBe(filings.length + 1);
    for (const { handle, day, at, utc } of filings) {
      const event = events.get(`dossier-${handle}@crm`);
      const start = event?.getFirstPropertyValue('dtstart') as ICAL.Time;
      if (utc === null) {
        expect(start.isDate, handle).toBe(true);
        expect(start.toString()).toBe(day);
        continue;
      }
      expect(start.isDate, handle).toBe(false);
      expect(utcOf(event, 'dtstart'), `${handle}: ${day} ${at} in ${zone}`).toBe(utc);
      expect(Date.parse(utcOf(event, 'dtend')) - Date.parse(utc), handle).toBe(15 * 60_000);
    }
    // The wall time as the user said it, where it names one instant only.
    const wall = filings.find((f) => f.handle.endsWith('-sun')) as Filing;
    expect(text).toContain(`\r\nDTSTART;TZID=${zone}:${wall.day.replace(/-/g, '')}T${(wall.at as string).replace(':', '')}00\r\n`);
  });

  it('keeps every UID of the feed without hours, and writes the untimed dossier and the promise byte for byte as before', () => {
    const before = ok(untimed, ['ics'], AT_NINE);
    const after = ok(timed, ['ics', '--alarm', '10m'], AT_NINE);
    const uids = [...parsed(after).events.keys()];
    expect(uids.sort()).toEqual([...parsed(before).events.keys()].sort());
    for (const { handle } of filings) expect(uids).toContain(`dossier-${handle}@crm`);
    const unchanged = uids.filter((uid) => uid.startsWith('promise-') || uid === 'dossier-plain@crm');
    expect(unchanged).toHaveLength(2);
    for (const uid of unchanged) expect(eventLines(after, uid)).toEqual(eventLines(before, uid));
    // Without hours the feed has no zone and no alarm, --alarm or not.
    expect(ok(untimed, ['ics', '--alarm', '10m'], AT_NINE)).toBe(before);
    expect(before).not.toMatch(/VTIMEZONE|VALARM|TZID/);
  });

  it('--alarm 10m rings ten minutes before each filing with an hour, and before nothing else', () => {
    const { events } = parsed(ok(timed, ['ics', '--alarm', '10m'], AT_NINE));
    for (const [uid, event] of events) {
      const alarms = event.getAllSubcomponents('valarm');
      const hasHour = (event.getFirstPropertyValue('dtstart') as ICAL.Time).isDate === false;
      expect(alarms, uid).toHaveLength(hasHour ? 1 : 0);
      if (!hasHour) continue;
      const alarm = alarms[0] as ICAL.Component;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarm.getFirstPropertyValue('description'))).toBe(String(event.getFirstPropertyValue('summary')));
      expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-600);
    }
    expect(ok(timed, ['ics', '--alarm', '1h30m'], AT_NINE)).toContain('\r\nTRIGGER:-PT1H30M\r\n');
  });

  it('--utc writes the same instants in UTC, with no VTIMEZONE', () => {
    const text = ok(timed, ['ics', '--utc'], AT_NINE);
    expect(text).not.toMatch(/VTIMEZONE|TZID/);
    const { events } = parsed(text);
    for (const { handle, utc } of filings) {
      if (utc === null) continue;
      expect(text).toContain(`\r\nDTSTART:${utc.replace(/[-:]/g, '')}\r\n`);
      expect(utcOf(events.get(`dossier-${handle}@crm`), 'dtstart')).toBe(utc);
    }
  });

  it('writes the same file whatever the time zone of the machine it runs on', () => {
    const here = ok(timed, ['ics', '--alarm', '10m'], AT_NINE);
    // Another zone is another process (cli.ts): the built CLI, spawned.
    const elsewhere = ok(timed, ['ics', '--alarm', '10m'], { env: { ...AT_NINE.env, TZ: 'Asia/Tokyo' } });
    // DTSTAMP is the moment CRM_NOW names on that machine's clock; the events are the same.
    const withoutStamps = (text: string) => text.replace(/\r\n(DTSTAMP|SEQUENCE):[^\r]*/g, '');
    expect(withoutStamps(elsewhere)).toBe(withoutStamps(here));
  });
});

describe('crm ics --alarm', () => {
  let binder: Binder;
  beforeAll(() => {
    binder = tempBinder(TODAY);
    seed(binder, 'acme', 'tomorrow', 'Anna Nowak');
  });
  afterAll(() => binder.remove());

  it.each(['0', 'soon', '25h', '-10m'])('refuses %s in one line that says what to type, and writes no file', (span) => {
    const file = join(binder.dir, `refused${span}.ics`);
    const { stderr } = refused(binder, ['ics', '--alarm', span, '-o', file]);
    expect(stderr).toMatch(/type it as 10m, 45m, 1h or 1h30m: crm ics --alarm 10m\n$/);
    expect(() => readFileSync(file)).toThrow();
  });

  it('writes the file with -o and says how many entries', () => {
    const file = join(binder.dir, 'written.ics');
    expect(ok(binder, ['ics', '--alarm', '10m', '-o', file])).toBe(`Wrote 1 calendar entry to ${file}.\n`);
    expect(readFileSync(file, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });
});

describe('crm ics after crm file --at and crm move with an hour', () => {
  let binder: Binder;
  beforeAll(() => {
    binder = tempBinder('2026-03-23');
    ok(binder, ['config', 'timezone', 'Europe/Warsaw']);
  });
  afterAll(() => binder.remove());

  it('keeps the UIDs of the feed made before the hours were given, and puts each at its instant', () => {
    seed(binder, 'acme', 'fri', 'Anna Nowak');
    seed(binder, 'petrova', 'fri', 'Ани Петрова');
    seed(binder, 'plain', 'fri', 'Jan Kowalski');
    const before = ok(binder, ['ics'], AT_NINE);
    // The Sunday the clocks go forward: 02:30 does not exist, so crm files it at 03:30.
    ok(binder, ['move', 'acme', '2026-03-29', '02:30', '--exact']);
    ok(binder, ['move', 'petrova', 'mon', '09:00']);
    // The Sunday they go back: 02:30 happens twice, and is the first.
    ok(binder, ['file', 'zolc', '2026-10-25', '--at', '02:30', '--exact', '--name', 'Łukasz Żółć']);
    const after = ok(binder, ['ics', '--alarm', '10m'], AT_NINE);
    const { zones, events } = parsed(after);
    expect(zones).toEqual(['Europe/Warsaw']);
    for (const uid of parsed(before).events.keys()) expect(events.has(uid), uid).toBe(true);
    expect(utcOf(events.get('dossier-acme@crm'), 'dtstart')).toBe('2026-03-29T01:30:00Z');
    expect(after).toContain('\r\nDTSTART;TZID=Europe/Warsaw:20260329T033000\r\n');
    expect(utcOf(events.get('dossier-petrova@crm'), 'dtstart')).toBe('2026-03-30T07:00:00Z');
    expect(utcOf(events.get('dossier-zolc@crm'), 'dtstart')).toBe('2026-10-25T00:30:00Z');
    expect(after).toContain('\r\nDTSTART:20261025T003000Z\r\nDTEND:20261025T004500Z\r\n');
    expect(eventLines(after, 'dossier-plain@crm')).toEqual(eventLines(before, 'dossier-plain@crm'));
    expect(after.match(/\r\nTRIGGER:-PT10M\r\n/g)).toHaveLength(3);
  });
});
