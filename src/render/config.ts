import type { ConfigResult } from '../commands/config.js';
import { SETTING_DEFINITIONS, type BinderSettings, type SettingKey } from '../binder/settings.js';
import { formatSize } from '../binder/size.js';
import { whereSaid } from '../i18n/place.js';
import { messages } from '../i18n/catalogue.js';
import { settings as english } from '../i18n/en/settings.js';
import { inWeekOrder, longDay, paint, weekdayName } from './style.js';

const say = messages('settings', english);

/** Each setting's value as crm config shows it; a Record, so that no setting can be left out. */
const SHOWN: Record<SettingKey, (settings: BinderSettings) => string> = {
  workdays: (s) => inWeekOrder(s.workdays).map(weekdayName).join(' '),
  holidays: (s) => (s.holidays.length === 0 ? paint.dim(say().none) : s.holidays.map(longDay).join(say().separator)),
  capacity: (s) => (s.capacity === null ? paint.dim(say().noLimit) : say().perDay({ count: s.capacity })),
  dividers: (s) => (s.dividers === 'dated' ? say().dated({ months: s.datedMonths }) : say().numbered),
  outcome: (s) =>
    Object.keys(s.outcomeNext).length === 0
      ? paint.dim(say().noOutcomeDefaults)
      : Object.entries(s.outcomeNext).map(([outcome, when]) => say().outcomeNext({ outcome, when })).join(say().separator),
  'attach-limit': (s) => formatSize(s.attachLimit),
  'note-limit': (s) => formatSize(s.noteLimit),
  'complaint-due': (s) => s.complaintDue,
  'complaint-follow-up': (s) => s.complaintFollowUp,
  timezone: (s) => s.timezone ?? paint.dim(say().systems),
  'remind-within': (s) => say().minutes({ count: s.remindWithin }),
  language: (s) => s.language ?? paint.dim(say().systems),
  calendar: (s) => (s.calendar === 'persian' ? say().persian : say().gregorian),
};

export function renderConfig(result: ConfigResult): string {
  const { changed, already } = result;
  const m = say();
  const mark = (key: SettingKey) => (key === changed ? paint.green(` ${m.changed}`) : key === already ? paint.dim(` ${m.already}`) : '');
  const lines = [`${'binder'.padEnd(20)}${paint.dim(whereSaid(result.binder))}`, ...SETTING_DEFINITIONS.map(({ key }) => `${key.padEnd(20)}${shown(key, result)}${mark(key)}`)];
  if (result.hoursMoved) lines.push(paint.yellow(m.hoursMoved({ count: result.hoursMoved })));
  return `${lines.join('\n')}\n`;
}


/** A setting's value; on a team's binder the capacity is the acting person's own and the team's. */
function shown(key: SettingKey, result: ConfigResult): string {
  const value = SHOWN[key](result.settings);
  if (key !== 'capacity' || !result.own) return value;
  const m = say();
  const team = `${value} ${paint.dim(m.forTheTeam)}`;
  return result.own.capacity === null ? m.yoursTheTeams({ team, yours: paint.dim(m.theTeams) }) : m.yoursOwn({ own: m.perDay({ count: result.own.capacity }), team });
}
