// Issue 12, items 15, 24 and 28: where the binder file may be (an explicit --db's folder must
// exist; a directory is named as one), the backups/ folder a copy goes to (the user's alone, else
// refused), copies owner-only from their first byte, and rotation that keeps the copy just taken.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CRM, tempBinder, type Binder } from './cli.js';
import { ok, refused, seed } from './support.js';

let binder: Binder;
beforeEach(() => {
  binder = tempBinder('2026-11-23');
});
afterEach(() => binder.remove());

const backups = () => (existsSync(join(binder.dir, 'backups')) ? readdirSync(join(binder.dir, 'backups')).sort() : []);

describe('--db and CRM_DB', () => {
  it('refuse a binder in a folder that does not exist (exit 2, one line), reads and writes alike, and create no folder', () => {
    const missing = join(binder.dir, 'no', 'such');
    const line = `crm: there is no folder ${missing} for the binder ${join(missing, 'b.db')}; create it first (mkdir -p ${missing}) or name another binder with --db\n`;
    for (const args of [['file', 'acme', '8', '--name', 'Anna Nowak', '--db', join(missing, 'b.db')], ['today', '--db', join(missing, 'b.db')]]) {
      expect(binder.crm(args)).toEqual({ code: 2, stdout: '', stderr: line });
    }
    expect(binder.crm(['file', 'acme', '8', '--name', 'Anna Nowak'], { env: { CRM_DB: join(missing, 'b.db') } })).toEqual({ code: 2, stdout: '', stderr: line });
    expect(existsSync(join(binder.dir, 'no'))).toBe(false);
  });

  it('name a directory given as the binder as a directory (exit 2)', () => {
    mkdirSync(join(binder.dir, 'binders'));
    for (const args of [['today'], ['file', 'acme', '8', '--name', 'Anna Nowak']]) {
      const result = refused(binder, [...args, '--db', join(binder.dir, 'binders')]);
      expect(result.stderr).toBe(`crm: ${join(binder.dir, 'binders')} is a directory, not a binder file; name a file in it (--db ${join(binder.dir, 'binders', 'binder.db')})\n`);
    }
    expect(readdirSync(join(binder.dir, 'binders'))).toEqual([]);
  });

  it('leave the default location as it was: its folders are made, owner-only', () => {
    const out = ok(binder, ['file', 'acme', '8', '--name', 'Anna Nowak'], { env: { CRM_DB: '' } });
    expect(out).toContain('acme');
    const folder = join(binder.dir, '.local', 'share', 'crm');
    expect(readdirSync(folder)).toEqual(['binder.db']);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(join(folder, 'binder.db')).mode & 0o777).toBe(0o600);
  });
});

describe('the backups folder', () => {
  beforeEach(() => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    writeFileSync(join(binder.dir, 'leads.csv'), 'Name,Phone\nMahsa Rahimi,+98 912 000 0000\n');
  });

  /** crm backup and crm import (whose copy comes first) both refuse, in one line, exit 3, writing nothing. */
  function refusedWith(line: string): void {
    const before = binder.dump();
    const listed = backups();
    for (const args of [['backup'], ['import', join(binder.dir, 'leads.csv'), '--file-on', '27']]) {
      expect(binder.crm(args), `crm ${args[0]}`).toEqual({ code: 3, stdout: '', stderr: `crm: ${line}\n` });
      expect(binder.dump()).toBe(before);
      expect(backups()).toEqual(listed);
    }
  }

  it('is not used when others may read or write it (one planted 0777), and says how to mend it', () => {
    const folder = join(binder.dir, 'backups');
    mkdirSync(folder);
    chmodSync(folder, 0o777);
    refusedWith(`cannot keep copies of the binder in ${folder}: others may use it (mode 0777); make it yours alone with chmod 700 ${folder}`);
    expect(readdirSync(folder)).toEqual([]);
    chmodSync(folder, 0o700);
    expect(ok(binder, ['backup'])).toMatch(/^Backed up the binder to /);
  });

  it('is not used when it is a symbolic link, even to a folder of the user\'s', () => {
    const elsewhere = join(binder.dir, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o700 });
    symlinkSync(elsewhere, join(binder.dir, 'backups'));
    refusedWith(`cannot keep copies of the binder in ${join(binder.dir, 'backups')}: it is a symbolic link; move it away and crm makes its own folder there`);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it.skipIf(process.getuid?.() !== 0)('is not used when it belongs to another user (run as root: a folder of nobody\'s)', () => {
    const folder = join(binder.dir, 'backups');
    mkdirSync(folder, { mode: 0o700 });
    chownSync(folder, 65534, 65534);
    refusedWith(`cannot keep copies of the binder in ${folder}: it belongs to another user (uid 65534); move it away and crm makes its own folder there`);
  });

  it.skipIf(spawnSync('strace', ['-V']).status !== 0)('gets copies that are owner-only from their first byte: the file is created 0600, new (O_EXCL), before SQLite writes a page', () => {
    // strace shows how the copy's file comes into being: the mode it is created with is what
    // another user could open it with while it is written.
    const trace = join(binder.dir, 'trace.txt');
    const result = spawnSync('strace', ['-f', '-e', 'trace=open,openat', '-o', trace, process.execPath, CRM, 'backup'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: '2026-11-23' },
    });
    expect(result.status).toBe(0);
    const opens = spawnSync('grep', ['-F', '/backups/.binder-', trace], { encoding: 'utf8' }).stdout.trim().split('\n');
    const copyOpens = opens.filter((line) => /\.tmp", /.test(line));
    // The first open makes the file, new (never one somebody put there) and owner-only; SQLite's
    // later open of it (O_CREAT 0644) finds it there and leaves its mode.
    expect(copyOpens[0], 'the open that creates the copy').toMatch(/O_CREAT\|O_EXCL.*, 0600\) = \d+$/);
    // SQLite's journal of the copy takes the copy's mode.
    for (const line of opens.filter((l) => /\.tmp-journal", [^)]*O_CREAT/.test(l))) expect(line).toMatch(/, 0600\) = \d+$/);
    const [copy] = backups().filter((file) => file.endsWith('.db'));
    expect(statSync(join(binder.dir, 'backups', copy as string)).mode & 0o777).toBe(0o600);
  });
});

describe('rotation of the backups folder', () => {
  it('never removes the copy just taken, even when CRM_TODAY is in the past and its name sorts oldest', () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    const folder = join(binder.dir, 'backups');
    mkdirSync(folder, { mode: 0o700 });
    // Ten copies from a later date, as a binder used for real keeps them.
    const later = Array.from({ length: 10 }, (_, i) => `binder-2027-01-${String(i + 10)}T090000.db`);
    for (const file of later) writeFileSync(join(folder, file), 'a copy', { mode: 0o600 });
    const out = ok(binder, ['backup']);
    const copy = /^Backed up the binder to (\S+) \(\d+ bytes\)\. Removed the 1 oldest beyond the newest 10\.\n$/.exec(out)?.[1] as string;
    expect(copy).toMatch(/binder-2026-11-23T\d{6}\.db$/);
    expect(backups()).toHaveLength(10);
    // The oldest of the others went; the copy just taken stayed.
    expect(backups()).toEqual([copy.split('/').pop(), ...later.slice(1)].sort());
    // The copy kept is the binder, not just a file of that name: crm reads the dossier from it,
    // and leaves nothing beside it in the folder.
    expect(binder.crm(['--db', copy, 'show', 'acme', '--json']).stdout).toBe(binder.crm(['show', 'acme', '--json']).stdout);
    expect(backups()).toHaveLength(10);
    // An import's copy before it, as well: the import goes ahead.
    writeFileSync(join(binder.dir, 'leads.csv'), 'Name,Phone\nMahsa Rahimi,+98 912 000 0000\n');
    ok(binder, ['import', join(binder.dir, 'leads.csv'), '--file-on', '27', '--quiet']);
    expect(backups().filter((file) => file.includes('-before-import'))).toHaveLength(1);
    expect(backups()).toHaveLength(10);
  });
});
