// crm restore: the declaration, and what it runs.
import { defineCommand, helpExamples } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';

const say = messages('commandHelp', commandHelp);

export const restore = defineCommand({
  name: 'restore',
  description: () => say().restore.description,
  arguments: [{ name: '<path>', description: () => say().restore.path }],
  options: [
    { flags: '-y, --yes', description: () => say().restore.yes },
    { flags: '--json', description: () => say().restore.json },
  ],
  help: () => helpExamples('crm restore ~/.local/share/crm/backups/binder-2026-11-23T091403.db', 'crm restore ~/usb/crm-binder.db --yes'),
  run: (io, { args: [path], options, globals }) =>
    // Over a damaged binder too: putting a copy back is the cure for one.
    run(io, { ...globals, json: options.json }, { create: true, write: true, writableOnly: true, damagedOk: true }, async ({ deps }) => {
      const result = await (await import('../commands/backup.js')).restoreBinder({ from: path as string, yes: Boolean(options.yes) }, deps);
      return options.json ? json(result) : (await import('../render/maintenance.js')).renderRestore(result);
    }),
});
