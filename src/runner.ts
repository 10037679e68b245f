// Runs one crm command line against the streams and environment it is given, and says how it
// ended: the exit code. It touches no global (main.ts hands in the process's own), so tests run
// commands in-process exactly as a shell runs them.
import { exitCodeOf, runFast } from './fast.js';
import type { Io } from './io.js';

/** `args` as typed after `crm` (`['log', 'acme', '--note', 'Called']`); resolves to the exit code. */
export async function runCli(args: string[], io: Io): Promise<number> {
  return (await runFast(args, io)) ?? runWithCommander(args, io);
}

/** `args` parsed and run by commander: every command, help, the version and every error of a command line. */
export async function runWithCommander(args: string[], io: Io): Promise<number> {
  return exitCodeOf(args, io, async () => (await import('./cli.js')).parseCommandLine(args, io));
}
