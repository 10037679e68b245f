// Loads the run's language: only that language's catalogue is read (English and the
// pseudo-language are made from the renderers' own English and load nothing).
import { createRequire } from 'node:module';
import type { Catalogue } from './catalogue.js';
import type { Language } from './language.js';

// In the built bundles (scripts/bundle.mjs): the areas of the catalogue, space-separated, each of
// which is a file of its own in every language, dist/lang/<language>/<area>.cjs.
declare const CRM_LANGUAGE_AREAS: string | undefined;

/** The catalogue of `language`, or undefined for English and qps. */
export async function catalogueOf(language: Language): Promise<Catalogue | undefined> {
  if (language === 'en' || language === 'qps') return undefined;
  if (typeof CRM_LANGUAGE_AREAS !== 'undefined') return areaByArea(language, CRM_LANGUAGE_AREAS.split(' ') as (keyof Catalogue)[]);
  // Unbundled (tests, tsc's output): each an import of its own.
  switch (language) {
    case 'pl':
      return (await import('./pl/index.js')).pl;
    case 'bg':
      return (await import('./bg/index.js')).bg;
    case 'hy':
      return (await import('./hy/index.js')).hy;
    case 'fa':
      return (await import('./fa/index.js')).fa;
  }
}

/**
 * The catalogue as an area is first asked for: `crm today` in Polish reads the few areas it
 * prints (a file each), not the whole catalogue with every command's help (135 KB in Polish,
 * 340 KB in Armenian: some 7 ms at every start). Synchronous, as messages are said.
 */
function areaByArea(language: Language, areas: readonly (keyof Catalogue)[]): Catalogue {
  // The bundles sit in dist/, the runner's chunks in dist/chunks/.
  const dist = new URL(/\/chunks\/[^/]*$/.test(import.meta.url) ? '../' : './', import.meta.url);
  const read = createRequire(new URL(`lang/${language}/`, dist));
  const catalogue = {};
  for (const area of areas) {
    Object.defineProperty(catalogue, area, {
      enumerable: true,
      configurable: true,
      get() {
        const value = (read(`./${area}.cjs`) as Record<string, unknown>)[area];
        Object.defineProperty(catalogue, area, { value, enumerable: true });
        return value;
      },
    });
  }
  return catalogue as Catalogue;
}
