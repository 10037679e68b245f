// crm ics: the declaration, and what it runs. The file is written by the handler, and what was
// written said by render/.
import { defineCommand, examples } from '../hot/declare.js';
import { run } from '../run.js';

export const ics = defineCommand({
  name: 'ics',
  description: 'write the ring as an iCalendar file: a day entry per filed dossier and per open promise, for a calendar app',
  arguments: [],
  options: [{ flags: '-o, --output <file>', description: 'write to this file (replaced whole, never half-written) instead of standard output; - is standard output' }],
  help: `
  Each entry keeps its UID from one run to the next, so a calendar that imports or subscribes to the
  file again updates its entries rather than doubling them.
  ${examples('crm ics -o ~/calendar/crm.ics', 'crm ics > ring.ics')}`,
  run: (io, { options, globals }) =>
    run(io, globals, 'read', async ({ deps, stdout }) => {
      // `-o -` is standard output, as everywhere else (crm docs --get x -o -), not a file named "-".
      const output = typeof options.output === 'string' && options.output !== '-' ? options.output : undefined;
      const result = await (await import('../commands/export.js')).writeCalendar({ ...(output !== undefined && { output }) }, deps, stdout);
      return (await import('../render/exchange.js')).renderCalendarWritten(result);
    }),
});
