// crm remind: the declaration, and what it runs: the handler finds what is due and not yet
// reminded of, each reminder goes to the notifier (notifier.ts), and the binder notes it once sent.
import { atTerminal } from '../context.js';
import { UserError } from '../errors.js';
import { defineCommand, helpExamples, text } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { remind as remindWords } from '../i18n/en/remind.js';
import { json, run } from '../run.js';

const say = messages('commandHelp', commandHelp);
const sayRemind = messages('remind', remindWords);

export const remind = defineCommand({
  name: 'remind',
  description: () => say().remind.description,
  arguments: [],
  options: [
    { flags: '--within <span>', description: () => say().remind.within },
    { flags: '--exec <command>', description: () => say().remind.exec },
    { flags: '--print', description: () => say().remind.print },
    { flags: '--json', description: () => say().remind.json },
  ],
  help: () =>
    say().remind.help({
      examples: helpExamples('crm remind', 'crm remind --within 30m --print', "crm remind --exec 'mail me@example.com'", 'crm config remind-within 15m'),
    }),
  run: async (io, { options, globals }) => {
    const exec = text(options.exec);
    if (exec !== undefined && exec.trim() === '') throw new UserError(say().remind.refused.execEmpty);
    if (exec !== undefined && options.print) throw new UserError(say().remind.refused.execAndPrint);
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
              const words = sayRemind();
              const before = sent === 0 ? words.nothingSentBefore : words.sentBefore({ count: sent });
              throw new UserError(words.notSent({ why: error.message, title: message.title, before }), 1);
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
