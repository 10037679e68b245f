// The desktop's opener (xdg-open on Linux and the other Unixes, open on macOS), which hands a tel:
// link to whatever dials on this desktop: a softphone, or a phone linked to it. Found on the PATH of
// the run's own environment (a run in-process has its own), started detached with its output
// ignored, and never waited on past its start: crm does not wait for a call to end.
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import type { Dialled } from '../commands/call.js';

/** The opener's name on this system; undefined where crm knows none (Windows). */
function openerName(): string | undefined {
  if (process.platform === 'darwin') return 'open';
  return process.platform === 'win32' ? undefined : 'xdg-open';
}

/** The program `name` on `path`; only absolute folders are searched (an empty entry would mean the current folder). */
export function onPath(name: string, path: string | undefined): string | undefined {
  for (const folder of (path ?? '').split(delimiter)) {
    if (!isAbsolute(folder)) continue;
    const file = join(folder, name);
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return file;
    } catch {
      // Not there, or not runnable: the next folder.
    }
  }
  return undefined;
}

/** Opens `uri` with the desktop's opener, found on `env`'s PATH; resolves once it has started (or could not). */
export async function openLink(uri: string, env: NodeJS.ProcessEnv): Promise<Dialled> {
  const opener = openerName();
  const file = opener === undefined ? undefined : onPath(opener, env.PATH);
  if (file === undefined) return { opener, found: false, opened: false };
  const child = spawn(file, [uri], { detached: true, stdio: 'ignore', env });
  const opened = await new Promise<boolean>((resolve) => {
    child.once('spawn', () => resolve(true));
    child.once('error', () => resolve(false));
  });
  // Neither this process nor its event loop waits for the opener to end.
  child.unref();
  return { opener, found: true, opened };
}
