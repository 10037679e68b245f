// The thread that runs crm in-process for the end-to-end tests (in-process.ts): it loads the built
// runner once, then runs each command line it is sent with its own buffers for standard input,
// output and error, and its own environment, exactly as main.ts runs one with the process's.
import { Buffer } from 'node:buffer';
import { Readable, Writable } from 'node:stream';
import { URL } from 'node:url';
import { workerData } from 'node:worker_threads';

const { runCli } = await import(new URL('../../dist/crm-runner.js', import.meta.url).href);
const { port, signal } = workerData;

/** A standard output or error that keeps every byte written to it; never a terminal. */
function collector() {
  const chunks = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, bytes: () => Buffer.concat(chunks) };
}

port.on('message', async ({ args, env, input }) => {
  const stdout = collector();
  const stderr = collector();
  let code;
  try {
    code = await runCli(args, { stdin: Readable.from(input.length > 0 ? [Buffer.from(input)] : []), stdout: stdout.stream, stderr: stderr.stream, env });
  } catch (error) {
    // runCli answers every failure with a code; reaching here is a bug in the runner itself.
    stderr.stream.write(`in-process runner: ${error instanceof Error ? error.stack : String(error)}\n`);
    code = 70;
  }
  port.postMessage({ stdout: stdout.bytes(), stderr: stderr.bytes(), code });
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
