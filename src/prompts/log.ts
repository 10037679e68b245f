// Asks what a log leaves out on a terminal: what was said, how it ended, and when next; the date
// typed is shown resolved (divider and weekday) as it is typed, before anything is saved.
import { prompt } from './ask.js';
import type { Day } from '../binder/day.js';
import { OUTCOMES, type Dossier, type Outcome } from '../binder/dossier.js';
import { dividerFor } from '../binder/ring.js';
import type { BinderSettings } from '../binder/settings.js';
import { filingAt, filingFor } from '../binder/dates.js';
import type { Moment } from '../binder/clock.js';
import { atHour } from '../render/style.js';
import type { LogAnswers } from '../commands/deps.js';
import { dividerPhrase, paint, safe } from '../render/style.js';

const NO_OUTCOME = '(none)';
/** Typed instead of a date: close the dossier. */
const DONE = 'done';

export async function askLog(
  dossier: Dossier,
  given: { note: string | null; outcome: Outcome | undefined; offer: string | null },
  today: Day,
  settings: BinderSettings,
  /** Now on the binder's clock: the next contact may have an hour (fri 15:00). */
  moment?: () => Moment,
): Promise<LogAnswers> {
  const note =
    given.note ??
    ((await prompt<{ note: string }>([{ type: 'input', name: 'note', message: `What was said with ${safe(dossier.name)}?` }])).note.trim() ||
      null);
  const outcome =
    given.outcome ??
    (
      await prompt<{ outcome: string }>([
        // Every outcome on screen at once: a hidden "lost" is a wrong "reached".
        { type: 'select', name: 'outcome', message: 'How did it end?', choices: [...OUTCOMES, NO_OUTCOME], default: 'reached', pageSize: OUTCOMES.length + 1 },
      ])
    ).outcome;
  const chosen = outcome === NO_OUTCOME ? null : (outcome as Outcome);
  // An offer sent is what the next call is about: the dossier keeps it (the card's "Offer").
  const offer =
    given.offer ??
    (chosen === 'offer-sent'
      ? (await prompt<{ offer: string }>([{ type: 'input', name: 'offer', message: 'What offer was sent? (Enter: none)' }])).offer.trim() || null
      : null);
  const byDefault = (chosen && settings.outcomeNext[chosen]) ?? undefined;
  const { next } = await prompt<{ next: string }>([
    {
      type: 'input',
      name: 'next',
      // The default is shown resolved too: Enter should never file blind.
      message: byDefault
        ? `Next contact (Enter: ${safe(byDefault)}, ${describeNext(byDefault, today, settings, moment).where ?? ''}; or ${DONE})`
        : `Next contact (8, jul 5, +2w, fri; or ${DONE} to close)`,
      default: byDefault === undefined ? undefined : safe(byDefault),
      validate: (value: string) => {
        const { error } = describeNext(value, today, settings, moment);
        return error === undefined ? true : safe(error);
      },
      transformer: (value: string, { isFinal }: { isFinal: boolean }) => {
        const { where } = describeNext(value, today, settings, moment);
        return where && !isFinal ? `${value}  ${paint.dim(`→ ${where}`)}` : value;
      },
    },
  ]);
  return { note, outcome: chosen, offer, next: next.trim().toLowerCase() === DONE ? null : next.trim() };
}

/** Where a typed date form would file the dossier, or why it cannot. */
export function describeNext(value: string, today: Day, settings: BinderSettings, moment?: () => Moment): { where?: string; error?: string } {
  const text = value.trim();
  if (text === '') return { error: 'type the date of the next contact, or done' };
  if (text.toLowerCase() === DONE) return { where: 'closed: out of the ring, history kept' };
  try {
    const filing = moment ? filingAt(text, { today, settings, moment }) : { ...filingFor(text, { today, settings }), at: null };
    const where = `${dividerPhrase(dividerFor(filing.day, today, settings), filing.day, settings.dividers === 'dated')}${atHour(filing.at)}`;
    return { where: filing.shifted ? `${where} (moved off a day off)` : where };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
