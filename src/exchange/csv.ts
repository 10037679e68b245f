// Contacts from a spreadsheet (CSV) and the binder out to one. A file's columns are matched to card
// fields by their names, so a Google Contacts, Outlook or CRM export needs no --map; what matched
// is returned with the contacts, for the import's preview to show.
//
// Reading choices:
// - Line breaks (CR LF, LF, and a lone CR from old Mac Excel) all become LF before parsing, inside
//   quoted cells too: the binder keeps LF, and csv-parse 6 counts a CR LF inside a quoted cell as
//   two lines, which would put every later record's line number off by one.
// - A short row is padded with empty cells (spreadsheets drop trailing empty cells). A long row is
//   refused when its extra cells hold text: that is nearly always an unquoted separator inside a
//   cell, and reading on would file text under the wrong fields. Empty extra cells are ignored.
// - A quote inside an unquoted cell (Anna "Ania" Nowak) is kept as text (relax_quotes).
// - A postal address is not the card's `address` (that is how to address the person): a one-cell
//   postal address (Google's "Address 1 - Formatted", a column named "Address") is kept as an
//   "Address: ..." line at the end of the notes, so a rep who visits still has it. Addresses split
//   over street, city and post code columns are left unmapped. In crm's own export "address" is
//   the card's field, as crm wrote it.
import { CsvError, Parser } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { CARD_FIELDS, type ContactLabel, type Dossier } from '../binder/dossier.js';
import { emailsCell, emailsOfCell, phonesCell, phonesOfCell } from '../binder/reach.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { exchange as english } from '../i18n/en/exchange.js';
import { inJson } from '../i18n/import-words.js';
import { addressLines, CELL_LIMIT, CLOSED, labelOfKind, sizeText, type ColumnMapping, type Contact, type ContactsFile } from './contacts.js';
import { finish, type Steps } from './pace.js';

const say = messages('exchange', english);

type Target = ColumnMapping['field'];

/**
 * crm's CSV export: the handle, the card, where the dossier is filed and the last conversation.
 * `phone` and `email` are the primary ones; `phones` and `emails` hold every one, a line each,
 * "mobile: +48 601 234 567", and are what crm's import reads back.
 */
const DOSSIER_COLUMNS = ['handle', ...CARD_FIELDS.flatMap((field) => (field === 'email' ? [field, 'phones', 'emails'] : [field])), 'filed_on', 'filed_at', 'last_contact', 'last_note', 'offer'] as const;

/**
 * The dossiers as CSV rows in crm's export layout (DOSSIER_COLUMNS), with CR LF after every row as
 * RFC 4180 says; an empty value is an empty cell. Called in batches, the first with the header:
 * the pieces joined are one CSV file.
 */
export function dossiersCsv(dossiers: Dossier[], withHeader: boolean): string {
  const rows = dossiers.map((dossier) =>
    [
      dossier.handle,
      dossier.name,
      dossier.position,
      dossier.company,
      dossier.phone,
      dossier.email,
      phonesCell(dossier.phones),
      emailsCell(dossier.emails),
      dossier.notes,
      dossier.priority,
      dossier.address,
      dossier.pronunciation,
      dossier.preferences,
      dossier.stage,
      dossier.tags,
      dossier.cadence,
      // A closed dossier says so: an empty cell would read back as "not yet filed".
      dossier.filedOn ?? CLOSED,
      dossier.filedAt,
      dossier.lastContact,
      dossier.lastNote,
      dossier.offer,
    ].map((value) => inert(value ?? '')),
  );
  return stringify(rows, {
    header: withHeader,
    columns: [...DOSSIER_COLUMNS],
    record_delimiter: 'windows',
    // csv-stringify quotes a cell holding the whole record delimiter (CR LF) but not a lone LF or
    // CR, which would end the row early in every reader.
    quoted_match: /[\r\n]/,
  });
}

// A cell a spreadsheet would run as a formula: =, +, -, @, a tab or CR first, and a word after it
// (=HYPERLINK(...) sends the sheet's data away, =cmd|... runs a program). Phone numbers (+48 601
// 234 567) have no letters and stay as they are. Cells that begin with apostrophes before such a
// character get one more, so that taking one off on the way in gives back exactly what was there.
const FORMULA_START = /^[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** The cell a spreadsheet shows as text ('=...), not runs: OWASP's advice for CSV injection. */
function inert(cell: string): string {
  return (FORMULA_START.test(cell) && /\p{L}/u.test(cell)) || GUARDED.test(cell) ? `'${cell}` : cell;
}

/**
 * Reads a CSV file of contacts: the first record names the columns, each later one is a contact.
 * `map` entries (`phone=Mobile Phone`, `notes=`) override the automatic matching; `delimiter`
 * defaults to the one the header line uses most of , ; tab and |. Throws a UserError for a
 * malformed file or a --map entry that does not fit it.
 */
export function readContactsCsv(text: string, options: { map?: string[]; delimiter?: string } = {}): ContactsFile {
  return finish(contactsCsvSteps(text, options));
}

/** readContactsCsv in steps (see pace.ts): a row, or a chunk of the file, at a time. */
export function* contactsCsvSteps(text: string, options: { map?: string[]; delimiter?: string } = {}): Steps<ContactsFile> {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Excel reads and writes a first line "sep=;" naming the separator.
  const hint = /^sep=([^\n])(?:\n|$)/i.exec(body);
  const delimiter =
    (options.delimiter !== undefined ? delimiterOption(options.delimiter) : undefined) ??
    hint?.[1] ??
    sniffDelimiter(body.slice(hint?.[0].length ?? 0).replace(/^(?:[ \t]*\n)+/, ''));
  const { records, lines } = yield* parseRecords(body, delimiter, hint ? 2 : 1);

  // Blank lines above the header are skipped, like blank rows below it.
  const headerIndex = records.findIndex((cells) => cells.some((cell) => cell !== ''));
  const header = records[headerIndex] ?? [];
  const plans = planFields(header, options.map ?? []);
  const lists = ownLists(header, options.map ?? []);
  const used = new Set([...plans.flatMap((plan) => plan.columns), ...lists.flatMap(({ column }) => column)]);
  // crm's own export: the apostrophe it put before a formula-like cell comes off again.
  const unguard = writtenByCrm(header) ? (cell: string) => (GUARDED.test(cell) ? cell.slice(1) : cell) : (cell: string) => cell;
  /** Columns read whose values were sometimes of a kind crm does not keep: "Phone 2 - Value (fax)". */
  const leftOut = new Set<string>();

  const contacts: Contact[] = [];
  for (const [index, read] of records.entries()) {
    yield;
    const cells = read.map(unguard);
    if (index <= headerIndex || cells.every((cell) => cell === '')) continue;
    const line = lines[index] ?? 0;
    const filled = cells.length - [...cells].reverse().findIndex((cell) => cell !== '');
    const contact: Contact = { source: inJson.line(line), card: {} };
    if (filled > header.length) {
      // One row like this can be skipped (--skip-invalid); it is usually a separator inside a cell.
      contact.tooManyCells = { cells: filled, columns: header.length, delimiter };
      contacts.push(contact);
      continue;
    }
    for (const plan of plans) {
      if (plan.list) {
        const found = plan.list(cells);
        for (const value of found.filter((value) => value.label === 'fax')) leftOut.add(`${header[value.column] ?? ''} (${plan.field === 'phone' ? inJson.faxAndPager : inJson.fax})`);
        const kept = found.flatMap(({ label, value }) => (label === 'fax' ? [] : [{ label, value }]));
        if (kept.length === 0) continue;
        contact.card[plan.field as 'phone' | 'email'] = kept[0]?.value;
        if (plan.field === 'phone') contact.phones = kept.map(({ label, value }) => ({ label, number: value }));
        else contact.emails = kept.map(({ label, value }) => ({ label, address: value }));
        continue;
      }
      const value = plan.read(cells);
      if (value === undefined || value === '') continue;
      if (plan.field === 'handle') contact.handle = value;
      else if (plan.field === 'filedOn') contact.filedOn = value;
      else contact.card[plan.field] = value;
    }
    for (const { kind, column } of lists) {
      const cell = cells[column] ?? '';
      if (cell === '') continue;
      if (kind === 'phones') contact.phones = phonesOfCell(cell);
      else contact.emails = emailsOfCell(cell);
    }
    contacts.push(contact);
  }

  return {
    contacts,
    mapping: plans.map((plan) => ({ field: plan.field, from: plan.from })),
    unmapped: [...header.filter((name, column) => name !== '' && !used.has(column)), ...leftOut],
  };
}

// ---- parsing ----

/** How much of the file csv-parse is given at a time, between which a long read may pause. */
const CHUNK = 256 * 1024;

/** The part of csv-parse's Parser that its own sync and stream APIs drive: one chunk at a time. */
interface ChunkParser {
  parse(chunk: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): CsvError | undefined;
}

/** The records, cells trimmed, and the line each record starts on. */
function* parseRecords(body: string, delimiter: string, fromLine: number): Steps<{ records: string[][]; lines: number[] }> {
  const lines: number[] = [];
  // csv-parse reports the line a record ends on; the next one starts on the line after. Empty
  // lines come through as records of one empty cell, so no line is skipped unseen.
  let lastLine = fromLine - 1;
  const parser = new Parser({
    delimiter,
    from_line: fromLine,
    relax_column_count: true,
    relax_quotes: true,
    trim: true,
    // A row past this is refused as it is read: a quote never closed would take in the whole file.
    max_record_size: CELL_LIMIT,
    on_record: (record, context) => {
      lines.push(lastLine + 1);
      lastLine = context.lines;
      return record;
    },
  });
  // csv-parse's sync API is this loop in one call; in chunks, a long file can be paused between them.
  const api = (parser as unknown as { api: ChunkParser }).api;
  const records: string[][] = [];
  const push = (record: string[]) => records.push(record.map((cell) => cell.trim()));
  const bytes = Buffer.from(body);
  for (let at = 0; at <= bytes.length; at += CHUNK) {
    const end = at + CHUNK > bytes.length;
    const error = api.parse(bytes.subarray(at, at + CHUNK), end, push, () => undefined);
    if (error instanceof CsvError) throw csvProblem(error, lastLine + 1);
    if (error !== undefined) throw error;
    yield;
  }
  return { records, lines };
}

function csvProblem(error: CsvError, line: number): UserError {
  const m = say().csv;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return new UserError(m.quoteNotClosed({ line }));
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return new UserError(m.afterQuote({ line }));
    case 'CSV_MAX_RECORD_SIZE':
      return new UserError(m.rowTooLarge({ line, limit: sizeText(CELL_LIMIT) }));
    default:
      return new UserError(m.notCsv({ line, problem: error.message }));
  }
}

const DELIMITERS = [',', ';', '\t', '|'];

/** The separator the header line uses most, outside quotes; a comma when it uses none. */
function sniffDelimiter(body: string): string {
  const counts = new Map(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of body) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n') break;
    else {
      const count = counts.get(char);
      if (count !== undefined) counts.set(char, count + 1);
    }
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

function delimiterOption(given: string): string {
  const named: Record<string, string> = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' };
  const delimiter = named[given.toLowerCase()] ?? given;
  if ([...delimiter].length !== 1 || /["\n\r]/.test(delimiter)) {
    throw new UserError(say().csv.notSeparator({ typed: given }));
  }
  return delimiter;
}

// ---- matching columns to fields ----

/** How one field is read from a row. */
interface Plan {
  field: Target;
  /** For the preview: "First Name + Last Name", "Mobile Phone, else Business Phone". */
  from: string;
  /** Every column it reads, so the rest can be listed as left out. */
  columns: number[];
  read(cells: readonly string[]): string | undefined;
  /** Phone and e-mail: every value the row holds, labelled, the primary first. */
  list?(cells: readonly string[]): Labelled[];
}

/** A number or address found in a row, with its label and the column it is in. */
interface Labelled {
  label: ContactLabel | 'fax';
  value: string;
  column: number;
}

/**
 * A header name as the matching sees it: lower case, without spaces, punctuation or diacritics,
 * so "E-mail Address", "email address" and "E-Mail-Adresse"'s "emailadresse" meet their key.
 */
function key(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

// Column names by field, as keys, most telling first. English as Google Contacts, Outlook,
// HubSpot, Salesforce, Pipedrive and Zoho export them, and the Polish and German a rep's own
// spreadsheet is likely to use.
const FULL_NAME = ['name', 'fullname', 'displayname', 'contactname', 'personname', 'clientname', 'customername', 'contact', 'client', 'customer', 'imieinazwisko', 'kontakt', 'klient', 'kunde'];
const GIVEN_NAME = ['firstname', 'givenname', 'first', 'imie', 'vorname'];
const MIDDLE_NAME = ['middlename', 'additionalname', 'drugieimie', 'weiterevornamen'];
const FAMILY_NAME = ['lastname', 'familyname', 'surname', 'last', 'nazwisko', 'nachname'];
const JOB_TITLE = ['jobtitle', 'position', 'organizationtitle', 'organization1title', 'personjobtitle', 'role', 'stanowisko', 'funkcja'];
const COMPANY = ['company', 'companyname', 'organization', 'organisation', 'organizationname', 'organisationname', 'organization1name', 'org', 'accountname', 'personorganization', 'firma', 'nazwafirmy', 'unternehmen', 'employer'];
/** How to address the person, when a column says it whole. */
const ADDRESS_AS = ['howtoaddress', 'formofaddress', 'addressas', 'greeting'];
/** Mr., Dr., Pani: with the surname, how to address the person ("Dr. Müller"). */
const HONORIFIC = ['nameprefix', 'prefix', 'salutation', 'honorific', 'anrede', 'zwrot', 'tytul'];
const POSTAL_ADDRESS = ['postaladdress', 'mailingaddress', 'address1formatted', 'businessaddress', 'workaddress', 'homeaddress', 'address2formatted', 'adres', 'anschrift'];
const NOTES = ['notes', 'note', 'comments', 'comment', 'remarks', 'description', 'uwagi', 'notatki', 'notatka', 'notizen', 'notiz', 'bemerkungen', 'bemerkung', 'kommentar'];
const TAGS = ['tags', 'tag', 'labels', 'label', 'categories', 'category', 'groupmembership', 'groups', 'group', 'tagi', 'etykiety', 'kategorie', 'kategorien'];
const EMAIL = ['primaryemail', 'email', 'emailaddress', 'mail', 'emailadresse', 'mailadresse', 'adresemail', 'personemail', 'workemail', 'businessemail', 'personemailwork', 'emailaddress2', 'email2address', 'email2', 'emailaddress3', 'email3address', 'email3', 'homeemail', 'personemailhome', 'otheremail', 'personemailother'];
/**
 * Phone columns in the order a number is taken from them: mobile first (a rep calls people, and a
 * mobile reaches them away from the desk), then business, then a plain "Phone" column, then
 * primary, other and home. Fax and pager numbers are not for calling and are left out.
 */
const PHONE_TIERS = [
  ['mobilephone', 'mobile', 'mobilephonenumber', 'mobilenumber', 'cellphone', 'cell', 'cellular', 'mobil', 'mobiltelefon', 'handy', 'komorka', 'telefonkomorkowy', 'telkom', 'personphonemobile'],
  ['businessphone', 'businessphone2', 'workphone', 'officephone', 'companymainphone', 'telefongeschaftlich', 'telefonsluzbowy', 'personphonework'],
  ['phone', 'phonenumber', 'telephone', 'telephonenumber', 'tel', 'telefon', 'telefonnummer', 'numertelefonu', 'nrtelefonu', 'personphone'],
  ['primaryphone', 'mainphone'],
  ['otherphone', 'carphone', 'personphoneother', 'callback', 'radiophone', 'isdn', 'ttytddphone', 'assistantsphone'],
  ['homephone', 'homephone2', 'telefonprivat', 'telefonprywatny', 'personphonehome'],
];
/** Google Contacts: "Phone 1 - Value" with its kind in "Phone 1 - Type" (older) or "- Label". */
const GOOGLE_VALUE = /^(phone|email)(\d+)value$/;
/** Google's own groups, in every file it exports: not the rep's tags. */
const SYSTEM_LABELS = new Set(['mycontacts', 'starred']);

/** Which header columns are still free to match, and taking them. */
class Columns {
  private readonly taken = new Set<number>();

  constructor(
    readonly header: readonly string[],
    claimed: Iterable<number>,
  ) {
    for (const column of claimed) this.taken.add(column);
  }

  /** Free columns with one of the keys, in the keys' order, then the header's. */
  find(keys: readonly string[]): number[] {
    const keyed = this.header.map(key);
    return keys.flatMap((wanted) => keyed.flatMap((have, column) => (have === wanted && !this.taken.has(column) ? [column] : [])));
  }

  takeAll(keys: readonly string[]): number[] {
    const found = this.find(keys);
    for (const column of found) this.taken.add(column);
    return found;
  }

  take(keys: readonly string[]): number | undefined {
    const [column] = this.find(keys);
    if (column !== undefined) this.taken.add(column);
    return column;
  }

  /** Google's numbered value columns with their type (or label) columns. */
  takeGoogle(kind: 'phone' | 'email'): { value: number; type: number | undefined }[] {
    const keyed = this.header.map(key);
    const pairs = keyed.flatMap((have, column) => {
      const m = GOOGLE_VALUE.exec(have);
      if (!m || m[1] !== kind || this.taken.has(column)) return [];
      const type = keyed.findIndex((other, at) => !this.taken.has(at) && (other === `${kind}${m[2]}type` || other === `${kind}${m[2]}label`));
      return [{ value: column, type: type < 0 ? undefined : type }];
    });
    for (const pair of pairs) {
      this.taken.add(pair.value);
      if (pair.type !== undefined) this.taken.add(pair.type);
    }
    return pairs;
  }
}

const TARGETS: readonly Target[] = [...CARD_FIELDS, 'handle', 'filedOn'];

/** crm's own export, known by its handle column beside one only crm writes (a "Handle" alone may be Twitter's). */
function writtenByCrm(header: readonly string[]): boolean {
  const headerKeys = new Set(header.map(key));
  return headerKeys.has('handle') && ['filedon', 'pronunciation', 'cadence', 'lastcontact'].some((crmKey) => headerKeys.has(crmKey));
}

/**
 * crm's own export's `phones` and `emails` columns: every number and address of a card, one a
 * line. Not read when --map names the phone or e-mail's column: the user chose that one.
 */
function ownLists(header: readonly string[], map: readonly string[]): { kind: 'phones' | 'emails'; column: number }[] {
  if (!writtenByCrm(header)) return [];
  const mapped = new Set(map.map((entry) => key(entry.slice(0, Math.max(0, entry.indexOf('='))))));
  return (['phones', 'emails'] as const).flatMap((kind) => {
    const column = header.findIndex((name) => key(name) === kind);
    return column < 0 || mapped.has(kind.slice(0, -1)) ? [] : [{ kind, column }];
  });
}

/** The plan for each field the file gives, in card order: --map entries first, then by column names. */
function planFields(header: readonly string[], map: readonly string[]): Plan[] {
  // crm's own export is read as crm wrote it: its "address" is the card's, its tags are as typed.
  const verbatim = writtenByCrm(header);
  const explicit = new Map<Target, number | null>();
  for (const entry of map) {
    const { field, column } = mapEntry(entry, header);
    explicit.set(field, column);
  }
  const columns = new Columns(header, [...explicit.values()].filter((column) => column !== null));
  const cell = (cells: readonly string[], column: number | undefined) => (column === undefined ? '' : (cells[column] ?? ''));
  const name = (column: number) => header[column] ?? '';

  const plans = new Map<Target, Plan>();
  for (const [field, column] of explicit) {
    if (column === null) continue;
    plans.set(field, { field, from: name(column), columns: [column], read: (cells) => clean(field, cell(cells, column), verbatim) });
  }
  const wanted = (field: Target) => !explicit.has(field);
  /** A field read from the first of these columns that is filled in. */
  const firstOf = (field: Target, found: number[]) => {
    if (found.length === 0) return;
    plans.set(field, {
      field,
      from: found.map(name).join(inJson.orElse),
      columns: found,
      read: (cells) => found.map((column) => clean(field, cell(cells, column), verbatim)).find((value) => value !== ''),
    });
  };

  if (wanted('handle') && verbatim) firstOf('handle', columns.takeAll(['handle']));
  if (wanted('filedOn')) firstOf('filedOn', columns.takeAll(['filedon']));

  // The name: a full-name column, else the parts put together; both, row by row, when both exist.
  // Looked up even when --map names the name's column: the address may need the surname.
  const pick = (keys: readonly string[]) => (wanted('name') ? columns.take(keys) : columns.find(keys)[0]);
  const full = pick(FULL_NAME);
  const given = pick(GIVEN_NAME);
  const middle = pick(MIDDLE_NAME);
  const family = pick(FAMILY_NAME);
  const parts = [given, middle, family].filter((column) => column !== undefined);
  const composed = (cells: readonly string[]) => parts.map((column) => clean('name', cell(cells, column), verbatim)).filter(Boolean).join(' ');
  const fullName = (cells: readonly string[]) => clean('name', cell(cells, full), verbatim) || composed(cells);
  if (wanted('name') && (full !== undefined || parts.length > 0)) {
    const partsFrom = parts.map(name).join(' + ');
    plans.set('name', {
      field: 'name',
      from: full === undefined ? partsFrom : parts.length === 0 ? name(full) : `${name(full)}${inJson.orElse}${partsFrom}`,
      columns: [...(full === undefined ? [] : [full]), ...parts],
      read: fullName,
    });
  }

  // "Title" is Mr./Dr. beside a job title column (Outlook), and the job title itself without one
  // (Salesforce).
  const titleIsHonorific = columns.find(JOB_TITLE).length > 0;
  if (wanted('position')) firstOf('position', columns.takeAll(titleIsHonorific ? JOB_TITLE : [...JOB_TITLE, 'title']));
  if (wanted('company')) firstOf('company', columns.takeAll(COMPANY));
  if (wanted('phone')) phonePlan(plans, columns, verbatim);
  if (wanted('email')) emailPlan(plans, columns, verbatim);

  if (wanted('address')) {
    const direct = columns.takeAll(verbatim ? ['address', ...ADDRESS_AS] : ADDRESS_AS);
    const honorific = direct.length > 0 ? undefined : columns.take(titleIsHonorific ? [...HONORIFIC, 'title'] : HONORIFIC);
    if (honorific !== undefined) {
      const surname = family ?? full;
      plans.set('address', {
        field: 'address',
        from: `${name(honorific)} + ${surname === undefined ? 'name' : name(surname)}`,
        columns: [honorific, ...(surname === undefined ? [] : [surname])],
        read: (cells) => {
          const prefix = cell(cells, honorific);
          const who = (family !== undefined ? cell(cells, family) : '') || fullName(cells);
          if (prefix === '' || who === '' || prefix.toLowerCase().includes(who.toLowerCase())) return prefix;
          return `${prefix} ${who}`;
        },
      });
    } else firstOf('address', direct);
  }

  if (wanted('notes')) {
    const notes = columns.takeAll(NOTES);
    const postal = addressSources(columns, verbatim);
    if (notes.length > 0 || postal.length > 0) {
      plans.set('notes', {
        field: 'notes',
        from: [notes.map(name).join(inJson.orElse), ...postal.map((source) => source.from)].filter(Boolean).join(' + '),
        columns: [...notes, ...postal.flatMap((source) => source.columns)],
        read: (cells) => {
          const text = notes.map((column) => cell(cells, column)).find((value) => value !== '') ?? '';
          return [text, ...addressLines(postal.map((source) => source.read(cells)))].filter(Boolean).join('\n');
        },
      });
    }
  }

  if (wanted('tags')) {
    const found = columns.takeAll(TAGS);
    if (found.length > 0) {
      plans.set('tags', {
        field: 'tags',
        from: found.map(name).join(' + '),
        columns: found,
        read: (cells) => (verbatim ? cell(cells, found[0]) : tagList(found.map((column) => cell(cells, column)).join(','))),
      });
    }
  }

  if (wanted('priority')) firstOf('priority', columns.takeAll(['priority', 'priorytet', 'prioritat']));
  if (wanted('stage')) firstOf('stage', columns.takeAll(['stage', 'etap']));
  if (wanted('cadence')) firstOf('cadence', columns.takeAll(['cadence']));
  if (wanted('pronunciation')) {
    const direct = columns.takeAll(['pronunciation', 'wymowa', 'aussprache']);
    // Google's phonetic name parts ("Yomi" in older exports) say how the name sounds.
    const phonetic = [
      columns.take(['phoneticfirstname', 'givennameyomi', 'givenyomi']),
      columns.take(['phoneticmiddlename', 'additionalnameyomi']),
      columns.take(['phoneticlastname', 'familynameyomi', 'surnameyomi']),
    ].filter((column) => column !== undefined);
    if (direct.length > 0) firstOf('pronunciation', direct);
    else if (phonetic.length > 0) {
      plans.set('pronunciation', {
        field: 'pronunciation',
        from: phonetic.map(name).join(' + '),
        columns: phonetic,
        read: (cells) => phonetic.map((column) => cell(cells, column)).filter(Boolean).join(' '),
      });
    }
  }
  if (wanted('preferences')) firstOf('preferences', columns.takeAll(['preferences', 'preference', 'preferencje', 'praferenzen']));

  return TARGETS.flatMap((field) => {
    const plan = plans.get(field);
    return plan ? [plan] : [];
  });
}

/**
 * Every phone number of the row, each labelled, the primary first: the best kind of column the
 * row has filled in (see PHONE_TIERS), Google's primary one ("* Mobile") before others of its kind.
 */
function phonePlan(plans: Map<Target, Plan>, columns: Columns, verbatim: boolean): void {
  const sources: Source[] = [
    ...PHONE_TIERS.flatMap((keys, tier) =>
      columns.takeAll(keys).map((column) => {
        const label = labelOfKind((columns.header[column] ?? '').replace(PHONE_WORDS, ''), 'work');
        return { column, type: undefined, label: () => label, tier: () => tier };
      }),
    ),
    ...columns.takeGoogle('phone').map(({ value, type }) => {
      const label = (cells: readonly string[]) => labelOfKind(typeOf(cells, type), 'work');
      return { column: value, type, label, tier: (cells: readonly string[]) => LABEL_TIER[label(cells)] };
    }),
  ];
  listPlan(plans, 'phone', sources, columns, verbatim, phoneKey);
}

/** Every e-mail address of the row, each labelled; Google's primary one (its type starts with "*") first. */
function emailPlan(plans: Map<Target, Plan>, columns: Columns, verbatim: boolean): void {
  const sources: Source[] = [
    ...columns.takeAll(EMAIL).map((column) => {
      const label = labelOfKind((columns.header[column] ?? '').replace(EMAIL_WORDS, ''), 'work');
      return { column, type: undefined, label: () => label, tier: () => 0 };
    }),
    ...columns.takeGoogle('email').map(({ value, type }) => ({ column: value, type, label: (cells: readonly string[]) => labelOfKind(typeOf(cells, type), 'work'), tier: () => 0 })),
  ];
  listPlan(plans, 'email', sources, columns, verbatim, (address) => address.toLowerCase());
}

/** A column a phone or e-mail is read from: its label and rank for a row (a Google column's come from its type cell). */
interface Source {
  column: number;
  type: number | undefined;
  label(cells: readonly string[]): ContactLabel | 'fax';
  /** Lower is taken first as the primary one. */
  tier(cells: readonly string[]): number;
}

/** Sets the plan of a field held in several columns: all their values, ranked, each once. */
function listPlan(plans: Map<Target, Plan>, field: 'phone' | 'email', sources: Source[], columns: Columns, verbatim: boolean, same: (value: string) => string): void {
  if (sources.length === 0) return;
  const list = (cells: readonly string[]): Labelled[] => {
    const seen = new Set<string>();
    return sources
      .flatMap((source, order) => {
        const cell = cells[source.column] ?? '';
        if (cell === '') return [];
        const label = source.label(cells);
        const values = verbatim ? [cell] : field === 'phone' ? valuesOf(cell) : addressesOf(cell);
        return values.map((value, at) => ({ value, label, column: source.column, rank: [source.tier(cells), -preferred(cells, source.type), order, at] }));
      })
      .sort((a, b) => a.rank.reduce((sign, value, at) => sign || value - (b.rank[at] ?? 0), 0))
      .filter(({ value }) => {
        const known = same(value);
        if (seen.has(known)) return false;
        seen.add(known);
        return true;
      })
      .map(({ value, label, column }) => ({ value, label, column }));
  };
  plans.set(field, {
    field,
    from: sources.map(({ column }) => columns.header[column] ?? '').join(inJson.orElse),
    columns: sources.flatMap(({ column, type }) => (type === undefined ? [column] : [column, type])),
    read: (cells) => list(cells).find(({ label }) => label !== 'fax')?.value,
    list,
  });
}

/** Google's type cell for a value ("* Work"), without the mark of the primary one. */
function typeOf(cells: readonly string[], type: number | undefined): string {
  return type === undefined ? '' : (cells[type] ?? '').replace(/^\s*\*\s*/, '');
}

const LABEL_TIER: Record<ContactLabel | 'fax', number> = { mobile: 0, work: 1, other: 4, home: 5, fax: 6 };
/** What a phone column's name says besides its kind: "Business Phone 2" is a work number. */
const PHONE_WORDS = /phone|telephone|telefon|number|nummer|numer|\btel\b|\bnr\b|\d+/gi;
const EMAIL_WORDS = /e-?mail|address|adresse|adres|\d+/gi;

/** Same number however it is spaced: its digits, else its text. */
function phoneKey(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits === '' ? number : digits;
}

/** 1 when Google marks the value as the contact's primary one ("* Work"), else 0. */
function preferred(cells: readonly string[], type: number | undefined): number {
  return type !== undefined && (cells[type] ?? '').trimStart().startsWith('*') ? 1 : 0;
}

/** Google writes several values in one cell, "a ::: b". */
function valuesOf(cell: string): string[] {
  return cell
    .split(':::')
    .map((value) => value.trim())
    .filter(Boolean);
}

/**
 * The e-mail addresses in a cell: Google's "a ::: b", a mail program's "Anna Nowak
 * <anna@nowak.pl>", several separated by commas, semicolons or spaces. Text that is none of these
 * ("anna nowak@x.pl") is returned whole, for the import to refuse or skip by its line.
 */
export function addressesOf(cell: string): string[] {
  return valuesOf(cell).flatMap((value) => {
    const text = value.replace(/^mailto:/i, '');
    // [^<>@]* cannot backtrack past an @, so this stays linear on a long cell.
    const bracketed = [...text.matchAll(/<([^<>@]*@[^<>]*)>/g)].map((match) => (match[1] ?? '').trim().replace(/^mailto:/i, ''));
    if (bracketed.length > 0) return bracketed;
    const words = text.split(/[\s,;]+/).filter(Boolean);
    return words.length > 1 && words.every((word) => word.includes('@')) ? words : [text];
  });
}

/** A cell as the field keeps it. Google writes several values in one cell, "a ::: b": the first is taken. */
function clean(field: Target, cell: string, verbatim: boolean): string {
  if (verbatim) return cell;
  if (field === 'tags') return tagList(cell);
  if (field === 'notes' || field === 'preferences') return cell;
  if (field === 'priority') return PRIORITY_WORDS[key(cell)] ?? cell;
  return (cell.split(':::')[0] ?? '').trim();
}

// ---- postal addresses ----

/** A postal address read from a row: one cell, or parts (street, city...) put together. */
interface AddressSource {
  from: string;
  columns: number[];
  read(cells: readonly string[]): { label: string; text: string } | undefined;
}

/** The parts of a postal address, in the order they are written on one line. */
const ADDRESS_PARTS = ['street', 'street2', 'street3', 'extended', 'city', 'region', 'code', 'country', 'pobox'] as const;
type AddressPart = (typeof ADDRESS_PARTS)[number];

/** Column name endings for each part: Google's "Address 1 - Postal Code", Outlook's "Business Postal Code", HubSpot's "Street Address". */
const PART_KEYS: Record<AddressPart, string[]> = {
  street: ['street', 'streetaddress', 'ulica', 'strasse', 'address1', 'addressline1'],
  street2: ['street2', 'addressline2'],
  street3: ['street3', 'addressline3'],
  extended: ['extendedaddress'],
  city: ['city', 'town', 'miasto', 'miejscowosc', 'ort', 'stadt'],
  region: ['region', 'state', 'stateregion', 'province', 'wojewodztwo', 'bundesland'],
  code: ['postalcode', 'zip', 'zipcode', 'postcode', 'kodpocztowy', 'plz', 'postleitzahl'],
  country: ['country', 'countryregion', 'kraj', 'land'],
  pobox: ['pobox', 'postofficebox', 'skrytkapocztowa', 'postfach'],
};

/**
 * Every postal address a row can hold: one-cell columns ("Address", Google's "Address 1 -
 * Formatted" with its label), and addresses in parts (Google's numbered ones when the formatted
 * cell is empty, Outlook's Business, Home and Other ones, a plain Street + City + Postal Code).
 */
function addressSources(columns: Columns, verbatim: boolean): AddressSource[] {
  const header = columns.header;
  const sources: AddressSource[] = [];
  const partsOf = (prefix: string) => {
    const found = new Map<AddressPart, number>();
    for (const part of ADDRESS_PARTS) {
      const column = columns.take(PART_KEYS[part].map((ending) => `${prefix}${ending}`));
      if (column !== undefined) found.set(part, column);
    }
    return found;
  };
  const composed = (parts: Map<AddressPart, number>, cells: readonly string[]) => {
    const part = (name: AddressPart) => (parts.has(name) ? (cells[parts.get(name) ?? -1] ?? '') : '');
    return [part('street'), part('street2'), part('street3'), part('extended'), [part('code'), part('city')].filter(Boolean).join(' '), part('region'), part('country'), part('pobox') && `PO Box ${part('pobox')}`]
      .filter(Boolean)
      .join(', ');
  };

  // Google: "Address 1 - Formatted", "- Label" (or "- Type" in older exports), and the parts.
  const numbers = [...new Set(header.flatMap((name) => /^address(\d+)(?:formatted|label|type|street|city|pobox|region|postalcode|country|extendedaddress)$/.exec(key(name))?.[1] ?? []))];
  for (const number of numbers) {
    const prefix = `address${number}`;
    const formatted = columns.take([`${prefix}formatted`]);
    const type = columns.take([`${prefix}label`, `${prefix}type`]);
    const parts = partsOf(prefix);
    const partColumns = [...parts.values()];
    sources.push({
      from: formatted !== undefined ? (header[formatted] ?? '') : partColumns.map((column) => header[column] ?? '').join(' + '),
      columns: [...(formatted === undefined ? [] : [formatted]), ...(type === undefined ? [] : [type]), ...partColumns],
      read: (cells) => {
        const text = (formatted === undefined ? '' : (cells[formatted] ?? '')) || composed(parts, cells);
        return text === '' ? undefined : { label: addressLabel(typeOf(cells, type)), text };
      },
    });
  }
  /** An address in parts, with the label it always has. */
  const inParts = (parts: Map<AddressPart, number>, label: string): AddressSource => {
    const partColumns = [...parts.values()];
    return {
      from: partColumns.map((column) => header[column] ?? '').join(' + '),
      columns: partColumns,
      read: (cells) => {
        const text = composed(parts, cells);
        return text === '' ? undefined : { label, text };
      },
    };
  };
  // Outlook: Business, Home and Other addresses in parts.
  for (const [prefix, label] of [['business', 'work'], ['home', 'home'], ['other', 'other']] as const) {
    const parts = partsOf(prefix);
    if (parts.size > 0) sources.push(inParts(parts, label));
  }
  // One-cell addresses; in crm's own export "address" is the card's field (how to address the person).
  for (const column of columns.takeAll(verbatim ? POSTAL_ADDRESS : ['address', ...POSTAL_ADDRESS])) {
    const label = addressLabel((header[column] ?? '').replace(/address|adres|anschrift|formatted|postal|mailing|\d+/gi, ''));
    sources.push({
      from: header[column] ?? '',
      columns: [column],
      read: (cells) => {
        const text = cells[column] ?? '';
        return text === '' ? undefined : { label, text };
      },
    });
  }
  // A plain address in parts: Street, City, Postal Code.
  const parts = partsOf('');
  if (parts.has('street') || parts.has('city')) sources.push(inParts(parts, ''));
  return sources;
}

/** The label an address is shown with: work, home, other, or the kind the file gives in its own words. */
function addressLabel(kind: string): string {
  const label = labelOfKind(kind, 'other');
  if (kind.trim() === '') return '';
  return label === 'other' || label === 'fax' ? kind.trim().toLowerCase() : label;
}

/** Outlook's and Google's Priority column says High, Normal or Low; crm says A, B or C. */
const PRIORITY_WORDS: Record<string, string> = {
  high: 'A',
  wysoki: 'A',
  hoch: 'A',
  normal: 'B',
  medium: 'B',
  sredni: 'B',
  mittel: 'B',
  low: 'C',
  niski: 'C',
  niedrig: 'C',
};

/** Tags as crm writes them, "vip, warsaw", from Google's "* myContacts ::: Clients" or Outlook's "Clients;VIP". */
function tagList(cell: string): string {
  const tags = cell
    .split(/:::|[,;]/)
    .map((tag) => tag.trim().replace(/^\*\s*/, ''))
    .filter((tag) => tag !== '' && !SYSTEM_LABELS.has(key(tag)));
  return [...new Set(tags)].join(', ');
}

// ---- --map ----

function mapEntry(entry: string, header: readonly string[]): { field: Target; column: number | null } {
  const equals = entry.indexOf('=');
  if (equals < 0) {
    throw new UserError(say().csv.mapWhich({ entry }));
  }
  const fieldText = entry.slice(0, equals).trim();
  const field = TARGETS.find((target) => key(target) === key(fieldText) && fieldText !== '');
  if (field === undefined) {
    throw new UserError(say().csv.mapNotField({ entry, field: fieldText, fields: TARGETS.join(', ') }));
  }
  // The shell takes the quotes off phone="Mobile Phone"; quotes that reach here are not part of the name.
  const columnText = entry.slice(equals + 1).trim().replace(/^"(.*)"$/s, '$1').replace(/^'(.*)'$/s, '$1');
  if (columnText === '') return { field, column: null };
  let column = header.indexOf(columnText);
  if (column < 0) column = header.findIndex((name) => key(name) === key(columnText) && key(name) !== '');
  if (column < 0) {
    throw new UserError(say().csv.mapNoColumn({ field: fieldText, column: columnText, hint: columnsHint(header, columnText) }));
  }
  return { field, column };
}

function columnsHint(header: readonly string[], wanted: string): string {
  const m = say().csv;
  const names = header.filter((name) => name !== '');
  if (names.length === 0) return m.noHeader;
  const near = names.filter((name) => key(wanted) !== '' && (key(name).includes(key(wanted)) || key(wanted).includes(key(name))));
  if (near.length > 0 && near.length <= 3) return m.didYouMean({ names: near });
  const SHOWN = 12;
  return m.itsColumns({ names: names.slice(0, SHOWN), more: Math.max(0, names.length - SHOWN) });
}
