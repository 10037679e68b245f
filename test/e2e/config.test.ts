// crm config: workdays, holidays, capacity, dividers.
import { statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { binderFiles, lineWith, ok, refused, type SettingsJson } from './support.js';

let binder: Binder;
beforeEach(() => {
  binder = tempBinder('2026-11-23');
});
afterEach(() => {
  binder.remove();
});

const settings = () => binder.json<SettingsJson>(['config']);

describe('showing the settings', () => {
  it('shows the defaults of a missing binder and creates nothing', () => {
    const out = ok(binder, ['config']);
    for (const key of ['workdays', 'holidays', 'capacity', 'dividers']) expect(out).toContain(key);
    expect(lineWith(out, 'workdays')).toMatch(/mon tue wed thu fri/i);
    expect(settings()).toMatchObject({ workdays: [1, 2, 3, 4, 5], holidays: [], capacity: null, dividers: 'numbered' });
    expect(binderFiles(binder)).toEqual([]);
  });

  it('shows one setting when named without a value, writing nothing', () => {
    expect(ok(binder, ['config', 'capacity'])).toContain('capacity');
    expect(binderFiles(binder)).toEqual([]);
  });
});

describe('workdays', () => {
  it.each([
    { typed: ['sun-thu'], workdays: [0, 1, 2, 3, 4] },
    { typed: ['mon,wed,fri'], workdays: [1, 3, 5] },
    { typed: ['mon', 'tue', 'sat'], workdays: [1, 2, 6] },
    { typed: ['mon-sat'], workdays: [1, 2, 3, 4, 5, 6] },
  ])('crm config workdays $typed', ({ typed, workdays }) => {
    ok(binder, ['config', 'workdays', ...typed]);
    expect(settings().workdays).toEqual(workdays);
  });

  it('creates the binder owner-only on the first setting written', () => {
    ok(binder, ['config', 'workdays', 'sun-thu']);
    expect(statSync(binder.db).mode & 0o777).toBe(0o600);
    expect(lineWith(ok(binder, ['config']), 'workdays')).toMatch(/sun mon tue wed thu/i);
  });

  it('refuses what is not a weekday', () => {
    ok(binder, ['config', 'capacity', '9']);
    const { stderr } = refused(binder, ['config', 'workdays', 'someday']);
    expect(stderr).toContain('someday');
    expect(stderr).toContain('mon-fri');
  });
});

describe('holidays', () => {
  it('adds, removes and clears dates in any date form', () => {
    ok(binder, ['config', 'holidays', 'add', '2026-12-24', 'dec 25', '2027-01-01']);
    expect(settings().holidays).toEqual(['2026-12-24', '2026-12-25', '2027-01-01']);
    expect(lineWith(ok(binder, ['config']), 'holidays')).toContain('Thu 24 Dec 2026');
    ok(binder, ['config', 'holidays', 'remove', '2026-12-25']);
    expect(settings().holidays).toEqual(['2026-12-24', '2027-01-01']);
    ok(binder, ['config', 'holidays', 'clear']);
    expect(settings().holidays).toEqual([]);
  });

  it('refuses a date form it does not know and a whole month', () => {
    ok(binder, ['config', 'holidays', 'add', '2026-12-24']);
    expect(refused(binder, ['config', 'holidays', 'add', 'xmas']).stderr).toContain('xmas');
    expect(refused(binder, ['config', 'holidays', 'add', 'jul']).stderr).toContain('jul');
    expect(refused(binder, ['config', 'holidays', 'sometimes', '2026-12-25']).stderr).toContain('add');
  });
});

describe('capacity', () => {
  it('sets a number and turns it off again', () => {
    ok(binder, ['config', 'capacity', '25']);
    expect(settings().capacity).toBe(25);
    expect(lineWith(ok(binder, ['config']), 'capacity')).toContain('25');
    ok(binder, ['config', 'capacity', 'off']);
    expect(settings().capacity).toBeNull();
  });

  it.each([['lots'], ['-3'], ['2.5']])('refuses "%s"', (value) => {
    ok(binder, ['config', 'capacity', '25']);
    refused(binder, ['config', 'capacity', value]);
    expect(settings().capacity).toBe(25);
  });

  it('refuses a bad value on a missing binder without creating it', () => {
    const { stderr } = refused(binder, ['config', 'capacity', 'lots']);
    expect(stderr).toContain('lots');
    expect(binderFiles(binder)).toEqual([]);
  });
});

describe('dividers', () => {
  it('switches to dated dividers for 1-3 months and back to numbered', () => {
    ok(binder, ['config', 'dividers', 'dated', '3']);
    expect(settings()).toMatchObject({ dividers: 'dated', datedMonths: 3 });
    expect(lineWith(ok(binder, ['config']), 'dividers')).toMatch(/dated/);
    ok(binder, ['config', 'dividers', 'numbered']);
    expect(settings().dividers).toBe('numbered');
  });

  it('refuses other kinds and other month counts', () => {
    ok(binder, ['config', 'dividers', 'dated', '2']);
    refused(binder, ['config', 'dividers', 'coloured']);
    refused(binder, ['config', 'dividers', 'dated', '5']);
    expect(settings()).toMatchObject({ dividers: 'dated', datedMonths: 2 });
  });
});

describe('an unknown setting and --help', () => {
  it('refuses an unknown setting, naming the ones there are', () => {
    const { stderr } = refused(binder, ['config', 'colour', 'blue']);
    expect(stderr).toContain('colour');
    for (const key of ['workdays', 'holidays', 'capacity', 'dividers']) expect(stderr).toContain(key);
  });

  it('has examples in --help', () => {
    const out = ok(binder, ['config', '--help']);
    expect(out).toContain('Examples:');
    expect(out).toMatch(/\$ crm config workdays/);
    expect(out).toMatch(/\$ crm config holidays/);
    expect(out).toMatch(/\$ crm config capacity/);
    expect(out).toMatch(/\$ crm config dividers/);
  });
});
