// Tables and padded columns line up by the width text takes on a terminal (issue 12): a Persian
// name's zero-width non-joiner and a combining mark take no cell, a CJK letter two. The width is
// worked out here independently of crm's own function, for the scripts the rows below use.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { ok, refused, seed } from './support.js';

const ZWNJ = '\u200c';

/** Terminal cells of the text used below: joiners and marks none, CJK two, the rest one. */
function cells(text: string): number {
  return [...text].reduce((width, ch) => width + (/[\u200c\u200d\p{M}]/u.test(ch) ? 0 : /[\u4e00-\u9fff]/u.test(ch) ? 2 : 1), 0);
}

/** Where `needle` starts on `line`, in terminal cells. */
function columnOf(line: string, needle: string): number {
  const at = line.indexOf(needle);
  expect(at, `"${needle}" on "${line}"`).toBeGreaterThanOrEqual(0);
  return cells(line.slice(0, at));
}

let binder: Binder;
beforeEach(() => {
  binder = tempBinder('2026-11-23');
});
afterEach(() => {
  binder.remove();
});

describe('one display width for every table and column', () => {
  it('the import preview: a Persian name with a ZWNJ, a CJK name and a name with a combining mark line up with a Latin one', () => {
    const file = join(binder.dir, 'contacts.csv');
    writeFileSync(
      file,
      `Name,Phone,E-mail\nمهسا می${ZWNJ}رحیمی,+98 912 000 0001,m@x.ir\nAnna Nowak,+48 601 000 002,a@x.pl\n王芳,+86 10 0000 0003,w@x.cn\nZoe\u0301 Ørsted,+45 20 00 00 04,z@x.dk\n`,
    );
    const out = ok(binder, ['import', file, '--dry-run', '--file-on', 'fri']);
    const lines = out.split('\n');
    const head = lines.find((line) => line.includes('handle') && line.includes('e-mail')) as string;
    const rows = ['line 2', 'line 3', 'line 4', 'line 5'].map((source) => lines.find((line) => line.endsWith(source)) as string);
    for (const [title, cellsOf] of [
      ['phone', ['+98 912', '+48 601', '+86 10', '+45 20']],
      ['e-mail', ['m@x.ir', 'a@x.pl', 'w@x.cn', 'z@x.dk']],
      ['from', ['line 2', 'line 3', 'line 4', 'line 5']],
    ] as const) {
      const column = columnOf(head, title);
      rows.forEach((row, i) => expect(columnOf(row, cellsOf[i] as string), `${title} of "${row}"`).toBe(column));
    }
  });

  it('the postpone plan and crm move: handles in other scripts pad to one column', () => {
    seed(binder, 'رحیمی', 'today', 'Mahsa Rahimi');
    seed(binder, '王芳', 'today', 'Wang Fang');
    seed(binder, 'nowak', 'today', 'Anna Nowak');
    const plan = ok(binder, ['postpone', 'رحیمی', '王芳', 'nowak', '--to', 'fri', '--dry-run']).split('\n');
    const arrows = ['رحیمی', '王芳', 'nowak'].map((handle) => columnOf(plan.find((line) => line.includes(handle)) as string, '→'));
    expect(new Set(arrows).size).toBe(1);
    const moved = ok(binder, ['move', 'رحیمی', '王芳', 'nowak', 'fri', '--dry-run']).split('\n');
    const names = [['رحیمی', 'Mahsa'], ['王芳', 'Wang'], ['nowak', 'Anna']].map(([handle, name]) => columnOf(moved.find((line) => line.includes(handle as string)) as string, name as string));
    expect(new Set(names).size).toBe(1);
  });

  it('the clients an ambiguous name matches', () => {
    seed(binder, '王芳', 'today', 'Anna Wang');
    seed(binder, 'nowak', 'today', 'Anna Nowak');
    const { stderr } = refused(binder, ['show', 'anna'], { lines: 3 });
    const lines = stderr.split('\n');
    const at = [['王芳', 'Anna Wang'], ['nowak', 'Anna Nowak']].map(([handle, name]) => columnOf(lines.find((line) => line.includes(handle as string)) as string, name as string));
    expect(at[0]).toBe(at[1]);
  });

  it('a dossier’s documents', () => {
    for (const name of ['王芳-umowa.txt', 'cennik.txt']) writeFileSync(join(binder.dir, name), 'x');
    seed(binder, 'acme', 'fri', 'Anna Nowak');
    ok(binder, ['attach', 'acme', join(binder.dir, '王芳-umowa.txt'), join(binder.dir, 'cennik.txt')]);
    const lines = ok(binder, ['docs', 'acme']).split('\n');
    const at = ['王芳-umowa.txt', 'cennik.txt'].map((name) => columnOf(lines.find((line) => line.includes(name)) as string, '1 B'));
    expect(at[0]).toBe(at[1]);
  });
});
