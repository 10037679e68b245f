// Български: crm config, списъкът с настройките на класьора и какво отказва (commands/config.ts, render/config.ts, declared/config.ts).
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

export const settings: Catalogue['settings'] = {
  none: 'няма',
  noLimit: 'без ограничение',
  perDay: (p) => `${p.count} на ден`,
  forTheTeam: 'за екипа (crm config capacity <n> --team)',
  theTeams: 'този на екипа',
  yoursTheTeams: (p) => `${p.team}; вашият: ${p.yours}`,
  yoursOwn: (p) => `${p.own}, вашият; ${p.team}`,
  numbered: 'номерирани 1-31',
  dated: (p) => `с дати, ${counted('bg', p.months, { one: '# месец', other: '# месеца' })} напред`,
  noOutcomeDefaults: 'няма стойности по подразбиране за crm log',
  outcomeNext: (p) => `${p.outcome} → ${p.when}`,
  separator: '; ',
  systems: 'като в системата',
  minutes: (p) => `${p.count} мин`,
  gregorian: 'григориански',
  persian: 'персийски (разделители по иранския календар, седмици от събота)',
  changed: '(променено)',
  already: '(вече е така: нищо не е променено)',
  hoursMoved: (p) =>
    `${counted('bg', p.count, {
      one: '# досие е подредено за определен час: запазва часа си по часовника в новата зона, а това е друг момент от преди',
      other: '# досиета са подредени за определени часове: запазват часовете си по часовника в новата зона, а това са други моменти от преди',
    })} (crm undo връща зоната).`,

  teamIsCapacity: 'crm config --team задава капацитета на екипа: crm config capacity 25 --team; останалите настройки и без това са на екипа',
  noOwnCapacity: (p) => `вие (${p.login}) не сте в екипа и затова нямате собствен капацитет; мениджър ви добавя с crm team add ${p.login}`,
  notValid: 'невалидна стойност',
  capacity: (p) => `capacity "${p.typed}" не е цял брой досиета; въведете crm config capacity 25 или off`,
  dividers: (p) => `dividers "${p.typed}": въведете crm config dividers numbered или crm config dividers dated [1-3 месеца]`,
  datedMonths: (p) => `разделителите с дати обхващат 1, 2 или 3 месеца, а не "${p.typed}"`,
  language: (p) => `language "${p.typed}" не е език, който crm говори; въведете crm config language en, pl, bg, hy или fa, или system`,
  calendar: (p) => `calendar "${p.typed}": въведете crm config calendar persian (разделители по иранския календар: Farvardin..Esfand) или crm config calendar gregorian`,
  holidays: (p) => `holidays "${p.typed}": въведете crm config holidays add <дата>..., remove <дата>... или clear`,
  holidaysNeedDates: (p) => `holidays ${p.action} иска дати, например crm config holidays ${p.action} 2026-12-24`,
  wholeMonth: (p) => `"${p.typed}" е цял месец; почивният ден е една дата, например "${p.typed} 1"`,
  notASize: (p) => `"${p.typed}" не е размер; въведете го като 25MB, 500KB или 1GB`,
  notAnOutcome: (p) => `"${p.typed}" не е резултат; използвайте един от: ${p.outcomes}`,
  outcomeNeedsDate: (p) => `outcome ${p.outcome} иска дата или off, например crm config outcome ${p.outcome} утре`,
  notAWeekday: (p) => `"${p.typed}" не е ден от седмицата; въведете crm config workdays пн-пт (или нд-чт, или пн,вт,чт)`,
};
