// English: the help of crm export, crm import and crm ics (src/declared/), and what their command
// lines refuse before anything is read. What they say of the files they write and read is exchange.ts.
import { lazyArea } from '../lazy.js';

export const exchangeHelp = lazyArea(() => ({
  export: {
    description: 'write the whole binder out: JSON (lossless, for crm import), CSV (a spreadsheet), or vCards',
    format: 'json, csv or vcard',
  },
  /** crm export's and crm ics's -o. */
  output: 'write to this file (replaced whole, never half-written) instead of standard output; - is standard output',
  import: {
    description: 'bring dossiers in: a crm JSON export (lossless), a spreadsheet of contacts (CSV), or vCards (.vcf)',
    file: 'the file to read; - for standard input',
    format: 'json, csv or vcard (default: from the file name, else its content)',
    onConflict: 'a client already in the binder: skip it, update it, or fail and import nothing',
    map: 'read a card field from this column (CSV): --map phone="Mobile Phone"; --map notes= leaves notes out',
    delimiter: 'the CSV separator (default: found from the header line: , ; tab or |)',
    fileOn: 'file the new dossiers on this date (see crm file --help for dates)',
    spread: 'spread the new dossiers over the coming working days, within the capacity',
    perDay: 'with --spread: at most this many new dossiers a day (default: the room left under the capacity)',
    /** `stages`: the stages as typed (lead, prospect, ...). */
    stage: (p: { stages: string }) => `the stage of new dossiers from a CSV or vCard file without one: ${p.stages}`,
    skipInvalid: 'contacts (CSV, vCard): import the valid rows and list the others with their line and reason, instead of importing nothing',
    dryRun: 'show what would be imported, and where it would be filed, and write nothing',
    json: 'print {"imported", "updated", "skipped", "duplicates", "invalid", "mapping", "unmapped", "dryRun", "change", "backup"} as JSON',
    help: (p: { examples: string }) => `
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
  ${p.examples}`,
    /** The examples with a date in them: each a command line as typed. */
    examples: {
      fileOn: 'crm import contacts.csv --file-on mon --map phone="Mobile Phone"',
    },
    /** --per-day not a whole number above 0 (`value` as typed). */
    perDayNotNumber: (p: { value: string }) => `--per-day "${p.value}" is not a number of dossiers; give a whole number such as 5`,
    /** Where the dossiers come from when the file is -, in the progress line. */
    standardInput: 'standard input',
  },
  ics: {
    description: 'write the ring as an iCalendar file: an entry per filed dossier (at its hour, if it has one) and per open promise, for a calendar app',
    alarm: 'an alarm this long before each call with an hour (10m, 1h, 1h30m), so a calendar app on a phone rings',
    utc: "write the hours in UTC rather than in the binder's time zone (for an app that misreads time zones)",
    help: (p: { examples: string }) => `
  A dossier filed with an hour is a 15-minute entry at that hour, in the binder's time zone (crm
  config timezone), which the file describes, so every app puts it at the same moment; the rest are
  all-day entries. --alarm rings before the entries with an hour only: an all-day entry has no
  moment to ring at. Each entry keeps its UID from one run to the next, so a calendar that imports
  or subscribes to the file again updates its entries rather than doubling them.
  ${p.examples}`,
  },
}));
