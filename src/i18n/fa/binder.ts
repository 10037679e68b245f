// فارسی: زونکن در یک نگاه (render/binder.ts).
import type { Catalogue } from '../catalogue.js';
import { digits } from '../plural.js';

export const binder: Catalogue['binder'] = {
  title: 'زونکن',
  capacity: (p) => `ظرفیت ${digits('fa', p.capacity)} در روز`,
  today: 'امروز',
  overdue: (p) => `(${digits('fa', p.count)} عقب‌افتاده)`,
  datedDividers: 'جداکننده‌های تاریخ‌دار',
  dayDividers: 'جداکننده‌های روز',
  dayOff: 'تعطیل',
  monthDividers: 'جداکننده‌های ماه',
  from: (p) => `از ${p.day}`,
  later: 'بعدتر',
  filed: (p) => `${digits('fa', p.count)} پرونده بایگانی شده است.`,
};
