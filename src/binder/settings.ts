import type { Day } from './day.js';
import type { Outcome } from './dossier.js';
import type { LANGUAGES } from '../i18n/languages.js';

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
  /** The longest text (UTF-8 bytes) one history entry takes: a note, an offer, a form's answer. */
  noteLimit: number;
  /** After a complaint is resolved: when to check that the client is satisfied, as typed. */
  complaintFollowUp: string;
  /** A complaint's target date when none is given, as typed. */
  complaintDue: string;
  /** The binder's time zone (IANA), the wall clock of filings' hours; null: the system's. */
  timezone: string | null;
  /** How many minutes ahead crm remind looks when no --within is given. */
  remindWithin: number;
  /** The language crm speaks on this binder unless --lang or CRM_LANG names one; null: the system's (LANG). */
  language: (typeof LANGUAGES)[number] | null;
  /** The calendar of the ring's dividers and of dates typed as numbers (issue 17). */
  calendar: 'gregorian' | 'persian';
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
  // A call's note of a megabyte is some 500 pages: past it, the text is a document (crm attach).
  noteLimit: 1024 * 1024,
  complaintFollowUp: '+1w',
  // "the next working day": tomorrow, moved off a day off
  complaintDue: 'tomorrow',
  timezone: null,
  remindWithin: 10,
  language: null,
  calendar: 'gregorian',
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

/**
 * The settings `crm config` shows and sets, in the order it lists them: its help (each setting's
 * line is the catalogue's, src/i18n/en/commandHelp.ts config.settings, by this name), its errors
 * and the README's table are read from here, so that none of them leaves a setting out.
 */
export const SETTING_DEFINITIONS = [
  { key: 'workdays' },
  { key: 'holidays' },
  { key: 'capacity' },
  { key: 'dividers' },
  { key: 'outcome' },
  { key: 'attach-limit' },
  { key: 'note-limit' },
  { key: 'complaint-due' },
  { key: 'complaint-follow-up' },
  { key: 'timezone' },
  { key: 'remind-within' },
  { key: 'language' },
  { key: 'calendar' },
] as const;

export type SettingKey = (typeof SETTING_DEFINITIONS)[number]['key'];

/** Every setting's name, in the order crm config lists them. */
export const SETTING_KEYS = SETTING_DEFINITIONS.map((setting) => setting.key) as [SettingKey, ...SettingKey[]];
