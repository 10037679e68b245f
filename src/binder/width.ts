// The one width of text on a terminal that every table and padded column of crm uses, in renderers
// and in the lists a handler's message carries (an ambiguous name's candidates): East Asian wide
// letters and emoji take two cells, marks and joiners (the ZWNJ inside a Persian name) none.

// eslint-disable-next-line no-control-regex -- colour codes are what is removed
const COLOUR = /\u001b\[[0-9;]*m/g;
// Built when first needed: a property class costs a quarter of a millisecond to make (measured).
let zeroWidth: RegExp | undefined;
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{1FA70}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

// Characters of one cell each, with no mark, joiner or wide letter among them: printable ASCII,
// Latin-1 (but the soft hyphen, U+00AD), Latin Extended, Greek, Cyrillic (but its combining marks,
// U+0483-0489), Armenian, Arabic's and Persian's letters (not their marks), dashes, quotes and
// the ellipsis, arrows, box drawing and blocks, and the symbols crm prints (☎). Most of what crm
// prints is only these: tested in one pass, without building the Unicode property tables the
// others need (a millisecond at every start, measured). test/unit/columns.test.ts checks each is one cell.
export const ONE_CELL =
  '\\x20-\\x7e\\xa0-\\xac\\xae-\\u02ff\\u0370-\\u0482\\u048a-\\u058f\\u0621-\\u064a\\u0660-\\u066f\\u0671-\\u06d5\\u2010-\\u2027\\u2030-\\u205e\\u2190-\\u21ff\\u2500-\\u26ff';
// And the joiners, direction marks and Arabic vowel marks of no cell, the CJK, kana and Hangul
// letters of two, that would otherwise each need the property tables built.
export const NO_CELL = '\\u064b-\\u065f\\u0670\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff';
export const TWO_CELLS = '\\u3000-\\u3029\\u3030-\\u303e\\u3041-\\u3096\\u30a1-\\u30fa\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3\\uff01-\\uff60\\uffe0-\\uffe6';
const ALL_ONE_CELL = new RegExp(`^[${ONE_CELL}]*$`);
const ONE_CELL_CHARACTER = new RegExp(`^[${ONE_CELL}]$`);
const NO_CELL_CHARACTER = new RegExp(`^[${NO_CELL}]$`);
const TWO_CELLS_CHARACTER = new RegExp(`^[${TWO_CELLS}]$`);

/** How many terminal cells `text` takes (colour codes take none). */
export function displayWidth(text: string): number {
  if (ALL_ONE_CELL.test(text)) return text.length;
  let width = 0;
  for (const ch of text.replace(COLOUR, '')) width += cellsOf(ch);
  return width;
}

/** How many terminal cells one character (a code point) takes. */
export function cellsOf(ch: string): number {
  if (ONE_CELL_CHARACTER.test(ch)) return 1;
  if (NO_CELL_CHARACTER.test(ch)) return 0;
  return TWO_CELLS_CHARACTER.test(ch) ? 2 : cellsByProperties(ch);
}

/** cellsOf() without the shortcut: by the Unicode properties and the wide blocks. */
export function cellsByProperties(ch: string): number {
  return (zeroWidth ??= /[\p{M}\p{Cf}]/u).test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
}

/** `text` with spaces after it to fill `width` terminal cells (padEnd counts UTF-16 units, not cells). */
export function padCells(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The widest of these texts, in terminal cells. */
export function widestCells(texts: readonly string[]): number {
  return Math.max(0, ...texts.map(displayWidth));
}
