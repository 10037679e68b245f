// What the end-to-end property tests type: names, notes and handles drawn from any Unicode,
// right-to-left scripts, emoji, control characters and escape sequences, and SQL and search-syntax
// metacharacters; a random today; and the date forms a user types.
import fc from 'fast-check';
import type { Day } from '../../src/binder/day.js';

const RIGHT_TO_LEFT = ['محمد عبد الله', 'שלום עליכם', 'می‌خواهم', 'فاطمه‌ی رضایی', 'كريم', 'کریم', 'يوسف', 'یوسف', 'ى', 'ﷺ', '٣٤٥'];
const SCRIPTS = ['Пётр Ильич', 'Ани Петрова', 'Անի Պետրոսյան', 'Łukasz Żółć', 'Zoë Ørsted', 'Straße', 'İstanbul', 'ΟΔΥΣΣΕΑΣ', 'σοφός', '王小明', '佐藤 花子', '김민준', 'ქართული', 'हिन्दी', 'ไทย', 'ǅemal'];
const MARKS_AND_EMOJI = ['e\u0301', 'Z̤͔ͅa̠l̩g͖o', '\u0301', '👩‍👩‍👧‍👦', '🏳️‍🌈', '🇵🇱', '👍🏽', '🧑🏿‍💻', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\u{10FFFD}', '\uFFFD', '\uFEFF', '\u200d', '\u200c'];
/** Escape sequences a pasted text may carry: colour, clear screen, window title, hyperlink, 8-bit CSI, and bare controls. */
const CONTROLS = [
  '\u001b[31m',
  '\u001b[2J\u001b[H',
  '\u001b]0;title\u0007',
  '\u001b]8;;http://example.com\u001b\\link\u001b]8;;\u001b\\',
  '\u009b31m',
  '\u0085',
  '\u0090',
  '\u009d',
  '\u0007',
  '\u0008',
  '\u001b',
  '\r',
  '\t',
  '\n',
  '\u000b',
  '\u000c',
  '\u007f',
  '\u2028',
  '\u202e',
];
const METACHARACTERS = ["'", '"', ';', '--', '%', '_', '\\', "' OR 1=1 --", '); DROP TABLE dossier; --', '/*', '*/', '`', '[x]', 'NEAR(a b)', 'a* OR b', '^', 'NULL', '$1', '?'];

const FRAGMENTS = [...RIGHT_TO_LEFT, ...SCRIPTS, ...MARKS_AND_EMOJI, ...CONTROLS, ...METACHARACTERS];

/** A piece of text: a chosen fragment, a few arbitrary code points or graphemes, or a space. */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...FRAGMENTS), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }), weight: 1 },
  { arbitrary: fc.constant(' '), weight: 2 },
);

/**
 * Text as typed on a command line. A command-line argument is a C string, so it cannot carry NUL:
 * NUL goes in through standard input instead (the 1 MB note of exchange.test.ts).
 */
export const text = (maxPieces: number) => fc.array(piece, { minLength: 1, maxLength: maxPieces }).map((pieces) => pieces.join('').replace(/\0/g, ''));

/** A client's name: mostly one that fits, now and then one crm must refuse (blank, or over 200 characters). */
export const name: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: text(10), weight: 8 },
  { arbitrary: fc.constantFrom('', ' ', '\t\n', '\u3000'), weight: 1 },
  { arbitrary: fc.tuple(text(4), fc.integer({ min: 190, max: 260 })).map(([t, n]) => [...`${t}${'x'.repeat(n)}`].slice(0, n).join('')), weight: 1 },
);

/**
 * A note: any text but "-", which is how one types "read the note from standard input", and but a
 * blank one, which crm refuses (a conversation with nothing said; test/e2e/log.test.ts).
 */
export const note: fc.Arbitrary<string> = text(12).filter((t) => t !== '-' && t.trim() !== '');

// Handles, built to the README's rule ("one short word of letters and digits (dots, dashes and
// underscores inside)", not `done` or `resolve`) and never filtered through crm's own HANDLE
// pattern: a pattern that grew too narrow would then drop the handles it refuses from the test
// instead of failing it.

/** Letters of several scripts, one code point each. */
const HANDLE_LETTERS = [...'aqzAQZłżóŁжпщЖաբשעمكیαωΣเกकखğİ王한'];
/** Digits of several scripts: ASCII, Arabic-Indic, Persian, Devanagari, Thai, mathematical bold and monospace. */
const HANDLE_DIGITS = ['0', '7', '9', '٣', '۸', '४', '๓', '\u{1D7D5}', '\u{1D7FF}'];
/** Combining marks a letter may carry as typed: acute, diaeresis, Devanagari vowel sign i, Thai sara i. */
const HANDLE_MARKS = ['\u0301', '\u0308', '\u093F', '\u0E34'];

const letter = fc.tuple(fc.constantFrom(...HANDLE_LETTERS), fc.option(fc.constantFrom(...HANDLE_MARKS), { freq: 4 })).map(([l, mark]) => l + (mark ?? ''));
const letterOrDigit = fc.oneof({ arbitrary: letter, weight: 3 }, { arbitrary: fc.constantFrom(...HANDLE_DIGITS), weight: 1 });

/**
 * A handle crm must take: a letter or digit, then letters, digits, dots, dashes and underscores,
 * ending in a letter or digit; 1 to 10 letters or digits (at most 29 code points with their marks).
 */
export const handle: fc.Arbitrary<string> = fc
  .tuple(letterOrDigit, fc.array(fc.tuple(fc.option(fc.constantFrom('.', '-', '_'), { freq: 3 }), letterOrDigit), { maxLength: 9 }))
  .map(([first, rest]) => first + rest.map(([inside, next]) => (inside ?? '') + next).join(''))
  .filter((h) => h.toLowerCase() !== 'done' && h.toLowerCase() !== 'resolve');

/**
 * The README's rule for a handle, written here from its words (not crm's pattern): what the
 * handle generator is checked against.
 */
export function followsHandleRule(text: string): boolean {
  const chars = [...text];
  const isLetterOrDigit = (c: string | undefined) => c !== undefined && (/^\p{L}$/u.test(c) || /^\p{Nd}$/u.test(c));
  if (!isLetterOrDigit(chars[0])) return false;
  for (const [i, c] of chars.entries()) {
    if (isLetterOrDigit(c)) continue;
    if (/^\p{M}$/u.test(c) && /^\p{L}$/u.test(chars[i - 1] ?? '')) continue; // a mark on the letter before it
    if ('.-_'.includes(c) && i < chars.length - 1 && isLetterOrDigit(chars[i + 1])) continue; // inside, between two letters or digits
    return false;
  }
  return !/^(done|resolve)$/iu.test(text);
}

/** A today for CRM_TODAY, from 2000 to 2090. */
export const today: fc.Arbitrary<Day> = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2090, 11, 31) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

/** Date forms a user types after a call (BINDER.md rules 2-4). */
export const when = fc.constantFrom('today', 'tomorrow', '8', '31', 'fri', 'mon', '+3d', '+2w', '+1m', 'jan', 'dec 24', '29 feb', '۸');
