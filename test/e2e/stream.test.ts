// crm export and crm import at size: the export waits for a slow reader instead of holding the
// binder in memory, and the import reads a crm export as a stream, still all or nothing, with
// errors that say what really went wrong. The binders come from bench/generate.js (a few thousand
// dossiers: several of the import's batches of 500, an export of megabytes).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRM, tempBinder, type Binder, type Result } from './cli.js';
import { runCrmInPty } from './pty.js';
import { refused, seed } from './support.js';

const GENERATE = fileURLToPath(new URL('../../bench/generate.js', import.meta.url));
const DOSSIERS = 3000;
/** Big operations on a shared, busy machine: far more than they need, never a timing assertion. */
const SLOW = 600_000;

/** Runs crm on `binder` with room for a big export or import (the harness's 15 s is for small ones). */
function crm(binder: Binder, args: string[], input?: string | Buffer): Result {
  const result = spawnSync(process.execPath, [CRM, ...args], {
    encoding: 'utf8',
    input: input ?? '',
    env: { PATH: process.env.PATH, HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: '2026-11-23', TZ: process.env.TZ },
    timeout: SLOW,
    maxBuffer: 1024 * 1024 * 1024,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

let big: Binder;
let exported: string;
let exportedText: string;
beforeAll(() => {
  big = tempBinder();
  const generated = spawnSync(process.execPath, [GENERATE, '--dossiers', String(DOSSIERS), '--out', big.db], { encoding: 'utf8', timeout: SLOW });
  expect(generated.status, generated.stderr).toBe(0);
  exported = join(big.dir, 'export.json');
  const result = crm(big, ['export', '-o', exported]);
  expect(result.code, result.stderr).toBe(0);
  exportedText = readFileSync(exported, 'utf8');
}, SLOW);
afterAll(() => big?.remove());

/** How many bytes a process has read so far (every read(2) and pread(2): its binder's pages among them). */
function bytesRead(pid: number): number {
  return Number(/^rchar: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'))?.[1]);
}

describe('crm export to a reader that is slower than crm', () => {
  // Big enough that the binder's pages outweigh the code crm reads at start-up.
  let large: Binder;
  let fileExport: string;
  beforeAll(() => {
    large = tempBinder();
    const generated = spawnSync(process.execPath, [GENERATE, '--dossiers', '12000', '--out', large.db], { encoding: 'utf8', timeout: SLOW });
    expect(generated.status, generated.stderr).toBe(0);
    const path = join(large.dir, 'export.json');
    expect(crm(large, ['export', '-o', path]).code).toBe(0);
    fileExport = readFileSync(path, 'utf8');
  }, SLOW);
  afterAll(() => large?.remove());

  it('waits for the reader: while the reader takes nothing, crm reads no more of the binder; then the output is byte-identical to -o', async () => {
    const child = spawn(process.execPath, [CRM, 'export'], {
      env: { PATH: process.env.PATH, HOME: large.dir, CRM_DB: large.db, CRM_TODAY: '2026-11-23' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const pid = child.pid as number;
      // Take nothing: note what crm has read by its first output (its code, the first dossiers),
      // then wait until it stops reading: it is waiting for us, or (without backpressure) has read
      // the whole binder and queued all of it in memory.
      child.stdout.pause();
      await new Promise((resolve) => child.stdout.once('readable', resolve));
      const first = bytesRead(pid);
      let last = -1;
      for (let read = bytesRead(pid); read !== last; read = bytesRead(pid)) {
        last = read;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      // What crm read while waiting: a batch of dossiers or two, far less than the binder.
      expect(last - first).toBeLessThan(statSync(large.db).size / 2);
      // Now read slowly, a piece at a time, to the end.
      const pieces: Buffer[] = [];
      let stderr = '';
      child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
      const code = await new Promise<number | null>((resolve) => {
        child.stdout.on('data', (data: Buffer) => {
          pieces.push(data);
          child.stdout.pause();
          setTimeout(() => child.stdout.resume(), 1);
        });
        child.on('close', resolve);
        child.stdout.resume();
      });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(Buffer.concat(pieces).toString('utf8') === fileExport, 'the piped export is the -o export, byte for byte').toBe(true);
    } finally {
      child.kill();
    }
  }, SLOW);
});

describe('crm import of a large crm export', () => {
  it(`brings back ${DOSSIERS} dossiers: exported again, byte-identical`, () => {
    const copy = tempBinder();
    try {
      const result = crm(copy, ['import', exported]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Imported ${DOSSIERS.toLocaleString('en').replace(',', ',?')} new dossiers from .*export\\.json\\.$`, 'm'));
      expect(result.stdout).toContain(`... and ${DOSSIERS - 50} more (--json lists them all)`);
      const again = join(copy.dir, 'again.json');
      expect(crm(copy, ['export', '-o', again]).code).toBe(0);
      expect(readFileSync(again, 'utf8') === exportedText, 'export, import, export: the same bytes').toBe(true);
    } finally {
      copy.remove();
    }
  }, SLOW);

  it('a bad record near the end imports nothing, not even the batches before it', () => {
    const copy = tempBinder();
    try {
      seed(copy, 'acme', '25', 'Anna Nowak');
      const document = JSON.parse(exportedText) as { dossiers: { handle: string; createdAt: string }[] };
      const last = document.dossiers[DOSSIERS - 2] as { handle: string; createdAt: string };
      last.createdAt = '2026-02-30T10:00:00Z';
      const path = join(copy.dir, 'bad.json');
      writeFileSync(path, JSON.stringify(document, null, 2));
      const before = copy.dump();
      const result = crm(copy, ['import', path]);
      expect(result.stderr).toBe(`crm: ${path}: dossiers[${DOSSIERS - 2}] (${last.handle}), createdAt: is not a time stamp (2026-11-23T09:14:03+01:00); nothing was imported\n`);
      expect(result.code).toBe(2);
      expect(copy.dump()).toBe(before);
    } finally {
      copy.remove();
    }
  }, SLOW);

  it('shows a progress line on a terminal (stderr), and none when stderr is not one', async () => {
    const copy = tempBinder();
    try {
      const shown = await runCrmInPty(['import', exported], [{ expect: /Importing .*export\.json: [\d,]+ dossiers read \(\d+%\)/, timeout: SLOW }], {
        env: { CRM_DB: copy.db, CRM_TODAY: '2026-11-23', HOME: copy.dir },
        timeout: SLOW,
        expectTimeout: SLOW,
      });
      expect(shown.code).toBe(0);
      // The line is cleared (CR, erase line) before the summary is printed.
      const last = shown.output.lastIndexOf('Importing');
      const cleared = shown.output.indexOf('\r\x1b[2K', last);
      expect(cleared).toBeGreaterThan(last);
      expect(shown.output.indexOf('Imported', last)).toBeGreaterThan(cleared);
      expect(shown.text).toMatch(/Imported 3,?000 new dossiers/);
      const other = tempBinder();
      try {
        const plain = crm(other, ['import', exported]);
        expect(plain.code).toBe(0);
        expect(plain.stderr).toBe('');
      } finally {
        other.remove();
      }
    } finally {
      copy.remove();
    }
  }, SLOW);
});

describe('crm import of a damaged crm export says what is wrong, in one line, and imports nothing', () => {
  let small: Binder;
  let text: string;
  beforeAll(() => {
    small = tempBinder();
    seed(small, 'acme', '25', 'Anna Nowak', ['--notes', 'zażółć gęślą jaźń']);
    seed(small, 'petrova', '26', 'Ани Петрова');
    text = small.crm(['export']).stdout;
  }, SLOW);
  afterAll(() => small.remove());

  /** Imports `content` into a binder holding one dossier; refused() checks exit 2, one line, nothing written. */
  function importRefused(content: string | Buffer): { stderr: string; path: string } {
    const target = tempBinder();
    try {
      seed(target, 'other', '27', 'Someone Else');
      const path = join(target.dir, 'broken.json');
      writeFileSync(path, content);
      return { stderr: refused(target, ['import', path]).stderr, path };
    } finally {
      target.remove();
    }
  }

  it('a name and a note that begin with U+FEFF (a byte order mark inside the text) come back with it', () => {
    const source = tempBinder();
    const target = tempBinder();
    try {
      seed(source, 'bom', '25', '\uFEFFAnna Nowak', ['--note', '\uFEFFzażółć']);
      const document = source.crm(['export']).stdout;
      expect(target.crm(['import', '-'], { input: document }).code).toBe(0);
      expect(target.crm(['export']).stdout === document, 'export, import, export: the same bytes').toBe(true);
    } finally {
      source.remove();
      target.remove();
    }
  });

  it('a file cut short: where it ends and how many dossiers were whole', () => {
    // Cut inside the second dossier's name.
    const cut = text.slice(0, text.indexOf('Ани') + 2);
    const lines = cut.split('\n');
    const { stderr, path } = importRefused(cut);
    expect(stderr).toBe(
      `crm: ${path} ends in the middle of the document (after 1 dossier, at line ${lines.length}, column ${[...(lines.at(-1) as string)].length + 1}): it was cut short; export it again; nothing was imported\n`,
    );
  });

  it('bytes that are not UTF-8: the offset of the first bad byte', () => {
    const bytes = Buffer.from(text, 'utf8');
    const at = bytes.indexOf(Buffer.from('gęślą', 'utf8')) + 1; // the first byte of "ę"
    bytes[at] = 0xff;
    const { stderr, path } = importRefused(bytes);
    expect(stderr).toBe(
      `crm: ${path} is not UTF-8 text: the byte at offset ${at} (0x${at.toString(16)}) is not part of a UTF-8 character; crm exports are UTF-8, so the file was damaged or changed by another program; nothing was imported\n`,
    );
  });

  it('a syntax error: its line and column', () => {
    // A comma after a member of the first dossier turned into a semicolon.
    const at = text.indexOf('"handle": "acme",') + '"handle": "acme"'.length;
    const broken = `${text.slice(0, at)};${text.slice(at + 1)}`;
    const before = broken.slice(0, at).split('\n');
    const { stderr, path } = importRefused(broken);
    expect(stderr).toBe(
      `crm: ${path} is not valid JSON: unexpected ';' at line ${before.length}, column ${[...(before.at(-1) as string)].length + 1}; is it a crm export? For a spreadsheet or vCards add --format csv or --format vcard\n`,
    );
  });

  it('a misplaced token: the line and column of the token', () => {
    // Two members without a comma between them: a string where the parser wants a comma.
    const at = text.indexOf('"handle": "acme",') + '"handle": "acme"'.length;
    const broken = `${text.slice(0, at)}${text.slice(at + 1)}`;
    const lines = broken.slice(0, broken.indexOf('"name"', at)).split('\n');
    const { stderr, path } = importRefused(broken);
    expect(stderr).toBe(
      `crm: ${path} is not valid JSON: unexpected "name" at line ${lines.length}, column ${[...(lines.at(-1) as string)].length + 1}; is it a crm export? For a spreadsheet or vCards add --format csv or --format vcard\n`,
    );
  });
});
