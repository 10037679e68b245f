// Choosing what to postpone on a terminal: a checkbox list of today's stack, then where to.
import { prompt, yesNoAnswer, yesNoQuestion } from './ask.js';
import type { Day } from '../binder/day.js';
import type { DossierView } from '../commands/stack.js';
import type { BinderSettings } from '../binder/settings.js';
import { safe } from '../render/style.js';
import { describeNext } from './log.js';
import { messages } from '../i18n/catalogue.js';
import { prompts as english } from '../i18n/en/prompts.js';

const say = messages('prompts', english);

export async function pickToPostpone(stack: DossierView[], suggested: string[]): Promise<string[]> {
  const m = say().postpone;
  const { handles } = await prompt<{ handles: string[] }>([
    {
      type: 'checkbox',
      name: 'handles',
      message: m.which,
      pageSize: 15,
      choices: stack.map((d) => ({
        name: `${d.priority} ${safe(d.handle)}  ${safe(d.name)}${d.company ? ` · ${safe(d.company)}` : ''}${d.overdueDays > 0 ? `  ${m.daysOverdue({ days: d.overdueDays })}` : ''}`,
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
      message: say().postpone.whereTo,
      validate: (value: string) => (value.trim() === '' ? true : (describeNext(value, today, settings).error ?? true)),
    },
  ]);
  return where.trim() === '' ? null : where.trim();
}

export async function confirm(message: string, fallback = true): Promise<boolean> {
  const { yes } = await prompt<{ yes: string }>([yesNoQuestion('yes', safe(message), fallback)]);
  return yesNoAnswer(yes, fallback);
}
