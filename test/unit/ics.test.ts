// crm ics: the ring as an iCalendar file. Every check of content reads the output back with
// ical.js's parser, as a calendar app would; the raw text is checked for what a parser forgives
// (line length in octets, CRLF, UTF-8 split across a fold).
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { dossier as dossierWith } from './dossiers.js';
import type { Dossier } from '../../src/binder/dossier.js';
import { instantOf } from '../../src/binder/zone.js';
import { CALL_MINUTES, binderCalendar, dossierUid, foldLine, promiseUid, type CalendarInput } from '../../src/exchange/ics.js';
import type { PromiseRecord } from '../../src/store/store.js';
import { ZONES, calendarDays, inZone } from './zones.js';

const STAMP = '2026-11-23T08:00:00Z';

function dossier(fields: Partial<Dossier> & { handle: string }): Dossier {
  return dossierWith({ name: 'Anna Nowak', filedOn: '2026-11-24', createdAt: '2026-01-05T10:00:00+01:00', ...fields });
}

let nextId = 1;
function promise(fields: Partial<PromiseRecord> & { handle: string; what: string }): PromiseRecord {
  return {
    id: nextId++,
    name: 'Anna Nowak',
    due: '2026-11-25',
    theirs: false,
    madeAt: '2026-11-20T14:30:00+01:00',
    keptAt: null,
    ...fields,
  };
}

function calendar(input: Partial<CalendarInput>): string {
  return binderCalendar({ dossiers: [], promises: [], stamp: STAMP, ...input });
}

interface ParsedEvent {
  uid: string;
  start: ICAL.Time;
  end: ICAL.Time;
  summary: string;
  description: string;
  categories: string[];
  event: ICAL.Component;
}

/** The text through ical.js's parser: the calendar and its events, in file order. */
function parse(text: string): { root: ICAL.Component; events: ParsedEvent[] } {
  const root = new ICAL.Component(ICAL.parse(text));
  const events = root.getAllSubcomponents('vevent').map((event) => ({
    uid: event.getFirstPropertyValue('uid') as string,
    start: event.getFirstPropertyValue('dtstart') as ICAL.Time,
    end: event.getFirstPropertyValue('dtend') as ICAL.Time,
    summary: event.getFirstPropertyValue('summary') as string,
    description: event.getFirstPropertyValue('description') as string,
    categories: event.getFirstProperty('categories')?.getValues() as string[],
    event,
  }));
  return { root, events };
}

function only<T>(items: T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

/** Checks the raw text as RFC 5545 3.1 has it, whatever a lenient parser would accept. */
function expectWellFormedLines(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const bytes = Buffer.from(text, 'utf8');
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] !== 0x0d || bytes[i + 1] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    expect(line.length, `line ${JSON.stringify(line.toString())}`).toBeLessThanOrEqual(75);
    // Decoding each physical line on its own fails if a fold cut a character's UTF-8 sequence.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(line)).not.toThrow();
    start = i + 2;
  }
}

describe('the calendar', () => {
  it('is a PUBLISH VCALENDAR named crm binder', () => {
    const { root, events } = parse(calendar({}));
    expect(root.name).toBe('vcalendar');
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toBe('-//crm//crm binder//EN');
    expect(root.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('crm binder');
    expect(events).toEqual([]);
  });

  it('begins and ends as RFC 5545 says, with CRLF after every line', () => {
    const text = calendar({ dossiers: [dossier({ handle: 'anna' })] });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//crm//crm binder//EN\r\n')).toBe(true);
    expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expectWellFormedLines(text);
  });

  it('is the same text for the same input, whatever order the input comes in', () => {
    const dossiers = [
      dossier({ handle: 'zofia', filedOn: '2026-11-24' }),
      dossier({ handle: 'adam', filedOn: '2026-11-30' }),
      dossier({ handle: 'anna', filedOn: '2026-11-24' }),
    ];
    const promises = [
      promise({ handle: 'zofia', what: 'b', due: '2026-11-25' }),
      promise({ handle: 'anna', what: 'a', due: '2026-11-26' }),
      promise({ handle: 'anna', what: 'c', due: '2026-11-25' }),
    ];
    const text = calendar({ dossiers, promises });
    expect(calendar({ dossiers: [...dossiers].reverse(), promises: [...promises].reverse() })).toBe(text);
    expect(calendar({ dossiers, promises })).toBe(text);
    expect(parse(text).events.map((event) => `${event.start.toString()} ${event.uid}`)).toEqual([
      `2026-11-24 ${dossierUid('anna')}`,
      `2026-11-24 ${dossierUid('zofia')}`,
      `2026-11-30 ${dossierUid('adam')}`,
      `2026-11-25 ${promiseUid(promises[2] as PromiseRecord)}`,
      `2026-11-25 ${promiseUid(promises[0] as PromiseRecord)}`,
      `2026-11-26 ${promiseUid(promises[1] as PromiseRecord)}`,
    ]);
  });

  it('rejects a stamp that is not a UTC instant', () => {
    for (const stamp of ['2026-11-23', '2026-11-23T08:00:00+01:00', '2026-11-23 08:00:00Z', 'now', '1969-12-31T23:59:59Z']) {
      expect(() => calendar({ stamp }), stamp).toThrow(RangeError);
    }
  });
});

describe('a filed dossier', () => {
  const anna = dossier({
    handle: 'nowak-a',
    name: 'Anna Nowak',
    company: 'Acme Sp. z o.o.',
    position: 'Head of purchasing',
    phone: '+48 600 100 200',
    email: 'anna@acme.pl',
    priority: 'A',
    tags: 'vip, warsaw, , vip',
    filedOn: '2026-11-24',
    lastContact: '2026-11-17T09:14:03+01:00',
    lastKind: 'call',
    lastOutcome: 'callback',
    lastNote: 'Asked for the price list; call back after the board meets.',
    offer: '120 licences at 40 PLN',
    notes: 'Prefers mornings',
  });

  it('is one all-day event on the day it is filed behind', () => {
    const event = only(parse(calendar({ dossiers: [anna] })).events);
    expect(event.uid).toBe('dossier-nowak-a@crm');
    expect(event.start.isDate).toBe(true);
    expect(event.start.toString()).toBe('2026-11-24');
    expect(event.end.isDate).toBe(true);
    expect(event.end.toString()).toBe('2026-11-25');
    expect(event.summary).toBe('[A] Call Anna Nowak (Acme Sp. z o.o.)');
    expect(event.categories).toEqual(['Priority A', 'vip', 'warsaw']);
    expect(event.event.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect((event.event.getFirstPropertyValue('dtstamp') as ICAL.Time).toString()).toBe('2026-11-23T08:00:00Z');
    expect(event.event.getFirstPropertyValue('sequence')).toBe(Date.parse(STAMP) / 60_000);
  });

  it('describes the client: phone, e-mail, last conversation, offer, handle and how to open it', () => {
    const event = only(parse(calendar({ dossiers: [anna] })).events);
    expect(event.description).toBe(
      [
        'Position: Head of purchasing',
        'Phone: +48 600 100 200',
        'E-mail: anna@acme.pl',
        'Last conversation: 2026-11-17 (call, callback)',
        'Asked for the price list; call back after the board meets.',
        'Offer: 120 licences at 40 PLN',
        'Notes: Prefers mornings',
        'Handle: nowak-a',
        'crm show nowak-a',
      ].join('\n'),
    );
  });

  it('leaves out what the card does not have', () => {
    const event = only(parse(calendar({ dossiers: [dossier({ handle: 'bare', name: 'Jan Kowalski', priority: 'C' })] })).events);
    expect(event.summary).toBe('[C] Call Jan Kowalski');
    expect(event.description).toBe('Handle: bare\ncrm show bare');
    expect(event.categories).toEqual(['Priority C']);
  });

  it('is left out when the dossier is closed (in the drawer)', () => {
    const { events } = parse(calendar({ dossiers: [dossier({ handle: 'closed', filedOn: null }), anna] }));
    expect(events.map((event) => event.uid)).toEqual(['dossier-nowak-a@crm']);
  });

  it('keeps its UID when the file is made again and when the dossier is refiled', () => {
    const before = only(parse(calendar({ dossiers: [anna], stamp: STAMP })).events);
    const later = only(parse(calendar({ dossiers: [anna], stamp: '2026-11-24T17:45:10Z' })).events);
    const refiled = only(parse(calendar({ dossiers: [{ ...anna, filedOn: '2027-01-04' }], stamp: '2026-11-24T17:46:00Z' })).events);
    expect(later.uid).toBe(before.uid);
    expect(refiled.uid).toBe(before.uid);
    expect(refiled.start.toString()).toBe('2027-01-04');
    expect(refiled.end.toString()).toBe('2027-01-05');
  });

  it('has a SEQUENCE and DTSTAMP that grow with every later file, so a re-import replaces the event', () => {
    const stamps = ['2026-11-23T08:00:00Z', '2026-11-23T08:00:59Z', '2026-11-23T08:01:00Z', '2027-03-01T00:00:00Z'];
    const versions = stamps.map((stamp) => only(parse(calendar({ dossiers: [anna], stamp })).events).event);
    const sequences = versions.map((event) => Number(event.getFirstPropertyValue('sequence')));
    const dtstamps = versions.map((event) => (event.getFirstPropertyValue('dtstamp') as ICAL.Time).toUnixTime());
    for (let i = 1; i < versions.length; i++) {
      const [sequence, previous] = [sequences[i] as number, sequences[i - 1] as number];
      // Newer, as iTIP orders versions: a higher SEQUENCE, or the same one and a later DTSTAMP.
      expect(sequence > previous || (sequence === previous && (dtstamps[i] as number) > (dtstamps[i - 1] as number))).toBe(true);
    }
    expect(sequences.every((sequence) => Number.isInteger(sequence) && sequence >= 0 && sequence < 2 ** 31)).toBe(true);
  });

  it.each([
    { handle: 'acme', uid: 'dossier-acme@crm' },
    { handle: 'nowak-a.2_b', uid: 'dossier-nowak-a.2_b@crm' },
    { handle: 'Acme', uid: 'dossier-%41cme@crm' },
    { handle: 'żółć', uid: 'dossier-%C5%BC%C3%B3%C5%82%C4%87@crm' },
    { handle: 'петрова', uid: 'dossier-%D0%BF%D0%B5%D1%82%D1%80%D0%BE%D0%B2%D0%B0@crm' },
    { handle: '山田', uid: 'dossier-%E5%B1%B1%E7%94%B0@crm' },
  ])('has an ASCII UID for the handle $handle', ({ handle, uid }) => {
    expect(dossierUid(handle)).toBe(uid);
    expect(only(parse(calendar({ dossiers: [dossier({ handle })] })).events).uid).toBe(uid);
  });

  it('has a UID apart from every other handle, even where UIDs are compared without case', () => {
    // ánna composed and decomposed are two handles to the binder, so two UIDs.
    const handles = ['anna', 'Anna', 'ANNA', 'anna.', 'anna-', 'anna_', '\u00e1nna', 'a\u0301nna', 'a41', 'A41'];
    const uids = handles.map((handle) => dossierUid(handle).toLowerCase());
    expect(new Set(uids).size).toBe(handles.length);
  });
});

describe('an open promise', () => {
  const ours = promise({ handle: 'nowak-a', what: 'send the price list', due: '2026-11-25' });
  const theirs = promise({ handle: 'nowak-a', what: 'send the signed contract', due: '2026-11-27', theirs: true });

  it('is one all-day event on its due day, saying who promised what', () => {
    const [a, b] = parse(calendar({ promises: [theirs, ours] })).events;
    expect(a?.summary).toBe('Promised Anna Nowak: send the price list');
    expect(a?.start.isDate).toBe(true);
    expect(a?.start.toString()).toBe('2026-11-25');
    expect(a?.end.toString()).toBe('2026-11-26');
    expect(a?.categories).toEqual(['Our promise']);
    expect(a?.description).toBe('Promised Anna Nowak:\nsend the price list\nMade: 2026-11-20\nHandle: nowak-a\ncrm show nowak-a');
    expect(a?.event.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(b?.summary).toBe('Anna Nowak promised: send the signed contract');
    expect(b?.start.toString()).toBe('2026-11-27');
    expect(b?.categories).toEqual(['Their promise']);
  });

  it('is left out once kept', () => {
    const kept = { ...ours, keptAt: '2026-11-24T10:00:00+01:00' };
    expect(parse(calendar({ promises: [kept, theirs] })).events.map((event) => event.uid)).toEqual([promiseUid(theirs)]);
  });

  it('has a UID from who, when made and what: not its database id, not the stamp', () => {
    const uid = only(parse(calendar({ promises: [ours] })).events).uid;
    expect(uid).toMatch(/^promise-[0-9a-f]{24}@crm$/);
    const reimported = { ...ours, id: ours.id + 1000 };
    expect(only(parse(calendar({ promises: [reimported], stamp: '2027-01-02T03:04:05Z' })).events).uid).toBe(uid);
    expect(only(parse(calendar({ promises: [{ ...ours, due: '2026-12-01' }] })).events).uid).toBe(uid);
    expect(promiseUid({ ...ours, what: 'send the price list again' })).not.toBe(uid);
    expect(promiseUid({ ...ours, madeAt: '2026-11-20T14:31:00+01:00' })).not.toBe(uid);
    expect(promiseUid({ ...ours, handle: 'nowak-b' })).not.toBe(uid);
    // The fields are kept apart: moving text from one to the next is another promise.
    expect(promiseUid({ handle: 'ab', madeAt: 'c', what: 'd' })).not.toBe(promiseUid({ handle: 'a', madeAt: 'bc', what: 'd' }));
  });

  it('puts a what with line breaks on one line in the title and whole in the description', () => {
    const event = only(parse(calendar({ promises: [promise({ handle: 'x', what: 'send:\n- the price list\n- the deck' })] })).events);
    expect(event.summary).toBe('Promised Anna Nowak: send: - the price list - the deck');
    expect(event.description).toContain('\nsend:\n- the price list\n- the deck\n');
  });
});

/** The UTC instant an ical.js time names, as ISO text to the second. */
function utcOf(time: ICAL.Time): string {
  return new Date(time.toUnixTime() * 1000).toISOString().replace('.000', '');
}

/** The raw lines of the event with this UID, unfolded, BEGIN:VEVENT to END:VEVENT. */
function eventLines(text: string, uid: string): string[] {
  const lines = text.replace(/\r\n /g, '').split('\r\n');
  const begin = lines.findIndex((line, i) => line === 'BEGIN:VEVENT' && lines[i + 1] === `UID:${uid}`);
  expect(begin, uid).toBeGreaterThanOrEqual(0);
  return lines.slice(begin, lines.indexOf('END:VEVENT', begin) + 1);
}

describe('a dossier filed with an hour', () => {
  const WARSAW = 'Europe/Warsaw';
  const timed = (handle: string, filedOn: string, filedAt: string, fields: Partial<Dossier> = {}) => dossier({ handle, filedOn, filedAt, ...fields });

  it('is a 15-minute event at its hour in the binder\'s zone, with the zone\'s VTIMEZONE', () => {
    const text = calendar({ dossiers: [timed('anna', '2026-11-24', '14:30')], zone: WARSAW });
    expectWellFormedLines(text);
    expect(text).toContain('\r\nDTSTART;TZID=Europe/Warsaw:20261124T143000\r\nDTEND;TZID=Europe/Warsaw:20261124T144500\r\n');
    const { root, events } = parse(text);
    const event = only(events);
    expect(event.start.isDate).toBe(false);
    expect(utcOf(event.start)).toBe('2026-11-24T13:30:00Z');
    expect(utcOf(event.end)).toBe('2026-11-24T13:45:00Z');
    expect(CALL_MINUTES).toBe(15);
    expect(event.uid).toBe('dossier-anna@crm');
    expect(event.summary).toBe('[B] Call Anna Nowak');
    // An hour agreed with the client is an appointment.
    expect(event.event.getFirstPropertyValue('transp')).toBe('OPAQUE');
    const zone = only(root.getAllSubcomponents('vtimezone'));
    expect(zone.getFirstPropertyValue('tzid')).toBe(WARSAW);
    // The VTIMEZONE comes before the events that name it.
    expect(text.indexOf('BEGIN:VTIMEZONE')).toBeLessThan(text.indexOf('BEGIN:VEVENT'));
  });

  // The DST change weeks of 2026: the instant is written out here, not computed, so a wrong zone
  // rule in crm or in the VTIMEZONE shows. Santiago's changes are at midnight, in the southern autumn and spring.
  it.each([
    { zone: WARSAW, day: '2026-03-28', at: '14:30', utc: '2026-03-28T13:30:00Z', written: 'TZID=Europe/Warsaw:20260328T143000' },
    { zone: WARSAW, day: '2026-03-29', at: '01:30', utc: '2026-03-29T00:30:00Z', written: 'TZID=Europe/Warsaw:20260329T013000' },
    // 02:30 did not happen that night: the time after the gap.
    { zone: WARSAW, day: '2026-03-29', at: '02:30', utc: '2026-03-29T01:30:00Z', written: 'TZID=Europe/Warsaw:20260329T033000' },
    { zone: WARSAW, day: '2026-03-29', at: '03:30', utc: '2026-03-29T01:30:00Z', written: 'TZID=Europe/Warsaw:20260329T033000' },
    { zone: WARSAW, day: '2026-03-29', at: '14:30', utc: '2026-03-29T12:30:00Z', written: 'TZID=Europe/Warsaw:20260329T143000' },
    { zone: WARSAW, day: '2026-03-30', at: '09:00', utc: '2026-03-30T07:00:00Z', written: 'TZID=Europe/Warsaw:20260330T090000' },
    { zone: WARSAW, day: '2026-10-24', at: '14:30', utc: '2026-10-24T12:30:00Z', written: 'TZID=Europe/Warsaw:20261024T143000' },
    { zone: WARSAW, day: '2026-10-25', at: '01:30', utc: '2026-10-24T23:30:00Z', written: 'TZID=Europe/Warsaw:20261025T013000' },
    // 02:30 happened twice that night: the first, in UTC (ical.js would read a TZID time as the second).
    { zone: WARSAW, day: '2026-10-25', at: '02:30', utc: '2026-10-25T00:30:00Z', written: ':20261025T003000Z' },
    { zone: WARSAW, day: '2026-10-25', at: '03:00', utc: '2026-10-25T02:00:00Z', written: 'TZID=Europe/Warsaw:20261025T030000' },
    { zone: WARSAW, day: '2026-10-25', at: '14:30', utc: '2026-10-25T13:30:00Z', written: 'TZID=Europe/Warsaw:20261025T143000' },
    { zone: WARSAW, day: '2026-10-26', at: '09:00', utc: '2026-10-26T08:00:00Z', written: 'TZID=Europe/Warsaw:20261026T090000' },
    { zone: 'America/Santiago', day: '2026-04-04', at: '10:00', utc: '2026-04-04T13:00:00Z', written: 'TZID=America/Santiago:20260404T100000' },
    { zone: 'America/Santiago', day: '2026-04-04', at: '23:30', utc: '2026-04-05T02:30:00Z', written: ':20260405T023000Z' },
    { zone: 'America/Santiago', day: '2026-04-05', at: '10:00', utc: '2026-04-05T14:00:00Z', written: 'TZID=America/Santiago:20260405T100000' },
    { zone: 'America/Santiago', day: '2026-09-05', at: '10:00', utc: '2026-09-05T14:00:00Z', written: 'TZID=America/Santiago:20260905T100000' },
    { zone: 'America/Santiago', day: '2026-09-06', at: '00:30', utc: '2026-09-06T04:30:00Z', written: 'TZID=America/Santiago:20260906T013000' },
    { zone: 'America/Santiago', day: '2026-09-06', at: '10:00', utc: '2026-09-06T13:00:00Z', written: 'TZID=America/Santiago:20260906T100000' },
  ])('$zone $day $at is read by ical.js as $utc', ({ zone, day, at, utc, written }) => {
    const text = calendar({ dossiers: [timed('x', day, at)], zone, today: '2026-01-05' });
    expect(text).toContain(`\r\nDTSTART${written.startsWith(':') ? '' : ';'}${written}\r\n`);
    const event = only(parse(text).events);
    expect(utcOf(event.start)).toBe(utc);
    expect(Date.parse(utcOf(event.end)) - Date.parse(utc)).toBe(CALL_MINUTES * 60_000);
    // In UTC when asked, at the same instant, and then with no VTIMEZONE.
    const inUtc = calendar({ dossiers: [timed('x', day, at)], zone, today: '2026-01-05', utc: true });
    expect(inUtc).not.toContain('TZID');
    expect(inUtc).not.toContain('VTIMEZONE');
    expect(inUtc).toContain(`\r\nDTSTART:${utc.replace(/[-:]/g, '')}\r\n`);
    expect(utcOf(only(parse(inUtc).events).start)).toBe(utc);
  });

  it('puts every hour of the change weeks at the instant crm means, ends included', () => {
    for (const zone of [WARSAW, 'America/Santiago']) {
      const dossiers: Dossier[] = [];
      for (const day of ['2026-03-28', '2026-03-29', '2026-03-30', '2026-04-04', '2026-04-05', '2026-09-05', '2026-09-06', '2026-10-24', '2026-10-25', '2026-10-26']) {
        for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
          const at = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
          dossiers.push(timed(`${day}-${at.replace(':', '')}`, day, at));
        }
      }
      const text = calendar({ dossiers, zone });
      expectWellFormedLines(text);
      const events = parse(text).events;
      expect(events).toHaveLength(dossiers.length);
      for (const event of events) {
        const source = dossiers.find((d) => dossierUid(d.handle) === event.uid) as Dossier & { filedOn: string; filedAt: string };
        const [hour, minute] = source.filedAt.split(':').map(Number) as [number, number];
        const meant = instantOf(source.filedOn, { hour, minute }, zone).instant;
        expect(utcOf(event.start), `${zone} ${source.filedOn} ${source.filedAt}`).toBe(meant);
        expect(Date.parse(utcOf(event.end)) - Date.parse(meant), `${zone} ${source.filedOn} ${source.filedAt} end`).toBe(CALL_MINUTES * 60_000);
      }
    }
  });

  it('has a VTIMEZONE for every year a time falls in, the end of a New Year\'s Eve call included', () => {
    const text = calendar({ dossiers: [timed('a', '2026-12-31', '23:50'), timed('b', '2026-06-01', '10:00')], zone: WARSAW });
    expect(text).toContain('\r\nDTEND;TZID=Europe/Warsaw:20270101T000500\r\n');
    const onsets = only(parse(text).root.getAllSubcomponents('vtimezone'))
      .getAllSubcomponents()
      .map((observance) => String(observance.getFirstPropertyValue('dtstart')));
    expect(onsets).toEqual(['2026-01-01T00:00:00', '2026-03-29T02:00:00', '2026-10-25T03:00:00', '2027-03-28T02:00:00', '2027-10-31T03:00:00']);
    expect(utcOf(parse(text).events[1]?.end as ICAL.Time)).toBe('2026-12-31T23:05:00Z');
  });

  it('keeps the UID it had without an hour, and leaves every other event exactly as it was', () => {
    const plain = dossier({ handle: 'plain', filedOn: '2026-11-25' });
    const owed = promise({ handle: 'plain', what: 'send the price list' });
    const before = calendar({ dossiers: [plain, dossier({ handle: 'anna', filedOn: '2026-11-24' })], promises: [owed], zone: WARSAW });
    const after = calendar({ dossiers: [plain, timed('anna', '2026-11-24', '09:00')], promises: [owed], zone: WARSAW, alarmMinutes: 10 });
    expect(parse(after).events.map((event) => event.uid)).toEqual(parse(before).events.map((event) => event.uid));
    for (const uid of [dossierUid('plain'), promiseUid(owed)]) expect(eventLines(after, uid)).toEqual(eventLines(before, uid));
  });

  it('gives a binder without hours the text it always had: no VTIMEZONE, no alarm, whatever the zone', () => {
    const dossiers = [dossier({ handle: 'anna', filedOn: '2026-11-24', tags: 'vip' }), dossier({ handle: 'late', filedOn: '2026-11-20' })];
    const text = calendar({ dossiers, today: '2026-11-23', zone: WARSAW, alarmMinutes: 10 });
    expect(text).toBe(calendar({ dossiers, today: '2026-11-23' }));
    expect(text).toBe(calendar({ dossiers, today: '2026-11-23', zone: 'America/Santiago', utc: true }));
    expect(eventLines(text, dossierUid('anna'))).toEqual([
      'BEGIN:VEVENT',
      'UID:dossier-anna@crm',
      'DTSTAMP:20261123T080000Z',
      'DTSTART;VALUE=DATE:20261124',
      'DTEND;VALUE=DATE:20261125',
      `SEQUENCE:${Date.parse(STAMP) / 60_000}`,
      'SUMMARY:[B] Call Anna Nowak',
      'DESCRIPTION:Handle: anna\\ncrm show anna',
      'CATEGORIES:Priority B,vip',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]);
    expect(text).not.toMatch(/VTIMEZONE|VALARM|TZID/);
  });

  it('is the same text for the same input, whatever order the input comes in', () => {
    const dossiers = [timed('b', '2026-10-25', '02:30'), dossier({ handle: 'a', filedOn: '2026-10-25' }), timed('c', '2027-03-01', '10:00')];
    const text = calendar({ dossiers, zone: WARSAW, alarmMinutes: 10 });
    expect(calendar({ dossiers: [...dossiers].reverse(), zone: WARSAW, alarmMinutes: 10 })).toBe(text);
  });

  it('is an all-day event on today when overdue, its hour in the description', () => {
    const text = calendar({ dossiers: [timed('anna', '2026-11-20', '09:00')], zone: WARSAW, today: '2026-11-23', alarmMinutes: 10 });
    const event = only(parse(text).events);
    expect(event.start.isDate).toBe(true);
    expect(event.start.toString()).toBe('2026-11-23');
    expect(event.description).toBe('Overdue: filed for 2026-11-20 09:00, 3 days ago.\nHandle: anna\ncrm show anna');
    expect(event.event.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
    expect(event.event.getAllSubcomponents('valarm')).toEqual([]);
    expect(text).not.toContain('VTIMEZONE');
  });

  it('stays at its hour on today, even when that hour has passed: the feed does not depend on the clock', () => {
    const event = only(parse(calendar({ dossiers: [timed('anna', '2026-11-23', '07:00')], zone: WARSAW, today: '2026-11-23' })).events);
    expect(utcOf(event.start)).toBe('2026-11-23T06:00:00Z');
  });

  it('refuses an hour that is not HH:MM', () => {
    expect(() => calendar({ dossiers: [timed('anna', '2026-11-24', '9:00')], zone: WARSAW })).toThrow(RangeError);
  });
});

describe('the alarm', () => {
  const WARSAW = 'Europe/Warsaw';
  const alarmsOf = (event: ParsedEvent) =>
    event.event.getAllSubcomponents('valarm').map((alarm) => ({
      action: alarm.getFirstPropertyValue('action'),
      description: alarm.getFirstPropertyValue('description'),
      seconds: (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
    }));

  it.each([
    { minutes: 10, trigger: '-PT10M' },
    { minutes: 1, trigger: '-PT1M' },
    { minutes: 90, trigger: '-PT1H30M' },
    { minutes: 24 * 60, trigger: '-P1D' },
  ])('rings $minutes minutes before each event with an hour: TRIGGER:$trigger', ({ minutes, trigger }) => {
    const dossiers = [dossier({ handle: 'anna', filedOn: '2026-10-25', filedAt: '02:30', company: 'Acme' }), dossier({ handle: 'jan', name: 'Jan Kowalski', filedOn: '2026-10-25', filedAt: '14:00' })];
    const text = calendar({ dossiers, zone: WARSAW, alarmMinutes: minutes });
    expectWellFormedLines(text);
    expect(eventLines(text, dossierUid('jan')).slice(-7)).toEqual([
      'TRANSP:OPAQUE',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:[B] Call Jan Kowalski',
      `TRIGGER:${trigger}`,
      'END:VALARM',
      'END:VEVENT',
    ]);
    const [anna, jan] = parse(text).events as [ParsedEvent, ParsedEvent];
    expect(alarmsOf(anna)).toEqual([{ action: 'DISPLAY', description: '[B] Call Anna Nowak (Acme)', seconds: -minutes * 60 }]);
    expect(alarmsOf(jan)).toEqual([{ action: 'DISPLAY', description: '[B] Call Jan Kowalski', seconds: -minutes * 60 }]);
    // Relative to the start: the instant it rings, as an app works it out.
    const rings = (event: ParsedEvent) => new Date((event.start.toUnixTime() - minutes * 60) * 1000).toISOString();
    expect(rings(jan)).toBe(new Date(Date.parse('2026-10-25T13:00:00Z') - minutes * 60_000).toISOString());
  });

  it('is on no all-day event: a dossier without an hour, a promise', () => {
    const text = calendar({
      dossiers: [dossier({ handle: 'plain', filedOn: '2026-11-24' }), dossier({ handle: 'timed', filedOn: '2026-11-24', filedAt: '10:00' })],
      promises: [promise({ handle: 'plain', what: 'send the price list' })],
      zone: WARSAW,
      alarmMinutes: 10,
    });
    expect(parse(text).events.map((event) => [event.uid, alarmsOf(event).length])).toEqual([
      [dossierUid('plain'), 0],
      [dossierUid('timed'), 1],
      [promiseUid(promise({ handle: 'plain', what: 'send the price list' })), 0],
    ]);
  });

  it('is not there unless asked for', () => {
    const text = calendar({ dossiers: [dossier({ handle: 'timed', filedOn: '2026-11-24', filedAt: '10:00' })], zone: WARSAW });
    expect(text).not.toContain('VALARM');
  });
});

// Text as typed, in the scripts the binder's clients write in, with every character iCalendar
// escapes. The parser must give back exactly what went in.
const TEXTS = [
  { script: 'escapes', text: 'a, b; c\\d\\\\e \\n is not a newline,\nthis is; and \\, too\n\nend\\' },
  { script: 'Polish', text: 'Łukasz Żółć: zadzwonić w środę, po 10:00; oferta — 15% rabatu.' },
  { script: 'Bulgarian', text: 'Ани Петрова: „Обадете се в четвъртък“, каза; цена 1\u00a0200 лв.' },
  { script: 'Armenian', text: 'Արամ Պետրոսյան. զանգահարել երկուշաբթի, գինը՝ 500 դրամ;' },
  { script: 'Persian with ZWNJ', text: 'می\u200cخواهم با شما صحبت کنم، لطفاً; فردا\u200cها تماس بگیرید' },
  { script: 'CJK', text: '山田太郎様：来週の月曜日、午前中に電話；見積書を送付済み。' },
  { script: 'emoji', text: 'Deal 🤝 closed 🎉; team 👩‍👩‍👧‍👦, flag 🇵🇱, skin 👍🏽\nnext: ☕' },
];

describe('text', () => {
  it.each(TEXTS)('$script comes back exactly in SUMMARY, DESCRIPTION and CATEGORIES', ({ text }) => {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    const client = dossier({ handle: 'x', name: oneLine, company: null, lastContact: '2026-11-02T10:00:00+01:00', lastNote: text, tags: oneLine.replace(/,/g, ' ') });
    const theirs = promise({ handle: 'x', name: oneLine, what: text, theirs: true });
    const output = calendar({ dossiers: [client], promises: [theirs] });
    expectWellFormedLines(output);
    const [card, promised] = parse(output).events;
    expect(card?.summary).toBe(`[B] Call ${oneLine}`);
    expect(card?.description).toBe(`Last conversation: 2026-11-02\n${text}\nHandle: x\ncrm show x`);
    expect(card?.categories).toEqual(['Priority B', oneLine.replace(/,/g, ' ')]);
    expect(promised?.summary).toBe(`${oneLine} promised: ${oneLine}`);
    expect(promised?.description).toBe(`${oneLine} promised:\n${text}\nMade: 2026-11-20\nHandle: x\ncrm show x`);
  });

  it('escapes as RFC 5545 3.3.11 has it in the raw text', () => {
    const output = calendar({ dossiers: [dossier({ handle: 'x', lastContact: '2026-11-02T10:00:00+01:00', lastNote: 'a,b;c\\d\ne' })] });
    const unfolded = output.replace(/\r\n /g, '');
    expect(unfolded).toContain('\r\nDESCRIPTION:Last conversation: 2026-11-02\\na\\,b\\;c\\\\d\\ne\\nHandle: x\\ncrm show x\r\n');
  });

  it('makes CR LF and CR line breaks LF and leaves out other control characters', () => {
    const note = 'one\r\ntwo\rthree\u0000\u0007\u001b[0m\u007f\tfour';
    const event = only(parse(calendar({ dossiers: [dossier({ handle: 'x', lastContact: '2026-11-02T10:00:00+01:00', lastNote: note })] })).events);
    expect(event.description).toBe('Last conversation: 2026-11-02\none\ntwo\nthree[0m\tfour\nHandle: x\ncrm show x');
  });

  it.each([
    { script: 'Cyrillic', unit: 'Щ' },
    { script: 'CJK', unit: '漢' },
    { script: 'emoji', unit: '😀' },
    { script: 'emoji ZWJ sequence', unit: '👩‍👩‍👧‍👦' },
    { script: 'Persian with ZWNJ', unit: 'می\u200cشود ' },
    { script: 'mixed', unit: 'aЩ漢😀' },
  ])('folds a long $script description at 75 octets without cutting a character', ({ unit }) => {
    for (const shift of ['', 'a', 'ab', 'abc']) {
      const note = shift + unit.repeat(400);
      const output = calendar({ dossiers: [dossier({ handle: 'x', lastContact: '2026-11-02T10:00:00+01:00', lastNote: note })] });
      expectWellFormedLines(output);
      expect(output.split('\r\n').length).toBeGreaterThan(20);
      expect(only(parse(output).events).description).toBe(`Last conversation: 2026-11-02\n${note}\nHandle: x\ncrm show x`);
    }
  });
});

describe('foldLine', () => {
  it.each([
    { line: '', folded: '' },
    { line: 'x'.repeat(75), folded: 'x'.repeat(75) },
    { line: 'x'.repeat(76), folded: `${'x'.repeat(75)}\r\n x` },
    { line: 'x'.repeat(75 + 74), folded: `${'x'.repeat(75)}\r\n ${'x'.repeat(74)}` },
    { line: 'x'.repeat(75 + 75), folded: `${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x` },
    // 73 octets and a two-octet letter fill the line; 74 and one would not fit.
    { line: `${'x'.repeat(73)}Щ`, folded: `${'x'.repeat(73)}Щ` },
    { line: `${'x'.repeat(74)}Щ`, folded: `${'x'.repeat(74)}\r\n Щ` },
    { line: `${'x'.repeat(72)}😀`, folded: `${'x'.repeat(72)}\r\n 😀` },
    { line: `${'x'.repeat(71)}😀y`, folded: `${'x'.repeat(71)}😀\r\n y` },
  ])('folds $line.length UTF-16 units as RFC 5545 3.1 has it', ({ line, folded }) => {
    expect(foldLine(line)).toBe(folded);
    for (const physical of folded.split('\r\n')) expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
  });
});

// DTEND is the next calendar date whatever the zone the CLI runs in: month and year ends, leap
// days, and dates whose local midnight some zone skipped or doubled.
describe.each(ZONES)('all-day dates with TZ=%s', (zone) => {
  inZone(zone);

  it.each([
    { day: '2026-11-24', next: '2026-11-25' },
    { day: '2026-11-30', next: '2026-12-01' },
    { day: '2026-12-31', next: '2027-01-01' },
    { day: '2026-02-28', next: '2026-03-01' },
    { day: '2028-02-28', next: '2028-02-29' },
    { day: '2028-02-29', next: '2028-03-01' },
    { day: '2100-02-28', next: '2100-03-01' }, // not a leap year
    { day: '2000-02-28', next: '2000-02-29' }, // a leap year
    { day: '2026-03-28', next: '2026-03-29' }, // Warsaw springs forward on the 29th
    { day: '2026-03-29', next: '2026-03-30' },
    { day: '2026-10-25', next: '2026-10-26' }, // Warsaw falls back
    { day: '2026-09-05', next: '2026-09-06' }, // Santiago has no 00:00 on the 6th
    { day: '2026-04-04', next: '2026-04-05' }, // Santiago falls back on the 5th
    { day: '2018-11-03', next: '2018-11-04' }, // Sao Paulo had no 00:00 on the 4th
    { day: '2021-03-21', next: '2021-03-22' }, // Tehran had no 00:00 on the 22nd
    { day: '2011-12-29', next: '2011-12-30' }, // Apia skipped the 30th
    { day: '2011-12-30', next: '2011-12-31' },
  ])('$day ends on $next', ({ day, next }) => {
    const output = calendar({
      dossiers: [dossier({ handle: 'x', filedOn: day })],
      promises: [promise({ handle: 'x', what: 'call back', due: day })],
    });
    for (const event of parse(output).events) {
      expect(event.start.isDate).toBe(true);
      expect(event.start.toString()).toBe(day);
      expect(event.end.isDate).toBe(true);
      expect(event.end.toString()).toBe(next);
    }
    expect(output).toContain(`\r\nDTSTART;VALUE=DATE:${day.replace(/-/g, '')}\r\nDTEND;VALUE=DATE:${next.replace(/-/g, '')}\r\n`);
  });

  it('gives every day of 2026-2028 the next day as its end, as the UTC calendar counts', () => {
    const days = calendarDays('2026-01-01', '2029-01-01');
    const dossiers = days.slice(0, -1).map((day, i) => dossier({ handle: `d${String(i).padStart(4, '0')}`, filedOn: day }));
    const events = parse(calendar({ dossiers })).events;
    expect(events.map((event) => event.start.toString())).toEqual(days.slice(0, -1));
    expect(events.map((event) => event.end.toString())).toEqual(days.slice(1));
  });
});
