// What the completion scripts call, hidden from help and completion: the binder's handles
// (crm __handles) and form names (crm __forms, for --form) that start with what is typed, one per line.
import { defineCommand, type CommandDeclaration } from '../hot/declare.js';
import { run } from '../run.js';

function namesStarting(name: string, what: string, list: 'handlesStarting' | 'formNamesStarting'): CommandDeclaration {
  return defineCommand({
    name,
    description: '',
    arguments: [{ name: '[prefix]', description: `the start of ${what}`, default: '' }],
    options: [],
    help: '',
    hidden: true,
    run: (io, { args: [prefix], globals }) =>
      run(io, globals, 'read', async ({ deps }) => {
        const names = await (await import('../commands/completing.js'))[list]({ prefix: prefix as string }, deps);
        return (await import('../render/list.js')).renderLines(names);
      }),
  });
}

export const handles = namesStarting('__handles', 'a handle', 'handlesStarting');
export const formNames = namesStarting('__forms', 'a form name', 'formNamesStarting');
