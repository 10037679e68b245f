// Polski: co mówią crm whoami, crm team (init, upgrade, add, remove, poranny widok) i crm assign.
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

const osoby = (n: number) => counted('pl', n, { one: '# osoba', few: '# osoby', many: '# osób', other: '# osoby' });
const teczki = (n: number) => counted('pl', n, { one: '# teczkę', few: '# teczki', many: '# teczek', other: '# teczki' });
const MADE = ' (login utworzono na serwerze: nadaj mu hasło albo ustaw uwierzytelnianie, zanim zacznie go używać)';

export const team: Catalogue['team'] = {
  roles: { admin: 'administrator', manager: 'kierownik', rep: 'handlowiec' },
  notOnTeam: (p) => `Jesteś ${p.login} w segregatorze (${p.where}), ale nie w jego zespole: crm nic ci z niego nie pokazuje (kierownik doda cię przez crm team add ${p.login}).`,
  youAre: (p) => `Jesteś ${p.login} (${p.name}), ${p.role}, w segregatorze: ${p.where}.`,
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
  created: (p) => `Utworzono segregator (${p.where}): wersja ${p.version}, ${counted('pl', p.tables, { one: '# tabela', few: '# tabele', many: '# tabel', other: '# tabeli' })}.`,
  createdSchema: (p) =>
    `Utworzono segregator (${p.where}) razem ze schematem: wersja ${p.version}, ${counted('pl', p.tables, { one: '# tabela', few: '# tabele', many: '# tabel', other: '# tabeli' })}.`,
  upToDate: (p) => `Segregator (${p.where}) jest aktualny (wersja ${p.version}); nie ma nic do zrobienia.`,
  upgraded: (p) => `Zaktualizowano segregator (${p.where}) z wersji ${p.from} do ${p.to} (${counted('pl', p.steps, { one: '# krok', few: '# kroki', many: '# kroków', other: '# kroku' })}).`,
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
  where: (p) => `schemat ${p.schema} bazy danych ${p.database} na ${p.server} jako ${p.user}`,
  socket: (p) => `gnieździe ${p.folder}`,
  badLogin: (p) => `"${p.login}" to nie login, jaki crm przyjmuje: litery, cyfry, _ . @ -, na początku litera lub _ (nazwa loginu na serwerze, jak w crm team)`,
  notOnTeamSo: (p) => `${p.login} nie jest w zespole, więc nie może ${p.cannotBe}; w zespole są: ${p.team.join(', ')} (dodaje tę osobę crm team add ${p.login} --name "...")`,
  leftTeamSo: (p) => `${p.login} nie jest już w zespole, więc nie może ${p.cannotBe}; w zespole są: ${p.team.join(', ')} (dodaje tę osobę crm team add ${p.login} --name "...")`,
  cannotBe: {
    handingOver: 'przekazać stosu',
    givenStack: 'przejąć stosu',
    givenDossiers: 'dostać teczek',
    removed: 'zostać usunięty(a) z zespołu',
    givenTheirs: 'przejąć teczek odchodzącej osoby',
    owner: 'być właścicielem teczki',
  },
  noLogin: (p) => `na serwerze nie ma loginu ${p.login}, a twój login nie może go utworzyć; poproś administratora serwera o wykonanie ${p.create}, a potem ponów crm team add ${p.login}`,
  mayNotGrant: (p) =>
    `twój login nie może nadać ${p.roles.length === 1 ? 'roli' : 'ról'} zespołu ${p.roles.join(' i ')} loginowi ${p.login}; może to administrator segregatora (ten, kto uruchomił crm team init) albo kierownik dodany z --manager`,
  onTeamAlready: (p) => `${p.login} jest już w zespole; crm team pokazuje, kto w nim jest`,
  handover: {
    fromNotManager: (p) => `crm handover --from ${p.owner} przekazuje stos ${p.owner}: to zadanie kierownika, a ty (${p.login}) nim nie jesteś; crm handover <to> --until <when> przekazuje twój`,
    toYourself: (p) => `crm handover ${p.to} wskazuje ciebie: stos trafia do kogoś innego z zespołu (crm team pokazuje, kto w nim jest)`,
    toTheOwner: (p) => `crm handover ${p.owner} wskazuje właściciela stosu (${p.owner}): stos trafia do kogoś innego z zespołu (crm team pokazuje, kto w nim jest)`,
    inForce: (p) => `stos ${p.owner} jest już przekazany dla ${p.delegate} do ${p.until} (jedno przekazanie naraz); najpierw zakończ je poleceniem ${p.back}`,
    notGivenBack: (p) =>
      `stos ${p.owner} był przekazany dla ${p.delegate} do ${p.until} i jeszcze nie wrócił; najpierw zakończ przekazanie poleceniem ${p.back} (pokaże też, co zrobił(a) ${p.delegate})`,
    toAway: (p) =>
      `${p.to} jest nieobecny(a): własny stos tej osoby ma ${p.delegate} do ${p.until}, a przekazanego stosu nie przekazuje się dalej (bez łańcuchów); przekaż go komuś, kto jest na miejscu`,
    youHold: (p) =>
      `${p.login} ma stos ${p.owner} do ${p.until}, a przekazanego stosu nie przekazuje się dalej (bez łańcuchów); najpierw go oddaj (crm handover back --from ${p.owner})`,
    theyHold: (p) =>
      `${p.login} ma stos ${p.owner} do ${p.until}, a przekazanego stosu nie przekazuje się dalej (bez łańcuchów); najpierw ${p.login} musi go oddać (crm handover back --from ${p.owner})`,
    onlyNeedsWords: 'crm handover --only potrzebuje słów, po których wybierze teczki, tak jak przyjmuje je crm find: --only warsaw, --only "acme kowalski"',
    onlyMatchesNone: (p) => `żadna teczka ${p.owner} nie pasuje do "${p.text}"; nic nie przekazano (--only przyjmuje to samo co crm find)`,
    onlyMatchesTooMany: (p) => `"${p.text}" pasuje do ponad ${p.limit} teczek ${p.owner}; przekaż cały stos (bez --only) albo zawęź wybór kolejnymi słowami`,
    notHandedOver: (p) => `stos ${p.owner} nie jest przekazany (brak otwartego przekazania); crm handovers pokazuje przekazania dawne i obecne`,
    backNotYours: (p) => `przekazanie stosu ${p.owner} dla ${p.delegate} kończy ${p.owner}, ${p.delegate} albo kierownik, a ty (${p.login}) nie jesteś żadnym z nich`,
    holdSeveral: (p) => `masz stosy kilku osób: ${p.owners.join(', ')}; wskaż, który wraca: crm handover back --from ${p.first}`,
    nothingToGiveBack: (p) => `twój stos nie jest przekazany i nie masz niczyjego (jesteś ${p.login}); crm handovers pokazuje przekazania dawne i obecne`,
    justGivenBack: (p) => `przekazanie stosu ${p.owner} dla ${p.delegate} przed chwilą zakończył ktoś inny; crm handovers pokaże kto`,
  },
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
