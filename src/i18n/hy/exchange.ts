// Հայերեն: ինչ են ասում crm export, crm ics և crm import հրամանները գրված և կարդացված ֆայլերի մասին։
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

export const exchange: Catalogue['exchange'] = {
  exported: (p) => `${counted('hy', p.count, { one: '# թղթապանակ', other: '# թղթապանակ' })} գրվեց ${p.path} ֆայլում (${p.format})։`,
  calendarWritten: (p) => `Օրացույցի ${counted('hy', p.count, { one: '# գրառում', other: '# գրառում' })} գրվեց ${p.path} ֆայլում։`,
  progress: (p) => `${p.file} ներմուծում: կարդացվել է ${p.read} ${counted('hy', p.count, { one: 'թղթապանակ', other: 'թղթապանակ' })}`,
  progressShare: (p) => `${p.file} ներմուծում: կարդացվել է ${p.read} ${counted('hy', p.count, { one: 'թղթապանակ', other: 'թղթապանակ' })} (${p.percent}%)`,
  outputIsFolder: (p) => `${p.path} պանակ է, տվեք գրվող ֆայլի անունը, օրինակ՝ ${p.example}`,
  cannotWrite: (p) => `չհաջողվեց գրել ${p.path} (${p.code}), ստուգեք, որ նրա պանակը կա և ձերն է`,
  cannotReplace: (p) => `չհաջողվեց փոխարինել ${p.path} (${p.code}), ստուգեք, որ այն ֆայլ է, որում կարող եք գրել`,
  fileOnOrSpread: '--file-on և --spread երկուսն էլ ասում են, թե ուր դասել, տվեք դրանցից մեկը',
  perDayNeedsSpread: '--per-day-ը գնում է --spread-ի հետ՝ crm import <ֆայլ> --spread --per-day 5',
  mapForCsv: (p) => `--map և --delimiter CSV ֆայլերի համար են, ${p.file} ֆայլը կարդացվում է որպես crm-ի JSON արտահանում`,
  mapForCsvVcard: (p) => `--map և --delimiter CSV ֆայլերի համար են, ${p.file} ֆայլը կարդացվում է որպես vCard-եր`,
  skipInvalidForContacts: (p) => `--skip-invalid կոնտակտների համար է (CSV, vCard), ${p.file} ֆայլը crm-ի JSON արտահանում է և ներմուծվում է ամբողջությամբ կամ ընդհանրապես չի ներմուծվում`,
  noFile: (p) => `${p.file} ֆայլ չկա, ստուգեք ուղին`,
  importFolder: (p) => `${p.file} պանակ է, նշեք ներմուծվող ֆայլը`,
  cannotRead: (p) => `չհաջողվեց կարդալ ${p.file} (${p.code}), ստուգեք, որ այն ֆայլ է, որը կարող եք կարդալ`,
};
