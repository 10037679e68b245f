import type { ConfigResult } from '../commands/config.js';
import { WEEKDAY_NAMES } from '../binder/settings.js';
import { formatSize } from '../binder/size.js';
import { longDay, paint } from './style.js';

export function renderConfig(result: ConfigResult): string {
  const { settings, changed } = result;
  const mark = (key: string) => (key === changed ? paint.green(' (changed)') : '');
  const days = settings.workdays.map((d) => (WEEKDAY_NAMES[d] ?? '').slice(0, 3)).join(' ');
  const lines = [
    `${'workdays'.padEnd(20)}${days}${mark('workdays')}`,
    `${'holidays'.padEnd(20)}${settings.holidays.length === 0 ? paint.dim('none') : settings.holidays.map(longDay).join(', ')}${mark('holidays')}`,
    `${'capacity'.padEnd(20)}${settings.capacity === null ? paint.dim('no limit') : `${settings.capacity} a day`}${mark('capacity')}`,
    `${'dividers'.padEnd(20)}${settings.dividers === 'dated' ? `dated, ${settings.datedMonths} month(s) ahead` : 'numbered 1-31'}${mark('dividers')}`,
    `${'outcome'.padEnd(20)}${
      Object.keys(settings.outcomeNext).length === 0
        ? paint.dim('no defaults for crm log')
        : Object.entries(settings.outcomeNext).map(([outcome, when]) => `${outcome} → ${when}`).join(', ')
    }${mark('outcome')}`,
    `${'attach-limit'.padEnd(20)}${formatSize(settings.attachLimit)}${mark('attach-limit')}`,
    `${'complaint-due'.padEnd(20)}${settings.complaintDue}${mark('complaint-due')}`,
    `${'complaint-follow-up'.padEnd(20)}${settings.complaintFollowUp}${mark('complaint-follow-up')}`,
  ];
  return `${lines.join('\n')}\n`;
}

