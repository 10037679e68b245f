// crm undo and crm changes: every command that changes the binder is one change, and undo takes
// the last one back as a whole, leaving the binder file exactly as it was before.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { binderFiles, copyBinder, filings, ok, refused, seed, type ChangedJson, type SettingsJson, type ShowJson, type TodayJson } from './support.js';

interface ChangeJson {
  id: number;
  at: string;
  command: string;
  summary: string;
}

interface UndoJson {
  undone: ChangeJson | null;
  next: ChangeJson | null;
}

// Two fixtures, seeded once on Mon 2026-11-23; every test works on a copy of its own.
// `configured`: capacity 2, a holiday, an outcome default; today's stack holds 4 (co overdue, a1,
// b1, c1): 2 over. `plain`: one dossier, and no setting ever written.
let configured: Binder;
let plain: Binder;
beforeAll(() => {
  configured = tempBinder('2026-11-23');
  seed(configured, 'co', '20', 'Cora Old', ['--priority', 'C'], '2026-11-16');
  seed(configured, 'acme', '25', 'Anna Nowak', ['--company', 'Acme Ltd', '--phone', '+48 601 234 567', '--note', 'first call: asked for prices', '--offer', 'Q-1']);
  seed(configured, 'zolc', '25', 'Łukasz Żółć', ['--position', 'CEO']);
  seed(configured, 'petrova', '26', 'Ани Петрова');
  seed(configured, 'a1', 'today', 'Ada Alpha', ['--priority', 'A']);
  seed(configured, 'b1', 'today', 'Ben Beta');
  seed(configured, 'c1', 'today', 'Cid Cole', ['--priority', 'C']);
  seed(configured, 'closed', '27', 'Carl Closed');
  ok(configured, ['log', 'closed', '--outcome', 'lost', '--done']);
  ok(configured, ['config', 'capacity', '2']);
  ok(configured, ['config', 'holidays', 'add', '2026-12-24']);
  ok(configured, ['config', 'outcome', 'voicemail', '+2d']);

  plain = tempBinder('2026-11-23');
  seed(plain, 'acme', '25', 'Anna Nowak');
});
afterAll(() => {
  configured.remove();
  plain.remove();
});

/** Every changing command of the issue, with each of its options somewhere. */
const CHANGES: { what: string; args: string[]; on?: 'plain'; input?: string; command: string }[] = [
  { what: 'file: a new dossier with every card option', command: 'file', args: ['file', 'newbie', '8', '--name', 'Nina New', '--position', 'buyer', '--company', 'New Co', '--phone', '+48 600 000 000', '--email', 'nina@new.example', '--notes', 'mornings', '--priority', 'A', '--note', 'hello', '--offer', 'Q-9'] },
  { what: 'file: refiling with a new company, phone, priority, note and offer', command: 'file', args: ['file', 'acme', '8', '--company', 'Acme Group', '--phone', '', '--priority', 'A', '--note', 'merged with Acme Group', '--offer', 'Q-2'] },
  { what: 'file: a closed dossier back into the ring', command: 'file', args: ['file', 'closed', 'jan'] },
  { what: 'log: note, outcome, offer, kind and --next', command: 'log', args: ['log', 'acme', '--kind', 'meeting', '--note', 'wants 40 units', '--outcome', 'reached', '--offer', 'Q-7', '--next', 'dec 4'] },
  { what: 'log: an outcome’s default date (built in)', command: 'log', args: ['log', 'zolc', '--outcome', 'no-answer'] },
  { what: 'log: an outcome’s default date (set)', command: 'log', args: ['log', 'co', '--outcome', 'voicemail'] },
  { what: 'log: --note - from stdin', command: 'log', args: ['log', 'petrova', '--note', '-', '--next', '+2w'], input: 'line one\nline two\n' },
  { what: 'log: --done', command: 'log', args: ['log', 'acme', '--kind', 'email', '--outcome', 'won', '--note', 'signed', '--done'] },
  { what: 'move: several by name, with --note', command: 'move', args: ['move', 'acme', 'zolc', 'petrova', 'fri', '--note', 'trade fair'] },
  { what: 'move: --from a divider', command: 'move', args: ['move', '--from', '25', '--to', 'dec 2', '--note', 'away'] },
  { what: 'postpone: by names, spread', command: 'postpone', args: ['postpone', 'b1', 'co'] },
  { what: 'postpone: by names with --to', command: 'postpone', args: ['postpone', 'b1', 'c1', '--to', 'fri'] },
  { what: 'postpone: --auto --yes', command: 'postpone', args: ['postpone', '--auto', '--yes'] },
  { what: 'config capacity', command: 'config', args: ['config', 'capacity', '5'] },
  { what: 'config workdays', command: 'config', args: ['config', 'workdays', 'sun-thu'] },
  { what: 'config holidays add', command: 'config', args: ['config', 'holidays', 'add', '2026-12-25', '2026-12-31'] },
  { what: 'config dividers', command: 'config', args: ['config', 'dividers', 'dated', '2'] },
  { what: 'config outcome: a new default', command: 'config', args: ['config', 'outcome', 'callback', 'fri'] },
  { what: 'config outcome: a default turned off', command: 'config', args: ['config', 'outcome', 'voicemail', 'off'] },
  { what: 'config outcome: the built-in default turned off', command: 'config', args: ['config', 'outcome', 'no-answer', 'off'] },
  { what: 'config: the first setting of a binder', command: 'config', args: ['config', 'capacity', '3'], on: 'plain' },
  { what: 'config outcome: the first setting of a binder', command: 'config', args: ['config', 'outcome', 'callback', '+2d'], on: 'plain' },
];

/** A dump (Binder.dump) without the rows of one table. */
function withoutSection(dump: string, table: string): string {
  let inside = false;
  return dump
    .split('\n')
    .filter((line) => {
      if (line.startsWith('# ')) inside = line === `# ${table}`;
      return !inside;
    })
    .join('\n');
}

describe('crm undo after each changing command gives back the binder exactly as it was', () => {
  let binder: Binder;
  afterEach(() => {
    binder.remove();
  });

  it.each(CHANGES)('$what', ({ args, on, input, command }) => {
    binder = copyBinder(on === 'plain' ? plain : configured);
    const before = binder.dump();
    ok(binder, args, input === undefined ? undefined : { input });
    expect(binder.dump(), 'the command changed nothing').not.toBe(before);
    const undone = ok(binder, ['undo']);
    expect(undone.split('\n')[0]).toMatch(new RegExp(`^Undid ${command} \\(Mon 23 Nov 2026 \\d\\d:\\d\\d\\): \\S`));
    // The complete file: schema version, dossiers, their words, history, settings and the change
    // log (so crm changes lists what it listed before).
    expect(binder.dump()).toBe(before);
  });
});

describe('--json of every changing command names the change that crm undo takes back', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = copyBinder(configured);
  });
  afterEach(() => {
    binder.remove();
  });

  it.each([
    { command: 'file', what: 'file acme 8', args: ['file', 'acme', '8'] },
    { command: 'log', what: 'log acme --next 8', args: ['log', 'acme', '--next', '8'] },
    { command: 'move', what: 'move acme 8', args: ['move', 'acme', '8'] },
    { command: 'postpone', what: 'postpone --auto --yes', args: ['postpone', '--auto', '--yes'] },
    { command: 'config', what: 'config capacity 5', args: ['config', 'capacity', '5'] },
    { command: 'config', what: 'config outcome callback fri', args: ['config', 'outcome', 'callback', 'fri'] },
  ])('crm $what --json', ({ command, args }) => {
    const changed = binder.json<ChangedJson>(args);
    expect(changed).toHaveProperty('change');
    expect(changed).toHaveProperty('dossiers');
    expect(changed).toHaveProperty('entries');
    expect(changed.change).toMatchObject({ command });
    const undone = binder.json<UndoJson>(['undo']);
    expect(undone.undone).toEqual(changed.change);
  });
});

describe('undoing a log', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = copyBinder(configured);
  });
  afterEach(() => {
    binder.remove();
  });

  it('removes its entries and restores the previous filing and card exactly', () => {
    const before = binder.json<ShowJson>(['show', 'acme']);
    ok(binder, ['log', 'acme', '--note', 'wants 40 units', '--outcome', 'reached', '--offer', 'Q-7', '--next', 'dec 4']);
    expect(binder.json<ShowJson>(['show', 'acme'])).toMatchObject({ filedOn: '2026-12-04', lastNote: 'wants 40 units', offer: 'Q-7' });
    const out = ok(binder, ['undo']);
    expect(out).toMatch(/^Undid log \(Mon 23 Nov 2026 \d\d:\d\d\): acme: /);
    const after = binder.json<ShowJson>(['show', 'acme']);
    expect(after).toEqual(before);
    expect(after).toMatchObject({ filedOn: '2026-11-25', lastNote: 'first call: asked for prices', offer: 'Q-1' });
  });

  it('--done: back in the ring where it was', () => {
    ok(binder, ['log', 'acme', '--done']);
    expect(filings(binder).acme).toBeNull();
    ok(binder, ['undo']);
    expect(filings(binder).acme).toBe('2026-11-25');
    expect(binder.json<{ dossiers: { handle: string }[] }>(['open', '25']).dossiers.map((d) => d.handle)).toEqual(['acme', 'zolc']);
  });
});

describe('undoing a postpone plan restores all its dossiers at once', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = copyBinder(configured);
  });
  afterEach(() => {
    binder.remove();
  });

  it('--auto --yes moved two; one undo brings both back into today’s stack', () => {
    const stackBefore = binder.json<TodayJson>(['today']);
    const before = binder.dump();
    ok(binder, ['postpone', '--auto', '--yes']);
    expect(binder.json<TodayJson>(['today']).stack.map((d) => d.handle)).toEqual(['a1', 'b1']);
    const out = ok(binder, ['undo']);
    expect(out.split('\n')[0]).toMatch(/^Undid postpone \(Mon 23 Nov 2026 \d\d:\d\d\): postponed 2 dossiers$/);
    expect(binder.json<TodayJson>(['today'])).toEqual(stackBefore);
    expect(filings(binder)).toMatchObject({ co: '2026-11-20', c1: '2026-11-23' });
    expect(binder.dump()).toBe(before);
  });

  it('a bulk move is one step as well', () => {
    const before = binder.dump();
    ok(binder, ['move', '--from', '25', '--to', '30']);
    expect(filings(binder)).toMatchObject({ acme: '2026-11-30', zolc: '2026-11-30' });
    expect(ok(binder, ['undo']).split('\n')[0]).toMatch(/^Undid move .*: moved 2 dossiers → 2026-11-30 \(from 25\)$/);
    expect(filings(binder)).toMatchObject({ acme: '2026-11-25', zolc: '2026-11-25' });
    expect(binder.dump()).toBe(before);
  });
});

describe('undo repeated walks back, newest first, down to nothing', () => {
  // A binder that starts empty: every state on the way is kept and compared on the way back. The
  // steps are run once into `walked`, which no test changes: each test works on a copy of its own,
  // so any one of them passes alone, in any order, or after another failed.
  let walked: Binder;
  let binder: Binder;
  const steps: { args: string[]; input?: string; command: string; summary: RegExp }[] = [
    { args: ['config', 'capacity', '1'], command: 'config', summary: /^capacity 1$/ },
    { args: ['file', 'acme', 'today', '--name', 'Anna Nowak'], command: 'file', summary: /acme/ },
    { args: ['file', 'zolc', 'today', '--name', 'Łukasz Żółć', '--priority', 'C'], command: 'file', summary: /zolc/ },
    { args: ['file', 'petrova', 'today', '--name', 'Ани Петрова'], command: 'file', summary: /petrova/ },
    { args: ['log', 'acme', '--note', '-', '--outcome', 'reached', '--next', '25'], input: 'fine\nall good\n', command: 'log', summary: /^acme: call \(reached\)/ },
    { args: ['postpone', '--auto', '--yes'], command: 'postpone', summary: /zolc/ },
    { args: ['move', 'acme', 'zolc', '30'], command: 'move', summary: /2 dossiers/ },
    { args: ['log', 'petrova', '--done'], command: 'log', summary: /^petrova: call, closed$/ },
  ];
  const dumps: string[] = [];
  beforeAll(() => {
    walked = tempBinder('2026-11-23');
    for (const step of steps) {
      ok(walked, step.args, step.input === undefined ? undefined : { input: step.input });
      dumps.push(walked.dump());
    }
  });
  afterAll(() => {
    walked.remove();
  });
  beforeEach(() => {
    binder = copyBinder(walked);
  });
  afterEach(() => {
    binder.remove();
  });

  it('crm changes lists them newest first, with what each did', () => {
    const out = ok(binder, ['changes']);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('Recent changes, newest first (crm undo takes back the top one):');
    expect(lines).toHaveLength(steps.length + 1);
    [...steps].reverse().forEach((step, i) => {
      expect(lines[i + 1]).toMatch(new RegExp(`^  Mon 23 Nov 2026 \\d\\d:\\d\\d  ${step.command}\\s+\\S`));
    });
    const listed = binder.json<{ changes: ChangeJson[] }>(['changes']).changes;
    expect(listed.map((c) => c.command)).toEqual([...steps].reverse().map((s) => s.command));
    [...steps].reverse().forEach((step, i) => expect(listed[i]?.summary).toMatch(step.summary));
    for (const change of listed) expect(change.at.slice(0, 10)).toBe('2026-11-23');
    expect(listed.map((c) => c.id)).toEqual([...listed.map((c) => c.id)].sort((a, b) => b - a));
  });

  it('crm changes --limit', () => {
    const listed = binder.json<{ changes: ChangeJson[] }>(['changes', '--limit', '2']).changes;
    expect(listed.map((c) => c.command)).toEqual(['log', 'move']);
    expect(ok(binder, ['changes', '--limit', '3']).trimEnd().split('\n')).toHaveLength(4);
  });

  it('crm changes keeps the summaries in one column, whatever the commands listed', () => {
    ok(binder, ['complaint', 'acme', 'Late delivery']);
    const summaries = ok(binder, ['changes']).trimEnd().split('\n').slice(1).map((line) => /^ {2}\S+ \d+ \S+ \d{4} \d\d:\d\d {2}\S+ +/.exec(line)?.[0].length);
    expect(summaries[0]).toBeGreaterThan(0);
    expect(new Set(summaries).size).toBe(1);
  });

  it('crm changes refuses a limit that is not a whole number above 0', () => {
    expect(refused(binder, ['changes', '--limit', '0']).stderr).toContain('--limit');
    expect(refused(binder, ['changes', '--limit', 'ten']).stderr).toContain('ten');
  });

  it('each undo takes back the newest change, says what it was and what comes next, and restores the state before it', () => {
    undoAll(binder);
    // Everything taken back: every table empty, the settings the defaults.
    // Left: the binder's own version (SQLite's user_version; a server binder's crm_meta row), and a
    // server binder's admin (the person row crm team init made: no change of the binder's).
    const emptied = withoutSection(withoutSection(binder.dump(), 'crm_meta'), 'person').split('\n');
    expect(emptied.filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('user_version'))).toEqual([]);
    expect(binder.json<SettingsJson>(['config'])).toMatchObject({ capacity: null, workdays: [1, 2, 3, 4, 5], holidays: [] });
    expect(binder.json<TodayJson>(['today']).stack).toEqual([]);
  });

  it('with nothing left: says so, exits 0 and changes nothing', () => {
    undoAll(binder);
    const before = binder.dump();
    expect(ok(binder, ['undo'])).toBe('Nothing to undo.\n');
    expect(binder.json<UndoJson>(['undo'])).toEqual({ undone: null, next: null });
    expect(ok(binder, ['changes'])).toBe('No changes to undo.\n');
    expect(binder.json<{ changes: ChangeJson[] }>(['changes'])).toEqual({ changes: [] });
    expect(binder.dump()).toBe(before);
  });

  /** Undoes every step, newest first, checking what each undo says and the state it leaves. */
  function undoAll(on: Binder): void {
    for (let i = steps.length - 1; i >= 0; i--) {
      const step = steps[i] as (typeof steps)[number];
      const out = ok(on, ['undo']);
      const [first = '', second = ''] = out.split('\n');
      expect(first).toMatch(new RegExp(`^Undid ${step.command} \\(Mon 23 Nov 2026 \\d\\d:\\d\\d\\): `));
      expect(first.replace(/^Undid \S+ \([^)]*\): /, '')).toMatch(step.summary);
      if (i > 0) {
        expect(second).toMatch(new RegExp(`^Next undo would take back: ${(steps[i - 1] as (typeof steps)[number]).command} `));
        expect(on.dump(), `after undoing step ${i + 1}`).toBe(dumps[i - 1]);
      } else {
        expect(second).toBe('Nothing further to undo.');
      }
    }
  }
});

describe('crm undo reaches back over the last 100 changes, as the README says, and no further', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = tempBinder('2026-11-23');
  });
  afterEach(() => {
    binder.remove();
  });

  // 101 changes, one process each: a keep of 20 (or of 1,000) would show in the list crm undo
  // walks back along.
  it('after 101 changes, crm changes lists the newest 100 (capacity 101 back to capacity 2), and undo takes the newest', () => {
    for (let n = 1; n <= 101; n++) ok(binder, ['config', 'capacity', String(n)]);
    const listed = binder.json<{ changes: ChangeJson[] }>(['changes', '--limit', '1000']).changes;
    expect(listed).toHaveLength(100);
    expect(listed[0]?.summary).toBe('capacity 101');
    expect(listed.at(-1)?.summary).toBe('capacity 2');
    expect(binder.json<UndoJson>(['undo']).undone).toEqual(listed[0]);
    expect(binder.json<SettingsJson>(['config']).capacity).toBe(100);
  }, 240_000);
});

describe('crm undo --json', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = copyBinder(configured);
  });
  afterEach(() => {
    binder.remove();
  });

  it('the change taken back and the one next in line, as crm changes listed them', () => {
    ok(binder, ['move', 'acme', '30']);
    const [top, second] = binder.json<{ changes: ChangeJson[] }>(['changes']).changes;
    expect(top).toMatchObject({ command: 'move', summary: 'acme: moved 2026-11-25 → 2026-11-30' });
    expect(binder.json<UndoJson>(['undo'])).toEqual({ undone: top, next: second });
    expect(second).toMatchObject({ command: 'config', summary: 'outcome voicemail +2d' });
  });
});

describe('only changes are kept for undo: dry runs, refusals and no-ops add nothing', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = copyBinder(configured);
  });
  afterEach(() => {
    binder.remove();
  });

  it.each([
    { what: 'move --dry-run', args: ['move', 'acme', 'fri', '--dry-run'], code: 0 },
    { what: 'move --from --dry-run', args: ['move', '--from', '25', '--to', 'fri', '--dry-run'], code: 0 },
    { what: 'move to where it is', args: ['move', 'acme', '25'], code: 0 },
    { what: 'move --from an empty divider', args: ['move', '--from', '24', '--to', 'fri'], code: 0 },
    { what: 'postpone --dry-run', args: ['postpone', 'b1', '--dry-run'], code: 0 },
    { what: 'postpone --auto --dry-run', args: ['postpone', '--auto', '--dry-run'], code: 0 },
    { what: 'postpone --auto without --yes', args: ['postpone', '--auto'], code: 2 },
    { what: 'log without --next', args: ['log', 'acme', '--note', 'lost'], code: 2 },
    { what: 'config shown', args: ['config'], code: 0 },
    { what: 'read commands', args: ['today'], code: 0 },
  ])('$what', ({ args, code }) => {
    const before = binder.dump();
    expect(binder.crm(args).code).toBe(code);
    // The dump holds the change log too: nothing new for crm changes to list or crm undo to take.
    expect(binder.dump()).toBe(before);
  });
});

describe('crm undo on a missing binder', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = tempBinder('2026-11-23');
  });
  afterEach(() => {
    binder.remove();
  });

  it('says there is nothing to undo, exits 0 and creates no binder', () => {
    expect(ok(binder, ['undo'])).toBe('Nothing to undo.\n');
    expect(binder.json<UndoJson>(['undo'])).toEqual({ undone: null, next: null });
    expect(ok(binder, ['changes'])).toBe('No changes to undo.\n');
    expect(binderFiles(binder)).toEqual([]);
  });

  it('--help of undo and changes', () => {
    expect(ok(binder, ['undo', '--help'])).toContain('--json');
    const out = ok(binder, ['changes', '--help']);
    expect(out).toContain('--limit');
    expect(out).toContain('--json');
    expect(binderFiles(binder)).toEqual([]);
  });
});
