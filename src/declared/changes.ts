// crm changes: the declaration, the schema that reads --limit, and what it runs.
import { defineCommand, helpExamples } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { refusals } from '../i18n/en/refusals.js';
import { json, run } from '../run.js';
import { inputOf, type InputSchema } from './input.js';

const say = messages('commandHelp', commandHelp);
const refused = messages('refusals', refusals);

/** --limit: a whole number above 0, as Number reads it. */
export const changesInput: InputSchema<{ limit: number }> = (z) =>
  z.object({
    limit: z
      .string()
      .refine((text) => Number.isInteger(Number(text)) && Number(text) >= 1, { error: (issue) => refused().limitNotWhole({ typed: String(issue.input) }) })
      .transform(Number),
  });

export const changes = defineCommand({
  name: 'changes',
  description: () => say().changes.description,
  arguments: [],
  options: [
    { flags: '--limit <n>', description: () => say().changes.limit, default: '20' },
    { flags: '--all', description: () => say().changes.all },
    { flags: '--json', description: () => say().changes.json },
  ],
  help: () => helpExamples('crm changes', 'crm changes --limit 5 --json', 'crm changes --all'),
  run: (io, { options, globals }) =>
    run(io, { ...globals, json: options.json }, 'read', async ({ deps, context }) => {
      const input = { ...(await inputOf(changesInput, { limit: options.limit })), all: options.all === true };
      const result = await (await import('../commands/undo.js')).recentChanges(input, deps, context.dbPath);
      return options.json ? json(result) : (await import('../render/changes.js')).renderChanges(result.changes, deps.store.team, input.all);
    }),
});
