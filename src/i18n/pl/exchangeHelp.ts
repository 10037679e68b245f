// Polski: pomoc crm export, crm import i crm ics oraz to, czego ich wiersz poleceń odmawia.
import type { Catalogue } from '../catalogue.js';

export const exchangeHelp: Catalogue['exchangeHelp'] = {
  export: {
    description: 'zapisz cały segregator: JSON (bez strat, dla crm import), CSV (arkusz kalkulacyjny) albo vCardy',
    format: 'json, csv albo vcard',
  },
  output: 'zapisz do tego pliku (zastępowanego w całości, nigdy w połowie) zamiast na standardowe wyjście; - to standardowe wyjście',
  import: {
    description: 'wczytaj teczki: eksport JSON crm (bez strat), arkusz kontaktów (CSV) albo vCardy (.vcf)',
    file: 'plik do wczytania; - to standardowe wejście',
    format: 'json, csv albo vcard (domyślnie: według nazwy pliku, a bez tego według zawartości)',
    onConflict: 'klient, który już jest w segregatorze: skip go pomija, update go aktualizuje, fail przerywa i niczego nie importuje',
    map: 'czytaj pole karty z tej kolumny (CSV): --map phone="Mobile Phone"; --map notes= pomija notatki',
    delimiter: 'separator CSV (domyślnie: rozpoznany z wiersza nagłówka: , ; tabulator albo |)',
    fileOn: 'odłóż nowe teczki na tę datę (daty: crm file --help)',
    spread: 'rozłóż nowe teczki na najbliższe dni robocze, w granicach limitu',
    perDay: 'z --spread: najwyżej tyle nowych teczek dziennie (domyślnie: tyle, ile zostaje miejsca w limicie)',
    stage: (p) => `etap nowych teczek z pliku CSV lub vCard, który go nie podaje: ${p.stages}`,
    skipInvalid: 'kontakty (CSV, vCard): zaimportuj poprawne wiersze, a pozostałe wypisz z numerem wiersza i powodem, zamiast nie importować niczego',
    dryRun: 'pokaż, co by się zaimportowało i gdzie zostałoby odłożone; niczego nie zapisuj',
    json: 'wypisz {"imported", "updated", "skipped", "duplicates", "invalid", "mapping", "unmapped", "dryRun", "change", "backup"} jako JSON',
    help: (p) => `
  Eksport JSON crm przywraca wszystko: karty, odłożenia, historię, dokumenty, obietnice,
  reklamacje, formularze i ustawienia (ustawienia tylko do pustego segregatora). Kolumny pliku CSV
  są dopasowywane do pól karty po nazwach (Google Contacts, Outlook i typowe eksporty z CRM); podgląd
  (--dry-run) pokazuje to dopasowanie. Klient, który już jest w segregatorze (ten sam skrót, a w CSV
  i vCard ten sam e-mail lub telefon), nigdy nie jest dublowany: --on-conflict mówi, co z nim zrobić.
  Jeden import to jedna zmiana: crm undo cofa go w całości. Kontakt bez nazwiska dostaje nazwę
  od firmy, e-maila lub telefonu; wiersz, który nie jest poprawnym kontaktem, zatrzymuje import, chyba
  że podano --skip-invalid (eksport JSON crm wchodzi zawsze w całości albo wcale). Wczytywany jest
  każdy numer telefonu i adres e-mail kontaktu, najpierw główny; to, czego crm nie przechowuje, jest
  wypisane jako nieodczytane. Plik kontaktów może mieć do 64 MB, jeden wiersz lub wartość vCard do 1 MB.
  ${p.examples}`,
    examples: {
      fileOn: 'crm import contacts.csv --file-on pon --map phone="Mobile Phone"',
    },
    perDayNotNumber: (p) => `--per-day "${p.value}" to nie liczba teczek; podaj liczbę całkowitą, np. 5`,
    standardInput: 'ze standardowego wejścia',
  },
  ics: {
    description: 'zapisz segregator jako plik iCalendar: wpis na każdą odłożoną teczkę (o jej godzinie, jeśli ją ma) i na każdą otwartą obietnicę, dla aplikacji kalendarza',
    alarm: 'przypomnienie na tyle przed każdym telefonem z godziną (10m, 1h, 1h30m), żeby kalendarz w telefonie zadzwonił',
    utc: 'zapisz godziny w UTC zamiast w strefie czasowej segregatora (dla aplikacji, które źle czytają strefy czasowe)',
    help: (p) => `
  Teczka odłożona z godziną to 15-minutowy wpis o tej godzinie, w strefie czasowej segregatora (crm
  config timezone), którą plik opisuje, więc każda aplikacja umieszcza go w tej samej chwili; pozostałe
  to wpisy całodniowe. --alarm dzwoni tylko przed wpisami z godziną: wpis całodniowy nie ma chwili,
  w której mógłby zadzwonić. Każdy wpis zachowuje swój UID z uruchomienia na uruchomienie, więc
  kalendarz, który ponownie importuje lub subskrybuje plik, aktualizuje wpisy zamiast je dublować.
  ${p.examples}`,
  },
};
