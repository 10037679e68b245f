// What crm stores in its own English (binder/summaries.ts, binder/entry-notes.ts): each wording is made and read back by
// one template, so a renderer can say it again in the run's language; what no template reads (an
// older wording, a user's own note) is left to be shown as stored.
import { describe, expect, it } from 'vitest';
import { keptNote, NOTES, readNote, readPromise } from '../../src/binder/entry-notes.js';
import { about, BODIES, contactStep, filingStep, importSummary, readSummary, steps, STEPS, SUMMARIES } from '../../src/binder/summaries.js';

describe('change summaries', () => {
  it('are the English crm has always stored', () => {
    expect(SUMMARIES.newDossier.make({ handle: 'acme', name: 'Acme Ltd', day: '2026-12-01' })).toBe('new dossier acme (Acme Ltd) filed on 2026-12-01');
    expect(about('kowal', steps([contactStep('call', 'reached'), filingStep('2026-12-08', '2026-12-08')]))).toBe('kowal: call (reached), stays on 2026-12-08');
    expect(about('kowal', steps([contactStep('call', 'no-answer'), filingStep('2026-12-08', '2026-12-09 10:00')]))).toBe('kowal: call (no-answer), filed 2026-12-08 → 2026-12-09 10:00');
    expect(about('rahimi', steps([contactStep('call', undefined), filingStep('2026-12-08', null)]))).toBe('rahimi: call, closed');
    expect(about('acme', steps([STEPS.card.make({ fields: 'company, priority' }), contactStep('note', null), filingStep(null, '2026-12-21')]))).toBe(
      'acme: card (company, priority), note, filed from the drawer → 2026-12-21',
    );
    expect(about('acme', BODIES.moved.make({ from: '2026-12-11', to: '2026-12-14 09:30' }))).toBe('acme: moved 2026-12-11 → 2026-12-14 09:30');
    expect(SUMMARIES.movedManyFrom.make({ count: 2, to: '2026-12-22', from: '11' })).toBe('moved 2 dossiers → 2026-12-22 (from 11)');
    expect(about('kowal', BODIES.kept.make({ id: 2, what: keptNote('call back', '2026-12-10') }))).toBe('kowal: kept promise 2: call back (late: due 2026-12-10)');
    expect(importSummary('contacts.csv', 3, 1, 0, 2)).toBe('import contacts.csv: 3 new, 1 updated, 2 not valid, skipped');
    expect(SUMMARIES.formAdded.make({ name: 'visit', count: 1 })).toBe('added form visit (1 fields)');
  });

  it('are read back into their parts', () => {
    expect(readSummary('new dossier rahimi (رضا (Reza) رحیمی) filed on 2027-01-01 15:00')).toEqual({
      key: 'newDossier',
      parts: { handle: 'rahimi', name: 'رضا (Reza) رحیمی', day: '2027-01-01 15:00' },
    });
    expect(readSummary('kowal: call (no-answer), filed 2026-12-08 → 2026-12-09')).toEqual({
      key: 'steps',
      handle: 'kowal',
      steps: [
        { key: 'contactWithOutcome', parts: { kind: 'call', outcome: 'no-answer' } },
        { key: 'refiled', parts: { from: '2026-12-08', to: '2026-12-09' } },
      ],
    });
    expect(readSummary('acme: card (company, priority), note, stays on 2026-12-08')).toMatchObject({
      key: 'steps',
      steps: [{ key: 'card', parts: { fields: 'company, priority' } }, { key: 'contact', parts: { kind: 'note' } }, { key: 'stays' }],
    });
    expect(readSummary('kowal: our promise by 2026-12-10: send the price list, then call: soon')).toEqual({
      key: 'about',
      handle: 'kowal',
      body: { key: 'ourPromise', parts: { day: '2026-12-10', what: 'send the price list, then call: soon' } },
    });
    expect(readSummary('petrova: resolved complaint 1; follow-up on 2026-12-15')).toMatchObject({ key: 'about', body: { key: 'resolved', parts: { id: '1', day: '2026-12-15' } } });
    expect(readSummary('import my, file.csv: 1 new, 2 already filed, skipped')).toEqual({
      key: 'import',
      file: 'my, file.csv',
      counts: [
        { key: 'new', parts: { count: '1' } },
        { key: 'skipped', parts: { count: '2' } },
      ],
    });
    expect(readSummary('assign acme, kowal to anna')).toEqual({ key: 'assigned', parts: { handles: 'acme, kowal', to: 'anna' } });
    expect(readSummary('assign 5 dossiers to anna')).toEqual({ key: 'assignedMany', parts: { count: '5', to: 'anna' } });
  });

  it('leave what no template reads to be shown as stored', () => {
    for (const stored of ['capacity 20', 'workdays mon-fri', 'kowal: called twice', 'kowal: call (reached), somewhere else', 'acme: card (name', '']) {
      expect(readSummary(stored), stored).toBeUndefined();
    }
  });
});

describe('notes of the entries crm makes', () => {
  it('are read back by the kind of entry', () => {
    expect(readNote('promised', NOTES.theirPromise.make({ day: '2026-12-10', what: 'send the order' }))).toEqual({ key: 'theirPromise', parts: { day: '2026-12-10', what: 'send the order' } });
    expect(readNote('complaint', 'broken pallets (resolve by 2026-12-09)')).toEqual({ key: 'complaint', parts: { what: 'broken pallets', day: '2026-12-09' } });
    expect(readNote('attached', 'spec.pdf (link)')).toEqual({ key: 'link', parts: { name: 'spec.pdf' } });
    expect(readNote('moved', 'postponed')).toEqual({ key: 'postponed', parts: {} });
    expect(readNote('filed', 'follow-up of a complaint')).toEqual({ key: 'followUp', parts: {} });
    expect(readNote('kept', 'check that the client is satisfied: broken pallets (late: due 2026-12-15)')).toEqual({
      key: 'keptLate',
      parts: { what: 'check that the client is satisfied: broken pallets', day: '2026-12-15' },
    });
    expect(readPromise('check that the client is satisfied: broken pallets')).toEqual({ what: 'broken pallets' });
  });

  it('are not read from another kind of entry, nor from a note the user wrote', () => {
    expect(readNote('call', 'our promise by 2026-12-10: send the price list')).toBeUndefined();
    expect(readNote('note', 'postponed')).toBeUndefined();
    expect(readNote('promised', 'our promise by Friday: send the price list')).toBeUndefined();
    expect(readNote('kept', 'send the price list')).toBeUndefined();
  });
});
