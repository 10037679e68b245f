// Polski: co mówią crm whoami, crm team (init, upgrade, add, remove, poranny widok) i crm assign.
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

const osoby = (n: number) => counted('pl', n, { one: '# osoba', few: '# osoby', many: '# osób', other: '# osoby' });
const teczki = (n: number) => counted('pl', n, { one: '# teczkę', few: '# teczki', many: '# teczek', other: '# teczki' });
const MADE = ' (login utworzono na serwerze: nadaj mu hasło albo ustaw uwierzytelnianie, zanim zacznie go używać)';

export const team: Catalogue['team'] = {
  roles: { admin: 'administrator', manager: 'kierownik', rep: 'handlowiec' },
  notOnTeam: (p) => `Jesteś ${p.login} w ${p.where}, ale nie w jego zespole: crm nic ci z niego nie pokazuje (kierownik doda cię przez crm team add ${p.login}).`,
  youAre: (p) => `Jesteś ${p.login} (${p.name}), ${p.role}, w ${p.where}.`,
  away: (p) => `Nieobecność: twoje teczki przejmuje ${p.delegate} do ${p.until} (kończy to crm handover back).`,
  holding: (p) => `Przejmujesz teczki: ${p.owner}, do ${p.until}; crm today pokazuje je z oznaczeniem.`,
  added: (p) => `${p.name} (${p.login}) jest w zespole jako ${p.role}.`,
  addedAgain: (p) => `${p.name} (${p.login}) znów jest w zespole jako ${p.role}.`,
  addedMade: (p) => `${p.name} (${p.login}) jest w zespole jako ${p.role}${MADE}.`,
  addedAgainMade: (p) => `${p.name} (${p.login}) znów jest w zespole jako ${p.role}${MADE}.`,
  nothingToGive: (p) => `Nie ma czego przekazać: ${p.to} ma już ${p.count === 1 ? 'teczkę' : 'teczki'} ${p.handles}.`,
  gave: (p) => `${p.to} przejmuje ${teczki(p.count)}: ${p.given}.`,
  givenFrom: (p) => `${p.handle} (wcześniej: ${p.from})`,
  alreadyTheirs: (p) => `${p.to} ma już: ${p.handles}.`,
  removed: (p) => `${p.login} odchodzi z zespołu: ${teczki(p.count)} przejmuje ${p.to}; autorstwo wpisów w historii się nie zmienia.`,
  created: (p) => `Utworzono segregator w ${p.where}: wersja ${p.version}, ${counted('pl', p.tables, { one: '# tabela', few: '# tabele', many: '# tabel', other: '# tabeli' })}.`,
  createdSchema: (p) =>
    `Utworzono segregator w ${p.where} (razem ze schematem): wersja ${p.version}, ${counted('pl', p.tables, { one: '# tabela', few: '# tabele', many: '# tabel', other: '# tabeli' })}.`,
  upToDate: (p) => `Segregator w ${p.where} jest aktualny (wersja ${p.version}); nie ma nic do zrobienia.`,
  upgraded: (p) => `Zaktualizowano segregator w ${p.where} z wersji ${p.from} do ${p.to} (${counted('pl', p.steps, { one: '# krok', few: '# kroki', many: '# kroków', other: '# kroku' })}).`,
  standing: { none: 'poza zespołem', left: 'już poza zespołem', rep: 'handlowcem', manager: 'kierownikiem', admin: 'administratorem' },
  managersOnly: (p) => `crm ${p.command} jest dla kierownika: ty (${p.login}) jesteś ${p.standing}; może to uruchomić kierownik zespołu (crm team pokazuje, kto nim jest)`,
  teamOnlyManagers: (p) => `crm ${p.command} --team pokazuje teczki całego zespołu: to widok kierownika, a ty (${p.login}) jesteś ${p.standing}; crm ${p.command} pokazuje twoje`,
  forOnlyManagers: (p) =>
    `crm ${p.command} --for ${p.other} pokazuje teczki ${p.other}: kierownikowi albo temu, komu ${p.other} je przekazał(a), a ty (${p.login}) dziś nie jesteś żadnym z nich; crm ${p.command} pokazuje twoje`,
  addNeedsName: (p) => `crm team add ${p.login} potrzebuje imienia i nazwiska, jakie widzą klienci i koledzy: crm team add ${p.login} --name "Anna Nowak"`,
  assignFromAll: 'crm assign przyjmuje klientów albo --from <login> --all dla wszystkich teczek jednej osoby: crm assign --from piotr --all --to anna',
  assignNeedsClients: 'crm assign potrzebuje klientów do przekazania albo --from <login> --all: crm assign acme kowalski --to anna',
  assignFromWithAll: 'crm assign --from <login> idzie w parze z --all (wszystkie teczki tej osoby); aby przekazać tylko niektóre, wymień tych klientów: crm assign acme --to anna',
  removeNeedsTo: (p) => `crm team remove ${p.login} potrzebuje osoby, która przejmie teczki: crm team remove ${p.login} --to <login>`,
  adminStays: (p) => `${p.login} założył(a) ten segregator (jest administratorem) i zostaje w zespole`,
  removeToSelf: (p) => `crm team remove ${p.login} --to wskazuje ${p.login}: teczki muszą trafić do kogoś, kto zostaje`,
  view: {
    title: 'Zespół',
    people: (p) => osoby(p.count),
    noCapacity: 'bez limitu zespołu',
    capacity: (p) => `limit zespołu ${p.capacity} dziennie`,
    nobody: 'W zespole nikogo jeszcze nie ma: crm team add <login> --name "..." dodaje osobę.',
    person: 'Osoba',
    stack: 'Stos na dziś',
    overdue: 'Zaległe',
    broken: 'Niedotrzymane',
    complaints: 'Reklamacje',
    calls: 'Telefony',
    week: 'Tydzień',
    refiled: 'Odłożone',
    moved: 'Przełożone',
    kept: 'Dotrzymane',
    whereabouts: 'Nieobecność / zastępstwo',
    weekday: (p) => ['niedz.', 'pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.'][p.day] ?? '',
    away: (p) => `nieobecność: zastępuje ${p.name} do ${p.until}`,
    holding: (p) => `zastępuje: ${p.name} do ${p.until}`,
    weekNote: (p) =>
      `Tydzień od ${p.from}: telefony, spotkania i e-maile zapisane każdego dnia; teczki odłożone po rozmowie i przełożone bez niej; obietnice dotrzymane oraz te niedotrzymane w terminie.`,
    over: (p) => `${osoby(p.count)} ponad limit`,
    overAdvice: 'crm today --for <login> pokazuje stos tej osoby; crm assign lub crm handover go odciąży.',
    dayNote: 'Niedotrzymane: nasze obietnice po terminie; reklamacje: otwarte po terminie; telefony: zapisane dziś i w tym tygodniu. crm team --week: tydzień dzień po dniu.',
  },
};
