// crm today with the hours of the filings (issue 14, item 2): overdue first, then today's hours in
// order, then the rest by priority; each hour shown, what is due within 15 minutes and what is
// past its hour marked. The moment is fixed with CRM_NOW on the binder's wall clock (Europe/Warsaw).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { at, copyBinder, lineWith, ok, seed, seedAt, type TodayJson } from './support.js';

// Mon 23 Nov 2026. Two overdue from Fri 20 Nov (one had an hour), four of today with hours in an
// order that is not their priorities', two of today for the day, one for tomorrow just past midnight.
let binder: Binder;
beforeAll(() => {
  binder = tempBinder('2026-11-23');
  // The hours are the binder's wall clock: one zone, so they are the same instants on every machine.
  ok(binder, ['config', 'timezone', 'Europe/Warsaw']);
  seed(binder, 'old', 'today', 'Olga Old', ['--priority', 'A'], '2026-11-20');
  seedAt(binder, 'oldt', '2026-11-20', '09:00', 'Otto Timed', ['--priority', 'C']);
  seedAt(binder, 'early', '2026-11-23', '09:00', 'Erik Early', ['--priority', 'C']);
  seedAt(binder, 'acme', '2026-11-23', '14:00', 'Anna Nowak', ['--company', 'Acme Ltd', '--phone', '+48 601 234 567']);
  seedAt(binder, 'zolc', '2026-11-23', '14:10', 'Łukasz Żółć', ['--priority', 'A']);
  seedAt(binder, 'late', '2026-11-23', '16:45', 'Lara Late', ['--priority', 'C']);
  seed(binder, 'vip', 'today', 'Vera Important', ['--priority', 'A']);
  seed(binder, 'plain', 'today', 'Paul Plain');
  seedAt(binder, 'tom', '2026-11-24', '00:30', 'Tom Tomorrow');
}, 60_000);
afterAll(() => binder.remove());

const ORDER = ['old', 'oldt', 'early', 'acme', 'zolc', 'late', 'vip', 'plain'];

describe('the order of the stack', () => {
  it('--json: overdue first (by priority, not by hour), then the hours of the day in order, then the rest by priority', () => {
    const today = binder.json<TodayJson>(['today'], at('2026-11-23T13:50'));
    expect(today.stack.map((d) => d.handle)).toEqual(ORDER);
  });

  it('is the same order at any moment of the day: passing an hour moves nothing', () => {
    for (const now of ['2026-11-23T00:00', '2026-11-23T09:30', '2026-11-23T23:59']) {
      expect(binder.json<TodayJson>(['today'], at(now)).stack.map((d) => d.handle), now).toEqual(ORDER);
    }
  });

  it('with CRM_TODAY alone (no hour given), the order is the same', () => {
    expect(binder.json<TodayJson>(['today']).stack.map((d) => d.handle)).toEqual(ORDER);
  });

  it('just past midnight, yesterday is overdue and tomorrow is today: its hours come after the overdue', () => {
    const today = binder.json<TodayJson>(['today'], at('2026-11-24T00:20'));
    // Overdue by priority A-C, then the oldest filing, then the hour (a filing for the day after the hours).
    expect(today.stack.map((d) => d.handle)).toEqual(['old', 'zolc', 'vip', 'acme', 'plain', 'oldt', 'early', 'late', 'tom']);
    expect(today.stack.slice(0, 8).every((d) => d.due === 'overdue')).toBe(true);
    expect(today.stack.find((d) => d.handle === 'tom')).toMatchObject({ filedAt: '00:30', due: 'soon', minutesUntil: 10, overdueDays: 0 });
  });
});

describe('--json: filedAt, due and minutesUntil on every dossier', () => {
  it('at 13:50: past, soon, later, for the day, overdue', () => {
    const today = binder.json<TodayJson>(['today'], at('2026-11-23T13:50'));
    const fields = Object.fromEntries(today.stack.map((d) => [d.handle, [d.filedAt, d.due, d.minutesUntil, d.overdueDays]]));
    expect(fields).toEqual({
      old: [null, 'overdue', null, 3],
      // From Fri 20 Nov 09:00 to Mon 23 Nov 13:50: 3 days, 4 h 50 min.
      oldt: ['09:00', 'overdue', -(3 * 24 * 60 + 4 * 60 + 50), 3],
      early: ['09:00', 'past', -290, 0],
      acme: ['14:00', 'soon', 10, 0],
      zolc: ['14:10', 'later', 20, 0],
      late: ['16:45', 'later', 175, 0],
      vip: [null, 'day', null, 0],
      plain: [null, 'day', null, 0],
    });
  });

  it.each([
    ['13:44', 'later', 16, '14:00'],
    ['13:45', 'soon', 15, '14:00, in 15 min'],
    ['13:59', 'soon', 1, '14:00, in 1 min'],
    ['14:00', 'soon', 0, '14:00, now'],
    ['14:00:59', 'soon', 0, '14:00, now'],
    ['14:01', 'past', -1, '14:00, 1 min ago'],
    ['14:35', 'past', -35, '14:00, 35 min ago'],
    ['15:00', 'past', -60, '14:00, 1 h ago'],
    ['23:59', 'past', -599, '14:00, 9 h 59 min ago'],
  ])('acme, filed for 14:00, at %s: %s, %i minutes; the card says "%s"', (time, due, minutes, mark) => {
    const when = at(`2026-11-23T${time}`);
    const acme = binder.json<TodayJson>(['today'], when).stack.find((d) => d.handle === 'acme');
    expect(acme).toMatchObject({ filedAt: '14:00', due, minutesUntil: minutes });
    const line = lineWith(ok(binder, ['today'], when), ' acme ') ?? '';
    expect(line.endsWith(`Anna Nowak · Acme Ltd  ${mark}`), line).toBe(true);
  });

  it('the option says what each field means', () => {
    const help = ok(binder, ['today', '--help']);
    for (const word of ['"filedAt"', '"due"', '"minutesUntil"', '"overdue"', '"past"', '"soon"', '"later"', '"day"']) expect(help).toContain(word);
  });
});

describe('the text', () => {
  it('at 13:50: each hour shown, the one past its hour and the one within 15 minutes marked, the rest as before', () => {
    const out = ok(binder, ['today'], at('2026-11-23T13:50'));
    const [header = ''] = out.split('\n');
    expect(header).toBe("Mon 23 Nov 2026 · 8 dossiers in today's stack (2 overdue, 6 due today, 1 past its hour, 1 within 15 min)");
    expect(lineWith(out, ' old ')).toBe('1  A old  Olga Old  3 days overdue');
    expect(lineWith(out, ' oldt ')).toBe('2  C oldt  Otto Timed  3 days overdue (was 09:00)');
    expect(lineWith(out, ' early ')).toBe('3  C early  Erik Early  09:00, 4 h 50 min ago');
    expect(lineWith(out, ' acme ')).toBe('4  B acme  Anna Nowak · Acme Ltd  14:00, in 10 min');
    expect(lineWith(out, ' zolc ')).toBe('5  A zolc  Łukasz Żółć  14:10');
    expect(lineWith(out, ' late ')).toBe('6  C late  Lara Late  16:45');
    // A filing for the day: its card exactly as before the hours.
    expect(lineWith(out, ' vip ')).toBe('7  A vip  Vera Important');
    expect(lineWith(out, ' plain ')).toBe('8  B plain  Paul Plain');
    expect(out).not.toContain('tom');
  });

  it('before the first hour: nothing marked, the header as it was', () => {
    const out = ok(binder, ['today'], at('2026-11-23T07:00'));
    expect(out.split('\n')[0]).toBe("Mon 23 Nov 2026 · 8 dossiers in today's stack (2 overdue, 6 due today)");
    expect(lineWith(out, ' early ')).toBe('3  C early  Erik Early  09:00');
    expect(out).not.toMatch(/ ago|in \d+ min|\bnow\b/);
  });

  it('several past their hours', () => {
    const out = ok(binder, ['today'], at('2026-11-23T17:00'));
    expect(out.split('\n')[0]).toContain('(2 overdue, 6 due today, 4 past their hours)');
    expect(lineWith(out, ' late ')).toBe('6  C late  Lara Late  16:45, 15 min ago');
  });

  it('a binder moved by crm export and crm import: the same stack, the same hours and marks', () => {
    const moved = tempBinder('2026-11-23');
    try {
      const exported = join(moved.dir, 'binder.json');
      ok(binder, ['export', '-o', exported]);
      ok(moved, ['import', exported]);
      const now = at('2026-11-23T13:50');
      expect(moved.json<TodayJson>(['today'], now)).toEqual(binder.json<TodayJson>(['today'], now));
      expect(ok(moved, ['today'], now)).toBe(ok(binder, ['today'], now));
    } finally {
      moved.remove();
    }
  });

  it('a dossier refiled is out of the stack, its hour with it', () => {
    const copy = copyBinder(binder);
    try {
      ok(copy, ['log', 'acme', '--note', 'Called, all good', '--outcome', 'reached', '--next', 'fri'], at('2026-11-23T14:05'));
      const out = ok(copy, ['today'], at('2026-11-23T14:06'));
      expect(out).not.toContain('acme');
      expect(out.split('\n')[0]).toContain('(2 overdue, 5 due today, 1 past its hour, 1 within 15 min)');
      expect(lineWith(out, ' zolc ')).toBe('4  A zolc  Łukasz Żółć  14:10, in 4 min');
    } finally {
      copy.remove();
    }
  });
});

describe('minutes are counted between instants, across a change of the clocks (Europe/Warsaw)', () => {
  it.each([
    // 29 Mar 2026: 02:00 CET becomes 03:00 CEST. 01:30 CET is 00:30Z, 03:10 CEST 01:10Z: 40 minutes.
    ['2026-03-29', '01:30', '03:10', -40, '01:30, 40 min ago'],
    // 25 Oct 2026: 03:00 CEST becomes 02:00 CET; 01:30 is 23:30Z the day before, 03:00 CET 02:00Z: 2 h 30 min.
    ['2026-10-25', '01:30', '03:00', -150, '01:30, 2 h 30 min ago'],
    // 02:00 happens twice that night: CRM_NOW's is the first (00:00Z); 03:30 CET is 02:30Z, 2 h 30 min later, not 1 h 30.
    ['2026-10-25', '03:30', '02:00', 150, '03:30'],
  ])('filed %s at %s, at %s: %i minutes', (day, hour, time, minutes, mark) => {
    const timed = tempBinder(day);
    try {
      ok(timed, ['config', 'timezone', 'Europe/Warsaw']);
      seedAt(timed, 'acme', day, hour, 'Anna Nowak');
      const acme = timed.json<TodayJson>(['today'], at(`${day}T${time}`)).stack[0];
      expect(acme).toMatchObject({ handle: 'acme', filedAt: hour, minutesUntil: minutes });
      expect(lineWith(ok(timed, ['today'], at(`${day}T${time}`)), ' acme ')).toBe(`1  B acme  Anna Nowak  ${mark}`);
    } finally {
      timed.remove();
    }
  });
});

describe('bad input', () => {
  it('CRM_NOW that is not a moment: one line, exit 2', () => {
    const result = binder.crm(['today'], { env: { CRM_NOW: '2026-11-23 25:00' } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^crm: CRM_NOW="2026-11-23 25:00" is not a moment; set it as YYYY-MM-DDTHH:MM/);
  });
});
