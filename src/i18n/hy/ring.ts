// Հայերեն: որտեղ է դասված թղթապանակը (render/style.ts).
import type { Catalogue } from '../catalogue.js';

export const ring: Catalogue['ring'] = {
  overdueSince: (p) => `ուշացած է ${p.day}-ից`,
  inTodaysStack: (p) => `այսօրվա կույտում՝ ${p.day}`,
  behindDated: (p) => `${p.day} բաժանարարի հետևում`,
  behind: (p) => `${p.divider} բաժանարարի հետևում՝ ${p.day}`,
  at: (p) => ` ժամը ${p.hour}`,
};
