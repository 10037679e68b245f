// English: what crm says of a date, an hour or a span it cannot take, and of an hour it had to
// change (binder/when.ts, hours.ts, dates.ts, date-words.ts); and the rules a handle, a document's
// name and a yes or no are read by (binder/names.ts, yes-no.ts). What the user typed comes back
// quoted as typed; the forms a message offers are ones crm reads, in any interface language.
import { lazyArea } from '../lazy.js';

/** The date forms crm reads ahead (a filing's date). */
const FORMS =
  'a day number (8), a month (jul), a month and day (jul 5), +3d, +2w or +1m, a weekday (fri), today, tomorrow, or 2026-12-05 (also in Polish, Bulgarian, Armenian and Persian: 5 lipca, утре, 2 շաբաթից, ۵ تیر)';

/** The date forms crm reads backward (a day gone by, for crm review). */
const PAST_FORMS =
  'a day number (8), a month and day (dec 7), a weekday (fri), today, yesterday, -3d, -2w or -1m, or 2026-12-05 (also in Polish, Bulgarian, Armenian and Persian: wczoraj, 7 grudnia)';

export const dates = lazyArea(() => ({
  // A date form (when.ts). `input` is what was typed.
  notADate: (p: { input: string }) => `"${p.input}" is not a date crm understands; type ${FORMS}`,
  notAPastDate: (p: { input: string }) => `"${p.input}" is not a date crm understands; type ${PAST_FORMS}`,
  dayDividers: (p: { input: string }) => `"${p.input}": day dividers run from 1 to 31; type ${FORMS}`,
  pastDayDividers: (p: { input: string }) => `"${p.input}": day dividers run from 1 to 31; type ${PAST_FORMS}`,
  /** `example`: an ISO date a week away. */
  notOnCalendar: (p: { input: string; example: string }) => `${p.input} is not a date on the calendar; use YYYY-MM-DD, for example ${p.example}`,
  notOnPersianCalendar: (p: { input: string }) => `${p.input} is not a date on the Persian calendar; use YYYY/MM/DD, for example 1405/9/17`,
  /** `month`: the month's name in the run's language ('February'); `date` the day asked for. */
  noSuchDay: (p: { input: string; month: string; date: number }) => `"${p.input}": ${p.month} has no day ${p.date}; type a date that exists`,
  /** A Jalali month: `days` its longest length (31 or 30). */
  noSuchJalaliDay: (p: { input: string; month: string; days: number; date: number }) =>
    `"${p.input}": ${p.month} has ${p.days} days, no day ${p.date}; type a date that exists`,
  noComingDate: (p: { input: string }) => `"${p.input}" names no coming date`,
  noPastDate: (p: { input: string }) => `"${p.input}" names no past date`,
  /** A filing on a day gone by: `day` the ISO date named, `later` an ISO date a week ahead. */
  inPast: (p: { day: string; later: string }) => `${p.day} is in the past; type today or a later date (tomorrow, +1w, ${p.later})`,
  /**
   * A date word that begins several (date-words.ts): each candidate is its meaning in the run's
   * language and the word it matched, 'January (հունվար)'.
   */
  ambiguousWord: (p: { typed: string; candidates: string[] }) =>
    `"${p.typed}" could be ${p.candidates.slice(0, -1).join(', ')} or ${p.candidates.at(-1)}; type more letters`,

  // An hour (hours.ts). `typed` is the hour as typed; hours are 'HH:MM' or as typed ('3pm').
  notAnHour: (p: { typed: string }) => `"${p.typed}" is not a time of day; type 15:00, 9:30, 15.00, 3pm, 3:30 pm, 15h or 15h30`,
  /** 13pm, 0am: `twelve` the same hour with am or pm, `clock` on the 24-hour clock. */
  amPmRange: (p: { typed: string; twelve: string; clock: string }) =>
    `"${p.typed}" is not a time of day: with am or pm the hour runs from 1 to 12; type ${p.twelve} or ${p.clock}`,
  hourRange: (p: { typed: string }) => `"${p.typed}" is not a time of day: hours run from 00:00 to 23:59; type one such as 15:00`,
  /** 24:00, 24:30: `midnight` is 00:00 (00:30) of the next day. */
  hour24: (p: { typed: string; midnight: string }) =>
    `"${p.typed}" is not a time of day: hours run from 00:00 to 23:59; type ${p.midnight} with the next day's date, or 23:59`,
  /** 9:60: `next` the next whole hour, `last` the hour's last minute. */
  minuteRange: (p: { typed: string; next: string; last: string }) =>
    `"${p.typed}" is not a time of day: minutes run from 00 to 59; type ${p.next} or ${p.last}`,
  toTheMinute: (p: { typed: string; hour: string }) => `"${p.typed}": crm keeps an hour to the minute; type ${p.hour}`,
  /** `at 3`: `morning` 03:00, `evening` 15:00, `am` 3am, `pm` 3pm. */
  amOrPm: (p: { typed: string; morning: string; evening: string; am: string; pm: string }) =>
    `"${p.typed}" could be ${p.morning} or ${p.evening}; type ${p.am}, ${p.pm} or ${p.evening}`,
  /** `fri 15:00 16:00`: `earlier` and `later` the two hours as typed. */
  twoHours: (p: { typed: string; earlier: string; later: string }) =>
    `"${p.typed}" gives two hours (${p.earlier} and ${p.later}); type one, for example fri ${p.later}`,
  /**
   * `25.12` alone, a date as Polish and Bulgarian write it: `day` and `month` (its name in the
   * run's language), and `short`, the month's short name a date form takes ('dec', 'gru').
   */
  notHourButDate: (p: { typed: string; day: number; month: string; short: string }) =>
    `"${p.typed}" is not a time of day; for ${p.day} ${p.month} type ${p.short} ${p.day}`,
  /** `20.12` alone: `hour` is 20:12, the rest as notHourButDate. */
  hourOrDate: (p: { typed: string; hour: string; day: number; month: string; short: string }) =>
    `"${p.typed}" could be ${p.hour} or ${p.day} ${p.month}; type ${p.hour} for the hour, or ${p.short} ${p.day} for the date`,
  /** A span of minutes (--within, --alarm, remind-within): `example` is a command line. */
  notASpan: (p: { typed: string; example: string }) =>
    `"${p.typed}" is not a span of 1 minute to 24 hours; type it as 10m, 45m, 1h or 1h30m: ${p.example}`,
  /**
   * Why a filing's hour is not the one asked, a sentence printed after the filing (--json gives
   * English's without its full stop): the clocks skip it that day (`day` ISO, `zone` an IANA name,
   * `minutes` the gap, `taken` the hour filed), or a move onto today keeps an hour that has passed.
   */
  clocksSkip: (p: { asked: string; day: string; zone: string; minutes: number; taken: string }) =>
    `${p.asked} does not exist on ${p.day} in ${p.zone} (the clocks go forward ${p.minutes} min): filed at ${p.taken}.`,
  hourPassed: (p: { asked: string }) => `${p.asked} today has passed: filed for the day.`,

  // What a date and an hour are given for (dates.ts). `typed` is the whole text typed.
  /** An hour where a date only is taken (a promise's, a complaint's, a postponement's): `date` the date typed without it. */
  dateOnly: (p: { typed: string; date: string }) => `"${p.typed}" has an hour, and this takes a date only; type ${p.date} without the hour`,
  /** The same, when only an hour was typed. */
  dateOnlyNoDate: (p: { typed: string }) => `"${p.typed}" has an hour, and this takes a date only; type a date without the hour`,
  /** crm file "fri 15:00" --at 16:00: `at` as given, `date` the date typed. */
  hourTwice: (p: { typed: string; at: string; date: string }) => `"${p.typed}" has an hour and --at gives another (${p.at}); give it once: "${p.date}" --at ${p.at}`,
  /** An hour of today gone by: `hour` asked, `now` the binder's wall clock. */
  hourGone: (p: { hour: string; now: string }) => `${p.hour} today has passed (it is ${p.now}); type a later hour, or another day: tomorrow ${p.hour}`,
  /** crm review jan: `example` an ISO date three days back. */
  reviewMonth: (p: { typed: string; example: string }) => `"${p.typed}" is a whole month; review a date (yesterday, ${p.example}) or add --week`,
  reviewMonthWeek: (p: { typed: string; example: string }) => `"${p.typed}" is a whole month; review a date (yesterday, ${p.example})`,
  /** crm review tomorrow: `day` the ISO date it names, `example` an ISO date three days back. */
  reviewAhead: (p: { typed: string; day: string; example: string }) =>
    `"${p.typed}" is ${p.day}, still to come; review today or a past date: yesterday, --days-ago 3, ${p.example}`,
  /** crm handover --until: `date` the date typed without its hour. */
  handoverHour: (p: { typed: string; date: string }) => `"${p.typed}" has an hour, and a handover lasts whole days; type ${p.date} without the hour`,
  handoverHourNoDate: (p: { typed: string }) => `"${p.typed}" has an hour, and a handover lasts whole days; type a date without the hour`,
  handoverMonth: (p: { typed: string }) => `"${p.typed}" is a whole month, and a handover ends on a day; type that day: "${p.typed} 31", fri, +2w`,
  /** `day` the ISO date named, `example` an ISO date a week ahead. */
  handoverPast: (p: { day: string; example: string }) =>
    `${p.day} is in the past; a handover runs from today to its last day: --until fri, --until +2w, --until ${p.example}`,

  // The rules of what names a client and a document (names.ts), said inside other messages.
  handleRule: 'one word of letters and digits, dots, dashes or underscores inside',
  documentNameRule: "a document's name is a plain file name",
  /** A terminal question's answer that is neither yes nor no (yes-no.ts). */
  typeYesNo: 'Type y or n (also tak/nie, да/не, այո/ոչ, بله/خیر)',
}));
