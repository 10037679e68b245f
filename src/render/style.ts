// Colours, dates and safe text for everything crm prints.
import type { ChalkInstance } from 'chalk';
import { parts, weekday, type Day } from '../binder/day.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../binder/settings.js';
import type { Divider } from '../binder/ring.js';
import { displayWidth } from '../binder/width.js';
import { currentLanguage, isRightToLeft } from '../i18n/language.js';
import { currentPrinting } from '../io.js';

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

/** 'Tue 8 Dec 2026' */
/** ' at 15:00' after a date, or nothing for a filing for the day. */
export function atHour(at: string | null | undefined): string {
  return at ? ` at ${at}` : '';
}

export function longDay(day: Day): string {
  const { year, month, date } = parts(day);
  return `${WEEKDAY[weekday(day)]} ${date} ${MONTH[month - 1]} ${year}`;
}

/** 'Tue 8 Dec', with the year only when it is not `thisYear`'s. */
export function shortDay(day: Day, today: Day): string {
  return day.slice(0, 4) === today.slice(0, 4) ? longDay(day).replace(/ \d{4}$/, '') : longDay(day);
}

/** 'July' for '2027-07'. */
export function monthName(month: string): string {
  return capitalize(MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month);
}

/** Where a dossier is filed, in the binder's words: 'behind 8: Tue 8 Dec 2026'. */
export function dividerPhrase(divider: Divider, day: Day, dated: boolean): string {
  switch (divider.kind) {
    case 'overdue':
      return `overdue since ${longDay(day)}`;
    case 'today':
      return `in today's stack: ${longDay(day)}`;
    case 'day':
      return dated ? `behind ${longDay(day)}` : `behind ${divider.number}: ${longDay(day)}`;
    case 'month':
      return `behind ${monthName(divider.month)}: ${longDay(day)}`;
    case 'year':
      return `behind ${divider.year}: ${longDay(day)}`;
  }
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
    const cells = displayWidth(ch);
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
