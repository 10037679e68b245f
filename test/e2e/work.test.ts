// crm work: the morning session on a terminal. Today's stack one card at a time ("n of m", the card,
// its recent history without the filings), and for each: log the call and refile, postpone, skip, show the full
// history, or quit. Every log and postponement is written at once, so quitting (or Ctrl-C, or a
// closed terminal) keeps them, and crm work again goes on with what is left. Driven in a real
// pseudo-terminal (see pty.ts); the binder is checked with the non-interactive CLI.
import { writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { copyBinder, binderFiles, ok, refused, seed, type ShowJson, type TodayJson } from './support.js';
import { choose, key, spawnCrmInPty, type PtyOptions, type PtySession } from './pty.js';

const TODAY = '2026-11-23'; // a Monday

const NEXT = 'Next contact (8, jul 5, +2w, fri; or done to close)';
/** The same question after no-answer, whose default (tomorrow) is shown resolved. */
const NEXT_BY_DEFAULT = 'Next contact (Enter: tomorrow, behind 24: Tue 24 Nov 2026; or done)';
const WHERE = 'Where to? (a date such as fri or +1w; Enter: the nearest working days with room)';

let template: Binder;
let binder: Binder;
let terminal: PtyOptions;

// Today's stack, in its order: zolc (A, 3 days overdue, six history entries), weber (A), iwanow (B),
// petrova (C), rahimi (C). Tomorrow already holds nowak; no capacity is set, so every day has room.
// Seeded once; each test works on its own copy.
beforeAll(() => {
  template = tempBinder(TODAY);
  seed(template, 'zolc', '20', 'Łukasz Żółć', ['--company', 'Acme Sp. z o.o.', '--phone', '+48 601 234 567', '--priority', 'A'], '2026-11-16');
  ok(template, ['log', 'zolc', '--note', 'asked for a price list', '--outcome', 'reached', '--next', '18'], { today: '2026-11-16' });
  ok(template, ['log', 'zolc', '--note', 'price list sent', '--outcome', 'offer-sent', '--next', '20'], { today: '2026-11-18' });
  seed(template, 'weber', 'today', 'Anna Weber', ['--company', 'Weber GmbH', '--priority', 'A']);
  seed(template, 'iwanow', 'today', 'Иван Иванов', ['--company', 'Волга']);
  seed(template, 'petrova', 'today', 'Анна Петрова', ['--priority', 'C']);
  seed(template, 'rahimi', 'today', 'رضا رحیمی', ['--priority', 'C']);
  seed(template, 'nowak', '24', 'Jan Nowak');
});
afterAll(() => template.remove());
beforeEach(() => {
  binder = copyBinder(template, TODAY);
  terminal = { env: { HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: TODAY }, cols: 100, rows: 30 };
});
afterEach(() => binder.remove());

/** History lines carry the real time of day (BINDER.md): compare them without it. */
const withoutTimes = (text: string) => text.replace(/\b\d\d:\d\d\b/g, 'hh:mm');

const show = (handle: string) => binder.json<ShowJson>(['show', handle]);
const stack = () => binder.json<TodayJson>(['today']).stack.map((d) => d.handle);

/** Waits for card `n of m`, then for its list of choices. */
async function card(session: PtySession, header: string): Promise<void> {
  await session.expect(`\n${header}\n`);
  await session.expect('? What now?');
}

/** On the card shown: logs the call with these answers. */
async function logCall(session: PtySession, name: string, note: string, outcome: string, next: string): Promise<void> {
  await choose(session, 'Log the call and refile');
  await session.expect(`What was said with ${name}?`);
  session.send(note, key.enter);
  await session.expect('How did it end?');
  await choose(session, outcome);
  await session.expect(NEXT);
  session.send(next, key.enter);
  await session.expect('Logged a call with');
}

/** On the card shown: postpones it to `where` (empty: Enter, the nearest working day with room). */
async function postpone(session: PtySession, where: string): Promise<void> {
  await choose(session, 'Postpone');
  await session.expect(WHERE);
  session.send(where, key.enter);
  await session.expect('Postponed');
}

/** Quits on the card shown and waits for the session to end by itself. */
async function quit(session: PtySession): Promise<void> {
  await choose(session, 'Quit');
  expect(await session.exited()).toMatchObject({ code: 0 });
}

describe('crm work on a terminal', () => {
  it('shows the first card: "1 of 5", the card, its recent history without the filings and the choices', async () => {
    const before = binder.dump();
    const session = spawnCrmInPty(['work'], terminal);
    try {
      await card(session, '1 of 5');
      await session.expectScreen('↑↓ navigate • ⏎ select');
      expect(withoutTimes(session.screen)).toBe(
        [
          "Mon 23 Nov 2026: 5 dossiers in today's stack. One card at a time; quit whenever you like.",
          '',
          '1 of 5',
          '  A zolc  Łukasz Żółć · Acme Sp. z o.o.  3 days overdue',
          '  ☎ +48 601 234 567',
          '  Last: call Wed 18 Nov: price list sent → offer-sent',
          'Recent history:',
          '  Mon 16 Nov 2026 hh:mm  call      asked for a price list  → reached',
          '  Wed 18 Nov 2026 hh:mm  call      price list sent  → offer-sent',
          '? What now?',
          '❯ Log the call and refile',
          '  Postpone',
          '  Skip for now',
          '  Show the full history (6)',
          '  Call +48 601 234 567, then log it',
          '  Quit',
          '',
          '↑↓ navigate • ⏎ select',
        ].join('\n'),
      );
      await quit(session);
    } finally {
      await session.kill();
    }

    expect(session.text).toContain("\nSession done: 0 calls logged, 0 postponed, 0 skipped; 5 dossiers still in today's stack (crm work to go on).\n");
    expect(binder.dump()).toBe(before);
  });

  // The card's recent history is the last four entries that are not filings or the creation; the
  // full history (below) still shows everything.
  it('shows only the last four conversations under a card that has more', async () => {
    ok(binder, ['log', 'zolc', '--kind', 'email', '--note', 'sent the order form', '--next', '20'], { today: '2026-11-19' });
    ok(binder, ['log', 'zolc', '--kind', 'meeting', '--note', 'met at the fair', '--outcome', 'meeting-set', '--next', '20'], { today: '2026-11-19' });
    ok(binder, ['log', 'zolc', '--kind', 'note', '--note', 'wants a discount', '--next', 'today'], { today: '2026-11-20' });
    const before = binder.dump();
    const session = spawnCrmInPty(['work'], terminal);
    try {
      await card(session, '1 of 5');
      await session.expectScreen('↑↓ navigate • ⏎ select');
      expect(withoutTimes(session.screen)).toBe(
        [
          "Mon 23 Nov 2026: 5 dossiers in today's stack. One card at a time; quit whenever you like.",
          '',
          '1 of 5',
          '  A zolc  Łukasz Żółć · Acme Sp. z o.o.  3 days overdue',
          '  ☎ +48 601 234 567',
          '  Last: note Fri 20 Nov: wants a discount',
          'Recent history:',
          '  Wed 18 Nov 2026 hh:mm  call      price list sent  → offer-sent',
          '  Thu 19 Nov 2026 hh:mm  email     sent the order form',
          '  Thu 19 Nov 2026 hh:mm  meeting   met at the fair  → meeting-set',
          '  Fri 20 Nov 2026 hh:mm  note      wants a discount',
          '? What now?',
          '❯ Log the call and refile',
          '  Postpone',
          '  Skip for now',
          '  Show the full history (9)',
          '  Call +48 601 234 567, then log it',
          '  Quit',
          '',
          '↑↓ navigate • ⏎ select',
        ].join('\n'),
      );
      await quit(session);
    } finally {
      await session.kill();
    }

    expect(binder.dump()).toBe(before);
  });

  it('logs a card at once and goes on to the next one', async () => {
    const session = spawnCrmInPty(['work'], terminal);
    try {
      await card(session, '1 of 5');
      await logCall(session, 'Łukasz Żółć', 'sends the order Friday', 'reached', 'fri');
      await card(session, '2 of 5');
      await session.expectScreen('  A weber  Anna Weber · Weber GmbH');
      // Written already, while the session goes on.
      expect(show('zolc')).toMatchObject({ filedOn: '2026-11-27', lastNote: 'sends the order Friday', lastOutcome: 'reached', overdueDays: 0 });
      await quit(session);
    } finally {
      await session.kill();
    }

    expect(session.text).toContain('✔ What was said with Łukasz Żółć? sends the order Friday\n');
    expect(session.text).toContain('✔ How did it end? reached\n');
    expect(session.text).toContain('Logged a call with zolc (Łukasz Żółć): reached.\nRefiled behind 27: Fri 27 Nov 2026.\n');
    expect(session.text).toContain("Session done: 1 call logged, 0 postponed, 0 skipped; 4 dossiers still in today's stack (crm work to go on).");
    expect(show('zolc').history.slice(-2)).toMatchObject([
      { kind: 'call', note: 'sends the order Friday', outcome: 'reached' },
      { kind: 'filed', from: '2026-11-20', to: '2026-11-27' },
    ]);
    expect(stack()).toEqual(['weber', 'iwanow', 'petrova', 'rahimi']);
  });

  it.each([
    ['a date typed', '+1w', '2026-11-30', 'behind 30: Mon 30 Nov 2026'],
    ['Enter: the nearest working day with room (BINDER.md rule 8, issue 12)', '', '2026-11-24', 'behind 24: Tue 24 Nov 2026'],
  ])('postpones a card to where it is told (%s) and goes on', async (_name, where, day, shown) => {
    const session = spawnCrmInPty(['work'], terminal);
    try {
      await card(session, '1 of 5');
      await postpone(session, where);
      await card(session, '2 of 5');
      await session.expectScreen('  A weber  Anna Weber · Weber GmbH');
      await quit(session);
    } finally {
      await session.kill();
    }

    expect(session.text).toContain(`Postponed zolc ${shown}.\n`);
    expect(session.text).toContain("Session done: 0 calls logged, 1 postponed, 0 skipped; 4 dossiers still in today's stack (crm work to go on).");
    expect(show('zolc')).toMatchObject({ filedOn: day, lastNote: 'price list sent' });
    expect(show('zolc').history.at(-1)).toMatchObject({ kind: 'moved', from: '2026-11-20', to: day, note: 'postponed' });
  });

  it('logging the outcome offer-sent asks for the offer, which the dossier keeps (issue 12)', async () => {
    const session = spawnCrmInPty(['work'], terminal);
    try {
      await card(session, '1 of 5');
      await choose(session, 'Log the call and refile');
      await session.expect('What was said with Łukasz Żółć?');
      session.send('went through the price list', key.enter);
      await session.expect('How did it end?');
      await choose(session, 'offer-sent');
      await session.expect('What offer was sent? (Enter: none)');
      session.send('Q-12: 40 units at 9.50', key.enter);
      await session.expect(NEXT);
      session.send('fri', key.enter);
      await session.expect('Logged a call with');
      await card(session, '2 of 5');
      await quit(session);
    } finally {
      await session.kill();
    }
    expect(show('zolc')).toMatchObject({ filedOn: '2026-11-27', lastOutcome: 'offer-sent', offer: 'Q-12: 40 units at 9.50' });
    expect(show('zolc').history.at(-2)).toMatchObject({ kind: 'call', outcome: 'offer-sent', offer: 'Q-12: 40 units at 9.50' });
  });

  it('another outcome asks for no offer', async () => {
    const session = spawnCrmInPty(['work'], terminal);
    try {
      await card(session, '1 of 5');
      await logCall(session, 'Łukasz Żółć', 'sends the order Friday', 'reached', 'fri');
      await card(session, '2 of 5');
      await quit(session);
    } finally {
      await session.kill();
    }
    expect(session.text).not.toContain('What offer was sent');
    expect(show('zolc').history.at(-2)).toMatchObject({ kind: 'call', outcome: 'reached', offer: null });
  });

  // "today" passes the "Where to?" check, but a dossier filed today stays where it is: nothing
  // is moved or written, so the session says it stays and does not report (or count) it as postponed.
  it('does not report a card as postponed when "today" leaves it where it was', async () => {
    const session = spawnCrmInPty(['work'], terminal);
    try {
      await card(session, '1 of 5');
      await choose(session, 'Skip for now');
      await card(session, '2 of 5');
      await choose(session, 'Postpone');
      await session.expect(WHERE);
      session.send('today', key.enter);
      await card(session, '3 of 5');
      await quit(session);
    } finally {
      await session.kill();
    }

    expect(show('weber').filedOn).toBe(TODAY);
    expect(session.text).not.toContain('Postponed weber');
    expect(session.text).toContain(`✔ ${WHERE} today\nweber stays in today's stack: it is filed for that day already.\n\n3 of 5\n`);
    expect(session.text).toContain("Session done: 0 calls logged, 0 postponed, 1 skipped; 5 dossiers still in today's stack (crm work to go on).");
  });

  it('skips a card without writing anything', async () => {
    const before = binder.dump();
    const session = spawnCrmInPty(['work'], terminal);
    try {
      await card(session, '1 of 5');
      await choose(session, 'Skip for now');
      await card(session, '2 of 5');
      await session.expectScreen('  A weber  Anna Weber · Weber GmbH');
      await quit(session);
    } finally {
      await session.kill();
    }

    expect(session.text).toContain("Session done: 0 calls logged, 0 postponed, 1 skipped; 5 dossiers still in today's stack (crm work to go on).");
    expect(binder.dump()).toBe(before);
  });

  it('shows the full history, then the same card again', async () => {
    const before = binder.dump();
    const session = spawnCrmInPty(['work'], terminal);
    try {
      await card(session, '1 of 5');
      await choose(session, 'Show the full history (6)');
      await session.expect('History of zolc');
      await card(session, '1 of 5');
      await session.expectScreen('❯ Log the call and refile');
      expect(withoutTimes(session.text)).toContain(
        [
          '✔ What now? Show the full history (6)',
          'History of zolc',
          '  Mon 16 Nov 2026 hh:mm  created   new dossier',
          '  Mon 16 Nov 2026 hh:mm  filed     filed on Fri 20 Nov 2026',
          '  Mon 16 Nov 2026 hh:mm  call      asked for a price list  → reached',
          '  Mon 16 Nov 2026 hh:mm  filed     Fri 20 Nov 2026 → Wed 18 Nov 2026',
          '  Wed 18 Nov 2026 hh:mm  call      price list sent  → offer-sent',
          '  Wed 18 Nov 2026 hh:mm  filed     Wed 18 Nov 2026 → Fri 20 Nov 2026',
          '',
          '1 of 5',
          '  A zolc  Łukasz Żółć · Acme Sp. z o.o.  3 days overdue',
          '  ☎ +48 601 234 567',
          '  Last: call Wed 18 Nov: price list sent → offer-sent',
          'Recent history:',
          '  Mon 16 Nov 2026 hh:mm  call      asked for a price list  → reached',
          '  Wed 18 Nov 2026 hh:mm  call      price list sent  → offer-sent',
          '? What now?',
        ].join('\n'),
      );
      await quit(session);
    } finally {
      await session.kill();
    }

    expect(session.text).toContain('Session done: 0 calls logged, 0 postponed, 0 skipped; 5 dossiers');
    expect(binder.dump()).toBe(before);
  });

  it('does not show again a card refiled for today', async () => {
    const session = spawnCrmInPty(['work'], terminal);
    try {
      await card(session, '1 of 5');
      await logCall(session, 'Łukasz Żółć', 'in a meeting, call back this afternoon', 'callback', 'today');
      await card(session, '2 of 5');
      await session.expectScreen('  A weber  Anna Weber · Weber GmbH');
      await quit(session);
    } finally {
      await session.kill();
    }

    expect(show('zolc')).toMatchObject({ filedOn: TODAY, lastOutcome: 'callback' });
    expect(session.text).toContain("Session done: 1 call logged, 0 postponed, 0 skipped; 5 dossiers still in today's stack (crm work to go on).");
  });

  it('quits with a summary, keeps what was done, and crm work again goes on with what is left', async () => {
    const first = spawnCrmInPty(['work'], terminal);
    try {
      await card(first, '1 of 5');
      await logCall(first, 'Łukasz Żółć', 'sends the order Friday', 'reached', 'fri');
      await card(first, '2 of 5');
      await postpone(first, 'thu');
      await card(first, '3 of 5');
      await choose(first, 'Skip for now');
      await card(first, '4 of 5');
      await quit(first);
    } finally {
      await first.kill();
    }
    expect(first.text).toContain("\nSession done: 1 call logged, 1 postponed, 1 skipped; 3 dossiers still in today's stack (crm work to go on).\n");
    expect(stack()).toEqual(['iwanow', 'petrova', 'rahimi']);

    // The skipped card comes back; what was logged and postponed stays done.
    const again = spawnCrmInPty(['work'], terminal);
    try {
      await again.expect("Mon 23 Nov 2026: 3 dossiers in today's stack.");
      await card(again, '1 of 3');
      await again.expectScreen('  B iwanow  Иван Иванов · Волга');
      await logCall(again, 'Иван Иванов', 'wants a visit next week', 'meeting-set', 'mon');
      await card(again, '2 of 3');
      await again.expectScreen('  C petrova  Анна Петрова');
      await quit(again);
    } finally {
      await again.kill();
    }
    expect(again.text).toContain("Session done: 1 call logged, 0 postponed, 0 skipped; 2 dossiers still in today's stack (crm work to go on).");
    expect(show('zolc')).toMatchObject({ filedOn: '2026-11-27', lastNote: 'sends the order Friday' });
    expect(show('weber')).toMatchObject({ filedOn: '2026-11-26' });
    expect(show('iwanow')).toMatchObject({ filedOn: '2026-11-30', lastOutcome: 'meeting-set' });
    expect(stack()).toEqual(['petrova', 'rahimi']);
  });

  it('ends by itself after the last card, with the stack clear', async () => {
    ok(binder, ['move', 'zolc', 'weber', 'iwanow', '8']);
    const session = spawnCrmInPty(['work'], terminal);
    try {
      await card(session, '1 of 2');
      await logCall(session, 'Анна Петрова', 'signed', 'won', 'done');
      await card(session, '2 of 2');
      // no-answer files tomorrow unless told otherwise: the question shows it resolved, Enter takes it.
      await choose(session, 'Log the call and refile');
      await session.expect('What was said with رضا رحیمی?');
      session.send(key.enter);
      await session.expect('How did it end?');
      await choose(session, 'no-answer');
      await session.expect(NEXT_BY_DEFAULT);
      await session.expectScreen(`? ${NEXT_BY_DEFAULT} (tomorrow)`);
      session.send(key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.text).toContain('Closed: out of the ring, into the drawer');
    expect(session.text).toContain(`✔ ${NEXT_BY_DEFAULT} tomorrow\nLogged a call with rahimi (\u2068رضا رحیمی\u2069): no-answer.\nRefiled behind 24: Tue 24 Nov 2026 (the default after no-answer).\n`);
    expect(session.text).toContain('Session done: 2 calls logged, 0 postponed, 0 skipped; the stack is clear.');
    expect(show('petrova')).toMatchObject({ filedOn: null, lastOutcome: 'won' });
    expect(show('rahimi')).toMatchObject({ filedOn: '2026-11-24', lastOutcome: 'no-answer' });
    expect(stack()).toEqual([]);
  });

  it('says so and asks nothing when the stack is empty', async () => {
    ok(binder, ['move', 'zolc', 'weber', 'iwanow', 'petrova', 'rahimi', '8']);
    const before = binder.dump();
    const session = spawnCrmInPty(['work'], terminal);
    try {
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.screen).toBe("Mon 23 Nov 2026: nothing in today's stack. A clear desk.");
    expect(binder.dump()).toBe(before);
  });

  // BINDER.md: a binder file is created by the first command that writes; crm work on a missing
  // binder has nothing to show and writes nothing.
  it('creates no binder file when there is none', async () => {
    const empty = tempBinder(TODAY);
    try {
      const session = spawnCrmInPty(['work'], { ...terminal, env: { HOME: empty.dir, CRM_DB: empty.db, CRM_TODAY: TODAY } });
      try {
        expect(await session.exited()).toMatchObject({ code: 0 });
      } finally {
        await session.kill();
      }
      expect(session.screen).toBe("Mon 23 Nov 2026: nothing in today's stack. A clear desk.");
      expect(binderFiles(empty)).toEqual([]);
    } finally {
      empty.remove();
    }
  });

  it('needs a terminal: without one it exits 2 with one line and writes nothing', () => {
    const result = refused(binder, ['work']);
    expect(result.stderr).toBe('crm: work needs a terminal; from a script use crm today --json and crm log\n');
  });
});

describe('stopping crm work half-way', () => {
  it('Ctrl-C at the first card writes nothing and exits 130', async () => {
    const before = binder.dump();
    const session = spawnCrmInPty(['work'], terminal);
    try {
      await card(session, '1 of 5');
      session.send(key.down);
      await session.expectScreen('❯ Postpone');
      session.send(key.ctrlC);
      expect(await session.exited()).toMatchObject({ code: 130 });
    } finally {
      await session.kill();
    }

    expect(session.text).toContain('crm: cancelled; nothing was written');
    expect(binder.dump()).toBe(before);
  });

  /** Logs the first card, then presses Ctrl-C half-way through logging the second. */
  async function logOneThenCtrlC(): Promise<PtySession> {
    const session = spawnCrmInPty(['work'], terminal);
    try {
      await card(session, '1 of 5');
      await logCall(session, 'Łukasz Żółć', 'sends the order Friday', 'reached', 'fri');
      await card(session, '2 of 5');
      await choose(session, 'Log the call and refile');
      await session.expect('What was said with Anna Weber?');
      session.send('half a note');
      await session.expectScreen('? What was said with Anna Weber? half a note');
      session.send(key.ctrlC);
      expect(await session.exited()).toMatchObject({ code: 130 });
      return session;
    } finally {
      await session.kill();
    }
  }

  it('Ctrl-C keeps what was already logged, drops the log half-typed, and exits 130', async () => {
    const weber = show('weber');
    await logOneThenCtrlC();

    expect(show('zolc')).toMatchObject({ filedOn: '2026-11-27', lastNote: 'sends the order Friday', lastOutcome: 'reached' });
    expect(show('weber')).toEqual(weber);
    expect(stack()).toEqual(['weber', 'iwanow', 'petrova', 'rahimi']);
  });

  // The call logged before Ctrl-C is in the binder: "nothing was written" would tell the user otherwise.
  it('Ctrl-C after a log says what was done before stays done, not that nothing was written', async () => {
    const session = await logOneThenCtrlC();

    expect(session.text).toContain('crm: cancelled; what was done before stays done: 1 call logged, 0 postponed, 0 skipped\n');
    expect(session.text).not.toContain('nothing was written');
  });

  // Ctrl-D at a choice ends the terminal's input: as Ctrl-C, on a server binder too.
  it('Ctrl-D at the next card keeps what was logged and says so, exit 130', async () => {
    const session = spawnCrmInPty(['work'], terminal);
    try {
      await card(session, '1 of 5');
      await logCall(session, 'Łukasz Żółć', 'sends the order Friday', 'reached', 'fri');
      await card(session, '2 of 5');
      session.send(key.ctrlD);
      expect(await session.exited()).toMatchObject({ code: 130 });
    } finally {
      await session.kill();
    }

    expect(session.text).toContain('crm: cancelled; what was done before stays done: 1 call logged, 0 postponed, 0 skipped\n');
    expect(show('zolc')).toMatchObject({ filedOn: '2026-11-27', lastNote: 'sends the order Friday' });
    expect(stack()).toEqual(['weber', 'iwanow', 'petrova', 'rahimi']);
  });

  it('keeps what was logged when the terminal hangs up', async () => {
    const session = spawnCrmInPty(['work'], terminal);
    try {
      await card(session, '1 of 5');
      await logCall(session, 'Łukasz Żółć', 'sends the order Friday', 'reached', 'fri');
      await card(session, '2 of 5');
    } finally {
      await session.kill(); // the driver hangs up: SIGHUP to the program's process group
    }

    expect(session.status?.code).toBe(129);
    expect(show('zolc')).toMatchObject({ filedOn: '2026-11-27', lastNote: 'sends the order Friday' });
    expect(stack()).toEqual(['weber', 'iwanow', 'petrova', 'rahimi']);
  });
});

// A whole morning, as the lead reads it: five cards (history once, log two, postpone one, skip one,
// quit), then crm work again. A terminal tall enough to keep the whole session on screen. With
// CRM_WORK_TRANSCRIPT=<file>, both final screens are written there.
describe('a full morning session', () => {
  it('history, log, postpone, skip, log, quit; then crm work again resumes', async () => {
    const tall: PtyOptions = { ...terminal, rows: 150, timeout: 30_000 };
    const morning = spawnCrmInPty(['work'], tall);
    try {
      await card(morning, '1 of 5');
      await choose(morning, 'Show the full history (6)');
      await morning.expect('History of zolc');
      await card(morning, '1 of 5');
      await logCall(morning, 'Łukasz Żółć', 'got the price list; sends the order for 40 units on Friday', 'reached', 'fri');
      await card(morning, '2 of 5');
      await postpone(morning, 'thu');
      await card(morning, '3 of 5');
      await choose(morning, 'Skip for now');
      await card(morning, '4 of 5');
      await logCall(morning, 'Анна Петрова', 'not in; left a message with her assistant', 'voicemail', '+2d');
      await card(morning, '5 of 5');
      await quit(morning);
    } finally {
      await morning.kill();
    }

    const resumed = spawnCrmInPty(['work'], tall);
    try {
      await resumed.expect("Mon 23 Nov 2026: 2 dossiers in today's stack.");
      await card(resumed, '1 of 2');
      await resumed.expectScreen('  B iwanow  Иван Иванов · Волга');
      await quit(resumed);
    } finally {
      await resumed.kill();
    }

    expect(morning.screen).toContain('Postponed weber behind 26: Thu 26 Nov 2026.');
    expect(morning.screen).toContain('Logged a call with petrova (Анна Петрова): voicemail.\nRefiled behind 25: Wed 25 Nov 2026.');
    expect(morning.text).toContain("Session done: 2 calls logged, 1 postponed, 1 skipped; 2 dossiers still in today's stack (crm work to go on).");
    expect(resumed.text).toContain("Session done: 0 calls logged, 0 postponed, 0 skipped; 2 dossiers still in today's stack (crm work to go on).");
    expect(stack()).toEqual(['iwanow', 'rahimi']);

    const transcript = process.env.CRM_WORK_TRANSCRIPT;
    if (transcript) {
      writeFileSync(transcript, `$ crm work\n${morning.screen}\n\n$ crm work\n${resumed.screen}\n`);
    }
  });
});
