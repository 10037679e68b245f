// Issue 12, item 1: a binder with a damaged page past the header. Wherever SQLite reports the
// damage, every command exits 3 with one line naming the binder and what to do, and no command
// writes to it: the file's bytes are the same after every command, and nothing is left beside it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, tempBinder, type Binder } from './cli.js';
import { binderFiles, copyBinder, ok, seed } from './support.js';

const GENERATE = fileURLToPath(new URL('../../bench/generate.js', import.meta.url));

let source: Binder;
/** The dossier the commands name: the first one filed, on the leftmost leaf of the dossier table. */
let handle: string;
/** Where each damage goes: a page of the file, by what SQLite keeps on it. */
let pages: Record<string, number>;
let pageSize: number;
/** What each read command prints on the binder before any damage. */
const sound = new Map<string, string>();

const READS: string[][] = [
  ['today'],
  ['show', '@'],
  ['find', 'a'],
  ['binder'],
  ['open', '24'],
  ['promises'],
  ['complaints'],
  ['review'],
  ['slipping'],
  ['changes'],
  ['export'],
  ['ics'],
  ['docs', '@'],
  ['config'],
];
const WRITES: string[][] = [
  ['log', '@', '--note', 'Called about the order', '--next', 'fri'],
  ['file', 'newc', '8', '--name', 'New Client'],
  ['move', '@', 'fri'],
  ['postpone', '@', '--to', 'dec 8'],
  ['undo'],
  ['edit', '@', '--phone', '+48 601 000 111'],
  ['import', 'IMPORT'],
  ['attach', '@', 'ATTACH'],
  ['config', 'capacity', '7'],
  ['backup'],
];

const named = (args: string[]) =>
  args.map((arg) => (arg === '@' ? handle : arg === 'IMPORT' ? join(source.dir, 'import.json') : arg === 'ATTACH' ? join(source.dir, 'offer.txt') : arg));
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
/** A calendar's stamps say when it was written: not what a read answered. */
// What a read answers, less what differs between two copies of one binder: the calendar's stamps,
// and the file crm config names as its binder.
const answer = (stdout: string) => stdout.replace(/^(DTSTAMP|SEQUENCE):.*$/gm, '$1').replace(/^binder {2,}\S.*$/m, 'binder');
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function query<T>(path: string, sql: string): T[] {
  const db = openDatabase(path, { fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

/** Overwrites one whole page of the file with the same garbage every run. */
function damage(path: string, page: number): void {
  const garbage = Buffer.alloc(pageSize);
  let x = 12345;
  for (let i = 0; i < pageSize; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    garbage[i] = (x >> 16) & 0xff;
  }
  const fd = openSync(path, 'r+');
  writeSync(fd, garbage, 0, pageSize, (page - 1) * pageSize);
  closeSync(fd);
}

beforeAll(() => {
  source = tempBinder('2026-11-23');
  // 300 dossiers with about ten history entries each, as crm's benchmark writes them: 236 pages.
  const generated = spawnSync(process.execPath, [GENERATE, '--dossiers', '300', '--out', source.db, '--force'], { encoding: 'utf8' });
  expect(generated.status, generated.stderr).toBe(0);
  handle = query<{ handle: string }>(source.db, 'SELECT handle FROM dossier ORDER BY id LIMIT 1')[0]?.handle as string;
  // A document long enough for overflow pages, and one attached and taken back: its pages are free.
  writeFileSync(join(source.dir, 'brochure.pdf'), Buffer.alloc(200_000, 'brochure '));
  writeFileSync(join(source.dir, 'old-offer.pdf'), Buffer.alloc(300_000, 'old offer '));
  writeFileSync(join(source.dir, 'offer.txt'), 'the offer\n');
  ok(source, ['attach', handle, join(source.dir, 'brochure.pdf'), '--quiet']);
  ok(source, ['attach', handle, join(source.dir, 'old-offer.pdf'), '--quiet']);
  ok(source, ['undo', '--quiet']);
  // A crm export of another binder, to import.
  const other = tempBinder('2026-11-23');
  seed(other, 'newimport', '8', 'Imported Client');
  ok(other, ['export', '-o', join(source.dir, 'import.json')]);
  other.remove();

  const page = (sql: string) => query<{ pageno: number }>(source.db, sql)[0]?.pageno as number;
  pageSize = query<{ page_size: number }>(source.db, 'PRAGMA page_size')[0]?.page_size as number;
  pages = {
    // The root of the dossier table: every look-up of a dossier goes through it.
    'the dossier table\'s interior page': page("SELECT pageno FROM dbstat WHERE name = 'dossier' AND path = '/'"),
    // The leftmost leaf: the first dossiers, the named one among them.
    'a leaf of dossiers': page("SELECT pageno FROM dbstat WHERE name = 'dossier' AND path = '/000/'"),
    'a leaf of history entries': page("SELECT pageno FROM dbstat WHERE name = 'entry' AND path = '/000/'"),
    'a leaf of the index of filing dates': page("SELECT pageno FROM dbstat WHERE name = 'dossier_filed_on' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1"),
    "a leaf of find's full-text index": page("SELECT pageno FROM dbstat WHERE name = 'dossier_search_data' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1"),
    'a page of a stored document': page("SELECT pageno FROM dbstat WHERE name = 'document' AND pagetype = 'overflow' ORDER BY pageno LIMIT 1"),
    // The first page of the list of free pages (its number is in the header, at byte 32).
    'the free-page list': readFileSync(source.db).readUInt32BE(32),
    'the page of binder settings': page("SELECT pageno FROM dbstat WHERE name = 'setting' ORDER BY pageno LIMIT 1"),
  };
  expect(new Set(Object.values(pages)).size, JSON.stringify(pages)).toBe(Object.keys(pages).length);
  for (const number of Object.values(pages)) expect(number).toBeGreaterThan(1);
  for (const args of READS) sound.set(args.join(' '), answer(ok(source, named(args))));
}, 120_000);

afterAll(() => source.remove());

describe('a binder with a page overwritten by garbage', () => {
  it('works on the sound copy: every command below answers (exit 0), so each write would really write', () => {
    for (const args of WRITES) {
      const fresh = copyBinder(source);
      try {
        ok(fresh, named(args));
      } finally {
        fresh.remove();
      }
    }
  }, 120_000);

  // it.each needs the places before the fixture is built: their names are fixed, their pages found above.
  it.each([
    "the dossier table's interior page",
    'a leaf of dossiers',
    'a leaf of history entries',
    'a leaf of the index of filing dates',
    "a leaf of find's full-text index",
    'a page of a stored document',
    'the free-page list',
    'the page of binder settings',
  ])(
    'damaged at %s: every write and the doctor exit 3 in one line; a read exits 3 too, or (never touching the page) answers as before; the file is not changed',
    (place) => {
      const binder = copyBinder(source);
      try {
        const copy = /Backed up the binder to (\S+) \(/.exec(ok(binder, ['backup']))?.[1] as string;
        damage(binder.db, pages[place] as number);
        const bytes = sha(binder.db);
        const line = new RegExp(
          `^crm: the binder ${escaped(binder.db)} is damaged \\(SQLite: [^\\n]+\\); nothing was written\\. crm doctor says what is wrong; crm restore ${escaped(copy)} puts back the newest copy\\n$`,
        );
        const unchanged = (what: string) => {
          expect(sha(binder.db), `${what} changed the file`).toBe(bytes);
          expect(binderFiles(binder), `${what} left files beside the binder`).toEqual(['binder.db']);
        };
        for (const args of READS) {
          const what = `crm ${args.join(' ')}`;
          const result = binder.crm(named(args));
          if (result.code === 3) {
            // An export streams: what it wrote before SQLite stopped it is a part of the sound one,
            // and exit 3 says it is not whole (with -o it writes nothing: a file is renamed in whole).
            if (args[0] === 'export') expect(sound.get('export')?.startsWith(result.stdout), what).toBe(true);
            else expect(result.stdout, what).toBe('');
            expect(result.stderr, what).toMatch(line);
            expect(result.stderr.split('\n'), what).toHaveLength(2);
          } else {
            // SQLite reads only the pages a query needs: one that never reaches the damage answers as on the sound binder.
            expect({ code: result.code, stderr: result.stderr }, what).toEqual({ code: 0, stderr: '' });
            expect(answer(result.stdout), what).toBe(sound.get(args.join(' ')));
          }
          unchanged(what);
        }
        for (const args of WRITES) {
          const what = `crm ${args.join(' ')}`;
          const result = binder.crm(named(args));
          expect({ code: result.code, stdout: result.stdout }, what).toEqual({ code: 3, stdout: '' });
          expect(result.stderr, what).toMatch(line);
          expect(result.stderr.split('\n'), what).toHaveLength(2);
          unchanged(what);
        }
        // The backup refused left no copy of the damaged binder to push a sound one out.
        expect(readdirSync(join(binder.dir, 'backups'))).toEqual([copy.split('/').pop()]);

        const doctor = binder.crm(['doctor']);
        expect(doctor.code).toBe(3);
        const [first, ...problems] = doctor.stderr.replace(/\n$/, '').split('\n');
        expect(`${first}\n`).toMatch(line);
        // Damage that stops crm before the doctor's check (the settings it reads first) has no list.
        for (const problem of problems) expect(problem).toMatch(/^integrity: \S/);
        unchanged('crm doctor');
        const json = binder.crm(['doctor', '--json']);
        expect(json.code).toBe(3);
        expect(json.stderr).toMatch(line);
        expect(json.stderr.split('\n')).toHaveLength(2);
        const report = JSON.parse(json.stdout) as { path: string; damaged: boolean; mendable: boolean; problems: string[] };
        expect(report).toMatchObject({ path: binder.db, damaged: true, mendable: false });
        expect(report.problems.length).toBeGreaterThan(0);
        unchanged('crm doctor --json');
        const repair = binder.crm(['doctor', '--repair']);
        expect(repair.code).toBe(3);
        expect(`${repair.stderr.split('\n')[0]}\n`).toMatch(line);
        unchanged('crm doctor --repair');

        // The cure the line names works: the copy goes back, the damaged binder is kept aside as such.
        expect(ok(binder, ['restore', copy, '--yes'])).toMatch(/^Restored /);
        expect(ok(binder, ['doctor'])).toContain('no problems');
        expect(readdirSync(join(binder.dir, 'backups')).filter((file) => file.includes('-before-restore-damaged'))).toHaveLength(1);
        expect(ok(binder, ['show', handle])).toContain(handle);
      } finally {
        binder.remove();
      }
    },
    120_000,
  );

  it('says when there is no copy to put back', () => {
    const binder = copyBinder(source);
    try {
      damage(binder.db, pages['a leaf of dossiers'] as number);
      const result = binder.crm(['log', handle, '--note', 'x', '--next', 'fri']);
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(
        new RegExp(`^crm: the binder ${escaped(binder.db)} is damaged \\(SQLite: [^\\n]+\\); nothing was written\\. crm doctor says what is wrong; there is no copy in ${escaped(join(binder.dir, 'backups'))} to put back \\(crm restore <copy> takes one made elsewhere\\)\\n$`),
      );
    } finally {
      binder.remove();
    }
  });
});

// The file of a binder whose header says it is not a database at all (SQLITE_NOTADB), for completeness.
describe('a binder whose first bytes are garbage', () => {
  it('is refused by a read and a write alike, exit 3, and left as it was', () => {
    const binder = tempBinder('2026-11-23');
    try {
      seed(binder, 'acme', '25', 'Anna Nowak');
      const fd = openSync(binder.db, 'r+');
      writeSync(fd, Buffer.alloc(100, 0x5a), 0, 100, 0);
      closeSync(fd);
      const bytes = sha(binder.db);
      for (const args of [['today'], ['log', 'acme', '--note', 'x', '--next', 'fri']]) {
        const result = binder.crm(args);
        expect(result.code).toBe(3);
        expect(result.stderr).toMatch(/^crm: the binder \S+ is damaged, or not a SQLite file at all \(SQLite: file is not a database\); nothing was written\. crm doctor says what is wrong; there is no copy/);
        expect(sha(binder.db)).toBe(bytes);
      }
      rmSync(join(binder.dir, 'backups'), { recursive: true, force: true });
    } finally {
      binder.remove();
    }
  });
});
