// Contacts as they arrive from outside (a spreadsheet's rows, a phone's vCards): card fields as
// text, checked and filed by crm import like anything typed on the command line.
import type { CardField, LabelledEmail, LabelledPhone } from '../binder/dossier.js';

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
  /** Columns that map to nothing, so the preview can say what was left out. */
  unmapped: string[];
}
