// crm handover <to> --until <when>: lend one's stack to a colleague, with the sheet they work from;
// crm handover back: take it back, with what they did. crm handovers lists them all.
import { defineCommand, helpExamples, text } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { exchange } from '../i18n/en/exchange.js';
import { teamHelp } from '../i18n/en/teamHelp.js';
import { json, run } from '../run.js';

const say = messages('teamHelp', teamHelp);
/** What is said of a file to write, as crm export's -o says it. */
const sayFiles = messages('exchange', exchange);

type SheetFormat = 'text' | 'markdown' | 'html';

/** The sheet's format: --format, else the output file's extension (.md, .html), else text. */
function formatOf(format: string | undefined, output: string | undefined): SheetFormat | undefined {
  if (format !== undefined) return format as SheetFormat;
  if (output === undefined) return 'text';
  if (/\.(md|markdown)$/i.test(output)) return 'markdown';
  if (/\.html?$/i.test(output)) return 'html';
  return undefined;
}

export const handover = defineCommand({
  name: 'handover',
  description: () => say().handover.description,
  arguments: [{ name: '<to>', description: () => say().handover.to }],
  options: [
    { flags: '--until <when>', description: () => say().handover.until },
    { flags: '--from <login>', description: () => say().handover.from },
    { flags: '--only <filter>', description: () => say().handover.only },
    { flags: '--format <format>', description: () => say().handover.format, choices: ['text', 'markdown', 'html'] },
    { flags: '-o, --output <file>', description: () => say().handover.output },
    { flags: '--json', description: () => say().handover.json },
  ],
  help: () =>
    say().handover.help({
      examples: helpExamples(say().handover.examples.fri, say().handover.examples.sheet, say().handover.examples.only, 'crm handover back', 'crm handover back --from piotr --json'),
    }),
  run: (io, { args: [to], options, globals }) =>
    run(io, { ...globals, json: options.json }, 'write', async ({ deps, context }) => {
      const { UserError } = await import('../errors.js');
      const handovers = await import('../commands/handover.js');
      const render = await import('../render/handover.js');
      const from = text(options.from);
      if (to === 'back') {
        const given = ['until', 'only', 'format', 'output'].filter((key) => options[key] !== undefined);
        if (given.length > 0) throw new UserError(say().handover.backTakes({ option: `--${given[0] as string}` }));
        const result = await handovers.handBack({ ...(from !== undefined && { from }) }, deps, context.dbPath);
        return options.json ? json(result) : render.renderHandedBack(result, context.today);
      }
      const until = text(options.until);
      if (until === undefined) throw new UserError(say().handover.needsUntil({ to: to as string }));
      const output = text(options.output) === '-' ? undefined : text(options.output);
      const format = formatOf(text(options.format), output);
      if (format === undefined) throw new UserError(say().handover.sayFormat({ output: output as string }));
      if (output !== undefined) await refuseUnwritable(output);
      const only = text(options.only);
      const result = await handovers.handOver({ to: to as string, until, ...(from !== undefined && { from }), ...(only !== undefined && { only }) }, deps, context.dbPath);
      if (options.json && output === undefined) return json(result);
      const sheet =
        format === 'html'
          ? render.renderSheetHtml(result, context.today)
          : format === 'markdown'
            ? render.renderSheetMarkdown(result, context.today)
            : render.renderSheet(result, context.today);
      if (output === undefined) return sheet;
      // Written after the handover is: a sheet that cannot be written does not undo it (crm handover back would).
      await (await import('../exchange/output.js')).writeWhole(output, null, (file) => file.write(sheet));
      return options.json ? json({ ...result, output }) : render.renderHandedOver(result, output, context.today);
    }),
});

/** Refuses, before anything is written, an output whose folder is not there or that is a folder. */
async function refuseUnwritable(output: string): Promise<void> {
  const { existsSync, statSync } = await import('node:fs');
  const { dirname } = await import('node:path');
  const { UserError } = await import('../errors.js');
  if (existsSync(output) && statSync(output).isDirectory()) throw new UserError(sayFiles().outputIsFolder({ path: output, example: `${output}/handover.html` }));
  if (!existsSync(dirname(output))) throw new UserError(say().handover.noFolder({ output, folder: dirname(output) }));
}

export const handoversCommand = defineCommand({
  name: 'handovers',
  description: () => say().handovers.description,
  arguments: [],
  options: [{ flags: '--json', description: () => say().handovers.json }],
  help: () => helpExamples('crm handovers', 'crm handovers --json'),
  run: (io, { options, globals }) =>
    run(io, { ...globals, json: options.json }, 'read', async ({ deps, context }) => {
      const result = await (await import('../commands/handover.js')).listHandovers(deps, context.dbPath);
      return options.json ? json(result) : (await import('../render/handover.js')).renderHandovers(result, context.today);
    }),
});
