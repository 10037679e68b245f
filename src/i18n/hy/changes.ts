// Հայերեն: ինչ են ասում քարտադարանը փոխող հրամանները (render/changes.ts).
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

const dossiers = (n: number) => counted('hy', n, { one: '# թղթապանակ', other: '# թղթապանակ' });

export const changes: Catalogue['changes'] = {
  logged: {
    call: (p) => `Գրանցվեց զանգ՝ ${p.handle} (${p.name})${p.how}։`,
    meeting: (p) => `Գրանցվեց հանդիպում՝ ${p.handle} (${p.name})${p.how}։`,
    email: (p) => `Գրանցվեց էլ. նամակ՝ ${p.handle} (${p.name})${p.how}։`,
    note: (p) => `Գրանցվեց նշում՝ ${p.handle} (${p.name})${p.how}։`,
  },
  refiled: (p) => `Տեղափոխվեց ${p.where}${p.byDefault}։`,
  byDefault: (p) => ` (ըստ լռելյայն ժամկետի՝ ${p.outcome}-ից հետո)`,
  filedNextWorkingDay: (p) => `${p.day}՝ հանգստյան օր է, ուստի դասվեց հաջորդ աշխատանքային օրում։`,
  nextWorkingDayUsed: (p) => `${p.day}՝ հանգստյան օր է, ուստի վերցվեց հաջորդ աշխատանքային օրը։`,
  closed: 'Փակվեց՝ հանվեց քարտադարանից և դրվեց դարակում, պատմությունը պահպանվում է (crm file-ը այն կվերադարձնի)։',
  nothingToMoveThere: (p) => `Տեղափոխելու բան չկա՝ արդեն ${p.where} է։`,
  nothingFiledThere: 'Տեղափոխելու բան չկա՝ այնտեղ ոչ մի թղթապանակ դասված չէ։',
  moved: (p) => `Տեղափոխվեց ${dossiers(p.count)} ${p.where}:`,
  wouldMove: (p) => `Կտեղափոխվի ${dossiers(p.count)} ${p.where}:`,
  keptAt: (p) => `ժամը ${p.hour}, `,
  from: (p) => `նախկինում՝ ${p.day}`,
  alreadyThere: (p) => `Արդեն այնտեղ են՝ ${p.handles}։`,
  dryRun: 'Փորձնական գործարկում՝ ոչինչ չի գրանցվել։',
  drawer: 'դարակ (փակված)',
  someoneElse: 'մեկ ուրիշը',
  colleague: (p) => `գործընկերը (${p.login})`,
  skipped: (p) => `Բաց թողնվեց ${p.handle}-ը՝ ${p.who} այն տեղափոխել էր պլանը կազմելուց հետո (${p.from} → ${p.to}), և այն մնում է այնտեղ։`,
  meanwhile: (p) =>
    `Այդ ընթացքում ${p.who} տեղափոխել էր ${p.handle}-ը (${p.from} → ${p.to}), այս փոփոխությունը կատարվեց այնտեղից, և պատմությունը ցույց է տալիս երկուսն էլ։`,
  stackOver: (p) => `Այսօրվա կույտում ${dossiers(p.size)} է՝ ${p.over} ${p.capacity} սահմանից։`,
  overBy: (p) => `${p.count}-ով ավելի`,
  stackWithin: (p) => `Այսօրվա կույտում ${dossiers(p.size)} է՝ ${p.capacity} սահմանի մեջ։`,
  nothingToPostpone: 'Հետաձգելու բան չկա։',
  postponeList: (p) => `Հետաձգել ${dossiers(p.count)}:`,
  postponedList: (p) => `Հետաձգվեց ${dossiers(p.count)}:`,
  postponedCount: (p) => `Հետաձգվեց ${dossiers(p.count)}։`,
  dayFullToo: '(այդ օրն էլ է լիքը)',
  notPostponed: 'Չհետաձգվեց՝ ոչինչ չի գրանցվել։',
  nothingToUndo: 'Չեղարկելու բան չկա։',
  undid: (p) => `Չեղարկվեց՝ ${p.change}`,
  nextUndo: (p) => `Հաջորդ crm undo-ն կչեղարկի՝ ${p.change}`,
  nothingFurther: 'Այլևս չեղարկելու բան չկա։',
  noChanges: 'Փոփոխություններ չկան։',
  noChangesToUndo: 'Չեղարկելու փոփոխություններ չկան։',
  recentAll: 'Վերջին փոփոխությունները՝ բոլորինը, նորերը սկզբում (crm undo-ն չեղարկում է միայն ձերը):',
  recent: 'Վերջին փոփոխությունները, նորերը սկզբում (crm undo-ն չեղարկում է ամենավերևինը):',
};
