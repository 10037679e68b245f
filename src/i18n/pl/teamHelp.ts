// Polski: pomoc poleceń zespołu (crm team, whoami, assign, handover, handovers) i to, czego ich wiersz poleceń odmawia.
import type { Catalogue } from '../catalogue.js';

export const teamHelp: Catalogue['teamHelp'] = {
  team: {
    description:
      'segregator zespołu na serwerze PostgreSQL: bez akcji widok kierownika (stos każdej osoby, zaległości, telefony, kto jest nieobecny); init go zakłada, upgrade aktualizuje do wersji tego crm, add i remove zmieniają skład zespołu',
    action: 'init (załóż segregator), upgrade (wykonaj oczekujące kroki schematu), add albo remove (osobę); bez akcji: widok kierownika',
    login: 'add, remove: osoba, wskazana loginem na serwerze',
    name: 'add: jej imię i nazwisko, jakie widzą klienci i koledzy',
    manager: 'add: jako kierownik (widzi i zmienia każdą teczkę, dodaje osoby, przekazuje teczki)',
    to: 'remove: kto przejmuje jej teczki',
    week: 'widok kierownika: liczby tygodnia (telefony dzień po dniu od poniedziałku, odłożenia, obietnice dotrzymane i złamane)',
    json: 'wypisz jako jeden dokument JSON: widok {"date", "week", "capacity", "people": [...]} (README: For scripts) albo to, co zrobiono {"action", "where", "schema", "version"...}',
    help: (p) => `
Segregator wskazuje --db albo CRM_DB jako URL: postgres://<user>[:<password>]@<host>[:<port>]/<database>,
a jego schemat ?options=-csearch_path%3D<schema> (bez tego bieżący schemat użytkownika). Hasło pochodzi
z URL, z PGPASSWORD albo z ~/.pgpass i nigdy nie jest wypisywane. Inne polecenia nigdy nie aktualizują
segregatora na serwerze: starszy jest odrzucany, dopóki ktoś nie uruchomi crm team upgrade.

Osoby to loginy serwera: crm team add zakłada login, gdy go nie ma, a ty masz do tego prawo
(CREATEROLE), a w przeciwnym razie bierze istniejący; crm team remove przekazuje teczki osoby koledze,
a jej historia zostaje przy niej (crm undo to cofa).

Bez akcji: poranny widok kierownika, wiersz na osobę, najpierw najgorsze (ponad limit, potem
zaległe, potem złamane obietnice), z paskiem obciążenia: stos osoby wobec jej limitu (własnego,
crm config capacity, a bez niego limitu zespołu), co jest po terminie, jej telefony dziś i w tym
tygodniu oraz kto jest nieobecny albo przejął stos kolegi. --week: tydzień dzień po dniu.
${p.examples}`,
    examples: {
      add: 'crm team add anna --name "Anna Nowak"',
      manager: 'crm team add ewa --name "Ewa Lis" --manager',
    },
    needsLogin: {
      add: 'crm team add potrzebuje loginu osoby: crm team add anna --name "Anna Nowak"',
      remove: 'crm team remove potrzebuje loginu osoby: crm team remove piotr --to anna',
    },
    takesNoLogin: (p) => `crm team ${p.action} nie przyjmuje loginu; osobę dodaje crm team add <login>`,
  },
  whoami: {
    description: 'segregator zespołu: kim jesteś (login na serwerze), twoja rola i przekazania, w których bierzesz udział',
    json: 'wypisz {"login", "name", "role", "where", "away", "holding"}',
    help: (p) => `
Osoba działająca to login połączenia z serwerem (użytkownik z URL, a bez niego PGUSER, a bez niego
nazwa użytkownika w systemie): nie $USER ani ustawienie. W pliku segregatora jest jeden użytkownik, do którego należy wszystko.
${p.examples}`,
  },
  assign: {
    description: 'segregator zespołu: przekaż teczki na stałe innemu właścicielowi (dla kierownika); jedna zmiana, wpis w każdej teczce',
    clients: 'klienci do przekazania (skróty albo ich początki)',
    to: 'nowy właściciel',
    from: 'z --all: wszystkie teczki tej osoby',
    all: 'z --from: wszystkie jej teczki, odłożone i zamknięte',
    json: 'wypisz zmiany jako JSON: {"change", "dossiers", "entries", "to", "unchanged"}',
    help: (p) => `
Na jakiś czas (urlop, choroba) przekaż raczej stos: crm handover. crm undo cofa crm assign.
${p.examples}`,
    needsTo: 'crm assign potrzebuje nowego właściciela: crm assign acme --to anna',
  },
  handover: {
    description: 'segregator zespołu: przekaż swój stos koledze do wybranego dnia (wypisuje arkusz przekazania); back: odbierz go, razem z tym, co kolega zrobił',
    to: 'kolega, który przejmuje stos (login), albo back: zakończ przekazanie i pokaż raport',
    until: 'ostatni dzień, w którym go trzyma, włącznie: pt, +2w, "18 gru" (formy dat: crm move --help)',
    from: 'czyj stos: kierownik może wskazać każdego (przy back: właściciel przekazania do zakończenia)',
    only: 'tylko teczki pasujące do tych słów, tak jak w crm find',
    format: 'arkusz jako tekst (domyślnie), markdown albo html do druku',
    output: 'zapisz arkusz do tego pliku (zastępowanego w całości) zamiast na standardowe wyjście; .md lub .html wskazuje format',
    json: 'wypisz {"handover", "sheet"}; back: {"handover", "owner", "delegate", "pastItsDate", "work", "dossiers", "counts"}',
    help: (p) => `
Właściciel pozostaje właścicielem: kolega widzi jego teczki i pracuje nad nimi we własnym crm today,
z dopiskiem "właściciel: <name>", do ostatniego dnia; od następnego dnia znikają z jego stosu. Jedno
przekazanie na właściciela naraz i bez łańcuchów: nie do kogoś nieobecnego ani przez kogoś, kto trzyma
stos innej osoby. crm handover back (właściciel, kolega albo kierownik) kończy je, także po ostatnim
dniu, i pokazuje każdy telefon, odłożenie i obietnicę, które kolega zrobił za właściciela.
${p.examples}`,
    examples: {
      fri: 'crm handover anna --until pt',
      sheet: 'crm handover anna --until "18 gru" -o handover.html',
      only: 'crm handover anna --from piotr --until +1w --only warszawa',
    },
    backTakes: (p) => `crm handover back przyjmuje --from i --json, nie ${p.option}`,
    needsUntil: (p) => `crm handover potrzebuje ostatniego dnia, w którym ${p.to} trzyma stos: crm handover ${p.to} --until pt`,
    sayFormat: (p) => `crm handover -o ${p.output}: podaj format arkusza, --format markdown albo --format html (albo nadaj plikowi rozszerzenie .md lub .html)`,
    noFolder: (p) => `nie można zapisać ${p.output}: nie ma folderu ${p.folder}; niczego nie przekazano`,
  },
  handovers: {
    description: 'segregator zespołu: wszystkie przekazania, dawne i obecne, od najnowszego: kto komu, od kiedy do kiedy, trwające czy oddane',
    json: 'wypisz {"handovers": [{"owner", "delegate", "starts", "until", "onlyWhat", "endedAt", "endedBy", "state"...}], "names"}',
  },
};
