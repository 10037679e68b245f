// crm show <client>: the card, where it is filed, the history newest last.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { binderFiles, ESC, expectDossierShape, lineWith, ok, refused, seed, type ShowJson } from './support.js';

describe('a dossier with a history', () => {
  // Opened on Mon 16 Nov, called on Mon 23 Nov and refiled; read on Mon 23 Nov.
  let binder: Binder;
  beforeAll(() => {
    binder = tempBinder('2026-11-23');
    seed(
      binder,
      'acme',
      '20',
      'Anna Nowak',
      ['--position', 'purchasing manager', '--company', 'Acme Ltd', '--phone', '+48 601 234 567', '--email', 'anna@acme.example', '--notes', 'prefers mornings'],
      '2026-11-16',
    );
    ok(binder, ['file', 'acme', '8', '--note', 'wants a quote for 40 seats', '--offer', 'Q-17: 10% off', '--priority', 'A']);
    seed(binder, 'other', '9', 'Olaf Other');
  });
  afterAll(() => {
    binder.remove();
  });

  it('text: the card, where it is filed and the history, newest last', () => {
    const out = ok(binder, ['show', 'acme']);
    for (const text of ['acme', 'Anna Nowak', 'purchasing manager', 'Acme Ltd', '+48 601 234 567', 'anna@acme.example', 'prefers mornings', 'Q-17: 10% off']) {
      expect(out).toContain(text);
    }
    expect(out).toContain('behind 8: Tue 8 Dec 2026');
    expect(lineWith(out, 'Priority')).toContain('A');
    const created = out.indexOf('Mon 16 Nov 2026');
    const note = out.indexOf('wants a quote for 40 seats');
    expect(created).toBeGreaterThan(0);
    expect(note).toBeGreaterThan(created);
    expect(out.lastIndexOf('Mon 23 Nov 2026')).toBeGreaterThan(created);
    expect(out).not.toContain('Olaf Other');
  });

  it('--json: the dossier with its history, oldest first, stamped with the CRM_TODAY of each command', () => {
    const dossier = binder.json<ShowJson>(['show', 'acme']);
    expectDossierShape(dossier);
    expect(dossier).toMatchObject({
      handle: 'acme',
      name: 'Anna Nowak',
      position: 'purchasing manager',
      company: 'Acme Ltd',
      phone: '+48 601 234 567',
      email: 'anna@acme.example',
      notes: 'prefers mornings',
      priority: 'A',
      filedOn: '2026-12-08',
      overdueDays: 0,
      lastNote: 'wants a quote for 40 seats',
      lastOutcome: null,
      offer: 'Q-17: 10% off',
    });
    expect(dossier.lastContact?.slice(0, 10)).toBe('2026-11-23');
    const history = dossier.history;
    for (const entry of history) {
      expect(entry).toHaveProperty('at');
      expect(entry).toHaveProperty('kind');
      expect(entry).toHaveProperty('note');
    }
    expect(history.map((entry) => entry.at.slice(0, 10))).toEqual([...history.map((entry) => entry.at.slice(0, 10))].sort());
    expect(history[0]?.at.slice(0, 10)).toBe('2026-11-16');
    expect(history.at(-1)?.at.slice(0, 10)).toBe('2026-11-23');
    const filings = history.filter((entry) => entry.kind === 'filed');
    expect(filings.map((entry) => [entry.from, entry.to])).toEqual([
      [null, '2026-11-20'],
      ['2026-11-20', '2026-12-08'],
    ]);
    expect(history.find((entry) => entry.kind === 'note')).toMatchObject({ note: 'wants a quote for 40 seats', offer: 'Q-17: 10% off' });
  });

  it('names the client by a prefix of the handle, of a name word or of a company word, in any case', () => {
    for (const client of ['ac', 'ACME', 'anna', 'Nowak', 'nOw', 'Ltd']) {
      expect(binder.json<ShowJson>(['show', client]).handle, `crm show ${client}`).toBe('acme');
    }
  });

  it('shows an overdue dossier with its age', () => {
    const out = ok(binder, ['show', 'acme'], { today: '2026-12-10' });
    expect(out).toMatch(/overdue/);
    expect(out).toMatch(/2 days/);
    expect(binder.json<ShowJson>(['show', 'acme'], { today: '2026-12-10' }).overdueDays).toBe(2);
  });

  it('refuses a client that matches nothing, with a hint', () => {
    const { stderr } = refused(binder, ['show', 'acmx']);
    expect(stderr).toContain('acmx');
    expect(stderr).toContain('acme');
  });
});

describe('the exact handle wins', () => {
  // Seeded in this order so that each new handle matches no dossier before it.
  let binder: Binder;
  beforeAll(() => {
    binder = tempBinder('2026-11-23');
    seed(binder, 'nowak', '8', 'Jan Nowak');
    seed(binder, 'piotr', '9', 'Piotr Zieliński');
    seed(binder, 'nowakowski', '10', 'Piotr Nowakowski');
    seed(binder, 'kowalski', '11', 'Jan Kowalski', ['--company', 'Nowak & Sons']);
  });
  afterAll(() => {
    binder.remove();
  });

  it('over prefixes of other handles, names and companies', () => {
    expect(binder.json<ShowJson>(['show', 'nowak']).name).toBe('Jan Nowak');
    expect(binder.json<ShowJson>(['show', 'piotr']).name).toBe('Piotr Zieliński');
  });

  it('while a prefix several dossiers share lists them and does nothing', () => {
    const { stderr } = refused(binder, ['show', 'nowa'], { lines: 4 });
    expect(stderr).toContain('nowa');
    for (const text of ['nowak', 'Jan Nowak', 'nowakowski', 'Piotr Nowakowski', 'kowalski', 'Nowak & Sons']) expect(stderr).toContain(text);
  });
});

describe('a missing binder', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = tempBinder('2026-11-23');
  });
  afterEach(() => {
    binder.remove();
  });

  it('has no clients, says so, and is not created', () => {
    const { stderr } = refused(binder, ['show', 'acme']);
    expect(stderr).toContain('acme');
    expect(stderr).not.toContain(ESC);
    expect(binderFiles(binder)).toEqual([]);
  });
});
