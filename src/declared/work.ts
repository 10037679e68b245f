// crm work: the declaration and what it runs (it takes no input: the session asks for everything).
import { defineCommand, examples } from '../hot/declare.js';
import { run } from '../run.js';

export const work = defineCommand({
  name: 'work',
  description: "the morning session on a terminal: today's stack one card at a time (log, call, postpone, skip, history, quit)",
  arguments: [],
  options: [],
  help: `\nWhat is logged or postponed is written at once: quit any time, and crm work again goes on.\n${examples('crm work')}`,
  run: (io, call) =>
    // With no binder there is no stack to work, and nothing is created; what is logged is written.
    run(io, call.globals, { create: false, write: true }, async ({ deps }) => {
      const { UserError } = await import('../errors.js');
      if (!deps.ask) throw new UserError('work needs a terminal; from a script use crm today --json and crm log');
      const { openLink } = await import('./opener.js');
      return (await import('../prompts/work.js')).workTheStack(deps, (uri) => openLink(uri, io.env));
    }),
});
