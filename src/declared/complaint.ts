// crm complaint: the declaration, its input schema, and what it runs.
import { COMPLAINT_RESOLVE } from '../binder/handle.js';
import type { ComplaintResult } from '../commands/complaints.js';
import { defineCommand, examples } from '../hot/declare.js';
import { json, run } from '../run.js';
import { inputOf, recordNumber, refuse, type Zod } from './input.js';

/** Either the complaint to resolve, by its number, or the one to open, its date (--by) as typed, resolved when it runs. */
export const complaintInput = (z: Zod) =>
  z
    .object({ args: z.tuple([z.string(), z.string()]), options: z.object({ by: z.string().optional(), note: z.string().default('') }) })
    .transform(({ args: [client, what], options: { by, note } }, context) => {
      if (client === COMPLAINT_RESOLVE) {
        const id = recordNumber(z, what);
        return id === undefined ? refuse(z, context, `"${what}" is not a complaint number; crm complaints lists them`) : { resolve: { id, note } };
      }
      if (what.trim() === '') return refuse(z, context, 'a complaint needs its text: crm complaint acme "delivery two weeks late"');
      return { open: { client, what, by } };
    });

export const complaint = defineCommand({
  name: 'complaint',
  description: 'open a complaint with a target date; "crm complaint resolve <id> --note" closes it and files a follow-up',
  arguments: [
    { name: '<client>', description: 'a handle or prefix; or "resolve" to close a complaint' },
    { name: '<what>', description: 'what the complaint is; after "resolve": its number' },
  ],
  options: [
    { flags: '--by <when>', description: 'the target date (default: the next working day; crm config complaint-due)' },
    { flags: '--note <text>', description: 'with resolve: how it was resolved' },
    { flags: '--json', description: 'print what changed as JSON, with "complaint"' },
  ],
  help: examples('crm complaint acme "delivery two weeks late"', 'crm complaint resolve 3 --note "replaced the parts, 10% off the next order"', 'crm complaints'),
  run: (io, call) =>
    run(io, { ...call.globals, json: call.options.json }, 'write', async ({ deps }) => {
      const input = await inputOf(complaintInput, call);
      const complaints = await import('../commands/complaints.js');
      const render = await import('../render/case.js');
      let result: ComplaintResult;
      if (input.resolve) {
        result = await complaints.resolveComplaint(input.resolve, deps);
      } else {
        const { by, ...complaint } = input.open;
        const { filingFor } = await import('../binder/dates.js');
        result = await complaints.openComplaint({ ...complaint, ...(by !== undefined && { by: filingFor(by, deps) }) }, deps);
      }
      return call.options.json ? json(render.complaintJson(result)) : render.renderComplaint(result.complaint, result.followUp);
    }),
});
