// Հայերեն: քարտադարանի խնամքը, crm backup, crm restore, crm doctor։
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';
import { dates } from './dates.js';

/** One thing (0 or 1) or several. */
const pick = <T>(n: number, forms: { one: T; other: T }): T => (counted('hy', n, { one: 'one', other: 'other' }) === 'one' ? forms.one : forms.other);

/** The first few of a list, and how many more there are of `count`. */
const listed = (items: string[], count: number) => (count > items.length ? `${items.join(', ')} և ևս ${count - items.length}` : items.join(', '));

const OF_DOSSIER = { to: 'թղթապանակի', one: 'թղթապանակը', other: 'թղթապանակները' };
const OF_CHANGE = { to: 'փոփոխության', one: 'փոփոխությունը', other: 'փոփոխությունները' };

/** Rows that belong to no dossier (or change). */
const orphans = (n: number, noun: string, owner = OF_DOSSIER) =>
  pick(n, {
    one: `${n} ${noun} ոչ մի ${owner.to} չի պատկանում (դրա նշած ${owner.one} քարտադարանում չկա)`,
    other: `${n} ${noun} ոչ մի ${owner.to} չեն պատկանում (դրանց նշած ${owner.other} քարտադարանում չկան)`,
  });

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
  problem: {
    integrity: (p) => `ամբողջականություն: ${p.line}`,
    orphanEntries: (p) => orphans(p.count, 'պատմության գրառում'),
    orphanDocuments: (p) => orphans(p.count, 'փաստաթուղթ'),
    orphanPromises: (p) => orphans(p.count, 'խոստում'),
    orphanComplaints: (p) => orphans(p.count, 'բողոք'),
    orphanWords: (p) => orphans(p.count, 'որոնման բառ'),
    orphanHistoryTexts: (p) => orphans(p.count, 'find-ի պատմության տեքստ'),
    orphanUndoRecords: (p) => orphans(p.count, 'հետարկման գրառում', OF_CHANGE),
    orphanRows: (p) => orphans(p.count, `${p.table} աղյուսակի տող`),
    undatedDossiers: (p) =>
      pick(p.count, { one: `${p.count} թղթապանակ դասված է գոյություն չունեցող ամսաթվի`, other: `${p.count} թղթապանակ դասված են գոյություն չունեցող ամսաթվերի` }),
    undatedPromises: (p) =>
      pick(p.count, { one: `${p.count} խոստման ժամկետը գոյություն չունեցող ամսաթիվ է`, other: `${p.count} խոստման ժամկետները գոյություն չունեցող ամսաթվեր են` }),
    undatedComplaints: (p) =>
      pick(p.count, { one: `${p.count} բողոքի ժամկետը գոյություն չունեցող ամսաթիվ է`, other: `${p.count} բողոքի ժամկետները գոյություն չունեցող ամսաթվեր են` }),
    filedNowhere: (p) =>
      `${pick(p.count, {
        one: `${p.count} բաց թղթապանակ ոչ մի տեղ դասված չէ (ոչ մի բաժանարարի հետևում չէ և փակված էլ չէ)`,
        other: `${p.count} բաց թղթապանակ ոչ մի տեղ դասված չեն (ոչ մի բաժանարարի հետևում չեն և փակված էլ չեն)`,
      })}: ${listed(p.handles, p.count)}, նորից դասեք յուրաքանչյուրը՝ crm file <հաճախորդ> <երբ>`,
    filedElsewhere: (p) =>
      `${pick(p.count, {
        one: `${p.count} թղթապանակ դասված է այլ տեղ, քան ասում է նրա պատմությունը`,
        other: `${p.count} թղթապանակ դասված են այլ տեղ, քան ասում են նրանց պատմությունները`,
      })}: ${listed(
        p.handles.map((handle, i) => `${handle}՝ ${p.on[i]}, ըստ պատմության՝ ${p.says[i] ?? 'փակված'}`),
        p.count,
      )}`,
    unsafeHandles: (p) =>
      `${pick(p.count, {
        one: `${p.count} թղթապանակ ունի կարճ անուն, որը crm-ը չէր ընդունի`,
        other: `${p.count} թղթապանակ ունեն կարճ անուններ, որոնք crm-ը չէր ընդունի`,
      })} (${dates.handleRule}): ${listed(p.handles, p.count)}`,
    unsafeDocuments: (p) =>
      `${pick(p.count, {
        one: `${p.count} փաստաթուղթ անվանված է ուղիով կամ անուն չունի`,
        other: `${p.count} փաստաթուղթ անվանված են ուղիով կամ անուն չունեն`,
      })} (${dates.documentNameRule}): ${listed(p.documents, p.count)}`,
    unsafeUndo: (p) =>
      `${pick(p.count, {
        one: `${p.count} հետարկման գրառում հետ է բերում կարճ անուն կամ փաստաթղթի անուն, որը crm-ը չէր ընդունի`,
        other: `${p.count} հետարկման գրառում հետ են բերում կարճ անուններ կամ փաստաթղթերի անուններ, որոնք crm-ը չէր ընդունի`,
      })}: ${listed(p.names, p.count)}`,
    wordless: (p) =>
      `${pick(p.count, {
        one: `${p.count} թղթապանակ որոնման բառեր չունի, ուստի հաճախորդի ոչ մի անուն այն չի գտնում`,
        other: `${p.count} թղթապանակ որոնման բառեր չունեն, ուստի հաճախորդի ոչ մի անուն դրանք չի գտնում`,
      })}: ${listed(p.handles, p.count)}`,
    staleText: (p) =>
      `${pick(p.count, {
        one: `crm find-ի տեքստը ${p.count} թղթապանակի համար հնացած է`,
        other: `crm find-ի տեքստերը ${p.count} թղթապանակի համար հնացած են`,
      })}: ${listed(p.handles, p.count)}`,
    staleHistory: (p) =>
      `${pick(p.count, {
        one: `crm find-ի պատմության տեքստը ${p.count} թղթապանակի համար հնացած է`,
        other: `crm find-ի պատմության տեքստերը ${p.count} թղթապանակի համար հնացած են`,
      })}: ${listed(p.handles, p.count)}`,
    findIndex: 'crm find-ի ինդեքսը չի համապատասխանում թղթապանակներին',
    historyIndex: 'crm find-ի պատմության ինդեքսը չի համապատասխանում պատմություններին',
    miscounted: (p) =>
      pick(p.count, {
        one: `${p.count} օրվա դասումների հաշվիչը չի համապատասխանում այդ օրը դասված թղթապանակներին`,
        other: `${p.count} օրվա դասումների հաշվիչները չեն համապատասխանում այդ օրերին դասված թղթապանակներին`,
      }),
  },
  unchecked: {
    readOnlyIndex: (p) => `find-ի ինդեքսը: քարտադարանը միայն կարդալու համար է (${p.why}), իսկ SQLite-ը այդ ինդեքսը ստուգելիս գրում է`,
    onServer: 'ֆայլի ամբողջականությունը: քարտադարանը PostgreSQL սերվերում է, որն ինքն է ստուգում և պատճենում իր պահոցը (pg_dump), crm export-ը դուրս է գրում դրա պարունակությունը',
  },
};
