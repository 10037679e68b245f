// crm work: the morning session. Steps through today's stack one card at a time; every log or
// postponement is written at once, so quitting (or a closed terminal) loses nothing.
import { prompt } from './ask.js';
import { filingFor } from '../binder/dates.js';
import type { HistoryEntry } from '../binder/dossier.js';
import { callClient, type Dialled } from '../commands/call.js';
import type { Deps } from '../commands/deps.js';
import { logCall } from '../commands/log.js';
import { applyPostpone, planPostpone } from '../commands/postpone.js';
import { todayStack } from '../commands/today.js';
import { renderCall } from '../render/call.js';
import { cardLines } from '../render/card.js';
import { renderLogged } from '../render/changes.js';
import { historyLine } from '../render/dossier.js';
import { dividerPhrase, longDay, paint, safe } from '../render/style.js';
import { dividerFor } from '../binder/ring.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { prompts as english } from '../i18n/en/prompts.js';
import { today as englishToday } from '../i18n/en/today.js';

const say = messages('prompts', english);
const sayToday = messages('today', englishToday);

type Choice = 'log' | 'call' | 'postpone' | 'skip' | 'history' | 'quit';

/** How many history entries each card shows. */
const RECENT = 4;

/** `dial` opens a tel: link with the desktop's opener (declared/opener.ts), as crm call does. */
export async function workTheStack(deps: Deps, dial: (uri: string) => Promise<Dialled>): Promise<string> {
  const { today, settings } = deps;
  const m = say().work;
  const skipped = new Set<string>();
  // Dossiers already dealt with this session: one refiled for today again is not shown twice.
  const passed = new Set<string>();
  const done = { logged: 0, postponed: 0 };
  const total = (await todayStack(deps)).stack.length;
  const out = (text: string) => process.stdout.write(text);
  if (total === 0) return `${sayToday().clearDesk({ date: longDay(today) })}\n`;
  out(`${m.start({ date: paint.bold(longDay(today)), dossiers: sayToday().dossiers({ count: total }) })}\n`);

  try {
    for (;;) {
      const stack = (await todayStack(deps)).stack.filter((d) => !passed.has(d.handle));
      const dossier = stack[0];
      if (!dossier) break;
      const history = await deps.store.history(dossier.handle);
      out(`\n${paint.bold(m.cardOf({ number: passed.size + 1, total }))}\n${cardLines(dossier, today, '', deps.store.team?.names, deps.store.team?.login).join('\n')}\n`);
      // What was said and done, without the bookkeeping of filings.
      const recent = history.filter((entry) => entry.kind !== 'filed' && entry.kind !== 'created').slice(-RECENT);
      if (recent.length > 0) out(`${paint.dim(m.recentHistory)}\n${recent.map((entry) => historyLine(entry, deps.store.team)).join('\n')}\n`);

      const choice = await choose(history, dossier.phone);
      if (choice === 'quit') break;
      if (choice === 'history') {
        out(`${paint.bold(m.historyOf({ handle: safe(dossier.handle) }))}\n${history.map((entry) => historyLine(entry)).join('\n')}\n`);
        continue;
      }
      passed.add(dossier.handle);
      if (choice === 'skip') skipped.add(dossier.handle);
      // A call as crm call makes it: the primary number dialled, then crm log's questions.
      if (choice === 'call') {
        const called = await callClient({ client: dossier.handle }, deps);
        out(renderCall(called, await dial(called.uri)));
      }
      if (choice === 'log' || choice === 'call') {
        const result = await logCall({ client: dossier.handle, done: false, exact: false }, deps);
        out(renderLogged(result, today, settings));
        done.logged += 1;
      }
      if (choice === 'postpone') {
        const to = deps.ask ? await deps.ask.whereTo() : null;
        const plan = await planPostpone({ clients: [dossier.handle], auto: false, exact: false, ...(to !== null && { to: filingFor(to, deps) }) }, deps);
        const moved = plan.plan[0];
        if (!moved) {
          out(`${m.staysToday({ handle: safe(dossier.handle) })}\n`);
          continue;
        }
        await applyPostpone(plan, deps);
        out(`${m.postponed({ handle: safe(dossier.handle), where: dividerPhrase(dividerFor(moved.to, today, settings), moved.to, settings.dividers === 'dated') })}\n`);
        done.postponed += 1;
      }
    }
  } catch (error) {
    // Ctrl-C (or Ctrl-D) at a question: what was logged or postponed before it is in the binder already.
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      const kept = done.logged + done.postponed > 0 ? m.keptDone({ tally: tally(done, skipped.size) }) : m.nothingWritten;
      throw new UserError(m.cancelled({ kept }), 130);
    }
    throw error;
  }

  const left = (await todayStack(deps)).stack.length;
  return `\n${paint.bold(m.sessionDone)}: ${m.end({ tally: tally(done, skipped.size), left: left === 0 ? m.stackClear : m.stillLeft({ count: left }) })}\n`;
}

function tally(done: { logged: number; postponed: number }, skipped: number): string {
  return say().work.tally({ logged: done.logged, postponed: done.postponed, skipped });
}

/** `phone`: the card's primary number, which the call choice dials; none, no such choice. */
async function choose(history: HistoryEntry[], phone: string | null): Promise<Choice> {
  const m = say().work;
  const { choice } = await prompt<{ choice: Choice }>([
    {
      type: 'select',
      name: 'choice',
      message: m.whatNow,
      choices: [
        { name: m.log, value: 'log' },
        { name: m.postpone, value: 'postpone' },
        { name: m.skip, value: 'skip' },
        { name: m.history({ count: history.length }), value: 'history' },
        // Before Quit, so that every other choice keeps its place (and Up from the top is still Quit).
        ...(phone === null ? [] : [{ name: m.call({ phone: safe(phone) }), value: 'call' as const }]),
        { name: m.quit, value: 'quit' },
      ],
    },
  ]);
  return choice;
}
