// crm postpone: too much for today. Move dossiers of your choice, or let crm propose the
// lowest-priority ones, to the nearest coming working days with room (BINDER.md rule 8).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { changeList, copyBinder, expectDossierShape, filings, lineWith, ok, refused, seed, type ChangedJson, type ShowJson, type TodayJson } from './support.js';

interface PostponeJson extends ChangedJson {
  date: string;
  stackSize: number;
  capacity: number | null;
  over: number;
  plan: { handle: string; name: string; priority: string; from: string; to: string; overCapacity: boolean }[];
  state: 'nothing' | 'dry-run' | 'declined' | 'applied';
}

// Seeded once on Mon 2026-11-23 with a capacity of 3; every test works on a copy of its own.
// Today's stack holds 5, 2 over: co (C, overdue since Fri 20 Nov), a1 (A), b1 (B), b2 (B), c1 (C).
// Tue 24 Nov already holds one dossier (f24), room for two more; the days after it are empty.
let seeded: Binder;
beforeAll(() => {
  seeded = tempBinder('2026-11-23');
  seed(seeded, 'co', '20', 'Cora Old', ['--priority', 'C'], '2026-11-16');
  seed(seeded, 'a1', 'today', 'Ada Alpha', ['--priority', 'A']);
  seed(seeded, 'b1', 'today', 'Ben Beta');
  seed(seeded, 'b2', 'today', 'Bea Brown');
  seed(seeded, 'c1', 'today', 'Cid Cole', ['--priority', 'C']);
  seed(seeded, 'f24', 'tomorrow', 'Fay Future');
  seed(seeded, 'closed', 'today', 'Carl Closed');
  ok(seeded, ['log', 'closed', '--outcome', 'won', '--done']);
  ok(seeded, ['config', 'capacity', '3']);
});
afterAll(() => {
  seeded.remove();
});

const SEEDED_FILING = {
  a1: '2026-11-23',
  b1: '2026-11-23',
  b2: '2026-11-23',
  c1: '2026-11-23',
  closed: null,
  co: '2026-11-20',
  f24: '2026-11-24',
};

const stack = (binder: Binder) => binder.json<TodayJson>(['today']);

describe('crm today with a capacity', () => {
  let binder: Binder;
  beforeAll(() => {
    binder = copyBinder(seeded);
  });
  afterAll(() => {
    binder.remove();
  });

  it('says how far over the capacity today’s stack is', () => {
    expect(ok(binder, ['today']).split('\n')[0]).toContain('5 dossiers in today\'s stack (1 overdue, 4 due today) · 2 over the capacity of 3');
    expect(stack(binder)).toMatchObject({ capacity: 3, overCapacity: 2 });
  });
});

describe('postponing the dossiers named', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = copyBinder(seeded);
  });
  afterEach(() => {
    binder.remove();
  });

  it('without --to: tomorrow while it has room under the capacity, not the emptier days after it (issue 12, rule 8)', () => {
    const out = ok(binder, ['postpone', 'b1', 'b2']);
    expect(out).toBe(
      [
        "Today's stack holds 5: 2 over the capacity of 3.",
        'Postponed 2 dossiers:',
        '  B b1  → Tue 24 Nov 2026  Ben Beta',
        '  B b2  → Tue 24 Nov 2026  Bea Brown',
        '',
      ].join('\n'),
    );
    // Tue 24 Nov holds one already, and has room for two more.
    expect(filings(binder)).toEqual({ ...SEEDED_FILING, b1: '2026-11-24', b2: '2026-11-24' });
    expect(binder.json<ShowJson>(['show', 'b1']).history.at(-1)).toMatchObject({ kind: 'moved', from: '2026-11-23', to: '2026-11-24' });
    expect(stack(binder)).toMatchObject({ overCapacity: 0 });
  });

  it('without --to: once tomorrow is full, the next working day with room, the most important first (issue 12, rule 8)', () => {
    const out = ok(binder, ['postpone', 'c1', 'b1', 'a1']);
    expect(lineWith(out, 'a1')).toContain('→ Tue 24 Nov 2026');
    expect(lineWith(out, 'b1')).toContain('→ Tue 24 Nov 2026');
    expect(lineWith(out, 'c1')).toContain('→ Wed 25 Nov 2026');
    expect(filings(binder)).toMatchObject({ a1: '2026-11-24', b1: '2026-11-24', c1: '2026-11-25' });
  });

  it('without --to and without a capacity: every day has room, so the next working day (issue 12)', () => {
    ok(binder, ['config', 'capacity', 'off']);
    ok(binder, ['postpone', 'b1', 'b2', 'c1'], { today: '2026-11-27' });
    expect(filings(binder)).toMatchObject({ b1: '2026-11-30', b2: '2026-11-30', c1: '2026-11-30' });
  });

  it('--to: one date for all of them, an overdue one too', () => {
    const out = ok(binder, ['postpone', 'b1', 'co', '--to', 'fri']);
    expect(out).toContain('Postponed 2 dossiers:');
    expect(lineWith(out, 'b1')).toContain('→ Fri 27 Nov 2026');
    expect(lineWith(out, 'co')).toContain('→ Fri 27 Nov 2026');
    expect(filings(binder)).toEqual({ ...SEEDED_FILING, b1: '2026-11-27', co: '2026-11-27' });
    expect(binder.json<ShowJson>(['show', 'co']).history.at(-1)).toMatchObject({ kind: 'moved', from: '2026-11-20', to: '2026-11-27' });
  });

  it('--to a day off: the next working day', () => {
    expect(lineWith(ok(binder, ['postpone', 'b1', '--to', '28']), 'b1')).toContain('→ Mon 30 Nov 2026');
    expect(filings(binder).b1).toBe('2026-11-30');
  });

  it('--to a day off with --exact: kept', () => {
    expect(lineWith(ok(binder, ['postpone', 'b1', '--to', '28', '--exact']), 'b1')).toContain('→ Sat 28 Nov 2026');
    expect(filings(binder).b1).toBe('2026-11-28');
  });

  it('names clients by a prefix of a word of the name', () => {
    ok(binder, ['postpone', 'ben', 'cora', '--to', '30']);
    expect(filings(binder)).toMatchObject({ b1: '2026-11-30', co: '2026-11-30' });
  });

  it('is one change in the change log', () => {
    const before = changeList(binder);
    ok(binder, ['postpone', 'b1', 'b2', 'c1']);
    const after = changeList(binder);
    expect(after.slice(1)).toEqual(before);
    expect(after[0]).toMatchObject({ command: 'postpone' });
    expect(after[0]?.summary).toMatch(/3 dossiers/);
  });

  it('works without a capacity too', () => {
    ok(binder, ['config', 'capacity', 'off']);
    const out = ok(binder, ['postpone', 'b1', '--to', '30']);
    expect(out).not.toMatch(/capacity/);
    expect(out).toContain('Postponed 1 dossier:');
    expect(filings(binder).b1).toBe('2026-11-30');
  });

  it('--json: the plan, the state and what changed', () => {
    const postponed = binder.json<PostponeJson>(['postpone', 'b1', 'co']);
    expect(postponed).toMatchObject({ date: '2026-11-23', stackSize: 5, capacity: 3, over: 2, state: 'applied' });
    expect(postponed.plan).toEqual([
      { handle: 'b1', name: 'Ben Beta', priority: 'B', from: '2026-11-23', to: '2026-11-24', filedAt: null, overCapacity: false },
      { handle: 'co', name: 'Cora Old', priority: 'C', from: '2026-11-20', to: '2026-11-24', filedAt: null, overCapacity: false },
    ]);
    expect(postponed.change).toMatchObject({ command: 'postpone' });
    expect(postponed.change?.id).toBe(changeList(binder)[0]?.id);
    expect(postponed.dossiers.map((d) => [d.handle, d.filedOn])).toEqual([
      ['b1', '2026-11-24'],
      ['co', '2026-11-24'],
    ]);
    for (const dossier of postponed.dossiers) expectDossierShape(dossier);
    expect(postponed.entries).toMatchObject([
      { handle: 'b1', kind: 'moved', from: '2026-11-23', to: '2026-11-24' },
      { handle: 'co', kind: 'moved', from: '2026-11-20', to: '2026-11-24' },
    ]);
  });

  it('--dry-run: shows the plan and writes nothing', () => {
    const before = binder.dump();
    const out = ok(binder, ['postpone', 'b1', 'b2', '--dry-run']);
    expect(out).toContain('Postpone 2 dossiers:');
    expect(lineWith(out, 'b1')).toContain('→ Tue 24 Nov 2026');
    expect(out.trimEnd().split('\n').at(-1)).toBe('Dry run: nothing was written.');
    const planned = binder.json<PostponeJson>(['postpone', 'b1', 'b2', '--dry-run']);
    expect(planned).toMatchObject({ state: 'dry-run', change: null, dossiers: [], entries: [] });
    expect(planned.plan.map((p) => [p.handle, p.to])).toEqual([
      ['b1', '2026-11-24'],
      ['b2', '2026-11-24'],
    ]);
    expect(binder.dump()).toBe(before);
  });
});

describe('--auto: the lowest-priority dossiers that put today over capacity', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = copyBinder(seeded);
  });
  afterEach(() => {
    binder.remove();
  });

  it('--dry-run: shows the plan (C before B before A, due today before overdue) and writes nothing', () => {
    const before = binder.dump();
    const out = ok(binder, ['postpone', '--auto', '--dry-run']);
    expect(out).toBe(
      [
        "Today's stack holds 5: 2 over the capacity of 3.",
        'Postpone 2 dossiers:',
        '  C c1  → Tue 24 Nov 2026  Cid Cole',
        '  C co  → Tue 24 Nov 2026  Cora Old',
        'Dry run: nothing was written.',
        '',
      ].join('\n'),
    );
    expect(binder.dump()).toBe(before);
  });

  it('--dry-run --json', () => {
    const before = binder.dump();
    const planned = binder.json<PostponeJson>(['postpone', '--auto', '--dry-run']);
    expect(planned).toMatchObject({ date: '2026-11-23', stackSize: 5, capacity: 3, over: 2, state: 'dry-run', change: null, dossiers: [], entries: [] });
    expect(planned.plan).toEqual([
      { handle: 'c1', name: 'Cid Cole', priority: 'C', from: '2026-11-23', to: '2026-11-24', filedAt: null, overCapacity: false },
      { handle: 'co', name: 'Cora Old', priority: 'C', from: '2026-11-20', to: '2026-11-24', filedAt: null, overCapacity: false },
    ]);
    expect(binder.dump()).toBe(before);
  });

  it('--yes applies the plan: today’s stack is within capacity, in one change', () => {
    const changes = changeList(binder);
    const out = ok(binder, ['postpone', '--auto', '--yes']);
    expect(out).toContain('Postponed 2 dossiers:');
    expect(lineWith(out, 'c1')).toContain('→ Tue 24 Nov 2026');
    expect(lineWith(out, 'co')).toContain('→ Tue 24 Nov 2026');
    expect(filings(binder)).toEqual({ ...SEEDED_FILING, c1: '2026-11-24', co: '2026-11-24' });
    const today = stack(binder);
    expect(today.stack.map((d) => d.handle)).toEqual(['a1', 'b1', 'b2']);
    expect(today.overCapacity).toBe(0);
    expect(ok(binder, ['today']).split('\n')[0]).not.toMatch(/\bover\b/);
    const after = changeList(binder);
    expect(after.slice(1)).toEqual(changes);
    expect(after[0]).toMatchObject({ command: 'postpone', summary: 'postponed 2 dossiers' });
  });

  it('--yes --json: the plan, state "applied" and what changed', () => {
    const applied = binder.json<PostponeJson>(['postpone', '--auto', '--yes']);
    expect(applied).toMatchObject({ stackSize: 5, capacity: 3, over: 2, state: 'applied', change: { command: 'postpone' } });
    expect(applied.plan.map((p) => [p.handle, p.from, p.to])).toEqual([
      ['c1', '2026-11-23', '2026-11-24'],
      ['co', '2026-11-20', '2026-11-24'],
    ]);
    expect(applied.dossiers.map((d) => [d.handle, d.filedOn])).toEqual([
      ['c1', '2026-11-24'],
      ['co', '2026-11-24'],
    ]);
    expect(applied.entries).toMatchObject([
      { handle: 'c1', kind: 'moved', from: '2026-11-23', to: '2026-11-24' },
      { handle: 'co', kind: 'moved', from: '2026-11-20', to: '2026-11-24' },
    ]);
  });

  it('takes only as many as are over: one over, one postponed', () => {
    ok(binder, ['config', 'capacity', '4']);
    const applied = binder.json<PostponeJson>(['postpone', '--auto', '--yes']);
    expect(applied.plan.map((p) => p.handle)).toEqual(['c1']);
  });

  it('within capacity: nothing to postpone, exit 0, nothing written', () => {
    ok(binder, ['config', 'capacity', '5']);
    const before = binder.dump();
    expect(ok(binder, ['postpone', '--auto', '--yes'])).toBe("Today's stack holds 5, within the capacity of 5.\nNothing to postpone.\n");
    expect(binder.json<PostponeJson>(['postpone', '--auto', '--yes'])).toMatchObject({ state: 'nothing', plan: [], change: null, over: 0 });
    expect(binder.dump()).toBe(before);
  });

  it('without a terminal and without --yes or --dry-run: refused, nothing written', () => {
    const { stderr } = refused(binder, ['postpone', '--auto']);
    expect(stderr).toContain('--yes');
    expect(stderr).toContain('--dry-run');
    refused(binder, ['postpone', '--auto', '--json']);
  });

  it('without a capacity: refused, saying how to set one', () => {
    ok(binder, ['config', 'capacity', 'off']);
    expect(refused(binder, ['postpone', '--auto', '--yes']).stderr).toContain('crm config capacity');
    expect(refused(binder, ['postpone', '--auto', '--dry-run']).stderr).toContain('crm config capacity');
  });
});

describe('--auto: the order of choice over a mixed stack', () => {
  // Capacity 1, six in the stack: five to postpone, the A stays.
  let binder: Binder;
  beforeAll(() => {
    binder = tempBinder('2026-11-23');
    seed(binder, 'co2', '13', 'Cleo Older', ['--priority', 'C'], '2026-11-09'); // overdue since Fri 13 Nov
    seed(binder, 'bo', '19', 'Bert Overdue', [], '2026-11-16'); // B, overdue since Thu 19 Nov
    seed(binder, 'co1', '20', 'Cora Old', ['--priority', 'C'], '2026-11-16'); // overdue since Fri 20 Nov
    seed(binder, 'a1', 'today', 'Ada Alpha', ['--priority', 'A']);
    seed(binder, 'b1', 'today', 'Ben Beta');
    seed(binder, 'c1', 'today', 'Cid Cole', ['--priority', 'C']);
    ok(binder, ['config', 'capacity', '1']);
  });
  afterAll(() => {
    binder.remove();
  });

  it('C before B before A; among equals those due today first, then the latest filed; one a day, the B ones on the nearest days', () => {
    const planned = binder.json<PostponeJson>(['postpone', '--auto', '--dry-run']);
    expect(planned).toMatchObject({ stackSize: 6, capacity: 1, over: 5 });
    expect(planned.plan.map((p) => [p.priority, p.handle, p.from, p.to])).toEqual([
      ['C', 'c1', '2026-11-23', '2026-11-26'],
      ['C', 'co1', '2026-11-20', '2026-11-27'],
      ['C', 'co2', '2026-11-13', '2026-11-30'],
      ['B', 'b1', '2026-11-23', '2026-11-24'],
      ['B', 'bo', '2026-11-19', '2026-11-25'],
    ]);
    expect(planned.plan.every((p) => !p.overCapacity)).toBe(true);
  });
});

describe('--auto when the next ten working days are full already', () => {
  // Capacity 1; each of the next 10 working days holds one dossier; two in today's stack.
  const NEXT_TEN = ['24', '25', '26', '27', '30', 'dec 1', 'dec 2', 'dec 3', 'dec 4', 'dec 7'];
  let binder: Binder;
  beforeAll(() => {
    binder = tempBinder('2026-11-23');
    NEXT_TEN.forEach((when, i) => seed(binder, `day${i}`, when, `Day Client${i}`));
    seed(binder, 'b1', 'today', 'Ben Beta');
    seed(binder, 'c1', 'today', 'Cid Cole', ['--priority', 'C']);
    ok(binder, ['config', 'capacity', '1']);
  });
  afterAll(() => {
    binder.remove();
  });

  it('goes past the full days to the first working day with room (issue 12, rule 8)', () => {
    const out = ok(binder, ['postpone', '--auto', '--dry-run']);
    expect(lineWith(out, 'c1')).toBe('  C c1  → Tue 8 Dec 2026  Cid Cole');
    const planned = binder.json<PostponeJson>(['postpone', '--auto', '--dry-run']);
    expect(planned.plan).toMatchObject([{ handle: 'c1', to: '2026-12-08', overCapacity: false }]);
  });
});

describe('a date the dossiers are on already', () => {
  it('postpones nothing and says so: --to today leaves today\'s stack as it is', () => {
    const binder = copyBinder(seeded);
    try {
      const before = binder.dump();
      const plan = binder.json<{ state: string; plan: unknown[]; change: unknown }>(['postpone', 'b1', '--to', 'today']);
      expect(plan).toMatchObject({ state: 'nothing', plan: [], change: null });
      expect(ok(binder, ['postpone', 'b1', '--to', 'today'])).toContain('Nothing to postpone.');
      expect(binder.dump()).toBe(before);
    } finally {
      binder.remove();
    }
  });
});

describe('refused: exit 2, one line on stderr, nothing written', () => {
  let binder: Binder;
  beforeAll(() => {
    binder = copyBinder(seeded);
  });
  afterAll(() => {
    binder.remove();
  });

  it.each([
    { what: 'no handles and no --auto, with no terminal to ask', args: ['postpone'], mentions: ['--auto'] },
    { what: 'handles and --auto together', args: ['postpone', 'b1', '--auto', '--yes'], mentions: ['--auto', 'not both'] },
    { what: 'handles and --auto together, without --yes: the plan’s own error comes first', args: ['postpone', 'b1', '--auto'], mentions: ['not both'] },
    { what: 'a closed dossier', args: ['postpone', 'closed'], mentions: ['closed'] },
    { what: 'an unknown client among known ones', args: ['postpone', 'b1', 'nobody'], mentions: ['nobody'] },
    { what: 'a date form it does not know', args: ['postpone', 'b1', '--to', 'someday'], mentions: ['someday'] },
    { what: 'a date in the past', args: ['postpone', 'b1', '--to', '2026-11-20'], mentions: ['2026-11-20'] },
    { what: 'an unknown option', args: ['postpone', 'b1', '--later'], mentions: ['--later'] },
  ])('$what', ({ args, mentions }) => {
    const { stderr } = refused(binder, args);
    for (const text of mentions) expect(stderr).toContain(text);
  });

  it('--help shows every option and examples', () => {
    const out = ok(binder, ['postpone', '--help']);
    for (const option of ['--to', '--auto', '--yes', '--dry-run', '--exact', '--json']) expect(out).toContain(option);
    expect(out).toContain('Examples:');
    expect(out).toMatch(/\$ crm postpone --auto --yes/);
  });
});
