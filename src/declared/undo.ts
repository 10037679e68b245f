// crm undo: the declaration, and what it runs (it takes nothing to read: no schema).
import { defineCommand, helpExamples } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';

const say = messages('commandHelp', commandHelp);

export const undo = defineCommand({
  name: 'undo',
  description: () => say().undo.description,
  arguments: [],
  options: [{ flags: '--json', description: () => say().undo.json }],
  help: () => helpExamples('crm undo', 'crm changes'),
  run: (io, { options, globals }) =>
    // Writes, but with no binder there is nothing to take back, and nothing is created.
    run(io, { ...globals, json: options.json }, { create: false, write: true }, async ({ deps }) => {
      const result = await (await import('../commands/undo.js')).undoLast(deps);
      return options.json ? json(result) : (await import('../render/changes.js')).renderUndo(result);
    }),
});
