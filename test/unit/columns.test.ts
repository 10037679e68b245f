// Lists in columns (src/render/columns.ts, src/binder/width.ts): what lines up on a terminal is the
// cells text takes, not its length in code units.
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/binder/width.js';
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
