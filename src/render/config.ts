import type { ConfigResult } from '../commands/config.js';
import { SETTING_DEFINITIONS, type BinderSettings, type SettingKey } from '../binder/settings.js';
import { formatSize } from '../binder/size.js';
import { whereSaid } from '../i18n/place.js';
import { inWeekOrder, longDay, paint, weekdayName } from './style.js';

/** Each setting's value as crm config shows it; a Record, so that no setting can be left out. */
const SHOWN: Record<SettingKey, (settings: BinderSettings) => string> = {
  workdays: (s) => inWeekOrder(s.workdays).map(weekdayName).join(' '),
  holidays: (s) => (s.holidays.length === 0 ? paint.dim('none') : s.holidays.map(longDay).join(', ')),
  capacity: (s) => (s.capacity === null ? paint.dim('no limit') : `${s.capacity} a day`),
  dividers: (s) => (s.dividers === 'dated' ? `dated, ${s.datedMonths} month(s) ahead` : 'numbered 1-31'),
  outcome: (s) =>
    Object.keys(s.outcomeNext).length === 0
      ? paint.dim('no defaults for crm log')
      : Object.entries(s.outcomeNext).map(([outcome, when]) => `${outcome} → ${when}`).join(', '),
  'attach-limit': (s) => formatSize(s.attachLimit),
  'note-limit': (s) => formatSize(s.noteLimit),
  'complaint-due': (s) => s.complaintDue,
  'complaint-follow-up': (s) => s.complaintFollowUp,
  timezone: (s) => s.timezone ?? paint.dim('the system\'s'),
  'remind-within': (s) => `${s.remindWithin} min`,
  language: (s) => s.language ?? paint.dim('the system\'s'),
  calendar: (s) => (s.calendar === 'persian' ? 'persian (Jalali dividers, weeks from Saturday)' : 'gregorian'),
};

export function renderConfig(result: ConfigResult): string {
  const { changed, already } = result;
  const mark = (key: SettingKey) => (key === changed ? paint.green(' (changed)') : key === already ? paint.dim(' (already so: nothing changed)') : '');
  const lines = [`${'binder'.padEnd(20)}${paint.dim(whereSaid(result.binder))}`, ...SETTING_DEFINITIONS.map(({ key }) => `${key.padEnd(20)}${shown(key, result)}${mark(key)}`)];
  if (result.warning) lines.push(paint.yellow(`${result.warning}.`));
  return `${lines.join('\n')}\n`;
}

/** A setting's value; on a team's binder the capacity is the acting person's own and the team's. */
function shown(key: SettingKey, result: ConfigResult): string {
  const value = SHOWN[key](result.settings);
  if (key !== 'capacity' || !result.own) return value;
  const team = `${value} ${paint.dim('for the team (crm config capacity <n> --team)')}`;
  return result.own.capacity === null ? `${team}; yours: ${paint.dim("the team's")}` : `${result.own.capacity} a day, yours; ${team}`;
}
