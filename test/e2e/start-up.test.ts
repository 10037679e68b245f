// What the fast path does to start quickly, checked where it could go wrong for a user:
// - better-sqlite3's JavaScript is bundled and only its binary is loaded from node_modules, as long
//   as the installed package is the release bundled; another release is loaded whole, as installed
//   (scripts/sqlite-driver.mjs);
// - standard output as a file, a pipe or a socket is written straight to the descriptor (main.ts):
//   the whole output arrives, through a pipe left non-blocking by another program too, and a reader
//   that stops early is not a failure.
// All spawned: what is under test is the built process.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRM } from './cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GENERATE = join(ROOT, 'bench/generate.js');
/** Three thousand dossiers, every one due by this day: a `crm today` of several hundred KB. */
const LATE = '2028-06-30';

let dir: string;
let db: string;
/** Reports, as the process exits, every file of better-sqlite3 it required. */
let report: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crm-start-up-'));
  db = join(dir, 'binder.db');
  const generated = spawnSync(process.execPath, [GENERATE, '--dossiers', '3000', '--out', db], { encoding: 'utf8', timeout: 300_000 });
  expect(generated.status, generated.stderr).toBe(0);
  report = join(dir, 'report.cjs');
  writeFileSync(
    report,
    "process.on('exit', () => process.stderr.write(JSON.stringify(Object.keys(require.cache).filter((path) => path.includes('better-sqlite3')).map((path) => path.replace(/^.*node_modules\\//, ''))) + '\\n'));\n",
  );
}, 300_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function crm(bin: string, args: string[], extra: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ['--require', report, bin, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: dir, CRM_DB: db, CRM_TODAY: '2026-11-23', ...extra },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The files of better-sqlite3 the run required (the reporter's last line on stderr). */
function driverFiles(stderr: string): string[] {
  return JSON.parse(stderr.trim().split('\n').at(-1) as string) as string[];
}

describe('the SQLite driver', () => {
  it.each(['today', 'show kowalski-11', 'binder', 'find nowak', 'config', 'changes'])(
    'crm %s requires only the binary of better-sqlite3: its JavaScript is in the bundle',
    (command) => {
      const result = crm(CRM, command.split(' '));
      expect(result.status, result.stderr).toBe(0);
      expect(driverFiles(result.stderr)).toEqual([expect.stringMatching(/^better-sqlite3\/(prebuilds\/[a-z0-9-]+|build\/(Release|Debug)\/better_sqlite3)\.node$/)]);
    },
  );

  it('another release of better-sqlite3 installed beside crm is loaded whole, as installed, and crm works', () => {
    const installed = join(dir, 'installed');
    mkdirSync(join(installed, 'node_modules'), { recursive: true });
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(installed, part), { recursive: true });
    // The package as it ships (lib/, its binaries), with another version number.
    const driver = join(installed, 'node_modules/better-sqlite3');
    for (const part of ['lib', 'prebuilds', 'build', 'package.json']) cpSync(join(ROOT, 'node_modules/better-sqlite3', part), join(driver, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules/node-addon-api'), join(installed, 'node_modules/node-addon-api'));
    const manifest = JSON.parse(readFileSync(join(driver, 'package.json'), 'utf8')) as { version: string };
    writeFileSync(join(driver, 'package.json'), JSON.stringify({ ...manifest, version: `${manifest.version}-other` }));

    const bundled = crm(CRM, ['today', '--json']);
    const other = crm(join(installed, 'bin/crm.js'), ['today', '--json']);
    expect(other.status, other.stderr).toBe(0);
    expect(other.stdout).toBe(bundled.stdout);
    expect(driverFiles(other.stderr)).toContain('better-sqlite3/lib/index.js');
    expect(driverFiles(other.stderr)).toContain('better-sqlite3/lib/database.js');
    // A write too, and a backup (which reaches the driver's private handle on the database).
    const logged = crm(join(installed, 'bin/crm.js'), ['log', 'kowalski-11', '--note', 'Called', '--next', '+1w']);
    expect(logged.status, logged.stderr).toBe(0);
    const backup = crm(join(installed, 'bin/crm.js'), ['backup', join(dir, 'copy.db')]);
    expect(backup.status, backup.stderr).toBe(0);
    const copied = crm(CRM, ['show', 'kowalski-11', '--json'], { CRM_DB: join(dir, 'copy.db') });
    expect(copied.stdout).toContain('Called');
  });
});

describe('standard output written straight to its descriptor', () => {
  /** crm today with every dossier due: the same bytes however standard output is taken. */
  const args = ['today'];
  const late = { CRM_TODAY: LATE };

  it('a pipe and a file get the same whole output', () => {
    const piped = crm(CRM, args, late);
    expect(piped.status, piped.stderr).toBe(0);
    expect(piped.stdout.length).toBeGreaterThan(256 * 1024);
    expect(piped.stdout.trimEnd().split('\n').at(-1)).not.toBe('');
    const file = join(dir, 'today.txt');
    const toFile = spawnSync('sh', ['-c', `"${process.execPath}" "${CRM}" today > "${file}"`], {
      env: { PATH: process.env.PATH, HOME: dir, CRM_DB: db, CRM_TODAY: LATE },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(toFile.status, toFile.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(piped.stdout);
  });

  it('a non-blocking pipe that fills before its reader reads: nothing is lost, exit 0', () => {
    // The reader makes the pipe non-blocking, starts crm on it and waits a second before reading,
    // so that crm's writes find the pipe full (EAGAIN) and must hand the rest on.
    const reader = [
      'import os, subprocess, sys, time',
      'r, w = os.pipe()',
      'os.set_blocking(w, False)',
      'p = subprocess.Popen(sys.argv[1:], stdout=w)',
      'os.close(w)',
      'time.sleep(1)',
      'chunks = []',
      'while True:',
      '    b = os.read(r, 65536)',
      '    if not b: break',
      '    chunks.append(b)',
      'sys.stdout.buffer.write(b"".join(chunks))',
      'sys.exit(p.wait())',
    ].join('\n');
    const expected = crm(CRM, args, late).stdout;
    const result = spawnSync('python3', ['-c', reader, process.execPath, CRM, ...args], {
      env: { PATH: process.env.PATH, HOME: dir, CRM_DB: db, CRM_TODAY: LATE },
      encoding: 'utf8',
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected);
  });

  it('a reader that stops after the first line (crm today | head -1): exit 0, nothing on stderr', () => {
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CRM}" today | head -1`], {
      env: { PATH: process.env.PATH, HOME: dir, CRM_DB: db, CRM_TODAY: LATE },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\w{3} 30 Jun 2028 · \d[\d,]* dossiers in today's stack/);
    expect(result.stdout.split('\n')).toHaveLength(2);
  });
});
