// Right-to-left text on a terminal (issue 17, part 7): crm prints stored text in logical order and
// never reorders it; columns stay left to right; a piece of stored text that holds right-to-left
// letters is isolated (FSI ... PDI) on a terminal so that a terminal that reorders keeps it in its
// place; and every width crm aligns by counts the marks, joiners and isolates as no cell.
import { describe, expect, it } from 'vitest';
import { displayWidth, padCells } from '../../src/binder/width.js';
import { printingAs, type Printing } from '../../src/io.js';
import { columns } from '../../src/render/columns.js';
import { isolated, oneLine } from '../../src/render/style.js';

const ZWNJ = '\u200c';
const ZWJ = '\u200d';
const FSI = '\u2068';
const PDI = '\u2069';
const TERMINAL: Printing = { color: false, columns: 100 };
const PIPE: Printing = { color: false, columns: undefined };

describe('displayWidth: one cell a letter, none for marks, joiners and direction controls', () => {
  it.each([
    { text: 'رضا رحیمی', width: 9, what: 'Persian' },
    { text: `می${ZWNJ}خواهم`, width: 7, what: 'Persian with a ZWNJ' },
    { text: `شرکت${ZWNJ}های پارس`, width: 12, what: 'a Persian company with a ZWNJ' },
    { text: 'مُحَمَّد', width: 4, what: 'Arabic letters with their vowel marks' },
    { text: 'لا', width: 2, what: 'lam-alef: two letters, two cells (terminals do not make the ligature)' },
    { text: '۱۴۰۵/۹/۱۷', width: 9, what: 'Persian digits' },
    { text: 'Աշոտ Հակոբյան', width: 13, what: 'Armenian' },
    { text: 'Ани Петрова', width: 11, what: 'Bulgarian' },
    { text: 'Łukasz Żółć', width: 11, what: 'Polish' },
    { text: 'Łukasz Żółć · رضا رحیمی', width: 23, what: 'Polish and Persian' },
    { text: `${FSI}رضا رحیمی${PDI}`, width: 9, what: 'an isolate around a name' },
    { text: '\u200eacme\u200f\u061c', width: 4, what: 'LRM, RLM and ALM' },
    { text: `a${ZWJ}b`, width: 2, what: 'a zero-width joiner' },
    { text: `\u001b[1m${FSI}رضا${PDI}\u001b[22m`, width: 3, what: 'colour codes and an isolate' },
  ])('$what: $width', ({ text, width }) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('padCells fills to the same cell whatever the script', () => {
    const padded = ['Anna Nowak', `${FSI}مهسا می${ZWNJ}رحیمی${PDI}`, 'Աշոտ', 'Ани Петрова'].map((name) => `${padCells(name, 14)}|`);
    for (const line of padded) expect(displayWidth(line.slice(0, line.indexOf('|')))).toBe(14);
  });
});

describe('isolated: stored text among crm’s words on a terminal', () => {
  it('a piece with right-to-left letters is wrapped in FSI ... PDI; other scripts are left as they are', () => {
    printingAs(TERMINAL, () => {
      expect(isolated('رضا رحیمی')).toBe(`${FSI}رضا رحیمی${PDI}`);
      expect(isolated('Acme שלום')).toBe(`${FSI}Acme שלום${PDI}`);
      for (const text of ['Łukasz Żółć', 'Աշոտ Հակոբյան', 'Ани Петрова', '+48 601 000 002', '']) expect(isolated(text)).toBe(text);
    });
  });

  it('in a right-to-left interface every piece is isolated (crm’s own words are then right to left)', () => {
    printingAs({ ...TERMINAL, language: 'fa' }, () => {
      expect(isolated('Łukasz Żółć')).toBe(`${FSI}Łukasz Żółć${PDI}`);
      expect(isolated('')).toBe('');
    });
  });

  it('never off a terminal: a pipe or a file gets the text as stored', () => {
    printingAs(PIPE, () => expect(isolated('رضا رحیمی')).toBe('رضا رحیمی'));
    printingAs({ ...PIPE, language: 'fa' }, () => expect(isolated('Łukasz')).toBe('Łukasz'));
  });

  it('keeps safe(): an override or isolate typed into the stored text is still shown as U+FFFD', () => {
    printingAs(TERMINAL, () => {
      expect(isolated('رضا\u202eevil')).toBe(`${FSI}رضا\uFFFDevil${PDI}`);
      expect(isolated(`${FSI}رضا`)).toBe(`${FSI}\uFFFDرضا${PDI}`);
    });
  });

  it('isolates each line of a text of several lines, so that no isolate is left open at a line end', () => {
    printingAs(TERMINAL, () => expect(isolated('سلام\n\nhello', true)).toBe(`${FSI}سلام${PDI}\n\n${FSI}hello${PDI}`));
  });
});

describe('oneLine cuts by terminal cells', () => {
  it.each([
    { text: 'Anna Nowak wants 40 units', width: 10, line: 'Anna Nowa…' },
    { text: `می${ZWNJ}خواهد ۴۰ عدد بخرد`, width: 8, line: `می${ZWNJ}خواهد…` },
    { text: '山田商事の見積もり', width: 7, line: '山田商…' },
    { text: 'مُحَمَّد رضا', width: 5, line: 'مُحَمَّد…' },
    { text: 'short', width: 10, line: 'short' },
    { text: 'two\nlines', width: 10, line: 'two …' },
  ])('$text in $width cells: $line', ({ text, width, line }) => {
    expect(oneLine(text, width)).toBe(line);
    expect(displayWidth(oneLine(text, width))).toBeLessThanOrEqual(width);
  });
});

describe('columns with Persian names on a terminal', () => {
  it('the column after a Persian name starts at the same cell as after a Latin one, and the order of the columns is kept', () => {
    const rows = [
      ['rahimi', 'رضا رحیمی', `شرکت${ZWNJ}های پارس`, '+98 912 000 0001'],
      ['zolc', 'Łukasz Żółć', 'Żółć i Syn', '+48 601 000 002'],
      ['hakobyan', 'Աշոտ Հակոբյան', 'Արարատ ՍՊԸ', '+374 10 000 003'],
      ['petrova', 'Ани Петрова', 'Петрова ООД', '+359 2 000 004'],
    ];
    const text = printingAs(TERMINAL, () => columns(['handle', 'name', 'company', 'phone'], rows.map((row) => row.map((cell) => isolated(cell)))));
    const [head = '', ...lines] = text.split('\n');
    const at = (line: string, needle: string) => displayWidth(line.slice(0, line.indexOf(needle)));
    for (const [i, line] of lines.entries()) {
      const [handle = '', name = '', company = '', phone = ''] = rows[i] ?? [];
      expect(at(line, name), line).toBe(at(head, 'name'));
      expect(at(line, company), line).toBe(at(head, 'company'));
      expect(at(line, phone), line).toBe(at(head, 'phone'));
      // Logical order, left to right: handle, name, company, phone.
      expect(line.indexOf(handle)).toBeLessThan(line.indexOf(name));
      expect(line.indexOf(name)).toBeLessThan(line.indexOf(company));
      expect(line.indexOf(company)).toBeLessThan(line.indexOf(phone));
    }
    expect(lines[0]).toContain(`${FSI}رضا رحیمی${PDI}`);
    expect(lines[1]).not.toMatch(/[\u2066-\u2069]/);
  });
});
