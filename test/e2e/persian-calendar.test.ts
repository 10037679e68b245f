// A Persian-calendar binder (issue 17): crm config calendar persian; the ring's day dividers are the
// Jalali days of the month and its month dividers Jalali months; weeks start on Saturday; stored
// dates and JSON stay Gregorian ISO, with "calendar": "persian" beside a divider named in Jalali.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { binderFiles, lineWith, ok, refused, seed, type BinderJson, type OpenJson, type ReviewJson, type ShowJson } from './support.js';

type PersianBinderJson = BinderJson & { days: { calendar?: string }[]; months: { calendar?: string }[]; later: { calendar?: string }[] };

let binder: Binder;
beforeEach(() => {
  binder = tempBinder('2026-11-23');
});
afterEach(() => {
  binder.remove();
});

/** A binder kept in the Persian calendar, working Saturday to Wednesday as in Iran. */
function persian(today?: string): void {
  ok(binder, ['config', 'calendar', 'persian'], today === undefined ? undefined : { today });
  ok(binder, ['config', 'workdays', 'sat-wed'], today === undefined ? undefined : { today });
}

describe('crm config calendar', () => {
  it('is gregorian unless set; persian is kept, shown, and undone', () => {
    expect(lineWith(ok(binder, ['config']), 'calendar')).toBe('calendar            gregorian');
    expect(ok(binder, ['config', 'calendar', 'persian'])).toContain('calendar            persian (Jalali dividers, weeks from Saturday) (changed)');
    expect(binder.json<{ calendar: string }>(['config']).calendar).toBe('persian');
    expect(ok(binder, ['config', 'calendar', 'Persian'])).toContain('(already so: nothing changed)');
    ok(binder, ['undo']);
    expect(binder.json<{ calendar: string }>(['config']).calendar).toBe('gregorian');
  });

  it('refuses another calendar in one line, exit 2, creating nothing', () => {
    const { stderr } = refused(binder, ['config', 'calendar', 'julian']);
    expect(stderr).toBe('crm: calendar "julian": type crm config calendar persian (Jalali dividers: Farvardin..Esfand), or crm config calendar gregorian\n');
    expect(binderFiles(binder)).toEqual([]);
  });

  it('travels with an export into another binder', () => {
    persian();
    const file = join(binder.dir, 'export.json');
    ok(binder, ['export', '-o', file]);
    const other = tempBinder('2026-11-23');
    try {
      ok(other, ['import', file]);
      expect(other.json<{ calendar: string }>(['config']).calendar).toBe('persian');
    } finally {
      other.remove();
    }
  });

  it("workdays sat-wed are listed from Saturday in a Persian-calendar binder", () => {
    persian();
    expect(lineWith(ok(binder, ['config']), 'workdays')).toBe('workdays            sat sun mon tue wed');
    expect(binder.json<{ workdays: number[] }>(['config']).workdays).toEqual([0, 1, 2, 3, 6]);
  });
});

describe('filing around Esfand and Nowruz', () => {
  it('1405 is a common year: 29 Esfand is the last day divider before 1 Farvardin 1406', () => {
    const today = '2027-03-15'; // Mon 24 Esfand 1405
    persian(today);
    expect(seed(binder, 'esf', '2027-03-20', 'Esfand Last', [], today)).toBe('New dossier esf (Esfand Last) filed behind 29: Sat 29 Esfand 1405.\n');
    expect(seed(binder, 'now', '2027-03-21', 'Nowruz First', [], today)).toBe('New dossier now (Nowruz First) filed behind 1: Sun 1 Farvardin 1406.\n');
    // The ring ends on 24 Farvardin (2027-04-13); the 25th sits behind the Farvardin divider.
    expect(seed(binder, 'far', '2027-04-14', 'Farvardin Later', [], today)).toBe('New dossier far (Farvardin Later) filed behind Farvardin: Wed 25 Farvardin 1406.\n');
    // Stored and shown as JSON in ISO; crm show names the divider in Jalali.
    expect(binder.json<ShowJson>(['show', 'now'], { today }).filedOn).toBe('2027-03-21');
    expect(ok(binder, ['show', 'now'], { today })).toContain('behind 1: Sun 1 Farvardin 1406');
    expect(ok(binder, ['show', 'far'], { today })).toContain('behind Farvardin: Wed 25 Farvardin 1406');
  });

  it('1403 is a leap year: 30 Esfand (2025-03-20, a Thursday) is a day divider; filing there moves to Saturday unless --exact', () => {
    const today = '2025-03-15'; // Sat 25 Esfand 1403
    persian(today);
    const moved = seed(binder, 'leap', '2025-03-20', 'Leap Day', [], today);
    expect(moved).toBe('New dossier leap (Leap Day) filed behind 2: Sat 2 Farvardin 1404.\nThu 30 Esfand 1403 is a day off; filed on the next working day.\n');
    expect(seed(binder, 'kept', '2025-03-20', 'Kept Day', ['--exact'], today)).toBe('New dossier kept (Kept Day) filed behind 30: Thu 30 Esfand 1403.\n');
  });
});

describe('crm binder in a Persian-calendar binder', () => {
  it('day dividers 9 Azar to 8 Dey, then 12 Jalali month dividers from Dey; later by Jalali year', () => {
    const today = '2026-11-29'; // Sun 8 Azar 1405
    persian(today);
    seed(binder, 'azar', '2026-12-21', 'Azar Last', [], today); // 30 Azar, a Monday
    seed(binder, 'dey', '2026-12-30', 'Dey Ninth', [], today); // 9 Dey, past the ring
    seed(binder, 'later', '2027-12-22', 'Next Dey', [], today); // 1 Dey 1406, past the 12 months
    const out = ok(binder, ['binder'], { today });
    expect(out.split('\n')[0]).toBe('The binder · Sun 8 Azar 1405');
    expect(out).toContain('\n   9  Mon 9 Azar 1405    ·\n');
    expect(out).toContain('\n  30  Mon 30 Azar 1405   1  █\n');
    expect(out).toContain('\n   1  Tue 1 Dey 1405     ·\n');
    expect(out).toContain('\n   8  Tue 8 Dey 1405     ·\n');
    expect(out).toContain('Month dividers\n  Dey 1405               1 from Wed 9 Dey 1405\n  Bahman 1405            ·\n  Esfand 1405            ·\n  Farvardin 1406         ·\n');
    expect(out).toContain('  Azar 1406              ·\n\nLater\n  1406                   1\n');

    const json = binder.json<PersianBinderJson>(['binder'], { today });
    expect(json.days).toHaveLength(30);
    expect(json.days[0]).toEqual({ divider: 9, date: '2026-11-30', count: 0, workingDay: true, calendar: 'persian' });
    expect(json.months[0]).toEqual({ month: '1405-10', calendar: 'persian', count: 1 });
    expect(json.months.map((m) => m.month)).toEqual(['1405-10', '1405-11', '1405-12', '1406-01', '1406-02', '1406-03', '1406-04', '1406-05', '1406-06', '1406-07', '1406-08', '1406-09']);
    expect(json.later).toEqual([{ year: 1406, calendar: 'persian', count: 1 }]);
  });

  it('a Gregorian binder names no calendar in its JSON, and its ring is as it was', () => {
    seed(binder, 'dec', '2026-12-30', 'December');
    const text = JSON.stringify(binder.json(['binder']));
    expect(text).not.toContain('calendar');
    expect(binder.json<BinderJson>(['binder']).months[0]).toEqual({ month: '2026-12', count: 1 });
    expect(ok(binder, ['binder'])).toContain('\n  December 2026          1 from Thu 24 Dec 2026\n');
  });

  it('crm open of a Gregorian month in a Persian-calendar binder titles it with the Gregorian month', () => {
    persian();
    seed(binder, 'dec', '2026-12-30', 'December');
    const json = binder.json<OpenJson & { calendar?: string }>(['open', 'dec']);
    expect(json).toMatchObject({ divider: 'month', from: '2026-12-24', to: '2026-12-31', month: '2026-12' });
    expect(json.calendar).toBeUndefined();
    expect(ok(binder, ['open', 'dec']).split('\n')[0]).toBe('Behind December 2026 (Thu 3 Dey to Thu 10 Dey): 1 dossier');
  });
});

describe('crm review --week', () => {
  it('runs Saturday to Friday in a Persian-calendar binder, Monday to Sunday otherwise', () => {
    seed(binder, 'acme', '23', 'Acme', [], '2026-11-16');
    ok(binder, ['log', 'acme', '--outcome', 'reached', '--next', '2026-11-25']);
    expect(binder.json<ReviewJson>(['review', '--week'])).toMatchObject({ from: '2026-11-23', to: '2026-11-29', logged: 1 });
    persian();
    const week = binder.json<ReviewJson>(['review', '--week']);
    expect(week).toMatchObject({ from: '2026-11-21', to: '2026-11-27', logged: 1 });
    expect(ok(binder, ['review', '--week']).split('\n')[0]).toBe('Review: Sat 30 Aban 1405 to Fri 6 Azar 1405');
    // Saturday itself begins its own week.
    expect(binder.json<ReviewJson>(['review', '--week', '2026-11-21'])).toMatchObject({ from: '2026-11-21', to: '2026-11-27' });
    expect(binder.json<ReviewJson>(['review', '--week', '2026-11-20'])).toMatchObject({ from: '2026-11-14', to: '2026-11-20' });
  });
});
