// The ring as an iCalendar file (RFC 5545) that a calendar app imports or subscribes to: one
// event per filed dossier on the day it is filed behind, one all-day event per open promise on its
// due day. ical.js builds and escapes every property; the lines are folded here (see foldLine).
//
// Design of the hours (issue 14, item 4), for the owner:
// - A dossier filed with an hour (filedAt) is a timed event of CALL_MINUTES, written in the
//   binder's zone with its VTIMEZONE (vtimezone.ts), or in UTC when asked (`utc`), and in UTC
//   anyway for a wall time that happens twice. DTEND rather than DURATION: every app reads DTEND.
// - A timed event is OPAQUE: an hour agreed with a client is an appointment, unlike a day's
//   reminder to call, which stays TRANSPARENT.
// - An overdue dossier (filed on a past day) is an all-day event on today as before, its hour
//   named in the description: a past hour put on today would be a time no one agreed to.
// - The alarm (VALARM, `alarmMinutes` before) is on timed events only. An all-day event starts at
//   midnight, so "10 minutes before" rings at 23:50 the night before; any fixed hour instead would
//   be a guess at the rep's day and ring for the whole day's stack at once, which is crm today's job.
// - A binder without hours gives the same bytes as before: no VTIMEZONE, the same events.
import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { addDays, byText, daysBetween, parseDay, type Day } from '../binder/day.js';
import type { Dossier } from '../binder/dossier.js';
import { storedHour } from '../binder/hours.js';
import { instantOf } from '../binder/zone.js';
import type { PromiseRecord } from '../store/store.js';
import { utcTime, vtimezone, zonedTime } from './vtimezone.js';

export interface CalendarInput {
  /** Only those with filedOn !== null (the ring, not the drawer) get an event. */
  dossiers: Dossier[];
  /** Only open ones (keptAt === null) get an event. */
  promises: PromiseRecord[];
  /** When the file is made, as an ISO UTC instant, e.g. '2026-11-23T08:00:00Z' (DTSTAMP). */
  stamp: string;
  /**
   * Today: what is overdue (a dossier filed on a past date, a promise past its day) is shown on
   * today, as in today's stack, rather than on a past day where no one looks.
   */
  today?: Day;
  /** The binder's time zone (IANA), in which a dossier's filedAt is read; UTC when not given. */
  zone?: string;
  /** Write timed events in UTC, with no VTIMEZONE, rather than in `zone`. */
  utc?: boolean;
  /** Minutes before a timed event at which a VALARM rings; none when not given. */
  alarmMinutes?: number;
}

export const PRODID = '-//crm//crm binder//EN';
export const CALENDAR_NAME = 'crm binder';

/** RFC 5545 3.1: a content line SHOULD NOT be longer than 75 octets, excluding the line break. */
const LINE_OCTETS = 75;
const CRLF = '\r\n';

/** How long a timed event lasts: a call, not the rest of the afternoon. */
export const CALL_MINUTES = 15;

/**
 * The binder's ring as an iCalendar (RFC 5545) text with CRLF line ends. The same input gives the
 * same text: dossiers in filedOn then handle order, then promises in due then handle order.
 */
export function binderCalendar(input: CalendarInput): string {
  const stamp = stampTime(input.stamp);
  const sequence = sequenceOf(input.stamp);

  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', CALENDAR_NAME);

  const filed = input.dossiers
    .filter((dossier): dossier is Dossier & { filedOn: Day } => dossier.filedOn !== null)
    .sort((a, b) => byText(a.filedOn, b.filedOn) || byText(a.handle, b.handle));
  const late = (day: Day) => input.today !== undefined && day < input.today;
  const lateLine = (day: Day, what: string, hour: string | null = null) => `${what} ${day}${hour === null ? '' : ` ${hour}`}, ${daysBetween(day, input.today as Day)} days ago.\n`;
  const zone = input.zone ?? 'UTC';
  const dossierEvents = filed.map((dossier) => {
    const summary = dossierSummary(dossier);
    const fields = {
      uid: dossierUid(dossier.handle),
      summary,
      categories: [`Priority ${dossier.priority}`, ...tagsOf(dossier.tags)],
      stamp,
      sequence,
    };
    if (late(dossier.filedOn)) {
      return calendarEvent({ ...fields, when: input.today as Day, description: lateLine(dossier.filedOn, 'Overdue: filed for', dossier.filedAt) + dossierDescription(dossier) });
    }
    const when = dossier.filedAt === null ? dossier.filedOn : timeOf(dossier.filedOn, dossier.filedAt, zone, input.utc === true);
    const alarm = typeof when !== 'string' && input.alarmMinutes !== undefined ? { minutes: input.alarmMinutes, text: summary } : undefined;
    return calendarEvent({ ...fields, when, description: dossierDescription(dossier), ...(alarm && { alarm }) });
  });

  // The zone's rules for every year a time written in it falls in (ends included): none without one.
  const zonedYears = dossierEvents.flatMap(({ times }) => times.filter((time) => time.zone !== ICAL.Timezone.utcTimezone).map((time) => time.year));
  if (zonedYears.length > 0) calendar.addSubcomponent(vtimezone(zone, Math.min(...zonedYears), Math.max(...zonedYears)));
  for (const { component } of dossierEvents) calendar.addSubcomponent(component);

  const open = input.promises
    .filter((promise) => promise.keptAt === null)
    .sort((a, b) => byText(a.due, b.due) || byText(a.handle, b.handle) || byText(a.madeAt, b.madeAt) || byText(a.what, b.what));
  for (const promise of open) {
    calendar.addSubcomponent(
      calendarEvent({
        uid: promiseUid(promise),
        when: late(promise.due) ? (input.today as Day) : promise.due,
        summary: promiseSummary(promise),
        description: (late(promise.due) ? lateLine(promise.due, 'Broken: due') : '') + promiseDescription(promise),
        categories: [promise.theirs ? 'Their promise' : 'Our promise'],
        stamp,
        sequence,
      }).component,
    );
  }

  return contentLines(calendar.toJSON() as JCalComponent)
    .map((line) => foldLine(line) + CRLF)
    .join('');
}

/**
 * A dossier's UID: from its handle, which survives refiling and a binder's export and import
 * (database ids do not). Only a-z, 0-9, '.', '-' and '_' stay as they are; every other UTF-8 byte
 * is percent-encoded in upper-case hex. A handle's letters can be upper case and two handles may
 * differ only in case, so upper-case letters are encoded too: the UID then stays unique even in
 * an app that compares UIDs without regard to case.
 */
export function dossierUid(handle: string): string {
  let encoded = '';
  for (const byte of Buffer.from(handle, 'utf8')) {
    const char = String.fromCharCode(byte);
    encoded += /[a-z0-9._-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `dossier-${encoded}@crm`;
}

/**
 * A promise's UID: a digest of who it is with, when it was made and what it is, none of which
 * changes while the promise is open (its database id does, on a binder's export and import).
 */
export function promiseUid(promise: Pick<PromiseRecord, 'handle' | 'madeAt' | 'what'>): string {
  // NUL cannot occur in the fields, so no two different triples join to the same text.
  const digest = createHash('sha256').update([promise.handle, promise.madeAt, promise.what].join('\0'), 'utf8').digest('hex');
  return `promise-${digest.slice(0, 24)}@crm`;
}

/**
 * SEQUENCE, from the stamp: whole minutes since 1970-01-01T00:00:00Z.
 *
 * Apps decide whether a re-imported event with a known UID replaces the one they have by
 * SEQUENCE first and DTSTAMP second (RFC 5546 iTIP; Thunderbird's cal.itip.compare does exactly
 * that), and Google Calendar's import skips a known UID as a duplicate unless its SEQUENCE is
 * higher. A counter that grows only when the event changes would need the last exported value
 * stored per event; the binder keeps no such state, so the revision number is the export time
 * instead: every later export outranks every earlier one, so a refiled dossier moves to its new
 * day on re-import. Two exports within one minute tie on SEQUENCE and the later DTSTAMP decides.
 * Minutes fit SEQUENCE's 32-bit INTEGER until the year 6053 (seconds would overflow in 2038).
 * Subscriptions are unaffected: the apps replace a subscribed calendar's events wholesale.
 */
export function sequenceOf(stamp: string): number {
  return Math.floor(Date.parse(checkedStamp(stamp)) / 60_000);
}

// ---- events ----

/** A timed event's start and end: ical.js times in the binder's zone or in UTC. */
interface Timed {
  start: ICAL.Time;
  end: ICAL.Time;
}

interface EventFields {
  uid: string;
  /** A day for an all-day event, or the times of a timed one. */
  when: Day | Timed;
  summary: string;
  description: string;
  categories: string[];
  stamp: ICAL.Time;
  sequence: number;
  /** A VALARM this many minutes before the start, saying `text`. */
  alarm?: { minutes: number; text: string };
}

/** The event, and the times written in it (for the VTIMEZONE's years). */
function calendarEvent(fields: EventFields): { component: ICAL.Component; times: ICAL.Time[] } {
  const component = new ICAL.Component('vevent');
  const event = new ICAL.Event(component);
  event.uid = fields.uid;
  component.addPropertyWithValue('dtstamp', fields.stamp);
  const timed = typeof fields.when !== 'string';
  if (typeof fields.when === 'string') {
    event.startDate = dateOf(fields.when);
    // All-day: DTEND is exclusive, so the next calendar date (RFC 5545 3.6.1), counted in UTC.
    event.endDate = dateOf(addDays(fields.when, 1));
  } else {
    event.startDate = fields.when.start;
    event.endDate = fields.when.end;
  }
  event.sequence = fields.sequence;
  event.summary = cleanText(fields.summary);
  event.description = cleanText(fields.description);
  const categories = new ICAL.Property('categories', component);
  categories.setValues(fields.categories.map(cleanText));
  component.addProperty(categories);
  // A reminder to call is not an appointment: it must not block the rep's free/busy time. An hour
  // agreed with the client is one.
  component.addPropertyWithValue('transp', timed ? 'OPAQUE' : 'TRANSPARENT');
  if (fields.alarm) component.addSubcomponent(displayAlarm(fields.alarm.minutes, fields.alarm.text));
  return { component, times: typeof fields.when === 'string' ? [] : [fields.when.start, fields.when.end] };
}

/** RFC 5545 3.6.6: a display alarm `minutes` before the event's start. */
function displayAlarm(minutes: number, text: string): ICAL.Component {
  const alarm = new ICAL.Component('valarm');
  alarm.addPropertyWithValue('action', 'DISPLAY');
  alarm.addPropertyWithValue('description', cleanText(text));
  alarm.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(-minutes * 60));
  return alarm;
}

/**
 * A filing's day and hour ('HH:MM') as a timed event's start and end in `zone`, or in UTC. A time
 * the clocks skipped is the one after the gap; one that happens twice is the first (zone.ts).
 */
function timeOf(day: Day, filedAt: string, zone: string, utc: boolean): Timed {
  const hour = storedHour(filedAt);
  if (hour === undefined) throw new RangeError(`not an hour of the day: "${filedAt}"`);
  const start = Date.parse(instantOf(day, hour, zone).instant);
  const end = start + CALL_MINUTES * 60_000;
  return utc ? { start: utcTime(start), end: utcTime(end) } : { start: zonedTime(start, zone), end: zonedTime(end, zone) };
}

function dossierSummary(dossier: Dossier): string {
  const company = dossier.company ? ` (${oneLine(dossier.company)})` : '';
  // The priority first, in brackets: apps list a day's all-day events by title, so A comes first.
  return `[${dossier.priority}] Call ${oneLine(dossier.name)}${company}`;
}

function dossierDescription(dossier: Dossier): string {
  const lines: string[] = [];
  if (dossier.position) lines.push(`Position: ${dossier.position}`);
  if (dossier.phone) lines.push(`Phone: ${dossier.phone}`);
  if (dossier.email) lines.push(`E-mail: ${dossier.email}`);
  if (dossier.lastContact) {
    const how = [dossier.lastKind, dossier.lastOutcome].filter((part) => part !== null).join(', ');
    lines.push(`Last conversation: ${dossier.lastContact.slice(0, 10)}${how ? ` (${how})` : ''}`);
    if (dossier.lastNote) lines.push(dossier.lastNote);
  }
  if (dossier.offer) lines.push(`Offer: ${dossier.offer}`);
  if (dossier.notes) lines.push(`Notes: ${dossier.notes}`);
  lines.push(`Handle: ${dossier.handle}`, `crm show ${dossier.handle}`);
  return lines.join('\n');
}

function promiseSummary(promise: PromiseRecord): string {
  const name = oneLine(promise.name);
  const what = oneLine(promise.what);
  return promise.theirs ? `${name} promised: ${what}` : `Promised ${name}: ${what}`;
}

function promiseDescription(promise: PromiseRecord): string {
  return [
    promise.theirs ? `${promise.name} promised:` : `Promised ${promise.name}:`,
    promise.what,
    `Made: ${promise.madeAt.slice(0, 10)}`,
    `Handle: ${promise.handle}`,
    `crm show ${promise.handle}`,
  ].join('\n');
}

/** Tags as typed on the card, "vip, warsaw": trimmed, empty ones and repeats left out. */
function tagsOf(tags: string | null): string[] {
  return [...new Set((tags ?? '').split(',').map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

// ---- values ----

function dateOf(day: Day): ICAL.Time {
  if (parseDay(day) === undefined) throw new RangeError(`not a calendar date: "${day}"`);
  // From the digits, not through a Date: no time zone can shift the day.
  return ICAL.Time.fromData({ year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)), isDate: true });
}

const STAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;

function checkedStamp(stamp: string): string {
  if (!STAMP.test(stamp) || Number.isNaN(Date.parse(stamp)) || stamp < '1970') {
    throw new RangeError(`the calendar's stamp must be a UTC instant such as 2026-11-23T08:00:00Z, not "${stamp}"`);
  }
  return stamp;
}

function stampTime(stamp: string): ICAL.Time {
  const m = STAMP.exec(checkedStamp(stamp));
  const [year, month, day, hour, minute, second] = (m ?? []).slice(1, 7).map(Number);
  return ICAL.Time.fromData({ year, month, day, hour, minute, second, isDate: false }, ICAL.Timezone.utcTimezone);
}

/**
 * Text as a property value may carry it. ical.js escapes backslash, semicolon, comma and LF but
 * would write a CR as it is, which ends the line early: CR LF and CR become LF. Other control
 * characters are not allowed in a value at all (RFC 5545 3.3.11), so they are left out; tab stays.
 */
function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** For a title: all white space, line breaks included, as single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}


// ---- lines ----

type JCalProperty = [string, Record<string, unknown>, string, ...unknown[]];
type JCalComponent = [string, JCalProperty[], JCalComponent[]];

/** The calendar's content lines, unfolded, in order: ical.js writes each property. */
function contentLines([name, properties, components]: JCalComponent): string[] {
  return [
    `BEGIN:${name.toUpperCase()}`,
    ...properties.map((property) => ICAL.stringify.property(property, ICAL.design.icalendar, true)),
    ...components.flatMap(contentLines),
    `END:${name.toUpperCase()}`,
  ];
}

/**
 * Folds one content line (RFC 5545 3.1): at most 75 octets a line, the break going between two
 * characters, never inside a character's UTF-8 sequence. A continuation line's leading space
 * counts, so it carries at most 74 octets of the text. ical.js's own folding counts octets too
 * but lets continuation lines reach 76 with the space.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const room = lines.length === 0 ? LINE_OCTETS : LINE_OCTETS - 1;
    if (octets + size > room) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(`${CRLF} `);
}
