// What every Bulgarian area goes through before it is said: a sentence that ends on a date ends on
// its "г." (tidy.ts). The whole catalogue (index.ts) and each area's own file (scripts/bundle.mjs) both.
import { bulgarianStops, mended } from '../tidy.js';

export const finished = <T>(area: T): T => mended(area, bulgarianStops);
