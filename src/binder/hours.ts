// The hour of the next contact (issue 14, item 1): "we agree the date and the hour". What a user
// types for a time of day, alone (--at) or after a date form (--next "fri 15:00"), read without
// Intl or a clock, so the same text means the same hour on every machine.
//
// Design, for the owner:
// - An hour is a wall-clock time in the binder's time zone ({hour, minute}); which instant it is
//   depends on the day and the zone, and that is zone.ts's job, not the grammar's.
// - A bare number is never an hour by itself: after a date it is the date's day (`jul 5`), alone
//   it is a day divider (`8`). It is an hour only after an hour word (`at 15`, `o 15`, `в 15`,
//   `ժամը 15`, `ساعت ۱۵`) or before a marker (`3pm`, `15h`, `15 ч.`).
// - Pl, bg, hy and fa write the 24-hour clock (CLDR's time patterns: HH:mm, H:mm 'ч'., HH:mm,
//   H:mm); English writes h:mm a. So a bare hour after a Polish, Bulgarian, Armenian or Persian
//   word reads on the 24-hour clock (`o 9` is 09:00), but after English `at` (and in --at) 1 to
//   11 is refused as 3am-or-3pm rather than guessed: a reminder at 03:00 is worse than a question.
// - `20.12` alone is both 20:12 and the Polish and Bulgarian way to write 20 December: refused
//   with both readings, never guessed. After a date (`fri 20.12`) it can only be an hour.
// - An hour with no date (`15:00`) is today at that hour: "call me back at three" is said of
//   today. Whether that moment has passed needs a clock; the caller checks it (zone.ts).
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { dates as english } from '../i18n/en/dates.js';
import { monthWords } from './date-words.js';
import { fold } from './fold.js';

const say = messages('dates', english);

/** A time of day on the wall clock: hour 0-23, minute 0-59. */
export interface Hour {
  hour: number;
  minute: number;
}

/**
 * Words that may stand before an hour, folded as names are (fold.ts). After the English ones a
 * bare 1-11 is refused as ambiguous; the others read a bare number on the 24-hour clock. CLDR has no word for
 * "at"; these are common usage (the `U` of LANGUAGES.md).
 */
const HOUR_WORDS: readonly { word: string; clock: 12 | 24 }[] = [
  { word: 'at', clock: 12 },
  { word: '@', clock: 12 },
  // pl: "o 15", "o godz. 15", "godz. 15.00", "o godzinie 15"
  ...['o', 'o godz.', 'o godz', 'o godzinie', 'godz.', 'godz', 'godzina', 'godzinie'].map((word) => ({ word, clock: 24 as const })),
  // bg: "в 15 ч.", "във 8"
  ...['в', 'във'].map((word) => ({ word, clock: 24 as const })),
  // hy: "ժամը 15:00-ին"
  { word: 'ժամը', clock: 24 },
  // fa: "ساعت ۱۵"
  { word: 'ساعت', clock: 24 },
];

/**
 * What may follow the number. am/pm: CLDR's day periods (en, pl and hy abbreviated AM/PM;
 * bg пр.об./сл.об.; hy wide կեսօրից առաջ/հետո; fa ق.ظ./ب.ظ. and wide قبل‌ازظهر/بعدازظهر, also
 * typed with spaces). 24-hour markers: `h` (15h, 15h30), bg `ч.` (CLDR's H 'ч'.) and `часа`,
 * hy `-ին` ("at", 15:00-ին).
 */
const MARKERS: readonly { marker: string; means: 'am' | 'pm' | '24' }[] = [
  ...['am', 'a.m.', 'a.m', 'пр.об.', 'пр. об.', 'преди обяд', 'կեսօրից առաջ', 'ق.ظ.', 'قبل‌ازظهر', 'قبل از ظهر'].map((marker) => ({ marker, means: 'am' as const })),
  ...['pm', 'p.m.', 'p.m', 'сл.об.', 'сл. об.', 'след обяд', 'կեսօրից հետո', 'ب.ظ.', 'بعدازظهر', 'بعد از ظهر'].map((marker) => ({ marker, means: 'pm' as const })),
  ...['h', 'ч.', 'ч', 'часа', 'час', 'ին'].map((marker) => ({ marker, means: '24' as const })),
];

const escaped = (text: string) => fold(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (a: string, b: string) => b.length - a.length;

// One hour phrase, folded: [word] H[(:|.|h)MM[:SS]] [marker]. Markers may touch the number (3pm).
// Made when first needed: folding every word costs a millisecond that crm today need not pay.
let phrase: RegExp | undefined;
const phrasePattern = () =>
  (phrase ??= new RegExp(
    `^(?:(${HOUR_WORDS.map((w) => escaped(w.word)).sort(longestFirst).join('|')})\\s*)?` +
      '(\\d{1,2})(?:([:.h])(\\d{2})(?::(\\d{2}))?)?' +
      `(?:\\s*-?\\s*(${MARKERS.map((m) => escaped(m.marker)).sort(longestFirst).join('|')}))?$`,
    'u',
  ));

/** The parts of what looked like an hour, before its numbers are checked. */
interface Shape {
  clock: 12 | 24 | undefined;
  hour: number;
  minute: number | undefined;
  separator: string | undefined;
  second: number | undefined;
  means: 'am' | 'pm' | '24' | undefined;
}

/** The most words an hour phrase takes (`o godz. 15 ч.`, `ساعت ۳ بعد از ظهر`). */
const LONGEST_PHRASE = 5;

/** Reads an hour phrase's shape; undefined when the text is not one (`jul`, `8`, `+2d`). */
function shapeOf(text: string): Shape | undefined {
  const folded = fold(text).trim().replace(/\s+/g, ' ');
  const m = phrasePattern().exec(folded);
  if (!m) return undefined;
  const word = m[1] === undefined ? undefined : HOUR_WORDS.find((w) => fold(w.word) === m[1]);
  const marker = m[6] === undefined ? undefined : MARKERS.find((k) => fold(k.marker) === m[6]);
  const shape: Shape = {
    clock: word?.clock,
    hour: Number(m[2]),
    minute: m[4] === undefined ? undefined : Number(m[4]),
    separator: m[3],
    second: m[5] === undefined ? undefined : Number(m[5]),
    means: marker?.means,
  };
  // A number alone is a day, not an hour; seconds only after a colon (14:00:00, not 14.00:00).
  if (shape.clock === undefined && shape.minute === undefined && shape.means === undefined) return undefined;
  if (shape.second !== undefined && shape.separator !== ':') return undefined;
  return shape;
}

/** The hour a shape names, or a UserError saying what was wrong and what to type. */
function hourOf(shape: Shape, typed: string): Hour {
  const { hour, means } = shape;
  const minute = shape.minute ?? 0;
  const mm = pad(minute);
  const twelve = means === 'am' || means === 'pm';
  if (twelve && (hour < 1 || hour > 12)) {
    const [inTwelve, clock] =
      hour === 0 ? [`12${minute ? `:${mm}` : ''}am`, `00:${mm}`] : hour < 24 ? [`${hour - 12}${minute ? `:${mm}` : ''}pm`, `${pad(hour)}:${mm}`] : ['3pm', '15:00'];
    throw new UserError(say().amPmRange({ typed, twelve: inTwelve, clock }));
  }
  if (hour > 23) {
    throw new UserError(hour === 24 ? say().hour24({ typed, midnight: `00:${mm}` }) : say().hourRange({ typed }));
  }
  if (minute > 59) {
    throw new UserError(say().minuteRange({ typed, next: formatHour({ hour: (hour + 1) % 24, minute: 0 }), last: `${pad(hour)}:59` }));
  }
  if (shape.second !== undefined && shape.second !== 0) {
    throw new UserError(say().toTheMinute({ typed, hour: `${pad(hour)}:${mm}` }));
  }
  if (twelve) return { hour: (hour % 12) + (means === 'pm' ? 12 : 0), minute };
  // A bare 1-11 after English `at` (or in --at): 3 is 03:00 to some and 15:00 to others. 12 is noon either way.
  if (shape.minute === undefined && means === undefined && shape.clock === 12 && hour >= 1 && hour <= 11) {
    throw new UserError(say().amOrPm({ typed, morning: `${pad(hour)}:00`, evening: `${hour + 12}:00`, am: `${hour}am`, pm: `${hour}pm` }));
  }
  return { hour, minute };
}

/**
 * Reads a time of day as typed for an hour alone (`--at 10:30`): `15:00`, `9:30`, `09:30`,
 * `15.00`, `15:00:00`, `3pm`, `3 pm`, `3:30pm`, `3 p.m.`, `12am` (00:00), `12pm` (12:00), `15h`,
 * `15h30`, a word before it (`at 3pm`, `o 15`, `в 15 ч.`, `ժամը 15-ին`, `ساعت ۱۵`), digits of any
 * script. A bare number reads as after `at`: `15` is 15:00, `12` noon, `3` is refused (3am or 3pm?).
 * Throws a one-line UserError naming what was wrong and what to type (24:00, 25:00, 9:60, 13pm).
 */
export function parseHour(text: string): Hour {
  const typed = shown(text);
  const shape = shapeOf(text) ?? bareShape(text);
  if (!shape) throw new UserError(say().notAnHour({ typed }));
  return hourOf(shape, typed);
}

/** A number alone, where only an hour can stand (--at): read as after English `at`. */
function bareShape(text: string): Shape | undefined {
  const m = /^(\d{1,2})$/.exec(fold(text).trim());
  return m ? { clock: 12, hour: Number(m[1]), minute: undefined, separator: undefined, second: undefined, means: undefined } : undefined;
}

/** What a user typed for a filing: the date form, and the hour when one was given. */
export interface WhenAndHour {
  /** The date form as typed, for parseWhen (`fri`, `jul 5`, `2026-12-05`); `today` when only an hour was typed. */
  when: string;
  /** The hour, or null: a filing for the day, as before issue 14. */
  hour: Hour | null;
}

/**
 * Splits what follows --next, `crm move x` or `crm file x` into a date form and an hour: the
 * hour phrase at the end (`fri 15:00`, `jul 5 9:30`, `5 jul at 3pm`, `jutro o 15`) or at the start
 * (`3pm tomorrow`), or after the T of ISO (`2026-12-05T14:00`). A number is never taken for an
 * hour (`jul 5`, `8`). An hour alone is today's. The date form is not checked here: parseWhen
 * does that. Throws a UserError for an hour that cannot be (`fri 25:00`), for two hours, and for
 * `20.12` alone (20:12, or 20 December?).
 */
export function splitWhenAndHour(text: string): WhenAndHour {
  const tokens = tokensOf(text);
  const found = phraseIn(tokens);
  if (!found) return { when: tokens.join(' '), hour: null };
  const typed = found.phrase.join(' ');
  if (found.rest.length === 0) {
    refuseDayMonth(found.shape, typed);
    return { when: 'today', hour: hourOf(found.shape, typed) };
  }
  const second = phraseIn(found.rest);
  if (second) {
    throw new UserError(say().twoHours({ typed: shown(text), earlier: second.phrase.join(' '), later: typed }));
  }
  return { when: found.rest.join(' '), hour: hourOf(found.shape, typed) };
}

/** 'HH:MM', as the binder stores and prints an hour (and as JSON's `filedAt`). */
export function formatHour({ hour, minute }: Hour): string {
  return `${pad(hour)}:${pad(minute)}`;
}

/**
 * Why a filing's hour is not the one asked: the clocks skip it on that day in that zone (`gap`,
 * filed at `taken` instead), or a move onto today keeps a dossier's hour that has passed (`passed`,
 * filed for the day).
 */
export type HourAdjustment =
  | { why: 'gap'; asked: string; day: string; zone: string; minutes: number; taken: string }
  | { why: 'passed'; asked: string };

/** What a filing says of an adjusted hour, a sentence in the run's language. */
export function adjustedNote(adjustment: HourAdjustment, said = say()): string {
  return adjustment.why === 'gap' ? said.clocksSkip(adjustment) : said.hourPassed(adjustment);
}

/** The same as --json gives it (`adjusted`): in English whatever the language, without the full stop. */
export function adjustedInEnglish(adjustment: HourAdjustment): string {
  return adjustedNote(adjustment, english).replace(/\.$/, '');
}

/** '2026-12-04 15:00', or the date alone for a filing for the day: what summaries and change lines say. */
export function dayAndHour(day: string, at: string | null | undefined): string {
  return at ? `${day} ${at}` : day;
}

/** Reads a stored 'HH:MM' exactly; undefined for anything else. */
export function storedHour(text: string): Hour | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : undefined;
}

/** The words typed, with ISO's `2026-12-05T14:00` cut at the T. */
function tokensOf(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .filter((token) => token !== '')
    .flatMap((token) => {
      const iso = /^(\p{Nd}{4}-\p{Nd}{1,2}-\p{Nd}{1,2})[Tt](\p{Nd}.*)$/u.exec(token);
      return iso ? [iso[1] as string, iso[2] as string] : [token];
    });
}

/** The longest hour phrase at the end of the words, else at their start. */
function phraseIn(tokens: string[]): { shape: Shape; phrase: string[]; rest: string[] } | undefined {
  const n = tokens.length;
  for (let k = Math.min(LONGEST_PHRASE, n); k >= 1; k--) {
    const shape = shapeOf(tokens.slice(n - k).join(' '));
    if (shape) return { shape, phrase: tokens.slice(n - k), rest: tokens.slice(0, n - k) };
  }
  for (let k = Math.min(LONGEST_PHRASE, n - 1); k >= 1; k--) {
    const shape = shapeOf(tokens.slice(0, k).join(' '));
    if (shape) return { shape, phrase: tokens.slice(0, k), rest: tokens.slice(k) };
  }
  return undefined;
}

/** `20.12` alone: pl and bg write 20 December so. Said, not guessed. */
function refuseDayMonth(shape: Shape, typed: string): void {
  const { hour: day, minute: month } = shape;
  if (shape.separator !== '.' || shape.clock !== undefined || shape.means !== undefined || shape.second !== undefined) return;
  if (month === undefined || month < 1 || month > 12 || day < 1 || day > 31) return;
  const { name, short } = monthWords(month);
  if (day > 23) throw new UserError(say().notHourButDate({ typed, day, month: name, short }));
  throw new UserError(say().hourOrDate({ typed, hour: `${pad(day)}:${pad(month)}`, day, month: name, short }));
}

/** What the user typed, on one line, for an error message. */
function shown(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A span of minutes, as --within, --alarm and remind-within take it: `10m`, `90`, `1h`, `1h30m`,
 * `1.5h`. Throws a UserError naming `example` for anything else, for 0, and past a day.
 */
export function parseSpanMinutes(text: string, example: string): number {
  const typed = shown(text);
  const m = /^(?:(\d+(?:[.,]\d+)?)\s*h(?:ours?)?)?\s*(?:(\d+)\s*(?:m|min|mins|minutes?)?)?$/i.exec(typed);
  const minutes = m && (m[1] !== undefined || m[2] !== undefined) ? Math.round(Number((m[1] ?? '0').replace(',', '.')) * 60) + Number(m[2] ?? 0) : NaN;
  if (!Number.isFinite(minutes) || minutes < 1 || minutes > 24 * 60) {
    throw new UserError(say().notASpan({ typed, example }));
  }
  return minutes;
}
