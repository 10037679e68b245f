// crm import: the declaration, the schema that reads its options, and what it runs.
import { STAGES } from '../binder/dossier.js';
import type { ImportInput } from '../commands/import-result.js';
import { defineCommand, helpExamples } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { exchangeHelp } from '../i18n/en/exchangeHelp.js';
import { json, run } from '../run.js';
import { inputOf, type InputSchema } from './input.js';

const say = messages('exchangeHelp', exchangeHelp);

/** The options as the handler reads them; --file-on is resolved later, and the progress is the terminal's. */
type ImportOptions = Omit<ImportInput, 'fileOn' | 'listed' | 'progress'> & { fileOn?: string };

/** --per-day is a whole number above 0; the rest is as commander read it, each with its default. */
export const importInput: InputSchema<ImportOptions> = (z) =>
  z.object({
    file: z.string(),
    format: z.enum(['json', 'csv', 'vcard']).optional(),
    onConflict: z.enum(['skip', 'update', 'fail']),
    map: z.array(z.string()).default([]),
    delimiter: z.string().optional(),
    fileOn: z.string().optional(),
    spread: z.boolean().default(false),
    perDay: z
      .string()
      .refine((text) => Number.isInteger(Number(text)) && Number(text) >= 1, { error: (issue) => say().import.perDayNotNumber({ value: String(issue.input) }) })
      .transform(Number)
      .optional(),
    stage: z.string().default('lead'),
    dryRun: z.boolean().default(false),
    skipInvalid: z.boolean().default(false),
  });

export const importCommand = defineCommand({
  name: 'import',
  description: () => say().import.description,
  arguments: [{ name: '<file>', description: () => say().import.file }],
  options: [
    { flags: '--format <format>', description: () => say().import.format, choices: ['json', 'csv', 'vcard'] },
    { flags: '--on-conflict <what>', description: () => say().import.onConflict, choices: ['skip', 'update', 'fail'], default: 'skip' },
    { flags: '--map <field=Column...>', description: () => say().import.map },
    { flags: '--delimiter <char>', description: () => say().import.delimiter },
    { flags: '--file-on <when>', description: () => say().import.fileOn },
    { flags: '--spread', description: () => say().import.spread },
    { flags: '--per-day <n>', description: () => say().import.perDay },
    { flags: '--stage <stage>', description: () => say().import.stage({ stages: STAGES.join(', ') }), default: 'lead' },
    { flags: '--skip-invalid', description: () => say().import.skipInvalid },
    { flags: '--dry-run', description: () => say().import.dryRun },
    { flags: '--json', description: () => say().import.json },
  ],
  help: () =>
    say().import.help({
      examples: helpExamples(
        'crm import binder.json',
        'crm import contacts.csv --spread --dry-run',
        'crm import google.csv --spread --skip-invalid',
        say().import.examples.fileOn,
        'crm import phone.vcf --file-on +1w --on-conflict update',
      ),
    }),
  run: (io, { args: [file], options, globals }) =>
    run(io, { ...globals, json: options.json }, options.dryRun ? 'read' : 'write', async ({ deps, context }) => {
      const { fileOn, ...read } = await inputOf(importInput, { ...options, file });
      const { importFile } = await import('../commands/import.js');
      const render = await import('../render/exchange.js');
      // A long import says how far it has come, on a terminal only (stderr: stdout may be read by a script).
      const progress = io.stderr.isTTY ? render.importProgress(read.file === '-' ? say().import.standardInput : read.file, io.stderr) : undefined;
      const { filingFor } = await import('../binder/dates.js');
      const result = await importFile(
        {
          ...read,
          ...(fileOn !== undefined && { fileOn: () => filingFor(fileOn, deps) }),
          // The text lists the first few; --json lists them all.
          ...(!options.json && { listed: render.LISTED }),
          ...(progress && { progress: progress.update }),
        },
        deps,
      ).finally(() => progress?.clear());
      return options.json ? json(result) : render.renderImport(result, context.today);
    }),
});
