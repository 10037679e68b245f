// Contacts as they arrive from outside (a spreadsheet's rows, a phone's vCards): card fields as
// text, checked and filed by crm import like anything typed on the command line.
import type { CardField, ContactLabel, LabelledEmail, LabelledPhone } from '../binder/dossier.js';

export interface Contact {
  /** Where in the file it is, for messages: "line 4" (a CSV record's first line) or "card 3". */
  source: string;
  /** Card fields as found, trimmed; a field the file leaves empty is absent. */
  card: Partial<Record<CardField, string>>;
  /** The handle, when the file names one (a crm export does). */
  handle?: string;
  /** The next contact's date as written in the file (a crm export's filed_on), unchecked; CLOSED for a closed dossier. */
  filedOn?: string;
  /** Every phone number the file holds for this contact, the primary (card.phone) first. */
  phones?: LabelledPhone[];
  /** Every e-mail address the file holds for this contact, the primary (card.email) first. */
  emails?: LabelledEmail[];
  /**
   * A CSV row with more filled cells than its header names columns (nearly always a separator
   * inside a cell not quoted), and that separator: it cannot be read as a contact, and the import
   * refuses or skips it.
   */
  tooManyCells?: { cells: number; columns: number; delimiter: string };
}

/** What crm's exports write where a closed dossier (out of the ring) has no date. */
export const CLOSED = 'closed';

/** Which of the file's columns (or vCard properties) became which card field. */
export interface ColumnMapping {
  field: CardField | 'handle' | 'filedOn';
  /** The column(s) it was read from: "First Name + Last Name". */
  from: string;
}

export interface ContactsFile {
  contacts: Contact[];
  mapping: ColumnMapping[];
  /**
   * What the file holds that crm does not keep, so the preview can say what was left out: columns
   * (or vCard properties) that map to nothing, and kinds of value left out of a column that is
   * read ("Phone 2 - Value (fax)").
   */
  unmapped: string[];
}

/**
 * The largest contacts file (CSV or vCard) crm reads: a phone's or Google's export of thousands
 * of contacts is a few megabytes, photos included a few dozen. Past it the file is refused
 * before it is read whole, so `crm import /dev/zero` stops instead of filling the memory.
 */
export const CONTACTS_FILE_LIMIT = 64 * 1024 * 1024;

/**
 * The most text one contact's row (CSV) or one vCard property crm reads may hold: more than a
 * note's limit and every other field together. A cell past it is nearly always a quote never
 * closed, swallowing the rows after it.
 */
export const CELL_LIMIT = 1024 * 1024;

/** A size for messages: "64 MB", "1.5 MB", "800 KB". */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * The label of a number or address from the kind a file gives it: a vCard TYPE, Apple's
 * X-ABLabel ("_$!<Mobile>!$_"), Google's "* Work", an Outlook column's name ("Business Phone 2").
 * `fax` for a fax or pager, which is not for calling and is not kept; `fallback` for no kind, and
 * `other` for a kind of the user's own.
 */
export function labelOfKind(kind: string, fallback: ContactLabel): ContactLabel | 'fax' {
  const text = kind
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ł/g, 'l');
  if (text.replace(/[^\p{L}\p{N}]/gu, '') === '') return fallback;
  if (/fax|pager|telex/.test(text)) return 'fax';
  if (/mobil|cell|iphone|handy|komork|gsm/.test(text)) return 'mobile';
  if (/work|business|office|company|main|biur|prac|sluzb|firm|geschaft|dienst/.test(text)) return 'work';
  if (/home|privat|personal|domow|dom\b|zuhause/.test(text)) return 'home';
  return 'other';
}

/**
 * Postal addresses as the lines at the end of a contact's notes, each once: "Address (work): ul.
 * Długa 5, 00-001 Warszawa". An address's lines become ", " and runs of spaces one space (a
 * linear pass: a cell of many thousand spaces is read in an instant).
 */
export function addressLines(addresses: readonly ({ label: string; text: string } | undefined)[]): string[] {
  const seen = new Set<string>();
  return addresses.flatMap((address) => {
    if (!address) return [];
    const text = address.text
      .split('\n')
      .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
      .filter(Boolean)
      .join(', ');
    if (text === '' || seen.has(text.toLowerCase())) return [];
    seen.add(text.toLowerCase());
    return [`Address${address.label ? ` (${address.label})` : ''}: ${text}`];
  });
}
