// Issue 12, items 17, 18 (reading) and 26: contact files as other programs really write them. A
// Google Contacts export with e-mail-only and phone-only rows, an e-mail "with a space in it" and
// ` ::: ` multi-values; an Outlook export with E-mail 2/3 and its many phone columns; vCards with
// several TELs, EMAILs and ADRs, Apple's item1.TEL and a tel: URI with an extension. Nothing is
// dropped silently: every number and address is in the preview (or said under "not read"), bad
// rows are refused by count or skipped with --skip-invalid, and hostile files (long runs of
// spaces, quoted-printable soft line breaks, /dev/zero, a quote never closed) are read in linear
// time, capped, and stopped by Ctrl-C with nothing written.
import { spawn } from 'node:child_process';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CRM, tempBinder, type Binder } from './cli.js';
import { ok, refused, seed, type ShowJson } from './support.js';

interface Labelled {
  label: string;
}
interface ImportedJson {
  handle: string;
  name: string;
  phone: string | null;
  email: string | null;
  source: string;
  namedFrom?: string;
  phones: (Labelled & { number: string })[];
  emails: (Labelled & { address: string })[];
}
interface ImportJson {
  imported: ImportedJson[];
  invalid: { source: string; reason: string }[];
  mapping: { field: string; from: string }[];
  unmapped: string[];
  dryRun: boolean;
  change: { summary: string } | null;
}

const fixture = (name: string) => new URL(`../fixtures/contacts/${name}`, import.meta.url).pathname;

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

/** A contact's numbers and addresses as "label value", the primary first. */
const reach = (contact: ImportedJson | undefined) => ({
  phones: contact?.phones.map((phone) => `${phone.label} ${phone.number}`),
  emails: contact?.emails.map((email) => `${email.label} ${email.address}`),
});

describe('a Google Contacts export with rows that are not all names (item 17)', () => {
  const GOOGLE = fixture('google-real.csv');

  it('without --skip-invalid: refused, saying how many rows are bad, naming the first few, suggesting the flag; nothing written', () => {
    seed(binder, 'acme', 'mon', 'Acme Ltd');
    const { stderr } = refused(binder, ['import', GOOGLE, '--file-on', 'mon'], { lines: 3 });
    expect(stderr).toBe(
      [
        `crm: ${GOOGLE}: 2 of its 7 contacts are not valid, the first at line 8; nothing was imported. Fix them in the file, or add --skip-invalid to import the others and list those skipped`,
        '  line 8: E-mail 1 - Value, else E-mail 2 - Value: "jan kowalski@wp.pl" is not an e-mail address (name@example.com): it has a space in it',
        '  line 10: no name (First Name + Middle Name + Last Name is empty), company, e-mail or phone; fill one in, or say which column holds names with --map name=Column',
        '',
      ].join('\n'),
    );
    // The dry run refuses the same way: it shows what the import would do.
    refused(binder, ['import', GOOGLE, '--dry-run'], { lines: 3 });
  });

  it('--skip-invalid --dry-run: says how many would be skipped and lists each with its line and reason; names taken from what a contact has', () => {
    const preview = ok(binder, ['import', GOOGLE, '--skip-invalid', '--dry-run']);
    expect(preview).toMatch(/^Would import 5 new dossiers from .*google-real\.csv, 2 rows not valid would be skipped\.\n/);
    expect(preview).toContain('Not valid (would be skipped):\n  line 8       E-mail 1 - Value, else E-mail 2 - Value: "jan kowalski@wp.pl" is not an e-mail address (name@example.com): it has a space in it\n  line 10      no name');
    expect(preview).toContain('marek.zielinski (no name; from e-mail)');
    expect(preview).toContain('+48 505 111 222 (no name; from phone)');
    // Every number and address in the preview, the fax said under "not read".
    for (const value of ['+48 602 000 000', '+48 22 123 45 67', 'biuro@nowak-transport.pl', 'anna.nowak@gmail.com', 'zamowienia@wisniewska.example.pl']) expect(preview).toContain(value);
    expect(preview).toMatch(/not read: .*Website 1 - Value, Phone 3 - Value \(fax and pager numbers\)/);
    expect(binder.crm(['today']).code).toBe(0);

    const result = binder.json<ImportJson>(['import', GOOGLE, '--skip-invalid', '--dry-run']);
    expect(result.invalid.map((row) => row.source)).toEqual(['line 8', 'line 10']);
    expect(result.imported.map(({ handle, name, namedFrom, source }) => ({ handle, name, namedFrom, source }))).toEqual([
      { handle: 'nowak', name: 'Anna Maria Nowak', namedFrom: undefined, source: 'line 2' },
      { handle: 'zielinski', name: 'marek.zielinski', namedFrom: 'e-mail', source: 'line 6' },
      { handle: '505111222', name: '+48 505 111 222', namedFrom: 'phone', source: 'line 7' },
      { handle: 'lis', name: 'Ewa Lis', namedFrom: undefined, source: 'line 9' },
      { handle: 'wiśniewska', name: 'Hurtownia Wiśniewska', namedFrom: 'company', source: 'line 11' },
    ]);
    // ` ::: ` cells, several columns, a mail program's "Name <address>", a list in one cell: all read.
    expect(reach(result.imported[0])).toEqual({
      phones: ['mobile +48 601 234 567', 'mobile +48 602 000 000', 'work +48 22 123 45 67'],
      emails: ['work anna.nowak@nowak-transport.pl', 'work biuro@nowak-transport.pl', 'home anna.nowak@gmail.com'],
    });
    expect(reach(result.imported[3]).emails).toEqual(['work ewa.lis@lis.example.pl']);
    expect(reach(result.imported[4])).toEqual({
      phones: ['work +48 12 345 67 89', 'work +48 12 345 67 90'],
      emails: ['work biuro@wisniewska.example.pl', 'work zamowienia@wisniewska.example.pl'],
    });
  });

  it('--skip-invalid: imports the valid rows, lists the skipped ones; primary phone and e-mail on the card, every address in the notes', () => {
    const result = binder.json<ImportJson>(['import', GOOGLE, '--skip-invalid', '--file-on', 'mon']);
    expect(result.imported).toHaveLength(5);
    expect(result.invalid).toEqual([
      { source: 'line 8', reason: 'E-mail 1 - Value, else E-mail 2 - Value: "jan kowalski@wp.pl" is not an e-mail address (name@example.com): it has a space in it' },
      { source: 'line 10', reason: expect.stringMatching(/^no name/) as unknown as string },
    ]);
    expect(result.change?.summary).toMatch(/: 5 new, 2 not valid, skipped$/);
    const nowak = binder.json<ShowJson>(['show', 'nowak']);
    expect(nowak).toMatchObject({
      phone: '+48 601 234 567',
      email: 'anna.nowak@nowak-transport.pl',
      notes: 'Prefers calls before 10.\nAddress (work): ul. Długa 5, 00-001 Warszawa, PL\nAddress (home): ul. Polna 3, 05-500 Piaseczno',
    });
    expect(binder.json<ShowJson>(['show', 'lis'])).toMatchObject({ email: 'ewa.lis@lis.example.pl', notes: 'Address (work): Rynek 1, 31-042 Kraków' });
    expect(binder.json<ShowJson>(['show', 'zielinski'])).toMatchObject({ name: 'marek.zielinski', email: 'marek.zielinski@serwis.example.pl' });
    expect(binder.json<ShowJson>(['show', '505111222'])).toMatchObject({ name: '+48 505 111 222', phone: '+48 505 111 222' });
    // One change: undo takes the whole import back.
    expect(binder.crm(['undo']).code).toBe(0);
    expect(binder.crm(['show', 'nowak']).code).toBe(2);
  });

  it('a crm JSON export stays all or nothing: --skip-invalid is refused for it', () => {
    seed(binder, 'acme', 'mon', 'Acme Ltd');
    const exported = write('binder.json', ok(binder, ['export', '--format', 'json']));
    expect(refused(binder, ['import', exported, '--skip-invalid']).stderr).toBe(
      `crm: --skip-invalid is for contacts (CSV, vCard); ${exported} is a crm JSON export, imported whole or not at all\n`,
    );
  });

  it('one bad row: the refusal names it, its column and the way on', () => {
    const file = write('list.csv', 'Name,E-mail\nJan,jan@example.pl\nOla,"Ola Nowak, ola at example"\n');
    expect(refused(binder, ['import', file, '--file-on', 'mon']).stderr).toBe(
      `crm: ${file}, line 3, E-mail: "Ola Nowak, ola at example" is not an e-mail address (name@example.com): it has a space in it; nothing was imported. Fix it in the file, or add --skip-invalid to import the other contacts\n`,
    );
  });

  it('a row with more cells than the header is one bad row, skipped with --skip-invalid', () => {
    const file = write('list.csv', 'Name,Notes\nAnna,"one, two"\nBob,one, two\n');
    const result = binder.json<ImportJson>(['import', file, '--file-on', 'mon', '--skip-invalid']);
    expect(result.imported.map((d) => d.name)).toEqual(['Anna']);
    expect(result.invalid).toEqual([{ source: 'line 3', reason: 'it has 3 cells but the header line names 2 columns; put a cell that contains "," in double quotes, or give the separator with --delimiter' }]);
  });
});

describe('several numbers and addresses (item 18, reading)', () => {
  it("Outlook: E-mail 2/3 and every phone column, labelled, mobile first; a number repeated in Primary Phone once; faxes under \"not read\"", () => {
    const result = binder.json<ImportJson>(['import', fixture('outlook-phones.csv'), '--dry-run']);
    expect(reach(result.imported[0])).toEqual({
      phones: ['mobile +49 171 2345678', 'work +49 30 1234567', 'work +49 30 1234570', 'other +49 30 9999999', 'home +49 30 7654321'],
      emails: ['work h.mueller@mueller-gmbh.example.de', 'work hans.mueller@web.example.de', 'work einkauf@mueller-gmbh.example.de'],
    });
    expect(reach(result.imported[1])).toEqual({ phones: ['work +1 555 0199', 'other +1 555 0111'], emails: ['work sarah@cyberdyne.example'] });
    expect(result.unmapped).toEqual(expect.arrayContaining(['Business Fax', 'Pager', 'Web Page', 'Birthday']));
    expect(result.unmapped).not.toContain('Business Street');
    ok(binder, ['import', fixture('outlook-phones.csv'), '--file-on', 'mon']);
    expect(binder.json<ShowJson>(['show', 'müller'])).toMatchObject({
      phone: '+49 171 2345678',
      email: 'h.mueller@mueller-gmbh.example.de',
      notes: 'Met at the Hannover fair.\nAddress (work): Friedrichstraße 10, 10117 Berlin, Deutschland\nAddress (home): Gartenweg 2, 14467 Potsdam',
    });
  });

  it('vCards: HOME TEL, item1.TEL with its X-ABLabel, several EMAILs and ADRs, a tel: URI with ;ext=', () => {
    const result = binder.json<ImportJson>(['import', fixture('several.vcf'), '--dry-run']);
    expect(reach(result.imported[0])).toEqual({
      phones: ['mobile +48 601 234 567', 'mobile +48 500 600 700', 'work +48 22 123 45 67', 'home +48 22 765 43 21', 'other +48 12 999 88 77'],
      emails: ['work anna.nowak@nowak-transport.pl', 'home anna.nowak@gmail.com', 'other anna@nowak.example'],
    });
    expect(reach(result.imported[1])).toEqual({
      phones: ['work +48-22-123-45-67 ext. 123', 'home +48-22-555-66-77'],
      emails: ['work mehdi@karimi.example', 'home mehdi.karimi@mail.example'],
    });
    expect(result.unmapped).toEqual(['BDAY', 'URL', 'TEL (fax and pager numbers)']);
    ok(binder, ['import', fixture('several.vcf'), '--file-on', 'mon']);
    expect(binder.json<ShowJson>(['show', 'karimi'])).toMatchObject({
      phone: '+48-22-123-45-67 ext. 123',
      notes: 'Address (work): Aleja Jana Pawła II 22, 00-133 Warszawa, Polska\nAddress (home): Marszałkowska 1, 00-624 Warszawa, Polska',
    });
    expect(binder.json<ShowJson>(['show', 'nowak'])).toMatchObject({ phone: '+48 601 234 567', notes: 'Dzwonić po 10.\nAddress (work): ul. Długa 5, 00-001 Warszawa, Polska\nAddress (home): ul. Polna 3, 05-500 Piaseczno, Polska' });
  });
});

// ---- item 26: hostile files ----

const SPACES = ' '.repeat(450_000);
/** A 450 KB CSV whose address cell is mostly one run of spaces (41 s before, on a fast machine). */
const spacesCsv = () => `Name,E-mail,Address 1 - Formatted\nAnna Nowak,anna@x.pl,"ul. Długa 5${SPACES}00-001 Warszawa"\n`;
/** A vCard 2.1 note in quoted-printable over `lines` lines joined by soft line breaks; 11,500 make 860 KB (69 s before). */
function qpVcard(lines: number): { text: string; note: string } {
  const encoded = 'Dzwoni=C4=87 po 10, nie w pi=C4=85tki';
  const padding = 'x'.repeat(75 - encoded.length);
  const body = `${Array.from({ length: lines }, () => `${encoded}${padding}`).join('=\r\n')}=\r\nend`;
  const text = ['BEGIN:VCARD', 'VERSION:2.1', 'N:Nowak;Anna', 'FN:Anna Nowak', `NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${body}`, 'END:VCARD', ''].join('\r\n');
  return { text, note: `${`Dzwonić po 10, nie w piątki${padding}`.repeat(lines)}end` };
}

describe('hostile contact files (item 26)', () => {
  it('a 450 KB CSV address cell of long runs of spaces is read in linear time: the runs become one space', { timeout: 30_000 }, () => {
    const file = write('spaces.csv', spacesCsv());
    ok(binder, ['import', file, '--file-on', 'mon']);
    expect(binder.json<ShowJson>(['show', 'nowak']).notes).toBe('Address: ul. Długa 5 00-001 Warszawa');
  });

  it('a vCard ADR of long runs of spaces, the same', { timeout: 30_000 }, () => {
    const file = write('adr.vcf', ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Anna Nowak', `ADR;TYPE=work:;;ul. Długa 5${SPACES};Warszawa;;00-001;PL`, 'END:VCARD', ''].join('\r\n'));
    ok(binder, ['import', file, '--file-on', 'mon']);
    expect(binder.json<ShowJson>(['show', 'nowak']).notes).toBe('Address (work): ul. Długa 5, 00-001 Warszawa, PL');
  });

  it('an 860 KB quoted-printable vCard note: soft line breaks joined in linear time, decoded, and refused by the note limit in one line', { timeout: 30_000 }, () => {
    const { text, note } = qpVcard(11_500);
    expect(text.length).toBeGreaterThan(860_000);
    const file = write('qp.vcf', text);
    expect(refused(binder, ['import', file, '--file-on', 'mon']).stderr).toBe(
      `crm: ${file}, card 1, NOTE: "${note.slice(0, 57)}..." is longer than 100000 characters; nothing was imported. Fix it in the file, or add --skip-invalid to import the other contacts\n`,
    );
    // The same, short enough to keep: read whole and right.
    const short = qpVcard(1_000);
    ok(binder, ['import', write('short.vcf', short.text), '--file-on', 'mon']);
    expect(binder.json<ShowJson>(['show', 'nowak']).notes).toBe(short.note);
  });

  it('a contacts file over 64 MB is refused before it is read, in one line', () => {
    const file = write('huge.csv', '');
    truncateSync(file, 65 * 1024 * 1024);
    expect(refused(binder, ['import', file, '--file-on', 'mon']).stderr).toBe(
      `crm: ${file} is 65 MB, over crm's limit of 64 MB for a contacts file; split it into smaller files and import each (a vCard export without photos is much smaller)\n`,
    );
  });

  it('crm import /dev/zero stops at the limit instead of growing without bound', { timeout: 30_000 }, () => {
    expect(refused(binder, ['import', '/dev/zero', '--file-on', 'mon']).stderr).toBe(
      "crm: /dev/zero is more than 64 MB, over crm's limit of 64 MB for a contacts file; split it into smaller files and import each (a vCard export without photos is much smaller)\n",
    );
  });

  it('a quote never closed: refused at the row cap, naming the line, not after reading every row into one cell', () => {
    const rows = Array.from({ length: 30_000 }, (_, at) => `Client ${at},client${at}@example.pl,a note`).join('\n');
    const file = write('open.csv', `Name,E-mail,Notes\nAnna,anna@x.pl,"never closed\n${rows}\n`);
    expect(refused(binder, ['import', file, '--file-on', 'mon']).stderr).toBe(
      `crm: ${file}, line 2: the row holds more than 1 MB, crm's limit for one contact; if a quoted cell there is never closed, end it with a double quote ("), else shorten its text\n`,
    );
  });

  it('a vCard value over 1 MB is refused in one line; a large photo is not read, so not refused', () => {
    const big = write('big.vcf', ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Anna Nowak', `NOTE:${'x'.repeat(1_100_000)}`, 'END:VCARD', ''].join('\r\n'));
    expect(refused(binder, ['import', big, '--file-on', 'mon']).stderr).toBe(
      `crm: ${big}, card 1, line 4: NOTE holds more than 1 MB, crm's limit for one value; shorten it, or take it out of the card\n`,
    );
    const photo = write('photo.vcf', ['BEGIN:VCARD', 'VERSION:3.0', 'FN:Anna Nowak', `PHOTO;ENCODING=b;TYPE=JPEG:${'QUJD'.repeat(400_000)}`, 'END:VCARD', ''].join('\r\n'));
    const result = binder.json<ImportJson>(['import', photo, '--file-on', 'mon']);
    expect(result.imported.map((d) => d.name)).toEqual(['Anna Nowak']);
    expect(result.unmapped).toEqual(['PHOTO']);
  });

  it('Ctrl-C during a long import stops it at once: exit 130, nothing written', { timeout: 60_000 }, async () => {
    seed(binder, 'acme', 'mon', 'Acme Ltd');
    const before = binder.dump();
    // 200,000 contacts behind a row whose address is a long run of spaces (minutes of work before).
    const rows = Array.from({ length: 200_000 }, (_, at) => `Client ${at},client${at}@example.pl,+48 600 ${String(at).padStart(6, '0')},ul. Długa ${at}`);
    const csv = `Name,E-mail,Phone,Address\nAnna Nowak,anna@x.pl,,"ul. Długa 5${SPACES}00-001 Warszawa"\n${rows.join('\n')}\n`;
    const child = spawn(process.execPath, [CRM, 'import', '-', '--file-on', 'mon'], {
      env: { PATH: process.env.PATH, HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: '2026-11-23', TZ: process.env.TZ },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
    // Once crm has taken in the whole file it is reading it: that is when the user gives up and presses Ctrl-C.
    await new Promise<void>((resolve) => child.stdin.end(csv, () => resolve()));
    child.kill('SIGINT');
    expect(await exited).toEqual({ code: 130, signal: null });
    expect(stderr).toBe('');
    expect(binder.dump()).toBe(before);
  });
});

describe('the README says it', () => {
  it('documents --skip-invalid, the phones and emails of the preview, and the limits', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const phrase of ['--skip-invalid', '"phones"', '"emails"', '64 MB', 'not read']) expect(readme).toContain(phrase);
  });
});
