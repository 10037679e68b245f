// Հայերեն: քարտադարանի խնամքը, crm backup, crm restore, crm doctor։
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

const dossiers = (n: number) => counted('hy', n, { one: '# թղթապանակ', other: '# թղթապանակ' });

export const upkeep: Catalogue['upkeep'] = {
  backedUp: (p) => `Քարտադարանի պատճենը պահվեց այստեղ՝ ${p.path} (${p.size} բայթ)։`,
  removedOldest: (p) => `Ջնջվեցին վերջին 10-ից ավելի հին պատճենները՝ ${p.count}։`,
  nothingRestored: 'Ոչինչ չվերականգնվեց։',
  restored: (p) => `Վերականգնվեց ${p.from} (${dossiers(p.dossiers)})՝ որպես ${p.path} քարտադարան։`,
  asItWas: (p) => `Նախկին քարտադարանը պահված է ${p.before} ֆայլում, վերադառնալու համար գործարկեք crm restore այդ ֆայլով։`,
  replace: (p) => `Փոխարինե՞լ ${p.path} քարտադարանը (${dossiers(p.current)}) ${p.from} պատճենով (${dossiers(p.dossiers)})։ Ներկայիս քարտադարանը կպահվի backups/ պանակում։`,
  repaired: (p) => `Ուղղված: ${p.line}`,
  notChecked: (p) => `Չստուգված: ${p.line}`,
  problems: (p) => `${p.path}: ${counted('hy', p.count, { one: '# խնդիր', other: '# խնդիր' })}, ${p.advice}`,
  mendRepair: 'crm doctor --repair հրամանը թղթապանակներից նորից կկառուցի այն, ինչ կարդում են find հրամանը և քարտադարանի տեսքը',
  mendServer: 'սերվերի պատճենները (pg_dump) պահում են քարտադարանի նախկին վիճակը',
  mendRestore: 'crm restore <պատճեն> հրամանը վերադարձնում է ավելի վաղ պատճենը (դրանք ստեղծում է crm backup հրամանը)',
  healthy: (p) => `${p.path}: խնդիրներ չկան (ամբողջականություն, գրառումներ, ամսաթվեր, դասումներն ըստ պատմության, որոնման բառեր, find-ի տեքստերն ու ինդեքսները, դասումների հաշվիչներ)։`,
  healthyUnindexed: (p) => `${p.path}: խնդիրներ չկան (ամբողջականություն, գրառումներ, ամսաթվեր, դասումներն ըստ պատմության, որոնման բառեր, find-ի տեքստերը, դասումների հաշվիչներ)։`,
  noBinderToBackUp: (p) => `${p.path} հասցեում պատճենելու քարտադարան չկա, նշեք այն --db կամ CRM_DB միջոցով`,
  noBinderToCheck: (p) => `${p.path} հասցեում ստուգելու քարտադարան չկա, նշեք այն --db կամ CRM_DB միջոցով`,
  cannotWriteBackup: (p) => `չհաջողվեց գրել ${p.path} պատճենը (${p.code}), ստուգեք, որ նրա պանակը կա և ձերն է`,
  cannotWriteBackups: (p) => `չհաջողվեց պատճեն գրել ${p.folder} պանակում (${p.code}), ստուգեք, որ պանակը կա և ձերն է`,
  restoreNeedsYes: (p) =>
    `restore հրամանն ամբողջությամբ փոխարինում է ${p.path} քարտադարանը և տերմինալում նախ հարցնում է, ավելացրեք --yes՝ ${p.from} պատճենն առանց հարցի վերականգնելու համար, ոչինչ չի գրվել`,
};
