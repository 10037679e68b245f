import type { Day } from '../binder/day.js';
import type { Card, Dossier, Outcome } from '../binder/dossier.js';
import type { FormDefinition } from '../binder/forms.js';
import type { DossierView } from './stack.js';
import type { BinderSettings } from '../binder/settings.js';
import type { Store } from '../store/store.js';
import type { Input } from '../io.js';
import type { Moment } from '../binder/clock.js';

/** What a command handler works with. Handlers return data and never print. */
export interface Deps {
  store: Store;
  today: Day;
  settings: BinderSettings;
  /** Stamps a history entry. */
  now(): string;
  /** The binder's time zone (IANA): its `timezone` setting, else the system's. */
  zone: string;
  /** Now on the wall clock of the binder's zone (CRM_NOW fixes it). */
  moment(): Moment;
  /** Standard input, for the commands that read a file or a note from it (`-`). */
  stdin: Input;
  /** Asks a person at a terminal; absent when no terminal is attached. */
  ask?: Asker;
}

export interface Asker {
  /** The card of a new dossier: asks for each field not already given. */
  card(handle: string, given: Partial<Card>): Promise<Card>;
  /** What was said, how it ended (and after offer-sent, the offer) and when next: asks for each part not already given. */
  log(dossier: Dossier, given: { note: string | null; outcome: Outcome | undefined; offer: string | null }): Promise<LogAnswers>;
  /** Which of today's stack to postpone: a checkbox list, `suggested` ticked. */
  pick(stack: DossierView[], suggested: string[]): Promise<string[]>;
  /** Where postponed dossiers go: a date form, or null for the nearest working days with room. */
  whereTo(): Promise<string | null>;
  /** A yes or no; `fallback` is what Enter alone answers (yes unless given). */
  confirm(message: string, fallback?: boolean): Promise<boolean>;
  /** The fields of a form not given on the command line, each checked as it is typed. */
  form(form: FormDefinition, given: Record<string, string>): Promise<Record<string, string>>;
}

/** What a person at a terminal is asked when a log is not complete on the command line. */
export interface LogAnswers {
  note: string | null;
  outcome: Outcome | null;
  /** The offer made, asked after the outcome offer-sent; null when none. */
  offer: string | null;
  /** A date form, or null to close the dossier. */
  next: string | null;
}
