// English: what crm export, crm ics and crm import say of the files they write and read
// (render/exchange.ts, exchange/output.ts, commands/import*.ts). What they write is never translated.
import { lazyArea } from '../lazy.js';
import { counted } from '../plural.js';

export const exchange = lazyArea(() => ({
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
  /** crm import's report (render/exchange.ts): what it did, or on --dry-run would do. */
  report: {
    /** The summary's first part; `count` new dossiers from `file`. */
    wouldImport: (p: { count: number; file: string }) => `Would import ${counted('en', p.count, { one: '# new dossier', other: '# new dossiers' })} from ${p.file}`,
    imported: (p: { count: number; file: string }) => `Imported ${counted('en', p.count, { one: '# new dossier', other: '# new dossiers' })} from ${p.file}`,
    wouldUpdate: (p: { count: number }) => `would update ${p.count}`,
    updated: (p: { count: number }) => `updated ${p.count}`,
    leftAsTheyAre: (p: { count: number }) =>
      `${counted('en', p.count, { one: '# client', other: '# clients' })} already in the binder left as ${p.count === 1 ? 'it is' : 'they are'}`,
    duplicatesLeftOut: (p: { count: number }) => `${counted('en', p.count, { one: '# duplicate', other: '# duplicates' })} in the file left out`,
    invalidWouldBeSkipped: (p: { count: number }) => `${counted('en', p.count, { one: '# row', other: '# rows' })} not valid would be skipped`,
    invalidSkipped: (p: { count: number }) => `${counted('en', p.count, { one: '# row', other: '# rows' })} not valid skipped`,
    /** The parts above, in one sentence (bold); `stop` ends it. */
    summary: (p: { parts: string[] }) => p.parts.join(', '),
    stop: '.',
    dryRun: 'Dry run: nothing was written.',
    /** --file-on named a day off: `named` and `day` as long dates. */
    dayOff: (p: { named: string; day: string }) => `${p.named} is a day off; filed on the next working day, ${p.day}.`,
    columnsRead: 'Columns read:',
    /** A card field (as --map names it, padded) and the column(s) it is read from. */
    columnRead: (p: { field: string; from: string }) => `${p.field} ← ${p.from}`,
    /** `columns` joined with ', '. */
    notRead: (p: { columns: string[] }) => `not read: ${p.columns.join(', ')}`,
    settingsImported: "The export's settings were imported.",
    settingsKept: "The binder's own settings were kept; the export's were not imported (crm config to change them).",
    /** Filings with an hour from an export in another time zone; `from` and `here` are zones (or systemZone). */
    hours: (p: { count: number; from: string; here: string }) =>
      `${p.count === 1 ? '1 filing has an hour' : `${p.count} filings have hours`} of the export's ${p.from}: here ${p.count === 1 ? 'it keeps its' : 'they keep their'} wall-clock time in ${p.here}, another moment if the two differ (crm config timezone).`,
    systemZone: "the system's time zone",
    /** `forms` joined with ', '. */
    forms: (p: { forms: string[] }) => `Forms: ${p.forms.join(', ')}.`,
    /** After the name of a contact the file gives none: what it is named by (words.named). */
    noName: (p: { from: string }) => `(no name; from ${p.from})`,
    closed: 'closed',
    needsFiling: 'needs --file-on or --spread',
    headings: { handle: 'handle', name: 'name', company: 'company', phone: 'phone', email: 'e-mail', filedOn: 'filed on', from: 'from' },
    andMoreListed: (p: { count: number }) => `... and ${p.count} more (--json lists them all)`,
    andMore: (p: { count: number }) => `... and ${p.count} more`,
    alreadyUpdated: 'Already in the binder (updated):',
    alreadyLeft: 'Already in the binder (left as they are; --on-conflict update to update them):',
    /** A client of the file already in the binder: `same` is words.same's. */
    isFiled: (p: { name: string; handle: string; same: string }) => `${p.name} is ${p.handle} (${p.same})`,
    /** After isFiled, on an update: the fields it changed (as --json names them), joined with ', '. */
    changed: (p: { fields: string[] }) => `: ${p.fields.join(', ')}`,
    nothingDiffered: ': nothing differed',
    invalidWouldBeSkippedTitle: 'Not valid (would be skipped):',
    invalidSkippedTitle: 'Not valid (skipped):',
    duplicatesTitle: 'Duplicates in the file (left out):',
    /** A contact the file gives twice: `of` is where it was first (words.place). */
    repeats: (p: { name: string; of: string; same: string }) => `${p.name} repeats ${p.of} (${p.same})`,
    oneChange: 'One change: crm undo takes the whole import back.',
    backup: (p: { path: string }) => `The binder as it was is in ${p.path}.`,
  },
  /**
   * What crm import's --json says in English, the same in every language (i18n/import-words.ts
   * holds them and says them in the run's language): where a contact is in the file, what it
   * matched by, a column read from one of several.
   */
  words: {
    line: (p: { number: number }) => `line ${p.number}`,
    card: (p: { number: number }) => `card ${p.number}`,
    standardInput: 'standard input',
    /** Between the columns a field is read from, the first that is filled: 'Mobile Phone, else Business Phone'. */
    orElse: ', else ',
    /** What a column or property holds that crm does not keep: 'TEL (fax and pager numbers)'. */
    faxAndPager: 'fax and pager numbers',
    fax: 'fax',
    department: 'department',
    same: { handle: 'same handle', email: 'same e-mail', phone: 'same phone' },
    /** A second row of the file that finds the dossier an earlier row found. */
    sameDossier: (p: { handle: string }) => `same dossier ${p.handle}`,
    /** What a contact without a name is named by. */
    named: { company: 'company', email: 'e-mail', phone: 'phone' },
  },
  /** Why a contact of a CSV or vCard file is not valid (skipped with --skip-invalid, else the import is refused). */
  reasons: {
    nextNotDate: (p: { typed: string }) => `the next contact "${p.typed}" is not a date (YYYY-MM-DD)`,
    /** `from`: the column(s) or property, or the card field; `problem` as crm file says it ('is not an e-mail address...'). */
    field: (p: { from: string; value: string; problem: string }) => `${p.from}: "${p.value}" ${p.problem}`,
    phone: (p: { value: string; problem: string }) => `phone "${p.value}" ${p.problem}`,
    email: (p: { value: string; problem: string }) => `e-mail "${p.value}" ${p.problem}`,
    /** After an e-mail address's problem. */
    hasSpace: (p: { problem: string }) => `${p.problem}: it has a space in it`,
    handle: (p: { handle: string }) => `"${p.handle}" cannot be a handle (one word of letters and digits, dots, dashes or underscores inside)`,
    noNameCard: 'no name (FN or N), company (ORG), e-mail or phone; fill one in on the card',
    noNameEmpty: (p: { column: string }) => `no name (${p.column} is empty), company, e-mail or phone; fill one in, or say which column holds names with --map name=Column`,
    noNameColumn: 'no name (no column is read as the name), company, e-mail or phone; fill one in, or say which column holds names with --map name=Column',
    /** A CSV row longer than its header; `separator` is '","' or tab. */
    tooManyCells: (p: { cells: number; columns: number; separator: string }) =>
      `it has ${p.cells} cells but the header line names ${p.columns} columns; put a cell that contains ${p.separator} in double quotes, or give the separator with --delimiter`,
    tab: 'a tab',
  },
  /** crm import's refusals: the file as a whole, nothing written. */
  refused: {
    /** A reader's problem (it names the line) after the file's name. */
    inFile: (p: { file: string; problem: string }) => `${p.file}, ${p.problem}`,
    needDate: (p: { count: number }) =>
      `${p.count} new dossier${p.count === 1 ? '' : 's'} need${p.count === 1 ? 's' : ''} a date: add --file-on <when> (all on one day) or --spread (over the coming working days, within the capacity)`,
    oneInvalid: (p: { file: string; place: string; reason: string }) =>
      `${p.file}, ${p.place}, ${p.reason}; nothing was imported. Fix it in the file, or add --skip-invalid to import the other contacts`,
    invalid: (p: { file: string; count: number; rows: number; first: string }) =>
      `${p.file}: ${p.count === 1 ? `1 of its ${p.rows} contacts is not valid` : `${p.count} of its ${p.rows} contacts are not valid`}, the first at ${p.first}; nothing was imported. Fix them in the file, or add --skip-invalid to import the others and list those skipped`,
    moreInvalid: (p: { count: number }) => `... and ${p.count} more (--skip-invalid --dry-run lists them all)`,
    notStage: (p: { stage: string; stages: string }) => `--stage "${p.stage}" is not a stage; use ${p.stages}`,
    /** --on-conflict fail: `found` is clientsHere and formsDiffer, as they apply. */
    conflicts: (p: { file: string; found: string[] }) =>
      `${p.file}: ${p.found.join(', and ')}; nothing was imported. Use --on-conflict skip to leave them as they are, or --on-conflict update to update them`,
    clientsHere: (p: { count: number }) => `${p.count} client${p.count === 1 ? ' is' : 's are'} already in the binder`,
    /** `forms` joined with ', '. */
    formsDiffer: (p: { forms: string[] }) => `forms ${p.forms.join(', ')} differ from the binder's`,
    alreadyFiled: (p: { place: string; name: string; handle: string; same: string }) => `${p.place} ${p.name}: already filed as ${p.handle} (${p.same})`,
    handleTwice: (p: { file: string; index: number; handle: string; first: number }) =>
      `${p.file}: dossiers[${p.index}] (${p.handle}): the handle is used twice in the file (first in dossiers[${p.first}]); nothing was imported`,
    folder: (p: { file: string }) => `${p.file} is a folder, not a file; name the file to import in it`,
    /** `size` and `limit` as '64 MB'. */
    tooLarge: (p: { file: string; size: string; limit: string }) =>
      `${p.file} is ${p.size}, over crm's limit of ${p.limit} for a contacts file; split it into smaller files and import each (a vCard export without photos is much smaller)`,
    tooLargeRead: (p: { file: string; limit: string }) =>
      `${p.file} is more than ${p.limit}, over crm's limit of ${p.limit} for a contacts file; split it into smaller files and import each (a vCard export without photos is much smaller)`,
    /** `example`: the file's name, or exampleFile for standard input. */
    notUtf8: (p: { file: string; example: string }) =>
      `${p.file} is not UTF-8 text; save it from the spreadsheet as "CSV UTF-8", or convert it, naming its encoding: iconv -f windows-1250 -t utf-8 ${p.example} > utf8.csv`,
    exampleFile: 'file',
    pipeIn: 'crm import - reads the file from standard input; pipe it in: crm import - < contacts.csv',
  },
  /** A CSV file crm cannot read (exchange/csv.ts), and --map and --delimiter that do not fit it. */
  csv: {
    quoteNotClosed: (p: { line: number }) => `line ${p.line}: a quoted cell is never closed; end it with a double quote ("), and write a quote inside a quoted cell as two ("")`,
    afterQuote: (p: { line: number }) => `line ${p.line}: text follows a quoted cell's closing quote; quote the whole cell, and write a quote inside it as two ("")`,
    rowTooLarge: (p: { line: number; limit: string }) =>
      `line ${p.line}: the row holds more than ${p.limit}, crm's limit for one contact; if a quoted cell there is never closed, end it with a double quote ("), else shorten its text`,
    /** `problem`: csv-parse's own words. */
    notCsv: (p: { line: number; problem: string }) => `line ${p.line}: this is not CSV that crm can read (${p.problem})`,
    notSeparator: (p: { typed: string }) => `--delimiter "${p.typed}" is not a separator; give one character, such as --delimiter ";" or --delimiter tab`,
    mapWhich: (p: { entry: string }) => `--map ${p.entry}: say which column, as field=Column (--map phone="Mobile Phone"), or field= to leave the field out`,
    /** `fields` joined with ', '. */
    mapNotField: (p: { entry: string; field: string; fields: string }) => `--map ${p.entry}: "${p.field}" is not a card field; use one of ${p.fields}`,
    /** `hint`: noHeader, didYouMean or itsColumns. */
    mapNoColumn: (p: { field: string; column: string; hint: string }) => `--map ${p.field}="${p.column}": the file has no column "${p.column}"; ${p.hint}`,
    noHeader: 'it has no header line',
    didYouMean: (p: { names: string[] }) => `did you mean ${p.names.map((name) => `"${name}"`).join(' or ')}?`,
    /** The first of the file's columns, and how many more it has (0 for none). */
    itsColumns: (p: { names: string[]; more: number }) => `its columns are: ${p.names.join(', ')}${p.more > 0 ? `, and ${p.more} more` : ''}`,
  },
  /** A vCard file crm cannot read (exchange/vcard.ts). */
  vcard: {
    neverClosed: (p: { card: number; line: number }) => `card ${p.card} (line ${p.line}): BEGIN:VCARD is never closed by END:VCARD; the file may be cut short`,
    empty: 'the file is not a vCard file: it is empty; if it is a spreadsheet, import it with --format csv',
    notVcard: (p: { first: string }) => `the file is not a vCard file: no line says BEGIN:VCARD (the first is "${p.first}"); if it is a spreadsheet, import it with --format csv`,
    cannotRead: (p: { card: number; line: number; text: string }) => `card ${p.card}, line ${p.line}: cannot read "${p.text}"; a vCard line is NAME:value or NAME;PARAM=x:value`,
    tooLarge: (p: { card: number; line: number; name: string; limit: string }) =>
      `card ${p.card}, line ${p.line}: ${p.name} holds more than ${p.limit}, crm's limit for one value; shorten it, or take it out of the card`,
  },
  /** A crm JSON export crm cannot import (exchange/json-read.ts, json.ts): nothing is imported. */
  json: {
    notAList: (p: { file: string }) => `${p.file}: dossiers: is not a list; nothing was imported`,
    empty: (p: { file: string }) => `${p.file} is empty; is it a crm export? For a spreadsheet or vCards add --format csv or --format vcard`,
    /** `at` is `at`'s. */
    cutShort: (p: { file: string; count: number; at: string }) =>
      `${p.file} ends in the middle of the document (after ${counted('en', p.count, { one: '# dossier', other: '# dossiers' })}, at ${p.at}): it was cut short; export it again; nothing was imported`,
    moreAfterEnd: 'there is more after the end of the document',
    /** `found`: the character or token, quoted as the parser gives it. */
    unexpected: (p: { found: string }) => `unexpected ${p.found}`,
    /** `found`: moreAfterEnd, unexpected, or the parser's own words. */
    notJson: (p: { file: string; found: string; at: string }) =>
      `${p.file} is not valid JSON: ${p.found} at ${p.at}; is it a crm export? For a spreadsheet or vCards add --format csv or --format vcard`,
    at: (p: { line: number; column: number }) => `line ${p.line}, column ${p.column}`,
    notUtf8: (p: { file: string; offset: number; hex: string }) =>
      `${p.file} is not UTF-8 text: the byte at offset ${p.offset} (0x${p.hex}) is not part of a UTF-8 character; crm exports are UTF-8, so the file was damaged or changed by another program; nothing was imported`,
    /** `format`: what the "format" key must say. */
    notExport: (p: { file: string; format: string }) =>
      `${p.file} is not a crm export (no "format": "${p.format}"); for a spreadsheet or vCards add --format csv or --format vcard`,
    newer: (p: { file: string; version: number; reads: number }) =>
      `${p.file} was exported by a newer crm (export version ${p.version}; this crm reads ${p.reads}); upgrade crm to import it`,
    /** `place`: where in the document ('dossiers[3] (acme), history[2].at', or theDocument); `problem`: what is wrong there. */
    wrong: (p: { file: string; place: string; problem: string }) => `${p.file}: ${p.place}: ${p.problem}; nothing was imported`,
    /** A form's definition refused (its place and problem said by the forms' check). */
    badForm: (p: { file: string; problem: string }) => `${p.file}: ${p.problem}; nothing was imported`,
    theDocument: 'the document',
    hourWhenClosed: (p: { file: string; index: number; handle: string }) =>
      `${p.file}: dossiers[${p.index}] (${p.handle}), filedAt: a closed dossier (filedOn null) has no hour; nothing was imported`,
    damagedDocument: (p: { file: string; index: number; handle: string; at: number; name: string }) =>
      `${p.file}: dossiers[${p.index}] (${p.handle}), documents[${p.at}] (${p.name}): the content does not match its sha256; the file is damaged; nothing was imported`,
    /** What is wrong with one value of the document (after its place). */
    notHandle: (p: { rule: string }) => `is not a handle (${p.rule})`,
    /** `name` in JSON's quotes; `problem` as a document's name problem is said. */
    documentName: (p: { name: string; problem: string; rule: string }) => `${p.name} ${p.problem}; ${p.rule}`,
    notSha256: 'is not a SHA-256 in hex',
    notBase64: 'is not base64',
    contentOrLink: 'needs either content or a link, not both',
    notFirstPhone: 'is not the first of phones',
    notFirstEmail: 'is not the first of emails',
    notDateForm: (p: { form: string }) => `"${p.form}" is not a date form crm understands`,
    weekdayTwice: 'names a weekday twice',
    holidaysOrder: 'are not in order, or name a date twice',
    formName: 'is not the name inside its definition',
  },
}));
