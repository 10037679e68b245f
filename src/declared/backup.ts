// crm backup: the declaration, and what it runs (the copy is the handler's to write).
import { defineCommand, helpExamples } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';

const say = messages('commandHelp', commandHelp);

export const backup = defineCommand({
  name: 'backup',
  description: () => say().backup.description,
  arguments: [{ name: '[path]', description: () => say().backup.path }],
  options: [{ flags: '--json', description: () => say().backup.json }],
  help: () => helpExamples('crm backup', 'crm backup ~/usb/crm-binder.db', 'crm backup ~/usb/'),
  run: (io, { args: [path], options, globals }) =>
    run(io, { ...globals, json: options.json }, 'read', async ({ deps }) => {
      const result = await (await import('../commands/backup.js')).backupBinder({ ...(typeof path === 'string' && { path }) }, deps);
      return options.json ? json(result) : (await import('../render/maintenance.js')).renderBackup(result);
    }),
});
