// binder/meanwhile.ts: a change made again from the dossier as someone else left it.
import { describe, expect, it } from 'vitest';
import { emptyCard, type NewEntry } from '../../src/binder/dossier.js';
import { remade } from '../../src/binder/meanwhile.js';

const AT = '2026-11-23T10:00:00+01:00';
const card = { ...emptyCard('Anna Nowak'), notes: 'theirs' };
const call: NewEntry = { at: AT, kind: 'call', note: 'wants 40 units' };

describe('remade', () => {
  const cases: { why: string; seen: string | null; found: string | null; filedOn?: string | null; entries: NewEntry[]; expected: NewEntry[] }[] = [
    { why: 'nothing changed meanwhile: as built', seen: '2026-11-23', found: '2026-11-23', filedOn: '2026-12-08', entries: [call, { at: AT, kind: 'filed', from: '2026-11-23', to: '2026-12-08' }], expected: [call, { at: AT, kind: 'filed', from: '2026-11-23', to: '2026-12-08' }] },
    { why: 'refiled meanwhile: the refiling starts from there', seen: '2026-11-23', found: '2026-11-27', filedOn: '2026-12-08', entries: [call, { at: AT, kind: 'filed', from: '2026-11-23', to: '2026-12-08' }], expected: [call, { at: AT, kind: 'filed', from: '2026-11-27', fromAt: null, to: '2026-12-08' }] },
    { why: 'refiled meanwhile to the same day: no refiling to write', seen: '2026-11-23', found: '2026-12-08', filedOn: '2026-12-08', entries: [call, { at: AT, kind: 'filed', from: '2026-11-23', to: '2026-12-08' }], expected: [call] },
    { why: 'a log that kept its day now refiles from where the other put it', seen: '2026-12-08', found: '2026-11-27', filedOn: '2026-12-08', entries: [call], expected: [call, { at: AT, kind: 'filed', from: '2026-11-27', fromAt: null, to: '2026-12-08', toAt: null }] },
    { why: 'a move starts from the new filing', seen: '2026-11-23', found: '2026-11-24', filedOn: '2026-11-30', entries: [{ at: AT, kind: 'moved', from: '2026-11-23', to: '2026-11-30' }], expected: [{ at: AT, kind: 'moved', from: '2026-11-24', fromAt: null, to: '2026-11-30' }] },
    { why: 'closed meanwhile, then closed again: one closing', seen: '2026-11-23', found: null, filedOn: null, entries: [call, { at: AT, kind: 'closed', from: '2026-11-23', to: null }], expected: [call] },
    { why: 'closed meanwhile, then refiled: from the drawer', seen: '2026-11-23', found: null, filedOn: '2026-12-01', entries: [call, { at: AT, kind: 'filed', from: '2026-11-23', to: '2026-12-01' }], expected: [call, { at: AT, kind: 'filed', from: null, fromAt: null, to: '2026-12-01' }] },
    { why: 'a note that leaves the filing: appended as it is', seen: '2026-11-23', found: '2026-11-27', entries: [{ at: AT, kind: 'attached', note: 'offer.pdf' }], expected: [{ at: AT, kind: 'attached', note: 'offer.pdf' }] },
  ];
  for (const c of cases) {
    it(c.why, () => {
      const result = remade({ filedOn: c.seen as never, filedAt: null }, { filedOn: c.found as never, filedAt: null, card }, { ...(c.filedOn !== undefined && { filedOn: c.filedOn as never }), entries: c.entries });
      expect(result).toEqual({ entries: c.expected, found: c.found, refiledMeanwhile: c.seen !== c.found });
    });
  }

  it('a card field the change sets, changed meanwhile: a conflict naming it', () => {
    expect(remade({ filedOn: null, card: { notes: 'mine before', name: 'Anna Nowak' } }, { filedOn: null, filedAt: null, card }, { entries: [] })).toEqual({ conflict: ['notes'] });
  });

  it('an hour set meanwhile on the same day: a log that kept the day says it leaves that hour, and is remade', () => {
    const result = remade({ filedOn: '2026-12-04', filedAt: null }, { filedOn: '2026-12-04', filedAt: '15:00', card }, { filedOn: '2026-12-04', filedAt: null, entries: [call] });
    expect(result).toEqual({ entries: [call, { at: AT, kind: 'filed', from: '2026-12-04', fromAt: '15:00', to: '2026-12-04', toAt: null }], found: '2026-12-04', refiledMeanwhile: true });
  });

  it('a move that keeps the hour (filedAt undefined) to where someone put it meanwhile, hour and all: nothing to refile', () => {
    const move: NewEntry = { at: AT, kind: 'moved', from: '2026-12-04', fromAt: null, to: '2026-12-07', toAt: '15:00' };
    const result = remade({ filedOn: '2026-12-04', filedAt: null }, { filedOn: '2026-12-07', filedAt: '15:00', card }, { filedOn: '2026-12-07', entries: [move] });
    expect(result).toEqual({ entries: [], found: '2026-12-07', refiledMeanwhile: true });
  });

  it('card fields it does not set may change meanwhile', () => {
    expect(remade({ filedOn: null, card: { name: 'Anna Nowak' } }, { filedOn: null, filedAt: null, card }, { entries: [call] })).toEqual({ entries: [call], found: null, refiledMeanwhile: false });
  });
});
