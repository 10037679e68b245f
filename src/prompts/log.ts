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
import { messages } from '../i18n/catalogue.js';
import { prompts as english } from '../i18n/en/prompts.js';

const say = messages('prompts', english);

/** The choice of no outcome (its name in the run's language). */
const NO_OUTCOME = '(none)';
/** Typed instead of a date, in any language: close the dossier. */
const DONE = 'done';

export async function askLog(
  dossier: Dossier,
  given: { note: string | null; outcome: Outcome | undefined; offer: string | null },
  today: Day,
  settings: BinderSettings,
  /** Now on the binder's clock: the next contact may have an hour (fri 15:00). */
  moment?: () => Moment,
): Promise<LogAnswers> {
  const m = say().log;
  const note =
    given.note ??
    ((await prompt<{ note: string }>([{ type: 'input', name: 'note', message: m.whatWasSaid({ name: safe(dossier.name) }) }])).note.trim() ||
      null);
  const outcome =
    given.outcome ??
    (
      await prompt<{ outcome: string }>([
        // Every outcome on screen at once: a hidden "lost" is a wrong "reached".
        {
          type: 'select',
          name: 'outcome',
          message: m.howDidItEnd,
          choices: [...OUTCOMES.map((outcome) => ({ name: outcome, value: outcome })), { name: m.noOutcome, value: NO_OUTCOME }],
          default: 'reached',
          pageSize: OUTCOMES.length + 1,
        },
      ])
    ).outcome;
  const chosen = outcome === NO_OUTCOME ? null : (outcome as Outcome);
  // An offer sent is what the next call is about: the dossier keeps it (the card's "Offer").
  const offer =
    given.offer ??
    (chosen === 'offer-sent'
      ? (await prompt<{ offer: string }>([{ type: 'input', name: 'offer', message: m.whatOffer }])).offer.trim() || null
      : null);
  const byDefault = (chosen && settings.outcomeNext[chosen]) ?? undefined;
  const { next } = await prompt<{ next: string }>([
    {
      type: 'input',
      name: 'next',
      // The default is shown resolved too: Enter should never file blind.
      message: byDefault
        ? m.nextByDefault({ date: safe(byDefault), where: describeNext(byDefault, today, settings, moment).where ?? '', done: DONE })
        : m.next({ done: DONE }),
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
  const m = say().log;
  const text = value.trim();
  if (text === '') return { error: m.typeTheDate({ done: DONE }) };
  if (text.toLowerCase() === DONE) return { where: m.closes };
  try {
    const filing = moment ? filingAt(text, { today, settings, moment }) : { ...filingFor(text, { today, settings }), at: null };
    const where = `${dividerPhrase(dividerFor(filing.day, today, settings), filing.day, settings.dividers === 'dated')}${atHour(filing.at)}`;
    return { where: filing.shifted ? m.movedOffDayOff({ where }) : where };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
