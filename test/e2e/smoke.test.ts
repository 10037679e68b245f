// What users run is the process: every command started as the built CLI (bin/crm.js), and the same
// command line run in-process (as the rest of the end-to-end suite runs them) on a copy of the same
// binder. Both must answer byte for byte alike, exit alike, and leave the binder alike, so that a
// test passing in-process says what a user would see.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBinder, type Binder, type Result } from './cli.js';
import { copyBinder, ok, seed } from './support.js';

let fixture: Binder;
/** crm call's and crm remind's PATH: a fake desktop opener (xdg-open; open on macOS) and notifier (notify-send; osascript) that note their arguments and exit, so no test dials or notifies. */
let opener: string;

beforeAll(() => {
  fixture = tempBinder();
  seed(fixture, 'acme', 'today', 'Acme Sp. z o.o.', ['--phone', '+48 601 234 567', '--email', 'biuro@acme.pl']);
  seed(fixture, 'zolc', '8', 'Łukasz Żółć', ['--company', 'Żółć i Synowie']);
  seed(fixture, 'petrov', 'jul 5', 'Петър Петров');
  seed(fixture, 'aram', '+2w', 'Արամ Խաչատրյան', ['--priority', 'A']);
  ok(fixture, ['log', 'zolc', '--note', 'Rozmowa o ofercie', '--outcome', 'offer-sent', '--offer', '12 000 zł', '--next', 'fri']);
  ok(fixture, ['promise', 'acme', 'wyślę cennik', '--by', '+3d']);
  ok(fixture, ['complaint', 'petrov', 'late delivery', '--by', '+5d']);
  // Past its date today: crm remind has something to send.
  ok(fixture, ['promise', 'zolc', 'send the catalogue', '--by', 'fri'], { today: '2026-11-18' });
  opener = join(fixture.dir, 'bin');
  mkdirSync(opener);
  for (const name of ['xdg-open', 'open', 'notify-send', 'osascript']) {
    writeFileSync(join(opener, name), `#!/bin/sh\nprintf '%s\\n' "$@" >> '${join(fixture.dir, 'opened')}'\n`);
    chmodSync(join(opener, name), 0o755);
  }
}, 60_000);

afterAll(() => fixture.remove());

/** One command line per command (and the program's own flags), as a user types them. */
const LINES: string[][] = [
  ['--version'],
  ['--help'],
  ['today'],
  ['today', '--json'],
  ['next'],
  ['next', '--json'],
  ['file', 'nowak', 'mon', '--name', 'Anna Nowak'],
  ['log', 'acme', '--note', 'Oddzwonić', '--outcome', 'no-answer', '--next', 'tomorrow'],
  ['call', 'acme'],
  ['remind'],
  ['remind', '--print', '--within', '1h'],
  ['move', 'acme', '+1w'],
  ['postpone', 'acme', '--to', 'tomorrow'],
  ['work', '--json'],
  ['attach', 'acme', '--link', 'https://example.com/offer.pdf', '--name', 'offer'],
  ['docs', 'acme'],
  ['promise', 'zolc', 'call back', '--by', '+2d'],
  ['promises'],
  ['complaint', 'aram', 'invoice', '--by', '+4d'],
  ['complaints'],
  ['form', 'list'],
  ['edit', 'acme', '--tags', 'vip'],
  ['slipping'],
  ['review', '--week'],
  ['undo'],
  ['changes'],
  ['show', 'zolc'],
  ['binder'],
  ['open', 'jul'],
  ['find', 'żółć'],
  ['config'],
  ['export', '--format', 'csv'],
  ['import', '-', '--dry-run'],
  ['ics'],
  ['doctor'],
  ['completion', 'bash'],
  ['__handles', 'a'],
  ['__forms'],
  // Bad input: one line on stderr, exit 2.
  ['log', 'nobody', '--note', 'x'],
  ['call', 'zolc'],
  ['move', 'acme', '31 feb'],
  ['remind', '--within', '0'],
  ['no-such-command'],
];

/**
 * Times of day (entries are stamped with the real clock, iCalendar's DTSTAMP too): the two runs may
 * fall in two seconds. iCalendar's SEQUENCE counts minutes of that clock, so two runs may also fall
 * in two minutes (CI failed on it once).
 */
const CLOCK = /\b\d\d:\d\d(:\d\d)?\b|(?<=\d{8}T)\d{6}(?=Z)|(?<=^SEQUENCE:)\d+/gm;

/**
 * A line's output with the binder's own path put as <binder> (the two runs use two copies; on a
 * server two schemas, whose names are put as <schema>), times as <time>.
 */
function neutral(result: Result, binder: Binder): Result {
  const put = (text: string) => {
    const named = binder.schema === undefined ? text : text.split(binder.schema).join('<schema>');
    return named.split(binder.dir).join('<binder>').replace(CLOCK, '<time>');
  };
  return { stdout: put(result.stdout), stderr: put(result.stderr), code: result.code };
}

describe('every command, spawned as the built CLI and run in-process, answers alike', () => {
  for (const line of LINES) {
    it(`crm ${line.join(' ')}`, () => {
      const spawned = copyBinder(fixture);
      const inProcess = copyBinder(fixture);
      try {
        const input = line[0] === 'import' ? 'Name,Phone\nJan Kowalski,+48 500 100 200\n' : '';
        const env = line[0] === 'call' || line[0] === 'remind' ? { PATH: opener } : undefined;
        const process = neutral(spawned.crm(line, { spawn: true, input, env }), spawned);
        const inside = neutral(inProcess.crm(line, { input, env }), inProcess);
        expect(inside).toEqual(process);
        expect(process.code, `crm ${line.join(' ')}: ${process.stderr}`).not.toBe(1);
        expect(inProcess.dump().replace(CLOCK, '<time>')).toBe(spawned.dump().replace(CLOCK, '<time>'));
      } finally {
        spawned.remove();
        inProcess.remove();
      }
    });
  }
});
