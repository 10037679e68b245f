// Contacts from outside, through the installed CLI: spreadsheets (CSV) and phones (vCard) into the
// binder, filed on a date or spread within the capacity, duplicates never doubled; the binder out
// again as CSV, vCards and a calendar (checked by a real iCalendar parser); --quiet.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { binderFiles, ok, refused, seed, type ShowJson } from './support.js';

interface ImportJson {
  imported: { handle: string; name: string; company: string | null; phone: string | null; email: string | null; filedOn: string | null; source: string }[];
  updated: { handle: string; source: string; match: string; changed: string[] }[];
  skipped: { handle: string; source: string; name: string; match: string }[];
  duplicates: { source: string; name: string; of: string; match: string }[];
  mapping: { field: string; from: string }[];
  unmapped: string[];
  dryRun: boolean;
  change: { command: string; summary: string } | null;
}

// A Google Contacts export as it downloads: BOM, CRLF, multi-value cells, system labels.
const GOOGLE = `\uFEFFFirst Name,Middle Name,Last Name,Nickname,Organization Name,Organization Title,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Notes,Birthday\r
Anna,,Nowak,,Acme Sp. z o.o.,kierownik zakupów,* myContacts ::: Clients,Work,anna.nowak@acme.pl,Mobile,+48 601 234 567 ::: +48 22 100 20 30,"Met at the fair.\r
Wants racks, 40 pallets.",1980-02-03\r
Ани,,Петрова,,Петрова ЕООД,управител,* myContacts,Work,ani@petrova.bg,Work,+359 2 987 6543,,\r
Աշոտ,,Գրիգորյան,,Արարատ ՍՊԸ,,* myContacts,,,,+374 10 123456,,\r
`;

// A Polish spreadsheet saved as CSV: semicolons, a quoted cell holding a newline and a semicolon.
const POLISH = `Imię i nazwisko;Firma;Telefon;E-mail;Uwagi
Łukasz Żółć;Żółć i Syn;601 234 999;lukasz@zolc.pl;"Dzwonić po 10;
nie w piątki"
مهسا کریمی;;+98 21 1234 5678;mahsa@example.ir;می‌خواهد قیمت‌ها را ببیند
`;

const VCARDS = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Łukasz Żółć',
  'N:Żółć;Łukasz;;;',
  'ORG:Żółć i Syn',
  'TEL;TYPE=CELL:+48 601',
  '  234 999',
  'EMAIL;TYPE=INTERNET:lukasz@zolc.pl',
  'NOTE:Dzwonić po 10\\; nie w piątki\\nDrugi wiersz\\, z przecinkiem',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Ани Петрова',
  'ORG:Петрова ЕООД',
  'TEL;TYPE=work;VALUE=uri:tel:+359-2-987-6543',
  'END:VCARD',
  '',
].join('\r\n');

let binder: Binder;
beforeEach(() => {
  binder = tempBinder('2026-11-23');
});
afterEach(() => binder.remove());

function write(name: string, content: string | Buffer): string {
  const path = join(binder.dir, name);
  writeFileSync(path, content);
  return path;
}

describe('crm import of a spreadsheet (CSV)', () => {
  it('reads a Google Contacts export: names composed, the first of several phones, notes with a newline', () => {
    const result = binder.json<ImportJson>(['import', write('google.csv', GOOGLE), '--file-on', 'fri']);
    expect(result.imported.map(({ handle, name, company, phone, email, filedOn, source }) => ({ handle, name, company, phone, email, filedOn, source }))).toEqual([
      { handle: 'nowak', name: 'Anna Nowak', company: 'Acme Sp. z o.o.', phone: '+48 601 234 567', email: 'anna.nowak@acme.pl', filedOn: '2026-11-27', source: 'line 2' },
      { handle: 'петрова', name: 'Ани Петрова', company: 'Петрова ЕООД', phone: '+359 2 987 6543', email: 'ani@petrova.bg', filedOn: '2026-11-27', source: 'line 4' },
      { handle: 'գրիգորյան', name: 'Աշոտ Գրիգորյան', company: 'Արարատ ՍՊԸ', phone: '+374 10 123456', email: null, filedOn: '2026-11-27', source: 'line 5' },
    ]);
    const nowak = binder.json<ShowJson & { stage: string; tags: string }>(['show', 'nowak']);
    expect(nowak).toMatchObject({ position: 'kierownik zakupów', notes: 'Met at the fair.\nWants racks, 40 pallets.', stage: 'lead', tags: 'Clients' });
    // Found by the name in its own script, as any dossier.
    expect(ok(binder, ['show', 'петр'])).toContain('Ани Петрова');
  });

  it('reads a ;-separated file from a Polish spreadsheet, with a quoted newline and several scripts', () => {
    const result = binder.json<ImportJson>(['import', write('klienci.csv', POLISH), '--file-on', '2026-12-01', '--stage', 'client']);
    expect(result.imported.map((d) => [d.handle, d.name, d.source])).toEqual([
      ['żółć', 'Łukasz Żółć', 'line 2'],
      ['کریمی', 'مهسا کریمی', 'line 4'],
    ]);
    expect(binder.json<ShowJson & { stage: string }>(['show', 'żółć'])).toMatchObject({ notes: 'Dzwonić po 10;\nnie w piątki', stage: 'client', filedOn: '2026-12-01' });
    expect(binder.json<ShowJson>(['show', 'کریمی']).notes).toBe('می‌خواهد قیمت‌ها را ببیند');
  });

  it('--dry-run previews the column matching and the filing, and writes nothing (not even a binder file)', () => {
    const out = ok(binder, ['import', write('google.csv', GOOGLE), '--spread', '--dry-run']);
    expect(out).toMatch(/^Would import 3 new dossiers from .*google\.csv\.$/m);
    expect(out).toContain('Dry run: nothing was written.');
    expect(out).toMatch(/name +← First Name \+ (Middle Name \+ )?Last Name/);
    expect(out).toMatch(/phone +← Phone 1 - Value/);
    expect(out).toMatch(/not read: .*Birthday/);
    expect(out).toContain('Tue 24 Nov');
    expect(binderFiles(binder)).toEqual([]);
  });

  it('asks for a date when the file has none, and writes nothing', () => {
    const result = refused(binder, ['import', write('google.csv', GOOGLE)]);
    expect(result.stderr).toBe('crm: 3 new dossiers need a date: add --file-on <when> (all on one day) or --spread (over the coming working days, within the capacity)\n');
  });

  it('--spread fills the coming working days up to the capacity', () => {
    ok(binder, ['config', 'capacity', '2']);
    seed(binder, 'busy', 'tue', 'Busy One');
    const result = binder.json<ImportJson>(['import', write('google.csv', GOOGLE), '--spread']);
    expect(result.imported.map((d) => d.filedOn)).toEqual(['2026-11-24', '2026-11-25', '2026-11-25']);
  });

  it('never doubles a client: the same e-mail twice in the file, or a phone already in the binder', () => {
    seed(binder, 'anna', '30', 'Anna N.', ['--phone', '601-234-567']);
    const csv = 'Name,Email,Phone\nJan Kowalski,jan@example.pl,+48 500 100 200\nJ. Kowalski,JAN@example.pl,\nAnna Nowak,,+48 601 234 567\n';
    const result = binder.json<ImportJson>(['import', write('list.csv', csv), '--file-on', 'mon']);
    expect(result.imported.map((d) => d.name)).toEqual(['Jan Kowalski']);
    expect(result.duplicates).toEqual([{ source: 'line 3', name: 'J. Kowalski', of: 'line 2', match: 'e-mail' }]);
    expect(result.skipped).toMatchObject([{ source: 'line 4', name: 'Anna Nowak', handle: 'anna', match: 'phone' }]);
    expect(binder.json<ShowJson>(['show', 'anna']).name).toBe('Anna N.');
    const text = ok(binder, ['import', write('list.csv', csv), '--file-on', 'mon']);
    expect(text).toMatch(/Already in the binder \(left as they are; --on-conflict update to update them\):/);
    expect(text).toMatch(/line 2 +Jan Kowalski is kowalski \(same e-mail\)/);
  });

  it('--on-conflict update changes the card of the client already filed, as a history entry', () => {
    seed(binder, 'anna', '30', 'Anna N.', ['--phone', '601-234-567']);
    const csv = 'Name,Company,Phone\nAnna Nowak,Acme,+48 601 234 567\n';
    const result = binder.json<ImportJson>(['import', write('list.csv', csv), '--on-conflict', 'update']);
    expect(result.updated).toEqual([{ source: 'line 2', name: 'Anna Nowak', handle: 'anna', match: 'phone', changed: ['name', 'company', 'phones'] }]);
    const anna = binder.json<ShowJson>(['show', 'anna']);
    expect(anna).toMatchObject({ name: 'Anna Nowak', company: 'Acme', phone: '+48 601 234 567', filedOn: '2026-11-30' });
    expect(anna.history.at(-1)).toMatchObject({ kind: 'changed', changes: { name: { from: 'Anna N.', to: 'Anna Nowak' } } });
    refused(binder, ['import', write('list2.csv', 'Name,Phone\nAnna,601 234 567\n'), '--on-conflict', 'fail'], { lines: 2 });
  });

  it('--on-conflict update adds the file\'s numbers to the card and drops none the card has (issue 12, item 18)', () => {
    seed(binder, 'anna', '30', 'Anna Nowak', ['--email', 'anna@acme.pl', '--phone', 'mobile:+48 601 234 567', '--add-phone', 'home:+48 22 111 22 33']);
    const csv = 'Name,E-mail,Business Phone\nAnna Nowak,ANNA@acme.pl,+48 22 555 01 02\n';
    binder.json<ImportJson>(['import', write('outlook.csv', csv), '--on-conflict', 'update']);
    const anna = binder.json<ShowJson & { phones: { label: string; number: string }[]; emails: { label: string; address: string }[] }>(['show', 'anna']);
    expect(anna.phones.map((phone) => phone.number)).toEqual(['+48 22 555 01 02', '+48 601 234 567', '+48 22 111 22 33']);
    expect(anna.emails.map((email) => email.address)).toEqual(['anna@acme.pl']);
  });

  it('is one change that crm undo takes back whole', () => {
    seed(binder, 'anna', '30', 'Anna N.');
    const before = binder.dump();
    ok(binder, ['import', write('google.csv', GOOGLE), '--file-on', 'fri']);
    expect(binder.json<{ changes: { summary: string }[] }>(['changes']).changes[0]?.summary).toMatch(/^import .*google\.csv: 3 new$/);
    ok(binder, ['undo']);
    expect(binder.dump()).toBe(before);
  });

  it('--map reads a field from another column, and --map field= leaves one out', () => {
    const csv = 'Name,Phone,Mobil,Comment\nAnna Nowak,22 100 20 30,601 234 567,private\n';
    const result = binder.json<ImportJson>(['import', write('list.csv', csv), '--file-on', 'mon', '--map', 'phone=Mobil', '--map', 'notes=']);
    expect(result.imported[0]).toMatchObject({ phone: '601 234 567' });
    expect(binder.json<ShowJson>(['show', 'nowak']).notes).toBeNull();
  });

  it('a handle given twice in the file: the later row is a duplicate, not a failure', () => {
    const csv = 'handle,name,phone,email,filed_on,cadence\nacme,A,111111,a@a.pl,2026-11-25,\nacme,B,222222,b@b.pl,2026-11-26,\nnowak,Anna Nowak,,,closed,\n';
    const result = binder.json<ImportJson>(['import', write('own.csv', csv)]);
    expect(result.imported.map((d) => [d.handle, d.filedOn])).toEqual([['acme', '2026-11-25'], ['nowak', null]]);
    expect(result.duplicates).toEqual([{ source: 'line 3', name: 'B', of: 'line 2', match: 'handle' }]);
    expect(binder.json<ShowJson>(['show', 'nowak']).filedOn).toBeNull();
  });

  it('a handle the file gives is kept for its row, and a made one steers clear of it', () => {
    const csv = 'ID,Name,Email\n,Jan Nowak,jan@x.pl\nnowak,Ewa Nowak,ewa@x.pl\n';
    const result = binder.json<ImportJson>(['import', write('ids.csv', csv), '--map', 'handle=ID', '--file-on', 'mon']);
    expect(result.imported.map((d) => [d.handle, d.name, d.filedOn])).toEqual([['nowak-jan', 'Jan Nowak', '2026-11-30'], ['nowak', 'Ewa Nowak', '2026-11-30']]);
  });

  it('one dossier is updated by one row: a second row that finds it too is listed as the same client', () => {
    seed(binder, 'jan', '30', 'Jan', ['--phone', '601 111 111', '--email', 'jan@firm.pl']);
    const csv = 'Name,E-mail,Phone\nJan K,jan@firm.pl,700 000 001\nJanek,,601 111 111\n';
    const result = binder.json<ImportJson>(['import', write('two.csv', csv), '--on-conflict', 'update']);
    expect(result.updated).toMatchObject([{ source: 'line 2', handle: 'jan', match: 'e-mail' }]);
    expect(result.duplicates).toEqual([{ source: 'line 3', name: 'Janek', of: 'line 2', match: 'dossier jan' }]);
    expect(binder.json<ShowJson>(['show', 'jan'])).toMatchObject({ name: 'Jan K', phone: '700 000 001' });
  });

  it('a shared switchboard number with another e-mail is another person; a company-only row never renames a client', () => {
    seed(binder, 'kowalski', '30', 'Jan Kowalski', ['--email', 'jan@acme.pl', '--phone', '+48 22 555 55 55']);
    const csv = 'Name,Company,E-mail,Phone\nNew Person,,new@acme.pl,+48 22 555 55 55\n,Acme Sp. z o.o.,JAN@acme.pl,\n';
    const result = binder.json<ImportJson>(['import', write('acme.csv', csv), '--on-conflict', 'update', '--file-on', 'mon']);
    expect(result.imported.map((d) => d.name)).toEqual(['New Person']);
    expect(result.updated).toEqual([{ source: 'line 3', name: 'Acme Sp. z o.o.', handle: 'kowalski', match: 'e-mail', changed: ['company'] }]);
    expect(binder.json<ShowJson>(['show', 'kowalski'])).toMatchObject({ name: 'Jan Kowalski', company: 'Acme Sp. z o.o.', email: 'jan@acme.pl' });
  });

  it('a Persian name with a zero-width non-joiner makes a handle of the whole family name', () => {
    const result = binder.json<ImportJson>(['import', write('fa.csv', 'Name\nرضا ابراهیمی\u200cپور\n'), '--file-on', 'mon']);
    expect(result.imported[0]?.handle).toBe('ابراهیمیپور');
  });

  it('--file-on a day off files on the next working day and says so', () => {
    const out = ok(binder, ['import', write('one.csv', 'Name\nJan Nowak\n'), '--file-on', 'sat']);
    expect(out).toContain('Sat 28 Nov 2026 is a day off; filed on the next working day, Mon 30 Nov 2026.');
  });

  it('reads UTF-16 with a byte order mark, as Excel saves "Unicode text"', () => {
    const text = 'Name\tPhone\nŁukasz Żółć\t601 234 999\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    expect(binder.json<ImportJson>(['import', write('le.csv', le), '--file-on', 'mon']).imported[0]?.name).toBe('Łukasz Żółć');
    // The same person again, from the big-endian file: already in the binder by phone.
    expect(binder.json<ImportJson>(['import', write('be.csv', be), '--file-on', 'mon']).skipped[0]).toMatchObject({ name: 'Łukasz Żółć', match: 'phone' });
  });

  describe('refuses bad input in one line, naming the line and column, and imports nothing', () => {
    beforeEach(() => seed(binder, 'anna', '30', 'Anna N.'));
    it.each([
      { what: 'a bad e-mail', csv: 'Name,E-mail\nJan,jan@example.pl\nOla,ola at example\n', args: [], message: /list\.csv, line 3, E-mail: "ola at example" is not an e-mail address \(name@example\.com\): it has a space in it; nothing was imported\. Fix it in the file, or add --skip-invalid to import the other contacts/ },
      { what: 'a row without a name, company, e-mail or phone', csv: 'Name,Phone,Notes\nJan,500 100 200,\n,,a note alone\n', args: [], message: /line 3, no name \(Name is empty\), company, e-mail or phone; .*--map name=Column/ },
      { what: 'an unknown field in --map', csv: 'Name\nJan\n', args: ['--map', 'fone=Name'], message: /fone/ },
      { what: 'a column not in the file', csv: 'Name,Telefon\nJan,500\n', args: ['--map', 'phone=Mobil'], message: /Mobil/ },
      { what: '--file-on and --spread together', csv: 'Name\nJan\n', args: ['--spread'], message: /--file-on and --spread both say where to file/ },
      { what: 'a bad --file-on date', csv: 'Name\nJan\n', args: ['--file-on', 'someday'], message: /someday/ },
      { what: 'a bad --stage', csv: 'Name\nJan\n', args: ['--stage', 'hot'], message: /--stage "hot" is not a stage/ },
    ])('$what', ({ csv, args, message }) => {
      const file = write('list.csv', csv);
      const fileOn = args.includes('--spread') || args.includes('--file-on') ? (args.includes('--spread') ? ['--file-on', 'mon'] : []) : ['--file-on', 'mon'];
      expect(refused(binder, ['import', file, ...fileOn, ...args]).stderr).toMatch(message);
    });

    it('a file that is not UTF-8 (a spreadsheet saved in Windows-1250)', () => {
      const file = write('cp1250.csv', Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0xa3, 0x75, 0x6b, 0x61, 0x73, 0x7a, 0x0a]));
      expect(refused(binder, ['import', file, '--file-on', 'mon']).stderr).toMatch(/is not UTF-8 text; save it from the spreadsheet as "CSV UTF-8"/);
    });
  });
});

describe('crm import of vCards', () => {
  it('reads several cards, 3.0 and 4.0, with folded lines and escapes', () => {
    const result = binder.json<ImportJson>(['import', write('phone.vcf', VCARDS), '--file-on', 'mon']);
    expect(result.imported.map((d) => [d.name, d.company, d.phone, d.source])).toEqual([
      ['Łukasz Żółć', 'Żółć i Syn', '+48 601 234 999', 'card 1'],
      ['Ани Петрова', 'Петрова ЕООД', '+359-2-987-6543', 'card 2'],
    ]);
    const handle = result.imported[0]?.handle as string;
    expect(binder.json<ShowJson>(['show', handle]).notes).toBe('Dzwonić po 10; nie w piątki\nDrugi wiersz, z przecinkiem');
  });
});

describe('the binder out and back: CSV and vCards keep every card field, the handle and the filing', () => {
  const CARD = ['--company', 'Acme; "Sp." z o.o.', '--phone', '+48 601 234 567', '--email', 'anna@acme.pl', '--position', 'kierownik, zakupy',
    '--priority', 'A', '--tags', 'vip, warszawa', '--every', '2w', '--address', 'Pani Anno', '--pronunciation', 'NO-vak',
    '--preferences', 'calls after 10', '--stage', 'client', '--notes', 'Line one\nline "two"; a, b\\c ۱۲۳ 🙂'];
  const cards = (b: Binder) => ['acme', 'петрова', 'karimi'].map((handle) => {
    const { history: _h, createdAt: _c, lastContact: _l, lastKind: _k, lastNote: _n, lastOutcome: _o, offer: _f, overdueDays: _d, promises: _p, complaints: _q, documents: _r, ...card } =
      b.json<ShowJson & Record<string, unknown>>(['show', handle]);
    return card;
  });

  for (const format of ['csv', 'vcard'] as const) {
    it(format, () => {
      seed(binder, 'acme', '25', 'Anna Nowak', CARD);
      seed(binder, 'петрова', 'dec 4', 'Ани Петрова', ['--notes', 'Иска каталог\nна български']);
      seed(binder, 'karimi', '30', 'مهسا کریمی');
      ok(binder, ['log', 'karimi', '--done']);
      const file = join(binder.dir, `out.${format === 'csv' ? 'csv' : 'vcf'}`);
      expect(ok(binder, ['export', '--format', format, '-o', file])).toBe(`Wrote 3 dossiers to ${file} (${format}).\n`);
      const copy = tempBinder('2026-11-23');
      try {
        const result = copy.json<ImportJson>(['import', file]);
        expect(result.imported.map((d) => d.handle)).toEqual(['acme', 'петрова', 'karimi']);
        expect(cards(copy)).toEqual(cards(binder));
      } finally {
        copy.remove();
      }
    });
  }

  it('the CSV export has a header and one row per dossier', () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    const csv = ok(binder, ['export', '--format', 'csv']);
    expect(csv.split(/\r?\n/)[0]).toBe('handle,name,position,company,phone,email,phones,emails,notes,priority,address,pronunciation,preferences,stage,tags,cadence,filed_on,filed_at,last_contact,last_note,offer');
    expect(csv).toMatch(/\nacme,Anna Nowak,/);
  });
});

describe('crm export -o', () => {
  it('refuses a folder, in one line, and writes nothing', () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    expect(refused(binder, ['export', '-o', binder.dir]).stderr).toBe(`crm: ${binder.dir} is a folder; give the name of a file to write, such as ${join(binder.dir, 'binder.json')}\n`);
    expect(refused(binder, ['ics', '-o', binder.dir]).stderr).toMatch(/is a folder/);
  });

  it('replaces a file that is there, whole', () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    const file = write('old.json', 'old content that is longer than nothing at all '.repeat(1000));
    ok(binder, ['export', '-o', file]);
    expect(JSON.parse(readFileSync(file, 'utf8')).dossiers).toHaveLength(1);
  });
});

describe('crm ics', () => {
  function events(path: string): Map<string, ICAL.Component> {
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
    return new Map(calendar.getAllSubcomponents('vevent').map((event) => [String(event.getFirstPropertyValue('uid')), event]));
  }
  const start = (event: ICAL.Component | undefined) => (event?.getFirstPropertyValue('dtstart') as ICAL.Time).toString();

  it('an all-day entry per filed dossier and per open promise; UIDs stay when a dossier is refiled', () => {
    seed(binder, 'acme', '25', 'Anna Nowak', ['--company', 'Acme', '--phone', '+48 601 234 567']);
    seed(binder, 'петрова', 'dec 4', 'Ани Петрова');
    seed(binder, 'closed', '30', 'Closed One');
    ok(binder, ['log', 'closed', '--done']);
    ok(binder, ['promise', 'acme', 'send the price list', '--by', 'fri']);
    ok(binder, ['promise', 'acme', 'kept already', '--by', 'fri']);
    ok(binder, ['promise', 'done', '2']);
    const first = join(binder.dir, 'ring.ics');
    expect(ok(binder, ['ics', '-o', first])).toBe(`Wrote 3 calendar entries to ${first}.\n`);
    const before = events(first);
    expect(before.size).toBe(3);
    const acme = [...before.values()].find((event) => String(event.getFirstPropertyValue('summary')).includes('Anna Nowak (Acme)'));
    expect(start(acme)).toBe('2026-11-25');
    expect(String(acme?.getFirstPropertyValue('description'))).toContain('+48 601 234 567');
    const promise = [...before.values()].find((event) => String(event.getFirstPropertyValue('summary')).includes('send the price list'));
    expect(start(promise)).toBe('2026-11-27');

    ok(binder, ['move', 'acme', 'dec 2']);
    const second = join(binder.dir, 'ring2.ics');
    ok(binder, ['ics', '-o', second]);
    const after = events(second);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect(start(after.get(String(acme?.getFirstPropertyValue('uid'))))).toBe('2026-12-02');
  });

  it('shows what is overdue on today, as today\'s stack does, not on a past day', () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    ok(binder, ['promise', 'acme', 'send the price list', '--by', '24']);
    const out = ok(binder, ['ics'], { today: '2026-11-30' });
    const all = new ICAL.Component(ICAL.parse(out)).getAllSubcomponents('vevent');
    expect(all.map((event) => (event.getFirstPropertyValue('dtstart') as ICAL.Time).toString())).toEqual(['2026-11-30', '2026-11-30']);
    expect(String(all[0]?.getFirstPropertyValue('description'))).toMatch(/^Overdue: filed for 2026-11-25, 5 days ago\./);
    expect(String(all[1]?.getFirstPropertyValue('description'))).toMatch(/^Broken: due 2026-11-24, 6 days ago\./);
  });

  it('writes to standard output without -o', () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    const out = ok(binder, ['ics']);
    expect(out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(new ICAL.Component(ICAL.parse(out)).getAllSubcomponents('vevent')).toHaveLength(1);
  });
});

describe('--quiet', () => {
  it('prints nothing on success, but --json and exported data still print', () => {
    expect(ok(binder, ['--quiet', 'file', 'acme', '25', '--name', 'Anna Nowak'])).toBe('');
    expect(ok(binder, ['log', 'acme', '--note', 'hi', '--next', '30', '-q'])).toBe('');
    expect(JSON.parse(ok(binder, ['show', 'acme', '--json', '--quiet'])).name).toBe('Anna Nowak');
    expect(ok(binder, ['export', '--quiet'])).toContain('"handle": "acme"');
  });

  it('errors still say what was wrong, on stderr, with exit 2', () => {
    const result = binder.crm(['--quiet', 'file', 'acme', 'someday', '--name', 'Anna']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^crm: .*someday/);
  });
});

describe('no command waits for input without a terminal', () => {
  it('crm import - with nothing piped in reads an empty file and says so', () => {
    const result = binder.crm(['import', '-', '--format', 'csv', '--file-on', 'mon'], { input: '' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Imported 0 new dossiers from standard input\./);
  });
});
