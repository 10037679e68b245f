// فارسی: پرونده پشت کدام جداکننده است (render/style.ts).
import type { Catalogue } from '../catalogue.js';

export const ring: Catalogue['ring'] = {
  overdueSince: (p) => `عقب‌افتاده از ${p.day}`,
  inTodaysStack: (p) => `در پشتهٔ امروز: ${p.day}`,
  behindDated: (p) => `پشت جداکنندهٔ ${p.day}`,
  behind: (p) => `پشت جداکنندهٔ ${p.divider}: ${p.day}`,
  at: (p) => ` ساعت ${p.hour}`,
};
