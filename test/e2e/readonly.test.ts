// Issue 12, item 2: a read-only binder (the file 0444, or its folder 0555). Reads answer as on a
// writable binder and create nothing beside it; a change is refused in one line, exit 3; the
// doctor judges only what is really wrong.
//
// Root ignores permission bits, so under root (as in CI containers) crm runs here as the user
// nobody, owning the binder's folder: then the bits bind it as they bind a developer's own crm.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CRM, tempBinder, type Binder, type Result } from './cli.js';
import { ok, seed } from './support.js';

const ROOT = process.getuid?.() === 0;
const NOBODY = 65534;

let binder: Binder;
beforeEach(() => {
  binder = tempBinder('2026-11-23');
  seed(binder, 'acme', '25', 'Anna Nowak', ['--company', 'Acme Sp. z o.o.', '--phone', '+48 601 234 567']);
  seed(binder, 'petrova', '23', 'Ани Петрова');
  ok(binder, ['log', 'petrova', '--note', 'Wants the price list', '--next', 'dec 4']);
  writeFileSync(join(binder.dir, 'leads.csv'), 'Name,Phone\nMahsa Rahimi,+98 912 000 0000\n');
});
afterEach(() => {
  chmodSync(binder.dir, 0o700);
  binder.remove();
});

/** Runs crm as a user the permission bits bind: this one, or nobody when this one is root. */
function crm(args: string[]): Result {
  const env = { PATH: process.env.PATH, HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: '2026-11-23', TZ: process.env.TZ };
  const command = ROOT ? ['setpriv', '--reuid', String(NOBODY), '--regid', String(NOBODY), '--clear-groups', '--', process.execPath] : [process.execPath];
  // The timeout only guards against a hang: a start that takes seconds on a loaded machine must
  // not be killed and reported as crm's failure (15 s did flake).
  const result = spawnSync(command[0] as string, [...command.slice(1), CRM, ...args], { encoding: 'utf8', env, timeout: 120_000 });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/** Makes the binder read-only as `how` says, for whoever runs crm here. */
function readOnly(how: 'file' | 'folder'): void {
  if (ROOT) for (const path of [binder.dir, ...readdirSync(binder.dir).map((file) => join(binder.dir, file))]) chownSync(path, NOBODY, NOBODY);
  if (how === 'file') chmodSync(binder.db, 0o444);
  else chmodSync(binder.dir, 0o555);
}

const sha = () => createHash('sha256').update(readFileSync(binder.db)).digest('hex');
const READS = [['today'], ['show', 'petrova'], ['find', 'anna'], ['binder'], ['promises'], ['changes'], ['export'], ['config']];
const WRITES = [
  ['log', 'acme', '--note', 'Called', '--next', 'fri'],
  ['file', 'zolc', '27', '--name', 'Łukasz Żółć'],
  ['move', 'acme', 'dec 7'],
  ['config', 'capacity', '5'],
  ['undo'],
  ['import', 'LEADS'],
  ['restore', 'COPY', '--yes'],
];

describe.each([
  ['file', 'the file is not writable'],
  ['folder', 'its folder FOLDER is not writable, and SQLite writes its log beside the binder'],
] as const)('a binder whose %s is read-only', (how, why) => {
  it('answers every read as before, creating nothing beside it; refuses every change in one line, exit 3; the doctor finds nothing wrong', () => {
    const answers = READS.map((args) => ok(binder, args));
    ok(binder, ['backup', join(binder.dir, 'copy.db')]);
    readOnly(how);
    const bytes = sha();
    const files = readdirSync(binder.dir).sort();
    const unchanged = (what: string) => {
      expect(sha(), `${what} changed the binder`).toBe(bytes);
      expect(readdirSync(binder.dir).sort(), `${what} left files beside the binder`).toEqual(files);
    };
    READS.forEach((args, i) => {
      const result = crm(args);
      expect(result, `crm ${args.join(' ')}`).toEqual({ code: 0, stderr: '', stdout: answers[i] });
      unchanged(`crm ${args.join(' ')}`);
    });
    const line = `crm: the binder ${binder.db} is read-only (${why.replace('FOLDER', binder.dir)}); nothing was written. Reading it works; make it writable to change it\n`;
    for (const args of WRITES) {
      const named = args.map((arg) => (arg === 'LEADS' ? join(binder.dir, 'leads.csv') : arg === 'COPY' ? join(binder.dir, 'copy.db') : arg));
      expect(crm(named), `crm ${args.join(' ')}`).toEqual({ code: 3, stdout: '', stderr: line });
      unchanged(`crm ${args.join(' ')}`);
    }
    // SQLite checks find's index with a statement that writes: unchecked here, not called broken.
    const doctor = crm(['doctor']);
    expect(doctor.stderr).toBe('');
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toContain(`Not checked: find's index: the binder is read-only (${why.replace('FOLDER', binder.dir)})`);
    expect(doctor.stdout).toContain(`${binder.db}: no problems`);
    expect(doctor.stdout).not.toContain('does not match');
    const json = JSON.parse(crm(['doctor', '--json']).stdout) as { problems: string[]; mendable: boolean; unchecked: string[] };
    expect(json).toMatchObject({ problems: [], mendable: false });
    expect(json.unchecked).toHaveLength(1);
    unchanged('crm doctor');
  }, 120_000);
});
