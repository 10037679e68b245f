// The interface language of the run in progress (issue 17). What crm prints depends on it; what it
// reads (dates, yes/no answers) never does: every language's words are read under any of them.
import { currentPrinting } from '../io.js';

/** The languages crm speaks; `qps` is the pseudo-language that shows text outside the catalogue. */
export const LANGUAGES = ['en', 'pl', 'bg', 'hy', 'fa'] as const;
export type Language = (typeof LANGUAGES)[number] | 'qps';

/** The language the run in progress prints in; English outside a run (a renderer under a unit test). */
export function currentLanguage(): Language {
  return currentPrinting().language ?? 'en';
}

/** Whether the language is written right to left. */
export function isRightToLeft(language: Language): boolean {
  return language === 'fa';
}
