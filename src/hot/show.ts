// crm show: the declaration both parsers read, and what it runs.
import { json, run } from '../run.js';
import { CLIENT_ARGUMENT, defineCommand, helpExamples, sayHelp } from './declare.js';

export const show = defineCommand({
  name: 'show',
  description: () => sayHelp().show.description,
  arguments: [CLIENT_ARGUMENT],
  options: [
    { flags: '--json', description: () => sayHelp().show.json },
    { flags: '--format <format>', description: () => sayHelp().show.format, choices: ['markdown', 'html'] },
  ],
  help: () => helpExamples('crm show acme', 'crm show zolc', 'crm show acme --json | jq ".history"', 'crm show acme --format html > acme.html'),
  run: (io, { args: [client], options, globals }) =>
    run(io, { ...globals, json: options.json }, 'read', async ({ deps, context, settings }) => {
      const { showDossier } = await import('../commands/show.js');
      const result = await showDossier({ client: client as string }, deps);
      if (options.json) return json(result.dossier);
      if (options.format) {
        const sheet = await import('../render/sheet.js');
        return options.format === 'html' ? sheet.renderHtml(result, context.today) : sheet.renderMarkdown(result, context.today);
      }
      return (await import('../render/dossier.js')).renderShow(result, context.today, settings);
    }),
});
