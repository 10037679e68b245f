// Lists in columns (src/render/columns.ts, src/binder/width.ts): what lines up on a terminal is the
// cells text takes, not its length in code units.
import { describe, expect, it } from 'vitest';
import { cellsByProperties, cellsOf, displayWidth, NO_CELL, ONE_CELL, TWO_CELLS } from '../../src/binder/width.js';
import { columns } from '../../src/render/columns.js';

describe('displayWidth', () => {
  it.each([
    { text: 'acme', width: 4 },
    { text: 'Łukasz Żółć', width: 11 },
    { text: 'L\u0301ukasz', width: 6 }, // a combining accent takes no cell
    { text: 'Ани Петрова', width: 11 },
    { text: 'Աշոտ', width: 4 },
    { text: 'می\u200cخواهد', width: 7 }, // the zero-width non-joiner takes none
    { text: '山田商事', width: 8 },
    { text: '김민준', width: 6 },
    { text: 'ｱｲｳ', width: 3 }, // half-width katakana
    { text: 'ＡＢ', width: 4 }, // full-width Latin
    { text: '🙂', width: 2 },
    { text: '\u001b[36macme\u001b[39m', width: 4 }, // colour codes take none
  ])('$text: $width', ({ text, width }) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('Persian letters with a mark among them, a dash and an arrow; a soft hyphen takes no cell', () => {
    expect(displayWidth('\u0628\u064e\u0627 \u2013 \u2192')).toBe(6);
    expect(displayWidth('soft\u00adhyphen')).toBe(10);
  });

  // The shortcuts (ONE_CELL, NO_CELL, TWO_CELLS) must say what the Unicode properties say of every character they take.
  it.each([
    { shortcut: 'ONE_CELL', ranges: ONE_CELL, cells: 1, count: 12 },
    { shortcut: 'NO_CELL', ranges: NO_CELL, cells: 0, count: 7 },
    { shortcut: 'TWO_CELLS', ranges: TWO_CELLS, cells: 2, count: 9 },
  ])('every character $shortcut takes is $cells cells by the Unicode properties', ({ ranges, cells, count }) => {
    const spans = [...ranges.matchAll(/\\u([0-9a-f]{4})(?:-\\u([0-9a-f]{4}))?|\\x([0-9a-f]{2})-\\x([0-9a-f]{2})/g)].map((m) => [
      parseInt(m[1] ?? m[3] ?? '', 16),
      parseInt(m[2] ?? m[4] ?? m[1] ?? '', 16),
    ]);
    expect(spans.length).toBe(count);
    const wrong: string[] = [];
    for (const [from = 0, to = 0] of spans) {
      for (let code = from; code <= to; code++) {
        const ch = String.fromCodePoint(code);
        if (/\p{Cc}/u.test(ch) || cellsByProperties(ch) !== cells || cellsOf(ch) !== cells) wrong.push(code.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('columns', () => {
  it('pads each column to its widest cell, whatever the script', () => {
    const text = columns(['handle', 'name', 'phone'], [
      ['山田', '太郎 山田', '+81 3'],
      ['acme', 'Anna Nowak', '+48 601'],
    ]);
    expect(text.split('\n')).toEqual(['handle  name        phone', '山田    太郎 山田   +81 3', 'acme    Anna Nowak  +48 601']);
  });
});
