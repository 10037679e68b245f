// Polski: gdzie teczka jest odłożona (render/style.ts).
import type { Catalogue } from '../catalogue.js';

export const ring: Catalogue['ring'] = {
  overdueSince: (p) => `zaległa od ${p.day}`,
  inTodaysStack: (p) => `na dziś: ${p.day}`,
  behindDated: (p) => `za przekładką ${p.day}`,
  behind: (p) => `za przekładką ${p.divider}: ${p.day}`,
  at: (p) => ` o ${p.hour}`,
};
