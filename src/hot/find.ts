// crm find: the declaration both parsers read, and what it runs.
import { json, run } from '../run.js';
import { defineCommand, examples, SCOPE_OPTIONS, scopeAsked } from './declare.js';

export const find = defineCommand({
  name: 'find',
  description: 'search cards (handle, name, position, company, phone, e-mail, notes) and histories (notes, offers, form answers): every word, in any order',
  arguments: [{ name: '<text...>', description: "the words to look for, each anywhere in the dossier; case, accents and the digits' script do not matter" }],
  options: [{ flags: '--json', description: 'print the dossiers found, and where each matched, as JSON' }, ...SCOPE_OPTIONS],
  help: examples('crm find nowak', 'crm find nowak anna', 'crm find zamowienie', 'crm find 601234', 'crm find петр'),
  run: (io, { args: [words], options, globals }) =>
    run(io, { ...globals, json: options.json, scope: scopeAsked('find', options) }, 'read', async ({ deps, context }) => {
      const { findDossiers } = await import('../commands/find.js');
      const result = await findDossiers({ text: (words as string[]).join(' ') }, deps);
      if (options.json) return json(result);
      return (await import('../render/list.js')).renderFind(result, context.today);
    }),
});
