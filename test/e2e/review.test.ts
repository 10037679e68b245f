// crm review: the day (or week) in review, checked against a scripted day. Entries by outcome,
// planned versus done, what was postponed and what slipped, promises kept and broken, complaints
// opened and resolved.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { binderFiles, copyBinder, lineWith, ok, refused, seed, type ReviewJson } from './support.js';

// The scripted day, Mon 23 Nov 2026. Prepared the Monday before (16 Nov):
//   alpha beta gamma delta eps   filed for the 23rd: the day's stack of 5
//   later                        filed for the 30th
//   promise #1 (ours, alpha) and #2 (ours, later), both due the 23rd
//   complaint #1 (later), target Fri 20 Nov
// On the 23rd:
//   alpha  called: reached, refiled to the 30th
//   beta   called: no-answer (refiled tomorrow by default)
//   gamma  called: voicemail, refiled to the 25th
//   delta  postponed to Thursday without a call
//   eps    left in the stack
//   promise #1 kept; promise #2 left open (broken once its day is over)
//   complaint #2 opened (eps); complaint #1 resolved (its follow-up is a promise made that day)
let day: Binder;
beforeAll(() => {
  day = tempBinder('2026-11-23');
  const before = '2026-11-16';
  for (const [handle, name] of [['alpha', 'Ada Alpha'], ['beta', 'Ben Beta'], ['gamma', 'Gil Gamma'], ['delta', 'Dora Delta'], ['eps', 'Eva Eps']] as const) {
    seed(day, handle, '23', name, [], before);
  }
  seed(day, 'later', '30', 'Lena Later', [], before);
  ok(day, ['promise', 'alpha', 'send the price list', '--by', '23'], { today: before });
  ok(day, ['promise', 'later', 'send the catalogue', '--by', '23'], { today: before });
  ok(day, ['complaint', 'later', 'late delivery', '--by', '20'], { today: before });

  ok(day, ['log', 'alpha', '--outcome', 'reached', '--note', 'ordered 40 units', '--next', '30']);
  ok(day, ['log', 'beta', '--outcome', 'no-answer']);
  ok(day, ['log', 'gamma', '--outcome', 'voicemail', '--next', '25']);
  ok(day, ['postpone', 'delta', '--to', 'thu']);
  ok(day, ['promise', 'done', '1']);
  ok(day, ['complaint', 'eps', 'rude driver']);
  ok(day, ['complaint', 'resolve', '1', '--note', 'apologised, 5% off']);
});
afterAll(() => {
  day.remove();
});

const review = (args: string[] = [], today?: string) => day.json<ReviewJson>(['review', ...args], today === undefined ? undefined : { today });

/** The figures of the scripted day that do not depend on when the review is read. */
const THE_DAY = {
  from: '2026-11-23',
  to: '2026-11-23',
  byOutcome: { reached: 1, 'no-answer': 1, voicemail: 1 },
  logged: 3,
  planned: 5,
  done: ['alpha', 'beta', 'gamma'],
  postponed: ['delta'],
  slipped: ['eps'],
  complaints: { opened: 1, resolved: 1, open: 1 },
};

describe('the scripted day, reviewed that evening (crm review)', () => {
  it('--json: each figure', () => {
    const r = review();
    expect(Object.keys(r).sort()).toEqual(['byOutcome', 'complaints', 'done', 'from', 'logged', 'planned', 'postponed', 'promises', 'slipped', 'to', 'unplanned']);
    expect(r).toMatchObject(THE_DAY);
    expect([...r.done].sort()).toEqual(THE_DAY.done);
    expect(r.promises).toMatchObject({ made: 1, kept: 1, keptLate: 0 });
  });

  it('text: each figure, and the handles behind done, postponed and slipped', () => {
    const out = ok(day, ['review']);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('Review: Mon 23 Nov 2026');
    expect(lineWith(out, 'Logged')).toMatch(/^\s+Logged\s+3\s+\((reached 1|no-answer 1|voicemail 1)(, (reached 1|no-answer 1|voicemail 1)){2}\)$/);
    for (const outcome of ['reached 1', 'no-answer 1', 'voicemail 1']) expect(lineWith(out, 'Logged')).toContain(outcome);
    expect(lineWith(out, 'Planned')).toMatch(/^\s+Planned\s+5$/);
    expect(lineWith(out, 'Done')).toMatch(/^\s+Done\s+3\s+alpha, beta, gamma$/);
    expect(lineWith(out, 'Postponed')).toMatch(/^\s+Postponed\s+1\s+delta$/);
    expect(lineWith(out, 'Slipped')).toMatch(/^\s+Slipped\s+1\s+eps$/);
    expect(lineWith(out, 'Promises')).toMatch(/^\s+Promises\s+made 1, kept 1, kept late 0, broken \d+$/);
    expect(lineWith(out, 'Complaints')).toMatch(/^\s+Complaints\s+opened 1, resolved 1, still open 1$/);
  });

  it('the promise due that day and still open is broken: the day is over when it is reviewed', () => {
    // The scripted day: "a promise kept, one broken", reviewed with CRM_TODAY fixed on it.
    expect(review().promises).toEqual({ made: 1, kept: 1, keptLate: 0, broken: 1 });
    expect(lineWith(ok(day, ['review']), 'Promises')).toMatch(/kept 1, kept late 0, broken 1$/);
  });

  it('is a read: the binder is unchanged', () => {
    const before = day.dump();
    ok(day, ['review']);
    ok(day, ['review', '--week', '--json']);
    expect(day.dump()).toBe(before);
  });
});

describe('the scripted day, reviewed the next morning', () => {
  it.each([
    { as: 'yesterday', args: ['yesterday'] },
    { as: '--days-ago 1', args: ['--days-ago', '1'] },
    { as: 'an ISO date', args: ['2026-11-23'] },
  ])('named as $as: the same figures, and the open promise broken', ({ args }) => {
    const r = review(args, '2026-11-24');
    expect(r).toMatchObject(THE_DAY);
    expect(r.promises).toEqual({ made: 1, kept: 1, keptLate: 0, broken: 1 });
    const out = ok(day, ['review', ...args], { today: '2026-11-24' });
    expect(out.split('\n')[0]).toBe('Review: Mon 23 Nov 2026');
    expect(lineWith(out, 'Promises')).toMatch(/made 1, kept 1, kept late 0, broken 1$/);
    expect(lineWith(out, 'Slipped')).toMatch(/Slipped\s+1\s+eps$/);
  });

  it('today’s review the next morning is of a fresh day: nothing logged, the overdue dossier slips on', () => {
    const r = review([], '2026-11-24');
    expect(r).toMatchObject({ from: '2026-11-24', to: '2026-11-24', logged: 0, byOutcome: {}, done: [], postponed: [] });
    // In the stack on the 24th: beta (called back by default) and eps (still overdue).
    expect([...r.slipped].sort()).toEqual(['beta', 'eps']);
    expect(r.planned).toBe(2);
  });
});

describe('--week: Monday to Sunday of that day', () => {
  it('the week of today', () => {
    const r = review(['--week']);
    expect(r).toMatchObject({ from: '2026-11-23', to: '2026-11-29', logged: 3, byOutcome: { reached: 1, 'no-answer': 1, voicemail: 1 } });
    expect(ok(day, ['review', '--week']).split('\n')[0]).toBe('Review: Mon 23 Nov 2026 to Sun 29 Nov 2026');
  });

  it('read on the Wednesday, the same week', () => {
    expect(review(['--week'], '2026-11-25')).toMatchObject({ from: '2026-11-23', to: '2026-11-29', logged: 3 });
  });

  it('the week before, by a date in it: the day everything was prepared, nothing logged', () => {
    const r = review(['2026-11-18', '--week']);
    expect(r).toMatchObject({ from: '2026-11-16', to: '2026-11-22', logged: 0, done: [] });
    // Both promises and the complaint were made and opened on the 16th.
    expect(r.promises.made).toBe(2);
    expect(r.complaints.opened).toBe(1);
  });
});

describe('planned versus done: what was in the stack', () => {
  // Another day: alpha and beta in the stack of the 23rd, later filed for the 30th.
  let base: Binder;
  let binder: Binder;
  beforeAll(() => {
    base = tempBinder('2026-11-23');
    seed(base, 'alpha', '23', 'Ada Alpha', [], '2026-11-16');
    seed(base, 'beta', '23', 'Ben Beta', [], '2026-11-16');
    seed(base, 'later', '30', 'Lena Later', [], '2026-11-16');
  });
  afterAll(() => {
    base.remove();
  });
  afterEach(() => {
    binder.remove();
  });

  it('a call with a client who was not due that day is logged and done, but was not planned', () => {
    binder = copyBinder(base, '2026-11-23');
    ok(binder, ['log', 'later', '--outcome', 'reached', '--note', 'they called us', '--next', 'dec 7']);
    const r = binder.json<ReviewJson>(['review']);
    expect(r).toMatchObject({ logged: 1, done: ['later'], postponed: [] });
    expect([...r.slipped].sort()).toEqual(['alpha', 'beta']);
    expect(r.planned).toBe(2);
  });

  it('a dossier of the stack refiled with crm file, without a call, was postponed, and was planned', () => {
    binder = copyBinder(base, '2026-11-23');
    ok(binder, ['file', 'beta', 'thu']);
    const r = binder.json<ReviewJson>(['review']);
    expect(r.slipped).toEqual(['alpha']);
    expect(r.postponed).toEqual(['beta']);
    expect(r.planned).toBe(2);
  });

  it('a dossier of the stack moved with crm move was postponed', () => {
    binder = copyBinder(base, '2026-11-23');
    ok(binder, ['move', 'beta', 'thu']);
    expect(binder.json<ReviewJson>(['review'])).toMatchObject({ planned: 2, postponed: ['beta'], slipped: ['alpha'] });
  });

  it('a dossier filed for later and moved is not part of the day', () => {
    binder = copyBinder(base, '2026-11-23');
    ok(binder, ['move', 'later', 'dec 7']);
    expect(binder.json<ReviewJson>(['review'])).toMatchObject({ planned: 2, postponed: [] });
  });
});

describe('a quiet day', () => {
  it('all figures zero, in --json and in the text', () => {
    const quiet = tempBinder('2026-11-23');
    try {
      seed(quiet, 'acme', '30', 'Anna Nowak');
      expect(quiet.json<ReviewJson>(['review'])).toEqual({
        from: '2026-11-23',
        to: '2026-11-23',
        byOutcome: {},
        logged: 0,
        planned: 0,
        done: [],
        unplanned: [],
        postponed: [],
        slipped: [],
        promises: { made: 0, kept: 0, keptLate: 0, broken: 0 },
        complaints: { opened: 0, resolved: 0, open: 0 },
      });
      const out = ok(quiet, ['review']);
      expect(lineWith(out, 'Logged')).toMatch(/^\s+Logged\s+0$/);
      expect(lineWith(out, 'Slipped')).toMatch(/^\s+Slipped\s+0$/);
      expect(lineWith(out, 'Promises')).toMatch(/made 0, kept 0, kept late 0, broken 0$/);
    } finally {
      quiet.remove();
    }
  });

  it('on a missing binder: zeros, and no binder created', () => {
    const empty = tempBinder('2026-11-23');
    try {
      expect(empty.json<ReviewJson>(['review'])).toMatchObject({ logged: 0, planned: 0 });
      expect(binderFiles(empty)).toEqual([]);
    } finally {
      empty.remove();
    }
  });
});

describe('date forms read backward: a review names a day gone by (issue 12)', () => {
  it.each([
    { as: 'its weekday, read on the Wednesday', args: ['mon'], today: '2026-11-25' },
    { as: 'its day number', args: ['23'], today: '2026-11-25' },
    { as: 'its day number, read in the next month', args: ['23'], today: '2026-12-14' },
    { as: 'month and day', args: ['nov 23'], today: '2026-12-14' },
    { as: 'day and month', args: ['23 nov'], today: '2026-12-14' },
    { as: 'its weekday on the day itself', args: ['monday'], today: '2026-11-23' },
  ])('the scripted day named by $as', ({ args, today }) => {
    expect(review(args, today)).toMatchObject(THE_DAY);
    expect(ok(day, ['review', ...args], { today }).split('\n')[0]).toBe('Review: Mon 23 Nov 2026');
  });

  it('crm review fri on Mon 14 Dec is Fri 11 Dec; --week "dec 7" is 7-13 Dec; --week "nov 23" the scripted week', () => {
    expect(review(['fri'], '2026-12-14')).toMatchObject({ from: '2026-12-11', to: '2026-12-11' });
    expect(ok(day, ['review', 'fri'], { today: '2026-12-14' }).split('\n')[0]).toBe('Review: Fri 11 Dec 2026');
    expect(review(['--week', 'dec 7'], '2026-12-14')).toMatchObject({ from: '2026-12-07', to: '2026-12-13' });
    expect(review(['nov 23', '--week'], '2026-12-14')).toMatchObject({ from: '2026-11-23', to: '2026-11-29', logged: 3 });
  });
});

describe('refused: exit 2, one line on stderr, the binder unchanged', () => {
  let binder: Binder;
  afterEach(() => {
    binder.remove();
  });

  it.each([
    { what: 'a date form it does not know', args: ['review', 'someday'], mentions: ['someday'] },
    { what: 'a whole month', args: ['review', 'jul'], mentions: ['jul', '--week'] },
    { what: 'a whole month with --week: does not suggest --week again', args: ['review', 'jul', '--week'], mentions: ['jul'], not: '--week' },
    { what: 'a day still to come: tomorrow', args: ['review', 'tomorrow'], mentions: ['tomorrow', 'still to come'] },
    { what: 'a day still to come: +2d', args: ['review', '+2d'], mentions: ['+2d', 'still to come'] },
    { what: 'a day still to come, as an ISO date', args: ['review', '2026-11-30'], mentions: ['2026-11-30'] },
    { what: 'an unknown option', args: ['review', '--month'], mentions: ['--month'] },
  ])('$what', ({ args, mentions, not }) => {
    binder = copyBinder(day, '2026-11-23');
    const { stderr } = refused(binder, args);
    for (const text of mentions) expect(stderr).toContain(text);
    if (not !== undefined) expect(stderr).not.toContain(not);
  });
});

describe('--help', () => {
  it('shows the period forms, --week, --json and examples', () => {
    const out = ok(day, ['review', '--help']);
    for (const text of ['yesterday', '--week', '--json', 'Examples:']) expect(out).toContain(text);
  });
});
