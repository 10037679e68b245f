// crm call: the declaration, its input schema, and what it runs: the number found (the handler),
// its tel: link opened with the desktop's opener (opener.ts), then, at a terminal, crm log's
// questions for the same client, asked by crm log's own handler.
import { CONTACT_LABELS } from '../binder/dossier.js';
import { atTerminal } from '../context.js';
import { CLIENT_ARGUMENT, defineCommand, helpExamples } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';
import { inputOf, refuse, type Zod } from './input.js';

const say = messages('commandHelp', commandHelp);

export const callInput = (z: Zod) =>
  z
    .object({ args: z.tuple([z.string()]), options: z.object({ number: z.string().optional() }) })
    .transform(({ args: [client], options: { number } }, context) => {
      if (number === undefined) return { client };
      const label = number.trim().toLowerCase();
      return label === '' ? refuse(z, context, `--number needs the label of one of the card's numbers: ${CONTACT_LABELS.join(', ')}`) : { client, label };
    });

export const call = defineCommand({
  name: 'call',
  description: () => say().call.description,
  arguments: [CLIENT_ARGUMENT],
  options: [
    { flags: '--number <label>', description: () => say().call.number({ labels: CONTACT_LABELS.join(', ') }) },
    { flags: '--json', description: () => say().call.json },
  ],
  help: () => say().call.help({ examples: helpExamples('crm call acme', 'crm call acme --number home', 'crm call acme --json') }),
  asks: true,
  run: (io, { args, options, globals }) => {
    // Only a call that goes on to crm log's questions writes (and so refuses a binder it cannot write, before dialling).
    const asks = atTerminal(io) && !options.json;
    return run(io, { ...globals, json: options.json }, asks ? { create: false, write: true, writableOnly: true } : 'read', async ({ deps, context, settings }) => {
      const input = await inputOf(callInput, { args, options });
      const { callClient } = await import('../commands/call.js');
      const render = await import('../render/call.js');
      const called = await callClient(input, deps);
      const dialled = await (await import('./opener.js')).openLink(called.uri, io.env);
      if (options.json) return json(render.callJson(called, dialled));
      if (!deps.ask) return render.renderCall(called, dialled, `crm log ${called.handle}`);
      // Said before the questions, which wait for the call to end.
      if (!globals.quiet) io.stdout.write(render.renderCall(called, dialled));
      const { logCall } = await import('../commands/log.js');
      const logged = await logCall({ client: called.handle, done: false, exact: false }, deps);
      return (await import('../render/changes.js')).renderLogged(logged, context.today, settings);
    });
  },
});
