// Հայերեն: քարտադարանը մեկ հայացքով (render/binder.ts).
import type { Catalogue } from '../catalogue.js';

export const binder: Catalogue['binder'] = {
  title: 'Քարտադարան',
  capacity: (p) => `սահմանը՝ օրական ${p.capacity}`,
  today: 'Այսօր',
  overdue: (p) => `(${p.count} ուշացած)`,
  datedDividers: 'Ամսաթվով բաժանարարներ',
  dayDividers: 'Օրերի բաժանարարներ',
  dayOff: 'հանգստյան օր',
  monthDividers: 'Ամիսների բաժանարարներ',
  from: (p) => `${p.day}-ից`,
  later: 'Ավելի ուշ',
  filed: (p) => `Դասված է ${p.count} թղթապանակ։`,
};
