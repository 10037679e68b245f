// crm changes: the declaration, the schema that reads --limit, and what it runs.
import { defineCommand, examples } from '../hot/declare.js';
import { json, run } from '../run.js';
import { inputOf, type InputSchema } from './input.js';

/** --limit: a whole number above 0, as Number reads it. */
export const changesInput: InputSchema<{ limit: number }> = (z) =>
  z.object({
    limit: z
      .string()
      .refine((text) => Number.isInteger(Number(text)) && Number(text) >= 1, { error: (issue) => `--limit "${String(issue.input)}" is not a whole number above 0; try --limit 10` })
      .transform(Number),
  });

export const changes = defineCommand({
  name: 'changes',
  description: 'the recent changes to the binder, newest first: what crm undo would walk back',
  arguments: [],
  options: [
    { flags: '--limit <n>', description: 'how many to list', default: '20' },
    { flags: '--all', description: "a team's binder: everyone's changes, with who made each (a manager)" },
    { flags: '--json', description: 'print {"changes": [{"id", "at", "command", "summary"}]} ("by", the login, with --all)' },
  ],
  help: examples('crm changes', 'crm changes --limit 5 --json', 'crm changes --all'),
  run: (io, { options, globals }) =>
    run(io, { ...globals, json: options.json }, 'read', async ({ deps, context }) => {
      const input = { ...(await inputOf(changesInput, { limit: options.limit })), all: options.all === true };
      const result = await (await import('../commands/undo.js')).recentChanges(input, deps, context.dbPath);
      return options.json ? json(result) : (await import('../render/changes.js')).renderChanges(result.changes, deps.store.team, input.all);
    }),
});
