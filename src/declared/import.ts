// crm import: the declaration, the schema that reads its options, and what it runs.
import { STAGES } from '../binder/dossier.js';
import type { ImportInput } from '../commands/import-result.js';
import { defineCommand, examples } from '../hot/declare.js';
import { json, run } from '../run.js';
import { inputOf, type InputSchema } from './input.js';

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
      .refine((text) => Number.isInteger(Number(text)) && Number(text) >= 1, { error: (issue) => `--per-day "${String(issue.input)}" is not a number of dossiers; give a whole number such as 5` })
      .transform(Number)
      .optional(),
    stage: z.string().default('lead'),
    dryRun: z.boolean().default(false),
    skipInvalid: z.boolean().default(false),
  });

export const importCommand = defineCommand({
  name: 'import',
  description: 'bring dossiers in: a crm JSON export (lossless), a spreadsheet of contacts (CSV), or vCards (.vcf)',
  arguments: [{ name: '<file>', description: 'the file to read; - for standard input' }],
  options: [
    { flags: '--format <format>', description: 'json, csv or vcard (default: from the file name, else its content)', choices: ['json', 'csv', 'vcard'] },
    { flags: '--on-conflict <what>', description: 'a client already in the binder: skip it, update it, or fail and import nothing', choices: ['skip', 'update', 'fail'], default: 'skip' },
    { flags: '--map <field=Column...>', description: 'read a card field from this column (CSV): --map phone="Mobile Phone"; --map notes= leaves notes out' },
    { flags: '--delimiter <char>', description: 'the CSV separator (default: found from the header line: , ; tab or |)' },
    { flags: '--file-on <when>', description: 'file the new dossiers on this date (see crm file --help for dates)' },
    { flags: '--spread', description: 'spread the new dossiers over the coming working days, within the capacity' },
    { flags: '--per-day <n>', description: 'with --spread: at most this many new dossiers a day (default: the room left under the capacity)' },
    { flags: '--stage <stage>', description: `the stage of new dossiers from a CSV or vCard file without one: ${STAGES.join(', ')}`, default: 'lead' },
    { flags: '--skip-invalid', description: 'contacts (CSV, vCard): import the valid rows and list the others with their line and reason, instead of importing nothing' },
    { flags: '--dry-run', description: 'show what would be imported, and where it would be filed, and write nothing' },
    { flags: '--json', description: 'print {"imported", "updated", "skipped", "duplicates", "invalid", "mapping", "unmapped", "dryRun", "change", "backup"} as JSON' },
  ],
  help: `
  A crm JSON export brings back everything: cards, filings, history, documents, promises,
  complaints, forms and settings (settings only into an empty binder). A CSV file's columns are
  matched to card fields by their names (Google Contacts, Outlook and common CRM exports); the
  preview (--dry-run) shows the matching. A client already in the binder (same handle, or for CSV
  and vCards the same e-mail or phone) is never doubled: --on-conflict says what to do with it.
  One import is one change: crm undo takes it back whole. A contact with no name is named by its
  company, e-mail or phone; a row that is not a valid contact stops the import unless
  --skip-invalid (a crm JSON export is always all or nothing). Every phone number and e-mail
  address a contact holds is read, the primary first; what crm does not keep is listed as "not
  read". A contacts file may be up to 64 MB, one row or vCard value up to 1 MB.
  ${examples(
    'crm import binder.json',
    'crm import contacts.csv --spread --dry-run',
    'crm import google.csv --spread --skip-invalid',
    'crm import contacts.csv --file-on mon --map phone="Mobile Phone"',
    'crm import phone.vcf --file-on +1w --on-conflict update',
  )}`,
  run: (io, { args: [file], options, globals }) =>
    run(io, { ...globals, json: options.json }, options.dryRun ? 'read' : 'write', async ({ deps, context }) => {
      const { fileOn, ...read } = await inputOf(importInput, { ...options, file });
      const { importFile } = await import('../commands/import.js');
      const render = await import('../render/exchange.js');
      // A long import says how far it has come, on a terminal only (stderr: stdout may be read by a script).
      const progress = io.stderr.isTTY ? render.importProgress(read.file === '-' ? 'standard input' : read.file, io.stderr) : undefined;
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
