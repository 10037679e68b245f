// crm promise: the declaration, its input schema, and what it runs.
import { PROMISE_DONE } from '../binder/handle.js';
import { defineCommand, examples, WHEN_HELP } from '../hot/declare.js';
import { json, run } from '../run.js';
import { inputOf, recordNumber, refuse, type Zod } from './input.js';

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
  description: 'record a commitment with a date, ours or the client\'s; "crm promise done <id>" when it is kept',
  arguments: [
    { name: '<client>', description: 'a handle or prefix; or "done" to mark a promise kept' },
    { name: '<what>', description: 'what was promised; after "done": the promise\'s number' },
  ],
  options: [
    { flags: '--by <when>', description: 'the date it is due (see Dates)' },
    { flags: '--theirs', description: "the client's promise, not ours" },
    { flags: '--exact', description: 'keep a day off instead of moving to the next working day' },
    { flags: '--json', description: 'print what changed as JSON, with "promise"' },
  ],
  help: `${WHEN_HELP}\n${examples('crm promise acme "send the price list" --by fri', 'crm promise acme "decide on the offer" --by 10 --theirs', 'crm promise done 4', 'crm promises')}`,
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
