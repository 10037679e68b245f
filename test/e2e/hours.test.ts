// The hour of the next contact (issue 14, item 1): typed after a date or with --at, kept through
// moves, postponements, undo, export and import; refused in one line when it cannot be.
// Thursday 3 December 2026, 13:50 in Warsaw, unless a test says otherwise.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { ok, refused, seed, tamperWith } from './support.js';

const TODAY = '2026-12-03';
const NOW = `${TODAY}T13:50`;

let binder: Binder;
beforeEach(() => {
  binder = tempBinder(TODAY);
  ok(binder, ['config', 'timezone', 'Europe/Warsaw'], { env: { CRM_NOW: NOW } });
});
afterEach(() => binder.remove());

interface Filed {
  filedOn: string | null;
  filedAt: string | null;
}
interface Entry {
  kind: string;
  from: string | null;
  to: string | null;
  fromAt: string | null;
  toAt: string | null;
}

/** crm <args> --json at CRM_NOW `now`, parsed. */
function json<T>(args: string[], now = NOW): T {
  return JSON.parse(ok(binder, [...args, '--json'], { env: { CRM_NOW: now } })) as T;
}
const run = (args: string[], now = NOW) => ok(binder, args, { env: { CRM_NOW: now } });
const shown = (handle: string) => json<Filed & { history: Entry[] }>(['show', handle]);
function writeFile(where: Binder, name: string, content: string): string {
  const path = join(where.dir, name);
  writeFileSync(path, content);
  return path;
}
const filed = (handle: string): Filed => {
  const { filedOn, filedAt } = shown(handle);
  return { filedOn, filedAt };
};

describe('an hour typed with the date', () => {
  // Every date form of the README's table, with an hour in each way it is written.
  const cases: [typed: string, filedOn: string, filedAt: string][] = [
    ['fri 15:00', '2026-12-04', '15:00'],
    ['friday 15.00', '2026-12-04', '15:00'],
    ['fri 3pm', '2026-12-04', '15:00'],
    ['fri 3:30 pm', '2026-12-04', '15:30'],
    ['fri 15h', '2026-12-04', '15:00'],
    ['fri 15h30', '2026-12-04', '15:30'],
    ['fri at 3pm', '2026-12-04', '15:00'],
    ['3pm fri', '2026-12-04', '15:00'],
    ['jul 5 9:30', '2027-07-05', '09:30'],
    ['5 jul 9:30', '2027-07-05', '09:30'],
    ['8 10:30', '2026-12-08', '10:30'],
    ['+2w 11:00', '2026-12-17', '11:00'],
    ['tomorrow 9:00', '2026-12-04', '09:00'],
    ['2026-12-07T14:00', '2026-12-07', '14:00'],
    ['2026-12-07 14:00', '2026-12-07', '14:00'],
    // An hour alone is today's.
    ['15:00', TODAY, '15:00'],
    ['today 17:45', TODAY, '17:45'],
    // The other languages' words for "at" and their markers, after a date.
    ['fri o 15', '2026-12-04', '15:00'],
    ['fri o godz. 9.30', '2026-12-04', '09:30'],
    ['fri в 15 ч.', '2026-12-04', '15:00'],
    ['fri ժամը 15:00', '2026-12-04', '15:00'],
    ['fri ساعت ۱۵', '2026-12-04', '15:00'],
    ['fri ۱۵:۳۰', '2026-12-04', '15:30'],
    // A month divider: its first working day, with the hour.
    ['jan 9:00', '2027-01-01', '09:00'],
  ];
  for (const [typed, filedOn, filedAt] of cases) {
    it(`crm file x "${typed}" files on ${filedOn} at ${filedAt}`, () => {
      const result = json<{ dossiers: Filed[] }>(['file', 'x', typed, '--name', 'Anna Nowak']);
      expect(result.dossiers[0]).toMatchObject({ filedOn, filedAt });
    });
  }

  it('a date and hour typed without quotes are read as one (crm file x fri 3pm)', () => {
    expect(json<{ dossiers: Filed[] }>(['file', 'x', 'jul', '5', '9:30', '--name', 'X']).dossiers[0]).toMatchObject({ filedOn: '2027-07-05', filedAt: '09:30' });
  });

  it('without an hour a filing is for the day: filedAt null', () => {
    expect(json<{ dossiers: Filed[] }>(['file', 'x', 'fri', '--name', 'Anna']).dossiers[0]).toMatchObject({ filedOn: '2026-12-04', filedAt: null });
  });

  it('--at gives the hour apart; the text output says it', () => {
    expect(run(['file', 'acme', '8', '--name', 'Anna Nowak', '--at', '10:30'])).toBe('New dossier acme (Anna Nowak) filed behind 8: Tue 8 Dec 2026 at 10:30.\n');
    expect(filed('acme')).toEqual({ filedOn: '2026-12-08', filedAt: '10:30' });
    expect(run(['show', 'acme'])).toContain('Filed        behind 8: Tue 8 Dec 2026 at 10:30');
  });

  it('a date that falls on a day off moves forward and keeps its hour', () => {
    const result = json<{ dossiers: Filed[]; shifted: boolean }>(['file', 'x', 'sat 10:00', '--name', 'X']);
    expect(result.shifted).toBe(true);
    expect(result.dossiers[0]).toMatchObject({ filedOn: '2026-12-07', filedAt: '10:00' });
  });
});

describe('an hour that cannot be is refused in one line, and nothing is written', () => {
  const cases: [args: string[], message: RegExp][] = [
    [['fri 24:00'], /"24:00" is not a time of day.*00:00 with the next day's date, or 23:59/],
    [['fri 25:00'], /"25:00" is not a time of day: hours run from 00:00 to 23:59; type one such as 15:00/],
    [['fri 9:60'], /"9:60" is not a time of day: minutes run from 00 to 59; type 10:00 or 09:59/],
    [['fri 13pm'], /"13pm" is not a time of day: with am or pm the hour runs from 1 to 12/],
    [['fri at 9'], /"at 9" could be 09:00 or 21:00; type 9am, 9pm or 21:00/],
    [['fri', '--at', '9'], /"9" could be 09:00 or 21:00/],
    [['fri', '--at', 'noonish'], /"noonish" is not a time of day; type 15:00, 9:30/],
    [['fri 15:00', '--at', '16:00'], /has an hour and --at gives another/],
    [['20.12'], /"20.12" could be 20:12 or 20 December; type 20:12 for the hour, or dec 20 for the date/],
    [['fri 9:00 10:00'], /gives two hours/],
    // Today's hour that has passed (it is 13:50).
    [['13:00'], /13:00 today has passed \(it is 13:50\); type a later hour, or another day: tomorrow 13:00/],
    [['today 9am'], /09:00 today has passed/],
  ];
  for (const [args, message] of cases) {
    it(`crm file x ${args.join(' ')}`, () => {
      seed(binder, 'x', 'fri', 'Anna Nowak');
      const result = refused(binder, ['file', 'x', ...args], { env: { CRM_NOW: NOW } });
      expect(result.stderr).toMatch(message);
    });
  }

  it('crm log --next with the date and hour unquoted says to quote them', () => {
    seed(binder, 'x', 'fri', 'Anna Nowak');
    expect(refused(binder, ['log', 'x', '--next', 'fri', '15:00'], { env: { CRM_NOW: NOW } }).stderr).toBe(
      `crm: too many arguments for 'log'. Expected 1 argument but got 2; an option's words go in quotes: --next "fri 15:00", --note "wants 40 units" (see crm log --help)\n`,
    );
  });

  it('crm log --next and crm move refuse the same way', () => {
    seed(binder, 'x', 'fri', 'Anna Nowak');
    expect(refused(binder, ['log', 'x', '--note', 'hi', '--next', 'fri 25:00'], { env: { CRM_NOW: NOW } }).stderr).toMatch(/"25:00" is not a time of day/);
    expect(refused(binder, ['move', 'x', '--to', '12:00'], { env: { CRM_NOW: NOW } }).stderr).toMatch(/12:00 today has passed/);
  });

  it('CRM_NOW that is not a moment, or names another date than CRM_TODAY', () => {
    expect(refused(binder, ['today'], { env: { CRM_NOW: '2026-12-03 25:00' } }).stderr).toBe(
      'crm: CRM_NOW="2026-12-03 25:00" is not a moment; set it as YYYY-MM-DDTHH:MM (CRM_NOW=2026-11-23T14:50) or unset it\n',
    );
    expect(refused(binder, ['today'], { env: { CRM_NOW: '2026-12-04T09:00' } }).stderr).toMatch(/CRM_NOW=2026-12-04T09:00 and CRM_TODAY=2026-12-03 name different dates/);
  });

  it('a time zone crm does not know, or an offset (no summer time)', () => {
    expect(refused(binder, ['config', 'timezone', 'Europe/Atlantis']).stderr).toMatch(/"Europe\/Atlantis" is not a time zone crm knows; type an IANA name such as Europe\/Warsaw/);
    expect(refused(binder, ['config', 'timezone', '+01:00']).stderr).toBe(
      'crm: "+01:00" is an offset, not a time zone: it has no summer time; type the place\'s IANA name, such as Europe/Warsaw\n',
    );
  });
});

describe('the clocks going forward (Warsaw, Sunday 28 March 2027: 02:00 → 03:00)', () => {
  it('an hour the clocks skip is the hour after the gap, and crm says so', () => {
    const out = run(['file', 'x', '2027-03-28 02:30', '--name', 'X', '--exact']);
    expect(out).toContain('02:30 does not exist on 2027-03-28 in Europe/Warsaw (the clocks go forward 60 min): filed at 03:30.');
    expect(filed('x')).toEqual({ filedOn: '2027-03-28', filedAt: '03:30' });
  });

  it('a move keeps an hour onto that day the same way', () => {
    run(['file', 'x', '2027-03-26 02:30', '--name', 'X']);
    const out = run(['move', 'x', '--to', '2027-03-28', '--exact']);
    expect(out).toContain('filed at 03:30');
    expect(filed('x')).toEqual({ filedOn: '2027-03-28', filedAt: '03:30' });
  });

  it('an hour that happens twice (autumn, 25 October 2026 02:30) is kept as typed', () => {
    const future = tempBinder('2026-10-01');
    try {
      ok(future, ['config', 'timezone', 'Europe/Warsaw']);
      ok(future, ['file', 'x', '2026-10-25 02:30', '--name', 'X', '--exact']);
      expect(JSON.parse(ok(future, ['show', 'x', '--json']))).toMatchObject({ filedOn: '2026-10-25', filedAt: '02:30' });
    } finally {
      future.remove();
    }
  });
});

describe('the hour kept, changed or left as the binder is worked', () => {
  beforeEach(() => {
    run(['file', 'acme', 'fri 15:00', '--name', 'Anna Nowak']);
    run(['file', 'zolc', 'fri', '--name', 'Łukasz Żółć']);
  });

  it('a move to another day keeps the hour unless a new one is given', () => {
    expect(run(['move', 'acme', 'mon'])).toContain('acme  Anna Nowak  at 15:00, from Fri 4 Dec at 15:00');
    expect(filed('acme')).toEqual({ filedOn: '2026-12-07', filedAt: '15:00' });
    expect(run(['move', 'acme', 'tue', '14:00'])).toContain('Moved 1 dossier behind 8: Tue 8 Dec 2026 at 14:00:');
    expect(filed('acme')).toEqual({ filedOn: '2026-12-08', filedAt: '14:00' });
    // A new hour on the same day is a move too; the same hour is not.
    expect(run(['move', 'acme', '--to', 'tue 16:30'])).toContain('at 16:30');
    expect(run(['move', 'acme', '--to', 'tue 16:30'])).toContain('Nothing to move: already');
    const moved = shown('acme').history.filter((e) => e.kind === 'moved');
    expect(moved.map(({ from, fromAt, to, toAt }) => [from, fromAt, to, toAt])).toEqual([
      ['2026-12-04', '15:00', '2026-12-07', '15:00'],
      ['2026-12-07', '15:00', '2026-12-08', '14:00'],
      ['2026-12-08', '14:00', '2026-12-08', '16:30'],
    ]);
  });

  it('a move of a whole divider keeps each dossier its own hour', () => {
    const result = json<{ moves: { handle: string; toAt: string | null }[] }>(['move', '--from', 'fri', '--to', 'mon']);
    expect(result.moves.map(({ handle, toAt }) => [handle, toAt])).toEqual([
      ['acme', '15:00'],
      ['zolc', null],
    ]);
  });

  it('crm log --next sets the filing as agreed: with its hour, or for the day', () => {
    const logged = json<{ dossiers: Filed[]; entries: Entry[] }>(['log', 'acme', '--note', 'call me Monday at 9:30', '--next', 'mon 9:30']);
    expect(logged.dossiers[0]).toMatchObject({ filedOn: '2026-12-07', filedAt: '09:30' });
    expect(logged.entries.find((e) => e.kind === 'filed')).toMatchObject({ from: '2026-12-04', fromAt: '15:00', to: '2026-12-07', toAt: '09:30' });
    expect(run(['log', 'acme', '--note', 'moved on', '--next', 'tue'])).toContain('Refiled behind 8: Tue 8 Dec 2026.');
    expect(filed('acme')).toEqual({ filedOn: '2026-12-08', filedAt: null });
  });

  it('crm file on the same day without an hour keeps it (a card change is not a new appointment)', () => {
    expect(run(['file', 'acme', 'fri', '--priority', 'A'])).toContain('stays behind 4: Fri 4 Dec 2026 at 15:00.');
    expect(filed('acme')).toEqual({ filedOn: '2026-12-04', filedAt: '15:00' });
    run(['file', 'acme', 'mon']);
    expect(filed('acme')).toEqual({ filedOn: '2026-12-07', filedAt: null });
  });

  it('crm postpone keeps the hour', () => {
    run(['move', 'acme', '--to', '17:00']);
    json(['postpone', 'acme', '--to', 'mon', '--yes']);
    expect(filed('acme')).toEqual({ filedOn: '2026-12-07', filedAt: '17:00' });
  });

  it('closing takes the hour with the date; crm undo puts both back exactly', () => {
    run(['log', 'acme', '--note', 'won', '--done']);
    expect(filed('acme')).toEqual({ filedOn: null, filedAt: null });
    run(['undo']);
    expect(filed('acme')).toEqual({ filedOn: '2026-12-04', filedAt: '15:00' });
    run(['move', 'acme', 'mon 8:00']);
    run(['undo']);
    expect(filed('acme')).toEqual({ filedOn: '2026-12-04', filedAt: '15:00' });
  });

  it('export and import keep every hour exactly, in the dossier and its history', () => {
    run(['move', 'acme', 'mon 8:00']);
    const exported = run(['export']);
    const document = JSON.parse(exported) as { version: number; dossiers: (Filed & { handle: string; history: Entry[] })[] };
    expect(document.version).toBe(3);
    expect(document.dossiers.map(({ handle, filedOn, filedAt }) => [handle, filedOn, filedAt])).toEqual([
      ['acme', '2026-12-07', '08:00'],
      ['zolc', '2026-12-04', null],
    ]);
    const copy = tempBinder(TODAY);
    try {
      ok(copy, ['import', writeFile(copy, 'export.json', exported)]);
      expect(ok(copy, ['export'])).toBe(exported);
    } finally {
      copy.remove();
    }
  });

  it('an export of version 1 (before hours) imports as filings for the day', () => {
    const document = JSON.parse(run(['export'])) as { version: number; dossiers: Record<string, unknown>[] };
    document.version = 1;
    for (const dossier of document.dossiers) {
      delete dossier.filedAt;
      for (const entry of dossier.history as Record<string, unknown>[]) {
        delete entry.fromAt;
        delete entry.toAt;
      }
    }
    const copy = tempBinder(TODAY);
    try {
      ok(copy, ['import', writeFile(copy, 'old.json', JSON.stringify(document))]);
      expect(JSON.parse(ok(copy, ['show', 'acme', '--json']))).toMatchObject({ filedOn: '2026-12-04', filedAt: null });
    } finally {
      copy.remove();
    }
  });

  it('an export whose closed dossier has an hour is refused', () => {
    const document = JSON.parse(run(['export'])) as { dossiers: Record<string, unknown>[] };
    (document.dossiers[0] as Record<string, unknown>).filedOn = null;
    const copy = tempBinder(TODAY);
    try {
      const result = refused(copy, ['import', writeFile(copy, 'bad.json', JSON.stringify(document))]);
      expect(result.stderr).toMatch(/dossiers\[0\] \(acme\), filedAt: a closed dossier \(filedOn null\) has no hour/);
    } finally {
      copy.remove();
    }
  });
});

describe('CRM_NOW', () => {
  it('stamps the history with its moment and implies its date', () => {
    const result = JSON.parse(ok(binder, ['file', 'x', 'fri', '--name', 'X', '--json'], { env: { CRM_NOW: '2026-12-03T08:05', CRM_TODAY: undefined } })) as {
      change: { at: string };
    };
    // The binder's wall clock and its offset (Warsaw in winter), whatever the machine's zone.
    expect(result.change.at).toBe('2026-12-03T08:05:00+01:00');
  });
});

describe("the binder's today, on its own wall clock", () => {
  it('a binder kept in another zone than the machine runs in has the date of its zone, and its stamps carry its offset', () => {
    // At any moment one of these two zones (UTC+14, UTC-11) has another date than UTC.
    const utcDay = new Date().toISOString().slice(0, 10);
    const dayIn = (zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const zone = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'].find((z) => dayIn(z) !== utcDay) as string;
    const real = tempBinder();
    try {
      const env = { CRM_TODAY: undefined, TZ: 'UTC' };
      ok(real, ['config', 'timezone', zone], { env });
      const today = JSON.parse(ok(real, ['today', '--json'], { env })) as { date: string };
      expect(today.date).toBe(dayIn(zone));
      const filed = JSON.parse(ok(real, ['file', 'x', 'tomorrow', '--name', 'X', '--json'], { env })) as { change: { at: string } };
      expect(filed.change.at.slice(0, 10)).toBe(dayIn(zone));
      expect(filed.change.at).toMatch(zone === 'Pacific/Kiritimati' ? /\+14:00$/ : /-11:00$/);
    } finally {
      real.remove();
    }
  });
});

describe('the review of issue 14', () => {
  it("a move names the word before an hour as the date only when it is no client's handle", () => {
    run(['file', 'anna', 'fri', '--name', 'Anna Nowak']);
    run(['file', 'jan', 'fri', '--name', 'Jan Kowalski']);
    const result = refused(binder, ['move', 'anna', 'jan', '15:00'], { env: { CRM_NOW: NOW } });
    expect(result.stderr).toBe(`crm: "jan" is a client's handle and a date; quote the date with its hour (crm move anna jan "<date> 15:00") or give it with --to\n`);
    expect(run(['move', 'anna', 'jan', '--to', 'mon 15:00'])).toContain('Moved 2 dossiers');
  });

  it('a move onto today drops a kept hour that has passed, and says so', () => {
    run(['file', 'q', 'fri 09:00', '--name', 'Q']);
    const out = run(['move', 'q', 'today'], '2026-12-03T16:00');
    expect(out).toContain('09:00 today has passed: filed for the day.');
    expect(filed('q')).toEqual({ filedOn: TODAY, filedAt: null });
  });

  it('crm postpone keeps an hour after the gap on the day the clocks skip it', () => {
    run(['config', 'workdays', 'mon-sun']);
    run(['file', 'p', '2027-03-26 02:30', '--name', 'P']);
    json(['postpone', 'p', '--to', '2027-03-28', '--exact', '--yes']);
    expect(filed('p')).toEqual({ filedOn: '2027-03-28', filedAt: '03:30' });
  });

  it('CRM_NOW in the gap is the moment after it: its stamps and its hour agree', () => {
    const spring = tempBinder('2026-03-29');
    try {
      ok(spring, ['config', 'timezone', 'Europe/Warsaw'], { env: { CRM_NOW: '2026-03-29T02:30' } });
      const result = JSON.parse(ok(spring, ['file', 'e', 'tomorrow', '--name', 'E', '--json'], { env: { CRM_NOW: '2026-03-29T02:30' } })) as { change: { at: string } };
      expect(result.change.at).toBe('2026-03-29T03:30:00+02:00');
    } finally {
      spring.remove();
    }
  });

  it('crm file --json says when the hour typed was taken after a DST gap', () => {
    const result = json<{ adjusted: string | null }>(['file', 'x', '2027-03-28 02:30', '--name', 'X', '--exact']);
    expect(result.adjusted).toBe('02:30 does not exist on 2027-03-28 in Europe/Warsaw (the clocks go forward 60 min): filed at 03:30');
    expect(json<{ adjusted: string | null }>(['file', 'y', 'fri 10:00', '--name', 'Y']).adjusted).toBeNull();
  });

  it("an export's hours taken into a binder of another time zone (its settings kept) are said to mean another moment", () => {
    run(['file', 'acme', 'fri 10:00', '--name', 'Anna Nowak']);
    const exported = run(['export']);
    const there = tempBinder(TODAY);
    try {
      ok(there, ['config', 'timezone', 'America/New_York'], { env: { CRM_NOW: NOW } });
      ok(there, ['file', 'own', 'fri', '--name', 'Own Client'], { env: { CRM_NOW: NOW } });
      const out = ok(there, ['import', writeFile(there, 'warsaw.json', exported)], { env: { CRM_NOW: NOW } });
      expect(out).toContain("1 filing has an hour of the export's Europe/Warsaw: here it keeps its wall-clock time in America/New_York, another moment if the two differ (crm config timezone).");
      const again = JSON.parse(ok(there, ['import', writeFile(there, 'again.json', exported), '--on-conflict', 'skip', '--json'], { env: { CRM_NOW: NOW } })) as { hours?: unknown };
      expect(again.hours).toEqual({ count: 1, exportZone: 'Europe/Warsaw', binderZone: 'America/New_York' });
    } finally {
      there.remove();
    }
  });

  it('crm doctor finds a filing whose hour is not the one its history says', () => {
    run(['file', 'acme', 'fri 15:00', '--name', 'Anna Nowak']);
    expect(binder.crm(['doctor']).code).toBe(0);
    tamperWith(binder, "UPDATE dossier SET filed_at = '16:00' WHERE handle = 'acme'");
    const result = binder.crm(['doctor', '--json'], { env: { CRM_NOW: NOW } });
    expect((JSON.parse(result.stdout) as { problems: string[] }).problems).toEqual([
      '1 dossier is filed elsewhere than its history says: acme on 2026-12-04 16:00, history says 2026-12-04 15:00',
    ]);
  });

  it('a new time zone under filings with hours says what it means', () => {
    run(['file', 'acme', 'fri 15:00', '--name', 'Anna Nowak']);
    expect(run(['config', 'timezone', 'America/New_York'])).toContain(
      '1 filing has an hour: it keeps its wall-clock time in the new zone, another moment than before (crm undo puts the zone back).',
    );
    expect(run(['config', 'timezone', 'Europe/Warsaw'])).toContain('1 filing has an hour');
  });
});
