// Հայերեն: ինչ կարող է ասել ցանկացած հրաման, երբ ինչ-որ բան սխալ է գնում (fast.ts, run.ts, context.ts, stdin.ts):
import type { Catalogue } from '../catalogue.js';

export const errors: Catalogue['errors'] = {
  cancelled: 'ընդհատվեց, ոչինչ չի գրվել',
  unexpected: (p) => `անսպասելի սխալ: ${p.reason}`,
  runWithDebug: 'Կրկին գործարկեք --debug-ով՝ տեսնելու, թե որտեղ դա պատահեց։',
  upgraded: (p) => `Քարտադարանը՝ ${p.path}, թարմացվեց ${p.from} տարբերակից ${p.to} տարբերակի, նախկին քարտադարանը պահված է այստեղ՝ ${p.backup}`,
  todayNotADate: (p) => `CRM_TODAY="${p.typed}" արժեքը ամսաթիվ չէ, նշեք այն ՏՏՏՏ-ԱԱ-ՕՕ ձևով (CRM_TODAY=2026-11-23) կամ հանեք այդ փոփոխականը`,
  nowAndToday: (p) => `CRM_NOW=${p.now} և CRM_TODAY=${p.today} տարբեր ամսաթվեր են նշում, CRM_NOW-ն արդեն պարունակում է ամսաթիվը՝ հանեք CRM_TODAY-ը`,
  nowNotAMoment: (p) => `CRM_NOW="${p.typed}" արժեքը պահ չէ, նշեք այն ՏՏՏՏ-ԱԱ-ՕՕTԺԺ:ՐՐ ձևով (CRM_NOW=2026-11-23T14:50) կամ հանեք այդ փոփոխականը`,
  noNoteOnStdin: (p) =>
    `--note - ստանդարտ մուտքից ոչ մի տեքստ չկարդաց, փոխանցեք նշումը խողովակով (pbpaste | ${p.example} --note -) կամ գրեք այն՝ --note "...", ոչինչ չի գրվել`,
};
