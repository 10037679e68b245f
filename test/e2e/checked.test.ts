// Issue 13: the whole-file quick_check before a write runs only when the binder may have changed
// outside crm since crm last found it sound. After a clean check and after each write the store
// stamps the files as it left them (src/store/stamp.ts), in the user's state folder; a write that
// finds them so, within a day of the check, skips it. What it must never skip: a binder damaged
// after crm's last write, even at the same size and on the same day. The evidence of a skipped
// check is the stamp itself: it carries the time of the check its soundness rests on, and a write
// that skipped the check carries that time on unchanged (a planted one, so nothing is timed).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, tempBinder, type Binder } from './cli.js';
import { binderFiles, ok } from './support.js';

const GENERATE = fileURLToPath(new URL('../../bench/generate.js', import.meta.url));
const DAY = 24 * 60 * 60 * 1000;

interface Stamp {
  binder: string;
  main: { dev: string; ino: string; size: string; mtimeNs: string };
  wal: unknown;
  checkedAt: number;
}

let binder: Binder;
/** The dossiers the writes name: the last two filed, far from the page damaged. */
let handles: string[];
/** The leftmost leaf of the history: the first dossiers' entries, which no write below reads. */
let page: number;
let pageSize: number;

const stamps = () => join(binder.dir, '.local', 'state', 'crm', 'checked');
function stamp(): Stamp {
  const files = readdirSync(stamps());
  expect(files).toHaveLength(1);
  return JSON.parse(readFileSync(join(stamps(), files[0] as string), 'utf8')) as Stamp;
}
/** Puts back the stamp with another time of check: what the next write carries on if it skips the check. */
function plantCheckedAt(checkedAt: number): void {
  const [file] = readdirSync(stamps());
  writeFileSync(join(stamps(), file as string), `${JSON.stringify({ ...stamp(), checkedAt })}\n`);
}
const log = (handle: string) => ['log', handle, '--note', 'Called about the order', '--outcome', 'reached', '--next', '+2w'];
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeEach(() => {
  binder = tempBinder('2026-11-23');
  // 300 dossiers with about ten history entries each, as crm's benchmark writes them.
  const generated = spawnSync(process.execPath, [GENERATE, '--dossiers', '300', '--out', binder.db, '--force'], { encoding: 'utf8' });
  expect(generated.status, generated.stderr).toBe(0);
  const db = openDatabase(binder.db, { readonly: true, fileMustExist: true });
  const value = (sql: string) => db.prepare(sql).pluck();
  handles = value('SELECT handle FROM dossier WHERE filed_on IS NOT NULL ORDER BY id DESC LIMIT 3').all() as string[];
  page = value("SELECT pageno FROM dbstat WHERE name = 'entry' AND path = '/000/'").get() as number;
  pageSize = value('PRAGMA page_size').get() as number;
  db.close();
  expect(page).toBeGreaterThan(1);
}, 60_000);

afterEach(() => binder.remove());

describe('the check before a write', () => {
  it('runs on a binder damaged in place after crm last wrote it (same day, same size): crm log exits 3 and writes nothing', () => {
    ok(binder, log(handles[0] as string));
    const before = stamp();
    expect(before.binder).toBe(binder.db);
    const size = readFileSync(binder.db).length;
    const fd = openSync(binder.db, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (page - 1) * pageSize);
    closeSync(fd);
    expect(readFileSync(binder.db).length).toBe(size);
    // The damage is on no page the next write reads: SQLite alone would not see it.
    expect(ok(binder, ['show', handles[1] as string])).toContain(handles[1]);
    const bytes = sha(binder.db);

    const result = binder.crm(log(handles[1] as string));
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 3, stdout: '' });
    expect(result.stderr).toMatch(new RegExp(`^crm: the binder ${binder.db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged \\(SQLite: [^\\n]+\\); nothing was written\\.`));
    expect(sha(binder.db)).toBe(bytes);
    expect(binderFiles(binder)).toEqual(['binder.db']);
    expect(stamp()).toEqual(before);
  });

  it('is skipped by a second write when nothing changed the binder since the first, and runs again after a day', () => {
    ok(binder, log(handles[0] as string));
    const first = stamp();
    // A check an hour ago: a write that skips the check carries it on; one that checks stamps its own time.
    const anHourAgo = Date.now() - 60 * 60 * 1000;
    plantCheckedAt(anHourAgo);
    ok(binder, log(handles[1] as string));
    const second = stamp();
    expect(second.checkedAt).toBe(anHourAgo);
    expect(second.main).not.toEqual(first.main); // the second write is stamped as crm left the file

    plantCheckedAt(Date.now() - DAY - 60_000);
    ok(binder, log(handles[2] as string));
    expect(stamp().checkedAt).toBeGreaterThan(anHourAgo);
  });

  it('runs after another program wrote the binder, even through SQLite, or touched it', () => {
    ok(binder, log(handles[0] as string));
    const anHourAgo = Date.now() - 60 * 60 * 1000;

    // Another program's commit (a second process at the binder): the files are not as crm left them.
    plantCheckedAt(anHourAgo);
    const db = openDatabase(binder.db, { fileMustExist: true });
    db.exec('CREATE TABLE other_program (x); DROP TABLE other_program');
    db.close();
    ok(binder, log(handles[1] as string));
    expect(stamp().checkedAt).toBeGreaterThan(anHourAgo);

    // Only the file's time changed (a copy put back with its own times): checked all the same.
    plantCheckedAt(anHourAgo);
    utimesSync(binder.db, new Date('2026-11-01T00:00:00Z'), new Date('2026-11-01T00:00:00Z'));
    ok(binder, log(handles[2] as string));
    expect(stamp().checkedAt).toBeGreaterThan(anHourAgo);
  });

  it('keeps no stamp of a binder it only read', () => {
    ok(binder, ['today']);
    ok(binder, ['show', handles[0] as string]);
    expect(existsSync(join(binder.dir, '.local'))).toBe(false);
  });
});
