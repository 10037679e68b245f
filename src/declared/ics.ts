// crm ics: the declaration, and what it runs. The file is written by the handler, and what was
// written said by render/.
import { defineCommand, examples } from '../hot/declare.js';
import { run } from '../run.js';

export const ics = defineCommand({
  name: 'ics',
  description: 'write the ring as an iCalendar file: an entry per filed dossier (at its hour, if it has one) and per open promise, for a calendar app',
  arguments: [],
  options: [
    { flags: '-o, --output <file>', description: 'write to this file (replaced whole, never half-written) instead of standard output; - is standard output' },
    { flags: '--alarm <span>', description: 'an alarm this long before each call with an hour (10m, 1h, 1h30m), so a calendar app on a phone rings' },
    { flags: '--utc', description: "write the hours in UTC rather than in the binder's time zone (for an app that misreads time zones)" },
  ],
  help: `
  A dossier filed with an hour is a 15-minute entry at that hour, in the binder's time zone (crm
  config timezone), which the file describes, so every app puts it at the same moment; the rest are
  all-day entries. --alarm rings before the entries with an hour only: an all-day entry has no
  moment to ring at. Each entry keeps its UID from one run to the next, so a calendar that imports
  or subscribes to the file again updates its entries rather than doubling them.
  ${examples('crm ics -o ~/calendar/crm.ics', 'crm ics --alarm 10m -o ~/public/crm.ics', 'crm ics --utc > ring.ics')}`,
  run: (io, { options, globals }) =>
    run(io, globals, 'read', async ({ deps, stdout }) => {
      const alarmMinutes =
        typeof options.alarm === 'string' ? (await import('../binder/hours.js')).parseSpanMinutes(options.alarm, 'crm ics --alarm 10m') : undefined;
      // `-o -` is standard output, as everywhere else (crm docs --get x -o -), not a file named "-".
      const output = typeof options.output === 'string' && options.output !== '-' ? options.output : undefined;
      const request = { ...(output !== undefined && { output }), ...(options.utc === true && { utc: true }), ...(alarmMinutes !== undefined && { alarmMinutes }) };
      const result = await (await import('../commands/export.js')).writeCalendar(request, deps, stdout);
      return (await import('../render/exchange.js')).renderCalendarWritten(result);
    }),
});
