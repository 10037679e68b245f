// What the end-to-end property tests type: names, notes and handles drawn from any Unicode,
// right-to-left scripts, emoji, control characters and escape sequences, and SQL and search-syntax
// metacharacters; a random today; and the date forms a user types.
import fc from 'fast-check';
import type { Day } from '../../src/binder/day.js';
import { HANDLE } from '../../src/binder/names.js';

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

/** A valid handle (BINDER.md: one short word), in Latin, Polish, Cyrillic, Armenian, Hebrew, Arabic, CJK or Hangul. */
export const handle: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...'aqzłżжпաբשעمك王한٣۸7'),
    fc.array(fc.constantFrom(...'abcxyz0123456789ółżжщաשمی王한._-', '\u0301'), { maxLength: 12 }),
  )
  .map(([first, rest]) => first + rest.join(''))
  .filter((h) => HANDLE.test(h));

/** A today for CRM_TODAY, from 2000 to 2090. */
export const today: fc.Arbitrary<Day> = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2090, 11, 31) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

/** Date forms a user types after a call (BINDER.md rules 2-4). */
export const when = fc.constantFrom('today', 'tomorrow', '8', '31', 'fri', 'mon', '+3d', '+2w', '+1m', 'jan', 'dec 24', '29 feb', '۸');
