// Polski: crm config, lista ustawień segregatora i czego odmawia (commands/config.ts, render/config.ts, declared/config.ts).
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

export const settings: Catalogue['settings'] = {
  none: 'brak',
  noLimit: 'bez limitu',
  perDay: (p) => `${p.count} dziennie`,
  forTheTeam: 'dla zespołu (crm config capacity <n> --team)',
  theTeams: 'taki jak zespołu',
  yoursTheTeams: (p) => `${p.team}; twój: ${p.yours}`,
  yoursOwn: (p) => `${p.own}, twój; ${p.team}`,
  numbered: 'numerowane 1-31',
  dated: (p) => `datowane, na ${counted('pl', p.months, { one: '# miesiąc', few: '# miesiące', many: '# miesięcy', other: '# miesiąca' })} naprzód`,
  noOutcomeDefaults: 'brak domyślnych dat dla crm log',
  outcomeNext: (p) => `${p.outcome} → ${p.when}`,
  separator: '; ',
  systems: 'jak w systemie',
  minutes: (p) => `${p.count} min`,
  gregorian: 'gregoriański',
  persian: 'perski (przekładki według kalendarza irańskiego, tygodnie od soboty)',
  changed: '(zmieniono)',
  already: '(już tak jest: nic nie zmieniono)',
  hoursMoved: (p) =>
    `${counted('pl', p.count, {
      one: '# teczka jest odłożona na konkretną godzinę: zachowuje ją na zegarze w nowej strefie, a to inny moment niż przedtem',
      few: '# teczki są odłożone na konkretne godziny: zachowują je na zegarze w nowej strefie, a to inne momenty niż przedtem',
      many: '# teczek jest odłożonych na konkretne godziny: zachowują je na zegarze w nowej strefie, a to inne momenty niż przedtem',
      other: '# teczki są odłożone na konkretne godziny: zachowują je na zegarze w nowej strefie, a to inne momenty niż przedtem',
    })} (crm undo przywróci strefę).`,

  teamIsCapacity: 'crm config --team ustawia limit zespołu: crm config capacity 25 --team; pozostałe ustawienia i tak należą do zespołu',
  noOwnCapacity: (p) => `ty (${p.login}) nie należysz do zespołu, więc nie masz własnego limitu; kierownik doda cię poleceniem crm team add ${p.login}`,
  notValid: 'nieprawidłowa wartość',
  capacity: (p) => `capacity "${p.typed}" to nie całkowita liczba teczek; wpisz crm config capacity 25 albo off`,
  dividers: (p) => `dividers "${p.typed}": wpisz crm config dividers numbered albo crm config dividers dated [1-3 miesiące]`,
  datedMonths: (p) => `przekładki datowane obejmują 1, 2 albo 3 miesiące, a nie "${p.typed}"`,
  language: (p) => `language "${p.typed}" to nie język, w którym mówi crm; wpisz crm config language en, pl, bg, hy albo fa, albo system`,
  calendar: (p) => `calendar "${p.typed}": wpisz crm config calendar persian (przekładki według kalendarza irańskiego: Farvardin..Esfand) albo crm config calendar gregorian`,
  holidays: (p) => `holidays "${p.typed}": wpisz crm config holidays add <data>..., remove <data>... albo clear`,
  holidaysNeedDates: (p) => `holidays ${p.action} potrzebuje dat, np. crm config holidays ${p.action} 2026-12-24`,
  wholeMonth: (p) => `"${p.typed}" to cały miesiąc; dzień wolny to jedna data, np. "${p.typed} 1"`,
  notASize: (p) => `"${p.typed}" to nie rozmiar; wpisz go jako 25MB, 500KB albo 1GB`,
  notAnOutcome: (p) => `"${p.typed}" to nie wynik rozmowy; użyj jednego z: ${p.outcomes}`,
  outcomeNeedsDate: (p) => `outcome ${p.outcome} potrzebuje daty albo off, np. crm config outcome ${p.outcome} jutro`,
  notAWeekday: (p) => `"${p.typed}" to nie dzień tygodnia; wpisz crm config workdays pon-pt (albo nd-czw, albo pon,wt,czw)`,
};
