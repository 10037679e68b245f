// crm import <file>: a crm JSON export back in whole (import-json.ts), or contacts from a
// spreadsheet (CSV) or a phone (vCard) filed as new dossiers (import-contacts.ts). Everything is
// read and checked first; then it is one change, written all or nothing, that crm undo takes back
// whole. Here: the checks of the options together, the format, and the file read.
import type { ContactsFile } from '../exchange/contacts.js';
import { paced } from '../exchange/pace.js';
import { UserError } from '../errors.js';
import type { Deps } from './deps.js';
import { formatByName, formatOf, peekText, readInput } from './import-read.js';
import type { Base, ImportInput, ImportResult } from './import-result.js';
import { messages } from '../i18n/catalogue.js';
import { exchange as english } from '../i18n/en/exchange.js';
import { fileSaid, inJson } from '../i18n/import-words.js';

const say = messages('exchange', english);

export async function importFile(input: ImportInput, deps: Deps): Promise<ImportResult> {
  const perDay = input.perDay ?? null;
  if (input.fileOn !== undefined && input.spread) throw new UserError(say().fileOnOrSpread);
  if (perDay !== null && !input.spread) throw new UserError(say().perDayNeedsSpread);
  // The file as --json names it; fileSaid() names standard input in the run's language.
  const name = input.file === '-' ? inJson.standardInput : input.file;
  const shown = fileSaid(name);
  // A crm export is read as it comes (it may be larger than any string can be); contacts whole, up to their limit.
  const format = input.format ?? (input.file === '-' ? undefined : formatByName(input.file)) ?? formatOf(await peekText(input.file, deps.stdin));
  if (format !== 'csv' && (input.map.length > 0 || input.delimiter !== undefined)) {
    throw new UserError(format === 'json' ? say().mapForCsv({ file: shown }) : say().mapForCsvVcard({ file: shown }));
  }
  if (format === 'json' && input.skipInvalid) {
    throw new UserError(say().skipInvalidForContacts({ file: shown }));
  }
  const base: Base = {
    file: name,
    format,
    dryRun: input.dryRun,
    onConflict: input.onConflict,
    duplicates: [],
    mapping: [],
    unmapped: [],
    settings: 'none',
    forms: [],
    filing: null,
  };
  if (format === 'json') return (await import('./import-json.js')).importExport(input, name, base, deps);
  const text = await readInput(input.file, format, deps.stdin);
  const steps =
    format === 'csv'
      ? (await import('../exchange/csv.js')).contactsCsvSteps(text, { map: input.map, ...(input.delimiter !== undefined && { delimiter: input.delimiter }) })
      : (await import('../exchange/vcard.js')).vcardSteps(text);
  let contacts: ContactsFile;
  try {
    // Paced: a file of many megabytes is read in steps, so Ctrl-C stops it at once, with nothing written.
    contacts = await paced(steps);
  } catch (error) {
    // The readers name the line; the file is named here, where it is known.
    if (error instanceof UserError && !error.message.startsWith('--')) throw new UserError(say().refused.inFile({ file: shown, problem: error.message }), error.exitCode, error.details);
    throw error;
  }
  return (await import('./import-contacts.js')).importContacts(contacts, name, input, perDay, { ...base, mapping: contacts.mapping, unmapped: contacts.unmapped }, deps);
}
