// Polski: czego odmawiają codzienne polecenia (commands/file, log, move, postpone, undo, change.ts).
import type { Catalogue } from '../catalogue.js';

export const refusals: Catalogue['refusals'] = {
  noRename: (p) =>
    `"${p.client}" to ${p.handle} (${p.who}), a crm file nie zmienia nazwy klienta: żeby ją zmienić, wpisz crm edit ${p.handle} --name "${p.name}"; ` +
    `dla nowego klienta wybierz inny skrót: crm file <handle> ${p.when} --name "${p.name}"; nic nie zapisano`,
  newNeedsName: (p) => `żaden klient nie pasuje do "${p.handle}"; żeby założyć nową teczkę z tym skrótem, dodaj --name "<nazwa klienta>"`,
  hasOwner: (p) => `${p.handle} jest już odłożona i ma właściciela; crm assign ${p.handle} --to ${p.owner} przekaże ją ${p.owner}`,
  noteNeedsText: 'notatka potrzebuje treści: dodaj --note "<co zostało powiedziane>" (albo --note -, żeby wczytać ją ze stdin)',
  nextMissing: (p) => `brakuje następnego kontaktu: dodaj --next <kiedy> (na przykład --next fri) albo --done, żeby zamknąć ${p.handle}; nic nie zapisano`,
  fieldNeedsForm: '--field idzie w parze z --form <nazwa>: crm log acme --form visit --field budget=12000',
  notAKind: (p) => `--kind "${p.kind}" to nie rodzaj kontaktu; użyj ${p.kinds}`,
  notAnOutcome: (p) => `--outcome "${p.outcome}" to nie wynik rozmowy; użyj ${p.outcomes}`,
  moveNeeds: 'move potrzebuje klientów i daty (crm move acme zolc fri) albo --from <przekładka> --to <kiedy>',
  closedRefile: (p) => `${p.handle} jest zamknięta (w szufladzie); odłóż ją ponownie: crm file ${p.handle} <kiedy>`,
  autoNeedsCapacity: 'postpone --auto potrzebuje dziennego limitu: ustaw go, np. crm config capacity 20',
  postponeNeeds: 'postpone potrzebuje skrótów teczek do przełożenia (crm postpone acme zolc) albo --auto, żeby wybrać według priorytetu',
  closedNothingToPostpone: (p) => `${p.handle} jest zamknięta (w szufladzie): nie ma czego przełożyć`,
  roles: { rep: 'handlowcem', manager: 'kierownikiem', admin: 'administratorem' },
  notOnTeam: 'spoza zespołu',
  changesAll: (p) => `crm changes --all pokazuje zmiany całego zespołu: to widok kierownika, a ty (${p.login}) jesteś ${p.role}; crm changes pokazuje twoje`,
  teamSettings: (p) => `w segregatorze zespołu ustawienia segregatora należą do zespołu i zmienia je kierownik; ty (${p.login}) jesteś ${p.role}`,
  teamForms: (p) => `w segregatorze zespołu formularze należą do zespołu i zmienia je kierownik; ty (${p.login}) jesteś ${p.role}`,
  changedMeanwhile: (p) =>
    `${p.handle}: ${p.fields} zmieniono, odkąd crm przeczytał teczkę (ktoś inny zmienił to w międzyczasie); nic nie zapisano: zajrzyj do niej (crm show ${p.handle}) i podaj swoje jeszcze raz: ${p.given}`,
  and: ' i ',
  texts: { note: 'notatka', offer: 'oferta', promise: 'obietnica', complaint: 'reklamacja', resolution: 'rozwiązanie' },
  answerTo: (p) => `odpowiedź na "${p.key}"`,
  tooLong: (p) =>
    `${p.what} ma ${p.size}, ponad limit segregatora ${p.limit} na jeden wpis; ` +
    `tak długi tekst zachowaj jako dokument (crm attach ${p.handle} <plik>) albo podnieś limit (crm config note-limit); nic nie zapisano`,
  blankNote: (p) => `--note jest puste; napisz, co zostało powiedziane (${p.example} --note "chce 40 sztuk"), albo pomiń --note; nic nie zapisano`,
  commandLineNotValid: 'wiersz polecenia jest niepoprawny',
  moveNeedsDate: 'move potrzebuje klientów i daty: crm move acme fri albo crm move --from 24 --to 25',
  moveClientsOrFrom: 'move przyjmuje klientów albo --from <przekładka>, nie jedno i drugie',
  handleAndDate: (p) =>
    `"${p.word}" to zarazem skrót klienta i data; ujmij datę razem z godziną w cudzysłów (crm move ${p.clients} "<data> ${p.hour}") albo podaj ją przez --to`,
  postponeHandlesOrAuto: 'postpone przyjmuje skróty albo --auto, nie jedno i drugie',
  autoNeedsYes: 'postpone --auto pokazuje plan do zatwierdzenia: dodaj --yes, żeby go zastosować, albo --dry-run, żeby go tylko zobaczyć',
  workNeedsTerminal: 'work potrzebuje terminala; w skrypcie użyj crm today --json i crm log',
  limitNotWhole: (p) => `--limit "${p.typed}" to nie liczba całkowita większa od 0; spróbuj --limit 10`,
  nextOrDone: 'log przyjmuje --next <kiedy> albo --done, nie jedno i drugie',
};
