// crm attach: the declaration, its input schema, and what it runs.
import { CLIENT_ARGUMENT, defineCommand, helpExamples } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';
import { inputOf, type Zod } from './input.js';

const say = messages('commandHelp', commandHelp);

export const attachInput = (z: Zod) =>
  z
    .object({ args: z.tuple([z.string(), z.array(z.string())]), options: z.object({ link: z.string().optional() }) })
    .transform(({ args: [client, files], options: { link } }) => ({ client, files, link }));

export const attach = defineCommand({
  name: 'attach',
  description: () => say().attach.description,
  arguments: [CLIENT_ARGUMENT, { name: '[files...]', description: () => say().attach.files }],
  options: [
    { flags: '--link <url|path>', description: () => say().attach.link },
    { flags: '--json', description: () => say().attach.json },
  ],
  help: () => helpExamples('crm attach acme offer-2026-11.pdf prices.xlsx', 'crm attach acme --link https://drive.example.com/acme-contract', 'crm docs acme'),
  run: (io, call) =>
    run(io, { ...call.globals, json: call.options.json }, 'write', async ({ deps }) => {
      const input = await inputOf(attachInput, call);
      const { attachDocuments } = await import('../commands/documents.js');
      const result = await attachDocuments(input, deps);
      const render = await import('../render/case.js');
      if (call.options.json) return json(render.attachedJson(result));
      const handle = result.dossiers[0]?.handle ?? input.client;
      return render.renderDocuments(handle, result.attached, true);
    }),
});
