// crm review: the day (or week) in review. Entries by outcome, planned versus done, what slipped,
// promises kept and broken, complaints opened and resolved.
import type { Day } from '../binder/day.js';
import { CONVERSATION_KINDS } from '../binder/dossier.js';
import type { Readers } from '../store/store.js';
import type { Deps } from './deps.js';

export interface ReviewResult {
  from: Day;
  to: Day;
  /** Conversations logged, by outcome ("none" when no outcome was given). */
  byOutcome: Record<string, number>;
  logged: number;
  /** Dossiers that were due (in the stack) in the period: done from the stack + postponed + slipped. */
  planned: number;
  /** Dossiers with a conversation logged in the period. */
  done: string[];
  /** Of those, the ones that were not due: called ahead of their date. */
  unplanned: string[];
  /** Dossiers moved out of the stack in the period without a conversation. */
  postponed: string[];
  /** Dossiers still in the stack: filed on or before the end of the period and not refiled. */
  slipped: string[];
  promises: { kept: number; keptLate: number; broken: number; made: number };
  complaints: { opened: number; resolved: number; open: number };
  /**
   * On a team's binder, the conversations logged by each person (login): present only when
   * someone other than the person reading logged any (one's own review is as on a binder file).
   */
  loggedBy?: Record<string, number>;
  /** On a team's binder, the login reading and every person's name. */
  team?: Readers;
}

/** The period is resolved from what was typed (binder/dates.ts reviewPeriod). */
export async function review(input: { from: Day; to: Day }, deps: Deps): Promise<ReviewResult> {
  const { store, today } = deps;
  const { from, to } = input;
  const entries = await store.entriesBetween(from, to);
  const conversations = entries.filter((e) => (CONVERSATION_KINDS as readonly string[]).includes(e.kind));
  const byOutcome: Record<string, number> = {};
  for (const e of conversations) byOutcome[e.outcome ?? 'none'] = (byOutcome[e.outcome ?? 'none'] ?? 0) + 1;
  const loggedBy: Record<string, number> = {};
  for (const e of conversations) if (e.by !== null) loggedBy[e.by] = (loggedBy[e.by] ?? 0) + 1;
  const colleagues = store.team !== undefined && Object.keys(loggedBy).some((login) => login !== store.team?.login);
  const done = new Set(conversations.map((e) => e.handle));
  // Was a dossier called from the stack? The filing made with its log says where it was: a log
  // that left it where it was (no filing) found it on its current date.
  const fromStack = new Set<string>();
  const ahead = new Set<string>();
  for (const talk of conversations) {
    const filing = entries.find((e) => e.handle === talk.handle && e.at === talk.at && (e.kind === 'filed' || e.kind === 'closed'));
    const wasOn = filing ? filing.from : ((await store.dossier(talk.handle))?.filedOn ?? null);
    (wasOn !== null && wasOn > talk.at.slice(0, 10) ? ahead : fromStack).add(talk.handle);
  }
  const unplanned = new Set([...ahead].filter((handle) => !fromStack.has(handle)));
  // Postponed: taken out of the day's stack to a later date without a conversation (crm move,
  // crm postpone, or crm file to a later date).
  const postponed = new Set(
    entries
      .filter((e) => (e.kind === 'moved' || e.kind === 'filed') && e.from !== null && e.to !== null && e.from <= e.at.slice(0, 10) && e.to > e.at.slice(0, 10))
      .filter((e) => !done.has(e.handle))
      .map((e) => e.handle),
  );
  const slipped = (await store.filedBetween('0000-01-01', to < today ? to : today))
    .map((d) => d.handle)
    .filter((handle) => !done.has(handle) && !postponed.has(handle));

  const inPeriod = (at: string | null) => at !== null && at.slice(0, 10) >= from && at.slice(0, 10) <= to;
  const promises = await store.promises({});
  const complaints = await store.complaints({});
  return {
    from,
    to,
    byOutcome,
    logged: conversations.length,
    planned: done.size - unplanned.size + postponed.size + slipped.length,
    done: [...done],
    unplanned: [...unplanned],
    postponed: [...postponed],
    slipped,
    promises: {
      made: promises.filter((p) => inPeriod(p.madeAt)).length,
      kept: promises.filter((p) => inPeriod(p.keptAt) && (p.keptAt ?? '').slice(0, 10) <= p.due).length,
      keptLate: promises.filter((p) => inPeriod(p.keptAt) && (p.keptAt ?? '').slice(0, 10) > p.due).length,
      // Due in the period (and by today) and not kept on its date: reviewed in the evening, a
      // promise of today still open is broken.
      broken: promises.filter((p) => p.due >= from && p.due <= to && p.due <= today && (p.keptAt === null || p.keptAt.slice(0, 10) > p.due)).length,
    },
    complaints: {
      opened: complaints.filter((c) => inPeriod(c.openedAt)).length,
      resolved: complaints.filter((c) => inPeriod(c.resolvedAt)).length,
      open: complaints.filter((c) => c.resolvedAt === null).length,
    },
    ...(colleagues && { loggedBy }),
    ...(store.team && { team: { login: store.team.login, names: store.team.names } }),
  };
}
