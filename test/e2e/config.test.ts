// crm config: workdays, holidays, capacity, dividers.
import { readFileSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { ON_SERVER } from './server-binder.js';
import { SETTING_DEFINITIONS } from '../../src/binder/settings.js';
import { binderFiles, binderWhere, changeList, lineWith, ok, refused, type ChangedJson, type SettingsJson } from './support.js';

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
    // Which binder it reads, first: the file named by CRM_DB (on a server its schema, database, host and user).
    expect(out.split('\n')[0]).toBe(`binder              ${binderWhere(binder)}`);
    expect(settings()).toMatchObject({ binder: binderWhere(binder) });
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

  // A file's mode: a server binder has none (the server's roles and grants say who reads it).
  it.skipIf(ON_SERVER)('creates the binder owner-only on the first setting written', () => {
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

describe('a setting given the value it has already (issue 12)', () => {
  it.each([
    { key: 'capacity', values: ['6'] },
    { key: 'workdays', values: ['mon-fri'] },
    { key: 'holidays', values: ['add', '2026-12-24'] },
    { key: 'dividers', values: ['numbered'] },
    { key: 'outcome', values: ['no-answer', 'tomorrow'] },
    { key: 'attach-limit', values: ['25MB'] },
    { key: 'note-limit', values: ['1MB'] },
    { key: 'complaint-due', values: ['tomorrow'] },
  ])('crm config $key $values twice: the second changes nothing, logs no change, and says so', ({ key, values }) => {
    ok(binder, ['config', 'capacity', '6']);
    ok(binder, ['config', 'holidays', 'add', '2026-12-24']);
    const before = binder.dump();
    const changes = changeList(binder);
    const out = ok(binder, ['config', key, ...values]);
    expect(lineWith(out, key)).toContain('(already so: nothing changed)');
    expect(out).not.toContain('(changed)');
    expect(binder.dump()).toBe(before);
    expect(changeList(binder)).toEqual(changes);
  });

  it('--json: no change, no entries, and the settings', () => {
    ok(binder, ['config', 'capacity', '6']);
    const same = binder.json<ChangedJson & { settings: SettingsJson }>(['config', 'capacity', '6']);
    expect(same).toMatchObject({ change: null, dossiers: [], entries: [], settings: { capacity: 6 } });
  });

  it('a default value of a binder that never set it is already so', () => {
    ok(binder, ['config', 'capacity', '6']);
    expect(lineWith(ok(binder, ['config', 'complaint-follow-up', '+1w']), 'complaint-follow-up')).toContain('nothing changed');
  });

  it('crm undo then takes back the change before it', () => {
    ok(binder, ['config', 'capacity', '5']);
    ok(binder, ['config', 'capacity', '6']);
    ok(binder, ['config', 'capacity', '6']);
    ok(binder, ['undo']);
    expect(settings().capacity).toBe(5);
  });
});

describe('every setting is in crm config, its --help and the README (issue 12)', () => {
  const keys = SETTING_DEFINITIONS.map((setting) => setting.key);

  it('the definitions cover every setting crm config --json shows', () => {
    // JSON field -> the setting that sets it (dividers sets datedMonths too).
    const setBy: Record<string, string> = { datedMonths: 'dividers', outcomeNext: 'outcome' };
    // binder says which binder it is (its file, or its server): not a setting.
    const fields = Object.keys(settings()).filter((field) => field !== 'binder');
    const kebab = (field: string) => setBy[field] ?? field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    expect(new Set(fields.map(kebab))).toEqual(new Set(keys));
  });

  it('crm config --help lists each setting under Settings, and crm config shows each', () => {
    const help = ok(binder, ['config', '--help']);
    const listed = help.slice(help.indexOf('Settings:'), help.indexOf('Examples:'));
    for (const key of keys) expect(listed, key).toMatch(new RegExp(`^  ${key} `, 'm'));
    const shown = ok(binder, ['config']);
    for (const key of keys) expect(shown, key).toMatch(new RegExp(`^${key} `, 'm'));
  });

  it("the README's row for crm config names each setting", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const row = lineWith(readme, '| `crm config [setting] [values]` |') ?? '';
    for (const key of keys) expect(row, key).toContain(`\`${key}\``);
  });

  it('an unknown setting names them all', () => {
    const { stderr } = refused(binder, ['config', 'colour', 'blue']);
    for (const key of keys) expect(stderr).toContain(key);
  });
});
