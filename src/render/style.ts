// Colours, dates and safe text for everything crm prints.
import type { ChalkInstance } from 'chalk';
import { messages } from '../i18n/catalogue.js';
import { ring as englishRing } from '../i18n/en/ring.js';
import { parts, weekday, type Day } from '../binder/day.js';
import { partsIn, type Calendar } from '../binder/jalali.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../binder/settings.js';
import type { Divider } from '../binder/ring.js';
import { cellsOf, displayWidth } from '../binder/width.js';
import { currentLanguage, isRightToLeft } from '../i18n/language.js';
import { currentPrinting } from '../io.js';
import type { DATE_NAMES, DateNames, DatePiece } from './date-names.generated.js';

const sayRing = messages('ring', englishRing);

/** The styles crm's renderers use, chained as chalk chains them (`paint.red.bold`). */
type Style = 'bold' | 'dim' | 'cyan' | 'green' | 'red' | 'yellow';

/** What a renderer paints with: chalk's own shape, as far as crm uses it. */
export type Painter = ((...text: unknown[]) => string) & { readonly [S in Style]: Painter };

/** Paints nothing: text as chalk at level 0 gives it back (several pieces joined by a space). */
const PLAIN: Painter = Object.defineProperties((...text: unknown[]) => (text.length === 1 ? String(text[0]) : text.join(' ')), {
  bold: { get: () => PLAIN },
  dim: { get: () => PLAIN },
  cyan: { get: () => PLAIN },
  green: { get: () => PLAIN },
  red: { get: () => PLAIN },
  yellow: { get: () => PLAIN },
}) as Painter;

// chalk is loaded only by a run that prints in colour (a terminal): a pipe, a file or --no-color
// never pays for it. Loaded once per process; which runs use it is still decided per run.
let COLOURED: ChalkInstance | undefined;

/** Loads the colours before a run that prints in colour renders (renderers are synchronous). */
export async function loadColours(): Promise<void> {
  COLOURED ??= new (await import('chalk')).Chalk({ level: 1 });
}

/**
 * Colours for what the run in progress prints: coloured only on a terminal, never with NO_COLOR
 * or --no-color (io.ts decides per run, so two runs in one process never share a colour switch).
 */
export const paint: Painter = new Proxy(PLAIN, {
  get: (plain, key) => {
    if (!currentPrinting().color) return Reflect.get(plain, key) as unknown;
    if (!COLOURED) throw new Error('a run that prints in colour renders before loadColours()');
    return Reflect.get(COLOURED, key) as unknown;
  },
});

const WEEKDAY = WEEKDAY_NAMES.map((name) => capitalize(name.slice(0, 3)));
const MONTH = MONTH_NAMES.map((name) => capitalize(name.slice(0, 3)));

// The other languages' date words (CLDR's, generated), and the Jalali months: loaded by a run that
// prints in another language or calendar before it renders (run.ts), so English plain pays nothing.
let NAMES: typeof DATE_NAMES | undefined;

/** Loads the date words before a run that prints in another language or calendar renders. */
export async function loadDateNames(): Promise<void> {
  NAMES ??= (await import('./date-names.generated.js')).DATE_NAMES;
}

/** The language and calendar the run in progress names dates in; English words for qps and outside a run. */
function dating(): { language: keyof typeof DATE_NAMES; calendar: Calendar } {
  const { language, calendar = 'gregorian' } = currentPrinting();
  return { language: language === undefined || language === 'qps' ? 'en' : language, calendar };
}

function namesOf(language: keyof typeof DATE_NAMES): DateNames {
  if (!NAMES) throw new Error('a run that prints in another language or calendar renders before loadDateNames()');
  return NAMES[language];
}

/** A number in the digits of the run's language (Persian digits in Persian). */
export function numeral(n: number): string {
  return inDigits(String(n));
}

/** `text` with its ASCII digits in the run's language's own. */
function inDigits(text: string): string {
  const { language } = dating();
  if (language === 'en') return text;
  const { digits } = namesOf(language);
  return digits === '0123456789' ? text : text.replace(/\d/g, (d) => digits[Number(d)] as string);
}

/** A time of day ('15:00', '09:30') in the digits of the run's language ('۱۵:۰۰' in Persian). */
export function clock(hhmm: string): string {
  return inDigits(hhmm);
}

/** ' at 15:00' after a date, or nothing for a filing for the day. */
export function atHour(at: string | null | undefined): string {
  return at ? sayRing().at({ hour: clock(at) }) : '';
}

/**
 * 'Tue 8 Dec 2026'; in another language CLDR's full pattern with short names ('wt., 8 gru 2026',
 * 'سه‌شنبه ۸ دسامبر ۲۰۲۶'), in a Persian-calendar binder with the Jalali date ('Tue 17 Azar 1405').
 */
export function longDay(day: Day): string {
  return dayIn(day, true);
}

/** 'Tue 8 Dec', with the year only when it is not `thisYear`'s (in the binder's calendar). */
export function shortDay(day: Day, today: Day): string {
  const { calendar } = dating();
  return dayIn(day, partsIn(day, calendar).year !== partsIn(today, calendar).year);
}

function dayIn(day: Day, withYear: boolean): string {
  const { language, calendar } = dating();
  if (language === 'en' && calendar === 'gregorian') {
    const { year, month, date } = parts(day);
    return `${WEEKDAY[weekday(day)]} ${date} ${MONTH[month - 1]}${withYear ? ` ${year}` : ''}`;
  }
  const { year, month, date } = partsIn(day, calendar);
  const names = namesOf(language);
  const monthWord = (calendar === 'persian' ? names.jalaliMonths : names.months)[month - 1] ?? '';
  if (language === 'en') return `${WEEKDAY[weekday(day)]} ${date} ${monthWord}${withYear ? ` ${year}` : ''}`;
  const field = (piece: DatePiece): string => {
    if ('text' in piece) return piece.text;
    if (piece.field === 'E') return names.weekdays[weekday(day)] ?? '';
    if (piece.field === 'MMM') return monthWord;
    return numeral(piece.field === 'd' ? date : year);
  };
  return (withYear ? names.full : names.noYear).map(field).join('');
}

/**
 * 'July' for '2027-07', or 'Dey' for '1405-10' of the Persian calendar: the name standing alone,
 * as a month divider prints it ('grudzień', not 'grudnia').
 */
export function monthName(month: string, calendar: Calendar = 'gregorian'): string {
  const { language } = dating();
  const index = Number(month.slice(5, 7)) - 1;
  if (language === 'en' && calendar === 'gregorian') return capitalize(MONTH_NAMES[index] ?? month);
  const names = namesOf(language);
  return (calendar === 'persian' ? names.jalaliMonths : names.monthsAlone)[index] ?? month;
}

/** 'July 2027' for '2027-07', as a month divider is titled ('دی ۱۴۰۵' for '1405-10', Persian, in Persian). */
export function monthTitle(month: string, calendar: Calendar = 'gregorian'): string {
  return `${monthName(month, calendar)} ${numeral(Number(month.slice(0, 4)))}`;
}

/** Where a dossier is filed, in the binder's words: 'behind 8: Tue 8 Dec 2026'. */
export function dividerPhrase(divider: Divider, day: Day, dated: boolean): string {
  const m = sayRing();
  switch (divider.kind) {
    case 'overdue':
      return m.overdueSince({ day: longDay(day) });
    case 'today':
      return m.inTodaysStack({ day: longDay(day) });
    case 'day':
      return dated ? m.behindDated({ day: longDay(day) }) : m.behind({ divider: numeral(divider.number), day: longDay(day) });
    case 'month':
      return m.behind({ divider: monthName(divider.month, divider.calendar), day: longDay(day) });
    case 'year':
      return m.behind({ divider: numeral(divider.year), day: longDay(day) });
  }
}

/**
 * The weekdays (0 = Sunday) in the order a week is listed: from Saturday in a Persian-calendar
 * binder (its weeks start then) and in Persian, from Monday in Polish, Bulgarian and Armenian;
 * English from Sunday, as crm always listed them.
 */
export function inWeekOrder(days: readonly number[]): number[] {
  const { language, calendar } = dating();
  const first = calendar === 'persian' ? 6 : language === 'en' ? 0 : namesOf(language).firstDay;
  return [...days].sort((a, b) => ((a - first + 7) % 7) - ((b - first + 7) % 7));
}

/** A weekday's short name in the run's language: 'mon', 'pon.', 'شنبه'. */
export function weekdayName(day: number): string {
  const { language } = dating();
  if (language === 'en') return (WEEKDAY_NAMES[day] ?? '').slice(0, 3);
  return namesOf(language).weekdays[day] ?? '';
}

/**
 * Stored text made safe for a terminal: control characters (escape sequences among them) shown
 * as U+FFFD, so a pasted note can never move the cursor or recolour the screen. So are the bidi
 * overrides, embeddings and isolates (U+202A-202E, U+2066-2069): one left open in a name would
 * turn the rest of the line around, the columns after it too. Arabic, Hebrew and Persian need
 * none of them (nor lose their ZWNJ or ZWJ); U+2028 and U+2029 count as line ends.
 */
export function safe(text: string, keepNewlines = false): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g, (ch) => {
    if (ch === '\n' || ch === '\u2028' || ch === '\u2029') return keepNewlines ? '\n' : ' ';
    if (ch === '\t') return ' ';
    if (ch === '\r') return '';
    return '\uFFFD';
  });
}

// Letters written right to left: Hebrew, Arabic (Persian among it), Syriac, Thaana, N'Ko and the
// rest of U+0590-08FF, their presentation forms, and the right-to-left blocks of the other planes.
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Stored text as a terminal shows it among crm's own words and other columns: safe(), and, when
 * directions can mix (the text holds right-to-left letters, or crm speaks a right-to-left
 * language), each line in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE. A terminal that
 * reorders (VTE's GNOME Terminal, by FriBidi) then keeps the piece in its place: a Persian name
 * and a Persian company beside it do not swap, the phone after them does not jump to their left.
 * Terminals that do not reorder take the two marks as zero-width, as displayWidth() counts them.
 * Only on a terminal: a pipe, a file, --json, exports and completion get the text as stored.
 */
export function isolated(text: string, keepNewlines = false): string {
  const shown = safe(text, keepNewlines);
  if (currentPrinting().columns === undefined || shown === '') return shown;
  if (!RIGHT_TO_LEFT.test(shown) && !isRightToLeft(currentLanguage())) return shown;
  return shown
    .split('\n')
    .map((line) => (line === '' ? line : `${FSI}${line}${PDI}`))
    .join('\n');
}

/**
 * The first line of a text, cut to `width` terminal cells with an ellipsis (cells, as columns are
 * padded: a Persian note's ZWNJ takes none, a CJK letter two); marks stay with their letter.
 */
export function oneLine(text: string, width: number): string {
  const [first = ''] = text.split(/\r?\n/);
  const line = safe(first) + (text.includes('\n') ? ' …' : '');
  if (displayWidth(line) <= width) return line;
  const room = Math.max(1, width - 1);
  let kept = '';
  let used = 0;
  for (const ch of line) {
    const cells = cellsOf(ch);
    if (used + cells > room) break;
    kept += ch;
    used += cells;
  }
  return `${kept}…`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function priorityBadge(priority: string): string {
  if (priority === 'A') return paint.bold.red('A');
  if (priority === 'C') return paint.dim('C');
  return paint.yellow('B');
}

/** Terminal width for cutting lines; wide enough for pipes, where nothing is cut. */
export function width(): number {
  const { columns } = currentPrinting();
  return columns === undefined ? 10_000 : Math.max(40, columns || 80);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
