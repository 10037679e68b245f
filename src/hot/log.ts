// crm log: the declaration both parsers read, and what it runs.
import { CONVERSATION_KINDS, OUTCOMES } from '../binder/dossier.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { json, run } from '../run.js';
import { CLIENT_ARGUMENT, defineCommand, helpExamples, sayHelp, text, whenHelp } from './declare.js';

export const log = defineCommand({
  name: 'log',
  description: () => sayHelp().log.description,
  arguments: [CLIENT_ARGUMENT],
  options: [
    { flags: '--note <text>', description: () => sayHelp().log.note },
    { flags: '--outcome <outcome>', description: () => sayHelp().log.outcome({ outcomes: OUTCOMES.join(', ') }) },
    { flags: '--next <when>', description: () => sayHelp().log.next },
    { flags: '--done', description: () => sayHelp().log.done },
    { flags: '--offer <text>', description: () => sayHelp().log.offer },
    { flags: '--kind <kind>', description: () => sayHelp().log.kind({ kinds: CONVERSATION_KINDS.join(', ') }), default: 'call' },
    { flags: '--form <name>', description: () => sayHelp().log.form },
    { flags: '--field <key=value>', description: () => sayHelp().log.field, repeatable: true },
    { flags: '--exact', description: () => sayHelp().log.exact },
    { flags: '--json', description: () => sayHelp().log.json },
  ],
  help: () =>
    sayHelp().log.help({
      when: whenHelp(),
      examples: helpExamples(
        sayHelp().log.examples.reached,
        'crm log zolc --outcome no-answer',
        sayHelp().log.examples.callback,
        'crm log petrova --kind meeting --outcome won --done',
        'pbpaste | crm log acme --note - --next +2w',
        'crm log acme',
      ),
    }),
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
      if (options.done && next !== undefined) throw new UserError(messages('refusals', (await import('../i18n/en/refusals.js')).refusals)().nextOrDone);
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
