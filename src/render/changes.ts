// What the changing commands say they did: log, move, postpone, undo, changes.
import type { Day } from '../binder/day.js';
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
import { atHour, dividerPhrase, isolated, longDay, paint, plural, shortDay } from './style.js';

const A_KIND: Readonly<Record<string, string>> = { call: 'a call', meeting: 'a meeting', email: 'an e-mail', note: 'a note' };

const DRY_RUN = paint.yellow('Dry run: nothing was written.');

/**
 * A line for each dossier someone else refiled between this command's read and its write: the
 * change was made again from there (binder/meanwhile.ts), and the user should know.
 */
export function meanwhileLines(changed: Changed, today: Day): string[] {
  const where = (day: string | null, at: string | null) => (day === null ? 'the drawer (closed)' : `${shortDay(day as Day, today)}${at ? ` ${at}` : ''}`);
  return (changed.meanwhile ?? []).map(({ handle, saw, sawAt, found, foundAt, skipped, by }) => {
    // A team's binder names the colleague; elsewhere it was another crm (a script, another window).
    const who = by === undefined ? 'someone else' : `a colleague (${isolated(by)})`;
    return paint.yellow(
      skipped
        ? `Skipped ${isolated(handle)}: ${who} refiled it after the plan was made (from ${where(saw, sawAt)} to ${where(found, foundAt)}); it stays there.`
        : `Meanwhile ${who} refiled ${isolated(handle)} (from ${where(saw, sawAt)} to ${where(found, foundAt)}); this change was made from there, and the history shows both.`,
    );
  });
}

/** What a changing command's --json prints first: the change, the dossiers it touched, the entries it added (README, "For scripts"). */
export function changedJson({ change, dossiers, entries }: Changed): Pick<Changed, 'change' | 'dossiers' | 'entries'> {
  return { change, dossiers, entries };
}

export function renderLogged(result: LogResult, today: Day, settings: BinderSettings): string {
  const { dossier, filing } = result;
  const entry = result.entries[0];
  const how = entry?.outcome ? `: ${entry.outcome}` : '';
  const lines = [`Logged ${A_KIND[entry?.kind ?? 'call'] ?? 'a call'} with ${paint.cyan(isolated(dossier.handle))} (${isolated(dossier.name)})${how}.`];
  if (filing) {
    const where = `${dividerPhrase(dividerFor(filing.day, today, settings), filing.day, settings.dividers === 'dated')}${atHour(filing.at)}`;
    lines.push(`Refiled ${where}${result.byOutcome ? paint.dim(` (the default after ${entry?.outcome})`) : ''}.`);
    if (filing.adjusted) lines.push(paint.yellow(`${filing.adjusted}.`));
    if (filing.shifted) lines.push(paint.yellow(`${longDay(filing.named)} is a day off; filed on the next working day.`));
  } else {
    lines.push('Closed: out of the ring, into the drawer; the history is kept (crm file brings it back).');
  }
  lines.push(...meanwhileLines(result, today));
  return `${lines.join('\n')}\n`;
}

export function renderMoved(result: MoveResult, today: Day, settings: BinderSettings): string {
  const { filing, unchanged } = result;
  // A move --from skips what someone refiled after it read the divider: listed below, not as moved.
  const skipped = skippedOf(result);
  const moves = result.moves.filter((move) => !skipped.has(move.handle));
  const where = `${dividerPhrase(dividerFor(filing.day, today, settings), filing.day, settings.dividers === 'dated')}${atHour(filing.at)}`;
  const lines: string[] = [];
  if (moves.length === 0) lines.push(unchanged.length > 0 ? `Nothing to move: already ${where}.` : 'Nothing to move: no dossier is filed there.');
  else lines.push(`${result.dryRun ? 'Would move' : 'Moved'} ${plural(moves.length, 'dossier')} ${where}:`);
  const width = widestCells(moves.map((m) => isolated(m.handle)));
  for (const move of moves) {
    // Without a new hour each keeps its own: said on its line.
    const kept = filing.at === null && move.toAt !== null ? `at ${move.toAt}, ` : '';
    lines.push(`  ${paint.cyan(padCells(isolated(move.handle), width))}  ${isolated(move.name)}  ${paint.dim(`${kept}from ${shortDay(move.from, today)}${atHour(move.fromAt)}`)}`);
  }
  for (const adjusted of new Set(moves.flatMap((move) => (move.adjusted ? [move.adjusted] : [])))) lines.push(paint.yellow(`${adjusted}.`));
  if (filing.shifted) lines.push(paint.yellow(`${longDay(filing.named)} is a day off; the next working day is used.`));
  if (unchanged.length > 0 && moves.length > 0) lines.push(paint.dim(`Already there: ${unchanged.join(', ')}.`));
  if (result.dryRun) lines.push(DRY_RUN);
  lines.push(...meanwhileLines(result, today));
  return `${lines.join('\n')}\n`;
}

/** crm move --json: the change, and each move with where it came from. */
export function movedJson(result: MoveResult) {
  return { ...changedJson(result), moves: result.moves, dryRun: result.dryRun };
}

export type PostponeState = 'nothing' | 'plan' | 'dry-run' | 'declined' | 'applied';

/** What a plan's change left out: dossiers someone else refiled after the plan was made (binder/meanwhile.ts). */
function skippedOf(changed: Changed | undefined): Set<string> {
  return new Set((changed?.meanwhile ?? []).filter((m) => m.skipped).map((m) => m.handle));
}

export function renderPostponePlan(plan: PostponePlan, state: PostponeState, changed?: Changed, today?: Day): string {
  const lines: string[] = [];
  if (plan.capacity !== null) {
    lines.push(
      plan.over > 0
        ? `Today's stack holds ${plan.stackSize}: ${paint.red.bold(`${plan.over} over`)} the capacity of ${plan.capacity}.`
        : `Today's stack holds ${plan.stackSize}, within the capacity of ${plan.capacity}.`,
    );
  }
  if (plan.plan.length === 0) {
    lines.push('Nothing to postpone.');
    return `${lines.join('\n')}\n`;
  }
  const skipped = skippedOf(changed);
  const moved = plan.plan.filter((p) => !skipped.has(p.handle));
  lines.push(`${state === 'applied' ? 'Postponed' : 'Postpone'} ${plural(state === 'applied' ? moved.length : plan.plan.length, 'dossier')}:`);
  const width = widestCells(plan.plan.map((p) => isolated(p.handle)));
  for (const p of state === 'applied' ? moved : plan.plan) {
    const full = p.overCapacity ? paint.red(' (that day is full too)') : '';
    lines.push(`  ${p.priority} ${paint.cyan(padCells(isolated(p.handle), width))}  → ${longDay(p.to)}${atHour(p.filedAt)}${full}  ${paint.dim(isolated(p.name))}`);
  }
  if (plan.shifted) lines.push(paint.yellow(`${longDay(plan.shifted.named)} is a day off; the next working day is used.`));
  if (state === 'dry-run') lines.push(DRY_RUN);
  if (state === 'declined') lines.push('Not postponed: nothing was written.');
  if (changed && today) lines.push(...meanwhileLines(changed, today));
  return `${lines.join('\n')}\n`;
}

/** The one line after a plan shown at the terminal and confirmed, or not (the plan is on the screen above it), and what it skipped. */
export function renderConfirmed(plan: PostponePlan, applied: boolean, changed?: Changed, today?: Day): string {
  if (!applied) return 'Not postponed: nothing was written.\n';
  const moved = plan.plan.length - skippedOf(changed).size;
  const skipped = changed && today ? meanwhileLines(changed, today).map((line) => `${line}\n`).join('') : '';
  return `Postponed ${plural(moved, 'dossier')}.\n${skipped}`;
}

/** crm postpone --json: the plan, how it ended, and what changed (nothing unless applied). */
export function postponeJson(plan: PostponePlan, state: PostponeState, changed?: Changed) {
  return { ...plan, state, change: null, dossiers: [], entries: [], ...changed };
}

export function renderUndo(result: UndoResult): string {
  if (!result.undone) return 'Nothing to undo.\n';
  const next = result.next ? paint.dim(`Next undo would take back: ${describe(result.next)}`) : paint.dim('Nothing further to undo.');
  return `Undid ${describe(result.undone)}\n${next}\n`;
}

/** crm changes; with --all (each change with `by`) everyone's, each said by whom when it is not the reader's. */
export function renderChanges(changes: ChangeRecord[], team?: Readers, all = false): string {
  if (changes.length === 0) return all ? 'No changes.\n' : 'No changes to undo.\n';
  const lines = [paint.bold(all ? "Recent changes, everyone's, newest first (crm undo takes back only yours):" : 'Recent changes, newest first (crm undo takes back the top one):')];
  // As wide as the longest command listed: 'complaint' and 'document' do not fit a fixed column.
  const width = Math.max(...changes.map((change) => change.command.length));
  for (const change of changes) {
    const made = byline(change.by, null, team?.login, team?.names);
    lines.push(`  ${paint.dim(`${longDay(change.at.slice(0, 10))} ${change.at.slice(11, 16)}`)}  ${change.command.padEnd(width)}  ${isolated(change.summary)}${made && paint.dim(`  ${made}`)}`);
  }
  return `${lines.join('\n')}\n`;
}

function describe(change: ChangeRecord): string {
  return `${change.command} (${longDay(change.at.slice(0, 10))} ${change.at.slice(11, 16)}): ${isolated(change.summary)}`;
}
