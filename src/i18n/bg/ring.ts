// Български: къде е подредено досието (render/style.ts).
import type { Catalogue } from '../catalogue.js';

export const ring: Catalogue['ring'] = {
  overdueSince: (p) => `просрочено от ${p.day}`,
  inTodaysStack: (p) => `в днешната купчина: ${p.day}`,
  behindDated: (p) => `зад разделител ${p.day}`,
  behind: (p) => `зад разделител ${p.divider}: ${p.day}`,
  at: (p) => ` в ${p.hour}`,
};
