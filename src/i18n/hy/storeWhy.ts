// Հայերեն: ինչու քարտադարանի ֆայլում հնարավոր չէ գրել կամ պատճենը վերականգնել (store/sqlite.ts):
import type { Catalogue } from '../catalogue.js';

export const storeWhy: Catalogue['storeWhy'] = {
  readOnlyFileSystem: 'այն միայն կարդալու ֆայլային համակարգում է',
  fileNotWritable: 'ֆայլում հնարավոր չէ գրել',
  folderNotWritable: (p) => `նրա ${p.folder} պանակում հնարավոր չէ գրել, իսկ SQLite-ը իր մատյանը գրում է քարտադարանի կողքին`,
  sqliteMayNot: 'SQLite-ը չի կարող գրել դրանում',
  emptyFile: (p) => `${p.why}, և այն դատարկ ֆայլ է, դեռ քարտադարան չէ`,
  mustUpgrade: (p) => `${p.why}, և այս crm-ը նախ պետք է այն թարմացնի քարտադարանի ${p.version} տարբերակից`,
  copy: {
    noSuchFile: 'այդպիսի ֆայլ չկա',
    theBinder: 'դա հենց քարտադարանն է',
    anotherProgram: 'դա այլ ծրագրի SQLite տվյալների բազա է, ոչ թե crm-ի քարտադարան',
    newer: (p) => `այն գրվել է ավելի նոր crm-ով (քարտադարանի տարբերակ ${p.version}, այս crm-ը գիտի մինչև ${p.newest})`,
    empty: 'դա դատարկ SQLite ֆայլ է, ոչ թե քարտադարան',
    damaged: (p) => `այն վնասված է (${p.reason})`,
    dangling: 'դրանում գրառումները հղում են չեղած թղթապանակների',
    unsafe: (p) => `դրանում՝ ${p.problem}`,
    damagedOrNot: 'այն վնասված է կամ SQLite ֆայլ չէ',
    unreadable: (p) => `այն հնարավոր չէ կարդալ (${p.code})`,
  },
};
