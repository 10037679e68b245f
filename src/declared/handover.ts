// crm handover <to> --until <when>: lend one's stack to a colleague, with the sheet they work from;
// crm handover back: take it back, with what they did. crm handovers lists them all.
import { defineCommand, examples, text } from '../hot/declare.js';
import { json, run } from '../run.js';

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
  description: "a team's binder: hand your stack over to a colleague until a date (prints the handover sheet); back: take it back, with what they did",
  arguments: [{ name: '<to>', description: 'the colleague who takes the stack (a login), or back: end the handover and report' }],
  options: [
    { flags: '--until <when>', description: 'the last day they hold it, inclusive: fri, +2w, "dec 18" (see crm move --help for the forms)' },
    { flags: '--from <login>', description: "whose stack: a manager's, for anyone (back: the owner of the handover to end)" },
    { flags: '--only <filter>', description: 'only the dossiers matching these words, as crm find takes them' },
    { flags: '--format <format>', description: 'the sheet as text (the default), markdown, or html to print', choices: ['text', 'markdown', 'html'] },
    { flags: '-o, --output <file>', description: 'write the sheet to this file (replaced whole) instead of standard output; .md or .html name the format' },
    { flags: '--json', description: 'print {"handover", "sheet"}; back: {"handover", "owner", "delegate", "pastItsDate", "work", "dossiers", "counts"}' },
  ],
  help: `
The owner stays the owner: the colleague sees and works the dossiers in their own crm today, marked
"for <name>", until the last day; from the day after they are gone from their stack. One handover
per owner at a time, and no chains: not to someone who is away, nor by someone holding another's stack.
crm handover back (the owner, the colleague, or a manager) ends it, also after its last day, and
reports every call, refiling and promise the colleague made for the owner.
${examples('crm handover anna --until fri', 'crm handover anna --until "dec 18" -o handover.html', 'crm handover anna --from piotr --until +1w --only warsaw', 'crm handover back', 'crm handover back --from piotr --json')}`,
  run: (io, { args: [to], options, globals }) =>
    run(io, { ...globals, json: options.json }, 'write', async ({ deps, context }) => {
      const { UserError } = await import('../errors.js');
      const handovers = await import('../commands/handover.js');
      const render = await import('../render/handover.js');
      const from = text(options.from);
      if (to === 'back') {
        const given = ['until', 'only', 'format', 'output'].filter((key) => options[key] !== undefined);
        if (given.length > 0) throw new UserError(`crm handover back takes --from and --json, not --${given[0]}`);
        const result = await handovers.handBack({ ...(from !== undefined && { from }) }, deps, context.dbPath);
        return options.json ? json(result) : render.renderHandedBack(result, context.today);
      }
      const until = text(options.until);
      if (until === undefined) throw new UserError(`crm handover needs the last day ${to as string} holds the stack: crm handover ${to as string} --until fri`);
      const output = text(options.output) === '-' ? undefined : text(options.output);
      const format = formatOf(text(options.format), output);
      if (format === undefined) throw new UserError(`crm handover -o ${output}: say the sheet's format, --format markdown or --format html (or name the file .md or .html)`);
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
  if (existsSync(output) && statSync(output).isDirectory()) throw new UserError(`${output} is a folder; give the name of a file to write, such as ${output}/handover.html`);
  if (!existsSync(dirname(output))) throw new UserError(`cannot write ${output}: its folder ${dirname(output)} is not there; nothing handed over`);
}

export const handoversCommand = defineCommand({
  name: 'handovers',
  description: "a team's binder: every handover, past and present, newest first: who to whom, from when until when, in force or given back",
  arguments: [],
  options: [{ flags: '--json', description: 'print {"handovers": [{"owner", "delegate", "starts", "until", "onlyWhat", "endedAt", "endedBy", "state"...}], "names"}' }],
  help: examples('crm handovers', 'crm handovers --json'),
  run: (io, { options, globals }) =>
    run(io, { ...globals, json: options.json }, 'read', async ({ deps, context }) => {
      const result = await (await import('../commands/handover.js')).listHandovers(deps, context.dbPath);
      return options.json ? json(result) : (await import('../render/handover.js')).renderHandovers(result, context.today);
    }),
});
