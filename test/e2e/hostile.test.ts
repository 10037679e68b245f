// Issue 12, items 22, 23 and 27: a binder or an export can come from someone else. Document names
// that are paths and handles a shell would run never get in (import, restore) or are reported
// (doctor); `crm docs --get` writes only a plain file name inside the folder given, never through
// a symlink, always as a new owner-only file. And `--get` takes a unique start of a name.
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, tempBinder, type Binder } from './cli.js';
import { binderFiles, copyBinder, crmRaw, ok, refused, seed } from './support.js';
import { ON_SERVER, psql } from './server-binder.js';

// Seeded once on Mon 2026-11-23; every test works on a copy of its own.
//   acme   Anna Nowak, Acme Ltd   behind 25, with offer.txt and prices.csv
//   zolc   Łukasz Żółć            today
let seeded: Binder;
beforeAll(() => {
  seeded = tempBinder('2026-11-23');
  seed(seeded, 'acme', '25', 'Anna Nowak', ['--company', 'Acme Ltd']);
  seed(seeded, 'zolc', 'today', 'Łukasz Żółć');
  const files = join(seeded.dir, 'files');
  mkdirSync(files);
  writeFileSync(join(files, 'offer.txt'), 'Offer Q-7: 40 units at 9.50\n');
  writeFileSync(join(files, 'prices.csv'), 'item,price\nwidget,9.50\n');
  ok(seeded, ['attach', 'acme', join(files, 'offer.txt'), join(files, 'prices.csv')]);
});
afterAll(() => {
  seeded.remove();
});

let binder: Binder;
/** A folder of the user's, where `crm docs --get` writes by default. */
let here: string;
beforeEach(() => {
  binder = copyBinder(seeded, '2026-11-23');
  here = join(binder.dir, 'here');
  mkdirSync(here);
});
afterEach(() => {
  binder.remove();
});

const OFFER = 'Offer Q-7: 40 units at 9.50\n';
const PATH_NAMES = ['../../../home/x/.ssh/authorized_keys', '/abs/.bashrc', 'a\\b.txt', 'nul\u0000.txt', '..', '', '   '];
const SHELL_HANDLE = 'ac$(touch x)';

/** Runs SQL on a binder file (or a copy) as someone with a SQLite tool would. */
function tamper(path: string, sql: string, ...params: unknown[]): void {
  const db = openDatabase(path);
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

/**
 * Runs SQL on the binder as someone with the database's own tool would: sqlite's on a file, psql on
 * a server binder's schema (each `?` a string given, as a literal).
 */
function tamperBinder(binder: Binder, sql: string, ...params: string[]): void {
  if (!ON_SERVER) return tamper(binder.db, sql, ...params);
  let next = 0;
  const filled = sql.replace(/\?/g, () => `'${(params[next++] as string).replace(/'/g, "''")}'`);
  psql(`SET search_path TO "${binder.schema}";\n${filled}`);
}

/** crm export of the seeded binder, parsed: the document a colleague's file would be. */
function exported(): { dossiers: { handle: string; documents: { name: string }[] }[] } {
  return JSON.parse(ok(binder, ['export'])) as ReturnType<typeof exported>;
}

describe('document names and handles from a crm export (import)', () => {
  it.each(PATH_NAMES)('a document named %j: one line naming the record, exit 2, nothing imported', (name) => {
    const document = exported();
    (document.dossiers[0]?.documents[0] as { name: string }).name = name;
    const file = join(binder.dir, 'colleague.json');
    writeFileSync(file, JSON.stringify(document));
    const target = tempBinder('2026-11-23');
    try {
      const { stderr } = refused(target, ['import', file]);
      expect(stderr).toContain('dossiers[0] (acme), documents[0].name');
      expect(stderr).toContain("a document's name is a plain file name");
      expect(stderr).toContain('nothing was imported');
      expect(binderFiles(target)).toEqual([]);
    } finally {
      target.remove();
    }
  });

  it('a handle a shell would run: refused, nothing imported', () => {
    const document = exported();
    (document.dossiers[0] as { handle: string }).handle = SHELL_HANDLE;
    const file = join(binder.dir, 'colleague.json');
    writeFileSync(file, JSON.stringify(document));
    const target = tempBinder('2026-11-23');
    try {
      const { stderr } = refused(target, ['import', file]);
      expect(stderr).toContain(`dossiers[0] (${SHELL_HANDLE}), handle: is not a handle`);
    } finally {
      target.remove();
    }
  });

  it('a plain name with dots in it is a plain name: imported', () => {
    const document = exported();
    (document.dossiers[0]?.documents[0] as { name: string }).name = 'offer v2..final.txt';
    const file = join(binder.dir, 'colleague.json');
    writeFileSync(file, JSON.stringify(document));
    const target = tempBinder('2026-11-23');
    try {
      ok(target, ['import', file]);
      expect(target.json<{ documents: { name: string }[] }>(['docs', 'acme']).documents.map((d) => d.name)).toEqual(['offer v2..final.txt', 'prices.csv']);
    } finally {
      target.remove();
    }
  });
});

// crm backup and crm restore work on a binder file only: a server's copies are pg_dump's.
describe.skipIf(ON_SERVER)('document names and handles in a copy to restore', () => {
  /** A copy taken with crm backup, then changed by `sql`. */
  function craftedCopy(sql: string, ...params: unknown[]): string {
    const copy = join(binder.dir, 'crafted.binder');
    ok(binder, ['backup', copy]);
    tamper(copy, sql, ...params);
    return copy;
  }

  it.each(PATH_NAMES.filter((name) => name !== ''))('a document named %j: the copy is refused, the binder unchanged', (name) => {
    const copy = craftedCopy("UPDATE document SET name = ? WHERE name = 'offer.txt'", name);
    const { stderr } = refused(binder, ['restore', copy, '--yes']);
    expect(stderr).toContain(`${copy} cannot be restored`);
    expect(stderr).toContain('named by a path or by no name');
  });

  it('a copy of a binder from before documents (versions 1 and 2) is checked as far as it goes, and restored', () => {
    for (const version of [1, 2]) {
      const copy = join(binder.dir, `v${version}.binder`);
      copyFileSync(fileURLToPath(new URL(`../fixtures/binders/v${version}.binder`, import.meta.url)), copy);
      const result = binder.crm(['restore', copy, '--yes', '--json']);
      // (The binder restored from version 1 is upgraded when the next restore opens it: said on stderr.)
      expect(result.stderr).not.toContain('cannot be restored');
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ restored: true, version });
    }
  });

  it('a handle a shell would run: the copy is refused, the binder unchanged', () => {
    const copy = craftedCopy("UPDATE dossier SET handle = ? WHERE handle = 'acme'", SHELL_HANDLE);
    const { stderr } = refused(binder, ['restore', copy, '--yes']);
    expect(stderr).toContain(`${copy} cannot be restored`);
    expect(stderr).toContain(`handle crm would not take`);
    expect(stderr).toContain(JSON.stringify(SHELL_HANDLE));
  });

  it('an undo record that would put such a document back (crm undo writes its row): refused too', () => {
    const copy = craftedCopy(
      `INSERT INTO change_before (change_id, seq, target, ref, before)
       SELECT max(id), 99, 'document', '999', json_object('id', 999, 'dossier_id', 1, 'name', '../../.bashrc', 'type', 'text/plain',
         'size', 1, 'sha256', NULL, 'content', NULL, 'link', 'x', 'added_at', '2026-11-23T09:00:00Z') FROM change_log`,
    );
    const { stderr } = refused(binder, ['restore', copy, '--yes']);
    expect(stderr).toContain('1 undo record puts back a handle or a document name crm would not take: "../../.bashrc"');
  });
});

describe('crm doctor reports them', () => {
  it('a document named by a path and a handle a shell would run: exit 3, a line for each', () => {
    tamperBinder(binder, "UPDATE document SET name = '../../../home/x/.ssh/authorized_keys' WHERE name = 'offer.txt'");
    tamperBinder(binder, "UPDATE dossier SET handle = ? WHERE handle = 'zolc'", SHELL_HANDLE);
    const before = binder.dump();
    const result = binder.crm(['doctor']);
    expect(result.code).toBe(3);
    expect(result.stdout + result.stderr).toContain(`1 dossier has a handle crm would not take (one word of letters and digits, dots, dashes or underscores inside): "${SHELL_HANDLE}"`);
    expect(result.stdout + result.stderr).toContain(
      `1 document is named by a path or by no name (a document's name is a plain file name): acme: "../../../home/x/.ssh/authorized_keys"`,
    );
    const report = binder.crm(['doctor', '--json']);
    const problems = (JSON.parse(report.stdout) as { problems: string[] }).problems;
    expect(problems.filter((p) => p.includes('crm would not take') || p.includes('named by a path'))).toHaveLength(2);
    expect(binder.dump()).toBe(before);
  });

  it('a sound binder: no such problem', () => {
    const result = binder.crm(['doctor']);
    expect(result.code).toBe(0);
  });
});

describe('crm docs --get writes a plain file name inside the folder given', () => {
  it('a document named by a path (from a binder made elsewhere) is not written under its name; -o <file> still writes it', () => {
    tamperBinder(binder, "UPDATE document SET name = '../escaped.txt' WHERE name = 'offer.txt'");
    const result = crmRaw(binder, ['docs', 'acme', '--get', '../escaped.txt'], { cwd: here });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `crm: acme's document "../escaped.txt" holds a folder separator (/ or \\), so it is not written under its name (a document's name is a plain file name); give a file to write with -o <file>\n`,
    );
    expect(existsSync(join(binder.dir, 'escaped.txt'))).toBe(false);
    // Into a folder given with -o: the same.
    expect(crmRaw(binder, ['docs', 'acme', '--get', '../escaped.txt', '-o', here]).code).toBe(2);
    expect(existsSync(join(binder.dir, 'escaped.txt'))).toBe(false);
    // A file the user names is where the user wants it.
    const chosen = join(here, 'offer.txt');
    expect(crmRaw(binder, ['docs', 'acme', '--get', '../escaped.txt', '-o', chosen]).code).toBe(0);
    expect(readFileSync(chosen, 'utf8')).toBe(OFFER);
  });

  it('an absolute name is not written there either', () => {
    const target = join(binder.dir, 'abs-target.txt');
    tamperBinder(binder, "UPDATE document SET name = ? WHERE name = 'offer.txt'", target);
    const result = crmRaw(binder, ['docs', 'acme', '--get', target], { cwd: here });
    expect(result.code).toBe(2);
    expect(existsSync(target)).toBe(false);
  });

  it('attach refuses a file whose name is not a plain file name (a backslash in it)', () => {
    const odd = join(here, 'a\\b.txt');
    writeFileSync(odd, 'x');
    const { stderr } = refused(binder, ['attach', 'acme', odd]);
    expect(stderr).toContain('holds a folder separator');
  });
});

describe('crm docs --get never writes through a symlink, and --force gives an owner-only file', () => {
  it('a symlink at the target, with --force: the link is replaced by the document, what it pointed at is untouched', () => {
    const victim = join(binder.dir, 'victim.txt');
    writeFileSync(victim, 'do not touch\n');
    symlinkSync(victim, join(here, 'offer.txt'));
    const result = crmRaw(binder, ['docs', 'acme', '--get', 'offer.txt', '--force'], { cwd: here });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('do not touch\n');
    expect(lstatSync(join(here, 'offer.txt')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(here, 'offer.txt'), 'utf8')).toBe(OFFER);
    expect(statSync(join(here, 'offer.txt')).mode & 0o777).toBe(0o600);
  });

  it('a dangling symlink at the target is a file there: refused without --force, nothing created where it points', () => {
    const planted = join(binder.dir, 'planted.txt');
    symlinkSync(planted, join(here, 'offer.txt'));
    const result = crmRaw(binder, ['docs', 'acme', '--get', 'offer.txt'], { cwd: here });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('crm: offer.txt exists; add --force to overwrite it, or -o <another path>\n');
    expect(existsSync(planted)).toBe(false);
    expect(readlinkSync(join(here, 'offer.txt'))).toBe(planted);
  });

  it('--force over a world-readable file: the new file is owner-only', () => {
    const old = join(here, 'offer.txt');
    writeFileSync(old, 'old');
    chmodSync(old, 0o644);
    expect(crmRaw(binder, ['docs', 'acme', '--get', 'offer.txt', '--force'], { cwd: here }).code).toBe(0);
    expect(readFileSync(old, 'utf8')).toBe(OFFER);
    expect(statSync(old).mode & 0o777).toBe(0o600);
  });

  it('-o <file> over a symlink with --force: the same', () => {
    const victim = join(binder.dir, 'victim.txt');
    writeFileSync(victim, 'do not touch\n');
    const link = join(here, 'out.txt');
    symlinkSync(victim, link);
    expect(crmRaw(binder, ['docs', 'acme', '--get', 'offer.txt', '-o', link, '--force']).code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('do not touch\n');
    expect(readFileSync(link, 'utf8')).toBe(OFFER);
  });
});

describe('crm docs --get <start of a name>', () => {
  it('a unique start of the name, in any case: that document', () => {
    const result = crmRaw(binder, ['docs', 'acme', '--get', 'OFF'], { cwd: here });
    expect(result.stderr).toBe('');
    expect(result.stdout.toString()).toMatch(/^Wrote offer\.txt \(28 bytes, sha256 [0-9a-f]{64}\)\.\n$/);
    expect(readFileSync(join(here, 'offer.txt'), 'utf8')).toBe(OFFER);
    expect(crmRaw(binder, ['docs', 'acme', '--get', 'pri', '-o', '-']).stdout.toString()).toBe('item,price\nwidget,9.50\n');
  });

  it('a start several names share: each named, exit 2, nothing written', () => {
    const second = join(here, 'offer-2.txt');
    writeFileSync(second, 'second');
    ok(binder, ['attach', 'acme', second]);
    const { stderr } = refused(binder, ['docs', 'acme', '--get', 'off', '-o', join(here, 'out.txt')]);
    expect(stderr).toBe('crm: "off" matches 2 documents of acme: offer.txt, offer-2.txt; type more of the name\n');
    expect(existsSync(join(here, 'out.txt'))).toBe(false);
  });

  it('the whole name wins over a longer name it starts', () => {
    const longer = join(here, 'offer.txt.bak');
    writeFileSync(longer, 'backup');
    ok(binder, ['attach', 'acme', longer]);
    expect(crmRaw(binder, ['docs', 'acme', '--get', 'offer.txt', '-o', '-']).stdout.toString()).toBe(OFFER);
  });

  it('no name starting so: the names it has', () => {
    const { stderr } = refused(binder, ['docs', 'acme', '--get', 'zzz']);
    expect(stderr).toBe('crm: acme has no document named zzz; it has offer.txt, prices.csv\n');
  });
});
