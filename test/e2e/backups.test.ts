// Issue 7, backups: the copies crm takes by itself before an upgrade and an import, crm restore,
// and crm doctor's checks of what the binder holds (not only of the file).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { openDatabase, tempBinder, type Binder } from './cli.js';
import { key, runCrmInPty } from './pty.js';
import { ok, refused, seed, type FindJson, type ShowJson } from './support.js';

let binder: Binder;
beforeEach(() => {
  binder = tempBinder('2026-11-23');
});
afterEach(() => binder.remove());

const kept: unknown[] = []; // better-sqlite3 12 on Node 24: no statement may be collected

/** Runs SQL on a binder file as another program (or an older crm) would, and closes it again. */
function tamper(path: string, sql: string): void {
  const db = openDatabase(path);
  db.exec(sql);
  db.close();
}

/** One value read from a SQLite file (not read-only: that would leave -wal and -shm files beside it). */
function value(path: string, sql: string): unknown {
  const db = openDatabase(path, { fileMustExist: true });
  try {
    const statement = db.prepare(sql);
    kept.push(statement);
    return statement.pluck().get();
  } finally {
    db.close();
  }
}

const backups = () => (existsSync(join(binder.dir, 'backups')) ? readdirSync(join(binder.dir, 'backups')).sort() : []);
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Takes a binder back to schema version 3, as the crm before find's index (and the lists of migration 5) left it. */
const BACK_TO_VERSION_3 = `
  ALTER TABLE dossier DROP COLUMN phones; ALTER TABLE dossier DROP COLUMN emails;
  ALTER TABLE dossier DROP COLUMN filed_at; ALTER TABLE entry DROP COLUMN filed_from_at; ALTER TABLE entry DROP COLUMN filed_to_at;
  ALTER TABLE entry DROP COLUMN made_by; ALTER TABLE entry DROP COLUMN made_for;
  DROP TRIGGER reminder_dossier_gone; DROP TRIGGER reminder_promise_gone; DROP TRIGGER reminder_complaint_gone; DROP TABLE reminder;
  DROP TRIGGER dossier_search_insert; DROP TRIGGER dossier_search_delete; DROP TRIGGER dossier_search_update;
  DROP TRIGGER filing_count_insert; DROP TRIGGER filing_count_delete; DROP TRIGGER filing_count_update;
  DROP TABLE dossier_search; DROP TABLE filing_count;
  DROP TABLE history_search; DROP TABLE dossier_history;
  PRAGMA user_version = 3; PRAGMA wal_checkpoint(TRUNCATE);`;

describe('an older binder opened by this crm', () => {
  beforeEach(() => {
    seed(binder, 'acme', '25', 'Anna Nowak', ['--company', 'Acme Sp. z o.o.']);
    seed(binder, 'petrova', '26', 'Ани Петрова');
    tamper(binder.db, BACK_TO_VERSION_3);
  });

  it('is copied to backups/ as it was, owner-only, then upgraded; the command goes on and says so on stderr', () => {
    const result = binder.crm(['find', 'петр', '--json']);
    const copy = join(binder.dir, 'backups', 'binder-2026-11-23T' + /T(\d{6})-before-upgrade\.db/.exec(backups()[0] ?? '')?.[1] + '-before-upgrade.db');
    expect(result.stderr).toBe(`Upgraded the binder ${binder.db} from version 3 to ${SCHEMA_VERSION}; the binder as it was is in ${copy}\n`);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as FindJson).dossiers.map((d) => d.handle)).toEqual(['petrova']);
    expect(backups()).toHaveLength(1);
    expect(statSync(copy).mode & 0o777).toBe(0o600);
    expect(statSync(join(binder.dir, 'backups')).mode & 0o777).toBe(0o700);
    expect(value(copy, 'PRAGMA user_version')).toBe(3);
    expect(value(copy, 'SELECT group_concat(handle) FROM dossier')).toBe('acme,petrova');
    expect(value(binder.db, 'PRAGMA user_version')).toBe(SCHEMA_VERSION);
    // Once upgraded, nothing more is said or copied.
    expect(ok(binder, ['today'])).toContain('A clear desk');
    expect(backups()).toHaveLength(1);
  });

  it('that cannot be upgraded is left byte for byte as it was, with one line saying why and where its copy is', () => {
    // Something the upgrade does not expect: a table of the name it is about to create.
    tamper(binder.db, 'CREATE TABLE filing_count (x); PRAGMA wal_checkpoint(TRUNCATE);');
    const before = sha(binder.db);
    for (const args of [['today'], ['file', 'zolc', '27', '--name', 'Łukasz Żółć']]) {
      const result = binder.crm(args);
      expect(result.code).toBe(3);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        new RegExp(`^crm: cannot upgrade ${binder.db} from binder version 3 to ${SCHEMA_VERSION} \\(table filing_count already exists\\); the binder is as it was, and a copy is in ${binder.dir}/backups/binder-2026-11-23T\\d{6}-before-upgrade(-2)?\\.db\\n$`),
      );
      expect(sha(binder.db)).toBe(before);
      expect(readdirSync(binder.dir).filter((name) => name.startsWith('binder.db'))).toEqual(['binder.db']);
    }
    // Mended by hand, it upgrades, and nothing of what it held is lost.
    tamper(binder.db, 'DROP TABLE filing_count');
    expect(binder.crm(['today']).code).toBe(0);
    expect(binder.json<ShowJson>(['show', 'petrova']).name).toBe('Ани Петрова');
    expect(ok(binder, ['doctor'])).toContain('no problems');
  });
});

describe('a version-1 binder (written by the first crm release) whose upgrade fails at its last step', () => {
  it('keeps none of the steps before it either: the file is byte for byte as it was', () => {
    copyFileSync(fileURLToPath(new URL('../fixtures/binders/v1.binder', import.meta.url)), binder.db);
    tamper(binder.db, 'CREATE TABLE filing_count (x)');
    const before = sha(binder.db);
    const result = binder.crm(['today'], { today: '2026-11-23' });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(new RegExp(`^crm: cannot upgrade .+ from binder version 1 to ${SCHEMA_VERSION} \\(table filing_count already exists\\); the binder is as it was`));
    expect(sha(binder.db)).toBe(before);
    expect(value(binder.db, 'PRAGMA user_version')).toBe(1);
    expect(value(binder.db, "SELECT count(*) FROM sqlite_schema WHERE name IN ('change_log', 'document')")).toBe(0);
  });
});

describe('an import', () => {
  const contacts = (name: string, phone = '601 000 000') => {
    const path = join(binder.dir, name);
    writeFileSync(path, `Name,E-mail,Phone\nŁukasz Żółć,lukasz@example.pl,${phone}\nMahsa Rahimi,mahsa@example.ir,\n`);
    return path;
  };

  it('copies a binder that holds anything to backups/ first, and says where', () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    const result = binder.json<{ backup: string; imported: unknown[] }>(['import', contacts('leads.csv'), '--file-on', '27']);
    expect(result.imported).toHaveLength(2);
    expect(result.backup).toMatch(new RegExp(`^${binder.dir}/backups/binder-2026-11-23T\\d{6}-before-import\\.db$`));
    expect(statSync(result.backup).mode & 0o777).toBe(0o600);
    expect(value(result.backup, 'SELECT group_concat(handle) FROM dossier')).toBe('acme');
    expect(value(binder.db, 'SELECT count(*) FROM dossier')).toBe(3);
    const text = binder.crm(['import', contacts('more.csv', '601 999 999'), '--file-on', '27', '--on-conflict', 'update']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/The binder as it was is in .+-before-import(-2)?\.db\.\n$/);
  });

  it('takes no copy of an empty or missing binder, nor on a dry run', () => {
    expect(binder.json<{ backup: null }>(['import', contacts('leads.csv'), '--file-on', '27', '--dry-run']).backup).toBeNull();
    expect(binder.json<{ backup: null }>(['import', contacts('leads.csv'), '--file-on', '27']).backup).toBeNull();
    expect(backups()).toEqual([]);
  });

  it('keeps the newest 10 copies of the binder, each the binder as it was before its import', () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    // Import i brings one new client, so the copy taken before it holds acme and clients 0 to i-1.
    for (let i = 0; i < 12; i++) {
      const file = join(binder.dir, `leads-${i}.csv`);
      writeFileSync(file, `Name,E-mail\nClient ${i},client${i}@example.pl\n`);
      ok(binder, ['import', file, '--file-on', '27', '--quiet']);
    }
    expect(backups()).toHaveLength(10);
    // Each copy opened: the two oldest (before imports 0 and 1) went, the ten before imports 2-11 stayed.
    const held = backups().map((file) => value(join(binder.dir, 'backups', file), 'SELECT count(*) FROM dossier') as number);
    expect(held.sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const newest = backups().find((file) => value(join(binder.dir, 'backups', file), 'SELECT count(*) FROM dossier') === 12) as string;
    expect(value(join(binder.dir, 'backups', newest), "SELECT group_concat(name, '|') FROM (SELECT name FROM dossier ORDER BY id)")).toBe(
      ['Anna Nowak', ...Array.from({ length: 11 }, (_, i) => `Client ${i}`)].join('|'),
    );
  });

  it('removes the copies a killed crm left half written, and only those', () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    const gone = spawnSync('true').pid as number; // a process that has ended
    const half = [`.binder-2026-11-20T101010-before-import.db.${gone}.tmp`, `.binder-2026-11-20T101010-before-import.db.${gone}.tmp-journal`];
    const writing = `.binder-2026-11-20T111111.db.${process.pid}.tmp`; // a crm still at it
    const other = `.notes-2026-11-20T101010.db.${gone}.tmp`; // another binder's
    mkdirSync(join(binder.dir, 'backups'), { mode: 0o700 });
    for (const file of [...half, writing, other]) writeFileSync(join(binder.dir, 'backups', file), 'half');
    ok(binder, ['import', contacts('leads.csv'), '--file-on', '27', '--quiet']);
    expect(backups().filter((file) => file.startsWith('.'))).toEqual([other, writing].sort());
  });
});

describe('crm restore', () => {
  it('puts a copy back as the binder, after copying the binder as it is aside', () => {
    seed(binder, 'acme', '25', 'Anna Nowak', ['--company', 'Acme']);
    ok(binder, ['log', 'acme', '--note', 'Wants the catalogue in Polish', '--next', 'dec 4']);
    const copy = join(binder.dir, 'before.db');
    ok(binder, ['backup', copy]);
    const shown = binder.crm(['show', 'acme', '--json']).stdout;
    ok(binder, ['log', 'acme', '--done']);
    seed(binder, 'petrova', '26', 'Ани Петрова');

    const out = ok(binder, ['restore', copy, '--yes']);
    const aside = /The binder as it was is in (\S+); crm restore that file to go back\.\n$/.exec(out)?.[1] as string;
    expect(out).toBe(`Restored ${copy} (1 dossier) as the binder ${binder.db}. The binder as it was is in ${aside}; crm restore that file to go back.\n`);
    expect(binder.crm(['show', 'acme', '--json']).stdout).toBe(shown);
    expect(binder.crm(['show', 'petrova']).code).toBe(2);
    expect(ok(binder, ['doctor'])).toContain('no problems');
    // And back again, from the copy it took.
    ok(binder, ['restore', aside, '--yes']);
    expect(binder.json<ShowJson>(['show', 'petrova']).name).toBe('Ани Петрова');
    expect(binder.json<ShowJson>(['show', 'acme']).filedOn).toBeNull();
  });

  it('into a binder that does not exist yet creates it, owner-only', () => {
    const source = tempBinder();
    try {
      seed(source, 'acme', '25', 'Anna Nowak');
      const result = binder.json<{ restored: boolean; before: null; dossiers: number; version: number }>(['restore', source.db]);
      expect(result).toMatchObject({ restored: true, before: null, dossiers: 1, version: SCHEMA_VERSION });
      expect(statSync(binder.db).mode & 0o777).toBe(0o600);
      expect(binder.json<ShowJson>(['show', 'acme']).name).toBe('Anna Nowak');
    } finally {
      source.remove();
    }
  });

  it('of an older copy leaves it to be upgraded when the binder is next opened', () => {
    const source = tempBinder();
    try {
      seed(source, 'acme', '25', 'Anna Nowak');
      tamper(source.db, BACK_TO_VERSION_3);
      seed(binder, 'petrova', '26', 'Ани Петрова');
      expect(binder.json<{ version: number }>(['restore', source.db, '--yes']).version).toBe(3);
      const next = binder.crm(['find', 'nowak', '--json']);
      expect(next.stderr).toMatch(new RegExp(`^Upgraded the binder .+ from version 3 to ${SCHEMA_VERSION};`));
      expect((JSON.parse(next.stdout) as FindJson).dossiers.map((d) => d.handle)).toEqual(['acme']);
    } finally {
      source.remove();
    }
  });

  it('without a terminal and without --yes: refused, the binder and backups/ as they were (issue 12)', () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    const copy = join(binder.dir, 'copy.db');
    ok(binder, ['backup', copy]);
    seed(binder, 'petrova', '26', 'Ани Петрова');
    for (const args of [['restore', copy], ['restore', copy, '--json'], ['restore', copy, '-q']]) {
      const { stderr } = refused(binder, args);
      expect(stderr).toBe(`crm: restore replaces the binder ${binder.db} whole and asks first at a terminal; add --yes to restore ${copy} without asking; nothing was written\n`);
    }
    expect(backups()).toEqual([]);
    expect(binder.json<ShowJson>(['show', 'petrova']).name).toBe('Ани Петрова');
    ok(binder, ['restore', copy, '-y']);
    expect(binder.crm(['show', 'petrova']).code).toBe(2);
  });

  it('asks first at a terminal, and Enter alone keeps the binder as it is', async () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    const copy = join(binder.dir, 'copy.db');
    ok(binder, ['backup', copy]);
    seed(binder, 'petrova', '26', 'Ани Петрова');
    const before = binder.dump();
    const terminal = { env: { CRM_DB: binder.db, CRM_TODAY: '2026-11-23', HOME: binder.dir }, cols: 200 };
    const kept = await runCrmInPty(['restore', copy], [{ expect: '(y/N)', send: key.enter }], terminal);
    expect(kept.code).toBe(0);
    expect(kept.screen).toBe(
      `✔ Replace the binder ${binder.db} (2 dossiers) with ${copy} (1)? The binder as it is now is kept in backups/. No\nNothing restored.`,
    );
    expect(binder.dump()).toBe(before);
    expect(backups()).toEqual([]);
    const replaced = await runCrmInPty(['restore', copy], [{ expect: '(y/N)', send: ['y', key.enter] }], terminal);
    expect(replaced.code).toBe(0);
    expect(replaced.text).toContain(`Restored ${copy} (1 dossier) as the binder ${binder.db}.`);
    expect(binder.crm(['show', 'petrova']).code).toBe(2);
  });

  it('refuses what is not a sound crm binder, in one line, and changes nothing', () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    const path = (name: string, content: string | Buffer | ((path: string) => void)) => {
      const file = join(binder.dir, name);
      if (typeof content === 'function') content(file);
      else writeFileSync(file, content);
      return file;
    };
    const cases: [string, RegExp][] = [
      [join(binder.dir, 'missing.db'), /cannot be restored: there is no such file; name a copy crm backup wrote \(they are in .+\/backups\)$/],
      [binder.db, /cannot be restored: it is the binder itself;/],
      [path('random.db', Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251))), /cannot be restored: it is damaged, or not a SQLite file;/],
      [path('empty.db', ''), /cannot be restored: it is an empty SQLite file, not a binder;/],
      [path('other.db', (file) => tamper(file, 'CREATE TABLE message (text TEXT)')), /cannot be restored: it is a SQLite database of another program, not a crm binder;/],
      [path('newer.db', (file) => tamper(file, 'PRAGMA application_id = 1668443441; PRAGMA user_version = 99; CREATE TABLE dossier (id INTEGER PRIMARY KEY)')), new RegExp(`cannot be restored: it was written by a newer crm \\(binder version 99, this crm knows up to ${SCHEMA_VERSION}\\);`)],
    ];
    for (const [file, message] of cases) {
      const bytes = existsSync(file) ? readFileSync(file) : null;
      expect(refused(binder, ['restore', file]).stderr.trimEnd()).toMatch(message);
      if (bytes) expect(readFileSync(file).equals(bytes), `${file} was changed`).toBe(true);
    }
    expect(backups()).toEqual([]);
  });

  it('refuses a damaged copy: one cut short', () => {
    seed(binder, 'acme', '25', 'Anna Nowak', ['--notes', 'x'.repeat(60_000)]);
    const copy = join(binder.dir, 'copy.db');
    ok(binder, ['backup', copy]);
    const whole = readFileSync(copy);
    writeFileSync(copy, whole.subarray(0, Math.floor(whole.length / 2)));
    expect(refused(binder, ['restore', copy]).stderr).toMatch(/cannot be restored: it is damaged/);
  });
});

describe('crm doctor', () => {
  beforeEach(() => {
    seed(binder, 'acme', '25', 'Anna Nowak', ['--company', 'Acme Sp. z o.o.', '--phone', '+48 601 234 567']);
    seed(binder, 'petrova', '26', 'Ани Петрова');
    seed(binder, 'zolc', '27', 'Łukasz Żółć');
  });

  const problems = () => binder.json<{ problems: string[]; repaired: string[]; mendable: boolean }>(['doctor']);

  it('finds nothing wrong in a binder written only by crm: filed, logged, moved, postponed, closed, imported, undone', () => {
    ok(binder, ['log', 'acme', '--note', 'Called', '--outcome', 'reached', '--next', 'dec 4']);
    ok(binder, ['move', 'petrova', 'dec 7']);
    ok(binder, ['log', 'zolc', '--done']);
    ok(binder, ['postpone', 'acme', '--to', 'dec 8'], { today: '2026-12-04' });
    writeFileSync(join(binder.dir, 'old.csv'), 'Name,E-mail,filed_on\nMahsa Rahimi,mahsa@example.ir,closed\nAram Petrosyan,aram@example.am,2026-12-01\n');
    ok(binder, ['import', join(binder.dir, 'old.csv'), '--quiet']);
    ok(binder, ['undo']);
    ok(binder, ['import', join(binder.dir, 'old.csv'), '--quiet']);
    ok(binder, ['file', 'zolc', 'dec 9']);
    expect(problems()).toEqual({ path: binder.db, problems: [], repaired: [], mendable: false, damaged: false, unchecked: [] });
  });

  it('names records that belong to nothing, dates that do not exist, and dossiers filed where their history does not say', () => {
    tamper(
      binder.db,
      `UPDATE dossier SET filed_on = NULL WHERE handle = 'acme';
       UPDATE dossier SET filed_on = '2026-02-30' WHERE handle = 'zolc';
       PRAGMA foreign_keys = OFF;
       INSERT INTO entry (dossier_id, at, kind, note) VALUES (999, '2026-11-01T10:00:00+01:00', 'note', 'stray');
       INSERT INTO entry (dossier_id, at, kind, note) VALUES (999, '2026-11-01T10:00:00+01:00', 'note', 'stray');`,
    );
    const result = binder.crm(['doctor']);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      [
        `crm: ${binder.db} has 4 problems; crm restore <copy> puts back a copy from before (crm backup makes them)`,
        '2 history entries belong to no dossier (the dossiers they name are not in the binder)',
        '1 dossier is filed on a date that does not exist',
        '1 open dossier is filed nowhere (out of the ring, never closed): acme; file each again with crm file <client> <when>',
        '1 dossier is filed elsewhere than its history says: zolc on 2026-02-30, history says 2026-11-27',
        '',
      ].join('\n'),
    );
    // --repair does not touch what only a person can decide.
    expect(binder.json<{ repaired: string[] }>(['doctor', '--repair']).repaired).toEqual([]);
  });

  it('mends with --repair what find and the binder view read, built again from the dossiers', () => {
    tamper(
      binder.db,
      `UPDATE dossier SET search_text = 'nothing' WHERE handle = 'petrova';
       DELETE FROM dossier_word WHERE dossier_id = (SELECT id FROM dossier WHERE handle = 'zolc');
       UPDATE filing_count SET count = 5;
       INSERT INTO dossier_search (dossier_search, rowid, search_text, phone_digits) VALUES ('delete', (SELECT id FROM dossier WHERE handle = 'acme'), 'anna', '48601234567');`,
    );
    const found = problems();
    expect(found.mendable).toBe(true);
    expect(found.problems).toEqual([
      '1 dossier has no lookup words, so no client name finds it: zolc',
      "crm find's text of 1 dossier is out of date: petrova",
      "crm find's index does not match the dossiers",
      'the filing counts of 3 days do not match the dossiers filed on them',
    ]);
    expect(binder.crm(['doctor']).stderr.split('\n')[0]).toBe(
      `crm: ${binder.db} has 4 problems; crm doctor --repair builds what find and the binder view read again from the dossiers`,
    );
    const out = ok(binder, ['doctor', '--repair']);
    expect(out.split('\n').filter((line) => line.startsWith('Repaired: '))).toHaveLength(4);
    expect(out).toContain(`${binder.db}: no problems`);
    expect(binder.json<FindJson>(['find', 'петр']).dossiers.map((d) => d.handle)).toEqual(['petrova']);
    expect(binder.json<FindJson>(['find', '601 234']).dossiers.map((d) => d.handle)).toEqual(['acme']);
    expect(binder.json<ShowJson>(['show', 'zolc']).name).toBe('Łukasz Żółć');
    expect(binder.json<{ days: { date: string; count: number }[] }>(['binder']).days.filter((d) => d.count > 0).map((d) => d.count)).toEqual([1, 1, 1]);
  });
});
