// crm edit: the declaration, and what it runs. The card's options are crm file's (card.ts).
import { CLIENT_ARGUMENT, defineCommand, helpExamples } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';
import { CARD_OPTIONS, cardFrom, reachFrom } from './card.js';

const say = messages('commandHelp', commandHelp);

export const edit = defineCommand({
  name: 'edit',
  description: () => say().edit.description,
  arguments: [CLIENT_ARGUMENT],
  options: [{ flags: '--name <name>', description: () => say().edit.name }, ...CARD_OPTIONS, { flags: '--json', description: () => say().edit.json }],
  help: () => helpExamples(
    'crm edit acme --phone "+48 22 555 01 02" --stage client',
    'crm edit acme --add-phone "mobile:+48 601 234 567" --remove-phone home --add-email "home:anna@example.com"',
    say().edit.examples.address,
    'crm edit acme --every 2w',
    'crm edit acme',
  ),
  run: (io, { args: [client], options, globals }) =>
    run(io, { ...globals, json: options.json }, 'write', async ({ deps }) => {
      const { editCard } = await import('../commands/edit.js');
      const editNotes = deps.ask ? async (current: string) => (await import('../prompts/editor.js')).editText(current) : undefined;
      const result = await editCard({ client: client as string, card: cardFrom(options), reach: reachFrom(options), ...(editNotes && { editNotes }) }, deps);
      if (options.json) return json((await import('../render/changes.js')).changedJson(result));
      return (await import('../render/case.js')).renderEdited(result);
    }),
});
