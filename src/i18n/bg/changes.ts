// Български: какво казват командите, които променят класьора (render/changes.ts).
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

const dossiers = (n: number) => counted('bg', n, { one: '# досие', other: '# досиета' });

export const changes: Catalogue['changes'] = {
  logged: {
    call: (p) => `Записано обаждане с ${p.handle} (${p.name})${p.how}.`,
    meeting: (p) => `Записана среща с ${p.handle} (${p.name})${p.how}.`,
    email: (p) => `Записан имейл с ${p.handle} (${p.name})${p.how}.`,
    note: (p) => `Записана бележка за ${p.handle} (${p.name})${p.how}.`,
  },
  refiled: (p) => `Преместено ${p.where}${p.byDefault}.`,
  byDefault: (p) => ` (по подразбиране след ${p.outcome})`,
  filedNextWorkingDay: (p) => `${p.day} е почивен ден; подредено за следващия работен ден.`,
  nextWorkingDayUsed: (p) => `${p.day} е почивен ден; използван е следващият работен ден.`,
  closed: 'Затворено: извадено от класьора, в чекмеджето; историята се пази (crm file го връща).',
  nothingToMoveThere: (p) => `Няма какво да се премести: вече е ${p.where}.`,
  nothingFiledThere: 'Няма какво да се премести: там няма подредено досие.',
  moved: (p) => `${counted('bg', p.count, { one: 'Преместено # досие', other: 'Преместени # досиета' })} ${p.where}:`,
  wouldMove: (p) => `${counted('bg', p.count, { one: 'Ще бъде преместено # досие', other: 'Ще бъдат преместени # досиета' })} ${p.where}:`,
  keptAt: (p) => `в ${p.hour}, `,
  from: (p) => `от ${p.day}`,
  alreadyThere: (p) => `Вече са там: ${p.handles}.`,
  dryRun: 'Пробно изпълнение: нищо не е записано.',
  drawer: 'чекмеджето (затворено)',
  someoneElse: 'някой друг',
  colleague: (p) => `колега (${p.login})`,
  skipped: (p) => `Пропуснато ${p.handle}: ${p.who} го премести, след като планът беше направен (от ${p.from} на ${p.to}); остава там.`,
  meanwhile: (p) =>
    `Междувременно ${p.who} премести ${p.handle} (от ${p.from} на ${p.to}); тази промяна е направена оттам и историята показва и двете.`,
  stackOver: (p) => `Днешната купчина съдържа ${dossiers(p.size)}: ${p.over} капацитета от ${p.capacity}.`,
  overBy: (p) => `${p.count} над`,
  stackWithin: (p) => `Днешната купчина съдържа ${dossiers(p.size)}, в рамките на капацитета от ${p.capacity}.`,
  nothingToPostpone: 'Няма какво да се отложи.',
  postponeList: (p) => `Отлагане на ${dossiers(p.count)}:`,
  postponedList: (p) => `${counted('bg', p.count, { one: 'Отложено # досие', other: 'Отложени # досиета' })}:`,
  postponedCount: (p) => `${counted('bg', p.count, { one: 'Отложено # досие', other: 'Отложени # досиета' })}.`,
  dayFullToo: '(и този ден е пълен)',
  notPostponed: 'Не е отложено: нищо не е записано.',
  nothingToUndo: 'Няма какво да се отмени.',
  undid: (p) => `Отменено: ${p.change}`,
  nextUndo: (p) => `Следващото crm undo ще отмени: ${p.change}`,
  nothingFurther: 'Няма какво повече да се отмени.',
  noChanges: 'Няма промени.',
  noChangesToUndo: 'Няма промени за отмяна.',
  recentAll: 'Последни промени на всички, най-новите първо (crm undo отменя само вашите):',
  recent: 'Последни промени, най-новите първо (crm undo отменя най-горната):',
};
