// crm next (issue 14, item 2): the one call due now or next today, on one line, for a shell prompt
// or a status line; --json; exit 1 when today's stack is empty. Across a day, with CRM_NOW fixed on
// the binder's wall clock (Europe/Warsaw): before the first hour, between, after the last, the next day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { runCrmInPty } from './pty.js';
import { at, binderFiles, copyBinder, ok, seed, seedAt, type StackDossierJson, type TodayJson } from './support.js';

// Mon 23 Nov 2026: an overdue dossier from Friday, three of today with hours (not in the order of
// their priorities), one of today for the day, one for tomorrow at 00:30.
let binder: Binder;
beforeAll(() => {
  binder = tempBinder('2026-11-23');
  ok(binder, ['config', 'timezone', 'Europe/Warsaw']);
  seed(binder, 'old', 'today', 'Olga Old', ['--priority', 'A'], '2026-11-20');
  seedAt(binder, 'early', '2026-11-23', '09:00', 'Erik Early', ['--priority', 'C', '--phone', '+48 22 555 01 02']);
  seedAt(binder, 'acme', '2026-11-23', '14:00', 'Anna Nowak', ['--company', 'Acme Ltd', '--phone', '+48 601 234 567']);
  seedAt(binder, 'late', '2026-11-23', '16:45', 'Lara Late', ['--priority', 'A']);
  seed(binder, 'vip', 'today', 'Vera Important', ['--priority', 'A', '--company', 'VIP Ltd']);
  seedAt(binder, 'tom', '2026-11-24', '00:30', 'Tom Tomorrow');
}, 60_000);
afterAll(() => binder.remove());

/** crm next at a moment: one line and exit 0, nothing on stderr. */
function next(on: Binder, now: string): string {
  const out = ok(on, ['next'], at(now));
  expect(out.split('\n')).toHaveLength(2);
  return out.replace(/\n$/, '');
}

/** Logs a call, refiling the dossier to Friday: out of today's stack. */
function logged(on: Binder, handle: string, now: string): void {
  ok(on, ['log', handle, '--note', 'Called', '--outcome', 'reached', '--next', 'fri'], at(now));
}

describe('across the day', () => {
  it.each([
    // Nothing timed is due yet: what is due any time today comes first, the overdue first.
    ['before the first hour', '2026-11-23T07:00', 'old Olga Old, 3 days overdue'],
    ['within 15 minutes of it', '2026-11-23T08:50', '09:00 early Erik Early +48 22 555 01 02, in 10 min'],
    ['at the hour', '2026-11-23T09:00', '09:00 early Erik Early +48 22 555 01 02, now'],
    // Not yet logged: a missed call is still the one to make, the hours after it wait.
    ['past it, between the hours', '2026-11-23T13:50', '09:00 early Erik Early +48 22 555 01 02, 4 h 50 min ago'],
    ['after the last hour', '2026-11-23T23:59', '09:00 early Erik Early +48 22 555 01 02, 14 h 59 min ago'],
  ])('%s (%s): the earliest hour come, or within 15 minutes, still in the stack; else the day\'s stack', (_when, now, line) => {
    expect(next(binder, now)).toBe(line);
  });

  it('each call logged: an hour come first, then the day\'s stack in crm today order, then the next hour to come; then exit 1', () => {
    const copy = copyBinder(binder);
    try {
      logged(copy, 'early', '2026-11-23T09:05');
      expect(next(copy, '2026-11-23T13:50')).toBe('14:00 acme Anna Nowak (Acme Ltd) +48 601 234 567, in 10 min');
      logged(copy, 'acme', '2026-11-23T14:20');
      // No hour due: what is due any time today, the overdue one first, as crm today orders them.
      expect(next(copy, '2026-11-23T14:21')).toBe('old Olga Old, 3 days overdue');
      logged(copy, 'old', '2026-11-23T14:22');
      // A filing for the day: no hour, no span.
      expect(next(copy, '2026-11-23T14:23')).toBe('vip Vera Important (VIP Ltd)');
      logged(copy, 'vip', '2026-11-23T14:24');
      // Only an hour to come is left.
      expect(next(copy, '2026-11-23T14:25')).toBe('16:45 late Lara Late, in 2 h 20 min');
      logged(copy, 'late', '2026-11-23T16:50');
      // Tomorrow's 00:30 is 80 minutes away, but not today's.
      const empty = copy.crm(['next'], at('2026-11-23T23:10'));
      expect(empty).toEqual({ stdout: '', stderr: '', code: 1 });
      expect(copy.crm(['next', '--json'], at('2026-11-23T23:10'))).toEqual({ stdout: 'null\n', stderr: '', code: 1 });
      // After midnight it is today's.
      expect(next(copy, '2026-11-24T00:20')).toBe('00:30 tom Tom Tomorrow, in 10 min');
    } finally {
      copy.remove();
    }
  });

  it('the next day: yesterday\'s hours are overdue, and today\'s hours come first', () => {
    expect(next(binder, '2026-11-24T00:20')).toBe('00:30 tom Tom Tomorrow, in 10 min');
    expect(next(binder, '2026-11-24T08:00')).toBe('00:30 tom Tom Tomorrow, 7 h 30 min ago');
  });

  it('a day with nothing timed: the first of today\'s stack, overdue first', () => {
    // Wed 25 Nov: everything of Monday is two days overdue, nothing is filed for Wednesday.
    expect(next(binder, '2026-11-25T10:00')).toBe('old Olga Old, 5 days overdue');
  });
});

describe('--json', () => {
  it('prints the dossier exactly as crm today --json lists it', () => {
    const now = at('2026-11-23T13:50');
    const dossier = binder.json<StackDossierJson>(['next'], now);
    expect(dossier).toMatchObject({ handle: 'early', filedOn: '2026-11-23', filedAt: '09:00', due: 'past', minutesUntil: -290, overdueDays: 0 });
    expect(dossier).toEqual(binder.json<TodayJson>(['today'], now).stack.find((d) => d.handle === 'early'));
  });

  it('a dossier for the day: filedAt and minutesUntil null, due "day"', () => {
    const copy = copyBinder(binder);
    try {
      for (const handle of ['early', 'acme', 'late', 'old']) logged(copy, handle, '2026-11-23T12:00');
      expect(copy.json<StackDossierJson>(['next'], at('2026-11-23T12:01'))).toMatchObject({ handle: 'vip', filedAt: null, due: 'day', minutesUntil: null });
    } finally {
      copy.remove();
    }
  });
});

describe('an empty stack', () => {
  it('no binder at all: exit 1, nothing printed, nothing created (spawned, as a prompt runs it)', () => {
    const fresh = tempBinder('2026-11-23');
    try {
      expect(fresh.crm(['next'], { spawn: true })).toEqual({ stdout: '', stderr: '', code: 1 });
      expect(fresh.crm(['next', '--json'], { spawn: true })).toEqual({ stdout: 'null\n', stderr: '', code: 1 });
      expect(fresh.crm(['next', '--quiet'], { spawn: true })).toEqual({ stdout: '', stderr: '', code: 1 });
      expect(binderFiles(fresh)).toEqual([]);
    } finally {
      fresh.remove();
    }
  });

  it('at a terminal, in colour: past its hour in red, within 15 minutes in yellow', async () => {
    const env = { CRM_DB: binder.db, HOME: binder.dir };
    const past = await runCrmInPty(['next'], [], { env: { ...env, CRM_NOW: '2026-11-23T13:50' } });
    expect(past.code).toBe(0);
    expect(past.text.trim()).toBe('09:00 early Erik Early +48 22 555 01 02, 4 h 50 min ago');
    expect(past.output).toContain('\u001b[31m\u001b[1m4 h 50 min ago');
    const soon = await runCrmInPty(['next'], [], { env: { ...env, CRM_NOW: '2026-11-23T08:50' } });
    expect(soon.output).toContain('\u001b[33m\u001b[1min 10 min');
  });

  it('at a terminal with nothing left: one line saying so, exit 1', async () => {
    const fresh = tempBinder('2026-11-23');
    try {
      seed(fresh, 'acme', '25', 'Anna Nowak');
      const result = await runCrmInPty(['next'], [], { env: { CRM_DB: fresh.db, CRM_TODAY: '2026-11-23', HOME: fresh.dir } });
      expect(result.code).toBe(1);
      expect(result.text.trim()).toBe("Nothing left in today's stack. Next up: 1 dossier on Wed 25 Nov.");
    } finally {
      fresh.remove();
    }
  });
});

describe('the process', () => {
  it('spawned: the same line and exit code as in-process', () => {
    const now = at('2026-11-23T13:50');
    expect(binder.crm(['next'], { ...now, spawn: true })).toEqual(binder.crm(['next'], now));
    expect(binder.crm(['next'], { ...now, spawn: true }).stdout).toBe('09:00 early Erik Early +48 22 555 01 02, 4 h 50 min ago\n');
  });

  it('bad input: one line, exit 2', () => {
    for (const args of [['next', 'acme'], ['next', '--at', '10']]) {
      const result = binder.crm(args, { spawn: true });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^crm: .*\(see crm next --help\)\n$/);
    }
  });

  it('--help says which call and what the exit codes mean', () => {
    const help = ok(binder, ['next', '--help']);
    expect(help).toContain('Usage: crm next');
    expect(help).toMatch(/earliest\s+hour/);
    expect(help).toMatch(/exit 1 when today's stack is empty/i);
  });
});
