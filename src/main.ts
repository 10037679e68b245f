// The process's entry: runs the command line on the process's own streams and environment, and is
// the only place that exits.
import type { Io } from './io.js';
import { runFast } from './fast.js';
import { oneRunPerProcess } from './printing.js';

// One command per process: how it prints is the process's (printing.ts).
oneRunPerProcess();

const STOP_SIGNALS: NodeJS.Signals[] = ['SIGHUP', 'SIGINT', 'SIGTERM'];

let stdoutMade = false;
let stderrMade = false;
const io: Io = {
  // Made when first asked for: process.stdin is a stream whose making loads fs's streams and
  // promises (a file or /dev/null) or the terminal's; a command that reads nothing never pays it.
  get stdin() {
    return process.stdin;
  },
  // Made when first asked for, like stdin: see direct() for the fast path's.
  get stdout() {
    if (!stdoutMade) {
      stdoutMade = true;
      // A reader that stops early (crm export | head) is not a failure of crm.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
    }
    return process.stdout;
  },
  // Likewise: a command that says nothing on stderr never makes it.
  get stderr() {
    stderrMade = true;
    return process.stderr;
  },
  env: process.env,
  // A terminal closed (or the process told to stop) while a question waits: the run's cleanup
  // (leave no trace in the binder), then the code a shell expects of that signal.
  onStop(cleanup) {
    const stop = (signal: NodeJS.Signals) => {
      cleanup();
      process.exit(128 + (signal === 'SIGHUP' ? 1 : signal === 'SIGINT' ? 2 : 15));
    };
    for (const signal of STOP_SIGNALS) process.once(signal, stop);
    return () => {
      for (const signal of STOP_SIGNALS) process.off(signal, stop);
    };
  },
};

const args = process.argv.slice(2);
// A hot command on the fast path; anything else through commander, loaded only then (the build
// puts the two in different files: see scripts/bundle.mjs).
let fastStdout: Io['stdout'] | undefined;
const onFastPath: Io = Object.create(io, { stdout: { get: () => (fastStdout ??= direct(io)) } });
const code = (await runFast(args, onFastPath)) ?? (await (await import('./runner.js')).runWithCommander(args, io));
// Set first: however the process ends from here (a terminal closed with Ctrl-D ends the event loop
// before a write's callback comes), it ends with this command's code.
process.exitCode = code;
// A pipe takes only what fits in its buffer (64 KiB on Linux) at once; Node queues the rest of a
// long output (crm export, show --json) and writes it as the reader takes it. Exiting before that
// would cut the output short (`crm export | gzip` got the first 64 KiB), so wait for both streams.
await Promise.all([stdoutMade ? flushed(process.stdout) : undefined, stderrMade ? flushed(process.stderr) : undefined]);
// The command is done and its output handed over: nothing a library left open keeps the process.
process.exit(code);

/** Resolves once everything written to `stream` so far has been handed to the system. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.writableLength === 0) return Promise.resolve();
  // Writes complete in order: the callback of an empty one comes after all before it.
  return new Promise((resolve) => stream.write('', () => resolve()));
}

/**
 * Standard output for the fast path's commands, which only ever write text to it: when it is a
 * file, a pipe or a socket, each write goes straight to the descriptor. Making process.stdout for
 * a pipe loads Node's streams and network modules, some 4 ms of a 45 ms `crm today | ...`. A
 * terminal (or anything else) is process.stdout, which knows it is one. A descriptor left
 * non-blocking by another program may take part of a write: the rest, and everything after it,
 * goes through process.stdout, which waits for the reader.
 */
function direct(io: Io): Io['stdout'] {
  const { fstatSync, writeSync } = process.getBuiltinModule('node:fs');
  let kind;
  try {
    kind = fstatSync(1);
  } catch {
    return io.stdout;
  }
  if (!kind.isFile() && !kind.isFIFO() && !kind.isSocket()) return io.stdout;
  let queued = false;
  const write = (chunk: string | Uint8Array): boolean => {
    if (queued) return io.stdout.write(chunk);
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(1, bytes, done);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EAGAIN') process.exit(code === 'EPIPE' ? 0 : 1);
      queued = true;
      return io.stdout.write(bytes.subarray(done));
    }
    return true;
  };
  return { write, isTTY: false } as unknown as Io['stdout'];
}
