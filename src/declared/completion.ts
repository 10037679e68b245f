// crm completion: the declaration, and what it runs: a script written from the whole command
// tree commander built, which the declaration asks for (program).
import { defineCommand } from '../hot/declare.js';
import type { Shell } from '../completion.js';

export const completion = defineCommand({
  name: 'completion',
  description: 'print a shell completion script: commands, options, their values, client handles and form names',
  arguments: [{ name: '<shell>', description: 'bash, zsh or fish', choices: ['bash', 'zsh', 'fish'] }],
  options: [],
  help: `
  Load it in your shell's start-up file:
    bash   echo 'source <(crm completion bash)' >> ~/.bashrc
    zsh    echo 'source <(crm completion zsh)' >> ~/.zshrc
    fish   crm completion fish > ~/.config/fish/completions/crm.fish
  `,
  program: true,
  run: async (io, { args: [shell], program }) => {
    if (!program) throw new Error('crm completion runs with the command tree (declared with program: true)');
    const { completionScript } = await import('../completion.js');
    io.stdout.write(completionScript(shell as Shell, program));
  },
});
