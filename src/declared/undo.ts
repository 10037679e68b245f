// crm undo: the declaration, and what it runs (it takes nothing to read: no schema).
import { defineCommand, examples } from '../hot/declare.js';
import { json, run } from '../run.js';

export const undo = defineCommand({
  name: 'undo',
  description: 'take back the last change to the binder, as a whole (a bulk move is one change); repeat to go further',
  arguments: [],
  options: [{ flags: '--json', description: 'print {"undone": change or null, "next": change or null}' }],
  help: examples('crm undo', 'crm changes'),
  run: (io, { options, globals }) =>
    // Writes, but with no binder there is nothing to take back, and nothing is created.
    run(io, { ...globals, json: options.json }, { create: false, write: true }, async ({ deps }) => {
      const result = await (await import('../commands/undo.js')).undoLast(deps);
      return options.json ? json(result) : (await import('../render/changes.js')).renderUndo(result);
    }),
});
