// crm work: the declaration and what it runs (it takes no input: the session asks for everything).
import { defineCommand, helpExamples } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { refusals } from '../i18n/en/refusals.js';
import { run } from '../run.js';

const say = messages('commandHelp', commandHelp);
const refused = messages('refusals', refusals);

export const work = defineCommand({
  name: 'work',
  description: () => say().work.description,
  arguments: [],
  options: [],
  help: () => say().work.help({ examples: helpExamples('crm work') }),
  run: (io, call) =>
    // With no binder there is no stack to work, and nothing is created; what is logged is written.
    run(io, call.globals, { create: false, write: true }, async ({ deps }) => {
      const { UserError } = await import('../errors.js');
      if (!deps.ask) throw new UserError(refused().workNeedsTerminal);
      const { openLink } = await import('./opener.js');
      return (await import('../prompts/work.js')).workTheStack(deps, (uri) => openLink(uri, io.env));
    }),
});
