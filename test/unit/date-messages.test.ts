// What crm says of a date it cannot take names months in the run's language (binder/date-words.ts
// monthWords): the names the renderers print, and short forms crm reads back as that month.
import { describe, expect, it } from 'vitest';
import { dateWord, monthWords } from '../../src/binder/date-words.js';
import { catalogueOf } from '../../src/i18n/load.js';
import { parseWhen } from '../../src/binder/when.js';
import { printingAs } from '../../src/printing.js';
import { DATE_NAMES } from '../../src/render/date-names.generated.js';

const LANGUAGES = ['en', 'pl', 'bg', 'hy', 'fa'] as const;
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

describe.each(LANGUAGES)('month names in %s messages', (language) => {
  const inRun = <T>(work: () => T) => printingAs({ color: false, columns: undefined, language }, work);

  it('are the names the renderers print: standing alone, and short as in a date', () => {
    for (const month of MONTHS) {
      const { name, short } = inRun(() => monthWords(month));
      expect(name).toBe(DATE_NAMES[language].monthsAlone[month - 1]);
      expect(short).toBe(DATE_NAMES[language].months[month - 1]?.toLowerCase());
    }
  });

  it('offer a short form crm reads as that month', () => {
    for (const month of MONTHS) {
      const { short } = inRun(() => monthWords(month));
      const when = parseWhen(language === 'en' ? `${short} 25` : `25 ${short}`, '2026-12-08');
      expect(when.kind === 'day' ? Number(when.day.slice(5, 7)) : undefined, short).toBe(month);
    }
  });
});

describe('an ambiguous date word', () => {
  it('is said with each meaning in the run\'s language, the word it matched once where the two are one', async () => {
    const catalogue = await catalogueOf('hy');
    const said = (language: 'en' | 'hy', work: () => unknown) => printingAs({ color: false, columns: undefined, language, ...(language !== 'en' && { catalogue }) }, work);
    expect(() => said('en', () => dateWord('հու'))).toThrow('"հու" could be January (հունվար), June (հունիս) or July (հուլիս); type more letters');
    expect(() => said('hy', () => dateWord('հու'))).toThrow('"հու"-ը կարող է լինել հունվար, հունիս կամ հուլիս․ գրեք ավելի շատ տառեր');
  });
});
