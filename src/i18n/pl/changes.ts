// Polski: co mówią polecenia zmieniające segregator (render/changes.ts).
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

/** '2 teczki' w bierniku: 'Przełożono 1 teczkę, 2 teczki, 5 teczek'. */
const teczki = (n: number) => counted('pl', n, { one: '# teczkę', few: '# teczki', many: '# teczek', other: '# teczki' });

export const changes: Catalogue['changes'] = {
  logged: {
    call: (p) => `Zapisano rozmowę telefoniczną z ${p.handle} (${p.name})${p.how}.`,
    meeting: (p) => `Zapisano spotkanie z ${p.handle} (${p.name})${p.how}.`,
    email: (p) => `Zapisano korespondencję e-mail z ${p.handle} (${p.name})${p.how}.`,
    note: (p) => `Zapisano notatkę o ${p.handle} (${p.name})${p.how}.`,
  },
  refiled: (p) => `Przełożono ${p.where}${p.byDefault}.`,
  byDefault: (p) => ` (domyślny termin po ${p.outcome})`,
  filedNextWorkingDay: (p) => `${p.day} to dzień wolny; odłożono na następny dzień roboczy.`,
  nextWorkingDayUsed: (p) => `${p.day} to dzień wolny; użyto następnego dnia roboczego.`,
  closed: 'Zamknięto: teczka wyjęta z segregatora do szuflady; historia zostaje (crm file ją przywróci).',
  nothingToMoveThere: (p) => `Nic do przełożenia: już jest ${p.where}.`,
  nothingFiledThere: 'Nic do przełożenia: nie ma tam żadnej teczki.',
  moved: (p) => `Przełożono ${teczki(p.count)} ${p.where}:`,
  wouldMove: (p) => `Przełożono by ${teczki(p.count)} ${p.where}:`,
  keptAt: (p) => `o ${p.hour}, `,
  from: (p) => `było: ${p.day}`,
  alreadyThere: (p) => `Już tam są: ${p.handles}.`,
  dryRun: 'Próba: nic nie zapisano.',
  drawer: 'szuflada (zamknięta)',
  someoneElse: 'ktoś inny',
  colleague: (p) => `współpracownik (${p.login})`,
  skipped: (p) => `Pominięto ${p.handle}: ${p.who} przełożył tę teczkę po ułożeniu planu (z ${p.from} na ${p.to}); zostaje tam.`,
  meanwhile: (p) =>
    `W międzyczasie ${p.who} przełożył ${p.handle} (z ${p.from} na ${p.to}); tę zmianę wprowadzono od tamtego miejsca, a historia pokazuje obie.`,
  stackOver: (p) => `Stos na dziś liczy ${teczki(p.size)}: ${p.over} limit ${p.capacity}.`,
  overBy: (p) => `${p.count} ponad`,
  stackWithin: (p) => `Stos na dziś liczy ${teczki(p.size)}, w granicach limitu ${p.capacity}.`,
  nothingToPostpone: 'Nie ma czego przełożyć.',
  postponeList: (p) => `Do przełożenia: ${counted('pl', p.count, { one: '# teczka', few: '# teczki', many: '# teczek', other: '# teczki' })}:`,
  postponedList: (p) => `Przełożono ${teczki(p.count)}:`,
  postponedCount: (p) => `Przełożono ${teczki(p.count)}.`,
  dayFullToo: '(ten dzień też jest pełny)',
  notPostponed: 'Nie przełożono: nic nie zapisano.',
  nothingToUndo: 'Nie ma czego cofnąć.',
  undid: (p) => `Cofnięto ${p.change}`,
  nextUndo: (p) => `Kolejne crm undo cofnie: ${p.change}`,
  nothingFurther: 'Nie ma już nic do cofnięcia.',
  noChanges: 'Brak zmian.',
  noChangesToUndo: 'Brak zmian do cofnięcia.',
  recentAll: 'Ostatnie zmiany całego zespołu, od najnowszej (crm undo cofa tylko twoje):',
  recent: 'Ostatnie zmiany, od najnowszej (crm undo cofa tę na górze):',
};
