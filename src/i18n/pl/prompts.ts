// Polski: pytania zadawane w terminalu (src/prompts/).
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

export const prompts: Catalogue['prompts'] = {
  card: {
    newDossier: (p) => `Nowa teczka "${p.handle}": potrzebna jest nazwa; pozostałe pola można zostawić puste.`,
    name: 'Nazwa klienta',
    position: 'Stanowisko',
    company: 'Firma',
    phone: 'Telefon',
    email: 'E-mail',
    priority: 'Priorytet',
    priorityA: 'A (najważniejsze)',
    priorityB: 'B',
    priorityC: 'C (najmniej ważne)',
  },
  form: {
    title: (p) => `Formularz ${p.title}:`,
    optional: '(opcjonalnie)',
    none: '(brak)',
  },
  editorFailed: (p) => `edytor (${p.editor}) zakończył się kodem ${p.status}; notatek nie zmieniono`,
  log: {
    whatWasSaid: (p) => `Co ustaliliście z ${p.name}?`,
    howDidItEnd: 'Jak się skończyło?',
    noOutcome: '(bez wyniku)',
    whatOffer: 'Jaką ofertę wysłano? (Enter: żadnej)',
    nextByDefault: (p) => `Następny kontakt (Enter: ${p.date}, ${p.where}; albo ${p.done})`,
    next: (p) => `Następny kontakt (8, jul 5, +2w, pt; albo ${p.done}, żeby zamknąć)`,
    typeTheDate: (p) => `wpisz datę następnego kontaktu albo ${p.done}`,
    closes: 'zamknięta: wyjęta z segregatora, historia zostaje',
    movedOffDayOff: (p) => `${p.where} (przesunięte z dnia wolnego)`,
  },
  postpone: {
    which: 'Które teczki przełożyć? (spacja zaznacza, Enter przechodzi dalej)',
    daysOverdue: (p) => `(${counted('pl', p.days, { one: '# dzień', few: '# dni', many: '# dni', other: '# dnia' })} po terminie)`,
    whereTo: 'Dokąd? (data, np. pt albo +1w; Enter: najbliższe dni robocze z wolnym miejscem)',
    applyPlan: 'Zastosować ten plan?',
  },
  work: {
    start: (p) => `${p.date}: na dziś ${p.dossiers}. Jedna karta naraz; możesz przerwać w każdej chwili.`,
    cardOf: (p) => `${p.number} z ${p.total}`,
    recentHistory: 'Ostatnia historia:',
    historyOf: (p) => `Historia ${p.handle}`,
    staysToday: (p) => `${p.handle} zostaje na dziś: jest już odłożona na ten dzień.`,
    postponed: (p) => `Przełożono ${p.handle} ${p.where}.`,
    cancelled: (p) => `przerwano; ${p.kept}`,
    keptDone: (p) => `to, co zrobiono wcześniej, zostaje: ${p.tally}`,
    nothingWritten: 'nic nie zapisano',
    sessionDone: 'Koniec sesji',
    end: (p) => `${p.tally}; ${p.left}`,
    stackClear: 'na dziś wszystko zrobione.',
    stillLeft: (p) =>
      `na dziś zostaje jeszcze ${counted('pl', p.count, { one: '# teczka', few: '# teczki', many: '# teczek', other: '# teczki' })} (crm work, żeby kontynuować).`,
    tally: (p) =>
      `zapisane rozmowy: ${p.logged}, przełożone: ${p.postponed}, pominięte: ${p.skipped}`,
    whatNow: 'Co teraz?',
    log: 'Zapisz rozmowę i przełóż',
    postpone: 'Przełóż na później',
    skip: 'Pomiń na razie',
    history: (p) => `Pokaż całą historię (${p.count})`,
    call: (p) => `Zadzwoń pod ${p.phone}, potem zapisz rozmowę`,
    quit: 'Zakończ',
  },
  yesNo: { hintYes: '(T/n)', hintNo: '(t/N)', yes: 'Tak', no: 'Nie' },
};
