// Polski: co crm export, crm ics i crm import mówią o zapisanych i czytanych plikach.
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

const teczki = (n: number) => counted('pl', n, { one: '# teczkę', few: '# teczki', many: '# teczek', other: '# teczki' });

/** The word alone, after a number written apart ('412 500 teczek'). */
const teczek = (n: number) => counted('pl', n, { one: 'teczkę', few: 'teczki', many: 'teczek', other: 'teczki' });

const noweTeczki = (n: number) => counted('pl', n, { one: '# nową teczkę', few: '# nowe teczki', many: '# nowych teczek', other: '# nowej teczki' });
const wiersze = (n: number) => counted('pl', n, { one: '# niepoprawny wiersz', few: '# niepoprawne wiersze', many: '# niepoprawnych wierszy', other: '# niepoprawnego wiersza' });
const komorki = (n: number) => counted('pl', n, { one: '# komórkę', few: '# komórki', many: '# komórek', other: '# komórki' });
const kolumny = (n: number) => counted('pl', n, { one: '# kolumnę', few: '# kolumny', many: '# kolumn', other: '# kolumny' });
/** 'z 7 kontaktów', 'z 1 kontaktu': the genitive after "z". */
const kontaktow = (n: number) => counted('pl', n, { one: '# kontaktu', few: '# kontaktów', many: '# kontaktów', other: '# kontaktu' });

export const exchange: Catalogue['exchange'] = {
  exported: (p) => `Zapisano ${teczki(p.count)} do ${p.path} (${p.format}).`,
  calendarWritten: (p) => `Zapisano ${counted('pl', p.count, { one: '# wpis', few: '# wpisy', many: '# wpisów', other: '# wpisu' })} kalendarza do ${p.path}.`,
  progress: (p) => `Import ${p.file}: wczytano ${p.read} ${teczek(p.count)}`,
  progressShare: (p) => `Import ${p.file}: wczytano ${p.read} ${teczek(p.count)} (${p.percent}%)`,
  outputIsFolder: (p) => `${p.path} to folder; podaj nazwę pliku do zapisu, np. ${p.example}`,
  cannotWrite: (p) => `nie można zapisać ${p.path} (${p.code}); sprawdź, czy jego folder istnieje i należy do ciebie`,
  cannotReplace: (p) => `nie można zastąpić ${p.path} (${p.code}); sprawdź, czy to plik, który możesz zapisywać`,
  fileOnOrSpread: '--file-on i --spread oba mówią, gdzie odłożyć; podaj jedno z nich',
  perDayNeedsSpread: '--per-day idzie w parze z --spread: crm import <plik> --spread --per-day 5',
  mapForCsv: (p) => `--map i --delimiter są dla plików CSV; ${p.file} jest czytany jako eksport JSON crm`,
  mapForCsvVcard: (p) => `--map i --delimiter są dla plików CSV; ${p.file} jest czytany jako vCardy`,
  skipInvalidForContacts: (p) => `--skip-invalid jest dla kontaktów (CSV, vCard); ${p.file} to eksport JSON crm, importowany w całości albo wcale`,
  noFile: (p) => `nie ma pliku ${p.file}; sprawdź ścieżkę`,
  importFolder: (p) => `${p.file} to folder; podaj plik do importu`,
  cannotRead: (p) => `nie można odczytać ${p.file} (${p.code}); sprawdź, czy to plik, który możesz czytać`,
  report: {
    // The file in brackets: a name (or standard input) needs no case after it.
    wouldImport: (p) => `Zaimportowano by ${noweTeczki(p.count)} (${p.file})`,
    imported: (p) => `Zaimportowano ${noweTeczki(p.count)} (${p.file})`,
    wouldUpdate: (p) => `zaktualizowano by ${p.count}`,
    updated: (p) => `zaktualizowano ${p.count}`,
    leftAsTheyAre: (p) =>
      counted('pl', p.count, {
        one: '# klient już w segregatorze zostaje bez zmian',
        few: '# klientów już w segregatorze zostaje bez zmian',
        many: '# klientów już w segregatorze zostaje bez zmian',
        other: '# klienta już w segregatorze zostaje bez zmian',
      }),
    duplicatesLeftOut: (p) =>
      counted('pl', p.count, {
        one: '# duplikat w pliku zostaje pominięty',
        few: '# duplikaty w pliku zostają pominięte',
        many: '# duplikatów w pliku zostaje pominiętych',
        other: '# duplikatu w pliku zostaje pominięte',
      }),
    invalidWouldBeSkipped: (p) =>
      counted('pl', p.count, {
        one: '# niepoprawny wiersz zostałby pominięty',
        few: '# niepoprawne wiersze zostałyby pominięte',
        many: '# niepoprawnych wierszy zostałoby pominiętych',
        other: '# niepoprawnego wiersza zostałoby pominięte',
      }),
    invalidSkipped: (p) => `pominięto ${wiersze(p.count)}`,
    summary: (p) => p.parts.join(', '),
    stop: '.',
    dryRun: 'Próba: nic nie zapisano.',
    dayOff: (p) => `${p.named} to dzień wolny; odłożono na następny dzień roboczy, ${p.day}.`,
    columnsRead: 'Wczytane kolumny:',
    columnRead: (p) => `${p.field} ← ${p.from}`,
    notRead: (p) => `nie wczytano: ${p.columns.join(', ')}`,
    settingsImported: 'Zaimportowano ustawienia z eksportu.',
    settingsKept: 'Segregator zachował własne ustawienia; ustawień z eksportu nie zaimportowano (zmienisz je przez crm config).',
    hours: (p) =>
      `${counted('pl', p.count, { one: '# teczka ma godzinę', few: '# teczki mają godziny', many: '# teczek ma godziny', other: '# teczki ma godziny' })} według strefy czasowej eksportu (${p.from}): tutaj ${counted('pl', p.count, { one: 'zachowuje', few: 'zachowują', many: 'zachowuje', other: 'zachowuje' })} tę samą godzinę na zegarze (${p.here}), czyli inny moment, jeśli strefy się różnią (crm config timezone).`,
    systemZone: 'strefa czasowa systemu',
    forms: (p) => `Formularze: ${p.forms.join(', ')}.`,
    noName: (p) => `(brak nazwy; wzięto ${p.from})`,
    closed: 'zamknięta',
    needsFiling: 'wymaga --file-on albo --spread',
    headings: { handle: 'skrót', name: 'nazwa', company: 'firma', phone: 'telefon', email: 'e-mail', filedOn: 'odłożona na', from: 'źródło' },
    andMoreListed: (p) => `... i ${p.count} więcej (--json wypisuje wszystkie)`,
    andMore: (p) => `... i ${p.count} więcej`,
    alreadyUpdated: 'Już w segregatorze (zaktualizowane):',
    alreadyLeft: 'Już w segregatorze (bez zmian; --on-conflict update, aby je zaktualizować):',
    isFiled: (p) => `${p.name} to ${p.handle} (${p.same})`,
    changed: (p) => `: ${p.fields.join(', ')}`,
    nothingDiffered: ': nic się nie różniło',
    invalidWouldBeSkippedTitle: 'Niepoprawne (zostałyby pominięte):',
    invalidSkippedTitle: 'Niepoprawne (pominięte):',
    duplicatesTitle: 'Duplikaty w pliku (pominięte):',
    repeats: (p) => `${p.name} powtarza ${p.of} (${p.same})`,
    oneChange: 'Jedna zmiana: crm undo cofa cały import.',
    backup: (p) => `Segregator sprzed importu jest w ${p.path}.`,
  },
  words: {
    line: (p) => `wiersz ${p.number}`,
    card: (p) => `wizytówka ${p.number}`,
    standardInput: 'standardowe wejście',
    orElse: ', a gdy puste: ',
    faxAndPager: 'numery faksu i pagera',
    fax: 'faks',
    department: 'dział',
    same: { handle: 'ten sam skrót', email: 'ten sam e-mail', phone: 'ten sam telefon' },
    sameDossier: (p) => `ta sama teczka ${p.handle}`,
    named: { company: 'nazwę firmy', email: 'adres e-mail', phone: 'numer telefonu' },
  },
  reasons: {
    nextNotDate: (p) => `następny kontakt "${p.typed}" nie jest datą (RRRR-MM-DD)`,
    field: (p) => `${p.from}: "${p.value}" ${p.problem}`,
    phone: (p) => `telefon "${p.value}" ${p.problem}`,
    email: (p) => `e-mail "${p.value}" ${p.problem}`,
    hasSpace: (p) => `${p.problem}: zawiera spację`,
    handle: (p) => `"${p.handle}" nie może być skrótem (jedno słowo z liter i cyfr, kropki, myślniki i podkreślenia w środku)`,
    noNameCard: 'brak nazwy (FN albo N), firmy (ORG), e-maila i telefonu; uzupełnij jedno z nich na wizytówce',
    noNameEmpty: (p) => `brak nazwy (kolumna ${p.column} jest pusta), firmy, e-maila i telefonu; uzupełnij jedno z nich albo wskaż kolumnę z nazwami przez --map name=Kolumna`,
    noNameColumn: 'brak nazwy (żadna kolumna nie jest czytana jako nazwa), firmy, e-maila i telefonu; uzupełnij jedno z nich albo wskaż kolumnę z nazwami przez --map name=Kolumna',
    tooManyCells: (p) =>
      `ma ${komorki(p.cells)}, a wiersz nagłówka ma ${kolumny(p.columns)}; komórkę zawierającą ${p.separator} ujmij w cudzysłów albo podaj separator przez --delimiter`,
    tab: 'tabulator',
  },
  refused: {
    inFile: (p) => `${p.file}, ${p.problem}`,
    needDate: (p) =>
      `${counted('pl', p.count, { one: '# nowa teczka potrzebuje', few: '# nowe teczki potrzebują', many: '# nowych teczek potrzebuje', other: '# nowej teczki potrzebuje' })} daty: dodaj --file-on <kiedy> (wszystkie na jeden dzień) albo --spread (na najbliższe dni robocze, w granicach pojemności)`,
    oneInvalid: (p) => `${p.file}, ${p.place}, ${p.reason}; nic nie zaimportowano. Popraw to w pliku albo dodaj --skip-invalid, aby zaimportować pozostałe kontakty`,
    invalid: (p) =>
      `${p.file}: ${counted('pl', p.count, { one: `# z ${kontaktow(p.rows)} jest niepoprawny`, few: `# z ${kontaktow(p.rows)} są niepoprawne`, many: `# z ${kontaktow(p.rows)} jest niepoprawnych`, other: `# z ${kontaktow(p.rows)} jest niepoprawne` })}, pierwszy to ${p.first}; nic nie zaimportowano. Popraw je w pliku albo dodaj --skip-invalid, aby zaimportować pozostałe i wypisać pominięte`,
    moreInvalid: (p) => `... i ${p.count} więcej (--skip-invalid --dry-run wypisuje wszystkie)`,
    notStage: (p) => `--stage "${p.stage}" nie jest etapem; użyj ${p.stages}`,
    conflicts: (p) =>
      `${p.file}: ${p.found.join(', a ')}; nic nie zaimportowano. Użyj --on-conflict skip, aby ich nie zmieniać, albo --on-conflict update, aby je zaktualizować`,
    clientsHere: (p) => counted('pl', p.count, { one: '# klient już jest w segregatorze', few: '# klientów już jest w segregatorze', many: '# klientów już jest w segregatorze', other: '# klienta już jest w segregatorze' }),
    formsDiffer: (p) => `formularze ${p.forms.join(', ')} różnią się od tych w segregatorze`,
    alreadyFiled: (p) => `${p.place} ${p.name}: już jest w segregatorze jako ${p.handle} (${p.same})`,
    handleTwice: (p) => `${p.file}: dossiers[${p.index}] (${p.handle}): skrót występuje w pliku dwa razy (pierwszy raz w dossiers[${p.first}]); nic nie zaimportowano`,
    folder: (p) => `${p.file} to folder, a nie plik; podaj plik w nim do zaimportowania`,
    tooLarge: (p) =>
      `${p.file} ma ${p.size}, ponad limit crm ${p.limit} dla pliku kontaktów; podziel go na mniejsze pliki i zaimportuj każdy (eksport vCard bez zdjęć jest dużo mniejszy)`,
    tooLargeRead: (p) =>
      `${p.file} ma ponad ${p.limit}, ponad limit crm ${p.limit} dla pliku kontaktów; podziel go na mniejsze pliki i zaimportuj każdy (eksport vCard bez zdjęć jest dużo mniejszy)`,
    notUtf8: (p) =>
      `${p.file} nie jest tekstem UTF-8; zapisz go z arkusza jako "CSV UTF-8" albo przekonwertuj, podając jego kodowanie: iconv -f windows-1250 -t utf-8 ${p.example} > utf8.csv`,
    exampleFile: 'plik',
    pipeIn: 'crm import - czyta plik ze standardowego wejścia; przekaż go potokiem: crm import - < kontakty.csv',
  },
  csv: {
    quoteNotClosed: (p) => `wiersz ${p.line}: komórka w cudzysłowie nie jest zamknięta; zakończ ją cudzysłowem ("), a cudzysłów wewnątrz takiej komórki zapisz podwójnie ("")`,
    afterQuote: (p) => `wiersz ${p.line}: po cudzysłowie zamykającym komórkę jest tekst; ujmij w cudzysłów całą komórkę, a cudzysłów wewnątrz niej zapisz podwójnie ("")`,
    rowTooLarge: (p) =>
      `wiersz ${p.line}: wiersz ma ponad ${p.limit}, limit crm dla jednego kontaktu; jeśli jakaś komórka w cudzysłowie nie jest zamknięta, zakończ ją cudzysłowem ("), a jeśli nie, skróć jej tekst`,
    notCsv: (p) => `wiersz ${p.line}: to nie jest CSV, które crm potrafi odczytać (${p.problem})`,
    notSeparator: (p) => `--delimiter "${p.typed}" nie jest separatorem; podaj jeden znak, np. --delimiter ";" albo --delimiter tab`,
    mapWhich: (p) => `--map ${p.entry}: wskaż kolumnę, jako pole=Kolumna (--map phone="Mobile Phone"), albo pole=, aby pominąć to pole`,
    mapNotField: (p) => `--map ${p.entry}: "${p.field}" nie jest polem karty; użyj jednego z: ${p.fields}`,
    mapNoColumn: (p) => `--map ${p.field}="${p.column}": plik nie ma kolumny "${p.column}"; ${p.hint}`,
    noHeader: 'nie ma wiersza nagłówka',
    didYouMean: (p) => `czy chodziło o ${p.names.map((name) => `"${name}"`).join(' albo ')}?`,
    itsColumns: (p) => `jego kolumny to: ${p.names.join(', ')}${p.more > 0 ? ` i ${p.more} więcej` : ''}`,
  },
  vcard: {
    neverClosed: (p) => `wizytówka ${p.card} (wiersz ${p.line}): BEGIN:VCARD nie jest zamknięte przez END:VCARD; plik może być ucięty`,
    empty: 'to nie jest plik vCard: jest pusty; jeśli to arkusz, zaimportuj go z --format csv',
    notVcard: (p) => `to nie jest plik vCard: żaden wiersz nie mówi BEGIN:VCARD (pierwszy to "${p.first}"); jeśli to arkusz, zaimportuj go z --format csv`,
    cannotRead: (p) => `wizytówka ${p.card}, wiersz ${p.line}: nie można odczytać "${p.text}"; wiersz vCard ma postać NAZWA:wartość albo NAZWA;PARAM=x:wartość`,
    tooLarge: (p) => `wizytówka ${p.card}, wiersz ${p.line}: ${p.name} ma ponad ${p.limit}, limit crm dla jednej wartości; skróć ją albo usuń z wizytówki`,
  },
  json: {
    notAList: (p) => `${p.file}: dossiers: nie jest listą; nic nie zaimportowano`,
    empty: (p) => `${p.file} jest pusty; czy to eksport crm? Dla arkusza albo vCardów dodaj --format csv albo --format vcard`,
    cutShort: (p) =>
      `${p.file} kończy się w środku dokumentu (po ${counted('pl', p.count, { one: '# teczce', few: '# teczkach', many: '# teczkach', other: '# teczki' })}, ${p.at}): został ucięty; wyeksportuj go ponownie; nic nie zaimportowano`,
    moreAfterEnd: 'po końcu dokumentu jest coś jeszcze',
    unexpected: (p) => `nieoczekiwane ${p.found}`,
    notJson: (p) => `${p.file} nie jest poprawnym JSON-em: ${p.found} (${p.at}); czy to eksport crm? Dla arkusza albo vCardów dodaj --format csv albo --format vcard`,
    at: (p) => `wiersz ${p.line}, kolumna ${p.column}`,
    notUtf8: (p) =>
      `${p.file} nie jest tekstem UTF-8: bajt pod przesunięciem ${p.offset} (0x${p.hex}) nie należy do znaku UTF-8; eksporty crm są w UTF-8, więc plik został uszkodzony albo zmieniony przez inny program; nic nie zaimportowano`,
    notExport: (p) => `${p.file} nie jest eksportem crm (brak "format": "${p.format}"); dla arkusza albo vCardów dodaj --format csv albo --format vcard`,
    newer: (p) => `${p.file} pochodzi z nowszej wersji crm (wersja eksportu ${p.version}; ten crm czyta ${p.reads}); zaktualizuj crm, aby go zaimportować`,
    wrong: (p) => `${p.file}: ${p.place}: ${p.problem}; nic nie zaimportowano`,
    badForm: (p) => `${p.file}: ${p.problem}; nic nie zaimportowano`,
    theDocument: 'dokument',
    hourWhenClosed: (p) => `${p.file}: dossiers[${p.index}] (${p.handle}), filedAt: zamknięta teczka (filedOn null) nie ma godziny; nic nie zaimportowano`,
    damagedDocument: (p) =>
      `${p.file}: dossiers[${p.index}] (${p.handle}), documents[${p.at}] (${p.name}): treść nie zgadza się ze swoim sha256; plik jest uszkodzony; nic nie zaimportowano`,
    notHandle: (p) => `nie jest skrótem (${p.rule})`,
    documentName: (p) => `${p.name} ${p.problem}; ${p.rule}`,
    notSha256: 'nie jest skrótem SHA-256 zapisanym szesnastkowo',
    notBase64: 'nie jest w base64',
    contentOrLink: 'potrzebuje albo treści, albo linku, nie obu',
    notFirstPhone: 'nie jest pierwszym z phones',
    notFirstEmail: 'nie jest pierwszym z emails',
    notDateForm: (p) => `"${p.form}" nie jest postacią daty, którą crm rozumie`,
    weekdayTwice: 'wymienia dzień tygodnia dwa razy',
    holidaysOrder: 'nie są po kolei albo wymieniają datę dwa razy',
    formName: 'nie jest nazwą podaną w jego definicji',
  },
};
