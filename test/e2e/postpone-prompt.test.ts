// crm postpone on a terminal: without handles, a checkbox list of today's stack (the suggested
// lowest-priority dossiers ticked when over capacity), then "Where to?"; with --auto, the plan and
// "Apply this plan?". Answered in a real pseudo-terminal (see pty.ts); the binder is checked with the
// non-interactive CLI.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { copyBinder, ok, seed, type ShowJson, type TodayJson } from './support.js';
import { key, runCrmInPty, spawnCrmInPty, type PtyOptions, type PtySession } from './pty.js';

const TODAY = '2026-11-23'; // a Monday

const PICK = 'Postpone which dossiers? (space to tick, enter to go on)';
const WHERE = 'Where to? (a date such as fri or +1w; Enter: the nearest working days with room)';

let template: Binder;
let binder: Binder;
let terminal: PtyOptions;

// Today's stack, in its order: zolc (A, 3 days overdue), weber (A), iwanow (B), petrova (C),
// rahimi (C). Capacity 3: two over, and the two C dossiers are the ones to suggest. Tomorrow
// already holds nowak and has room for two more (BINDER.md rule 8). Seeded once; each test works
// on its own copy.
beforeAll(() => {
  template = tempBinder(TODAY);
  seed(template, 'zolc', '20', 'Łukasz Żółć', ['--company', 'Acme Sp. z o.o.', '--priority', 'A'], '2026-11-16');
  seed(template, 'weber', 'today', 'Anna Weber', ['--priority', 'A']);
  seed(template, 'iwanow', 'today', 'Иван Иванов', ['--company', 'Волга']);
  seed(template, 'petrova', 'today', 'Анна Петрова', ['--priority', 'C']);
  seed(template, 'rahimi', 'today', 'رضا رحیمی', ['--priority', 'C']);
  seed(template, 'nowak', '24', 'Jan Nowak');
  ok(template, ['config', 'capacity', '3']);
});
afterAll(() => template.remove());
beforeEach(() => {
  binder = copyBinder(template, TODAY);
  terminal = { env: { HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: TODAY }, cols: 100, rows: 30 };
});
afterEach(() => binder.remove());

const filedOn = (handle: string) => binder.json<ShowJson>(['show', handle]).filedOn;
const stack = () => binder.json<TodayJson>(['today']).stack.map((d) => d.handle);

/** Waits for the checkbox list with exactly these lines (cursor, tick, priority, handle, name · company, overdue). */
async function expectList(session: PtySession, lines: string[]): Promise<void> {
  await session.expect(PICK);
  await session.expectScreen(`? ${PICK}\n${lines.join('\n')}\n`);
}

describe('crm postpone on a terminal, without handles', () => {
  it('ticks the lowest-priority dossiers when over capacity, and moves the ticked ones to the nearest days with room', async () => {
    const session = spawnCrmInPty(['postpone'], terminal);
    try {
      await expectList(session, [
        '❯◯ A zolc  Łukasz Żółć · Acme Sp. z o.o.  (3d overdue)',
        ' ◯ A weber  Anna Weber',
        ' ◯ B iwanow  Иван Иванов · Волга',
        ' ◉ C petrova  Анна Петрова',
        ' ◉ C rahimi  رضا رحیمی',
      ]);
      session.send(key.enter);
      await session.expect(WHERE);
      session.send(key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.text).toContain(
      [
        "Today's stack holds 5: 2 over the capacity of 3.",
        'Postponed 2 dossiers:',
        '  C petrova  → Tue 24 Nov 2026  Анна Петрова',
        '  C rahimi   → Tue 24 Nov 2026  \u2068رضا رحیمی\u2069',
      ].join('\n'),
    );
    expect(filedOn('petrova')).toBe('2026-11-24');
    expect(filedOn('rahimi')).toBe('2026-11-24');
    expect(binder.json<ShowJson>(['show', 'petrova']).history.at(-1)).toMatchObject({ kind: 'moved', from: TODAY, to: '2026-11-24', note: 'postponed' });
    expect(stack()).toEqual(['zolc', 'weber', 'iwanow']);
    expect(filedOn('nowak')).toBe('2026-11-24');
  });

  it('moves the dossiers the user ticks to the date typed', async () => {
    // Wide enough that the answered line (every ticked dossier) is not wrapped.
    const session = spawnCrmInPty(['postpone'], { ...terminal, cols: 160 });
    try {
      await session.expect(PICK);
      await session.expectScreen(' ◉ C rahimi');
      // Tick zolc (overdue) and iwanow; untick the two suggested.
      session.send(key.space);
      await session.expectScreen('❯◉ A zolc');
      session.send(key.down, key.down, key.space);
      await session.expectScreen('❯◉ B iwanow');
      session.send(key.down, key.space, key.down, key.space);
      await session.expectScreen('❯◯ C rahimi');
      await session.expectScreen(' ◯ C petrova');
      session.send(key.enter);
      await session.expect(WHERE);
      session.send('fri');
      await session.expectScreen(`? ${WHERE} fri`);
      session.send(key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.screen).toContain(`✔ ${PICK} A zolc  Łukasz Żółć · Acme Sp. z o.o.  (3d overdue), B iwanow  Иван Иванов · Волга`);
    expect(session.text).toContain('Postponed 2 dossiers:\n  A zolc    → Fri 27 Nov 2026  Łukasz Żółć\n  B iwanow  → Fri 27 Nov 2026  Иван Иванов');
    expect(filedOn('zolc')).toBe('2026-11-27');
    expect(filedOn('iwanow')).toBe('2026-11-27');
    expect(binder.json<ShowJson>(['show', 'zolc']).history.at(-1)).toMatchObject({ kind: 'moved', from: '2026-11-20', to: '2026-11-27', note: 'postponed' });
    expect(stack()).toEqual(['weber', 'petrova', 'rahimi']);
  });

  it('refuses an invalid "Where to?", shows why, and takes a corrected date', async () => {
    const before = binder.dump();
    const session = spawnCrmInPty(['postpone'], { ...terminal, cols: 140 });
    try {
      await expectList(session, [
        '❯◯ A zolc  Łukasz Żółć · Acme Sp. z o.o.  (3d overdue)',
        ' ◯ A weber  Anna Weber',
        ' ◯ B iwanow  Иван Иванов · Волга',
        ' ◉ C petrova  Анна Петрова',
        ' ◉ C rahimi  رضا رحیمی',
      ]);
      session.send(key.enter);
      await session.expect(WHERE);
      session.send('someday', key.enter);
      await session.expectScreen('> "someday" is not a date crm understands; type a day number (8)');
      expect(session.status).toBeUndefined();
      expect(binder.dump()).toBe(before);
      session.send(key.ctrlU, '+1w', key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.text).toContain('Postponed 2 dossiers:\n  C petrova  → Mon 30 Nov 2026  Анна Петрова\n  C rahimi   → Mon 30 Nov 2026  \u2068رضا رحیمی\u2069');
    expect(filedOn('petrova')).toBe('2026-11-30');
    expect(filedOn('rahimi')).toBe('2026-11-30');
  });

  // BINDER.md rule 5: a date on a day off moves to the next working day, "and the command says so",
  // as crm log and crm move do ("Sat 28 Nov 2026 is a day off; ...").
  it('says so when the date typed falls on a day off and the dossiers go to the next working day', async () => {
    const session = spawnCrmInPty(['postpone'], terminal);
    try {
      await session.expect(PICK);
      await session.expectScreen(' ◉ C rahimi');
      session.send(key.enter);
      await session.expect(WHERE);
      session.send('sat');
      await session.expectScreen(`? ${WHERE} sat`);
      session.send(key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(filedOn('petrova')).toBe('2026-11-30');
    expect(filedOn('rahimi')).toBe('2026-11-30');
    expect(session.text).toContain(
      [
        'Postponed 2 dossiers:',
        '  C petrova  → Mon 30 Nov 2026  Анна Петрова',
        '  C rahimi   → Mon 30 Nov 2026  \u2068رضا رحیمی\u2069',
        'Sat 28 Nov 2026 is a day off; the next working day is used.',
      ].join('\n'),
    );
  });

  // "today" passes the "Where to?" check, but the ticked dossiers are filed today already: they are
  // left out of the plan, nothing moves and nothing is written, so nothing may be reported as postponed.
  it('does not report dossiers as postponed when "today" leaves them where they were', async () => {
    const before = binder.dump();
    const session = spawnCrmInPty(['postpone'], terminal);
    try {
      await session.expect(PICK);
      await session.expectScreen(' ◉ C rahimi');
      session.send(key.enter);
      await session.expect(WHERE);
      session.send('today', key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(binder.dump()).toBe(before);
    expect(session.text).not.toContain('Postponed 2 dossiers');
    expect(session.text).not.toContain('→ Mon 23 Nov 2026');
    expect(session.screen).toContain(`✔ ${WHERE} today\nToday's stack holds 5: 2 over the capacity of 3.\nNothing to postpone.`);
  });

  it('ticks nothing when the stack is within capacity, and postpones nothing when nothing is ticked', async () => {
    ok(binder, ['config', 'capacity', 'off']);
    const before = binder.dump();
    const session = spawnCrmInPty(['postpone'], terminal);
    try {
      await expectList(session, [
        '❯◯ A zolc  Łukasz Żółć · Acme Sp. z o.o.  (3d overdue)',
        ' ◯ A weber  Anna Weber',
        ' ◯ B iwanow  Иван Иванов · Волга',
        ' ◯ C petrova  Анна Петрова',
        ' ◯ C rahimi  رضا رحیمی',
      ]);
      session.send(key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.text).not.toContain('Where to?');
    expect(session.screen).toBe(`✔ ${PICK}\nNothing to postpone.`);
    expect(binder.dump()).toBe(before);
  });

  it('says there is nothing to postpone when today\'s stack is empty', async () => {
    ok(binder, ['move', 'zolc', 'weber', 'iwanow', 'petrova', 'rahimi', '8']);
    expect(stack()).toEqual([]);
    const before = binder.dump();
    const result = await runCrmInPty(['postpone'], [], terminal);

    expect(result.text).not.toContain('unexpected failure');
    expect(result.code).toBe(0);
    expect(result.text).toContain('Nothing to postpone.');
    // No list to tick, and no question.
    expect(result.text).not.toContain(PICK);
    expect(result.text).not.toContain('?');
    expect(result.screen).toBe("Today's stack holds 0, within the capacity of 3.\nNothing to postpone.");
    expect(binder.dump()).toBe(before);
  });

  it.each(['the list', 'Where to?'])('Ctrl-C at %s writes nothing and exits 130', async (at) => {
    const before = binder.dump();
    const session = spawnCrmInPty(['postpone'], terminal);
    try {
      await session.expect(PICK);
      await session.expectScreen(' ◉ C rahimi');
      session.send(key.space);
      await session.expectScreen('❯◉ A zolc');
      if (at === 'Where to?') {
        session.send(key.enter);
        await session.expect(WHERE);
        session.send('fri');
        await session.expectScreen(`? ${WHERE} fri`);
      }
      session.send(key.ctrlC);
      expect(await session.exited()).toMatchObject({ code: 130 });
    } finally {
      await session.kill();
    }

    expect(session.text).toContain('crm: cancelled; nothing was written');
    expect(session.text).not.toContain('Postponed');
    expect(binder.dump()).toBe(before);
  });

  it.each([
    ['crm postpone petrova rahimi', ['petrova', 'rahimi'], ['2026-11-24', '2026-11-24']],
    ['crm postpone петр --to fri', ['петр', '--to', 'fri'], ['2026-11-27']],
  ])('asks nothing when the handles are given: %s', async (_name, args, dates) => {
    const result = await runCrmInPty(['postpone', ...args], [], terminal);

    expect(result.code).toBe(0);
    expect(result.text).not.toContain('?');
    expect(filedOn('petrova')).toBe(dates[0]);
    if (dates[1]) expect(filedOn('rahimi')).toBe(dates[1]);
  });
});

describe('crm postpone --auto on a terminal', () => {
  const PLAN = [
    "Today's stack holds 5: 2 over the capacity of 3.",
    'Postpone 2 dossiers:',
    '  C rahimi   → Tue 24 Nov 2026  \u2068رضا رحیمی\u2069',
    '  C petrova  → Tue 24 Nov 2026  Анна Петрова',
  ].join('\n');

  it('shows the plan and writes nothing when the answer is no', async () => {
    const before = binder.dump();
    const session = spawnCrmInPty(['postpone', '--auto'], terminal);
    try {
      await session.expect('Apply this plan?');
      await session.expectScreen(`${PLAN}\n? Apply this plan? (Y/n)`);
      session.send('n', key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.screen).toBe(`${PLAN}\n✔ Apply this plan? No\nNot postponed: nothing was written.`);
    expect(binder.dump()).toBe(before);
  });

  it('applies the plan when the answer is yes', async () => {
    const session = spawnCrmInPty(['postpone', '--auto'], terminal);
    try {
      await session.expect('Apply this plan?');
      session.send('y');
      await session.expectScreen('? Apply this plan? (Y/n) y');
      session.send(key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.screen).toBe(`${PLAN}\n✔ Apply this plan? Yes\nPostponed 2 dossiers.`);
    expect(filedOn('rahimi')).toBe('2026-11-24');
    expect(filedOn('petrova')).toBe('2026-11-24');
    expect(stack()).toEqual(['zolc', 'weber', 'iwanow']);
  });

  it.each(['tak', 'да', 'այո', 'بله'])('applies the plan when the answer is yes in another language (%s)', async (yes) => {
    const session = spawnCrmInPty(['postpone', '--auto'], terminal);
    try {
      await session.expect('Apply this plan?');
      session.send(yes);
      await session.expectScreen(`? Apply this plan? (Y/n) ${yes}`);
      session.send(key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.screen).toBe(`${PLAN}\n✔ Apply this plan? Yes\nPostponed 2 dossiers.`);
  });

  it('asks again when the answer is neither yes nor no, naming the words it takes', async () => {
    const before = binder.dump();
    const session = spawnCrmInPty(['postpone', '--auto'], terminal);
    try {
      await session.expect('Apply this plan?');
      session.send('może', key.enter);
      await session.expect('Type y or n (also tak/nie');
      session.send(key.ctrlU, 'nie', key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }
    expect(session.screen).toContain('✔ Apply this plan? No\nNot postponed: nothing was written.');
    expect(binder.dump()).toBe(before);
  });

  it('says "1 dossier" when the plan applied holds one', async () => {
    ok(binder, ['config', 'capacity', '4']);
    const session = spawnCrmInPty(['postpone', '--auto'], terminal);
    try {
      await session.expect('Apply this plan?');
      session.send('y');
      await session.expectScreen('? Apply this plan? (Y/n) y');
      session.send(key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.screen).toBe(
      [
        "Today's stack holds 5: 1 over the capacity of 4.",
        'Postpone 1 dossier:',
        '  C rahimi  → Tue 24 Nov 2026  \u2068رضا رحیمی\u2069',
        '✔ Apply this plan? Yes',
        'Postponed 1 dossier.',
      ].join('\n'),
    );
    expect(filedOn('rahimi')).toBe('2026-11-24');
    expect(stack()).toEqual(['zolc', 'weber', 'iwanow', 'petrova']);
  });

  it('writes nothing when Ctrl-C is pressed at "Apply this plan?"', async () => {
    const before = binder.dump();
    const result = await runCrmInPty(['postpone', '--auto'], [{ expect: 'Apply this plan?', send: key.ctrlC }], terminal);

    expect(result.code).toBe(130);
    expect(result.text).toContain('crm: cancelled; nothing was written');
    expect(binder.dump()).toBe(before);
  });

  it('asks nothing with --yes', async () => {
    const result = await runCrmInPty(['postpone', '--auto', '--yes'], [], terminal);

    expect(result.code).toBe(0);
    expect(result.text).not.toContain('Apply this plan?');
    expect(stack()).toEqual(['zolc', 'weber', 'iwanow']);
  });
});
