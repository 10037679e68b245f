// Yes and no as a user types them (issue 17): in every language crm speaks, whatever the interface
// language, folded as names are (case, diacritics, Arabic/Persian letter forms). For a form's
// yes/no field and for the questions crm asks on a terminal.
import { fold } from './fold.js';

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

/** What the yes/no error messages offer: the words a user may type. */
export const YES_NO_WORDS = 'y or n (also tak/nie, да/не, այո/ոչ, بله/خیر)';
