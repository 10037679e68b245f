// crm today: the morning's stack, overdue first, then priority.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { binderFiles, expectDossierShape, ok, seed, type TodayJson } from './support.js';

describe('an empty stack', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = tempBinder('2026-11-23');
  });
  afterEach(() => {
    binder.remove();
  });

  it('says so in a friendly line and exits 0, even with no binder at all, creating nothing', () => {
    const out = ok(binder, ['today']);
    expect(out).toContain('Mon 23 Nov 2026');
    expect(out).toMatch(/nothing in today's stack/i);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(binder.json<TodayJson>(['today'])).toMatchObject({ date: '2026-11-23', stack: [] });
    expect(binderFiles(binder)).toEqual([]);
  });

  it('with dossiers filed later, still empty today', () => {
    seed(binder, 'acme', '8', 'Anna Nowak');
    expect(ok(binder, ['today'])).toMatch(/nothing in today's stack/i);
    expect(binder.json<TodayJson>(['today']).stack).toEqual([]);
  });
});

describe('overdue carry-over and the order of the stack', () => {
  // Filed on earlier days with an earlier CRM_TODAY, opened on Mon 2026-11-23.
  let binder: Binder;
  beforeAll(() => {
    binder = tempBinder('2026-11-23');
    seed(binder, 'old', '20', 'Olga Old', ['--priority', 'C'], '2026-11-16'); // Fri 20 Nov: 3 days overdue
    seed(binder, 'older', 'today', 'Otto Older', ['--priority', 'B', '--note', 'promised a call back'], '2026-11-02'); // 21 days
    seed(binder, 'vip', 'today', 'Vera Important', ['--priority', 'A', '--company', 'VIP Ltd']);
    seed(binder, 'plain', 'today', 'Paul Plain', ['--phone', '+48 22 123 45 67', '--offer', '12 months at 9.99']);
    seed(binder, 'low', 'today', 'Lena Low', ['--priority', 'C']);
    seed(binder, 'later', '8', 'Lars Later', ['--priority', 'A']);
  });
  afterAll(() => {
    binder.remove();
  });

  it('--json: the date and the stack, overdue first with their age in calendar days, then by priority', () => {
    const today = binder.json<TodayJson>(['today']);
    expect(today.date).toBe('2026-11-23');
    expect(today.stack.map((d) => d.handle)).toEqual(['older', 'old', 'vip', 'plain', 'low']);
    const byHandle = Object.fromEntries(today.stack.map((d) => [d.handle, d]));
    expect(byHandle.old).toMatchObject({ filedOn: '2026-11-20', overdueDays: 3, priority: 'C' });
    expect(byHandle.older).toMatchObject({ filedOn: '2026-11-02', overdueDays: 21, lastNote: 'promised a call back' });
    expect(byHandle.vip).toMatchObject({ filedOn: '2026-11-23', overdueDays: 0, company: 'VIP Ltd' });
    expect(byHandle.plain).toMatchObject({ phone: '+48 22 123 45 67', offer: '12 months at 9.99' });
    for (const dossier of today.stack) expectDossierShape(dossier);
    expect(today.overdue).toBe(2);
  });

  it('text: counts at the top, every card in stack order, overdue ages shown', () => {
    const out = ok(binder, ['today']);
    const [header = ''] = out.split('\n');
    expect(header).toContain('Mon 23 Nov 2026');
    expect(header).toMatch(/5 dossiers/);
    expect(header).toMatch(/2 overdue/);
    expect(header).toMatch(/3 due today/);
    const positions = ['older', 'old', 'vip', 'plain', 'low'].map((handle) => out.search(new RegExp(`\\b${handle}\\b`)));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(out).toMatch(/21 days overdue/);
    expect(out).toMatch(/3 days overdue/);
    expect(out).toContain('Vera Important');
    expect(out).toContain('+48 22 123 45 67');
    expect(out).toContain('promised a call back');
    expect(out).toContain('12 months at 9.99');
    expect(out).not.toContain('later');
  });

  it('counts the overdue age in calendar days across a weekend and month end', () => {
    const today = binder.json<TodayJson>(['today'], { today: '2026-12-01' });
    const byHandle = Object.fromEntries(today.stack.map((d) => [d.handle, d.overdueDays]));
    expect(byHandle).toMatchObject({ older: 29, old: 11, vip: 8, plain: 8, low: 8 });
  });

  it('prints no colour without a terminal, with NO_COLOR, with --no-color', () => {
    // ok() asserts there is no escape character in stdout.
    ok(binder, ['today'], { env: { NO_COLOR: '1' } });
    ok(binder, ['today', '--no-color']);
  });
});

describe('refiling takes a dossier out of the stack', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = tempBinder('2026-11-23');
  });
  afterEach(() => {
    binder.remove();
  });

  it('an overdue dossier stays until it is refiled', () => {
    seed(binder, 'old', '20', 'Olga Old', [], '2026-11-16');
    expect(binder.json<TodayJson>(['today'], { today: '2026-11-30' }).stack.map((d) => d.handle)).toEqual(['old']);
    ok(binder, ['file', 'old', '8'], { today: '2026-11-30' });
    expect(binder.json<TodayJson>(['today'], { today: '2026-11-30' }).stack).toEqual([]);
  });
});

describe('a change of daylight saving time', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = tempBinder('2026-09-05');
  });
  afterEach(() => {
    binder.remove();
  });

  it('neither shifts a date nor miscounts the overdue age (Chile: clocks jump at midnight on Sun 6 Sep 2026)', () => {
    const env = { TZ: 'America/Santiago' };
    expect(ok(binder, ['file', 'acme', '+1d', '--exact', '--name', 'Anna Nowak'], { env })).toContain('behind 6: Sun 6 Sep 2026');
    const today = JSON.parse(ok(binder, ['today', '--json'], { today: '2026-09-08', env })) as TodayJson;
    expect(today.stack.map((d) => [d.handle, d.filedOn, d.overdueDays])).toEqual([['acme', '2026-09-06', 2]]);
  });
});

describe('capacity', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = tempBinder('2026-11-23');
    seed(binder, 'a', 'today', 'Ada A');
    seed(binder, 'b', 'today', 'Ben B');
    seed(binder, 'c', 'today', 'Cid C');
  });
  afterEach(() => {
    binder.remove();
  });

  it('says by how much the stack is over the daily capacity', () => {
    ok(binder, ['config', 'capacity', '2']);
    expect(ok(binder, ['today']).split('\n')[0]).toMatch(/\b1 over\b.*\b2\b/);
    expect(binder.json<TodayJson>(['today'])).toMatchObject({ capacity: 2, overCapacity: 1 });
  });

  it('says nothing is over when the stack fits', () => {
    ok(binder, ['config', 'capacity', '3']);
    expect(ok(binder, ['today'])).not.toMatch(/\bover\b/);
    expect(binder.json<TodayJson>(['today'])).toMatchObject({ capacity: 3, overCapacity: 0 });
  });
});
