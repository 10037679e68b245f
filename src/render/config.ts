import type { ConfigResult } from '../commands/config.js';
import { WEEKDAY_NAMES } from '../binder/settings.js';
import { longDay, paint } from './style.js';

export function renderConfig(result: ConfigResult): string {
  const { settings, changed } = result;
  const mark = (key: string) => (key === changed ? paint.green(' (changed)') : '');
  const days = settings.workdays.map((d) => (WEEKDAY_NAMES[d] ?? '').slice(0, 3)).join(' ');
  const lines = [
    `${'workdays'.padEnd(10)}${days}${mark('workdays')}`,
    `${'holidays'.padEnd(10)}${settings.holidays.length === 0 ? paint.dim('none') : settings.holidays.map(longDay).join(', ')}${mark('holidays')}`,
    `${'capacity'.padEnd(10)}${settings.capacity === null ? paint.dim('no limit') : `${settings.capacity} a day`}${mark('capacity')}`,
    `${'dividers'.padEnd(10)}${settings.dividers === 'dated' ? `dated, ${settings.datedMonths} month(s) ahead` : 'numbered 1-31'}${mark('dividers')}`,
    `${'outcome'.padEnd(10)}${
      Object.keys(settings.outcomeNext).length === 0
        ? paint.dim('no defaults for crm log')
        : Object.entries(settings.outcomeNext).map(([outcome, when]) => `${outcome} → ${when}`).join(', ')
    }${mark('outcome')}`,
  ];
  return `${lines.join('\n')}\n`;
}
