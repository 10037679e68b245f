// Loads the run's language: only that language's catalogue is read (English and the
// pseudo-language are made from the renderers' own English and load nothing).
import type { Catalogue } from './catalogue.js';
import type { Language } from './language.js';

/** The catalogue of `language`, or undefined for English and qps. */
export async function catalogueOf(language: Language): Promise<Catalogue | undefined> {
  // Each an import of its own: the build makes each language a file that only its runs read
  // (scripts/bundle.mjs).
  switch (language) {
    case 'pl':
      return (await import('./pl/index.js')).pl;
    case 'bg':
      return (await import('./bg/index.js')).bg;
    case 'hy':
      return (await import('./hy/index.js')).hy;
    case 'fa':
      return (await import('./fa/index.js')).fa;
    default:
      return undefined;
  }
}
