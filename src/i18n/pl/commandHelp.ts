// Polski: pomoc poleceń z src/declared/ (cli.ts).
import type { Catalogue } from '../catalogue.js';

export const commandHelp: Catalogue['commandHelp'] = {
  card: {
    position: 'stanowisko',
    company: 'firma',
    phone:
      'główny numer telefonu (ten, który pokazuje crm today): zastępuje główny albo czyni głównym numer już zapisany na karcie; przed nim może stać etykieta, "mobile:+48 601 234 567"; "" go usuwa',
    addPhone: (p) => `dodaje numer telefonu, z etykietą przed nim: ${p.labels} ("home:+48 22 555 01 02"; bez etykiety work); powtórz dla kilku`,
    removePhone: 'usuwa numer telefonu (zapisany z dowolnymi odstępami) albo wszystkie numery z tą etykietą; powtórz dla kilku',
    email: 'główny adres e-mail, jak przy --phone ("home:anna@example.com")',
    addEmail: 'dodaje adres e-mail, z etykietą jak przy --add-phone; powtórz dla kilku',
    removeEmail: 'usuwa adres e-mail albo wszystkie adresy z tą etykietą; powtórz dla kilku',
    notes: 'stałe notatki karty (zastępują dotychczasowe)',
    priority: 'A najważniejszy; bez ustawienia B',
    address: 'jak się do nich zwracać ("Pani Anno", "Dr. Müller")',
    pronunciation: 'jak wymawiać nazwisko ("WOO-kash")',
    preferences: 'co wolą: kiedy dzwonić, jakim kanałem, w jakim języku',
    tags: 'oddzielone przecinkami: "vip, warszawa"',
    every: 'rytm kontaktu: 10d, 2w, 1m (po rozmowie, w której się dodzwoniono, następna data)',
    stage: (p) => `etap: ${p.stages}`,
  },
  file: {
    description: 'odłóż teczkę za przekładkę dnia następnego kontaktu; nowy skrót zakłada nową teczkę',
    when: 'data następnego kontaktu, z godziną, jeśli ją ustalono: pt, "pt 15:00" (zob. Daty niżej)',
    name: 'nazwisko klienta (potrzebne dla nowej teczki, gdy żaden terminal nie może zapytać; crm edit je zmienia)',
    note: 'co powiedziano: notatka w historii',
    offer: 'złożona oferta',
    at: 'godzina następnego kontaktu: 10:30, 15.00, 3pm, 15h (w strefie czasowej segregatora)',
    exact: 'zostaw dzień wolny, zamiast przechodzić na następny dzień roboczy',
    owner: 'segregator zespołu, kierownik: właściciel nowej teczki (bez tego ten, kto ją odkłada)',
    json: 'wypisz zmiany jako JSON: {"change", "dossiers", "entries", "created", "named", "shifted", "adjusted"}',
    examples: {
      holidays: 'crm file acme "5 lipca" --note "oddzwonić po urlopach"',
      three: 'crm file acme "pt 15:00" --note "oddzwonić o trzeciej"',
    },
  },
  move: {
    description: 'przełóż teczki: wymienione albo wszystko za jedną przekładką',
    clients: 'klienci do przełożenia, a po nich data (albo podaj datę przez --to)',
    to: 'dokąd, z godziną, jeśli ją ustalono: pt, "pt 14:00" (zob. Daty niżej); bez niej każda zachowuje swoją godzinę',
    from: 'przełóż wszystko za tą przekładką, tak jak stoi (8, lip, pt, 2026-12-05)',
    note: 'dlaczego: zapisane przy każdym przełożeniu',
    exact: 'zostaw dzień wolny, zamiast przechodzić na następny dzień roboczy',
    dryRun: 'pokaż, co by się przełożyło; niczego nie zapisuj',
    json: 'wypisz zmiany jako JSON: {"change", "dossiers", "entries", "moves"}',
    examples: {
      fair: 'crm move acme zolc petrova "7 gru" --note "w tym tygodniu targi"',
      dayOff: 'crm move --from 24 --to 25 --note "dzień wolny"',
    },
  },
  postpone: {
    description: 'za dużo na dziś: przełóż wybrane teczki albo te o najniższym priorytecie na najbliższe dni, w których jest miejsce',
    clients: 'klienci do przełożenia (w terminalu, bez nich: lista do zaznaczenia)',
    to: 'jedna data dla wszystkich; bez niej każda trafia na najbliższy dzień roboczy z miejscem w limicie (najpierw jutro)',
    auto: 'wybierz teczki o najniższym priorytecie, przez które stos na dziś przekracza limit',
    yes: 'zastosuj plan --auto bez pytania (dla skryptów)',
    dryRun: 'pokaż plan; niczego nie zapisuj',
    exact: 'zostaw dzień wolny, zamiast przechodzić na następny dzień roboczy',
    json: 'wypisz plan i zmiany jako JSON',
  },
  call: {
    description: 'wybierz główny numer klienta (link tel: dla programu otwierającego pulpitu), a potem zapisz rozmowę',
    number: (p) => `inny numer z karty, według etykiety: ${p.labels}`,
    json: 'wypisz telefon jako JSON i o nic nie pytaj: {"handle", "name", "number", "label", "uri", "opened"}',
    help: (p) => `
  Numer otwiera się jako link tel: (RFC 3966: tel:+48601234567) przez xdg-open (macOS: open),
  znaleziony w PATH: wybiera go softphone albo telefon połączony z komputerem. Numer bez +
  przechodzi jako same cyfry, tak jak byś go wybierał. Potem, w terminalu, padają pytania
  crm log o tego samego klienta; ze skryptu crm call wypisuje numer i link, a crm log <client>
  uruchamiasz sam. Bez programu otwierającego też je wypisuje. Nic nie jest zapisywane
  poza wpisem rozmowy.
  ${p.examples}`,
  },
  work: {
    description: 'poranna sesja w terminalu: stos na dziś, karta po karcie (zapisz rozmowę, zadzwoń, przełóż, pomiń, historia, koniec)',
    help: (p) => `\nTo, co zapisane lub przełożone, trafia do segregatora od razu: możesz przerwać w każdej chwili, a crm work podejmie od tego miejsca.\n${p.examples}`,
  },
  undo: {
    description: 'cofnij ostatnią zmianę w segregatorze, w całości (przełożenie wielu teczek to jedna zmiana); powtórz, by cofnąć dalej',
    json: 'wypisz {"undone": zmiana lub null, "next": zmiana lub null}',
  },
  changes: {
    description: 'ostatnie zmiany w segregatorze, od najnowszej: to, co cofnąłby crm undo',
    limit: 'ile wypisać',
    all: 'segregator zespołu: zmiany wszystkich, z autorem każdej (dla kierownika)',
    json: 'wypisz {"changes": [{"id", "at", "command", "summary"}]} ("by", login, z --all)',
  },
  open: {
    description: 'teczki za jedną przekładką, tak jak stoi (bez przechodzenia na dzień roboczy)',
    divider: 'numer dnia, miesiąc albo dowolna forma daty',
    json: 'wypisz teczki jako JSON',
    asItStands: 'Przekładka jest nazwana tak, jak stoi: dzień wolny nie przechodzi na dzień roboczy.',
  },
  slipping: {
    description: 'klienci, których ostatni prawdziwy kontakt jest starszy niż ich rytm (crm edit --every), najpierw najbardziej zaległe',
    json: 'wypisz {"slipping": [{"dossier", "cadence", "lastReal", "dueSince", "daysLate"}]}',
  },
  promises: {
    description: 'otwarte obietnice, jednego klienta lub wszystkie; po terminie są złamane',
    client: 'skrót albo jego początek',
    json: 'wypisz {"promises": [{"id", "handle", "what", "due", "theirs", "status", ...}]}',
  },
  complaints: {
    description: 'otwarte reklamacje, jednego klienta lub wszystkie',
    client: 'skrót albo jego początek',
    json: 'wypisz {"complaints": [{"id", "handle", "what", "due", "late", ...}]}',
  },
  promise: {
    description: 'zapisz zobowiązanie z terminem, nasze albo klienta; "crm promise done <id>", gdy zostało dotrzymane',
    client: 'skrót albo jego początek; albo "done", by oznaczyć obietnicę jako dotrzymaną',
    what: 'co obiecano; po "done": numer obietnicy',
    by: 'termin (zob. Daty)',
    theirs: 'obietnica klienta, nie nasza',
    exact: 'zostaw dzień wolny, zamiast przechodzić na następny dzień roboczy',
    json: 'wypisz zmiany jako JSON, z "promise"',
    examples: {
      ours: 'crm promise acme "wysłać cennik" --by pt',
      theirs: 'crm promise acme "decyzja w sprawie oferty" --by 10 --theirs',
    },
  },
  complaint: {
    description: 'otwórz reklamację z terminem; "crm complaint resolve <id> --note" ją zamyka i odkłada teczkę na dalszy kontakt',
    client: 'skrót albo jego początek; albo "resolve", by zamknąć reklamację',
    what: 'czego dotyczy reklamacja; po "resolve": jej numer',
    by: 'termin (domyślnie: następny dzień roboczy; crm config complaint-due)',
    note: 'z resolve: jak ją rozwiązano',
    json: 'wypisz zmiany jako JSON, z "complaint"',
    examples: {
      open: 'crm complaint acme "dostawa spóźniona o dwa tygodnie"',
      resolve: 'crm complaint resolve 3 --note "wymieniono części, 10% rabatu na następne zamówienie"',
    },
  },
  attach: {
    description: 'włóż do teczki dokumenty sprawy: oferty, e-maile, kalkulacje, harmonogramy',
    files: 'pliki do przechowania wewnątrz segregatora (całość to nadal jeden plik do skopiowania albo przekazania)',
    link: 'zapisz odnośnik zamiast pliku',
    json: 'wypisz zmiany jako JSON, z "attached"',
  },
  docs: {
    description: 'wypisz dokumenty z teczki albo zapisz jeden z powrotem, bajt w bajt',
    get: 'dokument do zapisania: jego nazwa albo jej jednoznaczny początek',
    output: 'gdzie go zapisać (domyślnie: pod jego nazwą, w tym folderze; - to standardowe wyjście)',
    force: 'nadpisz istniejący plik',
    json: 'wypisz {"handle", "documents": [{"id", "name", "type", "size", "sha256", "link", "addedAt"}]}',
  },
  form: {
    description: 'formularze wypełniane po rozmowach: dodaj nowy z pliku JSON lub YAML, wypisz je, pokaż jeden',
    action: 'add <plik>, list albo show <nazwa>',
    target: 'plik (add) albo nazwa formularza (show)',
    json: 'wypisz formularz lub formularze jako JSON',
    help: (p) => `
  Plik formularza (JSON lub YAML):
    name: visit
    title: Po wizycie
    fields:
      - { key: budget, label: Budżet w PLN, type: number, required: true }
      - { key: decision, label: Rozmowa z decydentem, type: yes/no }
      - { key: stage, label: Etap, type: choice, choices: [zainteresowany, zastanawia się, nie teraz] }
      - { key: next_visit, label: Następna wizyta, type: date, help: dowolna forma daty }
      - { key: remarks, label: Uwagi, type: text }
  ${p.examples}`,
    refused: {
      addNeedsFile: 'form add potrzebuje pliku: crm form add visit.yaml',
      notAnAction: (p) => `"${p.typed}": wpisz crm form add <plik>, crm form list albo crm form show <nazwa>`,
    },
  },
  edit: {
    description: 'zmień kartę klienta; każda zmiana to wpis w historii (bez opcji, w terminalu: notatki w $EDITOR)',
    name: 'nazwisko klienta',
    json: 'wypisz zmiany jako JSON',
    examples: {
      address: 'crm edit petrova --address "Pani Anno" --pronunciation "pie-TRO-wa"',
    },
  },
  review: {
    description: 'przegląd dnia: rozmowy według wyniku, plan a wykonanie, co przeoczono, obietnice, reklamacje',
    when: 'dzień, liczony wstecz: dziś (domyślnie), wczoraj, pt (ostatni piątek), 7 albo 7 gru (ostatni 7. dzień miesiąca), -3d, 2026-11-20',
    week: 'tydzień tego dnia: od poniedziałku do niedzieli, a w segregatorze z kalendarzem perskim od soboty do piątku',
    daysAgo: 'dzień sprzed n dni',
    json: 'wypisz zestawienie jako JSON',
    examples: {
      yesterday: 'crm review wczoraj',
      friday: 'crm review pt',
      week: 'crm review --week "7 gru"',
    },
  },
  remind: {
    description: 'przypomnij o każdym telefonie w najbliższym oknie czasu i o każdej obietnicy i reklamacji po terminie, jeden raz (dla crona albo timera systemd)',
    within: 'jak daleko naprzód patrzeć: 10m, 1h, 1h30m (domyślnie: ustawienie remind-within, 10 min)',
    exec: 'przekaż każde przypomnienie temu poleceniu (uruchamianemu przez /bin/sh), z przypomnieniem jako JSON na jego standardowym wejściu',
    print: 'wypisz przypomnienia na standardowe wyjście, nawet gdy pulpit ma program do powiadomień',
    json: 'wypisz {"within", "now", "until", "notifier", "sent": [przypomnienie...]}',
    help: (p) => `
  Telefon to teczka odłożona z godziną: przypomina od --within przed tą godziną, a godzina, która
  minęła dziś wcześniej bez przypomnienia, przypomina z opóźnieniem ("7 min temu"). Nasza
  obietnica po terminie i reklamacja po terminie przypominają po jednym razie. Nic nie przypomina
  dwa razy: segregator zapisuje, co wysłano (teczka odłożona na inną godzinę przypomina znowu).
  Odłożenia na dzień, bez godziny, nigdy nie przypominają: pokazuje je crm today.

  Przypomnienia trafiają do polecenia z --exec, bez niego do programu powiadomień pulpitu
  (notify-send; osascript na macOS) znalezionego w PATH, a bez niego na standardowe wyjście, po
  jednym wierszu. Gdy program powiadomień zawiedzie, przebieg kończy się kodem 1: czego nie
  przyjął, zostanie wysłane przy następnym przebiegu. Uruchamiaj co minutę z crona albo z timera
  użytkownika systemd (zob. README).
  ${p.examples}`,
    refused: {
      execEmpty: "--exec potrzebuje polecenia, na przykład: crm remind --exec 'mail me@example.com'",
      execAndPrint: '--exec i --print mówią, dokąd mają iść przypomnienia; podaj tylko jedno z nich',
    },
  },
  doctor: {
    description:
      'sprawdź segregator: spójność pliku, rekordy, które do niczego nie należą, daty, które nie istnieją, czy każda otwarta teczka leży tam, gdzie mówi jej historia, oraz to, co czytają find i widok segregatora',
    repair: 'odbuduj z teczek to, co czytają find i widok segregatora (słowa wyszukiwania, tekst do przeszukiwania, tekst historii, indeksy find, liczniki odłożeń)',
    json: 'wypisz {"path", "problems": [wiersz...], "repaired": [wiersz...], "mendable", "damaged", "unchecked": [wiersz...]}',
  },
  config: {
    description: 'pokaż albo zmień ustawienia segregatora; ustawienie, któremu podano wartość, jaką już ma, zostaje bez zmian',
    setting: 'ustawienie do pokazania albo zmiany (zob. Ustawienia niżej)',
    values: 'nowa wartość',
    team: 'w segregatorze zespołu, z capacity: pojemność zespołu (dla kierownika), nie twoja',
    json: 'wypisz ustawienia jako JSON (z wartością: co się zmieniło, i ustawienia; w segregatorze zespołu "own": twoja pojemność)',
    help: (p) => `
W segregatorze zespołu crm config capacity ustawia twoją własną pojemność (trzymają się jej crm today
i crm postpone --auto); --team ustawia pojemność zespołu dla wszystkich, którzy nie ustawili własnej
(dla kierownika).

Ustawienia:
${p.settings}
${p.examples}`,
    settings: {
      workdays: 'dni robocze tygodnia: mon-fri, sun-thu albo mon,wed,fri',
      holidays: 'dni wolne poza cotygodniowymi: add <data>..., remove <data>... albo clear',
      capacity: 'ile najwyżej teczek powinien mieć stos jednego dnia: liczba albo off',
      dividers: 'przekładki dni numerowane 1-31 albo jedna datowana przekładka na każdy dzień roboczy: numbered albo dated 1-3 (miesiące naprzód)',
      outcome: 'następna data, której crm log używa po danym wyniku: <outcome> <data> albo <outcome> off',
      'attach-limit': 'największy plik, jaki crm attach przechowa w segregatorze: rozmiar: 25MB',
      'note-limit': 'najdłuższa notatka, oferta albo odpowiedź w formularzu, jaką przyjmie wpis w historii: rozmiar: 1MB',
      'complaint-due': 'termin reklamacji, gdy go nie podano: data: tomorrow',
      'complaint-follow-up': 'kiedy sprawdzić, czy klient z załatwioną reklamacją jest zadowolony: data: +1w',
      timezone: 'strefa czasowa godzin odłożeń: nazwa IANA: Europe/Warsaw albo system',
      'remind-within': 'jak daleko naprzód patrzy crm remind, gdy tego nie podano: okres: 10m, 1h',
      language: 'język, w którym mówi crm, o ile --lang ani CRM_LANG nie mówią inaczej: en, pl, bg, hy, fa albo system',
      calendar: 'kalendarz przekładek i samego numeru dnia; daty i tak są zapisywane w ISO: gregorian albo persian',
    },
    refused: {
      notASetting: (p) => `"${p.setting}" to nie ustawienie; użyj jednego z: ${p.settings} (crm config --help)`,
    },
  },
  completion: {
    description: 'wypisz skrypt uzupełniania dla powłoki: polecenia, opcje, ich wartości, skróty klientów i nazwy formularzy',
    shell: 'bash, zsh albo fish',
    help: (p) => `
  Wczytaj go w pliku startowym swojej powłoki:
${p.lines}
  `,
  },
  backup: {
    description: 'skopiuj segregator, nawet gdy jest w użyciu: do pliku albo folderu, a bez nich do backups/ obok niego (zostaje 10 najnowszych)',
    path: 'plik lub folder, do którego zapisać kopię',
    json: 'wypisz {"path", "size", "removed": [usunięte starsze kopie]}',
  },
  restore: {
    description: 'przywróć kopię zrobioną przez crm backup jako segregator, po jej sprawdzeniu; dotychczasowy segregator najpierw trafia do backups/',
    path: 'kopia do przywrócenia',
    yes: 'nie pytaj najpierw w terminalu; bez terminala potrzebne, by przywrócić w miejsce segregatora',
    json: 'wypisz {"from", "path", "version", "dossiers", "before", "restored"}',
  },
};
