// Issue 7: a binder survives a process killed in the middle of a write, several processes writing
// at once, and a damaged or foreign file given as the binder. Each command is one transaction:
// after kill -9 it is there whole or not at all, and the file passes SQLite's integrity check.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CRM, openDatabase, tempBinder, type Binder } from './cli.js';
import { ok, seed } from './support.js';

let binder: Binder;
beforeEach(() => {
  binder = tempBinder('2026-11-23');
});
afterEach(() => binder.remove());

/** Starts crm without waiting: the child, a promise of its exit code and output, and one of its first output. */
function start(args: string[], today = '2026-11-23') {
  const child = spawn(process.execPath, [CRM, ...args], {
    env: { PATH: process.env.PATH, HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: today, TZ: process.env.TZ },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  const printed = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  return { child, done, printed };
}

/** What a test needs to know of the binder: integrity, how many dossiers and changes it holds. */
function inspect(): { integrity: string; dossiers: number; changes: number; entries: number } {
  const db = openDatabase(binder.db, { fileMustExist: true });
  try {
    const one = (sql: string) => db.prepare(sql).pluck().get();
    return {
      integrity: one('PRAGMA integrity_check') as string,
      dossiers: one('SELECT count(*) FROM dossier') as number,
      changes: one('SELECT count(*) FROM change_log') as number,
      entries: one('SELECT count(*) FROM entry') as number,
    };
  } finally {
    db.close();
  }
}

/** The binder as text, with the times of day taken out: two runs of one command stamp different times. */
const dumped = () => binder.dump().replace(/(\d{4}-\d\d-\d\d)T\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)/g, '$1T--');

/** The binder's write-ahead log as it stands ("size:mtime"), or null when there is none. */
function walState(): string | null {
  try {
    const stat = statSync(`${binder.db}-wal`);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return null;
  }
}

/** Waits until `condition` holds or `ended` settles, looking again every millisecond. */
async function until(condition: () => boolean, ended: Promise<unknown>): Promise<void> {
  let over = false;
  void ended.then(() => (over = true));
  while (!over && !condition()) await new Promise((resolve) => setTimeout(resolve, 1));
}

/**
 * Kills `crm args` with SIGKILL in `rounds` rounds, each at a moment chosen by what crm has done,
 * not by the clock (a machine under load stretches every timing): at once, before it has read
 * anything; while its write is under way (once its write-ahead log has grown, and 0-3 growths
 * later); and once it has printed what it did. After each the file must pass SQLite's integrity
 * check and hold exactly the binder before the command or exactly the binder after it (compared as
 * dumps): before when killed at once, after when it had printed. Returns how often each.
 */
async function killRounds(args: string[], rounds: number, today = '2026-11-23'): Promise<{ none: number; whole: number }> {
  const before = dumped();
  // One whole run gives the binder after it; undo takes it back to the one before.
  const whole = await start(args, today).done;
  expect(whole.code, whole.stderr).toBe(0);
  expect(whole.stdout, 'crm prints what it did (the moment of the last kind of round)').not.toBe('');
  const after = dumped();
  expect(after).not.toBe(before);
  ok(binder, ['undo']);
  expect(dumped()).toBe(before);
  const outcomes = { none: 0, whole: 0 };
  const writing = { none: 0, whole: 0 };
  for (let round = 0; round < rounds; round++) {
    const moment = (['at once', 'writing', 'printed'] as const)[round % 3];
    const wal = walState();
    const run = start(args, today);
    if (moment === 'writing') {
      // Pages written to the log: the transaction is under way (a reader never writes to it).
      let growths = Math.floor(round / 3) % 4;
      let seen = wal;
      await until(() => {
        const now = walState();
        if (now === seen || now === null || now.startsWith('0:')) return false;
        seen = now;
        return growths-- === 0;
      }, run.done);
    } else if (moment === 'printed') {
      await Promise.race([run.printed, run.done]);
    }
    run.child.kill('SIGKILL');
    await run.done;
    expect(inspect().integrity).toBe('ok');
    // crm itself opens it, as the next command of the day would.
    expect(binder.crm(['today', '--json'], { today }).code).toBe(0);
    const now = dumped();
    if (moment === 'at once') expect(now === before, `round ${round}: killed before it started, yet the binder changed`).toBe(true);
    if (moment === 'printed') expect(now === after, `round ${round}: crm said what it did, yet the binder does not hold it whole`).toBe(true);
    if (now === before) {
      outcomes.none++;
      if (moment === 'writing') writing.none++;
    } else {
      expect(now === after, `round ${round}: the binder is neither as before nor as after crm ${args.join(' ')}`).toBe(true);
      outcomes.whole++;
      if (moment === 'writing') writing.whole++;
      ok(binder, ['undo']);
    }
  }
  // Both outcomes happen across the rounds, or the test would prove nothing.
  expect(outcomes.none).toBeGreaterThan(0);
  expect(outcomes.whole).toBeGreaterThan(0);
  console.info(
    `kill -9 during crm ${args[0]}: ${rounds} rounds, integrity ok and crm today opens it every time; ${outcomes.none} as before, ${outcomes.whole} whole (killed while writing: ${writing.none} as before, ${writing.whole} whole)`,
  );
  return outcomes;
}

describe('kill -9 in the middle of a write', () => {
  beforeEach(() => {
    // 300 clients behind the 25th, in one import; acme with a history of its own.
    const rows = ['Name,E-mail', ...Array.from({ length: 300 }, (_, i) => `Klient ${i} Nowak${i},k${i}@example.pl`)];
    writeFileSync(join(binder.dir, 'clients.csv'), `${rows.join('\n')}\n`);
    seed(binder, 'acme', '25', 'Anna Nowak');
    ok(binder, ['log', 'acme', '--note', 'Wants the catalogue', '--next', '25']);
    ok(binder, ['import', join(binder.dir, 'clients.csv'), '--file-on', '25', '--quiet']);
  });

  it('crm log: the call and the refiling are there together or not at all (20 rounds)', async () => {
    await killRounds(['log', 'acme', '--note', 'Ordered 40 boxes', '--outcome', 'reached', '--offer', '5% off', '--next', 'dec 4'], 20);
  }, 120_000);

  it('crm move --from: all 301 dossiers behind the 25th moved, or none (20 rounds)', async () => {
    await killRounds(['move', '--from', '25', '--to', 'dec 7', '--note', 'trade fair'], 20);
  }, 120_000);

  it('crm postpone --auto: the whole plan over capacity applied, or none of it (20 rounds)', async () => {
    ok(binder, ['config', 'capacity', '20']);
    await killRounds(['postpone', '--auto', '--yes'], 20, '2026-11-25');
  }, 120_000);

  it('crm import: 3,000 contacts whole or not at all (25 rounds)', async () => {
    const rows = ['Name,E-mail,Phone', ...Array.from({ length: 3000 }, (_, i) => `Lead ${i} Kowalski${i},l${i}@example.pl,+48 500 ${String(i).padStart(6, '0')}`)];
    writeFileSync(join(binder.dir, 'leads.csv'), `${rows.join('\n')}\n`);
    await killRounds(['import', join(binder.dir, 'leads.csv'), '--file-on', 'mon'], 25);
    // Each import copied the binder first; the copies cut short by a kill go with the next copy taken.
    ok(binder, ['backup']);
    const copies = readdirSync(join(binder.dir, 'backups'));
    expect(copies.filter((file) => !/^binder-2026-11-23T\d{6}(-before-import)?(-\d+)?\.db$/.test(file))).toEqual([]);
    expect(copies.length).toBeLessThanOrEqual(10);
  }, 180_000);
});

describe('several terminals writing at once', () => {
  it('4 writers logging 8 calls each while an export runs: every call is there, none "database is locked"', async () => {
    const handles = ['acme', 'beta', 'gamma', 'delta'];
    for (const handle of handles) seed(binder, handle, '25', `Client ${handle}`);
    const writers = handles.map(async (handle) => {
      const results = [];
      for (let call = 0; call < 8; call++) {
        results.push(await start(['log', handle, '--note', `${handle} call ${call}`, '--outcome', 'reached', '--next', '+1w']).done);
      }
      return results;
    });
    const exports = start(['export']).done;
    const all = (await Promise.all(writers)).flat();
    for (const result of all) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
    expect((await exports).code).toBe(0);
    for (const handle of handles) {
      const notes = binder.json<{ history: { note: string | null }[] }>(['show', handle]).history.map((entry) => entry.note);
      for (let call = 0; call < 8; call++) expect(notes).toContain(`${handle} call ${call}`);
    }
    expect(inspect().integrity).toBe('ok');
  }, 120_000);
});

describe('two terminals changing one card at once', () => {
  it('4 edits of different fields of one dossier at the same moment, 5 times: no edit lost to another', async () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    for (let round = 0; round < 5; round++) {
      const edits = [
        ['--phone', `+48 601 000 00${round}`],
        ['--email', `anna${round}@acme.pl`],
        ['--position', `buyer ${round}`],
        ['--company', `Acme ${round}`],
      ];
      const results = await Promise.all(edits.map((edit) => start(['edit', 'acme', ...edit]).done));
      for (const result of results) expect(result.stderr).toBe('');
      const card = binder.json<{ phone: string; email: string; position: string; company: string; history: { kind: string }[] }>(['show', 'acme']);
      expect([card.phone, card.email, card.position, card.company]).toEqual(edits.map(([, value]) => value));
      expect(card.history.filter((entry) => entry.kind === 'changed')).toHaveLength(4 * (round + 1));
    }
  }, 60_000);
});

describe('several terminals filing one new handle at once', () => {
  // Each looks the handle up before its commit and finds it free; the commit looks again under the
  // write lock. Whichever commits first files it; the others are refused as a later filing under a
  // taken handle is (another name: crm file does not rename), however the four are interleaved.
  it('4 crm file of one new handle at once, 3 times: one files it, the others are told the handle is taken (exit 2, one line), one dossier, one change', async () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    for (let round = 0; round < 3; round++) {
      const handle = `newco${round}`;
      const before = inspect();
      const results = await Promise.all([1, 2, 3, 4].map((i) => start(['file', handle, '25', '--name', `New Co ${i}`]).done));
      const filed = results.filter((result) => result.code === 0);
      expect(filed, `round ${round}: ${JSON.stringify(results)}`).toHaveLength(1);
      const name = /^New dossier newco\d \((New Co \d)\) filed behind 25: Wed 25 Nov 2026\.\n$/.exec(filed[0]?.stdout ?? '')?.[1];
      expect(name, filed[0]?.stdout).toBeDefined();
      expect(filed[0]?.stderr).toBe('');
      for (const refused of results.filter((other) => other !== filed[0])) {
        expect(refused, `round ${round}`).toMatchObject({ code: 2, stdout: '' });
        expect(refused.stderr, `round ${round}`).toMatch(new RegExp(`^crm: "${handle}" is ${handle} \\(${name}\\), and crm file does not rename a client: [^\\n]*; nothing was written\\n$`));
      }
      const card = binder.json<{ name: string; history: { kind: string }[] }>(['show', handle]);
      expect(card.name).toBe(name);
      expect(card.history.map((entry) => entry.kind)).toEqual(['created', 'filed']);
      const now = inspect();
      expect([now.dossiers, now.changes], `round ${round}: one dossier and one change more`).toEqual([before.dossiers + 1, before.changes + 1]);
      expect(now.integrity).toBe('ok');
    }
  }, 60_000);
});

describe('a damaged or foreign file given as the binder', () => {
  /** Runs a read and a write command on the file: both refused, exit 3, one line; the file untouched. */
  function refusedFile(content: Buffer | ((path: string) => void), message: RegExp): void {
    const path = binder.db;
    if (typeof content === 'function') content(path);
    else writeFileSync(path, content);
    const bytes = readFileSync(path);
    for (const args of [['today'], ['file', 'acme', '25', '--name', 'Anna Nowak']]) {
      const result = binder.crm(args);
      expect(result.code, `crm ${args[0]}: ${result.stderr}`).toBe(3);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
      expect(readFileSync(path).equals(bytes), `crm ${args[0]} changed the file`).toBe(true);
      expect(readdirSync(binder.dir).filter((name) => name.startsWith('binder.db')), 'no -wal or -shm beside it').toEqual(['binder.db']);
    }
  }

  it('random bytes', () => {
    refusedFile(Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251)), /^crm: the binder \S+ is damaged, or not a SQLite file at all \(SQLite: file is not a database\); nothing was written\. crm doctor says what is wrong; there is no copy in \S+ to put back \(crm restore <copy> takes one made elsewhere\)$/m);
  });

  it('a text file', () => {
    refusedFile(Buffer.from('Name,Phone\nAnna,601 234 567\n'), /is damaged, or not a SQLite file at all \(SQLite: file is not a database\)/);
  });

  it('a binder cut short', () => {
    const source = tempBinder();
    try {
      ok(source, ['file', 'acme', '25', '--name', 'Anna Nowak', '--notes', 'x'.repeat(60_000)]);
      ok(source, ['today']);
      const db = openDatabase(source.db);
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      db.close();
      const whole = readFileSync(source.db);
      refusedFile(whole.subarray(0, Math.floor(whole.length / 2)), /^crm: the binder \S+ is damaged \(SQLite: [^)]+\); nothing was written\. crm doctor says what is wrong/);
    } finally {
      source.remove();
    }
  });

  it("another program's SQLite database", () => {
    refusedFile((path) => {
      const db = openDatabase(path);
      db.exec('CREATE TABLE message (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO message (text) VALUES (\'hello\')');
      db.close();
    }, /is a SQLite database of another program, not a crm binder; name a binder with --db or CRM_DB/);
  });

  it('a binder from a newer crm', () => {
    refusedFile((path) => {
      const db = openDatabase(path);
      db.exec('PRAGMA application_id = 1668443441; PRAGMA user_version = 99; CREATE TABLE dossier (id INTEGER PRIMARY KEY)');
      db.close();
    }, /was written by a newer crm \(binder version 99, this crm knows up to \d+\); upgrade crm to open it/);
  });
});

describe('crm backup', () => {
  it('copies the binder beside it, owner-only, and the copy is a binder that reads the same', () => {
    seed(binder, 'acme', '25', 'Anna Nowak', ['--company', 'Acme']);
    const out = ok(binder, ['backup']);
    const path = /^Backed up the binder to (.+) \(\d+ bytes\)\.\n$/.exec(out)?.[1] as string;
    expect(path).toMatch(new RegExp(`^${binder.dir}/backups/binder-2026-11-23T\\d{6}\\.db$`));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(binder.dir, 'backups')).mode & 0o777).toBe(0o700);
    expect(binder.crm(['--db', path, 'show', 'acme', '--json']).stdout).toBe(binder.crm(['show', 'acme', '--json']).stdout);
  });

  it('to a file or a folder named, and keeps the newest 10 in its own folder', () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    ok(binder, ['backup', join(binder.dir, 'copy.db')]);
    ok(binder, ['backup', binder.dir]);
    const [inFolder] = readdirSync(binder.dir).filter((name) => name.startsWith('binder-2026-11-23T'));
    expect(inFolder).toMatch(/^binder-2026-11-23T\d{6}\.db$/);
    // Both copies are the binder: crm reads the dossier back from each.
    const shown = binder.crm(['show', 'acme', '--json']).stdout;
    for (const copy of [join(binder.dir, 'copy.db'), join(binder.dir, inFolder as string)]) {
      expect(binder.crm(['--db', copy, 'show', 'acme', '--json']).stdout, copy).toBe(shown);
    }
    mkdirSync(join(binder.dir, 'backups'), { mode: 0o700 }); // the user's alone, or crm refuses it
    for (let i = 0; i < 11; i++) writeFileSync(join(binder.dir, 'backups', `binder-2026-01-${String(i + 1).padStart(2, '0')}T000000.db`), '');
    const result = binder.json<{ path: string; removed: string[] }>(['backup']);
    expect(result.removed).toEqual(['binder-2026-01-01T000000.db', 'binder-2026-01-02T000000.db']);
    expect(readdirSync(join(binder.dir, 'backups'))).toHaveLength(10);
  });

  it('works while another process holds a write transaction open, and copies what was committed, not what is being written', async () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    const committed = binder.crm(['show', 'acme', '--json']).stdout;
    const db = openDatabase(binder.db);
    db.exec('BEGIN IMMEDIATE');
    db.exec("UPDATE dossier SET name = 'Not Yet Committed'");
    try {
      const result = await start(['backup', join(binder.dir, 'during.db')]).done;
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    } finally {
      db.exec('ROLLBACK');
      db.close();
    }
    expect(binder.crm(['--db', join(binder.dir, 'during.db'), 'show', 'acme', '--json']).stdout).toBe(committed);
  });

  it('refuses when there is no binder, and creates none', () => {
    const result = binder.crm(['backup']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`crm: there is no binder at ${binder.db} to back up; name one with --db or CRM_DB\n`);
    expect(readdirSync(binder.dir)).toEqual([]);
  });
});

describe('crm doctor', () => {
  it('says so when nothing is wrong', () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    expect(ok(binder, ['doctor'])).toBe(`${binder.db}: no problems (integrity, records, dates, filings against the history, lookup words, find's texts and indexes, filing counts).\n`);
  });

  it('finds filing counts that no longer match, and exits 3 with what is wrong', () => {
    seed(binder, 'acme', '25', 'Anna Nowak');
    const db = openDatabase(binder.db);
    db.exec("UPDATE filing_count SET count = 7 WHERE day = '2026-11-25'");
    db.close();
    const result = binder.crm(['doctor']);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(
      `crm: ${binder.db} has 1 problem; crm doctor --repair builds what find and the binder view read again from the dossiers\nthe filing count of 1 day does not match the dossiers filed on it\n`,
    );
    expect(binder.json<{ problems: string[] }>(['doctor']).problems).toHaveLength(1);
  });
});
