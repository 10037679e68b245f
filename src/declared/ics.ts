// crm ics: the declaration, and what it runs. The file is written by the handler, and what was
// written said by render/.
import { defineCommand, helpExamples } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { exchangeHelp } from '../i18n/en/exchangeHelp.js';
import { run } from '../run.js';

const say = messages('exchangeHelp', exchangeHelp);

export const ics = defineCommand({
  name: 'ics',
  description: () => say().ics.description,
  arguments: [],
  options: [
    { flags: '-o, --output <file>', description: () => say().output },
    { flags: '--alarm <span>', description: () => say().ics.alarm },
    { flags: '--utc', description: () => say().ics.utc },
  ],
  help: () => say().ics.help({ examples: helpExamples('crm ics -o ~/calendar/crm.ics', 'crm ics --alarm 10m -o ~/public/crm.ics', 'crm ics --utc > ring.ics') }),
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
