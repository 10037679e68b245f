// crm call <client> (issue 14, item 5): the card's number as an RFC 3966 tel: link, opened with the
// desktop's opener found on the run's own PATH (a fake one here: a shell script that appends its
// arguments to a file), then, on a terminal, crm log's questions for the same client. From a
// script it prints the number and the link and writes nothing; crm work dials the card on screen
// the same way. The terminal runs are in a real pseudo-terminal (pty.ts).
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { ON_SERVER } from './server-binder.js';
import { copyBinder, binderFiles, ok, refused, seed, type ShowJson } from './support.js';
import { choose, key, spawnCrmInPty, type PtyOptions, type PtySession } from './pty.js';

const TODAY = '2026-11-23'; // a Monday
/** The opener crm names: xdg-open, or open on macOS. */
const OPENER = process.platform === 'darwin' ? 'open' : 'xdg-open';

let template: Binder;
let binder: Binder;
/** A folder holding the fake opener, under both names crm looks for (xdg-open; open on macOS). */
let opener: string;
/** Where the fake opener writes its arguments, one a line. */
let opened: string;
/** A folder with nothing in it: no opener on that PATH. */
let empty: string;

// zolc (A, first in today's stack): a primary (work) number and a home one; weber: no number at all. Seeded once; each test
// works on its own copy.
beforeAll(() => {
  template = tempBinder(TODAY);
  seed(template, 'zolc', 'today', 'Łukasz Żółć', ['--company', 'Acme Sp. z o.o.', '--phone', '+48 601 234 567', '--add-phone', 'home:+48 22 555 01 02', '--priority', 'A']);
  seed(template, 'weber', 'today', 'Anna Weber', ['--company', 'Weber GmbH']);
});
afterAll(() => template.remove());
beforeEach(() => {
  binder = copyBinder(template, TODAY);
  opener = join(binder.dir, 'bin');
  empty = join(binder.dir, 'empty');
  opened = join(binder.dir, 'opened');
  mkdirSync(opener);
  mkdirSync(empty);
  fakeOpener(`#!/bin/sh\nprintf '%s\\n' "$@" >> '${opened}'\n`);
});
afterEach(() => binder.remove());

function fakeOpener(script: string): void {
  for (const name of ['xdg-open', 'open']) {
    writeFileSync(join(opener, name), script);
    chmodSync(join(opener, name), 0o755);
  }
}

/** What the fake opener was given, once it has written it: it is started and not waited on. */
async function openedWith(): Promise<string> {
  for (let waited = 0; waited < 5_000; waited += 20) {
    // The opener outlives crm: its file may be there before its line is written in it.
    if (existsSync(opened)) {
      const text = readFileSync(opened, 'utf8');
      if (text.endsWith('\n')) return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return '(the opener was never started)';
}

const call = (args: string[], path: string, spawn = false) => binder.crm(['call', ...args], { env: { PATH: path }, spawn });

describe('crm call from a script', () => {
  it('opens the primary number as tel:+48601234567 with the opener on PATH, and says crm log is next (a process, which the opener outlives)', async () => {
    const result = call(['zolc'], opener, true);
    expect(result).toEqual({
      stdout: `Calling zolc (Łukasz Żółć), work +48 601 234 567: tel:+48601234567 opened with ${OPENER}; then crm log zolc.\n`,
      stderr: '',
      code: 0,
    });
    expect(await openedWith()).toBe('tel:+48601234567\n');
  });

  it('--number home picks the home number', async () => {
    expect(call(['zolc', '--number', 'home'], opener).stdout).toBe(
      `Calling zolc (Łukasz Żółć), home +48 22 555 01 02: tel:+48225550102 opened with ${OPENER}; then crm log zolc.\n`,
    );
    expect(await openedWith()).toBe('tel:+48225550102\n');
  });

  it('--json prints the call and whether it was opened', async () => {
    const result = call(['zolc', '--json'], opener);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toStrictEqual({ handle: 'zolc', name: 'Łukasz Żółć', number: '+48 601 234 567', label: 'work', uri: 'tel:+48601234567', opened: true });
    expect(await openedWith()).toBe('tel:+48601234567\n');
    expect(JSON.parse(call(['zolc', '--json', '--number', 'HOME'], empty).stdout)).toMatchObject({ label: 'home', uri: 'tel:+48225550102', opened: false });
  });

  it('without an opener on PATH prints the number and the link, one line, exit 0', () => {
    expect(call(['zolc'], empty)).toEqual({
      stdout: `zolc (Łukasz Żółć), work +48 601 234 567: tel:+48601234567 (no ${OPENER} on PATH: dial it by hand); then crm log zolc.\n`,
      stderr: '',
      code: 0,
    });
  });

  it('says so when the opener does not start', () => {
    fakeOpener('#!/no/such/shell\n');
    expect(call(['zolc'], opener).stdout).toBe(`zolc (Łukasz Żółć), work +48 601 234 567: tel:+48601234567 (${OPENER} did not start: dial it by hand); then crm log zolc.\n`);
  });

  it('writes nothing to the binder', async () => {
    const before = binder.dump();
    // A file's very bytes too (a server binder's rows are all dump() has).
    const bytes = ON_SERVER ? undefined : readFileSync(binder.db);
    const files = binderFiles(binder);
    ok(binder, ['call', 'zolc'], { env: { PATH: opener } });
    ok(binder, ['call', 'zolc', '--json'], { env: { PATH: empty }, spawn: true });
    await openedWith();
    expect(binder.dump()).toBe(before);
    if (bytes) expect(readFileSync(binder.db).equals(bytes)).toBe(true);
    expect(binderFiles(binder)).toEqual(files);
  });

  it('refuses a dossier without a number in one line, saying how to add one, and opens nothing', () => {
    const result = refused(binder, ['call', 'weber'], { env: { PATH: opener } });
    expect(result.stderr).toBe('crm: weber has no phone number to call; add one: crm edit weber --phone "+48 601 234 567"\n');
    expect(existsSync(opened)).toBe(false);
  });

  it('refuses a label the card has no number for, listing the labels it has', () => {
    const result = refused(binder, ['call', 'zolc', '--number', 'mobile'], { env: { PATH: opener } });
    expect(result.stderr).toBe("crm: --number mobile: none of zolc's numbers is labelled so; they are labelled work, home (crm call zolc --number home)\n");
    refused(binder, ['call', 'zolc', '--number', ' '], { env: { PATH: opener } });
    refused(binder, ['call', 'nobody'], { env: { PATH: opener } });
    expect(existsSync(opened)).toBe(false);
  });
});

/** Answers crm log's questions for Łukasz Żółć, once the call is said, and waits for the log. */
async function logAfterCall(session: PtySession, note: string, outcome: string, next: string): Promise<void> {
  await session.expect(`Calling zolc (Łukasz Żółć), work +48 601 234 567: tel:+48601234567 opened with ${OPENER}.`);
  await session.expect('What was said with Łukasz Żółć?');
  session.send(note, key.enter);
  await session.expect('How did it end?');
  await choose(session, outcome);
  await session.expect('Next contact (8, jul 5, +2w, fri; or done to close)');
  session.send(next, key.enter);
  await session.expect('Logged a call with zolc');
}

describe('crm call on a terminal', () => {
  let terminal: PtyOptions;
  beforeEach(() => {
    terminal = { env: { HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: TODAY, PATH: opener }, cols: 120, rows: 30 };
  });

  it('dials, then asks crm log its questions for the same client and logs the call', async () => {
    const session = spawnCrmInPty(['call', 'żółć'], terminal);
    try {
      await logAfterCall(session, 'wants 40 units', 'reached', 'fri');
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.text).toContain('Logged a call with zolc (Łukasz Żółć): reached.\nRefiled behind 27: Fri 27 Nov 2026.\n');
    expect(await openedWith()).toBe('tel:+48601234567\n');
    expect(binder.json<ShowJson>(['show', 'zolc']).history.slice(-2)).toMatchObject([
      { kind: 'call', note: 'wants 40 units', outcome: 'reached' },
      { kind: 'filed', from: TODAY, to: '2026-11-27' },
    ]);
  });

  it('Ctrl-C at the questions after the call writes nothing and exits 130', async () => {
    const before = binder.dump();
    const session = spawnCrmInPty(['call', 'zolc', '--number', 'home'], terminal);
    try {
      await session.expect(`Calling zolc (Łukasz Żółć), home +48 22 555 01 02: tel:+48225550102 opened with ${OPENER}.`);
      await session.expect('What was said with Łukasz Żółć?');
      session.send(key.ctrlC);
      expect(await session.exited()).toMatchObject({ code: 130 });
    } finally {
      await session.kill();
    }

    expect(session.text).toContain('crm: cancelled; nothing was written');
    expect(await openedWith()).toBe('tel:+48225550102\n');
    expect(binder.dump()).toBe(before);
  });

  it('crm work: the call choice dials the card on screen, then logs it', async () => {
    const session = spawnCrmInPty(['work'], terminal);
    try {
      await session.expect('\n1 of 2\n');
      await session.expect('? What now?');
      await choose(session, 'Call +48 601 234 567, then log it');
      await logAfterCall(session, 'no one there', 'reached', 'tomorrow');
      // weber has no number: nothing to dial, no such choice.
      await session.expect('\n2 of 2\n');
      await session.expect('? What now?');
      await session.expectScreen('  Show the full history (2)\n  Quit\n');
      await choose(session, 'Quit');
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.text).toContain('Session done: 1 call logged, 0 postponed, 0 skipped;');
    expect(await openedWith()).toBe('tel:+48601234567\n');
    expect(binder.json<ShowJson>(['show', 'zolc'])).toMatchObject({ filedOn: '2026-11-24', lastOutcome: 'reached', lastNote: 'no one there' });
  });
});
