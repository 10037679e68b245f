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
