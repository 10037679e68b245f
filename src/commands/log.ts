// crm log <client>: after the call, write down what was said and refile, in one step.
import { CONVERSATION_KINDS, OUTCOMES, type ConversationKind, type FilledForm, type NewEntry, type Outcome } from '../binder/dossier.js';
import { filingAt, type TimedFiling } from '../binder/dates.js';
import { dayAndHour } from '../binder/hours.js';
import { seenOf } from '../binder/meanwhile.js';
import { about, contactStep, filingStep, steps } from '../binder/summaries.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { refusals as english } from '../i18n/en/refusals.js';
import { checkNoteSize, checkNotBlank, commitChange, type Changed } from './change.js';
import type { Deps } from './deps.js';
import { requireClient } from './lookup.js';
import type { DossierView } from './stack.js';

const say = messages('refusals', english);

export interface LogInput {
  client: string;
  /** A call unless given (checkKind reads what was typed). */
  kind?: ConversationKind;
  note?: string;
  /** checkOutcome reads what was typed. */
  outcome?: Outcome;
  /** The next contact, resolved (binder/dates.ts); never with done. */
  next?: TimedFiling;
  offer?: string;
  /** Close the dossier: out of the ring, history kept. */
  done: boolean;
  /** For a date that comes from the outcome, the card's cadence or a question: keep a day off. */
  exact: boolean;
  /** A form to fill in with this entry, and answers given as --field key=value. */
  form?: string;
  fields?: Record<string, string>;
}

export interface LogResult extends Changed {
  dossier: DossierView;
  /** Where it was refiled; null when closed. */
  filing: TimedFiling | null;
  /** True when --next was not given and the outcome's default date was used. */
  byOutcome: boolean;
}

export async function logCall(input: LogInput, deps: Deps): Promise<LogResult> {
  const { store, settings } = deps;
  const kind = input.kind ?? 'call';
  let outcome = input.outcome;
  // The next contact as typed when it is not given: by the card's cadence, the outcome's default or an answer.
  let next: string | undefined;
  let note = input.note;
  let offer = input.offer;
  let done = input.done;
  const given = input.next !== undefined;
  checkNotBlank(note, `crm log ${input.client}`);
  const dossier = await requireClient(store, input.client);
  checkNoteSize(note, 'note', settings.noteLimit, dossier.handle);
  checkNoteSize(input.offer, 'offer', settings.noteLimit, dossier.handle);
  const filled = await fillTheForm(input, deps);
  // After a call that reached the client, the card's cadence says when next.
  if (!given && !done && outcome === 'reached' && dossier.cadence && settings.outcomeNext.reached === undefined) {
    next = `+${dossier.cadence}`;
  }

  if (kind === 'note' && note === undefined && !deps.ask) {
    throw new UserError(say().noteNeedsText);
  }
  // A log complete on the command line is saved as it is; only what cannot be known is asked.
  if (!given && next === undefined && !done && outcome && settings.outcomeNext[outcome] !== undefined) next = settings.outcomeNext[outcome];
  if (!given && next === undefined && !done) {
    if (deps.ask) {
      const answers = await deps.ask.log(dossier, { note: note ?? null, outcome, offer: offer ?? null });
      note = answers.note ?? undefined;
      outcome = answers.outcome ?? undefined;
      offer = answers.offer ?? undefined;
      if (answers.next === null) done = true;
      else next = answers.next;
    } else {
      throw new UserError(say().nextMissing({ handle: dossier.handle }));
    }
  }

  // The next contact as agreed: a date, and its hour when one was given (none: for the day).
  const filing = done ? null : (input.next ?? filingAt(next as string, deps, input.exact));
  const at = deps.now();
  const stays = filing !== null && filing.day === dossier.filedOn && filing.at === dossier.filedAt;
  const entries: NewEntry[] = [
    { at, kind, note: note ?? null, outcome: outcome ?? null, offer: offer ?? null, form: filled },
    ...(stays
      ? []
      : [
          filing
            ? { at, kind: 'filed' as const, from: dossier.filedOn, to: filing.day, fromAt: dossier.filedAt, toAt: filing.at }
            : { at, kind: 'closed' as const, from: dossier.filedOn, to: null, fromAt: dossier.filedAt },
        ]),
  ];
  const to = filing ? dayAndHour(filing.day, filing.at) : null;
  const where = filingStep(stays ? to : dossier.filedOn ? dayAndHour(dossier.filedOn, dossier.filedAt) : null, to);
  const changed = await commitChange(deps, {
    command: 'log',
    summary: about(dossier.handle, steps([contactStep(kind, outcome), where])),
    at,
    updates: [{ handle: dossier.handle, filedOn: filing ? filing.day : null, filedAt: filing ? filing.at : null, entries, seen: seenOf(dossier) }],
  });
  const byOutcome = !given && !done && outcome !== undefined && next === settings.outcomeNext[outcome];
  return { ...changed, dossier: changed.dossiers[0] as DossierView, filing, byOutcome };
}

/** The form's answers: from --field, the rest asked on a terminal; all validated. */
async function fillTheForm(input: LogInput, deps: Deps): Promise<FilledForm | null> {
  const given = input.fields ?? {};
  if (input.form === undefined) {
    if (Object.keys(given).length > 0) throw new UserError(say().fieldNeedsForm);
    return null;
  }
  const { checkGiven, fillForm } = await import('../binder/forms.js');
  const { loadForm } = await import('./forms.js');
  const form = await loadForm(input.form, deps);
  // A typo in --field is refused before the rest of the form is asked.
  checkGiven(form, given, deps.today);
  const missing = form.fields.filter((f) => given[f.key] === undefined);
  const asked = deps.ask && missing.length > 0 ? await deps.ask.form(form, given) : {};
  return fillForm(form, { ...given, ...asked }, deps.today);
}

/** --kind as typed: a kind of contact, a call unless given. */
export function checkKind(kind: string | undefined): ConversationKind {
  if (kind === undefined) return 'call';
  const known = CONVERSATION_KINDS.find((k) => k === kind);
  if (!known) throw new UserError(say().notAKind({ kind, kinds: CONVERSATION_KINDS.join(', ') }));
  return known;
}

/** --outcome as typed: one of the outcomes, or none. */
export function checkOutcome(outcome: string | undefined): Outcome | undefined {
  if (outcome === undefined) return undefined;
  const known = OUTCOMES.find((o) => o === outcome);
  if (!known) throw new UserError(say().notAnOutcome({ outcome, outcomes: OUTCOMES.join(', ') }));
  return known;
}
