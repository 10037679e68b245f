// فارسی: نام بردن از مشتری (commands/lookup.ts): هیچ‌کدام جور نیست، یا چند تا.
import type { Catalogue } from '../catalogue.js';
import { digits } from '../plural.js';

export const lookup: Catalogue['lookup'] = {
  ambiguous: (p) => `"${p.name}" با ${p.over ? `بیش از ${digits('fa', p.count)}` : digits('fa', p.count)} مشتری جور درمی‌آید؛ یکی از این شناسه‌ها یا حروف بیشتری تایپ کنید:`,
  andMore: '  ... و بیشتر',
  didYouMean: (p) => `هیچ مشتری‌ای با "${p.name}" جور نیست؛ منظورتان ${p.handles.join(' یا ')} بود؟`,
  none: (p) => `هیچ مشتری‌ای با "${p.name}" جور نیست؛ برای جست‌وجو: crm find <متن>`,
};
