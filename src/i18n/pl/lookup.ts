// Polski: wskazywanie klienta (commands/lookup.ts): żaden nie pasuje albo pasuje kilku.
import type { Catalogue } from '../catalogue.js';

export const lookup: Catalogue['lookup'] = {
  // Dopełniacz liczby mnogiej po "do": "do 2 klientów", "do 5 klientów" (zawsze co najmniej dwóch).
  ambiguous: (p) => `"${p.name}" pasuje do ${p.over ? `ponad ${p.count}` : p.count} klientów; wpisz jeden z tych skrótów albo więcej liter:`,
  andMore: '  ... i więcej',
  didYouMean: (p) => `żaden klient nie pasuje do "${p.name}"; czy chodziło o ${p.handles.join(' lub ')}?`,
  none: (p) => `żaden klient nie pasuje do "${p.name}"; poszukaj: crm find <tekst>`,
};
