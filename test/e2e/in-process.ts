// Runs crm in-process, synchronously, for the end-to-end tests: the built runner (dist/crm-runner.js,
// the same code as dist/crm.js) in a worker thread of the test process, which the test waits on.
// A command costs milliseconds instead of a process start; what only a process can show (exit
// codes, signals, pipes, terminals, time zones) is tested by spawning the built CLI instead.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

export interface RawResult {
  stdout: Buffer;
  stderr: Buffer;
  code: number;
}

/** Longer than any one command takes in the suite: past it the test fails rather than hangs. */
const TIMEOUT_MS = 120_000;

let runner: { port: MessagePort; signal: Int32Array } | undefined;

function start(): { port: MessagePort; signal: Int32Array } {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL('./in-process-worker.mjs', import.meta.url), { workerData: { port: port2, signal }, transferList: [port2] });
  // Never stopped: the test process's end ends it (better-sqlite3 on Node 24 aborts when a thread
  // holding its statements is torn down and they are collected; see src/store/prepared.ts).
  worker.unref();
  return { port: port1, signal };
}

/** Runs `crm args...` with this environment and standard input; waits for its end. */
export function runInProcess(args: string[], env: NodeJS.ProcessEnv, input: string | Buffer): RawResult {
  runner ??= start();
  const { port, signal } = runner;
  Atomics.store(signal, 0, 0);
  port.postMessage({ args, env, input: typeof input === 'string' ? Buffer.from(input) : input });
  if (Atomics.wait(signal, 0, 0, TIMEOUT_MS) === 'timed-out') {
    // The next command gets a runner of its own rather than this one's late answer.
    runner = undefined;
    throw new Error(`crm ${args.join(' ')} did not end within ${TIMEOUT_MS / 1000} s (in-process)`);
  }
  const reply = receiveMessageOnPort(port)?.message as { stdout: Uint8Array; stderr: Uint8Array; code: number } | undefined;
  if (!reply) throw new Error(`crm ${args.join(' ')}: the in-process runner ended without an answer`);
  return { stdout: Buffer.from(reply.stdout), stderr: Buffer.from(reply.stderr), code: reply.code };
}
