// Long reading work (a contacts file of many megabytes) is written as steps: a generator that
// yields between rows or chunks. Run whole it is an ordinary function (`finish`, for tests and
// small inputs); run `paced`, the event loop gets a turn now and then, so a signal (Ctrl-C, a
// terminal closed) is handled at once instead of after the whole file, and nothing is written.
import { setImmediate as turn } from 'node:timers/promises';

/** Work done in steps; each `yield` is a point where it may pause. */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to the end without pausing. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How long the steps run before the event loop gets a turn: short enough that Ctrl-C feels immediate. */
const SLICE_MS = 25;

/** Runs the steps, letting the event loop (and so signal handlers) run every SLICE_MS or so. */
export async function paced<T>(steps: Steps<T>): Promise<T> {
  let since = Date.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (Date.now() - since >= SLICE_MS) {
      await turn();
      since = Date.now();
    }
  }
}

/** For an async loop over many items: `await breathe()` gives the event loop a turn every SLICE_MS or so. */
export function breather(): () => Promise<void> {
  let since = Date.now();
  return async () => {
    if (Date.now() - since < SLICE_MS) return;
    await turn();
    since = Date.now();
  };
}
