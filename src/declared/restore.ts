// crm restore: the declaration, and what it runs.
import { defineCommand, examples } from '../hot/declare.js';
import { json, run } from '../run.js';

export const restore = defineCommand({
  name: 'restore',
  description: 'put a copy made by crm backup back as the binder, after checking it; the binder as it was goes to backups/ first',
  arguments: [{ name: '<path>', description: 'the copy to restore' }],
  options: [
    { flags: '-y, --yes', description: 'do not ask first at a terminal; without a terminal, needed to restore over a binder' },
    { flags: '--json', description: 'print {"from", "path", "version", "dossiers", "before", "restored"}' },
  ],
  help: examples('crm restore ~/.local/share/crm/backups/binder-2026-11-23T091403.db', 'crm restore ~/usb/crm-binder.db --yes'),
  run: (io, { args: [path], options, globals }) =>
    // Over a damaged binder too: putting a copy back is the cure for one.
    run(io, { ...globals, json: options.json }, { create: true, write: true, writableOnly: true, damagedOk: true }, async ({ deps }) => {
      const result = await (await import('../commands/backup.js')).restoreBinder({ from: path as string, yes: Boolean(options.yes) }, deps);
      return options.json ? json(result) : (await import('../render/maintenance.js')).renderRestore(result);
    }),
});
