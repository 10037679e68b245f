// English: what crm export, crm ics and crm import say of the files they write and read
// (render/exchange.ts, exchange/output.ts, commands/import*.ts). What they write is never translated.
import { counted } from '../plural.js';

export const exchange = {
  /** crm export -o: what was written where, and in which format (json, csv, vcard: as typed). */
  exported: (p: { count: number; path: string; format: string }) =>
    `Wrote ${counted('en', p.count, { one: '# dossier', other: '# dossiers' })} to ${p.path} (${p.format}).`,
  calendarWritten: (p: { count: number; path: string }) =>
    `Wrote ${counted('en', p.count, { one: '# calendar entry', other: '# calendar entries' })} to ${p.path}.`,
  /** A long import's progress line on the terminal; `read` as the language writes a number. */
  progress: (p: { file: string; count: number; read: string }) => `Importing ${p.file}: ${p.read} dossier${p.count === 1 ? '' : 's'} read`,
  /** The same with how much of the file is read. */
  progressShare: (p: { file: string; count: number; read: string; percent: number }) =>
    `Importing ${p.file}: ${p.read} dossier${p.count === 1 ? '' : 's'} read (${p.percent}%)`,
  outputIsFolder: (p: { path: string; example: string }) => `${p.path} is a folder; give the name of a file to write, such as ${p.example}`,
  cannotWrite: (p: { path: string; code: string }) => `cannot write ${p.path} (${p.code}); check that its folder exists and is yours`,
  cannotReplace: (p: { path: string; code: string }) => `cannot replace ${p.path} (${p.code}); check that it is a file you may write`,
  fileOnOrSpread: '--file-on and --spread both say where to file; give one of them',
  perDayNeedsSpread: '--per-day goes with --spread: crm import <file> --spread --per-day 5',
  mapForCsv: (p: { file: string }) => `--map and --delimiter are for CSV files; ${p.file} is read as a crm JSON export`,
  mapForCsvVcard: (p: { file: string }) => `--map and --delimiter are for CSV files; ${p.file} is read as vCards`,
  skipInvalidForContacts: (p: { file: string }) => `--skip-invalid is for contacts (CSV, vCard); ${p.file} is a crm JSON export, imported whole or not at all`,
  noFile: (p: { file: string }) => `no file ${p.file}; check the path`,
  importFolder: (p: { file: string }) => `${p.file} is a folder; name the file to import`,
  cannotRead: (p: { file: string; code: string }) => `cannot read ${p.file} (${p.code}); check that it is a file you can read`,
};
