// crm file <client> <when>: opening, refiling and updating dossiers, and where they land.
import { statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { ON_SERVER } from './server-binder.js';
import { binderFiles, expectDossierShape, ok, refused, seed, type FileJson, type ShowJson } from './support.js';

let binder: Binder;
beforeEach(() => {
  binder = tempBinder('2026-11-23');
});
afterEach(() => {
  binder.remove();
});

const show = (client: string, today?: string) => binder.json<ShowJson>(['show', client], today === undefined ? undefined : { today });

describe('the worked cases of BINDER.md, filed with CRM_TODAY fixed', () => {
  it.each([
    { today: '2026-11-23', input: '25', filedOn: '2026-11-25', why: 'next 25th' },
    { today: '2026-11-23', input: '23', filedOn: '2026-12-23', why: "today's divider means next month" },
    { today: '2026-11-23', input: '31', filedOn: '2026-11-30', why: 'November has no 31st' },
    { today: '2026-11-23', input: 'jan', filedOn: '2027-01-01', why: 'month divider, first working day' },
    { today: '2026-11-23', input: 'dec 24', filedOn: '2026-12-24', why: 'month and day, next such date' },
    { today: '2026-11-23', input: '+2w', filedOn: '2026-12-07', why: 'two calendar weeks' },
    { today: '2026-11-27', input: 'tomorrow', filedOn: '2026-11-30', why: 'Saturday is a day off' },
  ])('$today, "$input" -> $filedOn ($why)', ({ today, input, filedOn }) => {
    seed(binder, 'acme', input, 'Anna Nowak', [], today);
    expect(show('acme', today).filedOn).toBe(filedOn);
  });
});

describe('where a dossier went, in the binder’s words', () => {
  it('names the day divider and the date', () => {
    const out = seed(binder, 'acme', '8', 'Anna Nowak', ['--company', 'Acme Ltd']);
    expect(out).toContain('behind 8: Tue 8 Dec 2026');
    expect(out).toContain('acme');
    expect(out).toContain('Anna Nowak');
  });

  it('names the month divider for a date past the ring', () => {
    expect(seed(binder, 'acme', 'jan', 'Anna Nowak')).toContain('behind January: Fri 1 Jan 2027');
    expect(ok(binder, ['file', 'acme', 'dec 24'])).toContain('behind December: Thu 24 Dec 2026');
  });

  it("keeps today's own number a day divider: 23 on the 23rd is behind 23 next month", () => {
    expect(seed(binder, 'acme', '23', 'Anna Nowak')).toContain('behind 23: Wed 23 Dec 2026');
  });

  it('names the year for a date past the twelve month dividers', () => {
    expect(seed(binder, 'leap', 'feb 29', 'Leap Year Ltd')).toContain('behind 2028: Tue 29 Feb 2028');
    expect(show('leap').filedOn).toBe('2028-02-29');
  });

  it("says when a dossier goes into today's stack", () => {
    expect(seed(binder, 'acme', 'today', 'Anna Nowak')).toMatch(/today/i);
    expect(show('acme').filedOn).toBe('2026-11-23');
  });

  it('says so when a day off moves the filing to the next working day', () => {
    const out = seed(binder, 'acme', 'tomorrow', 'Anna Nowak', [], '2026-11-27');
    expect(out).toContain('behind 30: Mon 30 Nov 2026');
    expect(out).toContain('Sat 28 Nov 2026');
    expect(out).toMatch(/day off/);
  });

  it('does not mention a day off when there was none', () => {
    expect(seed(binder, 'acme', '25', 'Anna Nowak')).not.toMatch(/day off/);
  });

  it('moves a month divider whose first day is a day off, even into the next month', () => {
    const out = seed(binder, 'aug', 'aug', 'August Client');
    expect(out).toContain('Sun 1 Aug 2027');
    expect(out).toContain('Mon 2 Aug 2027');
    expect(show('aug').filedOn).toBe('2027-08-02');
    // Sun 31 Jan 2027 moves across the month's end.
    seed(binder, 'jan31', 'jan 31', 'Month End');
    expect(show('jan31').filedOn).toBe('2027-02-01');
  });
});

describe('the other date forms', () => {
  it.each([
    { input: 'jul 5', filedOn: '2027-07-05' },
    { input: '5 jul', filedOn: '2027-07-05' },
    { input: 'July', filedOn: '2027-07-01' },
    { input: 'nov', filedOn: '2027-11-01' },
    { input: 'dec', filedOn: '2026-12-01' },
    { input: '+3d', filedOn: '2026-11-26' },
    { input: '+1m', filedOn: '2026-12-23' },
    { input: 'fri', filedOn: '2026-11-27' },
    { input: 'monday', filedOn: '2026-11-30' },
    { input: '2026-12-09', filedOn: '2026-12-09' },
    { input: '۸', filedOn: '2026-12-08' },
    { input: '٨', filedOn: '2026-12-08' },
    { input: 'feb 29', filedOn: '2028-02-29' },
  ])('"$input" on Mon 2026-11-23 -> $filedOn', ({ input, filedOn }) => {
    expect(binder.json<FileJson>(['file', 'acme', input, '--name', 'Anna Nowak']).dossiers[0]?.filedOn).toBe(filedOn);
  });

  it('never moves "today", even on a day off', () => {
    const out = seed(binder, 'acme', 'today', 'Anna Nowak', [], '2026-11-28');
    expect(out).not.toMatch(/day off/);
    expect(show('acme', '2026-11-28').filedOn).toBe('2026-11-28');
  });
});

describe('--exact', () => {
  it('keeps a day off', () => {
    const out = ok(binder, ['file', 'acme', '28', '--name', 'Anna Nowak', '--exact']);
    expect(out).toContain('behind 28: Sat 28 Nov 2026');
    expect(out).not.toMatch(/day off; filed/);
    expect(show('acme').filedOn).toBe('2026-11-28');
  });

  it('keeps the first of a month that is a day off', () => {
    ok(binder, ['file', 'acme', 'aug', '--name', 'Anna Nowak', '--exact']);
    expect(show('acme').filedOn).toBe('2027-08-01');
  });
});

describe('working days and holidays from the binder settings', () => {
  it('moves past holidays', () => {
    ok(binder, ['config', 'holidays', 'add', '2026-12-24', '2026-12-25']);
    const out = seed(binder, 'acme', 'dec 24', 'Anna Nowak');
    expect(out).toMatch(/day off/);
    expect(show('acme').filedOn).toBe('2026-12-28');
  });

  it('follows other working weekdays (sun-thu)', () => {
    ok(binder, ['config', 'workdays', 'sun-thu']);
    seed(binder, 'acme', 'fri', 'Anna Nowak');
    expect(show('acme').filedOn).toBe('2026-11-29');
  });
});

describe('a new dossier', () => {
  it('takes every card option and stores it as typed', () => {
    ok(binder, [
      'file', 'acme', '8',
      '--name', 'Anna Nowak',
      '--position', 'purchasing manager',
      '--company', 'Acme Ltd',
      '--phone', '+48 601 234 567',
      '--email', 'anna@acme.example',
      '--notes', 'prefers mornings',
      '--priority', 'A',
      '--note', 'first call: wants a quote',
      '--offer', 'quote Q-17: 10% off',
    ]);
    const dossier = show('acme');
    expectDossierShape(dossier);
    expect(dossier).toMatchObject({
      handle: 'acme',
      name: 'Anna Nowak',
      position: 'purchasing manager',
      company: 'Acme Ltd',
      phone: '+48 601 234 567',
      email: 'anna@acme.example',
      notes: 'prefers mornings',
      priority: 'A',
      filedOn: '2026-12-08',
      overdueDays: 0,
      lastNote: 'first call: wants a quote',
      offer: 'quote Q-17: 10% off',
    });
    expect(dossier.lastContact?.slice(0, 10)).toBe('2026-11-23');
  });

  it('is priority B unless set', () => {
    seed(binder, 'acme', '8', 'Anna Nowak');
    expect(show('acme').priority).toBe('B');
  });

  it('accepts a lower-case priority', () => {
    seed(binder, 'acme', '8', 'Anna Nowak', ['--priority', 'c']);
    expect(show('acme').priority).toBe('C');
  });

  it('needs --name when no terminal can ask, and then writes nothing, not even the binder file', () => {
    const { stderr } = refused(binder, ['file', 'acme', '8', '--company', 'Acme Ltd']);
    expect(stderr).toContain('--name');
    expect(stderr).toContain('acme');
    expect(binderFiles(binder)).toEqual([]);
  });

  // A file's mode: a server binder has none (the server's roles and grants say who reads it).
  it.skipIf(ON_SERVER)('creates the binder file readable by its owner only', () => {
    seed(binder, 'acme', '8', 'Anna Nowak');
    expect(statSync(binder.db).mode & 0o777).toBe(0o600);
  });

  it('stamps its history with the date of CRM_TODAY', () => {
    seed(binder, 'acme', '8', 'Anna Nowak', ['--note', 'hello'], '2026-10-05');
    const dossier = show('acme');
    expect(dossier.createdAt.slice(0, 10)).toBe('2026-10-05');
    expect(dossier.lastContact?.slice(0, 10)).toBe('2026-10-05');
    expect(dossier.history.length).toBeGreaterThan(0);
    for (const entry of dossier.history) expect(entry.at).toMatch(/^2026-10-05T\d{2}:\d{2}/);
  });

  it('prints one JSON document with --json', () => {
    const filed = binder.json<FileJson>(['file', 'acme', 'tomorrow', '--name', 'Anna Nowak'], { today: '2026-11-27' });
    expect(filed).toMatchObject({ created: true, named: '2026-11-28', shifted: true, change: { command: 'file' } });
    expect(filed.dossiers).toHaveLength(1);
    expectDossierShape(filed.dossiers[0]);
    expect(filed.dossiers[0]).toMatchObject({ handle: 'acme', name: 'Anna Nowak', filedOn: '2026-11-30' });
    expect(filed.entries.map((e) => [e.handle, e.kind])).toEqual([
      ['acme', 'created'],
      ['acme', 'filed'],
    ]);
    expect(filed.entries[1]).toMatchObject({ from: null, to: '2026-11-30' });
  });
});

describe('an existing dossier', () => {
  beforeEach(() => {
    seed(binder, 'acme', '8', 'Anna Nowak', ['--company', 'Acme Ltd', '--phone', '+48 601 234 567'], '2026-11-16');
  });

  it('is refiled, and the history records the move', () => {
    const out = ok(binder, ['file', 'acme', '25']);
    expect(out).toMatch(/refiled/i);
    expect(out).toContain('behind 25: Wed 25 Nov 2026');
    const dossier = show('acme');
    expect(dossier.filedOn).toBe('2026-11-25');
    const last = dossier.history.at(-1);
    expect(last).toMatchObject({ kind: 'filed', from: '2026-12-08', to: '2026-11-25' });
    expect(last?.at.slice(0, 10)).toBe('2026-11-23');
  });

  it('is refiled by a prefix of a word of its name or company', () => {
    ok(binder, ['file', 'nowak', '25']);
    ok(binder, ['file', 'ACM', '26']);
    expect(show('acme').filedOn).toBe('2026-11-26');
  });

  it('is not renamed through a prefix: a new name is refused, naming the client and pointing at crm edit', () => {
    const result = refused(binder, ['file', 'anna', '10', '--name', 'Anna Kowalska']);
    expect(result.stderr).toContain('"anna" is acme (Anna Nowak, Acme Ltd)');
    expect(result.stderr).toContain('crm edit acme --name "Anna Kowalska"');
  });

  it('is not renamed by its own handle either (issue 12, BINDER.md "Card options"): exit 2, nothing written', () => {
    const result = refused(binder, ['file', 'acme', '9', '--name', 'Someone Else', '--phone', '+48 22 000 00 00']);
    expect(result.stderr).toBe(
      'crm: "acme" is acme (Anna Nowak, Acme Ltd), and crm file does not rename a client: to rename, type crm edit acme --name "Someone Else"; ' +
        'for a new client, choose another handle: crm file <handle> 9 --name "Someone Else"; nothing was written\n',
    );
    expect(show('acme')).toMatchObject({ name: 'Anna Nowak', phone: '+48 601 234 567', filedOn: '2026-12-08' });
    // Renaming is crm edit's job.
    ok(binder, ['edit', 'acme', '--name', 'Anna Kowalska']);
    expect(show('acme').name).toBe('Anna Kowalska');
  });

  it('takes --name equal to the one it has: refiled, nothing renamed, no second dossier', () => {
    const out = ok(binder, ['file', 'acme', '9', '--name', 'Anna Nowak']);
    expect(out).toBe('Refiled acme (Anna Nowak, Acme Ltd) behind 9: Wed 9 Dec 2026.\n');
    const dossier = show('acme');
    expect(dossier).toMatchObject({ name: 'Anna Nowak', filedOn: '2026-12-09' });
    expect(dossier.history.filter((entry) => entry.kind === 'changed')).toEqual([]);
    expect(binder.json<{ dossiers: unknown[] }>(['find', 'anna']).dossiers).toHaveLength(1);
  });

  it('names in its output the card fields its options changed (issue 12)', () => {
    const out = ok(binder, ['file', 'acme', '9', '--position', 'CEO', '--priority', 'A', '--company', 'Acme Ltd']);
    expect(out).toBe("Refiled acme (Anna Nowak, Acme Ltd) behind 9: Wed 9 Dec 2026.\nChanged position, priority on acme's card.\n");
    expect(ok(binder, ['file', 'acme', '9', '--position', 'CEO'])).toBe('acme (Anna Nowak, Acme Ltd) stays behind 9: Wed 9 Dec 2026.\n');
  });

  it('takes card options as changes, recorded in the history', () => {
    ok(binder, ['file', 'acme', '8', '--position', 'CEO', '--email', 'anna@acme.example', '--priority', 'A', '--phone', '']);
    const dossier = show('acme');
    expect(dossier).toMatchObject({ position: 'CEO', email: 'anna@acme.example', priority: 'A', phone: null, filedOn: '2026-12-08' });
    const changed = dossier.history.find((entry) => entry.kind === 'changed');
    expect(changed?.changes).toMatchObject({
      position: { from: null, to: 'CEO' },
      priority: { from: 'B', to: 'A' },
      phones: { from: 'work +48 601 234 567', to: null },
    });
  });

  it('says it stays when filed on the date it is already filed on', () => {
    const out = ok(binder, ['file', 'acme', '8', '--note', 'left a message']);
    expect(out).toContain('behind 8: Tue 8 Dec 2026');
    expect(out).not.toMatch(/refiled/i);
    const dossier = show('acme');
    expect(dossier.lastNote).toBe('left a message');
    expect(dossier.history.filter((entry) => entry.kind === 'filed')).toHaveLength(1);
  });

  it('keeps what was said and offered: the last note and the latest offer', () => {
    ok(binder, ['file', 'acme', '25', '--note', 'asked for a quote', '--offer', 'Q-1: 5% off']);
    ok(binder, ['file', 'acme', '26', '--note', 'quote sent']);
    ok(binder, ['file', 'acme', '27']);
    const dossier = show('acme');
    expect(dossier.lastNote).toBe('quote sent');
    expect(dossier.offer).toBe('Q-1: 5% off');
    const notes = dossier.history.filter((entry) => entry.kind === 'note').map((entry) => entry.note);
    expect(notes).toEqual(['asked for a quote', 'quote sent']);
  });

  it('reports created: false in --json', () => {
    const filed = binder.json<FileJson>(['file', 'acme', '25']);
    expect(filed).toMatchObject({ created: false, shifted: false });
    expect(filed.dossiers[0]).toMatchObject({ handle: 'acme', filedOn: '2026-11-25' });
    expect(filed.entries).toMatchObject([{ handle: 'acme', kind: 'filed', to: '2026-11-25' }]);
  });
});

describe('--help', () => {
  it('shows the options, the date forms and examples', () => {
    const out = ok(binder, ['file', '--help']);
    for (const option of ['--name', '--position', '--company', '--phone', '--email', '--notes', '--note', '--offer', '--priority', '--exact', '--json']) {
      expect(out).toContain(option);
    }
    expect(out).toContain('Examples:');
    expect(out).toMatch(/\$ crm file /);
    expect(binderFiles(binder)).toEqual([]);
  });
});
