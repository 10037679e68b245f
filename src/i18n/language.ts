// The interface language of the run in progress (issue 17). What crm prints depends on it; what it
// reads (dates, yes/no answers) never does: every language's words are read under any of them.
import { UserError } from '../errors.js';
import { currentPrinting } from '../printing.js';

import { LANGUAGES, type Language } from './languages.js';

export { LANGUAGES, type Language } from './languages.js';

/** The language the run in progress prints in; English outside a run (a renderer under a unit test). */
export function currentLanguage(): Language {
  return currentPrinting().language ?? 'en';
}

/** Whether the language is written right to left. */
export function isRightToLeft(language: Language): boolean {
  return language === 'fa';
}

/** The language chosen, and whether the user named it for this run (--lang, CRM_LANG): then a binder's own setting does not override it. */
export interface LanguageChoice {
  language: Language;
  named: boolean;
}

const NAMES_TAKEN = 'en, pl, bg, hy or fa';

/** A language as named by --lang, CRM_LANG or crm config language (`pl`, `PL`, `pl_PL.UTF-8`); undefined when crm does not speak it. */
export function languageNamed(text: string): Language | undefined {
  const code = text.trim().toLowerCase();
  if (code === 'qps') return 'qps';
  const base = /^([a-z]{2,3})(?:[-_][a-z0-9]+)?(?:\.[^@]*)?(?:@.*)?$/.exec(code)?.[1];
  return LANGUAGES.find((language) => language === base);
}

/**
 * The run's language before the binder is open: --lang, then CRM_LANG, then the POSIX variables in
 * gettext's order (LANGUAGE, a list, unless the locale is C; then LC_ALL, LC_MESSAGES, LANG; the
 * first one set decides). A locale crm does not speak, C and POSIX are English. A binder's own
 * `language` setting comes between CRM_LANG and the POSIX variables (run.ts applies it).
 */
export function chooseLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): LanguageChoice {
  if (flag !== undefined) return { language: asked(flag, '--lang'), named: true };
  if (env.CRM_LANG) return { language: asked(env.CRM_LANG, 'CRM_LANG'), named: true };
  return { language: systemLanguage(env), named: false };
}

/** The value of the last --lang in a command line (`--lang pl`, `--lang=pl`), before any `--`; undefined when none. */
export function languageAsked(args: readonly string[]): string | undefined {
  let asked: string | undefined;
  for (let at = 0; at < args.length; at++) {
    const arg = args[at] as string;
    if (arg === '--') break;
    if (arg === '--lang') asked = args[++at];
    else if (arg.startsWith('--lang=')) asked = arg.slice('--lang='.length);
  }
  return asked;
}

/** The POSIX variables' language (gettext's order); English for C, POSIX, none, or one crm does not speak. */
export function systemLanguage(env: NodeJS.ProcessEnv): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const plain = locale === '' || locale === 'C' || locale === 'POSIX' || locale.startsWith('C.');
  if (!plain && env.LANGUAGE) {
    for (const name of env.LANGUAGE.split(':')) {
      const language = languageNamed(name);
      if (language && language !== 'qps') return language;
    }
  }
  const language = plain ? undefined : languageNamed(locale);
  return language && language !== 'qps' ? language : 'en';
}

function asked(text: string, where: string): Language {
  const language = languageNamed(text);
  if (!language) throw new UserError(`${where}: "${text}" is not a language crm speaks; use ${NAMES_TAKEN}`);
  return language;
}
