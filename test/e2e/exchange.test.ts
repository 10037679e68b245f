// crm export and crm import of the lossless JSON document: the round trip (export, import into an
// empty binder, export again: the same bytes), the check on the way in (a bad record named by its
// place, nothing imported), clients already in the binder (--on-conflict), and undo of an import.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { binderFiles, copyBinder, MADE_BY, ok, refused, seed, type ShowJson } from './support.js';

interface ExportJson {
  format: string;
  version: number;
  settings: Record<string, unknown>;
  forms: { name: string; addedAt: string; definition: unknown }[];
  dossiers: (Record<string, unknown> & {
    handle: string;
    name: string;
    history: { at: string; kind: string; note: string | null; by?: string | null; for?: string | null }[];
    documents: { name: string; content: string | null; link: string | null; sha256: string | null }[];
    promises: unknown[];
    complaints: unknown[];
  })[];
}

interface ImportJson {
  imported: { handle: string; name: string; filedOn: string | null; source: string }[];
  updated: { handle: string; source: string; match: string; changed: string[] }[];
  skipped: { handle: string; source: string; match: string }[];
  settings: 'imported' | 'kept' | 'none';
  forms: string[];
  dryRun: boolean;
  change: { command: string; summary: string } | null;
}

const FORM = {
  name: 'visit',
  title: 'After a visit',
  fields: [
    { key: 'budget', label: 'Budget in PLN', type: 'number', required: true },
    { key: 'remarks', label: 'Remarks', type: 'text' },
  ],
};

/** The name crm attach gives a link. */
const LINK_NAME = 'acme-contract';

// A binder that holds one of everything, names in several scripts, seeded once over several days.
let full: Binder;
let exported: string;
beforeAll(() => {
  full = tempBinder('2026-11-23');
  seed(full, 'acme', '25', 'Anna Nowak', ['--company', 'Acme Sp. z o.o.', '--phone', '+48 601 234 567', '--email', 'anna.nowak@acme.pl',
    '--position', 'kierownik zakupów', '--priority', 'A', '--tags', 'vip, warszawa', '--every', '2w', '--address', 'Pani Anno',
    '--pronunciation', 'NO-vak', '--preferences', 'calls after 10', '--stage', 'client', '--notes', 'Line one\nline "two"; a, b\\c']);
  seed(full, 'petrova', 'today', 'Ани Петрова', ['--company', 'Петрова ЕООД', '--note', 'Иска каталог на български']);
  seed(full, 'ashot', 'dec 4', 'Աշոտ Գրիգորյան', ['--company', 'Արարատ ՍՊԸ']);
  seed(full, 'karimi', '30', 'مهسا کریمی', ['--notes', 'می‌خواهد قیمت‌ها را به ریال ببیند 🙂']);
  seed(full, 'zolc', 'tomorrow', 'Łukasz Żółć');
  ok(full, ['config', 'workdays', 'mon-fri']);
  ok(full, ['config', 'holidays', 'add', '2026-12-24', '2026-12-25']);
  ok(full, ['config', 'capacity', '12']);
  ok(full, ['config', 'outcome', 'voicemail', '+2d']);
  ok(full, ['log', 'acme', '--note', 'wants 40 racks', '--outcome', 'reached', '--offer', '40 racks at 212 PLN', '--next', 'dec 1']);
  ok(full, ['log', 'petrova', '--outcome', 'no-answer'], { today: '2026-11-24' });
  ok(full, ['move', 'ashot', 'dec 7']);
  ok(full, ['log', 'zolc', '--outcome', 'lost', '--done'], { today: '2026-11-24' });
  ok(full, ['promise', 'acme', 'send the price list', '--by', 'fri']);
  ok(full, ['promise', 'acme', 'decide on the offer', '--by', '10', '--theirs']);
  ok(full, ['promise', 'done', '1'], { today: '2026-11-25' });
  ok(full, ['complaint', 'petrova', 'доставката закъсня']);
  ok(full, ['complaint', 'resolve', '1', '--note', 'sent the parts'], { today: '2026-11-26' });
  ok(full, ['attach', 'acme', writeFile(full, 'offer.txt', 'Offer 40 racks\n'), writeFile(full, 'bytes.bin', Buffer.from([0, 255, 1, 254]))]);
  ok(full, ['attach', 'acme', '--link', 'https://drive.example.com/acme-contract']);
  ok(full, ['form', 'add', writeFile(full, 'visit.json', JSON.stringify(FORM))]);
  ok(full, ['log', 'acme', '--form', 'visit', '--field', 'budget=12000', '--field', 'remarks=ok', '--note', 'visited', '--next', 'dec 3']);
  exported = join(full.dir, 'full.json');
  ok(full, ['export', '-o', exported]);
});
afterAll(() => full.remove());

function writeFile(binder: Binder, name: string, content: string | Buffer): string {
  const path = join(binder.dir, name);
  writeFileSync(path, content);
  return path;
}

function readExport(path: string): ExportJson {
  return JSON.parse(readFileSync(path, 'utf8')) as ExportJson;
}

describe('crm export (JSON)', () => {
  it('holds everything the binder holds: cards, filings, history, documents, promises, complaints, forms, settings', () => {
    const document = readExport(exported);
    expect(document).toMatchObject({ format: 'crm-binder', version: 3 });
    // Who made each entry: nobody on a binder file, the login on a team's binder.
    for (const entry of document.dossiers.flatMap((d) => d.history)) expect([entry.by, entry.for]).toEqual([MADE_BY, MADE_BY]);
    // crm config stores the whole of the settings once one is set.
    expect(document.settings).toMatchObject({ workdays: [1, 2, 3, 4, 5], holidays: ['2026-12-24', '2026-12-25'], capacity: 12, outcomeNext: { 'no-answer': 'tomorrow', voicemail: '+2d' } });
    expect(document.forms).toMatchObject([{ name: 'visit', definition: { name: 'visit', title: 'After a visit' } }]);
    expect(document.dossiers.map((d) => d.handle)).toEqual(['acme', 'petrova', 'ashot', 'karimi', 'zolc']);
    const acme = document.dossiers[0] as ExportJson['dossiers'][number];
    expect(acme).toMatchObject({ name: 'Anna Nowak', priority: 'A', tags: 'vip, warszawa', cadence: '2w', notes: 'Line one\nline "two"; a, b\\c', filedOn: '2026-12-03' });
    // The history is the one crm show prints, entry for entry.
    const shown = full.json<ShowJson>(['show', 'acme']);
    expect(acme.history).toEqual(shown.history.map(({ id: _id, ...entry }) => entry));
    expect(acme.history.map((entry) => entry.kind)).toContain('attached');
    expect(acme.documents.map((d) => [d.name, d.content !== null, d.link])).toEqual([
      ['offer.txt', true, null],
      ['bytes.bin', true, null],
      [LINK_NAME, false, 'https://drive.example.com/acme-contract'],
    ]);
    expect(Buffer.from(acme.documents[1]?.content as string, 'base64')).toEqual(Buffer.from([0, 255, 1, 254]));
    expect(acme.promises).toHaveLength(2);
    expect(document.dossiers[1]?.complaints).toMatchObject([{ what: 'доставката закъсня', resolution: 'sent the parts' }]);
    expect(document.dossiers[4]).toMatchObject({ handle: 'zolc', filedOn: null });
  });

  it('is laid out as JSON.stringify with two spaces, so exports diff line by line', () => {
    const text = readFileSync(exported, 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
  });

  it('writes the same document to standard output as to a file, and the file owner-only', () => {
    const stdout = ok(full, ['export']);
    expect(stdout).toBe(readFileSync(exported, 'utf8'));
    expect(statSync(exported).mode & 0o777).toBe(0o600);
  });

  it('takes -o - as standard output, as crm docs --get does, and writes no file named "-"', () => {
    expect(ok(full, ['export', '-o', '-'])).toBe(readFileSync(exported, 'utf8'));
    expect(ok(full, ['ics', '-o', '-'])).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(existsSync('-')).toBe(false);
  });

  it('of an empty or missing binder is a valid document with no dossiers, and creates no binder', () => {
    const empty = tempBinder();
    try {
      const document = JSON.parse(ok(empty, ['export'])) as ExportJson;
      expect(document).toEqual({ format: 'crm-binder', version: 3, settings: {}, forms: [], dossiers: [] });
      expect(binderFiles(empty)).toEqual([]);
    } finally {
      empty.remove();
    }
  });
});

describe('crm import of a crm export', () => {
  it('round trip: export, import into an empty binder, export again gives the same document', () => {
    const copy = tempBinder('2026-11-27');
    try {
      const imported = copy.json<ImportJson>(['import', exported]);
      expect(imported.imported.map((d) => d.handle)).toEqual(['acme', 'petrova', 'ashot', 'karimi', 'zolc']);
      expect(imported.settings).toBe('imported');
      expect(imported.forms).toEqual(['visit']);
      const again = join(copy.dir, 'again.json');
      ok(copy, ['export', '-o', again]);
      expect(readFileSync(again, 'utf8')).toBe(readFileSync(exported, 'utf8'));
    } finally {
      copy.remove();
    }
  });

  it('gives back dossiers that show exactly as they did, documents byte for byte', () => {
    const copy = tempBinder('2026-11-27');
    try {
      ok(copy, ['import', exported]);
      for (const handle of ['acme', 'petrova', 'ashot', 'karimi', 'zolc']) {
        const before = full.json<ShowJson>(['show', handle], { today: '2026-11-27' });
        const after = copy.json<ShowJson>(['show', handle]);
        const withoutIds = (show: ShowJson) => ({ ...show, history: show.history.map(({ id: _id, ...entry }) => entry), promises: undefined, complaints: undefined, documents: undefined });
        expect(withoutIds(after)).toEqual(withoutIds(before));
      }
      const out = join(copy.dir, 'bytes.out');
      ok(copy, ['docs', 'acme', '--get', 'bytes.bin', '-o', out]);
      expect(readFileSync(out)).toEqual(Buffer.from([0, 255, 1, 254]));
      expect(ok(copy, ['today'])).toBe(ok(full, ['today'], { today: '2026-11-27' }));
      expect(ok(copy, ['promises'])).toBe(ok(full, ['promises'], { today: '2026-11-27' }));
    } finally {
      copy.remove();
    }
  });

  it('keeps who made each entry and for whom; an export of version 2 (without them) reads as made by whoever imports it', () => {
    const document = readExport(exported);
    const acme = document.dossiers[0] as ExportJson['dossiers'][number];
    acme.history = acme.history.map((entry, i) => (i === 0 ? { ...entry, by: 'anna', for: 'piotr' } : entry));
    const older = readExport(exported);
    older.version = 2;
    for (const dossier of older.dossiers) dossier.history = dossier.history.map(({ by: _by, for: _for, ...entry }) => entry);
    for (const [doc, expected] of [
      [document, { by: 'anna', for: 'piotr' }],
      [older, { by: MADE_BY, for: MADE_BY }],
    ] as const) {
      const copy = tempBinder('2026-11-27');
      try {
        const file = join(copy.dir, 'makers.json');
        writeFileSync(file, JSON.stringify(doc));
        ok(copy, ['import', file]);
        const history = copy.json<ShowJson>(['show', 'acme']).history;
        expect(history[0]).toMatchObject(expected);
        expect(history.slice(1).every((entry) => entry.by === MADE_BY && entry.for === MADE_BY)).toBe(true);
      } finally {
        copy.remove();
      }
    }
  });

  it('is one change: crm undo takes the whole import back', () => {
    const copy = tempBinder('2026-11-27');
    try {
      ok(copy, ['config', 'capacity', '5']);
      const before = copy.dump();
      const imported = copy.json<ImportJson>(['import', exported]);
      expect(imported.settings).toBe('kept');
      expect(imported.change?.summary).toMatch(/^import .*full\.json: 5 new$/);
      ok(copy, ['undo']);
      expect(copy.dump()).toBe(before);
    } finally {
      copy.remove();
    }
  });

  it('reads standard input with "-"', () => {
    const copy = tempBinder('2026-11-27');
    try {
      const result = copy.crm(['import', '-', '--json'], { input: readFileSync(exported, 'utf8') });
      expect(result.stderr).toBe('');
      expect((JSON.parse(result.stdout) as ImportJson).imported).toHaveLength(5);
    } finally {
      copy.remove();
    }
  });

  describe('refuses a bad document, naming the record and field, and imports nothing', () => {
    const cases: { what: string; change: (document: ExportJson) => void; message: RegExp }[] = [
      { what: 'a bad time stamp in a history entry', change: (d) => ((d.dossiers[1]?.history[0] as { at: string }).at = '2026-13-01'), message: /dossiers\[1\] \(petrova\), history\[0\]\.at: is not a time stamp/ },
      { what: 'a bad filing date', change: (d) => ((d.dossiers[2] as Record<string, unknown>).filedOn = '2026-02-30'), message: /dossiers\[2\] \(ashot\), filedOn: is not a date/ },
      { what: 'a bad e-mail', change: (d) => ((d.dossiers[0] as Record<string, unknown>).email = 'anna at acme'), message: /dossiers\[0\] \(acme\), email: is not an e-mail address/ },
      { what: 'a missing name', change: (d) => delete (d.dossiers[3] as Record<string, unknown>).name, message: /dossiers\[3\] \(karimi\), name: / },
      { what: 'an unknown field', change: (d) => ((d.dossiers[0] as Record<string, unknown>).colour = 'red'), message: /dossiers\[0\] \(acme\)/ },
      { what: 'a bad handle', change: (d) => ((d.dossiers[0] as Record<string, unknown>).handle = 'two words'), message: /dossiers\[0\] \(two words\), handle: is not a handle/ },
      { what: 'a handle twice', change: (d) => ((d.dossiers[1] as Record<string, unknown>).handle = 'acme'), message: /dossiers\[1\] \(acme\): the handle is used twice/ },
      { what: 'damaged document content', change: (d) => ((d.dossiers[0]?.documents[0] as { content: string }).content = Buffer.from('tampered').toString('base64')), message: /documents\[0\] \(offer\.txt\): the content does not match its sha256/ },
      { what: 'a bad priority', change: (d) => ((d.dossiers[0] as Record<string, unknown>).priority = 'Z'), message: /dossiers\[0\] \(acme\), priority: is not a priority/ },
      { what: 'a bad setting', change: (d) => (d.settings.workdays = [9]), message: /settings, workdays\[0\]/ },
      { what: 'a time that is not a time', change: (d) => ((d.dossiers[0]?.history[0] as { at: string }).at = '2026-11-23T25:61:00+01:00'), message: /dossiers\[0\] \(acme\), history\[0\]\.at: is not a time stamp/ },
      { what: 'an unknown outcome', change: (d) => ((d.dossiers[0]?.history[0] as unknown as { outcome: string }).outcome = 'banana'), message: /dossiers\[0\] \(acme\), history\[0\]\.outcome/ },
      { what: 'an outcome setting crm log could not read', change: (d) => (d.settings.outcomeNext = { 'no-answer': 'garbage' }), message: /settings, outcomeNext\.no-answer: "garbage" is not a date form/ },
      { what: 'holidays out of order', change: (d) => (d.settings.holidays = ['2026-12-25', '2026-12-24']), message: /settings, holidays: are not in order/ },
      { what: 'a form named unlike its definition', change: (d) => ((d.forms[0] as { name: string }).name = 'other'), message: /forms\[0\] \(other\), name: is not the name inside its definition/ },
      { what: 'another format', change: (d) => (d.format = 'something'), message: /is not a crm export/ },
      { what: 'a newer export version', change: (d) => (d.version = 4), message: /exported by a newer crm \(export version 4; this crm reads 3/ },
    ];
    for (const { what, change, message } of cases) {
      it(what, () => {
        const copy = tempBinder('2026-11-27');
        try {
          const document = readExport(exported);
          change(document);
          const path = writeFile(copy, 'bad.json', JSON.stringify(document));
          const result = refused(copy, ['import', path]);
          expect(result.stderr).toMatch(message);
        } finally {
          copy.remove();
        }
      });
    }

    it('a handle twice, far apart (past the first batch), and on a dry run: the first place is named', () => {
      const copy = tempBinder('2026-11-27');
      try {
        const document = readExport(exported);
        const first = document.dossiers[0] as Record<string, unknown>;
        // The same handle 200 dossiers later, past the first batch the reader hands over.
        const filler = Array.from({ length: 200 }, (_, i) => ({ ...first, handle: `filler${i}`, email: null, phone: null, phones: [], emails: [] }));
        document.dossiers.push(...(filler as never[]), { ...first } as never);
        const path = writeFile(copy, 'twice.json', JSON.stringify(document));
        const message = new RegExp(`dossiers\\[${document.dossiers.length - 1}\\] \\(acme\\): the handle is used twice in the file \\(first in dossiers\\[0\\]\\)`);
        expect(refused(copy, ['import', path]).stderr).toMatch(message);
        expect(refused(copy, ['import', path, '--dry-run']).stderr).toMatch(message);
      } finally {
        copy.remove();
      }
    });

    it('not JSON at all', () => {
      const copy = tempBinder();
      try {
        const result = refused(copy, ['import', writeFile(copy, 'x.json', '{"format": "crm-binder",')]);
        // The document stops after its first member: it was cut short, and the message says where.
        expect(result.stderr).toMatch(/x\.json ends in the middle of the document \(after 0 dossiers, at line 1, column 25\): it was cut short/);
      } finally {
        copy.remove();
      }
    });

    it('a file that is not there', () => {
      const copy = tempBinder();
      try {
        expect(refused(copy, ['import', join(copy.dir, 'nope.json')]).stderr).toBe(`crm: no file ${join(copy.dir, 'nope.json')}; check the path\n`);
      } finally {
        copy.remove();
      }
    });
  });
});

describe('crm import into a binder that already holds some of the clients', () => {
  let partial: Binder;
  beforeAll(() => {
    partial = tempBinder('2026-11-27');
    seed(partial, 'acme', '30', 'Anna Nowak-Kowalska', ['--phone', '+48 22 000 00 00']);
    seed(partial, 'other', '30', 'Someone Else');
  });
  afterAll(() => partial.remove());

  it('skips them by default and says so', () => {
    const copy = copyBinder(partial);
    try {
      const out = ok(copy, ['import', exported]);
      expect(out).toMatch(/^Imported 4 new dossiers from .*full\.json, 1 client already in the binder left as it is\.$/m);
      expect(out).toMatch(/dossiers\[0\] +Anna Nowak is acme \(same handle\)/);
      expect(copy.json<ShowJson>(['show', 'acme'])).toMatchObject({ name: 'Anna Nowak-Kowalska', filedOn: '2026-11-30' });
      expect(copy.json<ShowJson>(['show', 'petrova'])).toMatchObject({ name: 'Ани Петрова' });
    } finally {
      copy.remove();
    }
  });

  it('--on-conflict fail lists them and imports nothing', () => {
    const copy = copyBinder(partial);
    try {
      const result = refused(copy, ['import', exported, '--on-conflict', 'fail'], { lines: 2 });
      expect(result.stderr).toMatch(/1 client is already in the binder; nothing was imported\. Use --on-conflict skip .* or --on-conflict update/);
      expect(result.stderr).toContain('dossiers[0] Anna Nowak: already filed as acme (same handle)');
    } finally {
      copy.remove();
    }
  });

  it('--on-conflict update takes the card and filing, adds the history it lacks, and a second import changes nothing', () => {
    const copy = copyBinder(partial);
    try {
      const first = copy.json<ImportJson>(['import', exported, '--on-conflict', 'update']);
      expect(first.updated).toMatchObject([{ handle: 'acme', match: 'handle', changed: expect.arrayContaining(['name', 'phones', 'company']) }]);
      const acme = copy.json<ShowJson>(['show', 'acme']);
      expect(acme).toMatchObject({ name: 'Anna Nowak', phone: '+48 601 234 567', filedOn: '2026-12-03', offer: '40 racks at 212 PLN' });
      const notes = acme.history.filter((entry) => entry.kind === 'call').map((entry) => entry.note);
      expect(notes).toEqual(['wants 40 racks', 'visited']);
      const before = copy.dump();
      const second = copy.json<ImportJson>(['import', exported, '--on-conflict', 'update']);
      expect(second.imported).toEqual([]);
      expect(second.change).toBeNull();
      expect(copy.dump()).toBe(before);
    } finally {
      copy.remove();
    }
  });

  it('a client filed here under another handle is found by e-mail, and not doubled', () => {
    const source = tempBinder('2026-11-27');
    const target = tempBinder('2026-11-27');
    try {
      seed(source, 'acme', '30', 'Anna Nowak', ['--email', 'anna.nowak@acme.pl']);
      const file = join(source.dir, 'acme.json');
      ok(source, ['export', '-o', file]);
      seed(target, 'acme-ltd', 'dec 2', 'A. Nowak', ['--email', 'ANNA.NOWAK@acme.pl']);
      const skipped = target.json<ImportJson>(['import', file]);
      expect(skipped.imported).toEqual([]);
      expect(skipped.skipped).toEqual([{ source: 'dossiers[0]', name: 'Anna Nowak', handle: 'acme-ltd', match: 'e-mail', changed: [] }]);
      const updated = target.json<ImportJson>(['import', file, '--on-conflict', 'update']);
      expect(updated.updated).toEqual([{ source: 'dossiers[0]', name: 'Anna Nowak', handle: 'acme-ltd', match: 'e-mail', changed: ['name', 'emails', 'filedOn'] }]);
      expect(target.json<ShowJson>(['show', 'acme-ltd'])).toMatchObject({ name: 'Anna Nowak', filedOn: '2026-11-30' });
      expect((JSON.parse(ok(target, ['export'])) as ExportJson).dossiers.map((d) => d.handle)).toEqual(['acme-ltd']);
    } finally {
      source.remove();
      target.remove();
    }
  });

  it('--on-conflict update says when it refiled a dossier', () => {
    const copy = copyBinder(partial);
    try {
      const result = copy.json<ImportJson>(['import', exported, '--on-conflict', 'update']);
      expect(result.updated[0]?.changed).toContain('filedOn');
    } finally {
      copy.remove();
    }
  });

  it('--dry-run says what it would do and writes nothing', () => {
    const copy = copyBinder(partial);
    try {
      const before = copy.dump();
      const out = ok(copy, ['import', exported, '--dry-run']);
      expect(out).toMatch(/^Would import 4 new dossiers/);
      expect(out).toContain('Dry run: nothing was written.');
      expect(copy.dump()).toBe(before);
    } finally {
      copy.remove();
    }
  });
});
