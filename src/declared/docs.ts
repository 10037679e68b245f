// crm docs: the declaration, its input schema, and what it runs.
import { CLIENT_ARGUMENT, defineCommand, helpExamples } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';
import { inputOf, type Zod } from './input.js';

const say = messages('commandHelp', commandHelp);

/** Without --get, the dossier's documents to list; with it, the one to write out, and where. */
export const docsInput = (z: Zod) =>
  z
    .object({
      args: z.tuple([z.string()]),
      options: z.object({ get: z.string().optional(), output: z.string().optional(), force: z.boolean().default(false) }),
    })
    .transform(({ args: [client], options: { get, output, force } }) =>
      get === undefined ? { client } : { client, get: { name: get, output, force } },
    );

export const docs = defineCommand({
  name: 'docs',
  description: () => say().docs.description,
  arguments: [CLIENT_ARGUMENT],
  options: [
    { flags: '--get <name>', description: () => say().docs.get },
    { flags: '-o, --output <path>', description: () => say().docs.output },
    { flags: '--force', description: () => say().docs.force },
    { flags: '--json', description: () => say().docs.json },
  ],
  help: () => helpExamples('crm docs acme', 'crm docs acme --get offer-2026-11.pdf', 'crm docs acme --get prices.xlsx -o /tmp/prices.xlsx', 'crm docs acme --get notes.txt -o -'),
  run: (io, call) =>
    run(io, { ...call.globals, json: call.options.json }, 'read', async ({ deps }) => {
      const { client, get } = await inputOf(docsInput, call);
      const documents = await import('../commands/documents.js');
      const render = await import('../render/case.js');
      if (get === undefined) {
        const result = await documents.listDocuments({ client }, deps);
        return call.options.json ? json(result) : render.renderDocuments(result.handle, result.documents);
      }
      if (get.output === '-') {
        // The document's bytes are the output, --quiet or not.
        io.stdout.write(documents.storedContent((await documents.getDocument({ client, name: get.name }, deps)).document));
        return '';
      }
      const saved = await documents.saveDocument({ client, ...get }, deps);
      return call.options.json ? json(render.savedJson(saved)) : render.renderSaved(saved);
    }),
});
