// crm remind: the declaration, and what it runs: the handler finds what is due and not yet
// reminded of, each reminder goes to the notifier (notifier.ts), and the binder notes it once sent.
import { atTerminal } from '../context.js';
import { UserError } from '../errors.js';
import { defineCommand, examples, text } from '../hot/declare.js';
import { json, run } from '../run.js';

export const remind = defineCommand({
  name: 'remind',
  description: 'notify each call due within a window, and each promise and complaint past its date, once (for cron or a systemd timer)',
  arguments: [],
  options: [
    { flags: '--within <span>', description: 'how far ahead to look: 10m, 1h, 1h30m (default: the remind-within setting, 10 min)' },
    { flags: '--exec <command>', description: 'hand each reminder to this command line (run by /bin/sh), the reminder as JSON on its standard input' },
    { flags: '--print', description: 'print the reminders on standard output, even where the desktop has a notifier' },
    { flags: '--json', description: 'print {"within", "now", "until", "notifier", "sent": [reminder...]}' },
  ],
  help: `
  A call is a dossier filed with an hour: it reminds from --within before its hour, and an hour
  passed earlier today that was not reminded of reminds late ("due 7 min ago"). A promise of ours
  past its date and a complaint past its date remind once each. Nothing reminds twice: the binder
  notes what was sent (a dossier refiled to another hour reminds again). Filings for the day, with
  no hour, never remind: crm today lists them.

  The reminders go to the --exec command, else to the desktop's notifier (notify-send; osascript
  on macOS) found on PATH, else to standard output, one line each. A notifier that fails stops
  the run, exit 1: what it did not take is sent on the next run. Run it every minute from cron or
  a systemd user timer (see the README).
  ${examples('crm remind', 'crm remind --within 30m --print', 'crm remind --exec \'mail me@example.com\'', 'crm config remind-within 15m')}`,
  run: async (io, { options, globals }) => {
    const exec = text(options.exec);
    if (exec !== undefined && exec.trim() === '') throw new UserError('--exec needs a command line, for example: crm remind --exec \'mail me@example.com\'');
    if (exec !== undefined && options.print) throw new UserError('--exec and --print both say where reminders go; give one of them');
    const given = text(options.within);
    const { parseSpanMinutes } = await import('../binder/hours.js');
    const within = given === undefined ? undefined : parseSpanMinutes(given, 'crm remind --within 10m');
    // It notes what it sent: a binder it may not write is refused before anything is sent.
    return run(io, { ...globals, json: options.json }, { create: false, write: true, writableOnly: true }, async ({ deps, settings, stdout }) => {
      const { remind: remindOf } = await import('../commands/remind.js');
      const render = await import('../render/remind.js');
      const { notifierFor, NotSent } = await import('./notifier.js');
      // Printed, these are what was asked for: written whatever --quiet says (as JSON, they are the JSON).
      const print = async (message: { title: string; text: string }) => (options.json ? undefined : stdout.write(render.messageLine(message)));
      const notifier = notifierFor({ exec, print: Boolean(options.print) }, io.env, print);
      let sent = 0;
      const result = await remindOf(
        {
          within: within ?? settings.remindWithin,
          send: async (reminder, today) => {
            const message = render.message(reminder, today);
            try {
              await notifier.send(message, JSON.stringify(render.reminderJson(reminder, today)));
            } catch (error) {
              if (!(error instanceof NotSent)) throw error;
              const before = sent === 0 ? 'nothing was sent' : `${sent} sent before it`;
              throw new UserError(`${error.message}: "${message.title}" was not sent (${before}); it is sent on the next run`, 1);
            }
            sent++;
          },
        },
        deps,
      );
      if (options.json) return json(render.remindJson(result, notifier.name));
      // On standard output the reminders were the output; only "nothing due" is left to say.
      if (notifier.name === 'stdout' && result.sent.length > 0) return '';
      return render.renderSent(result, notifier.name === 'exec' ? '--exec' : notifier.name, atTerminal(io));
    });
  },
});
