// crm attach and crm docs: the documents of the case kept inside the binder (or as links), and
// written back out byte for byte.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import {
  binderFiles,
  copyBinder,
  crmRaw,
  DOCUMENT_FIELDS,
  expectKeys,
  expectUndone,
  lineWith,
  ok,
  refused,
  seed,
  type CaseJson,
  type ChangedJson,
  type DocumentJson,
} from './support.js';

// Seeded once on Mon 2026-11-23; every test works on a copy of its own.
//   acme   Anna Nowak, Acme Ltd   behind 25 (Wed 25 Nov)
//   zolc   Łukasz Żółć            today
let seeded: Binder;
beforeAll(() => {
  seeded = tempBinder('2026-11-23');
  seed(seeded, 'acme', '25', 'Anna Nowak', ['--company', 'Acme Ltd']);
  seed(seeded, 'zolc', 'today', 'Łukasz Żółć');
});
afterAll(() => {
  seeded.remove();
});

let binder: Binder;
let files: string;
beforeEach(() => {
  binder = copyBinder(seeded, '2026-11-23');
  // The user's own files, beside the binder in its temp folder (removed with it).
  files = join(binder.dir, 'files');
  mkdirSync(files);
});
afterEach(() => {
  binder.remove();
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** Writes a file of the user's and returns its path. */
const userFile = (name: string, content: Buffer | string) => {
  const path = join(files, name);
  writeFileSync(path, content);
  return path;
};
/** Every byte value 0-255, four times over, in a varied order: 1024 bytes of binary. */
const allBytes = () => Buffer.from(Array.from({ length: 1024 }, (_, i) => (i * 167 + (i >> 8)) % 256));
const docs = (client = 'acme') => binder.json<{ handle: string; documents: DocumentJson[] }>(['docs', client]);

describe('a document round trip', () => {
  it('a binary file with every byte value comes back byte for byte, with the same sha256', () => {
    const bytes = allBytes();
    expect(new Set(bytes).size).toBe(256);
    const original = userFile('scan.bin', bytes);
    const out = ok(binder, ['attach', 'acme', original]);
    expect(out.split('\n')[0]).toBe('Attached to acme');
    expect(lineWith(out, 'scan.bin')).toContain('1 KB');

    const [document] = docs().documents;
    expect(document).toMatchObject({ name: 'scan.bin', type: 'application/octet-stream', size: 1024, sha256: sha256(bytes), link: null });
    expect(document?.addedAt.slice(0, 10)).toBe('2026-11-23');

    const back = join(binder.dir, 'back.bin');
    const wrote = ok(binder, ['docs', 'acme', '--get', 'scan.bin', '-o', back]);
    expect(wrote).toBe(`Wrote ${back} (1024 bytes, sha256 ${sha256(bytes)}).\n`);
    const written = readFileSync(back);
    expect(written.equals(bytes)).toBe(true);
    expect(sha256(written)).toBe(sha256(bytes));
    // A client's document is personal data: readable by the owner only, whatever the umask.
    expect(statSync(back).mode & 0o777).toBe(0o600);
  });

  it('-o - writes the bytes to stdout and nothing else', () => {
    const bytes = allBytes();
    ok(binder, ['attach', 'acme', userFile('scan.bin', bytes)]);
    const result = crmRaw(binder, ['docs', 'acme', '--get', 'scan.bin', '-o', '-']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.equals(bytes)).toBe(true);
  });

  it('without -o: the document’s own name, in the current folder; an existing file needs --force', () => {
    ok(binder, ['attach', 'acme', userFile('offer.txt', 'Offer Q-7: 40 units at 9.50\n')]);
    const here = join(binder.dir, 'meeting');
    mkdirSync(here);
    const first = crmRaw(binder, ['docs', 'acme', '--get', 'offer.txt'], { cwd: here });
    expect(first.code).toBe(0);
    expect(first.stdout.toString()).toMatch(/^Wrote offer\.txt \(28 bytes, sha256 [0-9a-f]{64}\)\.\n$/);
    expect(readFileSync(join(here, 'offer.txt'), 'utf8')).toBe('Offer Q-7: 40 units at 9.50\n');

    writeFileSync(join(here, 'offer.txt'), 'my own edits');
    const again = crmRaw(binder, ['docs', 'acme', '--get', 'offer.txt'], { cwd: here });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('crm: offer.txt exists; add --force to overwrite it, or -o <another path>\n');
    expect(readFileSync(join(here, 'offer.txt'), 'utf8')).toBe('my own edits');

    expect(crmRaw(binder, ['docs', 'acme', '--get', 'offer.txt', '--force'], { cwd: here }).code).toBe(0);
    expect(readFileSync(join(here, 'offer.txt'), 'utf8')).toBe('Offer Q-7: 40 units at 9.50\n');
  });

  it('--get --json: what was written, without the content', () => {
    ok(binder, ['attach', 'acme', userFile('notes.txt', 'hello')]);
    const back = join(binder.dir, 'notes-back.txt');
    const written = binder.json<DocumentJson & { written: string }>(['docs', 'acme', '--get', 'notes.txt', '-o', back]);
    expectKeys(written, ['written', ...DOCUMENT_FIELDS], 'written document');
    expect(written).toMatchObject({ written: back, name: 'notes.txt', type: 'text/plain', size: 5, sha256: sha256(Buffer.from('hello')), link: null });
    expect(readFileSync(back, 'utf8')).toBe('hello');
  });
});

describe('crm attach', () => {
  it('several files at once: name, type by its ending, size and sha256 of each, in the order given', () => {
    const pdf = Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n', 'latin1');
    const out = ok(binder, ['attach', 'acme', userFile('offer-2026-11.pdf', pdf), userFile('prices.xlsx', 'PK\u0003\u0004'), userFile('Notiz über Preise.txt', 'Grüße')]);
    expect(out.split('\n')[0]).toBe('Attached to acme');
    for (const name of ['offer-2026-11.pdf', 'prices.xlsx', 'Notiz über Preise.txt']) expect(out).toContain(name);
    expect(docs().documents).toMatchObject([
      { name: 'offer-2026-11.pdf', type: 'application/pdf', size: pdf.length, sha256: sha256(pdf) },
      { name: 'prices.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: 4 },
      { name: 'Notiz über Preise.txt', type: 'text/plain', size: Buffer.byteLength('Grüße'), sha256: sha256(Buffer.from('Grüße')) },
    ]);
  });

  it('each document is an entry in the history, and the card lists them (crm show)', () => {
    ok(binder, ['attach', 'acme', userFile('offer.pdf', 'x'.repeat(2048))]);
    ok(binder, ['attach', 'acme', '--link', 'https://drive.example.com/acme-contract']);
    const dossier = binder.json<CaseJson>(['show', 'acme']);
    expect(dossier.history.slice(-2)).toMatchObject([
      { kind: 'attached', note: 'offer.pdf' },
      { kind: 'attached', note: 'acme-contract (link)' },
    ]);
    expect(dossier.documents.map((d) => d.name)).toEqual(['offer.pdf', 'acme-contract']);
    for (const document of dossier.documents) expectKeys(document, DOCUMENT_FIELDS, 'document');
    // Attaching is not a conversation: the card's last contact stays as it was.
    expect(dossier).toMatchObject({ lastContact: null, lastKind: null, filedOn: '2026-11-25' });
    const out = ok(binder, ['show', 'acme']);
    expect(lineWith(out, 'offer.pdf')).toContain('2 KB');
    expect(lineWith(out, 'acme-contract')).toContain('https://drive.example.com/acme-contract');
  });

  it('--json: the change, the dossier, the entries and what was attached', () => {
    const bytes = allBytes();
    const attached = binder.json<ChangedJson & { attached: DocumentJson[] }>(['attach', 'acme', userFile('scan.bin', bytes)]);
    expect(attached.change).toMatchObject({ command: 'attach' });
    expect(attached.change?.summary).toContain('scan.bin');
    expect(attached.dossiers.map((d) => d.handle)).toEqual(['acme']);
    expect(attached.entries).toMatchObject([{ handle: 'acme', kind: 'attached', note: 'scan.bin' }]);
    expect(attached.attached).toHaveLength(1);
    expectKeys(attached.attached[0], DOCUMENT_FIELDS, 'attached document');
    expect(attached.attached[0]).toMatchObject({ name: 'scan.bin', size: 1024, sha256: sha256(bytes), link: null });
    expect(attached.attached).toEqual(docs().documents);
  });

  it('--link stores a reference, not a file: type "link", no size or checksum', () => {
    const out = ok(binder, ['attach', 'acme', '--link', 'https://drive.example.com/acme-contract?id=7#page=2']);
    expect(lineWith(out, 'acme-contract')).toContain('https://drive.example.com/acme-contract?id=7#page=2');
    ok(binder, ['attach', 'acme', '--link', '/srv/shared/acme/calculation.ods']);
    expect(docs().documents).toMatchObject([
      { name: 'acme-contract', type: 'link', size: null, sha256: null, link: 'https://drive.example.com/acme-contract?id=7#page=2' },
      { name: 'calculation.ods', type: 'link', size: null, sha256: null, link: '/srv/shared/acme/calculation.ods' },
    ]);
  });

  it('a link cannot be written out: crm docs --get says where it lives', () => {
    ok(binder, ['attach', 'acme', '--link', 'https://drive.example.com/acme-contract']);
    const { stderr } = refused(binder, ['docs', 'acme', '--get', 'acme-contract', '-o', join(binder.dir, 'x')]);
    expect(stderr).toContain('https://drive.example.com/acme-contract');
    expect(existsSync(join(binder.dir, 'x'))).toBe(false);
  });

  it('names the client by a prefix of a word of the name, whatever the diacritics', () => {
    expect(ok(binder, ['attach', 'lukasz', userFile('a.txt', 'a')]).split('\n')[0]).toBe('Attached to zolc');
    expect(docs('zolc').documents.map((d) => d.name)).toEqual(['a.txt']);
  });
});

describe('the size limit (crm config attach-limit)', () => {
  beforeEach(() => {
    ok(binder, ['config', 'attach-limit', '1KB']);
  });

  it('a file of exactly the limit is stored', () => {
    ok(binder, ['attach', 'acme', userFile('exact.bin', Buffer.alloc(1024, 7))]);
    expect(docs().documents).toMatchObject([{ name: 'exact.bin', size: 1024 }]);
  });

  it('one byte over: refused with the file, its size, the limit and the way out', () => {
    const big = userFile('big.bin', Buffer.alloc(1025, 7));
    const { stderr } = refused(binder, ['attach', 'acme', big]);
    expect(stderr).toContain('big.bin');
    expect(stderr).toContain('--link');
    expect(stderr).toContain('attach-limit');
    // The limit as it was set, not rounded away: "1 KB", never "0 MB".
    expect(stderr).toMatch(/limit of 1 ?KB/);
    expect(stderr).not.toMatch(/\b0 MB/);
  });

  it('one file too large among several: nothing is attached', () => {
    const small = userFile('small.txt', 'fine');
    const big = userFile('big.bin', Buffer.alloc(4096));
    expect(refused(binder, ['attach', 'acme', small, big]).stderr).toContain('big.bin');
    expect(docs().documents).toEqual([]);
  });

  it('a link is not limited', () => {
    ok(binder, ['attach', 'acme', '--link', '/srv/video/acme-visit.mp4']);
    expect(docs().documents).toMatchObject([{ name: 'acme-visit.mp4', type: 'link' }]);
  });

  it('crm config shows the limit, and refuses a size it cannot read', () => {
    expect(lineWith(ok(binder, ['config']), 'attach-limit')).toContain('1 KB');
    expect(refused(binder, ['config', 'attach-limit', '1XB']).stderr).toContain('1XB');
  });
});

describe('crm docs', () => {
  it('a dossier without documents says so, and how to attach one', () => {
    expect(ok(binder, ['docs', 'acme'])).toBe('acme has no documents (crm attach acme <file>).\n');
    expect(docs()).toEqual({ handle: 'acme', documents: [] });
  });

  it('lists files and links with their size, type and checksum, oldest first', () => {
    const bytes = allBytes();
    ok(binder, ['attach', 'acme', userFile('scan.bin', bytes), userFile('offer.pdf', 'x'.repeat(3000))]);
    ok(binder, ['attach', 'acme', '--link', 'https://drive.example.com/acme-contract']);
    const out = ok(binder, ['docs', 'acme']);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('Documents of acme');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/scan\.bin\s+1 KB\s+application\/octet-stream\s+sha256 [0-9a-f]{12}…\s+2026-11-23$/);
    expect(lines[1]).toContain(sha256(bytes).slice(0, 12));
    expect(lines[2]).toMatch(/offer\.pdf\s+2\.9 KB\s+application\/pdf/);
    expect(lines[3]).toMatch(/acme-contract\s+link\s+https:\/\/drive\.example\.com\/acme-contract\s+2026-11-23$/);
    const listed = docs();
    expect(listed.handle).toBe('acme');
    for (const document of listed.documents) expectKeys(document, DOCUMENT_FIELDS, 'document');
    expect(listed.documents.map((d) => d.id)).toEqual([...listed.documents.map((d) => d.id)].sort((a, b) => a - b));
  });

  it('only the documents of that dossier', () => {
    ok(binder, ['attach', 'acme', userFile('a.txt', 'a')]);
    ok(binder, ['attach', 'zolc', userFile('z.txt', 'z')]);
    expect(docs('acme').documents.map((d) => d.name)).toEqual(['a.txt']);
    expect(docs('zolc').documents.map((d) => d.name)).toEqual(['z.txt']);
    // The same name may be used by another dossier; --get takes the one of the dossier named.
    ok(binder, ['attach', 'zolc', userFile('a.txt', 'zolc’s a')]);
    const back = join(binder.dir, 'back.txt');
    ok(binder, ['docs', 'zolc', '--get', 'a.txt', '-o', back]);
    expect(readFileSync(back, 'utf8')).toBe('zolc’s a');
  });

  it('on a missing binder: names no client and creates nothing', () => {
    const empty = tempBinder('2026-11-23');
    try {
      expect(refused(empty, ['docs', 'acme']).stderr).toContain('acme');
      expect(binderFiles(empty)).toEqual([]);
    } finally {
      empty.remove();
    }
  });
});

describe('refused: exit 2, one line on stderr, the binder unchanged', () => {
  it.each([
    { what: 'neither files nor --link', args: () => ['attach', 'acme'], mentions: ['--link'] },
    { what: 'a file that does not exist', args: () => ['attach', 'acme', join(files, 'missing.pdf')], mentions: ['missing.pdf'] },
    { what: 'a folder', args: () => ['attach', 'acme', files], mentions: ['/files', 'not a file'] },
    { what: 'an unknown client', args: () => ['attach', 'nobody', userFile('a.txt', 'a')], mentions: ['nobody'] },
    { what: 'an empty --link', args: () => ['attach', 'acme', '--link', ' '], mentions: ['--link'] },
    {
      what: 'the same name twice in one command',
      args: () => {
        mkdirSync(join(files, 'sub'));
        writeFileSync(join(files, 'sub', 'a.txt'), 'another a');
        return ['attach', 'acme', userFile('a.txt', 'a'), join(files, 'sub', 'a.txt')];
      },
      mentions: ['a.txt'],
    },
    { what: 'no client', args: () => ['attach'], mentions: ['client', 'crm attach --help'] },
  ])('attach: $what', ({ args, mentions }) => {
    const { stderr } = refused(binder, args());
    for (const text of mentions) expect(stderr).toContain(text);
  });

  it('attach: a name the dossier has already', () => {
    ok(binder, ['attach', 'acme', userFile('offer.pdf', 'first')]);
    const { stderr } = refused(binder, ['attach', 'acme', userFile('offer.pdf', 'second')]);
    expect(stderr).toContain('offer.pdf');
    expect(stderr).toContain('already');
  });

  it('attach: files and --link together (the files would be silently left out)', () => {
    const { stderr } = refused(binder, ['attach', 'acme', userFile('offer.pdf', 'x'), '--link', 'https://drive.example.com/acme-contract']);
    expect(stderr).toContain('--link');
  });

  it.each([
    { what: 'a name it does not have: lists the names it has', args: ['docs', 'acme', '--get', 'nope.pdf'], mentions: ['nope.pdf', 'offer.pdf'] },
    { what: 'an unknown client', args: ['docs', 'nobody'], mentions: ['nobody'] },
    { what: '--get without a name', args: ['docs', 'acme', '--get'], mentions: ['--get'] },
  ])('docs: $what', ({ args, mentions }) => {
    ok(binder, ['attach', 'acme', userFile('offer.pdf', 'x')]);
    const { stderr } = refused(binder, args);
    for (const text of mentions) expect(stderr).toContain(text);
  });

  it('docs --get -o into a folder that does not exist: bad input, not a crash', () => {
    ok(binder, ['attach', 'acme', userFile('offer.pdf', 'x')]);
    const { stderr } = refused(binder, ['docs', 'acme', '--get', 'offer.pdf', '-o', join(binder.dir, 'no-such-folder', 'offer.pdf')]);
    expect(stderr).toContain('no-such-folder');
    expect(stderr).not.toContain('unexpected');
  });

  it('docs --get -o onto a folder, with --force: not a crash', () => {
    ok(binder, ['attach', 'acme', userFile('offer.pdf', 'x')]);
    const result = binder.crm(['docs', 'acme', '--get', 'offer.pdf', '-o', files, '--force']);
    expect(result.stderr).not.toContain('unexpected');
    expect([0, 2]).toContain(result.code);
  });
});

describe('crm undo after attach gives back the binder exactly as it was', () => {
  it('files (the stored bytes go too)', () => {
    expectUndone(binder, ['attach', 'acme', userFile('scan.bin', allBytes()), userFile('offer.pdf', 'x')], 'attach');
    expect(docs().documents).toEqual([]);
  });

  it('a link', () => {
    expectUndone(binder, ['attach', 'acme', '--link', 'https://drive.example.com/acme-contract'], 'attach');
  });

  it('the second of two attachments, leaving the first', () => {
    ok(binder, ['attach', 'acme', userFile('first.txt', '1')]);
    expectUndone(binder, ['attach', 'acme', userFile('second.txt', '2')], 'attach');
    expect(docs().documents.map((d) => d.name)).toEqual(['first.txt']);
  });
});

describe('--help', () => {
  it('attach and docs show their options and examples', () => {
    const attach = ok(binder, ['attach', '--help']);
    for (const text of ['--link', '--json', 'Examples:']) expect(attach).toContain(text);
    const docsHelp = ok(binder, ['docs', '--help']);
    for (const text of ['--get', '--output', '--force', '--json', 'Examples:']) expect(docsHelp).toContain(text);
  });
});
