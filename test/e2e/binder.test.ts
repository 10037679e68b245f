// crm binder: day dividers from tomorrow in ring order, month dividers, later years.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { binderFiles, lineWith, ok, seed, type BinderJson } from './support.js';

describe('a seeded binder on Mon 2026-11-23', () => {
  let binder: Binder;
  beforeAll(() => {
    binder = tempBinder('2026-11-23');
    seed(binder, 'a', '8', 'Ada A'); // Tue 8 Dec
    seed(binder, 'b', '8', 'Ben B'); // Tue 8 Dec
    seed(binder, 'c', '24', 'Cid C'); // Tue 24 Nov
    seed(binder, 'd', 'dec 24', 'Dan D'); // past the ring: December divider
    seed(binder, 'e', 'aug', 'Eva E'); // Mon 2 Aug 2027: August divider
    seed(binder, 'f', 'feb 29', 'Fay F'); // 2028: later
    seed(binder, 'g', '2027-12-01', 'Gus G'); // past the twelve month dividers: later, 2027
    seed(binder, 'h', 'today', 'Hal H');
  });
  afterAll(() => {
    binder.remove();
  });

  it('--json: day dividers from tomorrow to the same day next month, with date and count', () => {
    const { days } = binder.json<BinderJson>(['binder']);
    expect(days).toHaveLength(30);
    expect(days[0]).toMatchObject({ divider: 24, date: '2026-11-24', count: 1 });
    expect(days.at(-1)).toMatchObject({ divider: 23, date: '2026-12-23', count: 0 });
    expect(days.find((day) => day.date === '2026-12-08')).toMatchObject({ divider: 8, count: 2 });
    expect(days.find((day) => day.date === '2026-12-01')).toMatchObject({ divider: 1, count: 0 });
    // ring order: one divider per date, consecutive
    expect(days.map((day) => day.date)).toEqual([...days.map((day) => day.date)].sort());
    expect(new Set(days.map((day) => day.divider)).size).toBe(30);
  });

  it('--json: twelve month dividers from the month the ring ends in, then later years', () => {
    const { months, later } = binder.json<BinderJson>(['binder']);
    expect(months.map((month) => month.month)).toEqual([
      '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05',
      '2027-06', '2027-07', '2027-08', '2027-09', '2027-10', '2027-11',
    ]);
    expect(months.find((month) => month.month === '2026-12')?.count).toBe(1);
    expect(months.find((month) => month.month === '2027-08')?.count).toBe(1);
    expect(months.reduce((n, month) => n + month.count, 0)).toBe(2);
    expect(later).toEqual([
      { year: 2027, count: 1 },
      { year: 2028, count: 1 },
    ]);
  });

  it('text: day dividers with date, count and a bar; month dividers; later years', () => {
    const out = ok(binder, ['binder']);
    const eighth = lineWith(out, 'Tue 8 Dec 2026');
    expect(eighth).toMatch(/^\s*8\s+Tue 8 Dec 2026\s+2\s+██\s*$/);
    expect(lineWith(out, 'Tue 24 Nov 2026')).toMatch(/^\s*24\s+Tue 24 Nov 2026\s+1\s+█\s*$/);
    expect(lineWith(out, 'Sat 28 Nov 2026')).toMatch(/day off/);
    // ring order: tomorrow first, the same day next month last
    const first = out.indexOf('Tue 24 Nov 2026');
    const last = out.indexOf('Wed 23 Dec 2026');
    expect(first).toBeGreaterThan(0);
    expect(last).toBeGreaterThan(out.indexOf('Tue 8 Dec 2026'));
    expect(out.indexOf('Tue 8 Dec 2026')).toBeGreaterThan(first);
    expect(out).not.toMatch(/^\s*23\s+Mon 23 Nov 2026/m);
    expect(lineWith(out, 'December 2026')).toMatch(/\b1\b/);
    expect(lineWith(out, 'August 2027')).toMatch(/\b1\b/);
    expect(out.indexOf('November 2027')).toBeGreaterThan(out.indexOf('December 2026'));
    expect(lineWith(out, '2028')).toMatch(/^\s*2028\s+1\s*$/);
  });
});

describe('the ring at the end of a month', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = tempBinder('2027-01-31');
  });
  afterEach(() => {
    binder.remove();
  });

  it('runs to the last day of a shorter next month', () => {
    const { days, months } = binder.json<BinderJson>(['binder']);
    expect(days).toHaveLength(28);
    expect(days[0]).toMatchObject({ divider: 1, date: '2027-02-01' });
    expect(days.at(-1)).toMatchObject({ divider: 28, date: '2027-02-28' });
    expect(months[0]?.month).toBe('2027-02');
    expect(months.at(-1)?.month).toBe('2028-01');
  });

  it('a missing binder reads as an empty one and is not created', () => {
    const out = ok(binder, ['binder']);
    expect(out).toContain('Mon 1 Feb 2027');
    const json = binder.json<BinderJson>(['binder']);
    expect(json.days.every((day) => day.count === 0)).toBe(true);
    expect(json.months.every((month) => month.count === 0)).toBe(true);
    expect(json.later).toEqual([]);
    expect(binderFiles(binder)).toEqual([]);
  });
});

describe('dated dividers', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = tempBinder('2026-11-23');
    ok(binder, ['config', 'dividers', 'dated', '2']);
  });
  afterEach(() => {
    binder.remove();
  });

  it('show one divider per working day for the months set, then month dividers', () => {
    seed(binder, 'acme', '2027-01-05', 'Anna Nowak');
    const { days, months } = binder.json<BinderJson>(['binder']);
    expect(days.every((day) => day.workingDay)).toBe(true);
    expect(days[0]?.date).toBe('2026-11-24');
    expect(days.at(-1)?.date).toBe('2027-01-22');
    expect(days.find((day) => day.date === '2026-11-28')).toBeUndefined();
    expect(days.find((day) => day.date === '2027-01-05')?.count).toBe(1);
    expect(months[0]?.month).toBe('2027-01');
    const out = ok(binder, ['binder']);
    expect(out).toMatch(/dated/i);
    expect(out).toContain('Tue 5 Jan 2027');
  });

  it('say where a dossier went by its date', () => {
    expect(seed(binder, 'acme', '8', 'Anna Nowak')).toContain('behind Tue 8 Dec 2026');
  });
});

describe('a day off with dossiers filed on it (--exact), without colour (issue 12)', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = tempBinder('2026-11-23');
  });
  afterEach(() => {
    binder.remove();
  });

  it('keeps its "day off" label beside its count and bar', () => {
    ok(binder, ['file', 'sat', '28', '--name', 'Sam Saturday', '--exact']);
    ok(binder, ['file', 'hol', '2026-12-10', '--name', 'Holly Day', '--exact']);
    ok(binder, ['config', 'holidays', 'add', '2026-12-10']);
    const out = ok(binder, ['binder', '--no-color']);
    expect(lineWith(out, 'Sat 28 Nov 2026')).toMatch(/^\s*28\s+Sat 28 Nov 2026\s+1\s+█\s+day off$/);
    expect(lineWith(out, 'Thu 10 Dec 2026')).toMatch(/^\s*10\s+Thu 10 Dec 2026\s+1\s+█\s+day off$/);
    expect(lineWith(out, 'Sun 29 Nov 2026')).toMatch(/^\s*29\s+Sun 29 Nov 2026\s+·\s+day off$/);
    expect(lineWith(out, 'Mon 30 Nov 2026')).not.toMatch(/day off/);
  });

  it('with dated dividers too', () => {
    ok(binder, ['config', 'dividers', 'dated']);
    ok(binder, ['file', 'sat', '28', '--name', 'Sam Saturday', '--exact']);
    const out = ok(binder, ['binder']);
    expect(lineWith(out, 'Sat 28 Nov 2026')).toMatch(/^\s*Sat 28 Nov 2026\s+1\s+█\s+day off$/);
  });
});
