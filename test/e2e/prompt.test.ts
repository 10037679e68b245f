// The questions `crm file` asks on a terminal for a new dossier's card, answered in a real
// pseudo-terminal (see pty.ts), and what ends up in the binder.
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { ON_SERVER } from './server-binder.js';
import { binderFiles, seed, type ShowJson } from './support.js';
import { key, PtyError, PtySession, runCrmInPty, spawnCrmInPty, type PtyOptions, type Step } from './pty.js';

const TODAY = '2026-11-23';

let binder: Binder;
let terminal: PtyOptions;

beforeEach(() => {
  binder = tempBinder(TODAY);
  terminal = { env: { HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: TODAY }, cols: 100, rows: 30 };
});
afterEach(() => binder.remove());

/** Answers one input question: waits for it, types the answer, presses Enter. */
const answer = (question: string, text: string): Step => ({ expect: question, send: [text, key.enter] });

describe('crm file <new handle> on a terminal', () => {
  it('asks for the card, field by field, and files the new dossier', async () => {
    const result = await runCrmInPty(
      ['file', 'acme', '25'],
      [
        answer("Client's name", 'Łukasz Żółć'),
        answer('Position', 'Prezes zarządu'),
        answer('Company', 'Acme Sp. z o.o.'),
        answer('Phone', '+48 601 234 567'),
        answer('E-mail', 'lukasz@acme.pl'),
        // A, B, C with B chosen: one up is A.
        { expect: 'Priority', screen: '❯ B', send: [key.up] },
        { screen: '❯ A (most important)', send: [key.enter] },
      ],
      terminal,
    );

    expect(result.code).toBe(0);
    expect(result.text).toContain('New dossier "acme": a name is needed; other fields may be left empty.');
    expect(result.text).toContain('New dossier acme (Łukasz Żółć, Acme Sp. z o.o.) filed behind 25: Wed 25 Nov 2026.');
    // What a person sees at the end: each answer once, then where it was filed; nothing left over.
    expect(result.screen).toBe(
      [
        'New dossier "acme": a name is needed; other fields may be left empty.',
        "✔ Client's name Łukasz Żółć",
        '✔ Position Prezes zarządu',
        '✔ Company Acme Sp. z o.o.',
        '✔ Phone +48 601 234 567',
        '✔ E-mail lukasz@acme.pl',
        '✔ Priority A (most important)',
        'New dossier acme (Łukasz Żółć, Acme Sp. z o.o.) filed behind 25: Wed 25 Nov 2026.',
      ].join('\n'),
    );

    expect(binder.json<ShowJson>(['show', 'acme'])).toMatchObject({
      handle: 'acme',
      name: 'Łukasz Żółć',
      position: 'Prezes zarządu',
      company: 'Acme Sp. z o.o.',
      phone: '+48 601 234 567',
      email: 'lukasz@acme.pl',
      priority: 'A',
      filedOn: '2026-11-25',
    });
  });

  it('leaves the fields answered with Enter alone empty, and keeps priority B by default', async () => {
    const result = await runCrmInPty(
      ['file', 'zolc', '+2w'],
      [answer("Client's name", 'Анна Петрова'), answer('Position', ''), answer('Company', ''), answer('Phone', ''), answer('E-mail', ''), { expect: 'Priority', send: key.enter }],
      terminal,
    );

    expect(result.code).toBe(0);
    expect(result.text).toContain('New dossier zolc (Анна Петрова) filed');
    expect(binder.json<ShowJson>(['show', 'zolc'])).toMatchObject({ name: 'Анна Петрова', position: null, company: null, phone: null, email: null, priority: 'B', filedOn: '2026-12-07' });
  });

  it('refuses an invalid answer at the prompt, says why, and takes the corrected one', async () => {
    const result = await runCrmInPty(
      ['file', 'acme', '25'],
      [
        answer("Client's name", 'Anna Nowak'),
        answer('Position', ''),
        answer('Company', ''),
        answer('Phone', '12'),
        { expect: 'phone has fewer than 3 digits' },
        // The refused answer stays on the line to be fixed: clear it and type another.
        { send: [key.ctrlU, '+48 601 234 567', key.enter] },
        answer('E-mail', 'not-an-email'),
        { expect: 'email is not an e-mail address (name@example.com)', screen: '> email is not an e-mail address (name@example.com)' },
        { send: [key.ctrlU, 'anna@acme.pl', key.enter] },
        { expect: 'Priority', send: key.enter },
      ],
      terminal,
    );

    expect(result.code).toBe(0);
    expect(result.text).toContain('New dossier acme (Anna Nowak) filed behind 25');
    // The messages went away once the answers were corrected.
    expect(result.screen).toContain('✔ Phone +48 601 234 567\n✔ E-mail anna@acme.pl\n✔ Priority B');
    expect(result.screen).not.toContain('not an e-mail address');
    expect(result.screen).not.toContain('fewer than 3 digits');
    expect(binder.json<ShowJson>(['show', 'acme'])).toMatchObject({ name: 'Anna Nowak', phone: '+48 601 234 567', email: 'anna@acme.pl' });
  });

  it('refuses an empty name: every dossier needs one', async () => {
    const result = await runCrmInPty(
      ['file', 'acme', '25'],
      [
        answer("Client's name", '   '),
        { expect: 'name is empty; every dossier needs a name' },
        { send: [key.ctrlU, 'Anna Nowak', key.enter] },
        answer('Position', ''),
        answer('Company', ''),
        answer('Phone', ''),
        answer('E-mail', ''),
        { expect: 'Priority', send: key.enter },
      ],
      terminal,
    );

    expect(result.code).toBe(0);
    expect(binder.json<ShowJson>(['show', 'acme'])).toMatchObject({ handle: 'acme', name: 'Anna Nowak' });
  });

  // Ctrl-D ends the input only on an empty line; on a typed one it deletes (readline, as in a shell).
  it.each([
    ['Ctrl-C', 'Łukasz', key.ctrlC],
    ['Ctrl-D on an empty line', '', key.ctrlD],
  ])('cancels on %s at the first question: exit 130 and no binder file', async (_name, typed, cancel) => {
    const empty = ON_SERVER ? binder.dump() : undefined;
    const result = await runCrmInPty(['file', 'acme', '25'], [{ expect: "Client's name", send: [typed, cancel] }], terminal);

    expect(result.code).toBe(130);
    expect(result.text).toContain('crm: cancelled; nothing was written');
    expect(result.text).not.toContain('unexpected failure');
    expect(binderFiles(binder)).toEqual([]);
    // A file binder: none made. A server binder (made by crm team init): still empty.
    if (ON_SERVER) expect(binder.dump()).toBe(empty);
    else expect(existsSync(binder.db)).toBe(false);
  });

  it('cancels at a later question without touching a binder that already exists', async () => {
    seed(binder, 'nowak', '8', 'Jan Nowak');
    const before = binder.dump();

    const result = await runCrmInPty(
      ['file', 'acme', '25'],
      [answer("Client's name", 'Łukasz Żółć'), answer('Position', 'CEO'), answer('Company', 'Acme'), answer('Phone', '+48 601 234 567'), answer('E-mail', 'l@acme.pl'), { expect: 'Priority', send: [key.down, key.ctrlC] }],
      terminal,
    );

    expect(result.code).toBe(130);
    expect(result.text).toContain('crm: cancelled; nothing was written');
    expect(binder.dump()).toBe(before);
    expect(binder.crm(['show', 'acme']).code).not.toBe(0);
  });

  // Closing the terminal window sends SIGHUP to the program waiting at the question. The command
  // failed, so, as after Ctrl-C, the binder file it opened for the new dossier must not stay behind.
  it('leaves no binder file when the terminal hangs up at a question', async () => {
    const session = spawnCrmInPty(['file', 'acme', '25'], terminal);
    try {
      await session.expect("Client's name");
      session.send('Łukasz');
      await session.expectScreen("? Client's name Łukasz");
    } finally {
      await session.kill(); // the driver hangs up: SIGHUP to the program's process group
    }

    expect(session.status?.code).not.toBe(0);
    expect(binderFiles(binder)).toEqual([]);
  });

  // README: NO_COLOR or --no-color, no colour; that covers the questions as much as the answer.
  it.each([
    ['NO_COLOR=1', [], { NO_COLOR: '1' }],
    ['--no-color', ['--no-color'], {}],
  ])('asks without colour under %s', async (_name, flags, env) => {
    const result = await runCrmInPty(
      ['file', 'acme', '25', ...flags],
      [answer("Client's name", 'Anna Nowak'), answer('Position', ''), answer('Company', ''), answer('Phone', ''), answer('E-mail', ''), { expect: 'Priority', send: key.enter }],
      { ...terminal, env: { ...terminal.env, ...env } },
    );

    expect(result.code).toBe(0);
    expect(result.text).toContain('New dossier acme (Anna Nowak) filed behind 25');
    // eslint-disable-next-line no-control-regex -- an SGR (colour, bold) sequence is what must not appear
    expect(result.output).not.toMatch(/\x1b\[[0-9;]*m/);
  });

  // With --name the dossier can be opened at once (BINDER.md: a new dossier "needs a name
  // (--name, or asked on a terminal)"), so nothing is asked: `crm file x 8 --name ...` behaves the
  // same on a terminal as in a script, and never waits for a person.
  it('asks nothing when --name is given', async () => {
    const result = await runCrmInPty(['file', 'acme', '25', '--name', 'Łukasz Żółć', '--company', 'Acme'], [], terminal);

    expect(result.code).toBe(0);
    expect(result.text).not.toContain('?');
    expect(result.screen).toBe('New dossier acme (Łukasz Żółć, Acme) filed behind 25: Wed 25 Nov 2026.');
    expect(binder.json<ShowJson>(['show', 'acme'])).toMatchObject({ name: 'Łukasz Żółć', company: 'Acme', position: null, priority: 'B' });
  });

  it('asks only for the fields not given as options', async () => {
    const result = await runCrmInPty(
      ['file', 'acme', '25', '--company', 'Acme', '--phone', '+48 601 234 567', '--priority', 'a'],
      [answer("Client's name", 'Łukasz Żółć'), answer('Position', 'CEO'), answer('E-mail', 'l@acme.pl')],
      terminal,
    );

    expect(result.code).toBe(0);
    for (const question of ['Company', 'Phone', 'Priority']) expect(result.text).not.toContain(`? ${question}`);
    expect(binder.json<ShowJson>(['show', 'acme'])).toMatchObject({ name: 'Łukasz Żółć', position: 'CEO', company: 'Acme', phone: '+48 601 234 567', email: 'l@acme.pl', priority: 'A' });
  });

  it('refuses an invalid option before asking anything', async () => {
    const result = await runCrmInPty(['file', 'acme', '25', '--email', 'not-an-email'], [], terminal);

    expect(result.code).toBe(2);
    expect(result.screen).toBe('crm: --email "not-an-email" is not an e-mail address (name@example.com)');
    expect(binderFiles(binder)).toEqual([]);
  });
});

// The harness itself: what later interactive tests rely on.
describe('the terminal harness', () => {
  /** Whether a process with this id is still alive. */
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  // A program that shows its terminal, then waits for input that never comes.
  const SHOW_TERMINAL = `console.log(process.pid, process.stdout.columns + 'x' + process.stdout.rows, process.stdin.isTTY, process.env.TERM); process.stdin.resume();`;

  it('gives the program a terminal of the asked size, and kills it, whatever it does', async () => {
    const session = new PtySession(process.execPath, ['-e', SHOW_TERMINAL], { cols: 77, rows: 11 });
    let pid = 0;
    try {
      const shown = await session.expect(/(\d+) 77x11 true xterm-256color/);
      pid = Number(shown.split(' ')[0]);
      expect(alive(pid)).toBe(true);
    } finally {
      await session.kill();
    }
    expect(session.status).toMatchObject({ timedOut: false, signal: 'SIGHUP' });
    expect(alive(pid)).toBe(false);
  });

  it('kills a program that outlives the session timeout', async () => {
    const session = new PtySession(process.execPath, ['-e', SHOW_TERMINAL], { timeout: 1_000 });
    const shown = await session.expect(/\d+ /);
    const status = await session.exited();
    expect(status.timedOut).toBe(true);
    expect(alive(Number(shown))).toBe(false);
  });

  it('fails a wait that runs out with the transcript so far', async () => {
    const session = spawnCrmInPty(['file', 'acme', '25'], terminal);
    try {
      await session.expect("Client's name");
      const waiting = session.expect('a question crm never asks', 300);
      await expect(waiting).rejects.toThrow(PtyError);
      await expect(waiting).rejects.toThrow(/waited 300 ms for output to contain a question crm never asks\n[\s\S]*Client's name/);
    } finally {
      await session.kill();
    }
    // crm answers the hang-up itself: it removes the binder it created and exits 128 + 1.
    expect(session.status).toMatchObject({ code: 129, signal: null, timedOut: false });
  });

  it('fails a wait at once when the program exits first', async () => {
    const session = spawnCrmInPty(['file', 'acme', 'someday'], terminal);
    try {
      await expect(session.expect("Client's name")).rejects.toThrow(/the program exited \(exit code 2\)[\s\S]*crm: /);
    } finally {
      await session.kill();
    }
  });
});
