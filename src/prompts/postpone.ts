// Choosing what to postpone on a terminal: a checkbox list of today's stack, then where to.
import { prompt, yesNoAnswer, yesNoQuestion } from './ask.js';
import type { Day } from '../binder/day.js';
import type { DossierView } from '../commands/stack.js';
import type { BinderSettings } from '../binder/settings.js';
import { safe } from '../render/style.js';
import { describeNext } from './log.js';

export async function pickToPostpone(stack: DossierView[], suggested: string[]): Promise<string[]> {
  const { handles } = await prompt<{ handles: string[] }>([
    {
      type: 'checkbox',
      name: 'handles',
      message: 'Postpone which dossiers? (space to tick, enter to go on)',
      pageSize: 15,
      choices: stack.map((d) => ({
        name: `${d.priority} ${safe(d.handle)}  ${safe(d.name)}${d.company ? ` · ${safe(d.company)}` : ''}${d.overdueDays > 0 ? `  (${d.overdueDays}d overdue)` : ''}`,
        value: d.handle,
        checked: suggested.includes(d.handle),
      })),
    },
  ]);
  return handles;
}

/** A date form for all of them, or null for the nearest coming working days with room. */
export async function askWhereTo(today: Day, settings: BinderSettings): Promise<string | null> {
  const { where } = await prompt<{ where: string }>([
    {
      type: 'input',
      name: 'where',
      message: 'Where to? (a date such as fri or +1w; Enter: the nearest working days with room)',
      validate: (value: string) => (value.trim() === '' ? true : (describeNext(value, today, settings).error ?? true)),
    },
  ]);
  return where.trim() === '' ? null : where.trim();
}

export async function confirm(message: string, fallback = true): Promise<boolean> {
  const { yes } = await prompt<{ yes: string }>([yesNoQuestion('yes', safe(message), fallback)]);
  return yesNoAnswer(yes, fallback);
}
