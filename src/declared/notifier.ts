// Where crm remind hands its reminders: the command given with --exec (run with sh -c, the user's
// command line, the reminder as JSON on its standard input), else the desktop's notifier found on
// the run's PATH (notify-send; osascript on macOS), else standard output. Client text only ever
// travels as an argument of its own or on standard input: never inside a command line or a script.
// Each program is waited for: a reminder counts as sent only when the program took it (exit 0).
import { spawn } from 'node:child_process';
import { messages } from '../i18n/catalogue.js';
import { remind as english } from '../i18n/en/remind.js';
import type { Message } from '../render/remind.js';
import { safe } from '../render/style.js';
import { onPath } from './opener.js';

const say = messages('remind', english);

/** What the notifier was: its name as crm says it. */
export type NotifierName = 'notify-send' | 'osascript' | 'exec' | 'stdout';

export interface Notifier {
  name: NotifierName;
  /** Hands one reminder over; rejects with a NotSent saying why when it was not taken. */
  send(message: Message, json: string): Promise<void>;
}

/** A reminder the notifier did not take. */
export class NotSent extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'NotSent';
  }
}

/** How long a notifier may take: notify-send and osascript return at once; a command may post to a server. */
const TIMEOUT_MS = { desktop: 10_000, exec: 30_000 };

/**
 * The notifier for this run: `exec` when given, else the desktop's own when on `env`'s PATH and
 * `print` was not asked for, else standard output through `print`.
 */
export function notifierFor(options: { exec: string | undefined; print: boolean }, env: NodeJS.ProcessEnv, write: (message: Message, json: string) => Promise<void>): Notifier {
  const { exec } = options;
  if (exec !== undefined) {
    // /bin/sh by its path: cron's PATH is short, and the command line is the user's own.
    return { name: 'exec', send: (_message, json) => waitFor('/bin/sh', ['-c', exec], env, json, `--exec "${exec}"`, TIMEOUT_MS.exec) };
  }
  const desktop = options.print ? undefined : desktopNotifier(env);
  return desktop ?? { name: 'stdout', send: write };
}

function desktopNotifier(env: NodeJS.ProcessEnv): Notifier | undefined {
  if (process.platform === 'darwin') {
    const file = onPath('osascript', env.PATH);
    // The title and text are the script's arguments (argv), never part of its text.
    const script = ['-e', 'on run argv', '-e', 'display notification (item 2 of argv) with title (item 1 of argv)', '-e', 'end run'];
    return file === undefined ? undefined : { name: 'osascript', send: ({ title, text }) => waitFor(file, [...script, title, text], env, undefined, 'osascript', TIMEOUT_MS.desktop) };
  }
  if (process.platform === 'win32') return undefined;
  const file = onPath('notify-send', env.PATH);
  // `--` ends the options: a title is never read as one. Most notification daemons read the text as
  // markup (the freedesktop spec's body-markup): &, < and > are escaped so a name shows as typed.
  return file === undefined ? undefined : { name: 'notify-send', send: ({ title, text }) => waitFor(file, ['--app-name=crm', '--', title, markupEscaped(text)], env, undefined, 'notify-send', TIMEOUT_MS.desktop) };
}

function markupEscaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Runs `file` with `args` (its standard input `input`, when given) and waits for its end; rejects
 * with NotSent unless it exits 0 within `timeoutMs`. Its own process group, so that a command that
 * hangs is stopped whole (sh -c and what it started). `named` is how an error names it.
 */
export function waitFor(file: string, args: string[], env: NodeJS.ProcessEnv, input: string | undefined, named: string, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Ended meanwhile.
      }
    }, timeoutMs);
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      // The end is what says why: keep the last few kilobytes.
      stderr = (stderr + chunk).slice(-4096);
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new NotSent(say().notStarted({ named, code: error.code ?? error.message })));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve();
      const said = safe(stderr.trim().split('\n').pop() ?? '').trim();
      const words = say();
      const how = timedOut ? words.stoppedAfter({ seconds: timeoutMs / 1000 }) : signal ? words.endedBy({ signal }) : words.exitCode({ code: String(code) });
      reject(new NotSent(said ? words.failedSaying({ named, how, said }) : words.failed({ named, how })));
    });
    if (input !== undefined && child.stdin) {
      // A command that does not read its input closes the pipe early: EPIPE is no failure of ours.
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    }
  });
}
