// crm find <text>: search handle, name, position, company, phone, e-mail and card notes.
import { asciiDigits, fold } from '../binder/fold.js';
import { UserError } from '../errors.js';
import type { Deps } from './deps.js';
import { view, type DossierView } from './stack.js';

export const FIND_LIMIT = 200;

export interface FindResult {
  text: string;
  dossiers: DossierView[];
  /** True when more dossiers matched than are listed. */
  more: boolean;
}

export async function findDossiers(input: { text: string }, deps: Deps): Promise<FindResult> {
  const folded = fold(input.text.trim());
  if (folded === '') throw new UserError('find needs some text to look for, such as crm find nowak');
  // A phone number is found whatever its spacing: "601234" finds "+48 601 234 567".
  const digits = asciiDigits(input.text).replace(/[\s+\-().]/g, '');
  const phoneDigits = /^\d{3,}$/.test(digits) ? digits : null;
  const found = await deps.store.search(folded, phoneDigits, FIND_LIMIT + 1);
  return {
    text: input.text,
    dossiers: found.slice(0, FIND_LIMIT).map((dossier) => view(dossier, deps.today)),
    more: found.length > FIND_LIMIT,
  };
}
