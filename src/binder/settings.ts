import type { Day } from './day.js';
import type { Outcome } from './dossier.js';

/** The binder's own settings, kept in the binder file (`crm config`). */
export interface BinderSettings {
  /** Working weekdays, 0 = Sunday ... 6 = Saturday. Never empty. */
  workdays: number[];
  /** Days off besides the weekend, ascending. */
  holidays: Day[];
  /** Most dossiers one day's stack should hold; null for no limit. */
  capacity: number | null;
  /** `numbered`: 31 day dividers; `dated`: one divider per working day (the busy variant). */
  dividers: 'numbered' | 'dated';
  /** With dated dividers: how many months ahead get a divider per working day (1-3). */
  datedMonths: number;
  /** The next date `crm log` files under after an outcome when no --next is given, as typed. */
  outcomeNext: Partial<Record<Outcome, string>>;
  /** The largest file crm attach stores in the binder, in bytes. */
  attachLimit: number;
  /** After a complaint is resolved: when to check that the client is satisfied, as typed. */
  complaintFollowUp: string;
  /** A complaint's target date when none is given, as typed. */
  complaintDue: string;
}

export const DEFAULT_SETTINGS: Readonly<BinderSettings> = {
  workdays: [1, 2, 3, 4, 5],
  holidays: [],
  capacity: null,
  dividers: 'numbered',
  datedMonths: 1,
  // No answer: try again on the next working day ("tomorrow", moved off a day off).
  outcomeNext: { 'no-answer': 'tomorrow' },
  attachLimit: 25 * 1024 * 1024,
  complaintFollowUp: '+1w',
  // "the next working day": tomorrow, moved off a day off
  complaintDue: 'tomorrow',
};

export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
