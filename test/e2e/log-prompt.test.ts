// crm log <client> on a terminal, without --next or --done: what was said, how it ended and when
// next are asked (the date form shown resolved as it is typed), then the call is in the dossier and
// the dossier refiled. Answered in a real pseudo-terminal (see pty.ts); the binder is checked with
// the non-interactive CLI.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { copyBinder, ok, seed, type EntryJson, type ShowJson, type TodayJson } from './support.js';
import { choose, key, runCrmInPty, spawnCrmInPty, type PtyOptions, type PtySession } from './pty.js';

const TODAY = '2026-11-23'; // a Monday

/** The question for the next contact, as it stands before anything is typed. */
const NEXT = 'Next contact (8, jul 5, +2w, fri; or done to close)';
/** The same question after no-answer, whose default (tomorrow) is shown resolved. */
const NEXT_BY_DEFAULT = 'Next contact (Enter: tomorrow, behind 24: Tue 24 Nov 2026; or done)';

let template: Binder;
let binder: Binder;
let terminal: PtyOptions;

// Seeded once; each test works on its own copy.
beforeAll(() => {
  template = tempBinder(TODAY);
  // zolc: opened a week ago, called on Wednesday, due last Friday: 3 days overdue today.
  seed(template, 'zolc', '20', 'Łukasz Żółć', ['--company', 'Acme Sp. z o.o.', '--phone', '+48 601 234 567', '--priority', 'A'], '2026-11-16');
  ok(template, ['log', 'zolc', '--note', 'price list sent', '--outcome', 'offer-sent', '--next', '20'], { today: '2026-11-18' });
  seed(template, 'petrova', 'today', 'Анна Петрова', ['--company', 'Север']);
  seed(template, 'rahimi', 'today', 'رضا رحیمی', ['--company', 'Rahimi Trading']);
});
afterAll(() => template.remove());
beforeEach(() => {
  binder = copyBinder(template, TODAY);
  terminal = { env: { HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: TODAY }, cols: 100, rows: 30 };
});
afterEach(() => binder.remove());

/** Waits for an input question, types the answer, presses Enter. */
async function answer(session: PtySession, question: string, text: string): Promise<void> {
  await session.expect(question);
  session.send(text, key.enter);
}

/** The outcome list as shown, every choice on screen, the cursor on `at`. */
function outcomeList(at: string): string {
  const choices = ['reached', 'no-answer', 'voicemail', 'callback', 'meeting-set', 'offer-sent', 'won', 'lost', '(none)'];
  return choices.map((choice) => `${choice === at ? '❯' : ' '} ${choice}`).join('\n');
}

/** The history entries the log added: the conversation, then the filing (or the closing). */
function lastTwo(handle: string): EntryJson[] {
  return binder.json<ShowJson>(['show', handle]).history.slice(-2);
}

describe('crm log <client> on a terminal', () => {
  it('asks what was said, how it ended and the next contact, then logs the call and refiles', async () => {
    const session = spawnCrmInPty(['log', 'zolc'], terminal);
    try {
      await answer(session, 'What was said with Łukasz Żółć?', 'wants 40 units, sends the order Friday');
      await session.expect('How did it end?');
      // Every outcome is offered, all nine on screen at once, "reached" first and chosen unless
      // moved; the list wraps around, so one up from the top is the last choice.
      await session.expectScreen(`? How did it end?\n${outcomeList('reached')}\n\n↑↓ navigate • ⏎ select`);
      session.send(key.up);
      await session.expectScreen(`? How did it end?\n${outcomeList('(none)')}\n`);
      session.send(key.up);
      await session.expectScreen(`? How did it end?\n${outcomeList('lost')}\n`);
      session.send(key.down, key.down);
      await session.expectScreen(`? How did it end?\n${outcomeList('reached')}\n`);
      await choose(session, 'meeting-set');
      await session.expect(NEXT);
      session.send('8');
      await session.expectScreen(`? ${NEXT} 8  → behind 8: Tue 8 Dec 2026`);
      session.send(key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    // Each answer once, then what was done; the preview of the date is gone from the answered line.
    expect(session.screen).toBe(
      [
        '✔ What was said with Łukasz Żółć? wants 40 units, sends the order Friday',
        '✔ How did it end? meeting-set',
        `✔ ${NEXT} 8`,
        'Logged a call with zolc (Łukasz Żółć): meeting-set.',
        'Refiled behind 8: Tue 8 Dec 2026.',
      ].join('\n'),
    );
    const dossier = binder.json<ShowJson>(['show', 'zolc']);
    expect(dossier).toMatchObject({ filedOn: '2026-12-08', overdueDays: 0, lastKind: 'call', lastNote: 'wants 40 units, sends the order Friday', lastOutcome: 'meeting-set' });
    expect(dossier.lastContact?.slice(0, 10)).toBe(TODAY);
    expect(lastTwo('zolc')).toMatchObject([
      { kind: 'call', note: 'wants 40 units, sends the order Friday', outcome: 'meeting-set' },
      { kind: 'filed', from: '2026-11-20', to: '2026-12-08' },
    ]);
  });

  it('shows the date form resolved while it is typed, and says when it moves off a day off', async () => {
    // Wide enough that the preview stays on the question's line.
    const session = spawnCrmInPty(['log', 'petrova'], { ...terminal, cols: 140 });
    try {
      await answer(session, 'What was said with Анна Петрова?', 'on holiday until the 30th');
      await session.expect('How did it end?');
      await choose(session, 'callback');
      await session.expect(NEXT);
      // Key by key: each form as it stands is resolved against today, Mon 23 Nov 2026.
      session.send('2');
      await session.expectScreen(`${NEXT} 2  → behind 2: Wed 2 Dec 2026`);
      session.send('5');
      await session.expectScreen(`${NEXT} 25  → behind 25: Wed 25 Nov 2026`);
      session.send(key.ctrlU, '+2w');
      await session.expectScreen(`${NEXT} +2w  → behind 7: Mon 7 Dec 2026`);
      session.send(key.ctrlU, 'jan');
      await session.expectScreen(`${NEXT} jan  → behind January: Fri 1 Jan 2027`);
      session.send(key.ctrlU, 'sat');
      await session.expectScreen(`${NEXT} sat  → behind 30: Mon 30 Nov 2026 (moved off a day off)`);
      session.send(key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.text).toContain('Logged a call with petrova (Анна Петрова): callback.\nRefiled behind 30: Mon 30 Nov 2026.\nSat 28 Nov 2026 is a day off; filed on the next working day.');
    expect(binder.json<ShowJson>(['show', 'petrova'])).toMatchObject({ filedOn: '2026-11-30', lastNote: 'on holiday until the 30th', lastOutcome: 'callback' });
  });

  it.each([
    ['someday', '> "someday" is not a date crm understands; type a day number (8), a month (jul), a month and day'],
    ['feb 30', '> "feb 30": February has no day 30; type a date that exists'],
  ])('refuses "%s" at the next contact, shows why, and takes a corrected date', async (typed, error) => {
    const before = binder.dump();
    const session = spawnCrmInPty(['log', 'rahimi'], { ...terminal, cols: 140 });
    try {
      await answer(session, 'What was said with رضا رحیمی?', 'call back after the fair');
      await session.expect('How did it end?');
      await choose(session, 'reached');
      await answer(session, NEXT, typed);
      await session.expectScreen(error);
      // Refused, not saved: the question stays, with what was typed, to be fixed.
      expect(session.status).toBeUndefined();
      expect(session.screen).toContain(`? ${NEXT} ${typed}`);
      expect(binder.dump()).toBe(before);
      session.send(key.ctrlU, '+2w');
      await session.expectScreen(`${NEXT} +2w  → behind 7: Mon 7 Dec 2026`);
      // The error went away with the typing that fixed it.
      expect(session.screen).not.toContain(error);
      session.send(key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.text).toContain('Refiled behind 7: Mon 7 Dec 2026.');
    expect(binder.json<ShowJson>(['show', 'rahimi'])).toMatchObject({ filedOn: '2026-12-07', lastNote: 'call back after the fair', lastOutcome: 'reached' });
  });

  it('closes the dossier when "done" is typed for the next contact', async () => {
    const session = spawnCrmInPty(['log', 'zolc'], { ...terminal, cols: 140 });
    try {
      await answer(session, 'What was said with Łukasz Żółć?', 'signed for 40 units');
      await session.expect('How did it end?');
      await choose(session, 'won');
      await session.expect(NEXT);
      session.send('done');
      await session.expectScreen(`${NEXT} done  → closed: out of the ring, history kept`);
      session.send(key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.screen).toBe(
      [
        '✔ What was said with Łukasz Żółć? signed for 40 units',
        '✔ How did it end? won',
        `✔ ${NEXT} done`,
        'Logged a call with zolc (Łukasz Żółć): won.',
        'Closed: out of the ring, into the drawer; the history is kept (crm file brings it back).',
      ].join('\n'),
    );
    expect(binder.json<ShowJson>(['show', 'zolc'])).toMatchObject({ filedOn: null, lastNote: 'signed for 40 units', lastOutcome: 'won' });
    expect(lastTwo('zolc')).toMatchObject([
      { kind: 'call', note: 'signed for 40 units', outcome: 'won' },
      { kind: 'closed', from: '2026-11-20', to: null },
    ]);
    expect(binder.json<TodayJson>(['today']).stack.map((d) => d.handle)).not.toContain('zolc');
  });

  it('logs a call with no note and no outcome when the note is left empty and "(none)" is chosen', async () => {
    const session = spawnCrmInPty(['log', 'petrova'], terminal);
    try {
      await answer(session, 'What was said with Анна Петрова?', '');
      await session.expect('How did it end?');
      await choose(session, '(none)');
      await answer(session, NEXT, 'tomorrow');
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.text).toContain('Logged a call with petrova (Анна Петрова).\nRefiled behind 24: Tue 24 Nov 2026.');
    expect(lastTwo('petrova')).toMatchObject([
      { kind: 'call', note: null, outcome: null },
      { kind: 'filed', from: TODAY, to: '2026-11-24' },
    ]);
  });

  // An outcome with a default date (no-answer: tomorrow) makes the log complete on the command line:
  // a terminal is asked nothing, and the dossier is filed by the default, as from a script.
  it("asks nothing when the outcome given has a default date (no-answer: the next working day)", async () => {
    const result = await runCrmInPty(['log', 'rahimi', '--outcome', 'no-answer'], [], terminal);

    expect(result.code).toBe(0);
    expect(result.text).not.toContain('?');
    expect(result.screen).toBe('Logged a call with rahimi (\u2068رضا رحیمی\u2069): no-answer.\nRefiled behind 24: Tue 24 Nov 2026 (the default after no-answer).');
    expect(binder.json<ShowJson>(['show', 'rahimi'])).toMatchObject({ filedOn: '2026-11-24', lastNote: null, lastOutcome: 'no-answer' });
    expect(lastTwo('rahimi')).toMatchObject([
      { kind: 'call', note: null, outcome: 'no-answer' },
      { kind: 'filed', from: TODAY, to: '2026-11-24' },
    ]);
  });

  it("shows the default of an outcome chosen at the prompt resolved in the question (no-answer: tomorrow), taken with Enter", async () => {
    const session = spawnCrmInPty(['log', 'rahimi'], terminal);
    try {
      await answer(session, 'What was said with رضا رحیمی?', '');
      await session.expect('How did it end?');
      await choose(session, 'no-answer');
      await session.expect(NEXT_BY_DEFAULT);
      await session.expectScreen(`? ${NEXT_BY_DEFAULT} (tomorrow)`);
      session.send(key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.text).not.toContain(NEXT);
    expect(session.screen).toContain(
      `✔ ${NEXT_BY_DEFAULT} tomorrow\nLogged a call with rahimi (\u2068رضا رحیمی\u2069): no-answer.\nRefiled behind 24: Tue 24 Nov 2026 (the default after no-answer).`,
    );
    expect(binder.json<ShowJson>(['show', 'rahimi'])).toMatchObject({ filedOn: '2026-11-24', lastOutcome: 'no-answer' });
  });

  it('asks only what the command line left out', async () => {
    // A client named by a prefix of a Cyrillic word of the name.
    const session = spawnCrmInPty(['log', 'петр', '--note', 'sent the contract', '--outcome', 'offer-sent', '--offer', 'Q-7'], terminal);
    try {
      await answer(session, NEXT, 'fri');
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.text).not.toContain('What was said');
    expect(session.text).not.toContain('How did it end');
    expect(session.text).not.toContain('What offer was sent');
    expect(session.screen).toBe(`✔ ${NEXT} fri\nLogged a call with petrova (Анна Петрова): offer-sent.\nRefiled behind 27: Fri 27 Nov 2026.`);
    expect(lastTwo('petrova')).toMatchObject([
      { kind: 'call', note: 'sent the contract', outcome: 'offer-sent', offer: 'Q-7' },
      { kind: 'filed', from: TODAY, to: '2026-11-27' },
    ]);
  });

  it('the outcome offer-sent without --offer asks for the offer (issue 12)', async () => {
    const session = spawnCrmInPty(['log', 'петр', '--note', 'sent the contract', '--outcome', 'offer-sent'], terminal);
    try {
      await answer(session, 'What offer was sent? (Enter: none)', 'Q-12: 40 units at 9.50');
      await answer(session, NEXT, 'fri');
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(lastTwo('petrova')).toMatchObject([
      { kind: 'call', note: 'sent the contract', outcome: 'offer-sent', offer: 'Q-12: 40 units at 9.50' },
      { kind: 'filed', from: TODAY, to: '2026-11-27' },
    ]);
    expect(binder.json<ShowJson>(['show', 'petrova']).offer).toBe('Q-12: 40 units at 9.50');
  });

  it.each([
    ['--next', ['--next', 'dec 4'], 'Logged a call with zolc (Łukasz Żółć): reached.\nRefiled behind 4: Fri 4 Dec 2026.', '2026-12-04'],
    ['--done', ['--done'], 'Logged a call with zolc (Łukasz Żółć): reached.\nClosed: out of the ring, into the drawer; the history is kept (crm file brings it back).', null],
  ])('asks nothing when the log is complete on the command line (%s)', async (_name, flags, shown, filedOn) => {
    const result = await runCrmInPty(['log', 'zolc', '--note', 'agreed on the price', '--outcome', 'reached', ...flags], [], terminal);

    expect(result.code).toBe(0);
    expect(result.text).not.toContain('?');
    expect(result.screen).toBe(shown);
    expect(binder.json<ShowJson>(['show', 'zolc'])).toMatchObject({ filedOn, lastNote: 'agreed on the price', lastOutcome: 'reached' });
  });

  it('refuses a bad --next before asking anything', async () => {
    const before = binder.dump();
    const result = await runCrmInPty(['log', 'zolc', '--next', 'someday'], [], terminal);

    expect(result.code).toBe(2);
    expect(result.text).not.toContain('What was said');
    expect(result.screen).toMatch(/^crm: "someday" is not a date crm understands/);
    expect(binder.dump()).toBe(before);
  });
});

describe('cancelling crm log on a terminal', () => {
  /** The answers up to the question where Ctrl-C is pressed (with something typed or chosen). */
  const upTo = {
    'What was said': async (session: PtySession) => {
      await session.expect('What was said with Łukasz Żółć?');
      session.send('wants 40 units');
      await session.expectScreen('? What was said with Łukasz Żółć? wants 40 units');
    },
    'How did it end': async (session: PtySession) => {
      await answer(session, 'What was said with Łukasz Żółć?', 'wants 40 units');
      await session.expect('How did it end?');
      session.send(key.down);
      await session.expectScreen('❯ no-answer');
    },
    'Next contact': async (session: PtySession) => {
      await answer(session, 'What was said with Łukasz Żółć?', 'wants 40 units');
      await session.expect('How did it end?');
      await choose(session, 'meeting-set');
      await session.expect(NEXT);
      session.send('8');
      await session.expectScreen('8  → behind 8: Tue 8 Dec 2026');
    },
  } as const;

  it.each(Object.keys(upTo) as (keyof typeof upTo)[])('Ctrl-C at "%s" writes nothing and exits 130', async (question) => {
    const before = binder.dump();
    const session = spawnCrmInPty(['log', 'zolc'], terminal);
    try {
      await upTo[question](session);
      session.send(key.ctrlC);
      expect(await session.exited()).toMatchObject({ code: 130 });
    } finally {
      await session.kill();
    }

    expect(session.text).toContain('crm: cancelled; nothing was written');
    expect(session.text).not.toContain('Logged');
    expect(session.text).not.toContain('unexpected failure');
    expect(binder.dump()).toBe(before);
  });

  // Ctrl-D at a choice (no line typed) ends the terminal's input: cancelled as Ctrl-C is, on a
  // server binder too (whose open connection would otherwise keep crm waiting for good).
  it('Ctrl-D at "How did it end" writes nothing and exits 130', async () => {
    const before = binder.dump();
    const session = spawnCrmInPty(['log', 'zolc'], terminal);
    try {
      await answer(session, 'What was said with Łukasz Żółć?', 'wants 40 units');
      await session.expect('How did it end?');
      session.send(key.ctrlD);
      expect(await session.exited()).toMatchObject({ code: 130 });
    } finally {
      await session.kill();
    }

    expect(session.text).toContain('crm: cancelled; nothing was written');
    expect(session.text).not.toContain('unexpected failure');
    expect(binder.dump()).toBe(before);
  });

  it('writes nothing when the terminal hangs up at the next contact', async () => {
    const before = binder.dump();
    const session = spawnCrmInPty(['log', 'zolc'], terminal);
    try {
      await upTo['Next contact'](session);
    } finally {
      await session.kill(); // the driver hangs up: SIGHUP to the program's process group
    }

    expect(session.status?.code).toBe(129);
    expect(binder.dump()).toBe(before);
  });
});
