// Right-to-left text on a terminal (issue 17, part 7), in a real pseudo-terminal: crm today, crm open
// and crm find print stored text in logical order, columns left to right, a piece of stored text
// with right-to-left letters between FSI and PDI (so that a terminal that reorders, as GNOME
// Terminal's VTE does, keeps each in its place); the columns after a Persian name start at the same
// cell as after a Latin one. Through a pipe, and in --json, nothing is added.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { runCrmInPty } from './pty.js';
import { ok, seed } from './support.js';

const TODAY = '2026-11-23';
const FSI = '\u2068';
const PDI = '\u2069';
const ZWNJ = '\u200c';
const ISOLATES = /[\u2066-\u2069]/;

/** Terminal cells of the text below: joiners, marks and isolates none, the rest one (no CJK here). */
function cells(text: string): number {
  return [...text].filter((ch) => !/[\p{M}\p{Cf}]/u.test(ch)).length;
}

/** Where `needle` starts on `line`, in terminal cells. */
function columnOf(line: string, needle: string): number {
  const at = line.indexOf(needle);
  expect(at, `"${needle}" on "${line}"`).toBeGreaterThanOrEqual(0);
  return cells(line.slice(0, at));
}

const PEOPLE = [
  { handle: 'rahimi', name: 'رضا رحیمی', company: `شرکت${ZWNJ}های پارس`, phone: '+98 912 000 0001' },
  { handle: 'zolc', name: 'Łukasz Żółć', company: 'Żółć i Syn', phone: '+48 601 000 002' },
  { handle: 'hakobyan', name: 'Աշոտ Հակոբյան', company: 'Արարատ ՍՊԸ', phone: '+374 10 000 003' },
  { handle: 'petrova', name: 'Ани Петрова', company: 'Петрова ООД', phone: '+359 2 000 004' },
];

let binder: Binder;
beforeAll(() => {
  binder = tempBinder(TODAY);
  for (const p of PEOPLE) seed(binder, p.handle, 'today', p.name, ['--company', p.company, '--phone', p.phone]);
  ok(binder, ['log', 'rahimi', '--note', 'می‌خواهد ۴۰ عدد بخرد', '--outcome', 'reached', '--next', 'today']);
});
afterAll(() => binder.remove());

/** What `crm ...args` writes to a terminal 120 columns wide, escapes removed. */
async function onTerminal(args: string[]): Promise<string[]> {
  const result = await runCrmInPty(args, [], { env: { HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: TODAY, NO_COLOR: '1' }, cols: 120 });
  expect(result.code, result.text).toBe(0);
  return result.text.split('\n');
}

describe('on a terminal', () => {
  it('crm today: a Persian name and its company are each isolated, in logical order, between the handle and the rest', async () => {
    const lines = await onTerminal(['today']);
    const first = lines.find((line) => line.includes('rahimi')) as string;
    expect(first).toContain(`rahimi  ${FSI}رضا رحیمی${PDI} · ${FSI}شرکت${ZWNJ}های پارس${PDI}`);
    // The phone under it is crm's column of a number: not isolated, it has no right-to-left letter.
    expect(lines.map((line) => line.trim())).toContain('☎ +98 912 000 0001');
    expect(lines.find((line) => line.includes('Last:') && line.includes('۴۰'))).toContain(`${FSI}می‌خواهد ۴۰ عدد بخرد${PDI}`);
    // The other scripts are printed as they are.
    for (const p of PEOPLE.slice(1)) {
      const line = lines.find((l) => l.includes(p.handle)) as string;
      expect(line).toContain(`${p.handle}  ${p.name} · ${p.company}`);
      expect(line).not.toMatch(ISOLATES);
    }
  });

  it('crm open: the columns after a Persian name start at the same cell as after a Latin, Armenian or Cyrillic one', async () => {
    const lines = await onTerminal(['open', 'today']);
    const head = lines.find((line) => line.includes('handle') && line.includes('company')) as string;
    for (const p of PEOPLE) {
      const row = lines.find((line) => line.includes(` ${p.handle} `)) as string;
      expect(columnOf(row, p.name), row).toBe(columnOf(head, 'name'));
      expect(columnOf(row, p.company), row).toBe(columnOf(head, 'company'));
      expect(columnOf(row, p.phone), row).toBe(columnOf(head, 'phone'));
      expect(columnOf(row, 'Mon 23 Nov'), row).toBe(columnOf(head, 'filed on'));
    }
  });

  it('crm find: a Persian company matched lines up too', async () => {
    const lines = await onTerminal(['find', 'پارس']);
    const head = lines.find((line) => line.includes('handle') && line.includes('company')) as string;
    const row = lines.find((line) => line.includes(' rahimi ')) as string;
    expect(columnOf(row, 'شرکت'), row).toBe(columnOf(head, 'company'));
    expect(columnOf(row, '+98'), row).toBe(columnOf(head, 'phone'));
  });

  it('a stored override or isolate is still shown as U+FFFD, never passed on', async () => {
    const copy = tempBinder(TODAY);
    try {
      seed(copy, 'evil', 'today', `\u202eرضا${FSI}`);
      const result = await runCrmInPty(['today'], [], { env: { HOME: copy.dir, CRM_DB: copy.db, CRM_TODAY: TODAY, NO_COLOR: '1' }, cols: 120 });
      expect(result.output).toContain(`${FSI}\uFFFDرضا\uFFFD${PDI}`);
      expect(result.output).not.toContain('\u202e');
    } finally {
      copy.remove();
    }
  });

  it('a handle copied from the terminal with an isolate still names the dossier', () => {
    const copy = tempBinder(TODAY);
    try {
      seed(copy, 'رحیمی', 'today', 'رضا رحیمی');
      // A terminal's copy may take the PDI (attached to the last letter) with the word.
      expect(ok(copy, ['show', `رحیمی${PDI}`])).toContain('رضا رحیمی');
      expect(ok(copy, ['show', `${FSI}رحیمی${PDI}`])).toContain('رضا رحیمی');
    } finally {
      copy.remove();
    }
  });
});

describe('off a terminal nothing is added', () => {
  it.each([
    ['today'],
    ['open', 'today'],
    ['today', '--json'],
    ['show', 'rahimi'],
    ['show', 'rahimi', '--json'],
    ['show', 'rahimi', '--format', 'markdown'],
    ['export', '--format', 'csv'],
  ])('crm %s', (...args) => {
    const out = ok(binder, args);
    expect(out).toContain('رحیمی');
    expect(out).not.toMatch(ISOLATES);
  });
});
