// Polski: co crm mówi o dacie, godzinie albo odstępie czasu, których nie przyjmuje, i o godzinie,
// którą musiał zmienić; zasady skrótu klienta, nazwy dokumentu oraz odpowiedzi tak/nie. Podane
// przykłady to formy, które crm czyta (w każdym języku interfejsu).
import type { Catalogue } from '../catalogue.js';

const FORMS =
  'numer dnia (8), miesiąc (lip), miesiąc i dzień (5 lipca), +3d, +2w albo +1m (za 3 dni, za 2 tygodnie), dzień tygodnia (pt), dziś, jutro albo 2026-12-05 (także po angielsku, bułgarsku, ormiańsku i persku: jul 5, fri, утре, 2 շաբաթից, ۵ تیر)';

const PAST_FORMS =
  'numer dnia (8), miesiąc i dzień (7 grudnia), dzień tygodnia (pt), dziś, wczoraj, -3d, -2w albo -1m (3 dni temu) albo 2026-12-05 (także po angielsku, bułgarsku, ormiańsku i persku: dec 7, yesterday, вчера, երեկ, دیروز)';

export const dates: Catalogue['dates'] = {
  notADate: (p) => `"${p.input}" to nie jest data, którą crm rozumie; wpisz ${FORMS}`,
  notAPastDate: (p) => `"${p.input}" to nie jest data, którą crm rozumie; wpisz ${PAST_FORMS}`,
  dayDividers: (p) => `"${p.input}": przekładki dni mają numery od 1 do 31; wpisz ${FORMS}`,
  pastDayDividers: (p) => `"${p.input}": przekładki dni mają numery od 1 do 31; wpisz ${PAST_FORMS}`,
  notOnCalendar: (p) => `${p.input} nie istnieje w kalendarzu; użyj formatu YYYY-MM-DD, np. ${p.example}`,
  notOnPersianCalendar: (p) => `${p.input} nie istnieje w kalendarzu perskim; użyj formatu YYYY/MM/DD, np. 1405/9/17`,
  noSuchDay: (p) => `"${p.input}": ${p.month} nie ma dnia ${p.date}; wpisz istniejącą datę`,
  noSuchJalaliDay: (p) => `"${p.input}": ${p.month} ma ${p.days} dni, nie ma dnia ${p.date}; wpisz istniejącą datę`,
  noComingDate: (p) => `"${p.input}" nie wskazuje żadnej przyszłej daty`,
  noPastDate: (p) => `"${p.input}" nie wskazuje żadnej minionej daty`,
  inPast: (p) => `data ${p.day} już minęła; wpisz dziś albo późniejszą datę (jutro, +1w, ${p.later})`,
  ambiguousWord: (p) => `"${p.typed}" może oznaczać ${p.candidates.slice(0, -1).join(', ')} albo ${p.candidates.at(-1)}; wpisz więcej liter`,

  notAnHour: (p) => `"${p.typed}" nie jest godziną; wpisz 15:00, 9:30, 15.00, o 15, 3pm, 3:30 pm, 15h albo 15h30`,
  amPmRange: (p) => `"${p.typed}" nie jest godziną: z am albo pm godzina ma wartość od 1 do 12; wpisz ${p.twelve} albo ${p.clock}`,
  hourRange: (p) => `"${p.typed}" nie jest godziną: godziny mają wartość od 00:00 do 23:59; wpisz na przykład 15:00`,
  hour24: (p) => `"${p.typed}" nie jest godziną: godziny mają wartość od 00:00 do 23:59; wpisz ${p.midnight} z datą następnego dnia albo 23:59`,
  minuteRange: (p) => `"${p.typed}" nie jest godziną: minuty mają wartość od 00 do 59; wpisz ${p.next} albo ${p.last}`,
  toTheMinute: (p) => `"${p.typed}": crm zapisuje godzinę z dokładnością do minuty; wpisz ${p.hour}`,
  amOrPm: (p) => `"${p.typed}" może oznaczać ${p.morning} albo ${p.evening}; wpisz ${p.am}, ${p.pm} albo ${p.evening}`,
  twoHours: (p) => `"${p.typed}" zawiera dwie godziny (${p.earlier} i ${p.later}); wpisz jedną, na przykład pt ${p.later}`,
  // Nazwa miesiąca w mianowniku (grudzień), więc nie "25 grudzień": data opisana, a forma do wpisania osobno.
  notHourButDate: (p) => `"${p.typed}" nie jest godziną; datę (${p.month}, dzień ${p.day}) wpisz jako ${p.day} ${p.short}`,
  hourOrDate: (p) =>
    `"${p.typed}" może oznaczać godzinę ${p.hour} albo datę (${p.month}, dzień ${p.day}); wpisz ${p.hour}, jeśli chodzi o godzinę, albo ${p.day} ${p.short}, jeśli o datę`,
  notASpan: (p) => `"${p.typed}" nie jest odstępem czasu od 1 minuty do 24 godzin; wpisz go jako 10m, 45m, 1h albo 1h30m: ${p.example}`,
  clocksSkip: (p) => `Godziny ${p.asked} nie ma ${p.day} w strefie ${p.zone} (zegary przesuwają się o ${p.minutes} min do przodu): odłożono na ${p.taken}.`,
  hourPassed: (p) => `Godzina ${p.asked} dziś już minęła: odłożono na cały dzień, bez godziny.`,

  dateOnly: (p) => `"${p.typed}" zawiera godzinę, a tu podaje się tylko datę; wpisz ${p.date} bez godziny`,
  dateOnlyNoDate: (p) => `"${p.typed}" zawiera godzinę, a tu podaje się tylko datę; wpisz datę bez godziny`,
  hourTwice: (p) => `"${p.typed}" zawiera godzinę, a --at podaje inną (${p.at}); podaj ją raz: "${p.date}" --at ${p.at}`,
  hourGone: (p) => `godzina ${p.hour} dziś już minęła (jest ${p.now}); wpisz późniejszą godzinę albo inny dzień: jutro ${p.hour}`,
  reviewMonth: (p) => `"${p.typed}" to cały miesiąc; podaj dzień do przeglądu (wczoraj, ${p.example}) albo dodaj --week`,
  reviewMonthWeek: (p) => `"${p.typed}" to cały miesiąc; podaj dzień do przeglądu (wczoraj, ${p.example})`,
  reviewAhead: (p) => `"${p.typed}" to ${p.day}, dzień dopiero przed nami; przejrzyj dziś albo dzień miniony: wczoraj, --days-ago 3, ${p.example}`,
  handoverHour: (p) => `"${p.typed}" zawiera godzinę, a przekazanie trwa pełne dni; wpisz ${p.date} bez godziny`,
  handoverHourNoDate: (p) => `"${p.typed}" zawiera godzinę, a przekazanie trwa pełne dni; wpisz datę bez godziny`,
  handoverMonth: (p) => `"${p.typed}" to cały miesiąc, a przekazanie kończy się konkretnego dnia; wpisz ten dzień: "${p.typed} 31", pt, +2w`,
  handoverPast: (p) => `data ${p.day} już minęła; przekazanie trwa od dziś do swojego ostatniego dnia: --until pt, --until +2w, --until ${p.example}`,

  handleRule: 'jedno słowo z liter i cyfr, z kropkami, myślnikami albo podkreśleniami w środku',
  documentNameRule: 'nazwa dokumentu to zwykła nazwa pliku',
  typeYesNo: 'Wpisz tak albo nie (także y/n, да/не, այո/ոչ, بله/خیر)',
};
