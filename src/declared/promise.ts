// crm promise: the declaration, its input schema, and what it runs.
import { PROMISE_DONE } from '../binder/handle.js';
import { defineCommand, helpExamples, whenHelp } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';
import { inputOf, recordNumber, refuse, type Zod } from './input.js';

const say = messages('commandHelp', commandHelp);

/** Either the promise to keep, by its number, or the one to make, its date (--by) as typed, resolved when it runs. */
export const promiseInput = (z: Zod) =>
  z
    .object({
      args: z.tuple([z.string(), z.string()]),
      options: z.object({ by: z.string().optional(), theirs: z.boolean().default(false), exact: z.boolean().default(false) }),
    })
    .transform(({ args: [client, what], options: { by, theirs, exact } }, context) => {
      if (client === PROMISE_DONE) {
        const id = recordNumber(z, what);
        return id === undefined ? refuse(z, context, `"${what}" is not a promise number; crm promises lists them`) : { keep: { id } };
      }
      if (by === undefined) return refuse(z, context, `a promise needs its date: crm promise ${client} "${what}" --by fri`);
      if (what.trim() === '') return refuse(z, context, 'a promise needs its text: crm promise acme "send the price list" --by fri');
      return { make: { client, what, by, theirs, exact } };
    });

export const promise = defineCommand({
  name: 'promise',
  description: () => say().promise.description,
  arguments: [
    { name: '<client>', description: () => say().promise.client },
    { name: '<what>', description: () => say().promise.what },
  ],
  options: [
    { flags: '--by <when>', description: () => say().promise.by },
    { flags: '--theirs', description: () => say().promise.theirs },
    { flags: '--exact', description: () => say().promise.exact },
    { flags: '--json', description: () => say().promise.json },
  ],
  help: () => `${whenHelp()}\n${helpExamples(say().promise.examples.ours, say().promise.examples.theirs, 'crm promise done 4', 'crm promises')}`,
  run: (io, call) =>
    run(io, { ...call.globals, json: call.options.json }, 'write', async ({ deps }) => {
      const input = await inputOf(promiseInput, call);
      const promises = await import('../commands/promises.js');
      let result;
      if (input.keep) {
        result = await promises.keepPromise(input.keep, deps);
      } else {
        const { by, exact, ...promise } = input.make;
        const { filingFor } = await import('../binder/dates.js');
        result = await promises.makePromise({ ...promise, by: filingFor(by, deps, exact) }, deps);
      }
      const render = await import('../render/case.js');
      return call.options.json ? json(render.promiseJson(result)) : render.renderPromise(result.promise);
    }),
});
