// The entry: parses the command line, runs the command, and is the only place that exits.
import { CommanderError } from 'commander';
import { buildProgram } from './cli.js';
import { UserError } from './errors.js';
import { safe } from './render/style.js';

async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram(argv).parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UserError) {
      // Messages quote what was typed and what is stored: neutralise control characters in both.
      process.stderr.write(`crm: ${safe(error.message)}\n${error.details.map((line) => `${safe(line)}\n`).join('')}`);
      return error.exitCode;
    }
    if (isPromptCancel(error)) {
      process.stderr.write('crm: cancelled; nothing was written\n');
      return 130;
    }
    const debug = argv.includes('--debug');
    process.stderr.write(`crm: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    process.stderr.write(debug && error instanceof Error ? `${error.stack}\n` : 'Run again with --debug to see where it happened.\n');
    return 1;
  }
}

/** Ctrl-C or Ctrl-D at a prompt is the user's choice, not a crash. */
function isPromptCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

// A reader that stops early (crm export | head) is not a failure of crm.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

const code = await main(process.argv);
// Set first: however the process ends from here (a terminal closed with Ctrl-D ends the event loop
// before a write's callback comes), it ends with this command's code.
process.exitCode = code;
// A pipe takes only what fits in its buffer (64 KiB on Linux) at once; Node queues the rest of a
// long output (crm export, show --json) and writes it as the reader takes it. Exiting before that
// would cut the output short (`crm export | gzip` got the first 64 KiB), so wait for both streams.
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
// process.exit rather than a natural end: no teardown garbage collection runs (see store/prepared.ts).
process.exit(code);

/** Resolves once everything written to `stream` so far has been handed to the system. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.writableLength === 0) return Promise.resolve();
  // Writes complete in order: the callback of an empty one comes after all before it.
  return new Promise((resolve) => stream.write('', () => resolve()));
}
