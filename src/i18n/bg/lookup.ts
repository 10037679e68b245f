// Български: посочване на клиент (commands/lookup.ts): никой не съвпада или съвпадат няколко.
import type { Catalogue } from '../catalogue.js';

export const lookup: Catalogue['lookup'] = {
  // Бройна форма: "2 клиента", "повече от 10 клиента".
  ambiguous: (p) => `"${p.name}" съвпада с ${p.over ? `повече от ${p.count}` : p.count} клиента; напишете едно от тези кратки имена или още букви:`,
  andMore: '  ... и още',
  didYouMean: (p) => `никой клиент не съвпада с "${p.name}"; имахте ли предвид ${p.handles.join(' или ')}?`,
  none: (p) => `никой клиент не съвпада с "${p.name}"; потърсете с crm find <текст>`,
};
