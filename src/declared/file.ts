// crm file: the declaration, its input schema, and what it runs.
import { CLIENT_ARGUMENT, defineCommand, examples, WHEN_HELP } from '../hot/declare.js';
import { json, run } from '../run.js';
import { CARD_OPTIONS, cardFrom, reachFrom } from './card.js';
import { inputOf, type Zod } from './input.js';

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
  description: 'file a dossier behind the divider of its next contact; a new handle opens a new dossier',
  arguments: [CLIENT_ARGUMENT, { name: '<when...>', description: 'the date of the next contact, and its hour if agreed: fri, "fri 15:00" (see Dates below)' }],
  options: [
    { flags: '--name <name>', description: "the client's name (needed for a new dossier when no terminal can ask; crm edit renames)" },
    ...CARD_OPTIONS,
    { flags: '--note <text>', description: 'what was said: a note in the history' },
    { flags: '--offer <text>', description: 'the offer made' },
    { flags: '--at <hour>', description: 'the hour of the next contact: 10:30, 15.00, 3pm, 15h (the binder\'s time zone)' },
    { flags: '--exact', description: 'keep a day off instead of moving to the next working day' },
    { flags: '--owner <login>', description: "a team's binder, a manager: the new dossier's owner (else whoever files it)" },
    { flags: '--json', description: 'print what changed as JSON: {"change", "dossiers", "entries", "created", "named", "shifted", "adjusted"}' },
  ],
  help: `${WHEN_HELP}\n${examples(
    'crm file acme 8 --name "Anna Nowak" --company "Acme Ltd" --phone "+48 601 234 567"',
    'crm file acme 8 --name "Anna Nowak" --phone "mobile:+48 601 234 567" --add-phone "work:+48 22 555 01 02"',
    'crm file acme "jul 5" --note "call back after the holidays"',
    'crm file nowak +2w',
    'crm file acme 8 --at 10:30',
    'crm file acme "fri 15:00" --note "call back at three"',
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
