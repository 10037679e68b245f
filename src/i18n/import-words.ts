// What crm import's --json says in English, the same bytes in every language, and the same said
// in the run's language where a person reads it (the import's report, its refusals): where a
// contact is in its file ('line 4', 'card 2'; 'dossiers[0]' is a place in JSON and stays), what a
// client was matched by ('handle', 'e-mail', 'phone', 'dossier acme'), the columns a field is read
// from ('Mobile Phone, else Business Phone'), what crm does not keep of a column ('TEL (fax and
// pager numbers)'), and standard input's name. The readers write them with `inJson`.
import { messages } from './catalogue.js';
import { exchange as english } from './en/exchange.js';

const say = messages('exchange', english);

/** The words as --json has them: English's, whatever the run's language. */
export const inJson = {
  line: (number: number) => english.words.line({ number }),
  card: (number: number) => english.words.card({ number }),
  /** A second row that finds the dossier an earlier row found: its match. */
  dossier: (handle: string) => `dossier ${handle}`,
  standardInput: english.words.standardInput,
  orElse: english.words.orElse,
  faxAndPager: english.words.faxAndPager,
  fax: english.words.fax,
  department: english.words.department,
};

/** Where a contact is in its file, in the run's language. */
export function placeSaid(source: string): string {
  const found = /^(line|card) (\d+)$/.exec(source);
  if (!found) return source;
  const number = Number(found[2]);
  return found[1] === 'line' ? say().words.line({ number }) : say().words.card({ number });
}

/** What a client was matched by, as '(same ...)' says it. */
export function sameSaid(match: string): string {
  const words = say().words;
  if (match === 'handle') return words.same.handle;
  if (match === 'e-mail') return words.same.email;
  if (match === 'phone') return words.same.phone;
  const dossier = /^dossier (.+)$/s.exec(match);
  return dossier ? words.sameDossier({ handle: dossier[1] as string }) : match;
}

/**
 * The column(s) a field is read from, each given to `shown` (a terminal isolates the file's own
 * text), the alternatives joined in the run's language.
 */
export function columnsSaid(from: string, shown: (text: string) => string = (text) => text): string {
  return from
    .split(inJson.orElse)
    .map((part) => shown(part))
    .join(say().words.orElse);
}

/** A column (or property) not read, and what crm does not keep of one it reads, in the run's language. */
export function notReadSaid(column: string, shown: (text: string) => string = (text) => text): string {
  const words = say().words;
  for (const [english, said] of [
    [inJson.faxAndPager, words.faxAndPager],
    [inJson.fax, words.fax],
    [inJson.department, words.department],
  ] as const) {
    if (column.endsWith(` (${english})`)) return `${shown(column.slice(0, -english.length - 3))} (${said})`;
  }
  return shown(column);
}

/** A file crm import read, named in the run's language when it is standard input. */
export function fileSaid(file: string): string {
  return file === inJson.standardInput ? say().words.standardInput : file;
}
