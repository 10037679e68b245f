// A catalogue with every message's text mended in one place: the pseudo-language's accents
// (pseudo.ts), and Bulgarian's punctuation, where dates end in "г." (CLDR: "8 дек 2026 г.") and a
// sentence ending on one takes no second full stop ("... 8 дек 2026 г.", not "г..").

/**
 * `catalogue` with every message's text passed through `mend`, and each message's placeholders
 * through `given` first (the pseudo-language marks what a message quotes: pseudo.ts).
 */
export function mended<T>(catalogue: T, mend: (text: string) => string, given: (placeholder: unknown) => unknown = (placeholder) => placeholder): T {
  if (typeof catalogue === 'string') return mend(catalogue) as T;
  if (typeof catalogue === 'function') {
    return ((...args: unknown[]) => {
      const said = (catalogue as (...a: unknown[]) => unknown)(...args.map(given));
      return typeof said === 'string' ? mend(said) : said;
    }) as T;
  }
  if (catalogue !== null && typeof catalogue === 'object') {
    return Object.fromEntries(Object.entries(catalogue).map(([key, value]) => [key, mended(value, mend, given)])) as T;
  }
  return catalogue;
}

/** Bulgarian: the year's "г." is also the sentence's full stop. */
export function bulgarianStops(text: string): string {
  return text.replace(/г\.\./g, 'г.');
}
