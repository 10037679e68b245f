// The card: how to address the client and say their name, what they prefer, the stage, tags and
// the contact cadence; crm edit changes it (every change a history entry); crm slipping lists the
// clients whose last real contact is older than their cadence.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import {
  binderFiles,
  changeList,
  copyBinder,
  expectUndone,
  filings,
  lineWith,
  ok,
  refused,
  seed,
  type CaseJson,
  type ChangedJson,
  type SlippingJson,
} from './support.js';

const CARD = ['--address', 'Pani Anno', '--pronunciation', 'AH-na NO-vak', '--preferences', 'mornings; e-mail before a call', '--stage', 'Prospect', '--tags', 'vip,  warsaw ,', '--every', '2w'];

// Seeded once on Mon 2026-11-23; every test works on a copy of its own.
//   acme   Anna Nowak, Acme Ltd, the whole card, every 2w   behind 25 (Wed 25 Nov)
//   zolc   Łukasz Żółć, no cadence                           today
let seeded: Binder;
beforeAll(() => {
  seeded = tempBinder('2026-11-23');
  seed(seeded, 'acme', '25', 'Anna Nowak', ['--company', 'Acme Ltd', ...CARD]);
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

const show = (client = 'acme', today?: string) => binder.json<CaseJson>(['show', client], today === undefined ? undefined : { today });

describe('the card’s fields (crm file)', () => {
  it('kept as typed; the stage in lower case, the tags as one tidy list', () => {
    expect(show()).toMatchObject({
      address: 'Pani Anno',
      pronunciation: 'AH-na NO-vak',
      preferences: 'mornings; e-mail before a call',
      stage: 'prospect',
      tags: 'vip, warsaw',
      cadence: '2w',
    });
  });

  it('crm show prints each of them', () => {
    const out = ok(binder, ['show', 'acme']);
    expect(lineWith(out, 'Addressed as')).toMatch(/^Addressed as\s+Pani Anno$/);
    expect(lineWith(out, 'Say')).toMatch(/^Say\s+AH-na NO-vak$/);
    expect(lineWith(out, 'Prefers')).toMatch(/^Prefers\s+mornings; e-mail before a call$/);
    expect(lineWith(out, 'Stage')).toMatch(/^Stage\s+prospect$/);
    expect(lineWith(out, 'Tags')).toMatch(/^Tags\s+vip, warsaw$/);
    expect(lineWith(out, 'Every')).toMatch(/^Every\s+2w$/);
  });

  it('a dossier without them prints none of them, and has them as null in --json', () => {
    const out = ok(binder, ['show', 'zolc']);
    for (const label of ['Addressed as', 'Say', 'Prefers', 'Stage', 'Tags', 'Every']) expect(out).not.toMatch(new RegExp(`^${label} `, 'm'));
    expect(show('zolc')).toMatchObject({ address: null, pronunciation: null, preferences: null, stage: null, tags: null, cadence: null });
  });

  it('the first card entry holds them', () => {
    expect(show().history[0]?.kind).toBe('created');
    expect(show().history[0]?.changes).toMatchObject({ address: { from: null, to: 'Pani Anno' }, stage: { from: null, to: 'prospect' }, cadence: { from: null, to: '2w' } });
  });

  it('every dossier object carries them: today, find, open, log --json', () => {
    const fields = ['address', 'pronunciation', 'preferences', 'stage', 'tags', 'cadence'];
    const objects = [
      binder.json<{ stack: object[] }>(['today']).stack[0],
      binder.json<{ dossiers: object[] }>(['find', 'anna']).dossiers[0],
      binder.json<{ dossiers: object[] }>(['open', '25']).dossiers[0],
      binder.json<ChangedJson>(['log', 'zolc', '--next', '30']).dossiers[0],
    ];
    for (const object of objects) for (const field of fields) expect(object).toHaveProperty(field);
  });

  it.each(['lead', 'prospect', 'client', 'former'])('stage %s', (stage) => {
    ok(binder, ['file', 'zolc', 'today', '--stage', stage]);
    expect(show('zolc').stage).toBe(stage);
  });

  it('crm file with card options on an existing dossier changes them, as a "changed" entry', () => {
    ok(binder, ['file', 'acme', '30', '--stage', 'client', '--tags', 'vip']);
    expect(show()).toMatchObject({ stage: 'client', tags: 'vip', filedOn: '2026-11-30' });
    const changed = show().history.find((e) => e.kind === 'changed');
    expect(changed?.changes).toEqual({ stage: { from: 'prospect', to: 'client' }, tags: { from: 'vip, warsaw', to: 'vip' } });
  });
});

describe('crm edit <client>', () => {
  it('changes the fields given, and says which', () => {
    const out = ok(binder, ['edit', 'acme', '--phone', '+48 22 555 01 02', '--stage', 'client', '--every', '1m']);
    expect(out).toBe("Changed phones, stage, cadence on acme's card.\n");
    expect(show()).toMatchObject({ phone: '+48 22 555 01 02', stage: 'client', cadence: '1m', address: 'Pani Anno', filedOn: '2026-11-25' });
  });

  it('every change is a history entry of kind "changed", with each field from and to', () => {
    ok(binder, ['edit', 'acme', '--address', 'Frau Nowak', '--preferences', '']);
    const entry = show().history.at(-1);
    expect(entry).toMatchObject({ kind: 'changed', note: null, outcome: null });
    expect(entry?.at.slice(0, 10)).toBe('2026-11-23');
    expect(entry?.changes).toEqual({ address: { from: 'Pani Anno', to: 'Frau Nowak' }, preferences: { from: 'mornings; e-mail before a call', to: null } });
    expect(lineWith(ok(binder, ['show', 'acme']), 'changed')).toContain('address: Pani Anno → Frau Nowak; preferences: mornings; e-mail before a call → —');
  });

  it('is not a conversation: the last contact and the filing stay', () => {
    const before = show();
    ok(binder, ['edit', 'acme', '--tags', 'key account']);
    expect(show()).toMatchObject({ lastContact: before.lastContact, lastNote: before.lastNote, filedOn: before.filedOn });
  });

  it('"" clears a field', () => {
    ok(binder, ['edit', 'acme', '--every', '', '--tags', '', '--stage', '']);
    expect(show()).toMatchObject({ cadence: null, tags: null, stage: null });
  });

  it('--name, --priority and the first issue’s fields too', () => {
    ok(binder, ['edit', 'lukasz', '--name', 'Łukasz Żółć-Nowak', '--priority', 'a', '--position', 'CEO', '--email', 'lz@example.com']);
    expect(show('zolc')).toMatchObject({ name: 'Łukasz Żółć-Nowak', priority: 'A', position: 'CEO', email: 'lz@example.com' });
  });

  it('values equal to the card’s: nothing changed, no entry, nothing for crm undo', () => {
    const before = binder.dump();
    expect(ok(binder, ['edit', 'acme', '--stage', 'prospect', '--tags', 'vip, warsaw'])).toBe("Nothing changed on acme's card.\n");
    expect(binder.dump()).toBe(before);
  });

  it('--json: the change, the dossier as it is now, the "changed" entry', () => {
    const edited = binder.json<ChangedJson>(['edit', 'acme', '--stage', 'client']);
    expect(edited.change).toMatchObject({ command: 'edit' });
    expect(edited.change?.summary).toContain('acme');
    expect(edited.change?.id).toBe(changeList(binder)[0]?.id);
    expect(edited.dossiers).toMatchObject([{ handle: 'acme', stage: 'client' }]);
    expect(edited.entries).toMatchObject([{ handle: 'acme', kind: 'changed', changes: { stage: { from: 'prospect', to: 'client' } } }]);
  });

  it('without options and without a terminal: refused, and says what to type', () => {
    const { stderr } = refused(binder, ['edit', 'acme']);
    expect(stderr).toContain('--phone');
    expect(stderr).toMatch(/terminal/);
  });

  it.each([
    { what: 'a stage it does not know', args: ['edit', 'acme', '--stage', 'customer'], mentions: ['--stage', 'customer', 'lead, prospect, client, former'] },
    { what: 'a cadence it cannot read: named as typed, --every', args: ['edit', 'acme', '--every', '2x'], mentions: ['--every', '2x', '10d, 2w, 1m'] },
    { what: 'a cadence of zero', args: ['edit', 'acme', '--every', '0d'], mentions: ['--every', '0d'] },
    { what: 'an empty name', args: ['edit', 'acme', '--name', ' '], mentions: ['--name'] },
    { what: 'a priority it does not know', args: ['edit', 'acme', '--priority', 'D'], mentions: ['--priority', 'A, B or C'] },
    { what: 'an e-mail address that is not one', args: ['edit', 'acme', '--email', 'anna at acme'], mentions: ['--email'] },
    { what: 'an unknown client', args: ['edit', 'nobody', '--stage', 'lead'], mentions: ['nobody'] },
    { what: 'an unknown option', args: ['edit', 'acme', '--colour', 'red'], mentions: ['--colour'] },
    { what: 'crm file with a cadence it cannot read', args: ['file', 'acme', '30', '--every', 'often'], mentions: ['--every', 'often'] },
  ])('refused: $what', ({ args, mentions }) => {
    const { stderr } = refused(binder, args);
    for (const text of mentions) expect(stderr).toContain(text);
  });

  it('crm undo after crm edit gives back the binder exactly as it was', () => {
    expectUndone(binder, ['edit', 'acme', '--phone', '+48 22 555 01 02', '--stage', 'client', '--every', '10d', '--address', '', '--notes', 'key account'], 'edit');
    expect(show()).toMatchObject({ stage: 'prospect', cadence: '2w', address: 'Pani Anno', notes: null });
  });

  it('--help lists every card option', () => {
    const out = ok(binder, ['edit', '--help']);
    for (const option of ['--name', '--phone', '--address', '--pronunciation', '--preferences', '--stage', '--tags', '--every', '--json', 'Examples:']) expect(out).toContain(option);
  });
});

describe('the cadence: after a call that reached the client, the next date by default', () => {
  it('reached, without --next: the cadence counted from the call', () => {
    expect(ok(binder, ['log', 'acme', '--outcome', 'reached', '--note', 'all fine'])).toContain('Refiled behind 7: Mon 7 Dec 2026');
    expect(show()).toMatchObject({ filedOn: '2026-12-07', lastOutcome: 'reached' });
  });

  it('a month counts calendar months; a weekend date moves to Monday', () => {
    ok(binder, ['edit', 'acme', '--every', '1m']);
    // Fri 27 Nov + 1 month = Sun 27 Dec: the next working day is Mon 28 Dec.
    ok(binder, ['log', 'acme', '--outcome', 'reached'], { today: '2026-11-27' });
    expect(filings(binder).acme).toBe('2026-12-28');
  });

  it('counted in days, from the day of the call', () => {
    ok(binder, ['edit', 'acme', '--every', '10d']);
    ok(binder, ['log', 'acme', '--outcome', 'reached'], { today: '2026-11-24' });
    expect(filings(binder).acme).toBe('2026-12-04');
  });

  it('--next wins over the cadence', () => {
    ok(binder, ['log', 'acme', '--outcome', 'reached', '--next', '30']);
    expect(filings(binder).acme).toBe('2026-11-30');
  });

  it('a call that did not reach them uses its own default, not the cadence', () => {
    ok(binder, ['log', 'acme', '--outcome', 'no-answer']);
    expect(filings(binder).acme).toBe('2026-11-24');
    refused(binder, ['log', 'acme', '--outcome', 'voicemail']);
  });

  it('without a cadence, reached still needs --next', () => {
    expect(refused(binder, ['log', 'zolc', '--outcome', 'reached']).stderr).toContain('--next');
  });
});

describe('crm slipping', () => {
  // Opened on Mon 2 Nov, read on Mon 23 Nov:
  //   weekly  every 1w, reached Mon 2 Nov                         due 9 Nov: 14 days late
  //   never   every 10d, never called                             due 12 Nov (from its opening): 11 days late
  //   rang    every 2w, reached Mon 2 Nov; no-answer and voicemail later (not real contact): due 16 Nov, 7 late
  //   fresh   every 1m, reached Mon 2 Nov                         due 2 Dec: not slipping
  //   ontime  every 3w, reached Mon 2 Nov                         due today: not slipping yet
  //   closed  every 1w, reached Mon 2 Nov, then closed            out of the ring: not listed
  //   nocad   no cadence                                          not listed
  let slipping: Binder;
  beforeAll(() => {
    slipping = tempBinder('2026-11-23');
    const day = '2026-11-02';
    seed(slipping, 'weekly', '30', 'Wanda Weekly', ['--every', '1w'], day);
    seed(slipping, 'never', '30', 'Nora Never', ['--every', '10d'], day);
    seed(slipping, 'rang', '30', 'Rita Rang', ['--every', '2w'], day);
    seed(slipping, 'fresh', '30', 'Fred Fresh', ['--every', '1m'], day);
    seed(slipping, 'ontime', '30', 'Otto Ontime', ['--every', '3w'], day);
    seed(slipping, 'closed', '30', 'Carl Closed', ['--every', '1w'], day);
    seed(slipping, 'nocad', '30', 'Nina Nocad', [], day);
    for (const handle of ['weekly', 'rang', 'fresh', 'ontime', 'closed', 'nocad']) ok(slipping, ['log', handle, '--outcome', 'reached', '--next', '30'], { today: day });
    ok(slipping, ['log', 'closed', '--outcome', 'won', '--done'], { today: day });
    ok(slipping, ['log', 'rang', '--outcome', 'no-answer', '--next', '30'], { today: '2026-11-16' });
    ok(slipping, ['log', 'rang', '--outcome', 'voicemail', '--next', '30'], { today: '2026-11-20' });
  });
  afterAll(() => {
    slipping.remove();
  });

  it('lists the clients whose last real contact is older than their cadence, worst first', () => {
    const out = ok(slipping, ['slipping']);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('3 clients slipping, worst first:');
    expect(lines.slice(1).map((line) => line.trim().split(/\s+/).slice(0, 2).join(' '))).toEqual(['14d weekly', '11d never', '7d rang']);
    expect(lineWith(out, 'weekly')).toMatch(/Wanda Weekly\s+every 1w; last reached Mon 2 Nov; next filed Mon 30 Nov$/);
    expect(lineWith(out, 'never')).toContain('last reached never');
    expect(lineWith(out, 'rang')).toContain('last reached Mon 2 Nov');
  });

  it('--json: each with the dossier, cadence, last real contact, when it was due and how late', () => {
    const { slipping: list } = slipping.json<SlippingJson>(['slipping']);
    expect(list.map((s) => [s.dossier.handle, s.cadence, s.dueSince, s.daysLate])).toEqual([
      ['weekly', '1w', '2026-11-09', 14],
      ['never', '10d', '2026-11-12', 11],
      ['rang', '2w', '2026-11-16', 7],
    ]);
    for (const s of list) expect(Object.keys(s).sort()).toEqual(['cadence', 'daysLate', 'dossier', 'dueSince', 'lastReal']);
    expect(list[0]?.lastReal?.slice(0, 10)).toBe('2026-11-02');
    expect(list[1]?.lastReal).toBeNull();
    expect(list[2]?.lastReal?.slice(0, 10)).toBe('2026-11-02');
    expect(list[0]?.dossier).toMatchObject({ handle: 'weekly', name: 'Wanda Weekly', cadence: '1w', filedOn: '2026-11-30' });
  });

  it('a call that reached them takes a client off the list', () => {
    const copy = copyBinder(slipping, '2026-11-23');
    try {
      ok(copy, ['log', 'weekly', '--outcome', 'reached']);
      expect(copy.json<SlippingJson>(['slipping']).slipping.map((s) => s.dossier.handle)).toEqual(['never', 'rang']);
    } finally {
      copy.remove();
    }
  });

  it('nobody slipping: says so', () => {
    expect(ok(slipping, ['slipping'], { today: '2026-11-09' })).toBe('Nobody is slipping: every client with a cadence was reached in time.\n');
    expect(slipping.json(['slipping'], { today: '2026-11-09' })).toEqual({ slipping: [] });
  });

  it('is a read: the binder is unchanged, and a missing binder is not created', () => {
    const before = slipping.dump();
    ok(slipping, ['slipping']);
    expect(slipping.dump()).toBe(before);
    const empty = tempBinder('2026-11-23');
    try {
      expect(ok(empty, ['slipping'])).toContain('Nobody is slipping');
      expect(binderFiles(empty)).toEqual([]);
    } finally {
      empty.remove();
    }
  });
});
