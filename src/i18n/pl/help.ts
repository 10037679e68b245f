// Polski: pomoc crm (cli.ts), słowa commandera, opcje globalne, formy dat, polecenia z src/hot/.
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

const arguments_ = (n: number) => counted('pl', n, { one: '# argumentu', few: '# argumentów', many: '# argumentów', other: '# argumentu' });

export const help: Catalogue['help'] = {
  program: {
    description: 'Segregator z przekładkami: teczka każdego klienta odłożona za przekładkę dnia następnego kontaktu.',
    after: (p) => `
Dziś to data lokalna albo CRM_TODAY=RRRR-MM-DD w skryptach i testach.
${p.examples}`,
  },
  titles: {
    usage: 'Użycie:',
    arguments: 'Argumenty:',
    options: 'Opcje:',
    globalOptions: 'Opcje globalne:',
    commands: 'Polecenia:',
    examples: 'Przykłady:',
  },
  helpOption: 'pokaż pomoc polecenia',
  helpCommand: 'pokaż pomoc polecenia',
  versionOption: 'pokaż numer wersji',
  choices: (p) => `do wyboru: ${p.values}`,
  defaultValue: (p) => `domyślnie: ${p.value}`,
  errors: {
    missingArgument: (p) => `brak wymaganego argumentu '${p.argument}'`,
    optionMissingArgument: (p) => `opcja '${p.option}' wymaga wartości`,
    unknownOption: (p) => `nieznana opcja '${p.option}'`,
    unknownCommand: (p) => `nieznane polecenie '${p.command}'`,
    didYouMean: (p) => `(Czy chodziło o ${p.name}?)`,
    didYouMeanOneOf: (p) => `(Czy chodziło o jedno z: ${p.names}?)`,
    tooManyArguments: (p) => `za dużo argumentów. Oczekiwano ${arguments_(p.expected)}, podano ${p.got}.`,
    tooManyArgumentsFor: (p) => `za dużo argumentów dla '${p.command}'. Oczekiwano ${arguments_(p.expected)}, podano ${p.got}.`,
    optionChoice: (p) => `opcja '${p.option}': niedozwolona wartość '${p.value}'. Do wyboru: ${p.choices}.`,
    argumentChoice: (p) => `argument '${p.argument}': niedozwolona wartość '${p.value}'. Do wyboru: ${p.choices}.`,
    quoteWords: `; kilka słów opcji ujmij w cudzysłów: --next "pt 15:00", --note "chce 40 sztuk"`,
    see: (p) => `(zob. ${p.help})`,
  },
  globalOptions: {
    db: 'plik segregatora, w istniejącym folderze (domyślnie: $CRM_DB, a bez niego $XDG_DATA_HOME/crm/binder.db)',
    lang: 'język, w którym mówi crm: en, pl, bg, hy lub fa (domyślnie: $CRM_LANG, potem crm config language, potem $LANGUAGE, $LC_ALL, $LC_MESSAGES, $LANG)',
    color: 'pisz bez kolorów (także: NO_COLOR=1)',
    debug: 'pokaż ślad stosu przy niespodziewanym błędzie',
    quiet: 'nic nie pisz, gdy się uda (błędy nadal idą na standardowe wyjście błędów; JSON polecenia i eksportowane dane nadal się drukują)',
  },
  scopeOptions: {
    for: 'segregator zespołu: teczki współpracownika (dla kierownika albo zastępcy w jego przekazaniu)',
    team: 'segregator zespołu: teczki całego zespołu (dla kierownika)',
  },
  client: 'skrót albo początek skrótu lub słowa z nazwiska czy firmy',
  dateForms: `
Daty (<when>), jak na przekładkach segregatora:
  8          najbliższy 8. dzień miesiąca (dzisiejszy numer to ten sam dzień za miesiąc)
  lipiec     przekładka lipca: jej pierwszy dzień roboczy (także lip, jul)
  5 lipca    najbliższy 5 lipca (także lip 5, jul 5)
  +3d +2w +1m  dni, tygodnie lub miesiące od dziś (także za 3 dni, za 2 tygodnie)
  pt         najbliższy piątek (także piątek, fri)
  dziś, jutro, pojutrze, 2026-12-05`,
  dayOff: 'Data wypadająca w dzień wolny przechodzi na następny dzień roboczy, chyba że podano --exact.',

  today: {
    description: 'otwórz stos na dziś: wszystko odłożone na dziś i wszystko zaległe',
    json:
      'wypisz jeden dokument JSON: {"date", "stack": [teczka...], "overdue", "capacity", "overCapacity", "promises", "complaints"}; każda teczka z ' +
      '"filedAt" (jej godzina, "HH:MM", albo null, gdy na cały dzień), "overdueDays", "minutesUntil" (od teraz do jej godziny, ujemne, gdy minęła; null bez godziny) ' +
      'i "due": "overdue" (odłożona na wcześniejszy dzień), "past" (jej dzisiejsza godzina minęła), "soon" (teraz albo w ciągu 15 minut), "later" lub "day" (dziś, bez godziny)',
    help: (p) => `
Kolejność: najpierw zaległe; potem dzisiejsze z godziną, w kolejności godzin (każda pokazuje
godzinę: "14:00, za 10 min" w ciągu 15 minut, "14:00, 35 min temu", gdy minęła); potem reszta
według priorytetu. CRM_NOW=RRRR-MM-DDTGG:MM ustala chwilę, od której liczone są godziny.
${p.examples}`,
  },
  next: {
    description: 'jeden telefon do wykonania teraz albo jako następny dziś, w jednym wierszu (kod wyjścia 1, gdy stos na dziś jest pusty)',
    json: 'wypisz teczkę tak, jak wypisuje ją crm today --json ("filedAt", "due", "minutesUntil" i reszta), albo null, gdy na dziś nic nie zostało (kod wyjścia 1)',
    help: (p) => `
Który telefon: spośród dzisiejszych teczek z godziną, wciąż na stosie (jeszcze nie przełożonych),
ta z najwcześniejszą godziną, nawet jeśli minęła (nieodebrany telefon wciąż trzeba wykonać); gdy
żadna dzisiejsza nie ma godziny, pierwsza ze stosu w kolejności crm today (zaległe najpierw).
Teczki na jutro nie są dzisiejsze, choćby była tuż przed północą.
Kod 0 z wierszem; kod 1, gdy stos na dziś jest pusty: nic nie jest wypisane (w terminalu wiersz,
który to mówi), null z --json. Do znaku zachęty powłoki albo paska stanu tmux (status-right
'#(crm next)' w ~/.tmux.conf): startuje tak szybko jak crm today.
${p.examples}`,
  },
  log: {
    description: 'po rozmowie: zanotuj, co powiedziano i jak się skończyło, i przełóż teczkę, za jednym razem',
    note: 'co powiedziano; "-" czyta to ze standardowego wejścia, w kilku wierszach',
    outcome: (p) => `jak się skończyło: ${p.outcomes}`,
    next: 'data następnego kontaktu, z godziną, jeśli ją ustalono: pt, "pt 15:00" (zob. Daty niżej)',
    done: 'zamiast tego zamknij teczkę: wypada z segregatora, historia zostaje',
    offer: 'złożona oferta',
    kind: (p) => `rodzaj kontaktu: ${p.kinds}`,
    form: 'wypełnij formularz przy tym wpisie (crm form list); w terminalu pyta o jego pola',
    field: 'odpowiedź w formularzu; powtórz dla kilku',
    exact: 'zostaw dzień wolny, zamiast przechodzić na następny dzień roboczy',
    json: 'wypisz zmiany jako JSON: {"change", "dossiers", "entries"}',
    examples: {
      reached: 'crm log acme --note "chce 40 sztuk, zamówienie wyśle w piątek" --outcome reached --next "4 gru"',
      callback: 'crm log acme --outcome callback --next "pt 15:00"',
    },
    help: (p) => `
  Bez --next i --done wynik z domyślną datą odkłada teczkę według niej (crm config outcome);
  w terminalu crm pyta o brakujące części; poza nim crm log odmawia i niczego nie zapisuje.
  ${p.when}
  ${p.examples}`,
  },
  show: {
    description: 'cała teczka: karta, gdzie jest odłożona, historia (najnowsze na końcu)',
    json: 'wypisz teczkę z jej "history", "promises", "complaints" i "documents" jako JSON',
    format: 'arkusz do wydruku, do zabrania na spotkanie',
  },
  find: {
    description: 'szukaj w kartach (skrót, nazwisko, stanowisko, firma, telefon, e-mail, notatki) i historiach (notatki, oferty, odpowiedzi w formularzach): każde słowo, w dowolnej kolejności',
    text: 'słowa do znalezienia, każde gdziekolwiek w teczce; wielkość liter, akcenty i zapis cyfr nie mają znaczenia',
    json: 'wypisz znalezione teczki, i gdzie każda pasuje, jako JSON',
  },
  binder: {
    description: 'segregator w skrócie: przekładki dni od jutra, przekładki miesięcy, dalsze lata',
    json: 'wypisz {"days", "months", "later"} jako JSON',
  },
};
