// crm complaint: a complaint is resolved quickly, then followed up. It shows on the card and in
// today's view until resolved; resolving it files a follow-up to check the client is satisfied.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import {
  changeList,
  COMPLAINT_FIELDS,
  copyBinder,
  expectKeys,
  expectUndone,
  filings,
  lineWith,
  ok,
  PROMISE_FIELDS,
  refused,
  seed,
  type CaseJson,
  type ChangedJson,
  type ComplaintJson,
  type PromiseJson,
  type TodayJson,
} from './support.js';

// Seeded once on Mon 2026-11-23; every test works on a copy of its own.
//   acme   Anna Nowak, Acme Ltd   behind 25 (Wed 25 Nov)
//   zolc   Łukasz Żółć            today
//   far    Franz Fern             behind January (Fri 1 Jan 2027)
let seeded: Binder;
beforeAll(() => {
  seeded = tempBinder('2026-11-23');
  seed(seeded, 'acme', '25', 'Anna Nowak', ['--company', 'Acme Ltd']);
  seed(seeded, 'zolc', 'today', 'Łukasz Żółć');
  seed(seeded, 'far', 'jan', 'Franz Fern');
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

type ComplaintChanged = ChangedJson & { complaint: ComplaintJson; followUp: string | null };
const complaint = (args: string[], today?: string) => binder.json<ComplaintChanged>(['complaint', ...args], today === undefined ? undefined : { today });
const openComplaints = (today?: string, client?: string) =>
  binder.json<{ complaints: ComplaintJson[] }>(['complaints', ...(client === undefined ? [] : [client])], today === undefined ? undefined : { today }).complaints;
const show = (client: string, today?: string) => binder.json<CaseJson>(['show', client], today === undefined ? undefined : { today });
const openPromises = () => binder.json<{ promises: PromiseJson[] }>(['promises']).promises;

describe('crm complaint <client> "<what>"', () => {
  it('opens a complaint due the next working day, and says how it will show', () => {
    const out = ok(binder, ['complaint', 'acme', 'delivery two weeks late']);
    expect(out).toBe(
      'Complaint #1 for acme, to resolve by Tue 24 Nov 2026: delivery two weeks late.\nIt shows in crm today until crm complaint resolve 1 --note "...".\n',
    );
    expect(openComplaints()).toMatchObject([{ id: 1, handle: 'acme', name: 'Anna Nowak', what: 'delivery two weeks late', due: '2026-11-24', resolvedAt: null, late: false }]);
  });

  it('opened on a Friday: due on Monday, the next working day', () => {
    expect(complaint(['acme', 'wrong invoice'], '2026-11-27').complaint.due).toBe('2026-11-30');
  });

  it('the next working day skips a holiday of the binder', () => {
    ok(binder, ['config', 'holidays', 'add', '2026-11-24']);
    expect(complaint(['acme', 'wrong invoice']).complaint.due).toBe('2026-11-25');
  });

  it('--by sets the target date', () => {
    expect(ok(binder, ['complaint', 'acme', 'wrong invoice', '--by', 'fri'])).toContain('to resolve by Fri 27 Nov 2026');
  });

  it('crm config complaint-due changes the default', () => {
    ok(binder, ['config', 'complaint-due', '+2d']);
    expect(complaint(['acme', 'wrong invoice']).complaint.due).toBe('2026-11-25');
  });

  it('is an entry in the history; the filing and the last conversation stay', () => {
    ok(binder, ['complaint', 'acme', 'delivery two weeks late']);
    const dossier = show('acme');
    expect(dossier.history.at(-1)).toMatchObject({ kind: 'complaint', note: 'delivery two weeks late (resolve by 2026-11-24)' });
    expect(dossier).toMatchObject({ filedOn: '2026-11-25', lastContact: null });
  });

  it('--json: the change, the dossier, the entry and the complaint', () => {
    const opened = complaint(['acme', 'delivery two weeks late']);
    expect(opened.change).toMatchObject({ command: 'complaint' });
    expect(opened.change?.summary).toContain('acme');
    expect(opened.change?.id).toBe(changeList(binder)[0]?.id);
    expect(opened.dossiers.map((d) => d.handle)).toEqual(['acme']);
    expect(opened.entries).toMatchObject([{ handle: 'acme', kind: 'complaint' }]);
    expectKeys(opened.complaint, COMPLAINT_FIELDS, 'complaint');
    expect(opened.complaint).toMatchObject({ id: 1, due: '2026-11-24', resolvedAt: null, resolution: null, late: false });
    expect(opened.complaint.openedAt.slice(0, 10)).toBe('2026-11-23');
    expect(opened.followUp).toBeNull();
  });
});

describe('shown until resolved', () => {
  beforeEach(() => {
    // far is filed in January: the complaint shows every day all the same.
    ok(binder, ['complaint', 'far', 'wrong parts delivered']);
  });

  it('on the card (crm show)', () => {
    const out = ok(binder, ['show', 'far']);
    expect(out).toContain('Open complaints');
    expect(lineWith(out, 'wrong parts delivered')).toMatch(/#1 wrong parts delivered\s+target Tue 24 Nov 2026$/);
    expect(show('far').complaints).toMatchObject([{ id: 1, what: 'wrong parts delivered' }]);
    for (const c of show('far').complaints) expectKeys(c, COMPLAINT_FIELDS, 'complaint');
  });

  it('in crm today from the day it is opened, although the dossier is filed in January', () => {
    const line = lineWith(ok(binder, ['today']), 'wrong parts delivered');
    expect(line).toMatch(/#1 complaint far: wrong parts delivered\s+target Tue 24 Nov$/);
    expect(binder.json<TodayJson>(['today']).stack.map((d) => d.handle)).toEqual(['zolc']);
  });

  it('past its target: late, on the card, in crm today and in crm complaints', () => {
    expect(lineWith(ok(binder, ['today'], { today: '2026-11-25' }), 'wrong parts delivered')).toMatch(/late: target Tue 24 Nov$/);
    expect(lineWith(ok(binder, ['show', 'far'], { today: '2026-11-25' }), 'wrong parts delivered')).toMatch(/late$/);
    expect(lineWith(ok(binder, ['complaints'], { today: '2026-11-25' }), 'wrong parts delivered')).toMatch(/late: target Tue 24 Nov$/);
    expect(openComplaints('2026-11-25')[0]?.late).toBe(true);
    expect(openComplaints('2026-11-24')[0]?.late).toBe(false);
  });

  it('crm today --json carries the open complaints (README, "For scripts")', () => {
    const today = binder.json<TodayJson & { complaints?: ComplaintJson[] }>(['today']);
    expect(today.complaints).toMatchObject([{ id: 1, handle: 'far', what: 'wrong parts delivered', late: false }]);
  });

  it('resolved: gone from the card, crm today and crm complaints', () => {
    ok(binder, ['complaint', 'resolve', '1', '--note', 'sent the right parts']);
    expect(ok(binder, ['today'])).not.toContain('wrong parts delivered');
    expect(ok(binder, ['show', 'far'])).not.toContain('Open complaints');
    expect(show('far').complaints).toEqual([]);
    expect(ok(binder, ['complaints'])).toBe('No open complaints.\n');
  });
});

describe('crm complaint resolve <id> --note: closed, and a follow-up a week later', () => {
  it('says how it was resolved and when the follow-up is', () => {
    ok(binder, ['complaint', 'far', 'wrong parts delivered']);
    expect(ok(binder, ['complaint', 'resolve', '1', '--note', 'sent the right parts'])).toBe(
      'Resolved complaint #1 (far): sent the right parts.\nFollow-up on Mon 30 Nov 2026: check that the client is satisfied.\n',
    );
  });

  it('a dossier filed later is refiled on the follow-up date, with a promise of ours for that day', () => {
    ok(binder, ['complaint', 'far', 'wrong parts delivered']);
    ok(binder, ['complaint', 'resolve', '1', '--note', 'sent the right parts']);
    expect(filings(binder).far).toBe('2026-11-30');
    const dossier = show('far');
    expect(dossier.history.slice(-2)).toMatchObject([
      { kind: 'resolved', note: 'wrong parts delivered: sent the right parts' },
      { kind: 'filed', from: '2027-01-01', to: '2026-11-30', note: 'follow-up of a complaint' },
    ]);
    expect(dossier.promises).toMatchObject([{ handle: 'far', what: 'check that the client is satisfied: wrong parts delivered', due: '2026-11-30', theirs: false, status: 'open' }]);
    // On the follow-up day: the dossier in the stack, the promise due.
    const out = ok(binder, ['today'], { today: '2026-11-30' });
    expect(binder.json<TodayJson>(['today'], { today: '2026-11-30' }).stack.map((d) => d.handle)).toContain('far');
    expect(lineWith(out, 'check that the client is satisfied')).toMatch(/we promised far: check that the client is satisfied: wrong parts delivered\s+due today$/);
  });

  it('a dossier filed sooner stays where it is; the promise is on the follow-up date all the same', () => {
    ok(binder, ['complaint', 'acme', 'delivery two weeks late']);
    ok(binder, ['complaint', 'resolve', '1', '--note', 'refunded the freight']);
    expect(filings(binder).acme).toBe('2026-11-25');
    expect(show('acme').history.at(-1)).toMatchObject({ kind: 'resolved' });
    expect(openPromises()).toMatchObject([{ handle: 'acme', due: '2026-11-30' }]);
  });

  it('a dossier filed on the follow-up date itself stays', () => {
    ok(binder, ['file', 'acme', '30']);
    ok(binder, ['complaint', 'acme', 'delivery two weeks late']);
    ok(binder, ['complaint', 'resolve', '1', '--note', 'refunded the freight']);
    expect(filings(binder).acme).toBe('2026-11-30');
    expect(show('acme').history.filter((e) => e.kind === 'filed')).toHaveLength(2);
  });

  it('resolved on a Friday: the follow-up is a week later, on Friday', () => {
    ok(binder, ['complaint', 'far', 'wrong parts delivered'], { today: '2026-11-27' });
    expect(complaint(['resolve', '1', '--note', 'sent the right parts'], '2026-11-27').followUp).toBe('2026-12-04');
  });

  it('crm config complaint-follow-up changes how far ahead', () => {
    ok(binder, ['config', 'complaint-follow-up', '+2w']);
    ok(binder, ['complaint', 'far', 'wrong parts delivered']);
    expect(ok(binder, ['complaint', 'resolve', '1', '--note', 'ok'])).toContain('Follow-up on Mon 7 Dec 2026');
    expect(filings(binder).far).toBe('2026-12-07');
  });

  it('--json: the change, the refiled dossier, the entries, the resolved complaint and the follow-up date', () => {
    ok(binder, ['complaint', 'far', 'wrong parts delivered']);
    const resolved = complaint(['resolve', '1', '--note', 'sent the right parts']);
    expect(resolved.change).toMatchObject({ command: 'complaint' });
    expect(resolved.dossiers).toMatchObject([{ handle: 'far', filedOn: '2026-11-30' }]);
    expect(resolved.entries).toMatchObject([
      { handle: 'far', kind: 'resolved' },
      { handle: 'far', kind: 'filed', from: '2027-01-01', to: '2026-11-30' },
    ]);
    expectKeys(resolved.complaint, COMPLAINT_FIELDS, 'complaint');
    expect(resolved.complaint).toMatchObject({ id: 1, resolution: 'sent the right parts', late: false });
    expect(resolved.complaint.resolvedAt?.slice(0, 10)).toBe('2026-11-23');
    expect(resolved.followUp).toBe('2026-11-30');
    for (const p of openPromises()) expectKeys(p, PROMISE_FIELDS, 'promise');
  });
});

describe('crm complaints', () => {
  it('all open complaints, or one client’s', () => {
    ok(binder, ['complaint', 'acme', 'delivery two weeks late']);
    ok(binder, ['complaint', 'zolc', 'wrong invoice', '--by', 'fri']);
    const out = ok(binder, ['complaints']);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('Open complaints');
    expect(lines).toHaveLength(3);
    expect(lineWith(out, 'delivery two weeks late')).toMatch(/#1 acme\s+delivery two weeks late\s+target Tue 24 Nov$/);
    expect(lineWith(out, 'wrong invoice')).toMatch(/#2 zolc\s+wrong invoice\s+target Fri 27 Nov$/);
    expect(openComplaints(undefined, 'zolc').map((c) => c.id)).toEqual([2]);
    for (const c of openComplaints()) expectKeys(c, COMPLAINT_FIELDS, 'complaint');
  });

  it('none open: says so', () => {
    expect(ok(binder, ['complaints'])).toBe('No open complaints.\n');
    expect(binder.json(['complaints'])).toEqual({ complaints: [] });
  });
});

describe('refused: exit 2, one line on stderr, the binder unchanged', () => {
  // One binder for every refusal (each leaves it as it was): complaint #1 open.
  let withComplaint: Binder;
  beforeAll(() => {
    withComplaint = copyBinder(seeded, '2026-11-23');
    ok(withComplaint, ['complaint', 'acme', 'delivery two weeks late']);
  });
  afterAll(() => {
    withComplaint.remove();
  });

  it.each([
    { what: 'an empty complaint', args: ['complaint', 'acme', ''], mentions: ['text'] },
    { what: 'an unknown client', args: ['complaint', 'nobody', 'x'], mentions: ['nobody'] },
    { what: 'a date form it does not know', args: ['complaint', 'acme', 'x', '--by', 'someday'], mentions: ['someday'] },
    { what: 'a date in the past', args: ['complaint', 'acme', 'x', '--by', '2026-11-20'], mentions: ['2026-11-20'] },
    { what: 'resolve without --note', args: ['complaint', 'resolve', '1'], mentions: ['--note'] },
    { what: 'resolve with an empty --note', args: ['complaint', 'resolve', '1', '--note', ' '], mentions: ['--note'] },
    { what: 'resolve: not a number', args: ['complaint', 'resolve', 'first', '--note', 'x'], mentions: ['first', 'crm complaints'] },
    { what: 'resolve: no such complaint', args: ['complaint', 'resolve', '9', '--note', 'x'], mentions: ['9'] },
    { what: 'no text', args: ['complaint', 'acme'], mentions: ['what', 'crm complaint --help'] },
    { what: 'complaints: an unknown client', args: ['complaints', 'nobody'], mentions: ['nobody'] },
  ])('$what', ({ args, mentions }) => {
    const { stderr } = refused(withComplaint, args);
    for (const text of mentions) expect(stderr).toContain(text);
  });

  it('resolve without --note names the complaint typed in the command it suggests (issue 12)', () => {
    ok(binder, ['complaint', 'acme', 'delivery two weeks late']);
    ok(binder, ['complaint', 'zolc', 'invoice twice']);
    expect(refused(binder, ['complaint', 'resolve', '1']).stderr).toContain('crm complaint resolve 1 --note "');
    expect(refused(binder, ['complaint', 'resolve', '2', '--note', '']).stderr).toContain('crm complaint resolve 2 --note "');
    expect(refused(binder, ['complaint', 'resolve', '3']).stderr).toBe('crm: there is no complaint 3; crm complaints lists the open ones\n');
  });

  it('a complaint resolved already', () => {
    ok(binder, ['complaint', 'acme', 'delivery two weeks late']);
    ok(binder, ['complaint', 'resolve', '1', '--note', 'refunded']);
    expect(refused(binder, ['complaint', 'resolve', '1', '--note', 'again']).stderr).toContain('resolved already');
  });
});

describe('crm undo gives back the binder exactly as it was', () => {
  it('after crm complaint', () => {
    expectUndone(binder, ['complaint', 'acme', 'delivery two weeks late', '--by', 'fri'], 'complaint');
    expect(openComplaints()).toEqual([]);
  });

  it('after crm complaint resolve: open again, the follow-up promise and the refiling taken back', () => {
    ok(binder, ['complaint', 'far', 'wrong parts delivered']);
    expectUndone(binder, ['complaint', 'resolve', '1', '--note', 'sent the right parts'], 'complaint');
    expect(openComplaints()).toMatchObject([{ id: 1, resolvedAt: null }]);
    expect(openPromises()).toEqual([]);
    expect(filings(binder).far).toBe('2027-01-01');
  });
});

describe('--help', () => {
  it('complaint and complaints show their options and examples', () => {
    const out = ok(binder, ['complaint', '--help']);
    for (const text of ['--by', '--note', '--json', 'crm complaint resolve', 'Examples:']) expect(out).toContain(text);
    expect(ok(binder, ['complaints', '--help'])).toContain('--json');
  });
});
