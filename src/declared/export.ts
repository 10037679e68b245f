// crm export: the declaration, and what it runs. The file is written by the handler
// (exchange/output.ts: replaced whole, never half-written), and what was written said by render/.
import type { ExportFormat } from '../commands/export.js';
import { defineCommand, helpExamples, SCOPE_OPTIONS, scopeAsked } from '../hot/declare.js';
import { messages } from '../i18n/catalogue.js';
import { exchangeHelp } from '../i18n/en/exchangeHelp.js';
import { run } from '../run.js';

const say = messages('exchangeHelp', exchangeHelp);

export const exportCommand = defineCommand({
  name: 'export',
  description: () => say().export.description,
  arguments: [],
  options: [
    { flags: '--format <format>', description: () => say().export.format, choices: ['json', 'csv', 'vcard'], default: 'json' },
    { flags: '-o, --output <file>', description: () => say().output },
    ...SCOPE_OPTIONS,
  ],
  help: () => helpExamples('crm export > binder.json', 'crm export -o ~/backup/binder.json', 'crm export --format csv -o clients.csv', 'crm export --format vcard > clients.vcf'),
  run: (io, { options, globals }) =>
    run(io, { ...globals, scope: scopeAsked('export', options) }, 'read', async ({ deps, stdout }) => {
      const format = options.format as ExportFormat;
      // `-o -` is standard output, as everywhere else (crm docs --get x -o -), not a file named "-".
      const output = typeof options.output === 'string' && options.output !== '-' ? options.output : undefined;
      const result = await (await import('../commands/export.js')).exportBinder({ format, ...(output !== undefined && { output }) }, deps, stdout);
      return (await import('../render/exchange.js')).renderExported(result, format);
    }),
});
