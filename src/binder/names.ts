// What may name a client and a document. A handle is typed in commands and inserted by shell
// completion; a document's name becomes a file name when `crm docs --get` writes it out. Both can
// come from someone else's file (an import, a copy to restore), so every way in checks them here.
import { messages } from '../i18n/catalogue.js';
import { dates as englishDates } from '../i18n/en/dates.js';
import { fields as english } from '../i18n/en/fields.js';

const say = messages('fields', english);
const sayDates = messages('dates', englishDates);

/** A handle: one word of letters and digits, with dots, dashes or underscores inside. Nothing a shell reads specially. */
export const HANDLE = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]{0,39}$/u;

/** What a handle is, said in error messages (in the run's language). */
export function handleRule(): string {
  return sayDates().handleRule;
}

export function isHandle(text: string): boolean {
  return HANDLE.test(text);
}

/** A form's name: a short lower-case word, typed after --form and completed by the shell. */
export const FORM_NAME = /^[a-z][a-z0-9_-]{0,39}$/;

/** The longest file name most file systems take, in UTF-8 bytes. */
const NAME_BYTES = 255;

/**
 * Why `name` cannot be a document's name, or undefined when it can: a document's name is a plain
 * file name, written inside the folder `crm docs --get` is given and nowhere else. So no folder
 * separator of any system (/ or \), no `.` or `..`, no control characters (NUL among them), and
 * something besides spaces.
 */
export function documentNameProblem(name: string): string | undefined {
  const said = say().document;
  if (name.trim() === '') return said.empty;
  if (/[/\\]/.test(name)) return said.separator;
  if (name === '.' || name === '..') return said.folder;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001F\u007F]/.test(name)) return said.control;
  if (new TextEncoder().encode(name).length > NAME_BYTES) return said.tooLong({ bytes: NAME_BYTES });
  return undefined;
}

/** What a document's name is, said in error messages (in the run's language). */
export function documentNameRule(): string {
  return sayDates().documentNameRule;
}

export function isDocumentName(name: string): boolean {
  return documentNameProblem(name) === undefined;
}
