// Where an export goes: standard output, or a file that is replaced whole. A file is written beside
// its final name and renamed over it at the end, so a calendar app or a backup script reading it
// never sees half an export, and a failed export leaves the old file as it was.
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';

export interface Output {
  /** Text, or a document's bytes. */
  write(chunk: string | Uint8Array): void;
  /** Puts the file in place (nothing to do for standard output). */
  finish(): void;
  /** Removes the half-written file after a failure. */
  abandon(): void;
}

/**
 * Runs `write` on an output to `path` (standard output when there is none) and puts the file in
 * place when it is done; after a failure the half-written file is removed and the old one stays.
 */
export async function writeWhole<T>(path: string | undefined, write: (output: Output) => Promise<T> | T): Promise<T> {
  const output = openOutput(path);
  try {
    const result = await write(output);
    output.finish();
    return result;
  } catch (error) {
    output.abandon();
    throw error;
  }
}

/** An output to `path`, or to standard output when there is none. Files are readable by the owner only: they hold clients' personal data. */
function openOutput(path: string | undefined): Output {
  if (path === undefined) {
    return { write: (text) => void process.stdout.write(text), finish: () => {}, abandon: () => {} };
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new UserError(`${path} is a folder; give the name of a file to write, such as ${join(path, 'binder.json')}`);
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx', 0o600);
  } catch (error) {
    throw new UserError(`cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}); check that its folder exists and is yours`);
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: (chunk) => void (typeof chunk === 'string' ? writeSync(fd, chunk) : writeSync(fd, chunk)),
    finish: () => {
      fsyncSync(fd);
      close();
      try {
        renameSync(temporary, path);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw new UserError(`cannot replace ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}); check that it is a file you may write`);
      }
    },
    abandon: () => {
      close();
      rmSync(temporary, { force: true });
    },
  };
}
