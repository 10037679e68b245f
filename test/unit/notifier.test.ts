// crm remind's notifier waits for the program it hands a reminder to: exit 0 is sent, anything else
// (or no end within the time allowed) is not, and a program that hangs is stopped with everything
// it started (its process group), so that no process of crm remind outlives it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotSent, waitFor } from '../../src/declared/notifier.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crm-notifier-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const env = { PATH: '/usr/bin:/bin' };

/** Whether a process is still there. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(process.platform === 'win32')('waitFor', () => {
  it('resolves when the program exits 0, having read its standard input', async () => {
    await expect(waitFor('/bin/sh', ['-c', `cat > '${join(dir, 'in')}'`], env, '{"kind":"call"}', 'cat', 5_000)).resolves.toBeUndefined();
    expect(readFileSync(join(dir, 'in'), 'utf8')).toBe('{"kind":"call"}');
  });

  it('rejects with the exit code and the last line of its standard error', async () => {
    const failed = waitFor('/bin/sh', ['-c', 'echo first >&2; echo "503 from the webhook" >&2; exit 4'], env, '', 'hook', 5_000);
    await expect(failed).rejects.toThrow(new NotSent('hook failed (exit 4: 503 from the webhook)'));
  });

  it('a program that does not read its input is no failure of crm', async () => {
    await expect(waitFor('/bin/sh', ['-c', 'exit 0'], env, 'x'.repeat(1 << 20), 'quick', 5_000)).resolves.toBeUndefined();
  });

  it('a program that is not there did not start', async () => {
    await expect(waitFor(join(dir, 'nothing'), [], env, undefined, 'nothing', 5_000)).rejects.toThrow(new NotSent('nothing did not start (ENOENT)'));
  });

  it('stops a program that hangs past the time allowed, and what it started', async () => {
    const pids = join(dir, 'pid');
    const hung = waitFor('/bin/sh', ['-c', `sleep 30 & echo $! > '${pids}'; wait`], env, undefined, 'hung', 500);
    await expect(hung).rejects.toThrow(new NotSent('hung failed (stopped after 0.5 s)'));
    const sleeper = Number(readFileSync(pids, 'utf8'));
    for (let waited = 0; alive(sleeper) && waited < 2_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(alive(sleeper)).toBe(false);
  });
});
