// crm review: the declaration, the schema that reads which day, and what it runs.
import { defineCommand, helpExamples, SCOPE_OPTIONS, scopeAsked } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';
import { inputOf, type InputSchema } from './input.js';

const say = messages('commandHelp', commandHelp);

/** The day as typed, read backward: --days-ago n is the form -nd, in place of the argument. */
export const reviewInput: InputSchema<{ when: string; week: boolean }> = (z) =>
  z
    .object({ when: z.string(), daysAgo: z.string().optional(), week: z.boolean().default(false) })
    .transform(({ when, daysAgo, week }) => ({ when: daysAgo === undefined ? when : `-${daysAgo}d`, week }));

export const review = defineCommand({
  name: 'review',
  description: () => say().review.description,
  arguments: [{ name: '[when]', description: () => say().review.when, default: 'today' }],
  options: [
    { flags: '--week', description: () => say().review.week },
    { flags: '--days-ago <n>', description: () => say().review.daysAgo },
    { flags: '--json', description: () => say().review.json },
    ...SCOPE_OPTIONS,
  ],
  help: () => {
    const { examples } = say().review;
    return helpExamples('crm review', examples.yesterday, examples.friday, 'crm review --days-ago 3', 'crm review --week', examples.week, 'crm review 2026-11-20 --json');
  },
  run: (io, { args: [when], options, globals }) =>
    run(io, { ...globals, json: options.json, scope: scopeAsked('review', options) }, 'read', async ({ deps }) => {
      const input = await inputOf(reviewInput, { when, daysAgo: options.daysAgo, week: options.week });
      const { reviewPeriod } = await import('../binder/dates.js');
      const result = await (await import('../commands/review.js')).review(reviewPeriod(input.when, input.week, deps.today, deps.settings.calendar), deps);
      return options.json ? json({ ...result, team: undefined }) : (await import('../render/case.js')).renderReview(result);
    }),
});
