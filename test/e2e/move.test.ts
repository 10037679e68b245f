// crm move: reschedule the dossiers named, or everything behind one divider as it stands.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { changeList, copyBinder, expectDossierShape, filings, lineWith, ok, refused, seed, type ChangedJson, type ShowJson } from './support.js';

interface MoveJson extends ChangedJson {
  moves: { handle: string; name: string; from: string; to: string }[];
  dryRun: boolean;
}

// Seeded once on Mon 2026-11-23; every test works on a copy of its own.
let seeded: Binder;
beforeAll(() => {
  seeded = tempBinder('2026-11-23');
  seed(seeded, 'acme', '25', 'Anna Nowak', ['--company', 'Acme Ltd', '--note', 'first call: asked for prices']); // Wed 25 Nov
  seed(seeded, 'zolc', '25', 'Łukasz Żółć'); // Wed 25 Nov
  seed(seeded, 'petrova', '26', 'Ani Petrova'); // Thu 26 Nov
  seed(seeded, 'sat', '28', 'Sam Saturday', ['--exact']); // Sat 28 Nov, kept on the day off
  seed(seeded, 'monday', '30', 'Monty Monday'); // Mon 30 Nov
  seed(seeded, 'dec7', 'dec 7', 'Dora Day'); // behind day divider 7
  seed(seeded, 'dec28', 'dec 28', 'Xaver Late'); // behind the December divider
  seed(seeded, 'closed', '27', 'Carl Closed');
  ok(seeded, ['log', 'closed', '--outcome', 'lost', '--done']);
});
afterAll(() => {
  seeded.remove();
});

const filed = filings;

const SEEDED_FILING = {
  acme: '2026-11-25',
  zolc: '2026-11-25',
  petrova: '2026-11-26',
  sat: '2026-11-28',
  monday: '2026-11-30',
  dec7: '2026-12-07',
  dec28: '2026-12-28',
  closed: null,
};

describe('moving the dossiers named', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = copyBinder(seeded);
  });
  afterEach(() => {
    binder.remove();
  });

  it('moves several at once, says where from and where to, and records why in each history', () => {
    const out = ok(binder, ['move', 'acme', 'zolc', 'fri', '--note', 'trade fair this week']);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('Moved 2 dossiers behind 27: Fri 27 Nov 2026:');
    expect(lineWith(out, 'acme')).toMatch(/acme\s+Anna Nowak\s+from Wed 25 Nov$/);
    expect(lineWith(out, 'zolc')).toMatch(/zolc\s+Łukasz Żółć\s+from Wed 25 Nov$/);
    expect(lines).toHaveLength(3);
    expect(filed(binder)).toEqual({ ...SEEDED_FILING, acme: '2026-11-27', zolc: '2026-11-27' });
    for (const handle of ['acme', 'zolc']) {
      expect(binder.json<ShowJson>(['show', handle]).history.at(-1)).toMatchObject({
        kind: 'moved',
        from: '2026-11-25',
        to: '2026-11-27',
        note: 'trade fair this week',
      });
    }
  });

  it('is one change in the change log, however many dossiers move', () => {
    const before = changeList(binder);
    ok(binder, ['move', 'acme', 'zolc', 'petrova', '30']);
    const after = changeList(binder);
    expect(after.slice(1)).toEqual(before);
    expect(after[0]).toMatchObject({ command: 'move' });
    expect(after[0]?.summary).toMatch(/3 dossiers/);
  });

  it('takes the date with --to as well', () => {
    expect(ok(binder, ['move', 'acme', 'petrova', '--to', '30'])).toContain('Moved 2 dossiers behind 30: Mon 30 Nov 2026:');
    expect(filed(binder)).toEqual({ ...SEEDED_FILING, acme: '2026-11-30', petrova: '2026-11-30' });
  });

  it('names clients by a prefix of a word of the name, whatever the diacritics, and moves one named twice once', () => {
    const out = ok(binder, ['move', 'lukasz', 'ani', 'zolc', '30']);
    expect(out).toContain('Moved 2 dossiers');
    expect(filed(binder)).toMatchObject({ zolc: '2026-11-30', petrova: '2026-11-30' });
    expect(binder.json<ShowJson>(['show', 'zolc']).history.filter((e) => e.kind === 'moved')).toHaveLength(1);
  });

  it('a move is not a conversation: the card’s last note stays, the move has its own entry', () => {
    ok(binder, ['move', 'acme', '30', '--note', 'she is away this week']);
    const dossier = binder.json<ShowJson>(['show', 'acme']);
    expect(dossier).toMatchObject({ lastNote: 'first call: asked for prices', lastKind: 'note' });
    expect(dossier.history.at(-1)).toMatchObject({ kind: 'moved', note: 'she is away this week' });
  });

  it('a move without --note has no note', () => {
    ok(binder, ['move', 'acme', '30']);
    expect(binder.json<ShowJson>(['show', 'acme']).history.at(-1)).toMatchObject({ kind: 'moved', from: '2026-11-25', to: '2026-11-30', note: null });
  });

  it('moves a day off to the next working day and says so', () => {
    const out = ok(binder, ['move', 'acme', '28']);
    expect(out).toContain('Moved 1 dossier behind 30: Mon 30 Nov 2026:');
    expect(out).toContain('Sat 28 Nov 2026 is a day off');
    expect(filed(binder).acme).toBe('2026-11-30');
  });

  it('--exact keeps the day off', () => {
    const out = ok(binder, ['move', 'acme', '28', '--exact']);
    expect(out).toContain('behind 28: Sat 28 Nov 2026');
    expect(out).not.toMatch(/day off/);
    expect(filed(binder).acme).toBe('2026-11-28');
  });

  it('moves an overdue dossier out of today’s stack', () => {
    ok(binder, ['move', 'acme', '30'], { today: '2026-11-26' });
    expect(binder.json<{ stack: { handle: string }[] }>(['today'], { today: '2026-11-26' }).stack.map((d) => d.handle)).toEqual(['zolc', 'petrova']);
  });

  it('nothing to move when every one named is there already: says so and writes nothing', () => {
    const before = binder.dump();
    expect(ok(binder, ['move', 'acme', 'zolc', '25'])).toBe('Nothing to move: already behind 25: Wed 25 Nov 2026.\n');
    expect(binder.dump()).toBe(before);
    const moved = binder.json<MoveJson>(['move', 'acme', '25']);
    expect(moved).toMatchObject({ change: null, dossiers: [], entries: [], moves: [], dryRun: false });
    expect(binder.dump()).toBe(before);
  });

  it('names those that are there already when others move', () => {
    const out = ok(binder, ['move', 'acme', 'monday', '30']);
    expect(out).toContain('Moved 1 dossier behind 30: Mon 30 Nov 2026:');
    expect(out).toContain('Already there: monday.');
    expect(binder.json<ShowJson>(['show', 'monday']).history.filter((e) => e.kind === 'moved')).toEqual([]);
  });

  it('--json: the change, the dossiers as they are now, the entries, the moves', () => {
    const moved = binder.json<MoveJson>(['move', 'acme', 'petrova', 'dec 2', '--note', 'after the audit']);
    expect(moved.dryRun).toBe(false);
    expect(moved.change).toMatchObject({ command: 'move' });
    expect(moved.change?.id).toBe(changeList(binder)[0]?.id);
    expect(moved.moves).toEqual([
      { handle: 'acme', name: 'Anna Nowak', from: '2026-11-25', to: '2026-12-02', fromAt: null, toAt: null },
      { handle: 'petrova', name: 'Ani Petrova', from: '2026-11-26', to: '2026-12-02', fromAt: null, toAt: null },
    ]);
    expect(moved.dossiers.map((d) => [d.handle, d.filedOn])).toEqual([
      ['acme', '2026-12-02'],
      ['petrova', '2026-12-02'],
    ]);
    for (const dossier of moved.dossiers) expectDossierShape(dossier);
    expect(moved.entries).toMatchObject([
      { handle: 'acme', kind: 'moved', from: '2026-11-25', to: '2026-12-02', note: 'after the audit' },
      { handle: 'petrova', kind: 'moved', from: '2026-11-26', to: '2026-12-02', note: 'after the audit' },
    ]);
  });
});

describe('moving everything behind one divider: --from <divider> --to <when>', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = copyBinder(seeded);
  });
  afterEach(() => {
    binder.remove();
  });

  it('a day number: everything filed on that date', () => {
    const out = ok(binder, ['move', '--from', '25', '--to', '30', '--note', 'day off']);
    expect(out.split('\n')[0]).toBe('Moved 2 dossiers behind 30: Mon 30 Nov 2026:');
    expect(out).toContain('acme');
    expect(out).toContain('zolc');
    expect(filed(binder)).toEqual({ ...SEEDED_FILING, acme: '2026-11-30', zolc: '2026-11-30' });
    expect(binder.json<ShowJson>(['show', 'zolc']).history.at(-1)).toMatchObject({ kind: 'moved', from: '2026-11-25', to: '2026-11-30', note: 'day off' });
    const [change] = changeList(binder);
    expect(change).toMatchObject({ command: 'move' });
    expect(change?.summary).toContain('from 25');
  });

  it('names the divider as it stands: --from 28 is the Saturday, not the Monday after it', () => {
    const out = ok(binder, ['move', '--from', '28', '--to', 'dec 1']);
    expect(out).toContain('Moved 1 dossier behind 1: Tue 1 Dec 2026:');
    expect(out).toContain('sat');
    expect(filed(binder)).toEqual({ ...SEEDED_FILING, sat: '2026-12-01' });
  });

  it('a month: everything behind the month divider, not the December dates still behind day dividers', () => {
    const out = ok(binder, ['move', '--from', 'dec', '--to', 'jan']);
    expect(out).toContain('Moved 1 dossier behind January: Fri 1 Jan 2027:');
    expect(filed(binder)).toEqual({ ...SEEDED_FILING, dec28: '2027-01-01' });
  });

  it.each([
    { form: 'thu', why: 'a weekday' },
    { form: '2026-11-26', why: 'an ISO date' },
    { form: 'nov 26', why: 'a month and day' },
  ])('$why ($form)', ({ form }) => {
    expect(ok(binder, ['move', '--from', form, '--to', 'dec 2'])).toContain('Moved 1 dossier behind 2: Wed 2 Dec 2026:');
    expect(filed(binder)).toEqual({ ...SEEDED_FILING, petrova: '2026-12-02' });
  });

  it('an empty divider: says so, exits 0 and writes nothing', () => {
    const before = binder.dump();
    expect(ok(binder, ['move', '--from', '24', '--to', '30'])).toBe('Nothing to move: no dossier is filed there.\n');
    expect(binder.dump()).toBe(before);
  });

  it('leaves a closed dossier in the drawer', () => {
    ok(binder, ['move', '--from', '27', '--to', '30']);
    expect(filed(binder).closed).toBeNull();
  });

  it('--json: the moves of the divider', () => {
    const moved = binder.json<MoveJson>(['move', '--from', '25', '--to', 'dec 1']);
    expect(moved.dryRun).toBe(false);
    expect(moved.change).toMatchObject({ command: 'move' });
    expect(moved.moves.map((m) => [m.handle, m.from, m.to])).toEqual([
      ['acme', '2026-11-25', '2026-12-01'],
      ['zolc', '2026-11-25', '2026-12-01'],
    ]);
    expect(moved.entries.map((e) => [e.handle, e.kind])).toEqual([
      ['acme', 'moved'],
      ['zolc', 'moved'],
    ]);
  });
});

describe('--dry-run: shows the plan, writes nothing', () => {
  let binder: Binder;
  beforeAll(() => {
    binder = copyBinder(seeded);
  });
  afterAll(() => {
    binder.remove();
  });

  it('by names', () => {
    const before = binder.dump();
    const out = ok(binder, ['move', 'acme', 'zolc', 'fri', '--dry-run']);
    expect(out.split('\n')[0]).toBe('Would move 2 dossiers behind 27: Fri 27 Nov 2026:');
    expect(out).toContain('acme');
    expect(out).toContain('zolc');
    expect(out.trimEnd().split('\n').at(-1)).toBe('Dry run: nothing was written.');
    expect(binder.dump()).toBe(before);
  });

  it('with --from, and --json', () => {
    const before = binder.dump();
    const moved = binder.json<MoveJson>(['move', '--from', 'dec', '--to', 'jan', '--dry-run']);
    expect(moved).toMatchObject({ change: null, dossiers: [], entries: [], dryRun: true });
    expect(moved.moves).toEqual([{ handle: 'dec28', name: 'Xaver Late', from: '2026-12-28', to: '2027-01-01', fromAt: null, toAt: null }]);
    expect(binder.dump()).toBe(before);
  });
});

describe('refused: exit 2, one line on stderr, nothing moved', () => {
  let binder: Binder;
  beforeAll(() => {
    binder = copyBinder(seeded);
  });
  afterAll(() => {
    binder.remove();
  });

  it.each([
    { what: 'no date at all', args: ['move'], mentions: ['date', 'crm move acme fri'] },
    { what: '--from without --to', args: ['move', '--from', '25'], mentions: ['date', '--to'] },
    { what: 'a client without a date: the lone word is not taken for a date', args: ['move', 'acme'], mentions: ['needs clients and a date', 'crm move acme fri'] },
    { what: '--to without clients or --from', args: ['move', '--to', '30'], mentions: ['clients', '--from'] },
    { what: 'clients and --from together', args: ['move', 'acme', '--from', '25', '--to', '30'], mentions: ['--from', 'not both'] },
    { what: 'a closed dossier', args: ['move', 'closed', '30'], mentions: ['closed', 'crm file closed'] },
    { what: 'an unknown client among known ones', args: ['move', 'acme', 'nobody', '30'], mentions: ['nobody'] },
    { what: 'a date form it does not know', args: ['move', 'acme', 'someday'], mentions: ['someday', 'jul 5'] },
    { what: 'a date in the past', args: ['move', 'acme', '2026-11-20'], mentions: ['2026-11-20'] },
    { what: 'a divider it does not know', args: ['move', '--from', 'someday', '--to', '30'], mentions: ['someday'] },
    { what: 'an unknown option', args: ['move', 'acme', '30', '--quietly'], mentions: ['--quietly'] },
  ])('$what', ({ args, mentions }) => {
    const { stderr } = refused(binder, args);
    for (const text of mentions) expect(stderr).toContain(text);
  });

  it('--help shows every option, the date forms and examples', () => {
    const out = ok(binder, ['move', '--help']);
    for (const option of ['--to', '--from', '--note', '--exact', '--dry-run', '--json']) expect(out).toContain(option);
    expect(out).toContain('Examples:');
    expect(out).toMatch(/\$ crm move --from /);
  });
});
