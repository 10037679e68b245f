// crm edit: the declaration, and what it runs. The card's options are crm file's (card.ts).
import { CLIENT_ARGUMENT, defineCommand, examples } from '../hot/declare.js';
import { json, run } from '../run.js';
import { CARD_OPTIONS, cardFrom, reachFrom } from './card.js';

export const edit = defineCommand({
  name: 'edit',
  description: "change a client's card; every change is a history entry (no options on a terminal: the notes in $EDITOR)",
  arguments: [CLIENT_ARGUMENT],
  options: [{ flags: '--name <name>', description: "the client's name" }, ...CARD_OPTIONS, { flags: '--json', description: 'print what changed as JSON' }],
  help: examples(
    'crm edit acme --phone "+48 22 555 01 02" --stage client',
    'crm edit acme --add-phone "mobile:+48 601 234 567" --remove-phone home --add-email "home:anna@example.com"',
    'crm edit zolc --address "Panie Łukaszu" --pronunciation "WOO-kash ZHOOWCH"',
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
