// Հայերեն: crm config, քարտադարանի կարգավորումների ցանկը և այն, ինչից հրաժարվում է (commands/config.ts, render/config.ts, declared/config.ts)։
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

export const settings: Catalogue['settings'] = {
  none: 'չկան',
  noLimit: 'առանց սահմանի',
  perDay: (p) => `օրական ${p.count}`,
  forTheTeam: 'թիմի համար (crm config capacity <n> --team)',
  theTeams: 'թիմինը',
  yoursTheTeams: (p) => `${p.team}․ ձերը՝ ${p.yours}`,
  yoursOwn: (p) => `${p.own}՝ ձերը․ ${p.team}`,
  numbered: 'համարակալված 1-31',
  dated: (p) => `ամսաթվերով, ${p.months} ամիս առաջ`,
  noOutcomeDefaults: 'crm log-ի համար լռելյայն արժեքներ չկան',
  outcomeNext: (p) => `${p.outcome} → ${p.when}`,
  separator: '; ',
  systems: 'համակարգինը',
  minutes: (p) => `${p.count} րոպե`,
  gregorian: 'գրիգորյան',
  persian: 'պարսկական (բաժանարարներ ըստ իրանական օրացույցի, շաբաթն սկսվում է շաբաթ օրով)',
  changed: '(փոխված է)',
  already: '(արդեն այդպես է․ ոչինչ չի փոխվել)',
  hoursMoved: (p) =>
    `${counted('hy', p.count, {
      one: '# թղթապանակ դասված է որոշակի ժամի․ այն պահպանում է իր ժամը նոր գոտում, և դա այլ պահ է, քան նախկինում',
      other: '# թղթապանակ դասված են որոշակի ժամերի․ դրանք պահպանում են իրենց ժամերը նոր գոտում, և դրանք այլ պահեր են, քան նախկինում',
    })} (crm undo-ն կվերադարձնի գոտին)։`,

  teamIsCapacity: 'crm config --team-ը սահմանում է թիմի սահմանը՝ crm config capacity 25 --team․ մյուս կարգավորումներն առանց այդ էլ թիմինն են',
  noOwnCapacity: (p) => `դուք (${p.login}) թիմում չեք, ուստի սեփական սահման չունեք․ ղեկավարը ձեզ կավելացնի՝ crm team add ${p.login}`,
  notValid: 'անվավեր արժեք',
  capacity: (p) => `capacity "${p.typed}"-ը թղթապանակների ամբողջ թիվ չէ․ գրեք crm config capacity 25 կամ off`,
  dividers: (p) => `dividers "${p.typed}"․ գրեք crm config dividers numbered կամ crm config dividers dated [1-3 ամիս]`,
  datedMonths: (p) => `ամսաթվերով բաժանարարներն ընդգրկում են 1, 2 կամ 3 ամիս, ոչ թե "${p.typed}"`,
  language: (p) => `language "${p.typed}"-ը crm-ի լեզուներից չէ․ գրեք crm config language en, pl, bg, hy կամ fa, կամ system`,
  calendar: (p) => `calendar "${p.typed}"․ գրեք crm config calendar persian (բաժանարարներ ըստ իրանական օրացույցի՝ Farvardin..Esfand) կամ crm config calendar gregorian`,
  holidays: (p) => `holidays "${p.typed}"․ գրեք crm config holidays add <ամսաթիվ>..., remove <ամսաթիվ>... կամ clear`,
  holidaysNeedDates: (p) => `holidays ${p.action}-ին ամսաթվեր են պետք, օրինակ՝ crm config holidays ${p.action} 2026-12-24`,
  wholeMonth: (p) => `"${p.typed}"-ը ամբողջ ամիս է․ հանգստյան օրը մեկ ամսաթիվ է, օրինակ՝ "${p.typed} 1"`,
  notASize: (p) => `"${p.typed}"-ը չափ չէ․ գրեք այսպես՝ 25MB, 500KB կամ 1GB`,
  notAnOutcome: (p) => `"${p.typed}"-ը արդյունք չէ․ օգտագործեք սրանցից մեկը՝ ${p.outcomes}`,
  outcomeNeedsDate: (p) => `outcome ${p.outcome}-ին ամսաթիվ կամ off է պետք, օրինակ՝ crm config outcome ${p.outcome} վաղը`,
  notAWeekday: (p) => `"${p.typed}"-ը շաբաթվա օր չէ․ գրեք crm config workdays mon-fri (կամ sun-thu, կամ mon,tue,thu)`,
};
