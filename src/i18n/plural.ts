// Counted words in each language's own plural forms (CLDR's categories, as Intl.PluralRules gives
// them): Polish "1 teczka, 2 teczki, 5 teczek, 22 teczki"; Bulgarian one for 1 only; Armenian and
// Persian "one" for 0 and 1. English needs no Intl: one for 1, other for the rest.

/** The plural forms each language has (the categories CLDR gives its integers). */
export interface PluralForms {
  en: { one: string; other: string };
  pl: { one: string; few: string; many: string; other: string };
  bg: { one: string; other: string };
  hy: { one: string; other: string };
  fa: { one: string; other: string };
}

const RULES = new Map<string, Intl.PluralRules>();

/** The digits a language writes numbers in: Persian its own (۰-۹), the others ASCII. */
export function digits(language: keyof PluralForms, n: number | string): string {
  const text = String(n);
  return language === 'fa' ? text.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d))) : text;
}

/**
 * The form of `forms` for the count `n`, with `#` in it replaced by the number (in the language's
 * digits): counted('pl', 5, { one: '# teczka', few: '# teczki', many: '# teczek', other: '# teczki' }).
 */
export function counted<L extends keyof PluralForms>(language: L, n: number, forms: PluralForms[L]): string {
  let category: string;
  if (language === 'en') category = n === 1 ? 'one' : 'other';
  else {
    let rules = RULES.get(language);
    if (!rules) RULES.set(language, (rules = new Intl.PluralRules(language)));
    category = rules.select(n);
  }
  const form = (forms as Record<string, string>)[category] ?? forms.other;
  return form.replace(/#/g, digits(language, n));
}
