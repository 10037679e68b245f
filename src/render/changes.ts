// What the changing commands say they did: log, move, postpone, undo, changes.
import type { Day } from '../binder/day.js';
import { adjustedNote } from '../binder/hours.js';
import { dividerFor } from '../binder/ring.js';
import type { BinderSettings } from '../binder/settings.js';
import type { Changed } from '../commands/change.js';
import type { LogResult } from '../commands/log.js';
import type { MoveResult } from '../commands/move.js';
import type { PostponePlan } from '../commands/postpone.js';
import type { UndoResult } from '../commands/undo.js';
import type { ChangeRecord, Readers } from '../store/store.js';
import { byline } from './card.js';
import { padCells, widestCells } from '../binder/width.js';
import { messages } from '../i18n/catalogue.js';
import { changes as english } from '../i18n/en/changes.js';
import { onTerminal } from './stored.js';
import { changeSummary } from './summaries.js';
import { atHour, clock, dividerPhrase, isolated, longDay, paint, shortDay } from './style.js';

const say = messages('changes', english);

/** The dry run's last line, in the run's language. */
const dryRun = () => paint.yellow(say().dryRun);

/**
 * A line for each dossier someone else refiled between this command's read and its write: the
 * change was made again from there (binder/meanwhile.ts), and the user should know.
 */
export function meanwhileLines(changed: Changed, today: Day): string[] {
  const m = say();
  const where = (day: string | null, at: string | null) => (day === null ? m.drawer : `${shortDay(day as Day, today)}${at ? ` ${at}` : ''}`);
  return (changed.meanwhile ?? []).map(({ handle, saw, sawAt, found, foundAt, skipped, by }) => {
    // A team's binder names the colleague; elsewhere it was another crm (a script, another window).
    const who = by === undefined ? m.someoneElse : m.colleague({ login: isolated(by) });
    const moved = { who, handle: isolated(handle), from: where(saw, sawAt), to: where(found, foundAt) };
    return paint.yellow(skipped ? m.skipped(moved) : m.meanwhile(moved));
  });
}

/** What a changing command's --json prints first: the change, the dossiers it touched, the entries it added (README, "For scripts"). */
export function changedJson({ change, dossiers, entries }: Changed): Pick<Changed, 'change' | 'dossiers' | 'entries'> {
  return { change, dossiers, entries };
}

export function renderLogged(result: LogResult, today: Day, settings: BinderSettings): string {
  const { dossier, filing } = result;
  const m = say();
  const entry = result.entries[0];
  const how = entry?.outcome ? `: ${entry.outcome}` : '';
  const kind = entry?.kind === 'meeting' || entry?.kind === 'email' || entry?.kind === 'note' ? entry.kind : 'call';
  const lines = [m.logged[kind]({ handle: paint.cyan(isolated(dossier.handle)), name: isolated(dossier.name), how })];
  if (filing) {
    const where = `${dividerPhrase(dividerFor(filing.day, today, settings), filing.day, settings.dividers === 'dated')}${atHour(filing.at)}`;
    lines.push(m.refiled({ where, byDefault: result.byOutcome ? paint.dim(m.byDefault({ outcome: entry?.outcome ?? '' })) : '' }));
    if (filing.adjustment) lines.push(paint.yellow(adjustedNote(filing.adjustment)));
    if (filing.shifted) lines.push(paint.yellow(m.filedNextWorkingDay({ day: longDay(filing.named) })));
  } else {
    lines.push(m.closed);
  }
  lines.push(...meanwhileLines(result, today));
  return `${lines.join('\n')}\n`;
}

export function renderMoved(result: MoveResult, today: Day, settings: BinderSettings): string {
  const { filing, unchanged } = result;
  const m = say();
  // A move --from skips what someone refiled after it read the divider: listed below, not as moved.
  const skipped = skippedOf(result);
  const moves = result.moves.filter((move) => !skipped.has(move.handle));
  const where = `${dividerPhrase(dividerFor(filing.day, today, settings), filing.day, settings.dividers === 'dated')}${atHour(filing.at)}`;
  const lines: string[] = [];
  if (moves.length === 0) lines.push(unchanged.length > 0 ? m.nothingToMoveThere({ where }) : m.nothingFiledThere);
  else lines.push((result.dryRun ? m.wouldMove : m.moved)({ count: moves.length, where }));
  const width = widestCells(moves.map((m) => isolated(m.handle)));
  for (const move of moves) {
    // Without a new hour each keeps its own: said on its line.
    const kept = filing.at === null && move.toAt !== null ? m.keptAt({ hour: clock(move.toAt) }) : '';
    lines.push(`  ${paint.cyan(padCells(isolated(move.handle), width))}  ${isolated(move.name)}  ${paint.dim(`${kept}${m.from({ day: `${shortDay(move.from, today)}${atHour(move.fromAt)}` })}`)}`);
  }
  for (const adjusted of new Set(moves.flatMap((move) => (move.adjustment ? [adjustedNote(move.adjustment)] : [])))) lines.push(paint.yellow(adjusted));
  if (filing.shifted) lines.push(paint.yellow(m.nextWorkingDayUsed({ day: longDay(filing.named) })));
  if (unchanged.length > 0 && moves.length > 0) lines.push(paint.dim(m.alreadyThere({ handles: unchanged.join(', ') })));
  if (result.dryRun) lines.push(dryRun());
  lines.push(...meanwhileLines(result, today));
  return `${lines.join('\n')}\n`;
}

/** crm move --json: the change, and each move with where it came from. */
export function movedJson(result: MoveResult) {
  return { ...changedJson(result), moves: result.moves.map(({ adjustment, ...move }) => move), dryRun: result.dryRun };
}

export type PostponeState = 'nothing' | 'plan' | 'dry-run' | 'declined' | 'applied';

/** What a plan's change left out: dossiers someone else refiled after the plan was made (binder/meanwhile.ts). */
function skippedOf(changed: Changed | undefined): Set<string> {
  return new Set((changed?.meanwhile ?? []).filter((m) => m.skipped).map((m) => m.handle));
}

export function renderPostponePlan(plan: PostponePlan, state: PostponeState, changed?: Changed, today?: Day): string {
  const m = say();
  const lines: string[] = [];
  if (plan.capacity !== null) {
    lines.push(
      plan.over > 0
        ? m.stackOver({ size: plan.stackSize, over: paint.red.bold(m.overBy({ count: plan.over })), capacity: plan.capacity })
        : m.stackWithin({ size: plan.stackSize, capacity: plan.capacity }),
    );
  }
  if (plan.plan.length === 0) {
    lines.push(m.nothingToPostpone);
    return `${lines.join('\n')}\n`;
  }
  const skipped = skippedOf(changed);
  const moved = plan.plan.filter((p) => !skipped.has(p.handle));
  lines.push(state === 'applied' ? m.postponedList({ count: moved.length }) : m.postponeList({ count: plan.plan.length }));
  const width = widestCells(plan.plan.map((p) => isolated(p.handle)));
  for (const p of state === 'applied' ? moved : plan.plan) {
    const full = p.overCapacity ? paint.red(` ${m.dayFullToo}`) : '';
    lines.push(`  ${p.priority} ${paint.cyan(padCells(isolated(p.handle), width))}  → ${longDay(p.to)}${atHour(p.filedAt)}${full}  ${paint.dim(isolated(p.name))}`);
  }
  if (plan.shifted) lines.push(paint.yellow(m.nextWorkingDayUsed({ day: longDay(plan.shifted.named) })));
  if (state === 'dry-run') lines.push(dryRun());
  if (state === 'declined') lines.push(m.notPostponed);
  if (changed && today) lines.push(...meanwhileLines(changed, today));
  return `${lines.join('\n')}\n`;
}

/** The one line after a plan shown at the terminal and confirmed, or not (the plan is on the screen above it), and what it skipped. */
export function renderConfirmed(plan: PostponePlan, applied: boolean, changed?: Changed, today?: Day): string {
  const m = say();
  if (!applied) return `${m.notPostponed}\n`;
  const moved = plan.plan.length - skippedOf(changed).size;
  const skipped = changed && today ? meanwhileLines(changed, today).map((line) => `${line}\n`).join('') : '';
  return `${m.postponedCount({ count: moved })}\n${skipped}`;
}

/** crm postpone --json: the plan, how it ended, and what changed (nothing unless applied). */
export function postponeJson(plan: PostponePlan, state: PostponeState, changed?: Changed) {
  return { ...plan, state, change: null, dossiers: [], entries: [], ...changed };
}

export function renderUndo(result: UndoResult): string {
  const m = say();
  if (!result.undone) return `${m.nothingToUndo}\n`;
  const next = result.next ? paint.dim(m.nextUndo({ change: describe(result.next) })) : paint.dim(m.nothingFurther);
  return `${m.undid({ change: describe(result.undone) })}\n${next}\n`;
}

/** crm changes; with --all (each change with `by`) everyone's, each said by whom when it is not the reader's. */
export function renderChanges(changes: ChangeRecord[], team?: Readers, all = false): string {
  const m = say();
  if (changes.length === 0) return `${all ? m.noChanges : m.noChangesToUndo}\n`;
  const lines = [paint.bold(all ? m.recentAll : m.recent)];
  // As wide as the longest command listed: 'complaint' and 'document' do not fit a fixed column.
  const width = Math.max(...changes.map((change) => change.command.length));
  for (const change of changes) {
    const made = byline(change.by, null, team?.login, team?.names);
    lines.push(`  ${paint.dim(`${longDay(change.at.slice(0, 10))} ${clock(change.at.slice(11, 16))}`)}  ${change.command.padEnd(width)}  ${changeSummary(change.summary, onTerminal())}${made && paint.dim(`  ${made}`)}`);
  }
  return `${lines.join('\n')}\n`;
}

function describe(change: ChangeRecord): string {
  return `${change.command} (${longDay(change.at.slice(0, 10))} ${clock(change.at.slice(11, 16))}): ${changeSummary(change.summary, onTerminal())}`;
}
