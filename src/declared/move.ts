// crm move: the declaration, its input schema, and what it runs.
import { defineCommand, helpExamples, whenHelp } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { refusals } from '../i18n/en/refusals.js';
import { json, run } from '../run.js';
import { inputOf, refuse, type Zod } from './input.js';
import { splitWhenAndHour } from '../binder/hours.js';
import { parseWhen } from '../binder/when.js';

const say = messages('commandHelp', commandHelp);
const refused = messages('refusals', refusals);

/** A word that is an hour and nothing else (14:00, 3pm). */
function isHourAlone(word: string): boolean {
  try {
    const { when, hour } = splitWhenAndHour(word);
    return hour !== null && when === 'today' && !/^today$/i.test(word);
  } catch {
    return false;
  }
}

/** A word crm reads as a date (tue, 8, dec); the date's own checks come later. */
function isDateForm(word: string): boolean {
  try {
    parseWhen(word, '2000-01-01');
    return true;
  } catch {
    return false;
  }
}

/** The handler's input but the dates: --to and --from as typed, resolved against the binder when it runs. */
export const moveInput = (z: Zod) =>
  z
    .object({
      args: z.tuple([z.array(z.string())]),
      options: z.object({
        to: z.string().optional(),
        from: z.string().optional(),
        note: z.string().optional(),
        exact: z.boolean().default(false),
        dryRun: z.boolean().default(false),
      }),
    })
    .transform(({ args: [clients], options: { to, from, ...options } }, context) => {
      const named = [...clients];
      // The date is --to, or else the last word: crm move acme zolc fri. An hour after it takes the
      // word before too when that is a date (crm move acme tue 14:00); alone it is today's.
      let date = to ?? (from === undefined && named.length > 1 ? named.pop() : undefined);
      // The word before is checked against the binder's handles when it runs (a client named jan).
      let dateWord: string | undefined;
      if (to === undefined && date !== undefined && named.length > 1 && isHourAlone(date) && isDateForm(named[named.length - 1] as string)) {
        dateWord = named.pop() as string;
        date = `${dateWord} ${date}`;
      }
      if (date === undefined) return refuse(z, context, refused().moveNeedsDate);
      if (from !== undefined && named.length > 0) return refuse(z, context, refused().moveClientsOrFrom);
      return { clients: named, to: date, dateWord, from, ...options };
    });

export const move = defineCommand({
  name: 'move',
  description: () => say().move.description,
  arguments: [{ name: '[clients...]', description: () => say().move.clients }],
  options: [
    { flags: '--to <when>', description: () => say().move.to },
    { flags: '--from <divider>', description: () => say().move.from },
    { flags: '--note <text>', description: () => say().move.note },
    { flags: '--exact', description: () => say().move.exact },
    { flags: '--dry-run', description: () => say().move.dryRun },
    { flags: '--json', description: () => say().move.json },
  ],
  help: () => `${whenHelp()}\n${helpExamples(
    'crm move acme fri',
    'crm move acme tue 14:00',
    say().move.examples.fair,
    say().move.examples.dayOff,
    'crm move --from dec --to jan --dry-run',
  )}`,
  run: (io, call) =>
    run(io, { ...call.globals, json: call.options.json }, 'write', async ({ deps, context, settings }) => {
      const { to, from, exact, dateWord, ...input } = await inputOf(moveInput, call);
      if (dateWord !== undefined && (await deps.store.dossier(dateWord))) {
        const { UserError } = await import('../errors.js');
        throw new UserError(refused().handleAndDate({ word: dateWord, clients: [...input.clients, dateWord].join(' '), hour: to.slice(dateWord.length + 1) }));
      }
      const { dividerDates, filingAt } = await import('../binder/dates.js');
      const { moveDossiers } = await import('../commands/move.js');
      const filing = filingAt(to, deps, exact);
      const behind = from === undefined ? {} : { from: dividerDates(from, deps), fromTyped: from };
      const result = await moveDossiers({ ...input, to: filing, ...behind }, deps);
      const render = await import('../render/changes.js');
      return call.options.json ? json(render.movedJson(result)) : render.renderMoved(result, context.today, settings);
    }),
});
