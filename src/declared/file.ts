// crm file: the declaration, its input schema, and what it runs.
import { CLIENT_ARGUMENT, defineCommand, helpExamples, whenHelp } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { commandHelp } from '../i18n/en/commandHelp.js';
import { json, run } from '../run.js';
import { CARD_OPTIONS, cardFrom, reachFrom } from './card.js';
import { inputOf, type Zod } from './input.js';

const say = messages('commandHelp', commandHelp);

/** The handler's input but the filing: `when` as typed, resolved against the binder when it runs. */
export const fileInput = (z: Zod) =>
  z
    .object({
      // The date may come in several words, as typed without quotes: crm file acme fri 3pm.
      args: z.tuple([z.string(), z.array(z.string()).min(1)]),
      // The card's options (CARD_OPTIONS) pass through to cardFrom and reachFrom.
      options: z.looseObject({ note: z.string().optional(), offer: z.string().optional(), at: z.string().optional(), exact: z.boolean().default(false), owner: z.string().optional() }),
    })
    .transform(({ args: [client, words], options }) => ({
      client,
      when: words.join(' '),
      at: options.at,
      exact: options.exact,
      card: cardFrom(options),
      reach: reachFrom(options),
      note: options.note,
      offer: options.offer,
      ...(options.owner !== undefined && { owner: options.owner }),
    }));

export const file = defineCommand({
  name: 'file',
  description: () => say().file.description,
  arguments: [CLIENT_ARGUMENT, { name: '<when...>', description: () => say().file.when }],
  options: [
    { flags: '--name <name>', description: () => say().file.name },
    ...CARD_OPTIONS,
    { flags: '--note <text>', description: () => say().file.note },
    { flags: '--offer <text>', description: () => say().file.offer },
    { flags: '--at <hour>', description: () => say().file.at },
    { flags: '--exact', description: () => say().file.exact },
    { flags: '--owner <login>', description: () => say().file.owner },
    { flags: '--json', description: () => say().file.json },
  ],
  help: () => `${whenHelp()}\n${helpExamples(
    'crm file acme 8 --name "Anna Nowak" --company "Acme Ltd" --phone "+48 601 234 567"',
    'crm file acme 8 --name "Anna Nowak" --phone "mobile:+48 601 234 567" --add-phone "work:+48 22 555 01 02"',
    say().file.examples.holidays,
    'crm file nowak +2w',
    'crm file acme 8 --at 10:30',
    say().file.examples.three,
    'crm file zolc jan --priority A',
  )}`,
  run: (io, call) =>
    run(io, { ...call.globals, json: call.options.json }, 'write', async ({ deps, context, settings }) => {
      const { exact, at, ...input } = await inputOf(fileInput, call);
      const { filingAt } = await import('../binder/dates.js');
      const { fileDossier } = await import('../commands/file.js');
      const result = await fileDossier({ ...input, filing: filingAt(input.when, deps, exact, at) }, deps);
      const render = await import('../render/dossier.js');
      return call.options.json ? json(render.filedJson(result)) : render.renderFiled(result, context.today, settings);
    }),
});
