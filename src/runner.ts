// Runs one crm command line against the streams and environment it is given, and says how it
// ended: the exit code. It touches no global (main.ts hands in the process's own), so tests run
// commands in-process exactly as a shell runs them.
import { CommanderError } from 'commander';
import { buildProgram } from './cli.js';
import { UserError } from './errors.js';
import type { Io } from './io.js';
import { safe } from './render/style.js';

/** `args` as typed after `crm` (`['log', 'acme', '--note', 'Called']`); resolves to the exit code. */
export async function runCli(args: string[], io: Io): Promise<number> {
  // commander reads an argv as Node gives it: the program and the script first.
  const argv = ['node', 'crm', ...args];
  try {
    await buildProgram(argv, io).parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UserError) {
      // Messages quote what was typed and what is stored: neutralise control characters in both.
      io.stderr.write(`crm: ${safe(error.message)}\n${error.details.map((line) => `${safe(line)}\n`).join('')}`);
      return error.exitCode;
    }
    if (isPromptCancel(error)) {
      io.stderr.write('crm: cancelled; nothing was written\n');
      return 130;
    }
    const debug = args.includes('--debug');
    io.stderr.write(`crm: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    io.stderr.write(debug && error instanceof Error ? `${error.stack}\n` : 'Run again with --debug to see where it happened.\n');
    return 1;
  }
}

/** Ctrl-C or Ctrl-D at a prompt is the user's choice, not a crash. */
function isPromptCancel(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
