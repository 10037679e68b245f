// Dates typed in Polish, Bulgarian, Armenian and Persian (issue 17), through the built CLI: crm
// file, move, review and config read them whatever the interface language, as they read English.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { binderFiles, ok, refused, seed, type SettingsJson, type ShowJson } from './support.js';

let binder: Binder;
beforeEach(() => {
  binder = tempBinder('2026-11-23');
});
afterEach(() => {
  binder.remove();
});

const filedOn = (client: string) => binder.json<ShowJson>(['show', client]).filedOn;

describe('crm file <client> <when> in every language', () => {
  it.each([
    ['5 lipca', '2027-07-05', 'behind July: Mon 5 Jul 2027'],
    ['LIPCA 5', '2027-07-05', 'behind July: Mon 5 Jul 2027'],
    ['w środę', '2026-11-25', 'behind 25: Wed 25 Nov 2026'],
    ['za 2 tygodnie', '2026-12-07', 'behind 7: Mon 7 Dec 2026'],
    ['след 2 седмици', '2026-12-07', 'behind 7: Mon 7 Dec 2026'],
    ['հուլիսի 5', '2027-07-05', 'behind July: Mon 5 Jul 2027'],
    ['2 շաբաթից', '2026-12-07', 'behind 7: Mon 7 Dec 2026'],
    ['۵ ژوئیه', '2027-07-05', 'behind July: Mon 5 Jul 2027'],
    ['پس فردا', '2026-11-25', 'behind 25: Wed 25 Nov 2026'],
    ['tir 5', '2027-06-28', 'behind June: Mon 28 Jun 2027'],
  ])('"%s" files on %s', (when, day, said) => {
    expect(seed(binder, 'acme', when, 'Anna Nowak')).toContain(said);
    expect(filedOn('acme')).toBe(day);
  });

  it('moves a Saturday named in Armenian to Monday, and says so', () => {
    const out = seed(binder, 'acme', 'շաբաթ', 'Anna Nowak');
    expect(out).toContain('behind 30: Mon 30 Nov 2026');
    expect(out).toContain('Sat 28 Nov 2026');
    expect(filedOn('acme')).toBe('2026-11-30');
  });

  it('takes an hour after the words: "jutro 15:00", "piątek 9:30"', () => {
    seed(binder, 'acme', 'jutro 15:00', 'Anna Nowak');
    seed(binder, 'zolc', 'piątek 9:30', 'Łukasz Żółć');
    const acme = binder.json<ShowJson & { filedAt: string | null }>(['show', 'acme']);
    const zolc = binder.json<ShowJson & { filedAt: string | null }>(['show', 'zolc']);
    expect([acme.filedOn, acme.filedAt]).toEqual(['2026-11-24', '15:00']);
    expect([zolc.filedOn, zolc.filedAt]).toEqual(['2026-11-27', '09:30']);
  });

  it('refuses an ambiguous prefix in one line naming the candidates, and writes nothing', () => {
    const { stderr } = refused(binder, ['file', 'acme', 'հուն', '--name', 'Anna Nowak']);
    expect(stderr).toBe('crm: "հուն" could be January (հունվար) or June (հունիս); type more letters\n');
    expect(binderFiles(binder)).toEqual([]);
  });

  it('refuses a Persian word typed as a prefix (پنج is "five", not Thursday)', () => {
    const { stderr } = refused(binder, ['file', 'acme', 'پنج', '--name', 'Anna Nowak']);
    expect(stderr).toMatch(/^crm: "پنج" is not a date crm understands; type .*Polish, Bulgarian, Armenian and Persian/);
  });
});

describe('crm move and crm config read them too', () => {
  it('crm move <client> "в петък"', () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    ok(binder, ['move', 'acme', 'в петък']);
    expect(filedOn('acme')).toBe('2026-11-27');
  });

  it.each([
    [['pon-pt'], [1, 2, 3, 4, 5]],
    [['пн-пт'], [1, 2, 3, 4, 5]],
    [['شنبه-چهارشنبه'], [0, 1, 2, 3, 6]],
    [['երկ,չրք,ուր'], [1, 3, 5]],
  ])('crm config workdays %s', (typed, workdays) => {
    ok(binder, ['config', 'workdays', ...typed]);
    expect(binder.json<SettingsJson>(['config']).workdays).toEqual(workdays);
  });

  it('crm config outcome no-answer jutro: kept as typed, read when crm log files', () => {
    ok(binder, ['config', 'outcome', 'no-answer', 'jutro']);
    seed(binder, 'acme', '25', 'Anna Nowak');
    ok(binder, ['log', 'acme', '--outcome', 'no-answer'], { today: '2026-11-27' });
    expect(filedOn('acme')).toBe('2026-11-30');
  });
});
