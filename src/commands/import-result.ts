// What crm import reports, whatever the format, and the refusals and summaries that both of its
// readers (contacts in import.ts, a crm export in import-json.ts) give in the same words.
import type { Day } from '../binder/day.js';
import type { Card, LabelledEmail, LabelledPhone } from '../binder/dossier.js';
import type { Filing } from '../binder/when.js';
import type { ColumnMapping } from '../exchange/contacts.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { exchange as english } from '../i18n/en/exchange.js';
import { fileSaid, placeSaid, sameSaid } from '../i18n/import-words.js';
import type { ChangeRecord } from '../store/store.js';

const say = messages('exchange', english);

export type ImportFormat = 'json' | 'csv' | 'vcard';
export type OnConflict = 'skip' | 'update' | 'fail';

export interface ImportInput {
  /** A path, or - for standard input. */
  file: string;
  format?: ImportFormat;
  onConflict: OnConflict;
  /** `field=Column` pairs for a CSV file. */
  map: string[];
  delimiter?: string;
  /**
   * --file-on, resolved (binder/dates.ts filingFor) only when contacts need it: after the file is
   * read, so that its own problems are said first, and never for a crm export, which takes no date.
   */
  fileOn?: () => Filing;
  spread: boolean;
  /** With spread: at most this many new dossiers a day. */
  perDay?: number;
  /** The stage of new dossiers from contacts that name none. */
  stage: string;
  dryRun: boolean;
  /** Contacts: import the valid rows and list the others, instead of refusing the file. */
  skipInvalid?: boolean;
  /** JSON: keep at most this many of the new and the matched dossiers in the result (all are counted in `total`); all when not given. */
  listed?: number;
  /** JSON: told now and then how far a long import has come. */
  progress?: ImportProgress;
}

/** A dossier the import opens. */
export interface ImportedDossier {
  handle: string;
  name: string;
  company: string | null;
  phone: string | null;
  email: string | null;
  /** Null when it is closed, or when a dry run was not told where to file it. */
  filedOn: Day | null;
  /** Out of the ring (closed in the binder it was exported from). */
  closed: boolean;
  /** Where in the file it came from: "line 4", "card 2", "dossiers[0]". */
  source: string;
  /** Contacts: what the name was taken from when the file gives none. */
  namedFrom?: 'company' | 'e-mail' | 'phone';
  /** Contacts: every number and address the file holds for it, the primary first. */
  phones?: LabelledPhone[];
  emails?: LabelledEmail[];
}

/** A row of a contacts file that is not a valid contact: skipped with --skip-invalid, else the import is refused. */
export interface Invalid {
  source: string;
  /** In English, as --json gives it in every language. */
  reason: string;
  /** The reason in the run's language, for the terminal: not enumerable, so --json leaves it out (invalidRow). */
  readonly said?: string;
}

/** A row not valid: its reason in English for --json, and `said` in the run's language for the terminal only. */
export function invalidRow(source: string, reason: string, said: string): Invalid {
  return Object.defineProperty({ source, reason }, 'said', { value: said, enumerable: false });
}

/** A client already in the binder, and what the import did with it. */
export interface Conflict {
  source: string;
  name: string;
  /** The dossier already in the binder. */
  handle: string;
  /** What matched: "handle", "e-mail" or "phone". */
  match: string;
  /** The card fields an update changed (empty when skipped or when nothing differed). */
  changed: string[];
}

/** A contact dropped because an earlier one in the same file is the same person. */
export interface Duplicate {
  source: string;
  name: string;
  /** The earlier contact it repeats. */
  of: string;
  match: string;
}

/** What every import reports, whatever the format: the rest comes from the import itself. */
export type Base = Omit<ImportResult, 'imported' | 'updated' | 'skipped' | 'change' | 'backup' | 'invalid' | 'total'>;

export interface ImportResult {
  file: string;
  format: ImportFormat;
  dryRun: boolean;
  onConflict: OnConflict;
  imported: ImportedDossier[];
  updated: Conflict[];
  skipped: Conflict[];
  /** How many were imported, updated and skipped: the lists above may hold only the first (`listed`). */
  total: { imported: number; updated: number; skipped: number };
  duplicates: Duplicate[];
  /** Contacts with --skip-invalid: the rows that are not valid contacts, left out. */
  invalid: Invalid[];
  /** CSV and vCard: which columns became which fields, and which were left out. */
  mapping: ColumnMapping[];
  unmapped: string[];
  /** JSON: the export's settings were imported (into an empty binder), kept out, or it had none. */
  settings: 'imported' | 'kept' | 'none';
  /** JSON: forms added (or replaced, with --on-conflict update). */
  forms: string[];
  /**
   * JSON: filings with an hour taken in from an export whose time zone is not this binder's (its
   * settings kept): they keep their wall-clock hours here, another moment. Absent otherwise.
   */
  hours?: { count: number; exportZone: string | null; binderZone: string | null };
  /** --file-on: the date named and where the new dossiers went (a day off moves to the next working day). */
  filing: Filing | null;
  change: ChangeRecord | null;
  /** The copy of the binder taken just before the import changed it; null when nothing was changed or there was nothing to copy. */
  backup: string | null;
}

/** How far an import has come, for a progress line: dossiers read, and bytes of how many (when known). */
export type ImportProgress = (read: { dossiers: number; bytes: number; size: number | null }) => void;

export function refuseOnConflict(onConflict: OnConflict, conflicts: Conflict[], forms: string[], file: string, count = conflicts.length): void {
  if (onConflict !== 'fail' || (count === 0 && forms.length === 0)) return;
  const m = say().refused;
  const clients = conflicts.map((c) => m.alreadyFiled({ place: placeSaid(c.source), name: c.name, handle: c.handle, same: sameSaid(c.match) }));
  const found = [count > 0 && m.clientsHere({ count }), forms.length > 0 && m.formsDiffer({ forms })].filter((part): part is string => typeof part === 'string');
  throw new UserError(m.conflicts({ file: fileSaid(file), found }), 2, clients.slice(0, 20).concat(count > 20 ? [say().report.andMore({ count: count - 20 })] : []));
}

export function summaryOf(handle: string, card: Card): Omit<ImportedDossier, 'filedOn' | 'closed' | 'source'> {
  return { handle, name: card.name, company: card.company, phone: card.phone, email: card.email };
}

/** The change's summary: the file, and how many came in new, updated, skipped (binder/summaries.ts). */
export { importSummary } from '../binder/summaries.js';
