// crm promise: keep every promise on its date. Open promises show on the card and in today's view
// from their date on, whatever day their dossier is filed on; past their date they are broken.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import {
  changeList,
  copyBinder,
  expectKeys,
  expectUndone,
  lineWith,
  ok,
  PROMISE_FIELDS,
  refused,
  seed,
  type CaseJson,
  type ChangedJson,
  type PromiseJson,
  type TodayJson,
} from './support.js';

// Seeded once on Mon 2026-11-23; every test works on a copy of its own.
//   acme   Anna Nowak, Acme Ltd   behind 25 (Wed 25 Nov)
//   zolc   Łukasz Żółć            today
//   later  Lena Later             behind 7 (Mon 7 Dec)
let seeded: Binder;
beforeAll(() => {
  seeded = tempBinder('2026-11-23');
  seed(seeded, 'acme', '25', 'Anna Nowak', ['--company', 'Acme Ltd']);
  seed(seeded, 'zolc', 'today', 'Łukasz Żółć');
  seed(seeded, 'later', '+2w', 'Lena Later');
});
afterAll(() => {
  seeded.remove();
});

let binder: Binder;
beforeEach(() => {
  binder = copyBinder(seeded, '2026-11-23');
});
afterEach(() => {
  binder.remove();
});

type PromiseChanged = ChangedJson & { promise: PromiseJson };
const promise = (args: string[], today?: string) => binder.json<PromiseChanged>(['promise', ...args], today === undefined ? undefined : { today });
const openPromises = (today?: string, client?: string) =>
  binder.json<{ promises: PromiseJson[] }>(['promises', ...(client === undefined ? [] : [client])], today === undefined ? undefined : { today }).promises;
const show = (client: string, today?: string) => binder.json<CaseJson>(['show', client], today === undefined ? undefined : { today });
/** crm today --json with the promises and complaints the README adds to it. */
type TodayCaseJson = TodayJson & { promises?: PromiseJson[]; complaints?: unknown[] };

describe('crm promise <client> "<what>" --by <when>', () => {
  it('records our promise with its date, and says how it will show', () => {
    const out = ok(binder, ['promise', 'acme', 'send the price list', '--by', 'fri']);
    expect(out).toBe(
      'Promise #1 for acme, ours, by Fri 27 Nov 2026: send the price list.\nIt shows in crm today from that day on; crm promise done 1 when it is kept.\n',
    );
    expect(openPromises()).toMatchObject([{ id: 1, handle: 'acme', name: 'Anna Nowak', what: 'send the price list', due: '2026-11-27', theirs: false, keptAt: null, status: 'open' }]);
  });

  it('--theirs: the client’s promise', () => {
    expect(ok(binder, ['promise', 'acme', 'decide on the offer', '--by', '10', '--theirs']).split('\n')[0]).toBe(
      'Promise #1 for acme, theirs, by Thu 10 Dec 2026: decide on the offer.',
    );
    expect(openPromises()[0]).toMatchObject({ theirs: true, due: '2026-12-10' });
  });

  it('is an entry in the history of the dossier; the filing and the last conversation stay', () => {
    ok(binder, ['promise', 'acme', 'send the price list', '--by', 'fri']);
    const dossier = show('acme');
    expect(dossier.history.at(-1)).toMatchObject({ kind: 'promised', note: 'our promise by 2026-11-27: send the price list' });
    expect(dossier.history.at(-1)?.at.slice(0, 10)).toBe('2026-11-23');
    expect(dossier).toMatchObject({ filedOn: '2026-11-25', lastContact: null });
  });

  it('a date on a day off moves to the next working day; --exact keeps it', () => {
    expect(ok(binder, ['promise', 'acme', 'weekend delivery', '--by', '28'])).toContain('by Mon 30 Nov 2026');
    expect(ok(binder, ['promise', 'acme', 'weekend delivery', '--by', '28', '--exact'])).toContain('by Sat 28 Nov 2026');
    // Listed soonest first.
    expect(openPromises().map((p) => [p.id, p.due])).toEqual([
      [2, '2026-11-28'],
      [1, '2026-11-30'],
    ]);
  });

  it('--json: the change, the dossier, the entry and the promise', () => {
    const made = promise(['acme', 'send the price list', '--by', 'fri']);
    expect(made.change).toMatchObject({ command: 'promise' });
    expect(made.change?.summary).toContain('acme');
    expect(made.change?.id).toBe(changeList(binder)[0]?.id);
    expect(made.dossiers.map((d) => d.handle)).toEqual(['acme']);
    expect(made.entries).toMatchObject([{ handle: 'acme', kind: 'promised' }]);
    expectKeys(made.promise, PROMISE_FIELDS, 'promise');
    expect(made.promise).toMatchObject({ handle: 'acme', what: 'send the price list', due: '2026-11-27', theirs: false, keptAt: null, status: 'open' });
    expect(made.promise.madeAt.slice(0, 10)).toBe('2026-11-23');
  });

  it('a promise due today is "due" from the start', () => {
    expect(promise(['acme', 'call back before noon', '--by', 'today']).promise).toMatchObject({ due: '2026-11-23', status: 'due' });
  });
});

describe('on the card (crm show)', () => {
  it('lists the open promises, ours and theirs, with their dates', () => {
    ok(binder, ['promise', 'acme', 'send the price list', '--by', 'fri']);
    ok(binder, ['promise', 'acme', 'decide on the offer', '--by', '10', '--theirs']);
    ok(binder, ['promise', 'zolc', 'not for acme', '--by', 'fri']);
    const out = ok(binder, ['show', 'acme']);
    expect(out).toContain('Open promises');
    expect(lineWith(out, 'send the price list')).toMatch(/#1 ours by Fri 27 Nov 2026: send the price list$/);
    expect(lineWith(out, 'decide on the offer')).toMatch(/#2 theirs by Thu 10 Dec 2026: decide on the offer$/);
    expect(out).not.toContain('not for acme');
    const dossier = show('acme');
    expect(dossier.promises.map((p) => p.id)).toEqual([1, 2]);
    for (const p of dossier.promises) expectKeys(p, PROMISE_FIELDS, 'promise');
  });

  it('marks a promise past its date as broken', () => {
    ok(binder, ['promise', 'acme', 'send the price list', '--by', '24']);
    expect(lineWith(ok(binder, ['show', 'acme'], { today: '2026-11-25' }), 'send the price list')).toMatch(/broken/);
    expect(show('acme', '2026-11-25').promises[0]?.status).toBe('broken');
    expect(lineWith(ok(binder, ['show', 'acme']), 'send the price list')).not.toMatch(/broken/);
  });

  it('a dossier without promises has no such section', () => {
    expect(ok(binder, ['show', 'acme'])).not.toContain('Open promises');
    expect(show('acme').promises).toEqual([]);
  });
});

describe('in crm today: on its date and after it while open, whatever day the dossier is filed on', () => {
  // later is filed on Mon 7 Dec; the promise is due Tue 24 Nov.
  beforeEach(() => {
    ok(binder, ['promise', 'later', 'send the catalogue', '--by', '24']);
  });

  it('not before its date', () => {
    const out = ok(binder, ['today']);
    expect(out).not.toContain('send the catalogue');
  });

  it('on its date: due today, although the dossier is filed for a later day and is not in the stack', () => {
    const out = ok(binder, ['today'], { today: '2026-11-24' });
    const line = lineWith(out, 'send the catalogue');
    expect(line).toBeDefined();
    expect(line).toMatch(/#1 we promised later: send the catalogue\s+due today$/);
    expect(binder.json<TodayJson>(['today'], { today: '2026-11-24' }).stack.map((d) => d.handle)).not.toContain('later');
  });

  it('after its date, still open: broken, with the date it was due', () => {
    for (const today of ['2026-11-25', '2026-12-04']) {
      const line = lineWith(ok(binder, ['today'], { today }), 'send the catalogue');
      expect(line, `crm today on ${today}`).toMatch(/broken: due Tue 24 Nov$/);
    }
    expect(lineWith(ok(binder, ['promises'], { today: '2026-11-25' }), 'send the catalogue')).toMatch(/broken \(was due Tue 24 Nov\)$/);
  });

  it('their promises show as well', () => {
    ok(binder, ['promise', 'acme', 'send the signed order', '--by', '24', '--theirs']);
    expect(lineWith(ok(binder, ['today'], { today: '2026-11-24' }), 'send the signed order')).toMatch(/they promised acme: send the signed order\s+due today$/);
  });

  it('kept: gone from crm today', () => {
    ok(binder, ['promise', 'done', '1'], { today: '2026-11-24' });
    expect(ok(binder, ['today'], { today: '2026-11-24' })).not.toContain('send the catalogue');
    expect(ok(binder, ['today'], { today: '2026-11-26' })).not.toContain('send the catalogue');
  });

  it('shown even on a day with a clear desk', () => {
    ok(binder, ['log', 'zolc', '--next', 'dec 14']);
    ok(binder, ['log', 'acme', '--next', 'dec 14']);
    const out = ok(binder, ['today'], { today: '2026-11-24' });
    expect(out).toContain("nothing in today's stack");
    expect(out).toContain('send the catalogue');
  });

  it('crm today --json carries the promises due or broken (README, "For scripts")', () => {
    const due = binder.json<TodayCaseJson>(['today'], { today: '2026-11-24' });
    expect(due.promises).toMatchObject([{ id: 1, handle: 'later', what: 'send the catalogue', due: '2026-11-24', status: 'due' }]);
    expect(binder.json<TodayCaseJson>(['today'], { today: '2026-11-25' }).promises).toMatchObject([{ id: 1, status: 'broken' }]);
    expect(binder.json<TodayCaseJson>(['today']).promises).toEqual([]);
  });
});

describe('crm promise done <id>', () => {
  beforeEach(() => {
    ok(binder, ['promise', 'acme', 'send the price list', '--by', 'fri']);
    ok(binder, ['promise', 'acme', 'decide on the offer', '--by', '10', '--theirs']);
  });

  it('marks it kept: off the card and the list, an entry in the history', () => {
    expect(ok(binder, ['promise', 'done', '1'])).toBe('Kept promise #1 (acme): send the price list.\n');
    expect(openPromises().map((p) => p.id)).toEqual([2]);
    const dossier = show('acme');
    expect(dossier.promises.map((p) => p.id)).toEqual([2]);
    expect(dossier.history.at(-1)).toMatchObject({ kind: 'kept', note: 'send the price list' });
    expect(ok(binder, ['show', 'acme'])).not.toMatch(/#1 ours/);
  });

  it('kept late: the entry says it was late', () => {
    ok(binder, ['promise', 'done', '1'], { today: '2026-11-30' });
    expect(show('acme').history.at(-1)).toMatchObject({ kind: 'kept', note: 'send the price list (late: due 2026-11-27)' });
  });

  it('--json: the change and the promise, kept', () => {
    const kept = promise(['done', '2']);
    expect(kept.change).toMatchObject({ command: 'promise' });
    expect(kept.entries).toMatchObject([{ handle: 'acme', kind: 'kept' }]);
    expectKeys(kept.promise, PROMISE_FIELDS, 'promise');
    expect(kept.promise).toMatchObject({ id: 2, status: 'kept', theirs: true });
    expect(kept.promise.keptAt?.slice(0, 10)).toBe('2026-11-23');
  });

  it('a promise kept already is refused', () => {
    ok(binder, ['promise', 'done', '1']);
    const { stderr } = refused(binder, ['promise', 'done', '1']);
    expect(stderr).toContain('kept already');
  });
});

describe('crm promises', () => {
  it('all open promises, or one client’s, soonest first', () => {
    ok(binder, ['promise', 'acme', 'send the price list', '--by', 'fri']);
    ok(binder, ['promise', 'zolc', 'call back', '--by', '24']);
    ok(binder, ['promise', 'acme', 'decide on the offer', '--by', '10', '--theirs']);
    const out = ok(binder, ['promises']);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('Open promises');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).map((line) => line.trim().split(' ')[0])).toEqual(['#2', '#1', '#3']);
    expect(lineWith(out, 'send the price list')).toMatch(/#1 acme\s+ours: send the price list\s+by Fri 27 Nov$/);
    expect(lineWith(out, 'call back')).toMatch(/#2 zolc\s+ours: call back\s+by Tue 24 Nov$/);
    expect(lineWith(out, 'decide on the offer')).toMatch(/#3 acme\s+theirs: decide on the offer\s+by Thu 10 Dec$/);
    expect(openPromises().map((p) => p.id)).toEqual([2, 1, 3]);
    expect(openPromises(undefined, 'acme').map((p) => p.id)).toEqual([1, 3]);
    expect(openPromises(undefined, 'lukasz').map((p) => p.id)).toEqual([2]);
    for (const p of openPromises()) expectKeys(p, PROMISE_FIELDS, 'promise');
  });

  it('none open: says so', () => {
    expect(ok(binder, ['promises'])).toBe('No open promises.\n');
    expect(binder.json(['promises'])).toEqual({ promises: [] });
  });
});

describe('refused: exit 2, one line on stderr, the binder unchanged', () => {
  // One binder for every refusal (each leaves it as it was): promise #1 made.
  let withPromise: Binder;
  beforeAll(() => {
    withPromise = copyBinder(seeded, '2026-11-23');
    ok(withPromise, ['promise', 'acme', 'first promise', '--by', 'fri']);
  });
  afterAll(() => {
    withPromise.remove();
  });

  it.each([
    { what: 'no --by', args: ['promise', 'acme', 'send the price list'], mentions: ['--by'] },
    { what: 'an empty promise', args: ['promise', 'acme', ' ', '--by', 'fri'], mentions: ['text'] },
    { what: 'a date form it does not know', args: ['promise', 'acme', 'x', '--by', 'someday'], mentions: ['someday', 'jul 5'] },
    { what: 'a date in the past', args: ['promise', 'acme', 'x', '--by', '2026-11-20'], mentions: ['2026-11-20'] },
    { what: 'an unknown client', args: ['promise', 'nobody', 'x', '--by', 'fri'], mentions: ['nobody'] },
    { what: 'done: not a number', args: ['promise', 'done', 'first'], mentions: ['first', 'crm promises'] },
    { what: 'done: no such promise', args: ['promise', 'done', '99'], mentions: ['99'] },
    { what: 'no text', args: ['promise', 'acme'], mentions: ['what', 'crm promise --help'] },
    { what: 'promises: an unknown client', args: ['promises', 'nobody'], mentions: ['nobody'] },
  ])('$what', ({ args, mentions }) => {
    const { stderr } = refused(withPromise, args);
    for (const text of mentions) expect(stderr).toContain(text);
  });
});

describe("crm's own words are not handles (issue 12)", () => {
  it.each([
    { handle: 'done', command: 'crm promise done <id>' },
    { handle: 'Done', command: 'crm promise done <id>' },
    { handle: 'resolve', command: 'crm complaint resolve <id>' },
  ])('crm file $handle is refused, suggesting another handle; nothing written', ({ handle, command }) => {
    const { stderr } = refused(binder, ['file', handle, 'fri', '--name', 'Daniel Done']);
    expect(stderr).toBe(`crm: "${handle}" cannot be a handle: crm reads it as its own word (${command}); choose another, such as ${handle}-1 or the client's family name\n`);
  });

  it('another handle works with promises and complaints as any client does', () => {
    ok(binder, ['file', 'done-1', 'fri', '--name', 'Daniel Done']);
    ok(binder, ['promise', 'done-1', 'send offer', '--by', 'fri']);
    ok(binder, ['complaint', 'done-1', 'late delivery']);
    expect(binder.json<{ promises: PromiseJson[] }>(['promises', 'done-1']).promises).toMatchObject([{ handle: 'done-1', what: 'send offer' }]);
    ok(binder, ['promise', 'done', '1']);
  });

  it('an imported contact named Done gets another handle', () => {
    writeFileSync(join(binder.dir, 'c.csv'), 'Name,Phone\nJan Done,+48 601 000 001\nResolve,+48 601 000 002\n');
    ok(binder, ['import', join(binder.dir, 'c.csv'), '--file-on', 'fri']);
    const handles = binder.json<{ dossiers: { handle: string }[] }>(['find', 'done']).dossiers.map((d) => d.handle);
    expect(handles).toEqual(['done-jan']);
    expect(binder.json<{ dossiers: { handle: string }[] }>(['find', 'resolve']).dossiers.map((d) => d.handle)).toEqual(['resolve-2']);
  });
});

describe('crm undo gives back the binder exactly as it was', () => {
  it('after crm promise', () => {
    expectUndone(binder, ['promise', 'acme', 'send the price list', '--by', 'fri', '--theirs'], 'promise');
    expect(openPromises()).toEqual([]);
  });

  it('after crm promise done: the promise is open again', () => {
    ok(binder, ['promise', 'acme', 'send the price list', '--by', 'fri']);
    expectUndone(binder, ['promise', 'done', '1'], 'promise');
    expect(openPromises()).toMatchObject([{ id: 1, keptAt: null, status: 'open' }]);
  });
});

describe('--help', () => {
  it('promise and promises show their options and examples', () => {
    const out = ok(binder, ['promise', '--help']);
    for (const text of ['--by', '--theirs', '--exact', '--json', 'crm promise done', 'Examples:']) expect(out).toContain(text);
    expect(ok(binder, ['promises', '--help'])).toContain('--json');
  });
});
