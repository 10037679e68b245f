// crm log <client>: after a call, what was said and how it ended, and the refiling, in one step.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import {
  binderFiles,
  changeList,
  copyBinder,
  expectDossierShape,
  MADE_BY,
  ok,
  refused,
  seed,
  type ChangedJson,
  type SettingsJson,
  type ShowJson,
  type TodayJson,
} from './support.js';

// Seeded once on Mon 2026-11-23; every test works on a copy of its own.
//   acme   Anna Nowak, Acme Ltd   behind 25 (Wed 25 Nov)
//   zolc   Łukasz Żółć            today
//   old    Olga Old               overdue since Fri 20 Nov
let seeded: Binder;
beforeAll(() => {
  seeded = tempBinder('2026-11-23');
  seed(seeded, 'old', '20', 'Olga Old', [], '2026-11-16');
  seed(seeded, 'acme', '25', 'Anna Nowak', ['--company', 'Acme Ltd', '--note', 'first call: asked for prices']);
  seed(seeded, 'zolc', 'today', 'Łukasz Żółć');
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

const show = (client: string) => binder.json<ShowJson>(['show', client]);
const stack = (today?: string) => binder.json<TodayJson>(['today'], today === undefined ? undefined : { today }).stack.map((d) => d.handle);

describe('after a call: what was said, how it ended and the next date', () => {
  it('writes the call into the history and refiles the dossier, and says both in two lines', () => {
    const before = show('acme').history;
    const out = ok(binder, [
      'log', 'acme',
      '--note', 'wants 40 units, sends the order Friday',
      '--outcome', 'reached',
      '--next', 'dec 4',
      '--offer', 'Q-7: 40 units at 9.50',
    ]);
    expect(out).toBe('Logged a call with acme (Anna Nowak): reached.\nRefiled behind 4: Fri 4 Dec 2026.\n');
    const dossier = show('acme');
    expectDossierShape(dossier);
    expect(dossier).toMatchObject({
      filedOn: '2026-12-04',
      lastKind: 'call',
      lastNote: 'wants 40 units, sends the order Friday',
      lastOutcome: 'reached',
      offer: 'Q-7: 40 units at 9.50',
    });
    expect(dossier.lastContact?.slice(0, 10)).toBe('2026-11-23');
    // The earlier history is kept as it was; two entries are appended.
    expect(dossier.history.slice(0, before.length)).toEqual(before);
    expect(dossier.history.slice(before.length)).toMatchObject([
      { kind: 'call', note: 'wants 40 units, sends the order Friday', outcome: 'reached', offer: 'Q-7: 40 units at 9.50' },
      { kind: 'filed', from: '2026-11-25', to: '2026-12-04' },
    ]);
  });

  it('is one change in the change log', () => {
    const before = changeList(binder);
    ok(binder, ['log', 'acme', '--note', 'ok', '--next', '30']);
    const after = changeList(binder);
    expect(after.slice(1)).toEqual(before);
    expect(after[0]).toMatchObject({ command: 'log' });
    expect(after[0]?.summary).toContain('acme');
  });

  it('--json: the change, the dossier as it is now, the entries added', () => {
    const logged = binder.json<ChangedJson>(['log', 'acme', '--note', 'call me in December', '--outcome', 'callback', '--next', '2026-12-02', '--offer', 'none yet']);
    expect(logged.change).toMatchObject({ command: 'log' });
    expect(logged.change?.at.slice(0, 10)).toBe('2026-11-23');
    expect(logged.change?.summary).toContain('acme');
    expect(logged.change?.id).toBe(changeList(binder)[0]?.id);
    expect(logged.dossiers).toHaveLength(1);
    expectDossierShape(logged.dossiers[0]);
    expect(logged.dossiers[0]).toMatchObject({ handle: 'acme', filedOn: '2026-12-02', lastNote: 'call me in December', lastOutcome: 'callback', offer: 'none yet' });
    expect(logged.entries).toMatchObject([
      { handle: 'acme', kind: 'call', note: 'call me in December', outcome: 'callback', offer: 'none yet' },
      { handle: 'acme', kind: 'filed', from: '2026-11-25', to: '2026-12-02' },
    ]);
    for (const entry of logged.entries) expect(entry.at.slice(0, 10)).toBe('2026-11-23');
  });

  it('--json: each entry added carries every field of a history entry (README, "For scripts")', () => {
    const logged = binder.json<ChangedJson>(['log', 'acme', '--note', 'hi', '--next', '30']);
    const fields = ['handle', 'at', 'kind', 'note', 'outcome', 'offer', 'from', 'to', 'fromAt', 'toAt', 'changes', 'form', 'by', 'for'];
    for (const entry of logged.entries) expect(Object.keys(entry).sort(), `fields of the ${entry.kind} entry`).toEqual([...fields].sort());
    // Who made each: the login on a team's binder, nobody on a binder file.
    for (const entry of logged.entries) expect([entry.by, entry.for]).toEqual([MADE_BY, MADE_BY]);
  });

  it.each([
    { kind: 'call', says: 'Logged a call with' },
    { kind: 'meeting', says: 'Logged a meeting with' },
    { kind: 'email', says: 'Logged an e-mail with' },
    { kind: 'note', says: 'Logged a note with' },
  ])('--kind $kind', ({ kind, says }) => {
    expect(ok(binder, ['log', 'acme', '--kind', kind, '--note', `by ${kind}`, '--next', '30'])).toContain(`${says} acme (Anna Nowak).`);
    expect(show('acme')).toMatchObject({ lastKind: kind, lastNote: `by ${kind}`, filedOn: '2026-11-30' });
  });

  it('is a call unless --kind says otherwise, and needs no note', () => {
    ok(binder, ['log', 'acme', '--next', '30']);
    const dossier = show('acme');
    expect(dossier).toMatchObject({ lastKind: 'call', lastNote: null, lastOutcome: null });
    expect(dossier.history.at(-2)).toMatchObject({ kind: 'call', note: null });
  });

  it('names the client by a prefix of a word of the name, whatever the diacritics', () => {
    expect(ok(binder, ['log', 'lukasz', '--next', '30'])).toContain('Logged a call with zolc (Łukasz Żółć).');
    expect(show('zolc').filedOn).toBe('2026-11-30');
  });

  it('takes the dossier out of today’s stack, an overdue one too', () => {
    expect(stack()).toEqual(['old', 'zolc']);
    ok(binder, ['log', 'old', '--next', 'tomorrow']);
    ok(binder, ['log', 'zolc', '--next', 'tomorrow']);
    expect(stack()).toEqual([]);
    expect(show('old').history.at(-1)).toMatchObject({ kind: 'filed', from: '2026-11-20', to: '2026-11-24' });
  });

  it('names the month divider for a date past the ring', () => {
    expect(ok(binder, ['log', 'acme', '--next', 'jan'])).toContain('Refiled behind January: Fri 1 Jan 2027.');
  });

  it('moves a day off to the next working day and says so', () => {
    const out = ok(binder, ['log', 'acme', '--next', '28']);
    expect(out).toContain('Refiled behind 30: Mon 30 Nov 2026.');
    expect(out).toContain('Sat 28 Nov 2026 is a day off');
    expect(show('acme').filedOn).toBe('2026-11-30');
  });

  it('--exact keeps the day off', () => {
    const out = ok(binder, ['log', 'acme', '--next', '28', '--exact']);
    expect(out).toContain('Refiled behind 28: Sat 28 Nov 2026.');
    expect(out).not.toMatch(/day off/);
    expect(show('acme').filedOn).toBe('2026-11-28');
  });

  it('moves past a holiday of the binder', () => {
    ok(binder, ['config', 'holidays', 'add', '2026-11-26']);
    expect(ok(binder, ['log', 'acme', '--next', '26'])).toContain('Refiled behind 27: Fri 27 Nov 2026.');
  });
});

describe('--note - reads a note of several lines from stdin', () => {
  it('keeps the lines as typed, without the trailing newlines', () => {
    const note = 'Asked for a quote.\nWants delivery in March.\nЦена: 9,50 € — «ok»';
    ok(binder, ['log', 'acme', '--note', '-', '--outcome', 'reached', '--next', '+2w'], { input: `${note}\n\n` });
    const dossier = show('acme');
    expect(dossier).toMatchObject({ lastNote: note, lastOutcome: 'reached', filedOn: '2026-12-07' });
    expect(dossier.history.at(-2)).toMatchObject({ kind: 'call', note });
  });

  it('prints the note in full in crm show', () => {
    ok(binder, ['log', 'acme', '--note', '-', '--next', '30'], { input: 'first line\nsecond line\n' });
    const out = ok(binder, ['show', 'acme']);
    expect(out).toContain('first line');
    expect(out).toContain('second line');
  });

  it('goes with an outcome’s default date', () => {
    ok(binder, ['log', 'acme', '--note', '-', '--outcome', 'no-answer'], { input: 'rang twice\n' });
    expect(show('acme')).toMatchObject({ lastNote: 'rang twice', filedOn: '2026-11-24' });
  });

  it('is refused like any log without a next date, and writes nothing', () => {
    const { stderr } = refused(binder, ['log', 'acme', '--note', '-'], { input: 'a long note\nthat is lost\n' });
    expect(stderr).toContain('--next');
  });
});

describe('an outcome’s default next date (crm config outcome)', () => {
  it('no-answer: tomorrow by default, and says it used the default', () => {
    const out = ok(binder, ['log', 'acme', '--outcome', 'no-answer']);
    expect(out).toContain('Logged a call with acme (Anna Nowak): no-answer.');
    expect(out).toContain('Refiled behind 24: Tue 24 Nov 2026');
    expect(out).toContain('the default after no-answer');
    expect(show('acme')).toMatchObject({ filedOn: '2026-11-24', lastOutcome: 'no-answer' });
  });

  it('no-answer on a Friday: the next working day, Monday', () => {
    const out = ok(binder, ['log', 'acme', '--outcome', 'no-answer'], { today: '2026-11-27' });
    expect(out).toContain('Refiled behind 30: Mon 30 Nov 2026');
    expect(out).toContain('Sat 28 Nov 2026 is a day off');
    expect(show('acme').filedOn).toBe('2026-11-30');
  });

  it('--next wins over the default', () => {
    const out = ok(binder, ['log', 'acme', '--outcome', 'no-answer', '--next', '30']);
    expect(out).toContain('Refiled behind 30: Mon 30 Nov 2026.');
    expect(out).not.toContain('default');
    expect(show('acme').filedOn).toBe('2026-11-30');
  });

  it('a default set for another outcome is used by crm log', () => {
    ok(binder, ['config', 'outcome', 'voicemail', '+2d']);
    expect(binder.json<SettingsJson & { outcomeNext: Record<string, string> }>(['config']).outcomeNext).toEqual({ 'no-answer': 'tomorrow', voicemail: '+2d' });
    expect(ok(binder, ['config'])).toMatch(/voicemail → \+2d/);
    const out = ok(binder, ['log', 'zolc', '--outcome', 'voicemail']);
    expect(out).toContain('Refiled behind 25: Wed 25 Nov 2026');
    expect(out).toContain('the default after voicemail');
    expect(show('zolc')).toMatchObject({ filedOn: '2026-11-25', lastOutcome: 'voicemail' });
  });

  it('a default of two words, such as "dec 1"', () => {
    ok(binder, ['config', 'outcome', 'callback', 'dec 1']);
    ok(binder, ['log', 'acme', '--outcome', 'callback']);
    expect(show('acme').filedOn).toBe('2026-12-01');
  });

  it('a default turned off is not used any more: crm log refuses', () => {
    ok(binder, ['config', 'outcome', 'no-answer', 'off']);
    const { stderr } = refused(binder, ['log', 'acme', '--outcome', 'no-answer']);
    expect(stderr).toContain('--next');
  });

  it('refuses to set a default for what is not an outcome, or a date form it cannot read', () => {
    expect(refused(binder, ['config', 'outcome', 'maybe', 'tomorrow']).stderr).toContain('maybe');
    expect(refused(binder, ['config', 'outcome', 'voicemail', 'someday']).stderr).toContain('someday');
  });
});

describe('--done closes the dossier', () => {
  it('takes it out of the ring into the drawer, keeping the history', () => {
    const before = show('acme').history;
    const out = ok(binder, ['log', 'acme', '--kind', 'meeting', '--outcome', 'won', '--note', 'signed for a year', '--done']);
    expect(out).toContain('Logged a meeting with acme (Anna Nowak): won.');
    expect(out).toMatch(/closed/i);
    expect(out).toContain('drawer');
    const dossier = show('acme');
    expect(dossier).toMatchObject({ filedOn: null, overdueDays: 0, lastKind: 'meeting', lastOutcome: 'won', lastNote: 'signed for a year' });
    expect(dossier.history.slice(0, before.length)).toEqual(before);
    expect(dossier.history.slice(before.length)).toMatchObject([
      { kind: 'meeting', note: 'signed for a year', outcome: 'won' },
      { kind: 'closed', from: '2026-11-25', to: null },
    ]);
    expect(ok(binder, ['show', 'acme'])).toMatch(/closed/i);
    // Out of every divider, still found by name.
    expect(binder.json<{ dossiers: unknown[] }>(['open', '25']).dossiers).toEqual([]);
    expect(binder.json<{ dossiers: { handle: string }[] }>(['find', 'anna']).dossiers.map((d) => d.handle)).toEqual(['acme']);
  });

  it('takes a dossier out of today’s stack', () => {
    ok(binder, ['log', 'zolc', '--outcome', 'lost', '--done']);
    expect(stack()).toEqual(['old']);
  });

  it('--json: the dossier with filedOn null and the closing entry', () => {
    const logged = binder.json<ChangedJson>(['log', 'acme', '--outcome', 'won', '--done']);
    expect(logged.change).toMatchObject({ command: 'log' });
    expect(logged.dossiers[0]).toMatchObject({ handle: 'acme', filedOn: null, lastOutcome: 'won' });
    expect(logged.entries).toMatchObject([
      { handle: 'acme', kind: 'call', outcome: 'won' },
      { handle: 'acme', kind: 'closed', from: '2026-11-25', to: null },
    ]);
  });

  it('crm file brings a closed dossier back into the ring later, history and all', () => {
    ok(binder, ['log', 'acme', '--outcome', 'won', '--done']);
    const closed = show('acme').history;
    ok(binder, ['file', 'acme', 'jul'], { today: '2027-01-04' });
    const dossier = show('acme');
    expect(dossier).toMatchObject({ filedOn: '2027-07-01', lastOutcome: 'won', company: 'Acme Ltd' });
    expect(dossier.history.slice(0, closed.length)).toEqual(closed);
    expect(dossier.history.at(-1)).toMatchObject({ kind: 'filed', from: null, to: '2027-07-01' });
  });

  it('a closed dossier is logged back into the ring with --next', () => {
    ok(binder, ['log', 'acme', '--done']);
    ok(binder, ['log', 'acme', '--note', 'they called again', '--next', 'fri']);
    expect(show('acme')).toMatchObject({ filedOn: '2026-11-27', lastNote: 'they called again' });
  });
});

describe('refused: exit 2, one line on stderr, the binder unchanged', () => {
  it('without --next, --done or an outcome with a default, when no terminal can ask', () => {
    const { stderr } = refused(binder, ['log', 'acme', '--note', 'what was said']);
    expect(stderr).toContain('--next');
    expect(stderr).toContain('--done');
    expect(stderr).toContain('nothing was written');
    refused(binder, ['log', 'acme']);
  });

  it('an outcome without a default date (reached), and no --next', () => {
    expect(refused(binder, ['log', 'acme', '--outcome', 'reached', '--note', 'fine']).stderr).toContain('--next');
  });

  it.each([
    { what: '--next and --done together', args: ['log', 'acme', '--next', '30', '--done'], mentions: ['--next', '--done'] },
    { what: 'a date form it does not know', args: ['log', 'acme', '--next', 'someday'], mentions: ['someday', 'jul 5'] },
    { what: 'a date in the past', args: ['log', 'acme', '--next', '2026-11-20'], mentions: ['2026-11-20'] },
    { what: 'a kind of contact it does not know', args: ['log', 'acme', '--kind', 'visit', '--next', '30'], mentions: ['visit', 'meeting'] },
    { what: 'an outcome it does not know', args: ['log', 'acme', '--outcome', 'maybe', '--next', '30'], mentions: ['maybe', 'no-answer'] },
    { what: 'an unknown client', args: ['log', 'nobody', '--next', '30'], mentions: ['nobody'] },
    { what: 'a note with no text', args: ['log', 'acme', '--kind', 'note', '--next', '30'], mentions: ['--note'] },
    { what: 'no client', args: ['log'], mentions: ['client', 'crm log --help'] },
    { what: 'an unknown option', args: ['log', 'acme', '--next', '30', '--later'], mentions: ['--later'] },
  ])('$what', ({ args, mentions }) => {
    const { stderr } = refused(binder, args);
    for (const text of mentions) expect(stderr).toContain(text);
  });

  it('on a missing binder: no binder file is created', () => {
    const empty = tempBinder('2026-11-23');
    try {
      refused(empty, ['log', 'acme', '--next', '30']);
      expect(binderFiles(empty)).toEqual([]);
    } finally {
      empty.remove();
    }
  });
});

describe('an empty note is refused, from stdin as typed (issue 12)', () => {
  it.each([
    { what: 'nothing on standard input', input: '' },
    { what: 'only blank lines on standard input', input: '\n \n\t\n' },
  ])('--note - with $what: exit 2, nothing written, the line says what to do', ({ input }) => {
    const { stderr } = refused(binder, ['log', 'acme', '--note', '-', '--next', 'fri'], { input });
    expect(stderr).toContain('standard input');
    expect(stderr).toContain('--note "..."');
  });

  it.each([[''], ['   ']])('--note "%s" with crm log and crm file', (typed) => {
    expect(refused(binder, ['log', 'acme', '--note', typed, '--next', 'fri']).stderr).toContain('--note is empty');
    expect(refused(binder, ['log', 'acme', '--note', typed, '--outcome', 'no-answer']).stderr).toContain('--note is empty');
    expect(refused(binder, ['file', 'acme', 'fri', '--note', typed]).stderr).toContain('--note is empty');
  });

  it('a note without --note is still a call without a note', () => {
    ok(binder, ['log', 'acme', '--outcome', 'no-answer']);
    expect(show('acme').history.at(-2)).toMatchObject({ kind: 'call', note: null, outcome: 'no-answer' });
  });
});

describe('the size limit of a note (crm config note-limit, issue 12)', () => {
  const MB = 1024 * 1024;

  it('is 1 MB unless set: a note of 1 MB is logged, one byte more is refused, naming both sizes and crm attach', () => {
    expect(binder.json<SettingsJson & { noteLimit: number }>(['config']).noteLimit).toBe(MB);
    ok(binder, ['log', 'acme', '--note', '-', '--next', 'fri'], { input: 'x'.repeat(MB) });
    expect(show('acme').lastNote).toHaveLength(MB);
    const { stderr } = refused(binder, ['log', 'acme', '--note', '-', '--next', 'fri'], { input: 'x'.repeat(MB + 1) });
    expect(stderr).toBe(
      "crm: the note is 1 MB, over the binder's limit of 1 MB for one entry; keep a text that long as a document (crm attach acme <file>), or raise the limit (crm config note-limit); nothing was written\n",
    );
  });

  it('counts the bytes stored, not the characters: 600,000 × "ż" is 1.1 MB', () => {
    const { stderr } = refused(binder, ['log', 'acme', '--note', '-', '--next', 'fri'], { input: 'ż'.repeat(600_000) });
    expect(stderr).toContain('the note is 1.1 MB');
  });

  it('a 50 MB note from stdin is refused, and crm show stays small', () => {
    expect(refused(binder, ['log', 'acme', '--note', '-', '--next', 'fri'], { input: 'y'.repeat(50 * MB) }).stderr).toContain('the note is 50 MB');
    expect(ok(binder, ['show', 'acme']).length).toBeLessThan(10_000);
  });

  it('holds for every text a history entry takes: --note, --offer, move and complaint notes, promises, form answers', () => {
    ok(binder, ['config', 'note-limit', '2KB']);
    const long = 'é'.repeat(1100); // 2,200 bytes
    writeFileSync(join(binder.dir, 'visit.yaml'), 'name: visit\nfields:\n  - { key: remarks, label: Remarks, type: text }\n');
    ok(binder, ['form', 'add', join(binder.dir, 'visit.yaml')]);
    ok(binder, ['complaint', 'acme', 'late delivery']);
    for (const [args, what] of [
      [['log', 'acme', '--note', long, '--next', 'fri'], 'note'],
      [['log', 'acme', '--offer', long, '--next', 'fri'], 'offer'],
      [['log', 'acme', '--form', 'visit', '--field', `remarks=${long}`, '--next', 'fri'], 'answer to "remarks"'],
      [['file', 'acme', 'fri', '--note', long], 'note'],
      [['file', 'newone', 'fri', '--name', 'New One', '--offer', long], 'offer'],
      [['move', 'acme', 'fri', '--note', long], 'note'],
      [['promise', 'acme', long, '--by', 'fri'], 'promise'],
      [['complaint', 'acme', long], 'complaint'],
      [['complaint', 'resolve', '1', '--note', long], 'resolution'],
    ] as const) {
      const { stderr } = refused(binder, [...args]);
      expect(stderr, args.join(' ')).toContain(`the ${what} is 2.1 KB, over the binder's limit of 2 KB`);
    }
    ok(binder, ['config', 'note-limit', '3KB']);
    ok(binder, ['log', 'acme', '--note', long, '--offer', long, '--next', 'fri']);
  });

  it('crm config note-limit takes sizes from 1KB to 64MB', () => {
    expect(ok(binder, ['config', 'note-limit', '2MB'])).toMatch(/^note-limit\s+2 MB \(changed\)$/m);
    expect(refused(binder, ['config', 'note-limit', '100']).stderr).toContain('1KB');
    expect(refused(binder, ['config', 'note-limit', '1GB']).stderr).toContain('64MB');
    expect(refused(binder, ['config', 'note-limit', 'big']).stderr).toContain('big');
  });
});

describe('--help', () => {
  it('shows every option, the date forms and examples', () => {
    const out = ok(binder, ['log', '--help']);
    for (const option of ['--note', '--outcome', '--next', '--offer', '--kind', '--done', '--exact', '--json']) expect(out).toContain(option);
    for (const outcome of ['reached', 'no-answer', 'voicemail', 'callback', 'meeting-set', 'offer-sent', 'won', 'lost']) expect(out).toContain(outcome);
    expect(out).toContain('Examples:');
    expect(out).toMatch(/\$ crm log /);
  });
});
