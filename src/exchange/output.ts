// Where an export goes: standard output, or a file that is replaced whole. A file is written beside
// its final name and renamed over it at the end, so a calendar app or a backup script reading it
// never sees half an export, and a failed export leaves the old file as it was.
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import type { Sink } from '../sink.js';
import { messages } from '../i18n/catalogue.js';
import { exchange as english } from '../i18n/en/exchange.js';

const say = messages('exchange', english);

export interface Output {
  /**
   * Text, or a document's bytes. Resolves when it is written or held in a small buffer: await each
   * write, so memory stays flat.
   */
  write(chunk: string | Uint8Array): Promise<void>;
}

interface Target {
  write(chunk: string | Uint8Array): Promise<void> | void;
  /** Puts the file in place (nothing to do for standard output). */
  finish(): void;
  /** Removes the half-written file after a failure. */
  abandon(): void;
}

/** Small pieces (a dossier each) are gathered to about this many characters before they are written. */
const GATHER = 64 * 1024;

/**
 * Runs `write` on an output to `path` (to `stdout` when there is none) and puts the file in place
 * when it is done; after a failure the half-written file is removed and the old one stays.
 */
export async function writeWhole<T>(path: string | undefined, stdout: Sink | null, write: (output: Output) => Promise<T>): Promise<T> {
  const target = openOutput(path, stdout);
  let gathered: string[] = [];
  let length = 0;
  const flush = async () => {
    if (length === 0) return;
    const text = gathered.join('');
    gathered = [];
    length = 0;
    await target.write(text);
  };
  try {
    const result = await write({
      write: async (text) => {
        // Bytes (a document) go as they are, after the text gathered before them.
        if (typeof text !== 'string') {
          await flush();
          await target.write(text);
          return;
        }
        gathered.push(text);
        length += text.length;
        if (length >= GATHER) await flush();
      },
    });
    await flush();
    target.finish();
    return result;
  } catch (error) {
    target.abandon();
    throw error;
  }
}

/** An output to `path`, or to `stdout` when there is none. Files are readable by the owner only: they hold clients' personal data. */
function openOutput(path: string | undefined, stdout: Sink | null): Target {
  if (path === undefined) {
    if (stdout === null) throw new Error('an output needs a file or standard output');
    return { write: (chunk) => stdout.write(chunk), finish: () => {}, abandon: () => {} };
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new UserError(say().outputIsFolder({ path, example: join(path, 'binder.json') }));
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx', 0o600);
  } catch (error) {
    throw new UserError(say().cannotWrite({ path, code: (error as NodeJS.ErrnoException).code ?? 'error' }));
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    // A file takes what it is given at once: nothing waits in memory.
    write: (chunk) => void (typeof chunk === 'string' ? writeSync(fd, chunk) : writeSync(fd, chunk)),
    finish: () => {
      fsyncSync(fd);
      close();
      try {
        renameSync(temporary, path);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw new UserError(say().cannotReplace({ path, code: (error as NodeJS.ErrnoException).code ?? 'error' }));
      }
    },
    abandon: () => {
      close();
      rmSync(temporary, { force: true });
    },
  };
}
