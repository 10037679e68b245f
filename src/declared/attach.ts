// crm attach: the declaration, its input schema, and what it runs.
import { CLIENT_ARGUMENT, defineCommand, examples } from '../hot/declare.js';
import { json, run } from '../run.js';
import { inputOf, type Zod } from './input.js';

export const attachInput = (z: Zod) =>
  z
    .object({ args: z.tuple([z.string(), z.array(z.string())]), options: z.object({ link: z.string().optional() }) })
    .transform(({ args: [client, files], options: { link } }) => ({ client, files, link }));

export const attach = defineCommand({
  name: 'attach',
  description: 'keep documents of the case in the dossier: offers, e-mails, calculations, schedules',
  arguments: [CLIENT_ARGUMENT, { name: '[files...]', description: 'the files to store inside the binder (one file to back up or hand over)' }],
  options: [
    { flags: '--link <url|path>', description: 'store a reference instead of the file' },
    { flags: '--json', description: 'print what changed as JSON, with "attached"' },
  ],
  help: examples('crm attach acme offer-2026-11.pdf prices.xlsx', 'crm attach acme --link https://drive.example.com/acme-contract', 'crm docs acme'),
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
