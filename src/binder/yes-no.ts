// Yes and no as a user types them (issue 17): in every language crm speaks, whatever the interface
// language, folded as names are (case, diacritics, Arabic/Persian letter forms). For a form's
// yes/no field and for the questions crm asks on a terminal.
import { messages } from '../i18n/catalogue.js';
import { dates as english } from '../i18n/en/dates.js';
import { fold } from './fold.js';

const say = messages('dates', english);

/**
 * en y/yes/true/1; pl t/tak; bg д/да; hy այո; fa بله, بلی and the colloquial آره. No: en
 * n/no/false/0; pl nie; bg н/не; hy ոչ; fa خیر and the colloquial نه. (`t` and `д` are the
 * letters Polish and Bulgarian programs ask with: [T/n], [Д/н].)
 */
const YES = ['y', 'yes', 'true', '1', 't', 'tak', 'д', 'да', 'այո', 'بله', 'بلی', 'آره'];
const NO = ['n', 'no', 'false', '0', 'nie', 'н', 'не', 'ոչ', 'خیر', 'نه'];

let words: Map<string, boolean> | undefined;

/** true for a yes, false for a no, undefined for anything else (an empty answer too). */
export function readYesNo(text: string): boolean | undefined {
  words ??= new Map([...YES.map((w) => [fold(w), true] as const), ...NO.map((w) => [fold(w), false] as const)]);
  return words.get(fold(text).trim());
}

/** What a yes/no question says to an answer it cannot read: the words a user may type, in the run's language. */
export function typeYesNo(): string {
  return say().typeYesNo;
}
