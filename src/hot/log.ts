// crm log: the declaration both parsers read, and what it runs.
import { CONVERSATION_KINDS, OUTCOMES } from '../binder/dossier.js';
import { UserError } from '../errors.js';
import { json, run } from '../run.js';
import { CLIENT_ARGUMENT, defineCommand, examples, text, WHEN_HELP } from './declare.js';

export const log = defineCommand({
  name: 'log',
  description: 'after a call: note what was said and how it ended, and refile the dossier, in one step',
  arguments: [CLIENT_ARGUMENT],
  options: [
    { flags: '--note <text>', description: 'what was said; "-" reads it from stdin, several lines' },
    { flags: '--outcome <outcome>', description: `how it ended: ${OUTCOMES.join(', ')}` },
    { flags: '--next <when>', description: 'the date of the next contact, and its hour if agreed: fri, "fri 15:00" (see Dates below)' },
    { flags: '--done', description: 'close the dossier instead: out of the ring, history kept' },
    { flags: '--offer <text>', description: 'the offer made' },
    { flags: '--kind <kind>', description: `the kind of contact: ${CONVERSATION_KINDS.join(', ')}`, default: 'call' },
    { flags: '--form <name>', description: 'fill in a form with this entry (crm form list); its fields are asked on a terminal' },
    { flags: '--field <key=value>', description: 'a form answer; repeat for several', repeatable: true },
    { flags: '--exact', description: 'keep a day off instead of moving to the next working day' },
    { flags: '--json', description: 'print what changed as JSON: {"change", "dossiers", "entries"}' },
  ],
  help: `
  Without --next or --done, an outcome with a default date files by it (crm config outcome);
  on a terminal the missing parts are asked; otherwise crm log refuses and writes nothing.
  ${WHEN_HELP}
  ${examples(
    'crm log acme --note "wants 40 units, sends the order Friday" --outcome reached --next "dec 4"',
    'crm log zolc --outcome no-answer',
    'crm log acme --outcome callback --next "fri 15:00"',
    'crm log petrova --kind meeting --outcome won --done',
    'pbpaste | crm log acme --note - --next +2w',
    'crm log acme',
  )}`,
  asks: true,
  slowWith: ['form', 'field'],
  run: (io, { args: [client], options, globals }) =>
    run(io, { ...globals, json: options.json }, 'write', async ({ deps, context, settings }) => {
      const { checkKind, checkOutcome, logCall } = await import('../commands/log.js');
      const note = options.note === '-' ? await (await import('../stdin.js')).readNote(io.stdin, `crm log ${client as string}`) : text(options.note);
      const fields = Array.isArray(options.field) ? (await import('../commands/forms.js')).fieldPairs(options.field) : undefined;
      const kind = checkKind(text(options.kind));
      const outcome = checkOutcome(text(options.outcome));
      const next = text(options.next);
      if (options.done && next !== undefined) throw new UserError('log takes --next <when> or --done, not both');
      // Resolved before anything is asked: a typo in --next should not cost a typed note.
      const filing = next === undefined ? undefined : (await import('../binder/dates.js')).filingAt(next, deps, Boolean(options.exact));
      const result = await logCall(
        {
          client: client as string,
          kind,
          note,
          outcome,
          next: filing,
          offer: text(options.offer),
          done: Boolean(options.done),
          exact: Boolean(options.exact),
          ...(text(options.form) !== undefined && { form: text(options.form) as string }),
          ...(fields !== undefined && { fields }),
        },
        deps,
      );
      const render = await import('../render/changes.js');
      return options.json ? json(render.changedJson(result)) : render.renderLogged(result, context.today, settings);
    }),
});
