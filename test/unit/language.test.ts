// Which language a run speaks (issue 17): --lang, then CRM_LANG, then (run.ts) the binder's own
// setting, then the POSIX variables in gettext's order.
import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageAsked, languageNamed, systemLanguage } from '../../src/i18n/language.js';
import { UserError } from '../../src/errors.js';

describe('the POSIX variables, in gettext order', () => {
  const cases: [string, NodeJS.ProcessEnv, string][] = [
    ['nothing set', {}, 'en'],
    ['LANG=pl_PL.UTF-8', { LANG: 'pl_PL.UTF-8' }, 'pl'],
    ['LANG=bg_BG.utf8', { LANG: 'bg_BG.utf8' }, 'bg'],
    ['LANG=hy_AM.UTF-8', { LANG: 'hy_AM.UTF-8' }, 'hy'],
    ['LANG=fa_IR.UTF-8', { LANG: 'fa_IR.UTF-8' }, 'fa'],
    ['a modifier is stripped', { LANG: 'pl_PL.UTF-8@euro' }, 'pl'],
    ['a bare language', { LANG: 'fa' }, 'fa'],
    ['C is English', { LANG: 'C' }, 'en'],
    ['C.UTF-8 is English', { LANG: 'C.UTF-8' }, 'en'],
    ['POSIX is English', { LANG: 'POSIX' }, 'en'],
    ['a language crm does not speak is English', { LANG: 'de_DE.UTF-8' }, 'en'],
    ['LC_MESSAGES before LANG', { LANG: 'de_DE.UTF-8', LC_MESSAGES: 'bg_BG.UTF-8' }, 'bg'],
    ['LC_ALL before LC_MESSAGES', { LC_ALL: 'hy_AM.UTF-8', LC_MESSAGES: 'bg_BG.UTF-8', LANG: 'pl_PL.UTF-8' }, 'hy'],
    ['LC_ALL=C wins over LANG', { LC_ALL: 'C', LANG: 'pl_PL.UTF-8' }, 'en'],
    ['LANGUAGE before the locale', { LANGUAGE: 'fa', LANG: 'pl_PL.UTF-8' }, 'fa'],
    ['LANGUAGE is a list: its first language crm speaks', { LANGUAGE: 'de:bg:pl', LANG: 'pl_PL.UTF-8' }, 'bg'],
    ['LANGUAGE with no language crm speaks: the locale', { LANGUAGE: 'de:fr', LANG: 'pl_PL.UTF-8' }, 'pl'],
    ['LANGUAGE is ignored when the locale is C', { LANGUAGE: 'pl', LANG: 'C' }, 'en'],
    ['LANGUAGE is ignored when no locale is set', { LANGUAGE: 'pl' }, 'en'],
    ['qps is never a system language', { LANG: 'qps' }, 'en'],
  ];
  for (const [what, env, language] of cases) {
    it(what, () => expect(systemLanguage(env)).toBe(language));
  }
});

describe('what the user names for the run', () => {
  it('--lang before CRM_LANG before the system', () => {
    expect(chooseLanguage('pl', { CRM_LANG: 'fa', LANG: 'bg_BG.UTF-8' })).toEqual({ language: 'pl', named: true });
    expect(chooseLanguage(undefined, { CRM_LANG: 'fa', LANG: 'bg_BG.UTF-8' })).toEqual({ language: 'fa', named: true });
    expect(chooseLanguage(undefined, { LANG: 'bg_BG.UTF-8' })).toEqual({ language: 'bg', named: false });
    expect(chooseLanguage(undefined, { CRM_LANG: '', LANG: 'bg_BG.UTF-8' })).toEqual({ language: 'bg', named: false });
  });

  it('takes a locale name too, and qps', () => {
    expect(languageNamed('pl_PL.UTF-8')).toBe('pl');
    expect(languageNamed('FA')).toBe('fa');
    expect(languageNamed('hy-AM')).toBe('hy');
    expect(languageNamed('qps')).toBe('qps');
    expect(languageNamed('de')).toBeUndefined();
    expect(languageNamed('')).toBeUndefined();
  });

  it('refuses a language it does not speak, naming the ones it does', () => {
    expect(() => chooseLanguage('de', {})).toThrow(new UserError('--lang: "de" is not a language crm speaks; use en, pl, bg, hy or fa'));
    expect(() => chooseLanguage(undefined, { CRM_LANG: 'klingon' })).toThrow(/^CRM_LANG: "klingon" is not a language crm speaks; use en, pl, bg, hy or fa$/);
  });

  it('reads --lang wherever it stands, the last one winning, never after --', () => {
    expect(languageAsked(['--lang', 'pl', 'today'])).toBe('pl');
    expect(languageAsked(['today', '--lang=fa'])).toBe('fa');
    expect(languageAsked(['--lang', 'pl', 'today', '--lang', 'bg'])).toBe('bg');
    expect(languageAsked(['log', 'acme', '--', '--lang', 'pl'])).toBeUndefined();
    expect(languageAsked(['today'])).toBeUndefined();
  });
});
