// crm postpone: the declaration, its input schema, and its flow: plan, show, confirm, apply.
import type { Changed } from '../commands/change.js';
import { defineCommand, helpExamples } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { prompts } from '../i18n/en/prompts.js';
import { refusals } from '../i18n/en/refusals.js';
import type { PostponeState } from '../render/changes.js';
import { json, run } from '../run.js';
import { inputOf, refuse, type Zod } from './input.js';

const say = messages('commandHelp', commandHelp);
const refused = messages('refusals', refusals);
const asked = messages('prompts', prompts);

/** The handler's input but the date: --to as typed, resolved against the binder when it runs. */
export const postponeInput = (z: Zod) =>
  z
    .object({
      args: z.tuple([z.array(z.string())]),
      options: z.object({
        to: z.string().optional(),
        auto: z.boolean().default(false),
        yes: z.boolean().default(false),
        dryRun: z.boolean().default(false),
        exact: z.boolean().default(false),
      }),
    })
    .transform(({ args: [clients], options }, context) => {
      if (options.auto && clients.length > 0) return refuse(z, context, refused().postponeHandlesOrAuto);
      return { clients, ...options };
    });

export const postpone = defineCommand({
  name: 'postpone',
  description: () => say().postpone.description,
  arguments: [{ name: '[clients...]', description: () => say().postpone.clients }],
  options: [
    { flags: '--to <when>', description: () => say().postpone.to },
    { flags: '--auto', description: () => say().postpone.auto },
    { flags: '--yes', description: () => say().postpone.yes },
    { flags: '--dry-run', description: () => say().postpone.dryRun },
    { flags: '--exact', description: () => say().postpone.exact },
    { flags: '--json', description: () => say().postpone.json },
  ],
  help: () => helpExamples('crm postpone', 'crm postpone rahimi iwanow', 'crm postpone rahimi --to fri', 'crm postpone --auto', 'crm postpone --auto --yes', 'crm postpone --auto --dry-run'),
  run: (io, call) =>
    run(io, { ...call.globals, json: call.options.json }, 'write', async ({ deps }) => {
      const { to, yes, dryRun, ...input } = await inputOf(postponeInput, call);
      const { filingFor } = await import('../binder/dates.js');
      const { planPostpone, applyPostpone } = await import('../commands/postpone.js');
      const { postponeJson, renderConfirmed, renderPostponePlan } = await import('../render/changes.js');
      const plan = await planPostpone({ ...input, ...(to !== undefined && { to: filingFor(to, deps, input.exact) }) }, deps);
      const answer = (state: PostponeState, changed?: Changed) =>
        call.options.json ? json(postponeJson(plan, state, changed)) : renderPostponePlan(plan, state, changed, deps.today);
      if (plan.plan.length === 0) return answer('nothing');
      if (dryRun) return answer('dry-run');
      if (input.auto && !yes && !deps.ask) {
        const { UserError } = await import('../errors.js');
        throw new UserError(refused().autoNeedsYes);
      }
      if (input.auto && !yes && deps.ask) {
        // The plan is shown before it is confirmed; the answer after it is then one line.
        if (!call.options.json) io.stdout.write(renderPostponePlan(plan, 'plan'));
        if (!(await deps.ask.confirm(asked().postpone.applyPlan))) return call.options.json ? answer('declined') : renderConfirmed(plan, false);
        const changed = await applyPostpone(plan, deps);
        return call.options.json ? answer('applied', changed) : renderConfirmed(plan, true, changed, deps.today);
      }
      return answer('applied', await applyPostpone(plan, deps));
    }),
});
