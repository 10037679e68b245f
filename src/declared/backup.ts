// crm backup: the declaration, and what it runs (the copy is the handler's to write).
import { defineCommand, examples } from '../hot/declare.js';
import { json, run } from '../run.js';

export const backup = defineCommand({
  name: 'backup',
  description: 'copy the binder while it may be in use: to a file or folder, else to backups/ beside it (the newest 10 kept)',
  arguments: [{ name: '[path]', description: 'the file or folder to write the copy to' }],
  options: [{ flags: '--json', description: 'print {"path", "size", "removed": [older backups removed]}' }],
  help: examples('crm backup', 'crm backup ~/usb/crm-binder.db', 'crm backup ~/usb/'),
  run: (io, { args: [path], options, globals }) =>
    run(io, { ...globals, json: options.json }, 'read', async ({ deps }) => {
      const result = await (await import('../commands/backup.js')).backupBinder({ ...(typeof path === 'string' && { path }) }, deps);
      return options.json ? json(result) : (await import('../render/maintenance.js')).renderBackup(result);
    }),
});
