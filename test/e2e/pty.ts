// Runs the built CLI inside a real pseudo-terminal, as a person at a terminal would, and drives it
// key by key. The terminal comes from pty_driver.py (Python's standard `pty` module), so there is no
// native npm dependency and CI needs nothing beyond python3.
//
//   const result = await runCrmInPty(['file', 'acme', '25'], [
//     { expect: "Client's name", send: ['Łukasz Żółć', key.enter] },
//     { expect: 'Priority', send: [key.down, key.enter] },
//   ], { env: { CRM_DB: db, CRM_TODAY: '2026-11-23', HOME: dir } });
//   result.code; result.text; result.screen;
//
// Or hold the session and decide as you go: spawnCrmInPty(...) -> expect / send / exited / kill.
//
// Wait for each question before answering it: inquirer drops keys typed ahead of a question (each
// question reads the terminal afresh), so a burst like 'Ann\r\r\r' answers one question, not three.
import { spawn, spawnSync, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { CRM } from './cli.js';

const DRIVER = fileURLToPath(new URL('./pty_driver.py', import.meta.url));
const STATUS_PREFIX = 'pty_driver: exit ';

/** What to type for the keys a prompt listens to (as an xterm sends them). */
export const key = {
  enter: '\r',
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  home: '\x1b[H',
  end: '\x1b[F',
  space: ' ',
  tab: '\t',
  backspace: '\x7f',
  escape: '\x1b',
  /** Deletes the line typed so far (readline's Ctrl-U). */
  ctrlU: '\x15',
  ctrlA: '\x01',
  ctrlC: '\x03',
  ctrlD: '\x04',
} as const;

export interface PtyOptions {
  /**
   * The program's whole environment besides PATH, TZ, LANG, TERM, COLUMNS and LINES, which the
   * harness sets (and these may override). Nothing else leaks in from the test runner's environment.
   */
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** The terminal's size; 100x30 unless given. */
  cols?: number;
  rows?: number;
  /** The whole session's limit, after which the program is killed; 15 s unless given. */
  timeout?: number;
  /** How long one `expect` waits, unless the step says otherwise; 5 s unless given. */
  expectTimeout?: number;
}

export interface PtyExit {
  /** The exit code, or null when a signal ended the program. */
  code: number | null;
  /** The signal's name (SIGHUP, SIGKILL...) when one ended the program. */
  signal: string | null;
  /** The session's timeout ended it. */
  timedOut: boolean;
  /** The harness itself failed (python3 missing, the driver crashed): the code means nothing. */
  harnessError?: string;
}

export interface PtyResult extends PtyExit {
  /** Everything the program wrote to the terminal (stdout and stderr together), escapes and all. */
  output: string;
  /** `output` without escape sequences, with \r\n as \n: what was written, in order. */
  text: string;
  /** What the terminal shows at the end (see `Screen`). */
  screen: string;
}

/** One step of a script: wait for something (optional), then type something (optional). */
export interface Step {
  /** Wait until the output, past what earlier steps matched, contains this. */
  expect?: string | RegExp;
  /** Wait until the screen, as shown now, contains this (it is not consumed). */
  screen?: string | RegExp;
  /** Then type these, in order (text, `key.enter`, `key.down`...). */
  send?: string | readonly string[];
  /** How long this step's wait may take. */
  timeout?: number;
}

/** A wait that ran out, or a program that ended before showing what was expected. */
export class PtyError extends Error {
  constructor(
    message: string,
    readonly transcript: string,
  ) {
    super(`${message}\n--- terminal so far (escapes stripped) ---\n${tail(transcript)}\n--- end ---`);
    this.name = 'PtyError';
  }
}

/** Starts `node bin/crm.js ...args` in a terminal. Stop it with `kill()` in a `finally`. */
export function spawnCrmInPty(args: readonly string[], options: PtyOptions = {}): PtySession {
  return new PtySession(process.execPath, [CRM, ...args], options);
}

/**
 * Runs `crm ...args` in a terminal through `steps`, then waits for it to exit. Throws a PtyError
 * (with the transcript) when a wait runs out; the program is gone by the time this returns or throws.
 */
export async function runCrmInPty(args: readonly string[], steps: readonly Step[], options: PtyOptions = {}): Promise<PtyResult> {
  const session = spawnCrmInPty(args, options);
  try {
    await session.play(steps);
    await session.exited();
    return session.result();
  } finally {
    await session.kill();
  }
}

/**
 * Answers the select list on screen (inquirer's `❯ choice` cursor) with the choice whose label starts
 * with `choice`: presses Down, one key at a time, until the cursor is on it, then Enter. Call it once
 * the list's own question is showing (after a marker printed before it), not while an earlier list
 * may still be on screen. Fails with the transcript when the list has no such choice.
 */
export async function choose(session: PtySession, choice: string, timeout?: number): Promise<void> {
  const cursor = () => session.screen.split('\n').findLast((line) => line.startsWith('❯')) ?? '';
  await session.expectScreen(/^❯/m, timeout);
  const seen = new Set<string>();
  for (let line = cursor(); !line.startsWith(`❯ ${choice}`); line = cursor()) {
    // The list wraps around: a line seen twice means every choice has been passed.
    if (seen.has(line)) throw new PtyError(`no choice "${choice}" in the list on screen`, session.text);
    seen.add(line);
    session.send(key.down);
    await session.expectScreen(new RegExp(`^❯(?!${escapeRegExp(line.slice(1))}$)`, 'm'), timeout);
  }
  session.send(key.enter);
}

export class PtySession {
  readonly #child: ChildProcessByStdio<Writable, Readable, Readable>;
  readonly #screen: Screen;
  readonly #expectTimeout: number;
  readonly #exit: Promise<PtyExit>;
  #status: PtyExit | undefined;
  #output = '';
  /** How far `expect` has read into `text`. */
  #consumed = 0;
  /** Called whenever output arrives or the program exits. */
  readonly #listeners = new Set<() => void>();

  constructor(command: string, args: readonly string[], options: PtyOptions = {}) {
    const cols = options.cols ?? 100;
    const rows = options.rows ?? 30;
    const timeout = options.timeout ?? 15_000;
    this.#expectTimeout = options.expectTimeout ?? 5_000;
    this.#screen = new Screen(cols, rows);
    const env = {
      PATH: process.env.PATH,
      TZ: process.env.TZ,
      LANG: 'C.UTF-8',
      TERM: 'xterm-256color',
      COLUMNS: String(cols),
      LINES: String(rows),
      ...options.env,
    };
    // -I: the driver ignores PYTHON* variables and the user's site packages. The driver's own
    // timeout (a little later than ours) is the last line of defence if this process dies.
    const driverArgs = ['-I', DRIVER, '--cols', String(cols), '--rows', String(rows), '--timeout', String(timeout / 1000 + 5), '--', command, ...args];
    this.#child = spawn(python(), driverArgs, { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    this.#child.stdout.setEncoding('utf8');
    this.#child.stdout.on('data', (chunk: string) => {
      this.#output += chunk;
      this.#screen.write(chunk);
      this.#notify();
    });
    let driverErr = '';
    this.#child.stderr.setEncoding('utf8');
    this.#child.stderr.on('data', (chunk: string) => (driverErr += chunk));
    // A program that exits early must not turn a later `send` into an unhandled EPIPE.
    this.#child.stdin.on('error', () => {});

    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      this.#child.kill('SIGTERM');
    }, timeout);
    this.#exit = new Promise<PtyExit>((resolve) => {
      const finish = (status: PtyExit) => {
        if (this.#status) return; // 'error' may come before 'close'
        clearTimeout(timer);
        this.#status = status;
        this.#notify();
        resolve(status);
      };
      const failed = (harnessError: string) => finish({ code: null, signal: null, timedOut, harnessError });
      this.#child.on('error', (error) => failed(`cannot start ${python()}: ${error.message}`));
      this.#child.on('close', (code, signal) => {
        const line = driverErr.split('\n').find((text) => text.startsWith(STATUS_PREFIX));
        if (!line) return failed(`pty_driver.py ended (${signal ?? code}) without a status: ${driverErr.trim()}`);
        const status = JSON.parse(line.slice(STATUS_PREFIX.length)) as PtyExit;
        finish({ code: status.code, signal: status.signal, timedOut: timedOut || status.timedOut });
      });
    });
  }

  /** Everything written to the terminal so far, escapes and all. */
  get output(): string {
    return this.#output;
  }

  /** The output so far without escape sequences, \r\n as \n. */
  get text(): string {
    return stripAnsi(this.#output);
  }

  /** What the terminal shows now. */
  get screen(): string {
    return this.#screen.text();
  }

  /** The exit, once the program has exited. */
  get status(): PtyExit | undefined {
    return this.#status;
  }

  /**
   * Waits until the output after the last match contains `pattern`, and moves past it. Resolves
   * with the matched text; rejects with a PtyError on timeout or when the program exits first.
   */
  expect(pattern: string | RegExp, timeout = this.#expectTimeout): Promise<string> {
    return this.#until(`output to contain ${String(pattern)}`, timeout, () => {
      const text = this.text;
      const found = find(text, pattern, this.#consumed);
      if (!found) return undefined;
      this.#consumed = found.end;
      return found.match;
    });
  }

  /** Waits until the screen, as shown at that moment, contains `pattern`. */
  expectScreen(pattern: string | RegExp, timeout = this.#expectTimeout): Promise<string> {
    return this.#until(`screen to show ${String(pattern)}`, timeout, () => find(this.screen, pattern, 0)?.match);
  }

  /** Types `keys` into the terminal, in order, as one burst. */
  send(...keys: readonly string[]): void {
    if (this.#status) throw new PtyError(`cannot type ${JSON.stringify(keys.join(''))}: the program has exited (${describeExit(this.#status)})`, this.text);
    this.#child.stdin.write(keys.join(''));
  }

  /** Runs a script: each step's wait, then its keys. */
  async play(steps: readonly Step[]): Promise<void> {
    for (const step of steps) {
      if (step.expect !== undefined) await this.expect(step.expect, step.timeout);
      if (step.screen !== undefined) await this.expectScreen(step.screen, step.timeout);
      if (step.send !== undefined) this.send(...(typeof step.send === 'string' ? [step.send] : step.send));
    }
  }

  /**
   * Waits for the program to exit by itself. Rejects with a PtyError when it has not within
   * `timeout` (it keeps running: `kill()` it), or when the harness, not the program, failed.
   */
  async exited(timeout = this.#expectTimeout): Promise<PtyExit> {
    const status = await this.#until('the program to exit', timeout, () => this.#status);
    if (status.harnessError) throw new PtyError(describeExit(status), this.text);
    return status;
  }

  /** Stops the program (and anything it started) unless it has already exited. Safe to call twice. */
  async kill(): Promise<PtyExit> {
    if (!this.#status) {
      this.#child.stdin.end();
      // The driver kills the program's whole process group on SIGTERM, then reports.
      this.#child.kill('SIGTERM');
      const hard = setTimeout(() => this.#child.kill('SIGKILL'), 3_000);
      await this.#exit.finally(() => clearTimeout(hard));
    }
    return this.#exit;
  }

  /** The transcript and exit; call once the program has exited. */
  result(): PtyResult {
    if (!this.#status) throw new Error('the program is still running; await exited() first');
    return { ...this.#status, output: this.#output, text: this.text, screen: this.screen };
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }

  #until<T>(what: string, timeout: number, check: () => T | undefined): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.#listeners.delete(test);
      };
      const test = () => {
        const value = check();
        if (value !== undefined) {
          done();
          resolve(value);
        } else if (this.#status) {
          done();
          reject(new PtyError(`waited for ${what}, but the program exited (${describeExit(this.#status)})`, this.text));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new PtyError(`waited ${timeout} ms for ${what}`, this.text));
      }, timeout);
      this.#listeners.add(test);
      test();
    });
  }
}

/** Text without terminal escape sequences, \r\n as \n; an unfinished sequence at the end is dropped. */
export function stripAnsi(text: string): string {
  return stripVTControlCharacters(text.replace(UNFINISHED_ESCAPE, '')).replace(/\r\n/g, '\n');
}

// ESC, then an unfinished CSI (ESC [ params) or OSC (ESC ] text) or nothing yet, at the very end.
// eslint-disable-next-line no-control-regex -- escape sequences are what this matches
const UNFINISHED_ESCAPE = /\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b]*)?$/;

// One escape sequence at lastIndex: CSI (ESC [ params final), OSC (ESC ] text BEL|ST), a charset
// choice (ESC ( B) or a two-character one (ESC 7).
// eslint-disable-next-line no-control-regex -- escape sequences are what this matches
const ESCAPE = /\x1b(?:\[([0-?]*)[ -/]*([@-~])|\][^\x07\x1b]*(?:\x07|\x1b\\)|[()#%][\s\S]|[^[\]()#%])/y;

/**
 * A small model of the terminal's screen: enough of what an xterm does with text, \r, \n, \b and
 * the cursor and erase sequences that prompt libraries use (CSI A-H, J, K, G, d, s/u, ESC 7/8) to
 * show what a person would see. Colours and modes are ignored; every character is one cell wide.
 */
export class Screen {
  readonly #lines: string[][];
  #x = 0;
  #y = 0;
  /** The cursor sits past the last column: the next character wraps. */
  #wrap = false;
  #saved: [number, number] = [0, 0];
  /** An escape sequence split across chunks. */
  #pending = '';

  constructor(
    readonly cols: number,
    readonly rows: number,
  ) {
    this.#lines = Array.from({ length: rows }, () => this.#blank());
  }

  /** The visible rows, trailing blanks trimmed, without trailing empty rows. */
  text(): string {
    return this.#lines
      .map((line) => line.join('').trimEnd())
      .join('\n')
      .replace(/\n+$/, '');
  }

  write(chunk: string): void {
    const data = this.#pending + chunk;
    this.#pending = '';
    let i = 0;
    while (i < data.length) {
      if (data[i] !== '\x1b') {
        const char = String.fromCodePoint(data.codePointAt(i) ?? 0);
        this.#control(char);
        i += char.length;
        continue;
      }
      ESCAPE.lastIndex = i;
      const sequence = ESCAPE.exec(data);
      if (!sequence) {
        // Unfinished: wait for the next chunk (unless it is garbage that will never finish).
        if (data.length - i < 256) this.#pending = data.slice(i);
        return;
      }
      i = ESCAPE.lastIndex;
      const [whole, params, final] = sequence;
      if (final !== undefined) this.#csi(params ?? '', final);
      else if (whole === '\x1b7') this.#saved = [this.#x, this.#y];
      else if (whole === '\x1b8') this.#moveTo(...this.#saved);
      else if (whole === '\x1bD') this.#lineFeed();
      else if (whole === '\x1bE') {
        this.#x = 0;
        this.#lineFeed();
      } else if (whole === '\x1bM') this.#moveTo(this.#x, this.#y - 1);
    }
  }

  #control(char: string): void {
    if (char === '\r') this.#moveTo(0, this.#y);
    else if (char === '\n' || char === '\v' || char === '\f') this.#lineFeed();
    else if (char === '\b') this.#moveTo(this.#x - 1, this.#y);
    else if (char === '\t') this.#moveTo(Math.min(this.cols - 1, (Math.floor(this.#x / 8) + 1) * 8), this.#y);
    else if (char >= ' ' && char !== '\x7f') this.#print(char);
  }

  #print(char: string): void {
    if (this.#wrap) {
      this.#x = 0;
      this.#lineFeed();
    }
    (this.#lines[this.#y] as string[])[this.#x] = char;
    if (this.#x === this.cols - 1) this.#wrap = true;
    else this.#x++;
  }

  #csi(params: string, final: string): void {
    if (params.startsWith('?')) return; // modes: cursor visibility, bracketed paste...
    const numbers = params.split(';').map((n) => Number.parseInt(n, 10));
    const n = (index: number, fallback: number) => {
      const value = numbers[index];
      return value === undefined || Number.isNaN(value) ? fallback : value;
    };
    const count = Math.max(1, n(0, 1));
    const line = this.#lines[this.#y] as string[];
    switch (final) {
      case 'A': return this.#moveTo(this.#x, this.#y - count);
      case 'B': return this.#moveTo(this.#x, this.#y + count);
      case 'C': return this.#moveTo(this.#x + count, this.#y);
      case 'D': return this.#moveTo(this.#x - count, this.#y);
      case 'E': return this.#moveTo(0, this.#y + count);
      case 'F': return this.#moveTo(0, this.#y - count);
      case 'G': return this.#moveTo(count - 1, this.#y);
      case 'd': return this.#moveTo(this.#x, count - 1);
      case 'H':
      case 'f': return this.#moveTo(Math.max(1, n(1, 1)) - 1, count - 1);
      case 's': this.#saved = [this.#x, this.#y]; return;
      case 'u': return this.#moveTo(...this.#saved);
      case 'K': {
        const mode = n(0, 0);
        const [from, to] = mode === 0 ? [this.#x, this.cols] : mode === 1 ? [0, this.#x + 1] : [0, this.cols];
        line.fill(' ', from, to);
        return;
      }
      case 'J': {
        const mode = n(0, 0);
        if (mode === 0) {
          line.fill(' ', this.#x);
          for (let y = this.#y + 1; y < this.rows; y++) this.#lines[y] = this.#blank();
        } else if (mode === 1) {
          line.fill(' ', 0, this.#x + 1);
          for (let y = 0; y < this.#y; y++) this.#lines[y] = this.#blank();
        } else {
          for (let y = 0; y < this.rows; y++) this.#lines[y] = this.#blank();
        }
        return;
      }
      default: return; // colours (m) and the rest change nothing a test reads
    }
  }

  #moveTo(x: number, y: number): void {
    this.#x = Math.min(Math.max(x, 0), this.cols - 1);
    this.#y = Math.min(Math.max(y, 0), this.rows - 1);
    this.#wrap = false;
  }

  #lineFeed(): void {
    this.#wrap = false;
    if (this.#y < this.rows - 1) {
      this.#y++;
      return;
    }
    this.#lines.shift();
    this.#lines.push(this.#blank());
  }

  #blank(): string[] {
    return Array.from({ length: this.cols }, () => ' ');
  }
}

let resolvedPython: string | undefined;

/**
 * The real python3 executable. Resolved once, with the test runner's own environment: a version
 * manager's shim (pyenv) may need variables, such as HOME, that a test's environment replaces.
 */
function python(): string {
  if (resolvedPython) return resolvedPython;
  const found = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  if (found.status !== 0 || !found.stdout.trim()) {
    throw new Error(`the terminal tests need python3 on PATH (${found.error?.message ?? found.stderr.trim()})`);
  }
  resolvedPython = found.stdout.trim();
  return resolvedPython;
}

function find(text: string, pattern: string | RegExp, from: number): { match: string; end: number } | undefined {
  if (typeof pattern === 'string') {
    const at = text.indexOf(pattern, from);
    return at < 0 ? undefined : { match: pattern, end: at + pattern.length };
  }
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  global.lastIndex = from;
  const match = global.exec(text);
  return match ? { match: match[0], end: match.index + match[0].length } : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function describeExit(status: PtyExit): string {
  if (status.harnessError) return `the harness failed: ${status.harnessError}`;
  if (status.timedOut) return `killed after the session's timeout (${status.signal ?? status.code})`;
  return status.signal ? `killed by ${status.signal}` : `exit code ${status.code}`;
}

/** The last lines of a transcript, enough to see where a prompt stood. */
function tail(text: string, lines = 40): string {
  return text.split('\n').slice(-lines).join('\n');
}
