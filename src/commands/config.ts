// crm config: show and set the binder's settings (working weekdays, holidays, capacity, dividers).
import { OUTCOMES } from '../binder/dossier.js';
import { WEEKDAY_NAMES, type BinderSettings, type SettingKey } from '../binder/settings.js';
import { SETTINGS_SCHEMA } from '../binder/settings-schema.js';
import { dateWord } from '../binder/date-words.js';
import { parseWhen } from '../binder/when.js';
import { checkedZone } from '../binder/zone.js';
import { parseSpanMinutes } from '../binder/hours.js';
import { messages } from '../i18n/catalogue.js';
import { settings as english } from '../i18n/en/settings.js';
import { languageNamed } from '../i18n/language.js';
import { UserError } from '../errors.js';
import { inCrmWords } from '../binder/zod-words.js';
import { commitChange, type Changed } from './change.js';
import type { Deps } from './deps.js';
import { requireManager } from './people.js';
import { needsTeam } from './words.js';

const say = messages('settings', english);

export interface ConfigInput {
  /** A setting crm has (checked where the command line is read); none shows them all. */
  key?: SettingKey;
  values: string[];
  /** On a team's binder, capacity: the team's (the binder's setting), not the acting person's own. */
  team?: boolean;
}

export interface ConfigResult extends Changed {
  /** Which binder: its file, or its server and schema (never a password). */
  binder: string;
  settings: BinderSettings;
  /** The setting that was changed; null when only shown. */
  changed: SettingKey | null;
  /** The setting given the value it had already: nothing was changed or logged. */
  already: SettingKey | null;
  /** A new time zone under hours: how many filings have one (they keep their wall-clock time, so move). */
  hoursMoved?: number;
  /** On a team's binder: the acting person's own capacity (null: the team's, settings.capacity). */
  own?: { login: string; capacity: number | null };
}

export async function configure(input: ConfigInput, deps: Deps): Promise<ConfigResult> {
  const { key } = input;
  const team = deps.store.team;
  if (input.team && !team) throw needsTeam('config --team', deps.store.where);
  if (input.team && key !== 'capacity') throw new UserError(say().teamIsCapacity);
  // The binder's own settings: deps.settings holds the acting person's capacity on a team's binder (run.ts).
  const settings = team ? await deps.store.readSettings() : deps.settings;
  // A server binder used alone (its admin the one person on it) keeps one capacity, the binder's.
  const shared = team && (await team.people()).filter((person) => person.removedAt === null).length > 1 ? team : undefined;
  const own = shared?.me && { login: shared.login, capacity: shared.me.capacity };
  const unchanged = { binder: deps.store.where, settings, changed: null, already: null, change: null, dossiers: [], entries: [], ...(own && { own }) };
  if (key === undefined || input.values.length === 0) return unchanged;
  if (shared && key === 'capacity' && !input.team) {
    if (!own) throw new UserError(say().noOwnCapacity({ login: shared.login }));
    const capacity = change(key, input.values, deps).capacity ?? null;
    if (capacity === own.capacity) return { ...unchanged, already: key };
    await shared.setMyCapacity(capacity);
    return { ...unchanged, changed: key, own: { ...own, capacity } };
  }
  if (team && input.team) requireManager(team, 'config capacity --team');

  const set = change(key, input.values, deps);
  const valid = SETTINGS_SCHEMA.safeParse({ ...settings, ...set }, { error: inCrmWords });
  if (!valid.success) throw new UserError(`${key}: ${valid.error.issues[0]?.message ?? say().notValid}`);
  // The schema leaves the settings an older export lacks (calendar, language) optional: here every one is given.
  const data = { ...settings, ...valid.data } as BinderSettings;
  // The value it has already: nothing to write, and no step for crm undo to walk back.
  const same = (Object.keys(set) as (keyof BinderSettings)[]).every((field) => JSON.stringify(data[field]) === JSON.stringify(settings[field]));
  if (same) return { ...unchanged, already: key };
  const changed = await commitChange(deps, { command: 'config', summary: `${key} ${input.values.join(' ')}`, at: deps.now(), settings: data });
  const moved = key === 'timezone' ? await hoursMoved(deps) : 0;
  return { ...changed, binder: deps.store.where, settings: data, changed: key, already: null, ...(moved > 0 && { hoursMoved: moved }), ...(own && { own }) };
}

/**
 * The hours of filings are wall-clock times in the binder's zone: a new zone keeps them as they
 * read (15:00 stays 15:00) and so moves them in time. Counted, so that the listing says it and a
 * move of the binder's zone by mistake is seen (crm undo puts the zone back).
 */
async function hoursMoved({ store }: Deps): Promise<number> {
  return (await store.filedBetween('0000-01-01', '9999-12-31')).filter((dossier) => dossier.filedAt !== null).length;
}

function change(key: SettingKey, values: string[], deps: Deps): Partial<BinderSettings> {
  const [first = '', ...rest] = values;
  switch (key) {
    case 'workdays':
      return { workdays: parseWeekdays(values.join(',')) };
    case 'capacity': {
      if (['off', 'none', '0'].includes(first.toLowerCase())) return { capacity: null };
      const capacity = Number(first);
      if (!Number.isInteger(capacity) || capacity < 1) {
        throw new UserError(say().capacity({ typed: first }));
      }
      return { capacity };
    }
    case 'dividers': {
      if (first !== 'numbered' && first !== 'dated') {
        throw new UserError(say().dividers({ typed: first }));
      }
      const months = rest[0] === undefined ? deps.settings.datedMonths : Number(rest[0]);
      if (![1, 2, 3].includes(months)) throw new UserError(say().datedMonths({ typed: String(rest[0]) }));
      return { dividers: first, datedMonths: months };
    }
    case 'holidays':
      return { holidays: changeHolidays(first, rest, deps) };
    case 'outcome':
      return { outcomeNext: changeOutcomeNext(first, rest.join(' '), deps) };
    case 'attach-limit':
      return { attachLimit: parseSize(first) };
    case 'note-limit':
      return { noteLimit: parseSize(first) };
    case 'complaint-due':
      return { complaintDue: dateForm(values.join(' '), deps) };
    case 'complaint-follow-up':
      return { complaintFollowUp: dateForm(values.join(' '), deps) };
    case 'timezone':
      return { timezone: ['system', 'off', 'local'].includes(first.toLowerCase()) ? null : checkedZone(first) };
    case 'remind-within':
      return { remindWithin: parseSpanMinutes(values.join(' '), 'crm config remind-within 10m') };
    case 'language': {
      if (['system', 'off', 'local'].includes(first.toLowerCase())) return { language: null };
      const language = languageNamed(first);
      if (!language || language === 'qps') throw new UserError(say().language({ typed: first }));
      return { language };
    }
    case 'calendar': {
      const calendar = first.toLowerCase();
      if ((calendar !== 'gregorian' && calendar !== 'persian') || rest.length > 0) {
        throw new UserError(say().calendar({ typed: values.join(' ') }));
      }
      return { calendar };
    }
  }
}

function changeHolidays(action: string, dates: string[], deps: Deps): string[] {
  const current = new Set(deps.settings.holidays);
  if (action === 'clear') return [];
  if (action !== 'add' && action !== 'remove') {
    throw new UserError(say().holidays({ typed: action }));
  }
  if (dates.length === 0) throw new UserError(say().holidaysNeedDates({ action }));
  for (const text of dates) {
    const when = parseWhen(text, deps.today, deps.settings.calendar);
    if (when.kind !== 'day') throw new UserError(say().wholeMonth({ typed: text }));
    if (action === 'add') current.add(when.day);
    else current.delete(when.day);
  }
  return [...current].sort();
}

/** A date form kept as typed, checked now so that it can be read when it is used. */
function dateForm(when: string, deps: Deps): string {
  parseWhen(when, deps.today);
  return when;
}

/** `25MB`, `500KB`, `1GB` or a number of bytes. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(text.trim());
  if (!m) throw new UserError(say().notASize({ typed: text }));
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(m[2] ?? 'b').toLowerCase() as 'b' | 'kb' | 'mb' | 'gb'];
  return Math.round(Number(m[1]) * unit);
}

/** `crm config outcome no-answer tomorrow`, `... callback +2d`, `... voicemail off`. */
function changeOutcomeNext(outcome: string, when: string, deps: Deps): BinderSettings['outcomeNext'] {
  const known = OUTCOMES.find((o) => o === outcome);
  if (!known) throw new UserError(say().notAnOutcome({ typed: outcome, outcomes: OUTCOMES.join(', ') }));
  const next = { ...deps.settings.outcomeNext };
  if (when === '') throw new UserError(say().outcomeNeedsDate({ outcome: known }));
  if (when === 'off') {
    delete next[known];
    return next;
  }
  parseWhen(when, deps.today); // refuses a form crm log could not read later
  next[known] = when;
  return next;
}

/** `mon-fri`, `sun-thu`, `mon,wed,fri` or `mon tue wed`: weekday numbers, 0 = Sunday. */
export function parseWeekdays(text: string): number[] {
  const days = new Set<number>();
  for (const part of text.toLowerCase().split(/[\s,]+/).filter(Boolean)) {
    const [from, to] = part.split('-').map(weekdayIndex) as [number, number | undefined];
    if (to === undefined) days.add(from);
    else for (let day = from; ; day = (day + 1) % 7) {
      days.add(day);
      if (day === to) break;
    }
  }
  return [...days].sort((a, b) => a - b);
}

function weekdayIndex(name: string): number {
  // English as before (`tu`, `th` too); then any language's weekday word (pon-pt, пн-пт, شنبه-چهارشنبه).
  let index = name.length >= 2 ? WEEKDAY_NAMES.findIndex((full) => full.startsWith(name)) : -1;
  if (index < 0) {
    const word = dateWord(name);
    if (word?.kind === 'weekday') index = word.weekday;
  }
  if (index < 0) throw new UserError(say().notAWeekday({ typed: name }));
  return index;
}
