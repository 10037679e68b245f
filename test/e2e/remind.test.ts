// crm remind (issue 14, item 3): every call due within the window, every promise of ours broken and
// every complaint past its date, each notified once: run twice in a row, the second run sends
// nothing. The notifier is a fake notify-send on the run's own PATH (a shell script that appends
// its arguments to a file), a command given with --exec (which reads the reminder as JSON on its
// standard input), or standard output when there is no notifier. The clock is fixed with CRM_NOW,
// on the wall clock of Europe/Warsaw (UTC+1 in November).
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CRM, tempBinder, type Binder, type Result } from './cli.js';
import { changeList, ok, refused, seed } from './support.js';

const TODAY = '2026-11-23'; // a Monday
/** The notifier runs on Linux and the other Unixes; macOS would look for osascript. */
const DESKTOP = process.platform === 'darwin' ? 'osascript' : 'notify-send';

let binder: Binder;
/** A folder holding the fake notify-send. */
let bin: string;
/** Where the fake notify-send writes its arguments: one call a line, the arguments separated by |. */
let notified: string;
/** A folder with nothing in it: no notifier on that PATH. */
let empty: string;

beforeEach(() => {
  binder = tempBinder(TODAY);
  bin = join(binder.dir, 'bin');
  empty = join(binder.dir, 'empty');
  notified = join(binder.dir, 'notified');
  mkdirSync(bin);
  mkdirSync(empty);
  fakeNotifier(`printf '%s|' "$@" >> '${notified}'; echo >> '${notified}'`);
  ok(binder, ['config', 'timezone', 'Europe/Warsaw']);
  // Promises and complaints made last week, so that they are past their dates today.
  const lastWeek = { today: '2026-11-18' };
  seed(binder, 'acme', 'today', 'Anna Nowak', ['--company', 'Acme Sp. z o.o.', '--phone', '+48 601 234 567']);
  seed(binder, 'bolt', 'today', 'Piotr Bolt');
  seed(binder, 'cyan', 'today', 'Ewa Cyan');
  seed(binder, 'dora', 'today', 'Dora Day');
  seed(binder, 'zolc', 'today', 'Łukasz Żółć', ['--phone', '+48 602 111 222']);
  seed(binder, 'olde', 'fri', 'Olaf Olde', [], lastWeek.today);
  ok(binder, ['promise', 'acme', 'send the price list', '--by', 'fri'], lastWeek);
  ok(binder, ['promise', 'bolt', 'send the contract', '--by', 'fri', '--theirs'], lastWeek);
  ok(binder, ['promise', 'cyan', 'call back', '--by', 'today']);
  ok(binder, ['complaint', 'zolc', 'delivery two weeks late', '--by', 'thu'], lastWeek);
  ok(binder, ['complaint', 'cyan', 'wrong invoice', '--by', 'tomorrow']);
  // Hours, through a JSON export taken back in (crm file --at has its own test below): acme at 15:00, bolt 15:08, cyan 17:00, zolc 14:30
  // (past, earlier today), olde 15:00 last Friday (overdue); dora is filed for the day.
  hours({ acme: '15:00', bolt: '15:08', cyan: '17:00', zolc: '14:30', olde: '15:00' });
});
afterEach(() => binder.remove());

function fakeNotifier(body: string): void {
  writeFileSync(join(bin, DESKTOP), `#!/bin/sh\n${body}\n`);
  chmodSync(join(bin, DESKTOP), 0o755);
}

/** Files dossiers at these hours (and days), through a JSON export taken back in. */
function hours(at: Record<string, string>, days: Record<string, string> = {}): void {
  const file = join(binder.dir, 'hours.json');
  ok(binder, ['export', '-o', file]);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { dossiers: { handle: string; filedOn: string; filedAt: string | null }[] };
  for (const dossier of exported.dossiers) {
    if (at[dossier.handle] !== undefined) dossier.filedAt = at[dossier.handle] as string;
    if (days[dossier.handle] !== undefined) dossier.filedOn = days[dossier.handle] as string;
  }
  writeFileSync(file, JSON.stringify(exported));
  ok(binder, ['import', file, '--on-conflict', 'update']);
}

/** crm remind at `now` (on Warsaw's wall clock) with this PATH. */
function remind(now: string, path: string, args: string[] = []): Result {
  return binder.crm(['remind', ...args], { today: now.slice(0, 10), env: { CRM_NOW: now, PATH: path } });
}

/** The fake notifier's calls so far: the arguments of each. */
function calls(): string[][] {
  if (!existsSync(notified)) return [];
  return readFileSync(notified, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('|').slice(0, -1));
}

const ACME = ['--app-name=crm', '--', 'Call acme (Anna Nowak) at 15:00', 'in 5 min · +48 601 234 567 · Acme Sp. z o.o.'];
const ZOLC = ['--app-name=crm', '--', 'Call zolc (Łukasz Żółć) at 14:30', 'due 25 min ago · +48 602 111 222'];
const PROMISE = ['--app-name=crm', '--', 'Promise to acme (Anna Nowak) broken', 'send the price list: due Fri 20 Nov, 3 days ago (kept: crm promise done 1)'];
const COMPLAINT = ['--app-name=crm', '--', 'Complaint of zolc (Łukasz Żółć) past its date', 'delivery two weeks late: due Thu 19 Nov, 4 days ago (crm complaint resolve 1 --note "...")'];

describe.skipIf(process.platform === 'win32' || process.platform === 'darwin')('crm remind with the desktop notifier (notify-send)', () => {
  it('run twice within the window: one notification per call, promise and complaint due, then none', () => {
    expect(remind('2026-11-23T14:55', bin)).toEqual({
      stdout: [
        'Sent 4 reminders with notify-send:',
        '  Call zolc (Łukasz Żółć) at 14:30',
        '  Call acme (Anna Nowak) at 15:00',
        '  Promise to acme (Anna Nowak) broken',
        '  Complaint of zolc (Łukasz Żółć) past its date',
        '',
      ].join('\n'),
      stderr: '',
      code: 0,
    });
    // Not bolt (15:08, after the window), cyan (17:00), dora (for the day), olde (last Friday's:
    // today's overdue stack), bolt's own promise, cyan's promise due today, cyan's complaint due tomorrow.
    expect(calls()).toEqual([ZOLC, ACME, PROMISE, COMPLAINT]);
    expect(remind('2026-11-23T14:55', bin)).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(remind('2026-11-23T14:57', bin)).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(calls()).toHaveLength(4);
  });

  it('a call comes into the window as time goes on; --within and the remind-within setting widen it', () => {
    ok(binder, ['remind'], { today: TODAY, env: { CRM_NOW: '2026-11-23T14:55', PATH: bin } });
    expect(remind('2026-11-23T14:58', bin).stdout).toBe('Sent 1 reminder with notify-send:\n  Call bolt (Piotr Bolt) at 15:08\n');
    expect(calls().slice(4)).toEqual([['--app-name=crm', '--', 'Call bolt (Piotr Bolt) at 15:08', 'in 10 min']]);
    expect(remind('2026-11-23T15:00', bin, ['--within', '1h30m']).stdout).toBe('');
    expect(remind('2026-11-23T15:00', bin, ['--within', '2h']).stdout).toBe('Sent 1 reminder with notify-send:\n  Call cyan (Ewa Cyan) at 17:00\n');
    expect(calls()).toHaveLength(6);
  });

  it('the remind-within setting is the window when --within is not given', () => {
    ok(binder, ['config', 'remind-within', '3h']);
    remind('2026-11-23T14:55', bin);
    expect(calls().map((call) => call[2])).toContain('Call cyan (Ewa Cyan) at 17:00');
  });

  it('a dossier refiled to another hour reminds again; one refiled back to an hour reminded of does not', () => {
    remind('2026-11-23T14:55', bin);
    hours({ acme: '15:30' });
    expect(remind('2026-11-23T15:25', bin).stdout).toBe('Sent 2 reminders with notify-send:\n  Call bolt (Piotr Bolt) at 15:08\n  Call acme (Anna Nowak) at 15:30\n');
    expect(calls()[5]).toEqual(['--app-name=crm', '--', 'Call acme (Anna Nowak) at 15:30', 'in 5 min · +48 601 234 567 · Acme Sp. z o.o.']);
    expect(remind('2026-11-23T15:26', bin).stdout).toBe('');
    hours({ acme: '15:00' });
    expect(remind('2026-11-23T15:27', bin).stdout).toBe('');
    expect(calls()).toHaveLength(6);
  });

  it('a dossier filed with crm file --at reminds, and again once crm move gives it another hour', () => {
    const at = (now: string) => ({ today: now.slice(0, 10), env: { CRM_NOW: now } });
    ok(binder, ['file', 'kent', 'today', '--at', '16:00', '--name', 'Clark Kent'], at('2026-11-23T13:00'));
    remind('2026-11-23T15:55', bin);
    expect(calls()).toContainEqual(['--app-name=crm', '--', 'Call kent (Clark Kent) at 16:00', 'in 5 min']);
    ok(binder, ['move', 'kent', 'today', '16:30'], at('2026-11-23T15:57'));
    expect(remind('2026-11-23T15:58', bin).stdout).toBe('');
    expect(remind('2026-11-23T16:21', bin).stdout).toBe('Sent 1 reminder with notify-send:\n  Call kent (Clark Kent) at 16:30\n');
    expect(remind('2026-11-23T16:22', bin).stdout).toBe('');
  });

  it('a window that runs past midnight reminds of the first calls of tomorrow', () => {
    hours({ dora: '00:03' }, { dora: '2026-11-24' });
    remind('2026-11-23T23:50', bin);
    expect(calls().slice(0, 3).map((call) => call[2])).toEqual(['Call zolc (Łukasz Żółć) at 14:30', 'Call acme (Anna Nowak) at 15:00', 'Call bolt (Piotr Bolt) at 15:08']);
    expect(calls().map((call) => call[2])).not.toContain('Call dora (Dora Day) at 00:03 on Tue 24 Nov');
    expect(remind('2026-11-23T23:55', bin).stdout).toBe('Sent 1 reminder with notify-send:\n  Call dora (Dora Day) at 00:03 on Tue 24 Nov\n');
    expect(calls().at(-1)).toEqual(['--app-name=crm', '--', 'Call dora (Dora Day) at 00:03 on Tue 24 Nov', 'in 8 min']);
  });

  it('a promise broken and a complaint past its date remind once, however many days they stay so', () => {
    remind('2026-11-23T08:00', bin);
    expect(calls()).toEqual([PROMISE, COMPLAINT]);
    expect(remind('2026-11-24T08:00', bin).stdout).toBe('Sent 1 reminder with notify-send:\n  Promise to cyan (Ewa Cyan) broken\n');
    expect(remind('2026-11-25T08:00', bin).stdout).toBe('Sent 1 reminder with notify-send:\n  Complaint of cyan (Ewa Cyan) past its date\n');
    expect(remind('2026-11-26T08:00', bin).stdout).toBe('');
    expect(calls()).toHaveLength(4);
  });

  it('a notifier that fails: exit 1, one line, and what it did not take is sent on the next run', () => {
    fakeNotifier(`echo 'cannot connect to the session bus' >&2; exit 1`);
    expect(remind('2026-11-23T14:55', bin)).toEqual({
      stdout: '',
      stderr: 'crm: notify-send failed (exit 1: cannot connect to the session bus): "Call zolc (Łukasz Żółć) at 14:30" was not sent (nothing was sent); it is sent on the next run\n',
      code: 1,
    });
    // Takes the first reminder, fails on the second.
    fakeNotifier(`if [ -e '${notified}' ]; then echo 'no' >&2; exit 2; fi; printf '%s|' "$@" >> '${notified}'; echo >> '${notified}'`);
    expect(remind('2026-11-23T14:55', bin).stderr).toBe(
      'crm: notify-send failed (exit 2: no): "Call acme (Anna Nowak) at 15:00" was not sent (1 sent before it); it is sent on the next run\n',
    );
    expect(calls()).toEqual([ZOLC]);
    fakeNotifier(`printf '%s|' "$@" >> '${notified}'; echo >> '${notified}'`);
    expect(remind('2026-11-23T14:55', bin).code).toBe(0);
    expect(calls()).toEqual([ZOLC, ACME, PROMISE, COMPLAINT]);
  });

  it('client text reaches notify-send as arguments of their own, its markup escaped in the text', () => {
    seed(binder, 'amp', 'today', '-n <b>Bold</b> & "Co"', ['--company', "$(touch pwned) `id` <i>x</i> & 'y'"]);
    hours({ amp: '15:00' });
    remind('2026-11-23T14:55', bin);
    expect(calls()).toContainEqual(['--app-name=crm', '--', 'Call amp (-n <b>Bold</b> & "Co") at 15:00', "in 5 min · $(touch pwned) `id` &lt;i&gt;x&lt;/i&gt; &amp; 'y'"]);
    expect(existsSync(join(binder.dir, 'pwned'))).toBe(false);
  });

  it('--json prints what was sent, each with the title and text of its notification', () => {
    const result = remind('2026-11-23T14:55', bin, ['--json']);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { within: number; now: string; until: string; notifier: string; sent: Record<string, unknown>[] };
    expect(printed).toMatchObject({ within: 10, now: '2026-11-23T13:55:00Z', until: '2026-11-23T14:05:00Z', notifier: 'notify-send' });
    expect(printed.sent[1]).toStrictEqual({
      kind: 'call',
      handle: 'acme',
      name: 'Anna Nowak',
      company: 'Acme Sp. z o.o.',
      phone: '+48 601 234 567',
      filedOn: '2026-11-23',
      filedAt: '15:00',
      due: '2026-11-23T14:00:00Z',
      minutes: 5,
      title: 'Call acme (Anna Nowak) at 15:00',
      text: 'in 5 min · +48 601 234 567 · Acme Sp. z o.o.',
    });
    expect(printed.sent.map((reminder) => reminder.kind)).toEqual(['call', 'call', 'promise', 'complaint']);
    expect(JSON.parse(remind('2026-11-23T14:55', bin, ['--json']).stdout)).toMatchObject({ sent: [] });
  });

  it('--quiet prints nothing when a notifier took the reminders (for cron, which mails what a job prints)', () => {
    expect(remind('2026-11-23T14:55', bin, ['--quiet'])).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(calls()).toHaveLength(4);
  });
});

describe('crm remind --exec', () => {
  it('hands each reminder as valid JSON on the standard input of the command, and reminds once', () => {
    const received = join(binder.dir, 'received');
    // One line per reminder: the JSON as read, then a newline.
    const exec = `{ cat; echo; } >> '${received}'`;
    const path = `${bin}:/usr/bin:/bin`;
    expect(remind('2026-11-23T14:55', path, ['--exec', exec])).toEqual({
      stdout: [
        'Sent 4 reminders with --exec:',
        '  Call zolc (Łukasz Żółć) at 14:30',
        '  Call acme (Anna Nowak) at 15:00',
        '  Promise to acme (Anna Nowak) broken',
        '  Complaint of zolc (Łukasz Żółć) past its date',
        '',
      ].join('\n'),
      stderr: '',
      code: 0,
    });
    const lines = readFileSync(received, 'utf8').split('\n').filter((line) => line !== '');
    const reminders = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(reminders.map((reminder) => [reminder.kind, reminder.handle])).toEqual([
      ['call', 'zolc'],
      ['call', 'acme'],
      ['promise', 'acme'],
      ['complaint', 'zolc'],
    ]);
    expect(reminders[0]).toMatchObject({ kind: 'call', due: '2026-11-23T13:30:00Z', minutes: -25, title: 'Call zolc (Łukasz Żółć) at 14:30', text: 'due 25 min ago · +48 602 111 222' });
    expect(reminders[2]).toStrictEqual({
      kind: 'promise',
      id: 1,
      handle: 'acme',
      name: 'Anna Nowak',
      what: 'send the price list',
      due: '2026-11-20',
      daysLate: 3,
      title: 'Promise to acme (Anna Nowak) broken',
      text: 'send the price list: due Fri 20 Nov, 3 days ago (kept: crm promise done 1)',
    });
    // --exec wins over the desktop's notifier, and the second run hands nothing over.
    expect(calls()).toEqual([]);
    expect(remind('2026-11-23T14:55', path, ['--exec', exec])).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(readFileSync(received, 'utf8').split('\n').filter((line) => line !== '')).toHaveLength(4);
  });

  it('two runs at the same moment (cron, and one typed by hand) send each reminder once between them', async () => {
    const received = join(binder.dir, 'received');
    mkdirSync(received);
    // Slow enough that the two runs overlap: each reminder claimed by one run is skipped by the other.
    // Each reminder lands in its own file: two shells appending to one file interleave their writes.
    const exec = `sleep 0.3; cat > "$(mktemp '${received}/reminder.XXXXXX')"`;
    const env = { PATH: `${bin}:/usr/bin:/bin`, HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: TODAY, CRM_NOW: '2026-11-23T14:55' };
    const once = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [CRM, 'remind', '--exec', exec], { env, stdio: 'ignore' });
        child.on('close', resolve);
      });
    expect(await Promise.all([once(), once()])).toEqual([0, 0]);
    const handles = readdirSync(received).map((file) => {
      const reminder = JSON.parse(readFileSync(join(received, file), 'utf8')) as { kind: string; handle: string };
      return `${reminder.kind} ${reminder.handle}`;
    });
    expect(handles.sort()).toEqual(['call acme', 'call zolc', 'complaint zolc', 'promise acme']);
  });

  it('a command that fails stops the run, exit 1, saying what it said last', () => {
    const result = remind('2026-11-23T14:55', `${empty}:/usr/bin:/bin`, ['--exec', 'cat > /dev/null; echo "webhook: 503" >&2; exit 7']);
    expect(result).toEqual({
      stdout: '',
      stderr: 'crm: --exec "cat > /dev/null; echo "webhook: 503" >&2; exit 7" failed (exit 7: webhook: 503): "Call zolc (Łukasz Żółć) at 14:30" was not sent (nothing was sent); it is sent on the next run\n',
      code: 1,
    });
  });
});

describe('crm remind without a notifier', () => {
  it('prints each reminder on standard output, one line each (even with --quiet: they are the output), then nothing', () => {
    const lines = [
      'Call zolc (Łukasz Żółć) at 14:30: due 25 min ago · +48 602 111 222',
      'Call acme (Anna Nowak) at 15:00: in 5 min · +48 601 234 567 · Acme Sp. z o.o.',
      'Promise to acme (Anna Nowak) broken: send the price list: due Fri 20 Nov, 3 days ago (kept: crm promise done 1)',
      'Complaint of zolc (Łukasz Żółć) past its date: delivery two weeks late: due Thu 19 Nov, 4 days ago (crm complaint resolve 1 --note "...")',
      '',
    ].join('\n');
    expect(remind('2026-11-23T14:55', empty, ['--quiet'])).toEqual({ stdout: lines, stderr: '', code: 0 });
    expect(remind('2026-11-23T14:55', empty)).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(remind('2026-11-23T14:58', bin, ['--print'])).toEqual({ stdout: 'Call bolt (Piotr Bolt) at 15:08: in 10 min\n', stderr: '', code: 0 });
    expect(calls()).toEqual([]);
  });

  it('--json alone is the output', () => {
    const printed = JSON.parse(remind('2026-11-23T14:55', empty, ['--json']).stdout) as { notifier: string; sent: unknown[] };
    expect(printed.notifier).toBe('stdout');
    expect(printed.sent).toHaveLength(4);
    expect(remind('2026-11-23T14:55', empty).stdout).toBe('');
  });
});

describe('crm remind and the binder', () => {
  it('is not a change: crm changes does not list it, and crm undo takes back the change before it', () => {
    const before = changeList(binder);
    remind('2026-11-23T14:55', bin);
    expect(changeList(binder)).toEqual(before);
    const undone = binder.crm(['undo'], { today: TODAY, env: { CRM_NOW: '2026-11-23T14:56' } });
    expect(undone.code).toBe(0);
    expect(undone.stdout).toContain('Undid import');
    // The undo put acme back where it was before the import: filed for the day, no hour.
    expect(remind('2026-11-23T14:57', bin).stdout).toBe('');
  });

  it('a dossier undone and filed again for the same moment reminds again (its id is used again)', () => {
    seed(binder, 'late', 'today', 'Lena Late');
    hours({ late: '16:00' });
    remind('2026-11-23T15:55', bin);
    expect(calls().map((call) => call[2])).toContain('Call late (Lena Late) at 16:00');
    ok(binder, ['undo']);
    ok(binder, ['undo']);
    seed(binder, 'next', 'today', 'Nina Next');
    hours({ next: '16:00' });
    expect(remind('2026-11-23T15:56', bin).stdout).toBe('Sent 1 reminder with notify-send:\n  Call next (Nina Next) at 16:00\n');
  });

  it('refuses a bad --within, or --exec with --print, exit 2, sending nothing', () => {
    const run = { today: TODAY, env: { CRM_NOW: '2026-11-23T14:55', PATH: bin } };
    expect(refused(binder, ['remind', '--within', '0'], run).stderr).toBe(
      'crm: "0" is not a span of 1 minute to 24 hours; type it as 10m, 45m, 1h or 1h30m: crm remind --within 10m\n',
    );
    expect(refused(binder, ['remind', '--within', 'soon'], run).stderr).toContain('"soon" is not a span');
    expect(refused(binder, ['remind', '--exec', ' '], run).stderr).toBe('crm: --exec needs a command line, for example: crm remind --exec \'mail me@example.com\'\n');
    expect(refused(binder, ['remind', '--exec', 'cat', '--print'], run).stderr).toBe('crm: --exec and --print both say where reminders go; give one of them\n');
    expect(calls()).toEqual([]);
  });

  it('on a binder that does not exist: nothing to remind of, and no binder made', () => {
    const db = join(binder.dir, 'none.db');
    expect(binder.crm(['remind'], { env: { CRM_DB: db, PATH: bin } })).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(existsSync(db)).toBe(false);
  });
});
