// crm review: the declaration, the schema that reads which day, and what it runs.
import { defineCommand, examples, SCOPE_OPTIONS, scopeAsked } from '../hot/declare.js';
import { json, run } from '../run.js';
import { inputOf, type InputSchema } from './input.js';

/** The day as typed, read backward: --days-ago n is the form -nd, in place of the argument. */
export const reviewInput: InputSchema<{ when: string; week: boolean }> = (z) =>
  z
    .object({ when: z.string(), daysAgo: z.string().optional(), week: z.boolean().default(false) })
    .transform(({ when, daysAgo, week }) => ({ when: daysAgo === undefined ? when : `-${daysAgo}d`, week }));

export const review = defineCommand({
  name: 'review',
  description: 'the day in review: calls by outcome, planned versus done, what slipped, promises, complaints',
  arguments: [{ name: '[when]', description: 'the day, read backward: today (default), yesterday, fri (the latest Friday), 7 or dec 7 (the latest 7th), -3d, 2026-11-20', default: 'today' }],
  options: [
    { flags: '--week', description: 'the week of that day: Monday to Sunday, or Saturday to Friday in a Persian-calendar binder' },
    { flags: '--days-ago <n>', description: 'the day n days before today' },
    { flags: '--json', description: 'print the figures as JSON' },
    ...SCOPE_OPTIONS,
  ],
  help: examples('crm review', 'crm review yesterday', 'crm review fri', 'crm review --days-ago 3', 'crm review --week', 'crm review --week "dec 7"', 'crm review 2026-11-20 --json'),
  run: (io, { args: [when], options, globals }) =>
    run(io, { ...globals, json: options.json, scope: scopeAsked('review', options) }, 'read', async ({ deps }) => {
      const input = await inputOf(reviewInput, { when, daysAgo: options.daysAgo, week: options.week });
      const { reviewPeriod } = await import('../binder/dates.js');
      const result = await (await import('../commands/review.js')).review(reviewPeriod(input.when, input.week, deps.today, deps.settings.calendar), deps);
      return options.json ? json({ ...result, team: undefined }) : (await import('../render/case.js')).renderReview(result);
    }),
});
