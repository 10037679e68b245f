// The one width of text on a terminal that every table and padded column of crm uses, in renderers
// and in the lists a handler's message carries (an ambiguous name's candidates): East Asian wide
// letters and emoji take two cells, marks and joiners (the ZWNJ inside a Persian name) none.

// eslint-disable-next-line no-control-regex -- colour codes are what is removed
const COLOUR = /\u001b\[[0-9;]*m/g;
const ZERO_WIDTH = /[\p{M}\p{Cf}]/u;
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{1FA70}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

/** How many terminal cells `text` takes (colour codes take none). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(COLOUR, '')) width += ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}

/** `text` with spaces after it to fill `width` terminal cells (padEnd counts UTF-16 units, not cells). */
export function padCells(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The widest of these texts, in terminal cells. */
export function widestCells(texts: readonly string[]): number {
  return Math.max(0, ...texts.map(displayWidth));
}
