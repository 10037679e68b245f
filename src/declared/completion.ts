// crm completion: the declaration, and what it runs: a script written from the whole command
// tree commander built, which the declaration asks for (program).
import { defineCommand } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import type { Shell } from '../completion.js';

const say = messages('commandHelp', commandHelp);

/** Where each shell loads the script from: typed as it is, in any language. */
const LOAD_LINES = [
  "    bash   echo 'source <(crm completion bash)' >> ~/.bashrc",
  "    zsh    echo 'source <(crm completion zsh)' >> ~/.zshrc",
  '    fish   crm completion fish > ~/.config/fish/completions/crm.fish',
].join('\n');

export const completion = defineCommand({
  name: 'completion',
  description: () => say().completion.description,
  arguments: [{ name: '<shell>', description: () => say().completion.shell, choices: ['bash', 'zsh', 'fish'] }],
  options: [],
  help: () => say().completion.help({ lines: LOAD_LINES }),
  program: true,
  run: async (io, { args: [shell], program }) => {
    if (!program) throw new Error('crm completion runs with the command tree (declared with program: true)');
    const { completionScript } = await import('../completion.js');
    io.stdout.write(completionScript(shell as Shell, program));
  },
});
