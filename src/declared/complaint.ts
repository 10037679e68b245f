// crm complaint: the declaration, its input schema, and what it runs.
import { COMPLAINT_RESOLVE } from '../binder/handle.js';
import type { ComplaintResult } from '../commands/complaints.js';
import { defineCommand, helpExamples } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';
import { inputOf, recordNumber, refuse, type Zod } from './input.js';

const say = messages('commandHelp', commandHelp);

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
  description: () => say().complaint.description,
  arguments: [
    { name: '<client>', description: () => say().complaint.client },
    { name: '<what>', description: () => say().complaint.what },
  ],
  options: [
    { flags: '--by <when>', description: () => say().complaint.by },
    { flags: '--note <text>', description: () => say().complaint.note },
    { flags: '--json', description: () => say().complaint.json },
  ],
  help: () => helpExamples(say().complaint.examples.open, say().complaint.examples.resolve, 'crm complaints'),
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
