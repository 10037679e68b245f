// The date words crm reads in every language at once (LANGUAGES.md "Words" and "Rules"): CLDR's,
// generated into date-words.generated.ts, and the few CLDR lacks, kept here by hand. Whatever the
// interface language, `5 lipca`, `հուլիսի 5` and `jul 5` are one date. The lookup is built on first
// use, never at import: `crm today` reads no date word.
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { dates as english } from '../i18n/en/dates.js';
import { currentPrinting } from '../printing.js';
import { CLDR_DATE_WORDS } from './date-words.generated.js';
import { fold } from './fold.js';

const say = messages('dates', english);

/** What a word means: a Gregorian or Jalali month, a weekday (0 = Sunday), or a day counted from today. */
export type DateWord =
  | { kind: 'month'; month: number; calendar: 'gregorian' | 'persian' }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'offset'; days: number };

/** A relative form's step: `za 2 tygodnie` is 2 weeks ahead; `2 dni temu` read backward, 2 days back. */
export interface RelativeStep {
  n: number;
  unit: 'd' | 'w' | 'm';
}

/**
 * The Jalali months by hand: cldr-dates-full has no ca-persian.json. Persian as CLDR 48's
 * ca-persian (and Intl's `fa-u-ca-persian`) writes them; Latin as CLDR's English ca-persian
 * (Farvardin..Esfand), so `tir 5` works on a Latin keyboard. test/unit/date-words.test.ts checks
 * both against Intl's persian calendar.
 */
export const JALALI_MONTHS = {
  fa: ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'],
  en: ['Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar', 'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand'],
} as const;

/** Forms CLDR lacks, by hand: LANGUAGES.md's U (common usage) and D (date-fns 4.4's locales). */
const HAND_WORDS: readonly { words: string; means: DateWord }[] = [
  // pl U: informal weekday abbreviations, and the accusative after "w" (w środę, w sobotę, w niedzielę).
  { words: 'pn', means: { kind: 'weekday', weekday: 1 } },
  { words: 'cz', means: { kind: 'weekday', weekday: 4 } },
  { words: 'sb|sobotę', means: { kind: 'weekday', weekday: 6 } },
  { words: 'nd|ndz|niedzielę', means: { kind: 'weekday', weekday: 0 } },
  { words: 'środę', means: { kind: 'weekday', weekday: 3 } },
  // pl U: dziś (today); hy U: վաղ (tomorrow).
  { words: 'dziś', means: { kind: 'offset', days: 0 } },
  { words: 'վաղ', means: { kind: 'offset', days: 1 } },
  // bg D: date-fns's weekday abbreviations, and мар (March).
  ...['нед', 'пон', 'вто', 'сря', 'чет', 'пет', 'съб'].map((words, weekday) => ({ words, means: { kind: 'weekday', weekday } as const })),
  { words: 'мар', means: { kind: 'month', month: 3, calendar: 'gregorian' } },
  // fa D: date-fns's English-borrowed month names.
  ...([['آپریل', 4], ['می', 5], ['جون', 6], ['جولای', 7], ['آگوست', 8]] as const).map(([words, month]) => ({
    words,
    means: { kind: 'month', month, calendar: 'gregorian' } as const,
  })),
];

/** Relative forms CLDR lacks ({0} the number; none: one), by hand (LANGUAGES.md "relative", U). */
const HAND_AHEAD: Readonly<Record<RelativeStep['unit'], string>> = {
  d: 'za dzień|{0} օր հետո|{0} روز بعد',
  w: 'za tydzień|za {0} tyg|{0} շաբաթ հետո|{0} هفته دیگر',
  m: 'za miesiąc|{0} ամիս հետո|{0} ماه دیگر',
};

/** Weekday prepositions: pl "w/we środę", bg "в/във петък" (U). */
const WEEKDAY_PREPOSITIONS = ['w', 'we', 'в', 'във'];

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ENGLISH_OFFSETS: Readonly<Record<number, string>> = { 0: 'today', 1: 'tomorrow', 2: 'the day after tomorrow', [-1]: 'yesterday' };

/** A date word's meaning in English, for messages: `January`, `5 Tir`'s `Tir`, `Friday`. */
export function englishName(word: DateWord): string {
  if (word.kind === 'month') return (word.calendar === 'persian' ? JALALI_MONTHS.en : ENGLISH_MONTHS)[word.month - 1] ?? '';
  if (word.kind === 'weekday') return ENGLISH_WEEKDAYS[word.weekday] ?? '';
  return ENGLISH_OFFSETS[word.days] ?? `${word.days} days`;
}

/** The language dates are named in for the run's messages: English for qps and outside a run. */
function namingLanguage(): keyof typeof CLDR_DATE_WORDS {
  const { language } = currentPrinting();
  return language === undefined || language === 'qps' ? 'en' : language;
}

/** The first of a table entry's forms: CLDR's whole name standing alone (`luty`). */
const wholeForm = (forms: string) => forms.split('|')[0] ?? '';

/**
 * A date word's meaning in the run's language, for messages: English's as englishName, the other
 * languages' CLDR names standing alone (`styczeń`, `piątek`, `jutro`), as the renderers print a
 * month (render/date-names.generated.ts's monthsAlone is the same CLDR name). A Jalali month is
 * named in Persian in Persian, else in Latin letters.
 */
export function nameOf(word: DateWord): string {
  const language = namingLanguage();
  if (language === 'en') return englishName(word);
  if (word.kind === 'month' && word.calendar === 'persian') return (language === 'fa' ? JALALI_MONTHS.fa : JALALI_MONTHS.en)[word.month - 1] ?? '';
  const words = CLDR_DATE_WORDS[language];
  if (word.kind === 'month') return wholeForm(words.months[word.month - 1] ?? '');
  if (word.kind === 'weekday') return wholeForm(words.weekdays[word.weekday] ?? '');
  return wholeForm(words.days[word.days === -1 ? 3 : word.days] ?? '') || englishName(word);
}

/**
 * A month's names in the run's language, for messages: whole (`February`, `luty`, as nameOf) and
 * short, as a date form takes it and the renderers print it in a date (`feb`, `lut`, `дек`: CLDR's
 * shortest form, render/date-names.generated.ts's months).
 */
export function monthWords(month: number, calendar: 'gregorian' | 'persian' = 'gregorian'): { name: string; short: string } {
  const name = nameOf({ kind: 'month', month, calendar });
  const language = namingLanguage();
  if (language === 'en' || calendar === 'persian') return { name, short: name.slice(0, 3).toLowerCase() };
  const forms = (CLDR_DATE_WORDS[language].months[month - 1] ?? '').split('|');
  return { name, short: forms.reduce((shortest, form) => ([...form].length < [...shortest].length ? form : shortest)) };
}

interface Entry {
  /** Folded, spaces taken out (`سه شنبه` and `سه‌شنبه` are one word). */
  key: string;
  /** As the table spells it, for messages. */
  shown: string;
  means: DateWord;
  /** Whether a prefix of 3+ letters may name it: not two-letter forms, Persian words or day words. */
  prefix: boolean;
}

interface Lookup {
  entries: Entry[];
  exact: Map<string, Entry[]>;
  ahead: Map<string, RelativeStep['unit']>;
  back: Map<string, RelativeStep['unit']>;
}

let lookup: Lookup | undefined;

/** Folded with spaces out: how words are compared. */
const wordKey = (text: string) => fold(text).replace(/\s+/g, '').replace(/\.$/, '');

/** Folded, spaces collapsed and trailing dots of words dropped: how relative phrases are compared. */
const phraseKey = (text: string) =>
  fold(text)
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/\.$/, ''))
    .join(' ');

const PERSIAN_SCRIPT = /[\u0600-\u06ff]/u;

function build(): Lookup {
  const entries: Entry[] = [];
  const add = (words: string, means: DateWord, prefixable = true) => {
    for (const shown of words.split('|')) {
      if (shown === '') continue;
      const key = wordKey(shown);
      entries.push({ key, shown, means, prefix: prefixable && key.length > 2 && !PERSIAN_SCRIPT.test(key) });
    }
  };
  const ahead = new Map<string, RelativeStep['unit']>();
  const back = new Map<string, RelativeStep['unit']>();
  const addPhrases = (target: Map<string, RelativeStep['unit']>, patterns: Readonly<Record<string, string>>) => {
    for (const [unit, forms] of Object.entries(patterns)) {
      for (const form of forms.split('|')) target.set(phraseKey(form), unit as RelativeStep['unit']);
    }
  };
  for (const language of Object.values(CLDR_DATE_WORDS)) {
    language.months.forEach((words, i) => add(words, { kind: 'month', month: i + 1, calendar: 'gregorian' }));
    language.weekdays.forEach((words, weekday) => add(words, { kind: 'weekday', weekday }));
    language.days.forEach((words, i) => add(words, { kind: 'offset', days: i === 3 ? -1 : i }, false));
    addPhrases(ahead, language.ahead);
    addPhrases(back, language.back);
  }
  for (const [i, name] of JALALI_MONTHS.fa.entries()) add(name, { kind: 'month', month: i + 1, calendar: 'persian' });
  for (const [i, name] of JALALI_MONTHS.en.entries()) add(name, { kind: 'month', month: i + 1, calendar: 'persian' });
  for (const { words, means } of HAND_WORDS) add(words, means, means.kind !== 'offset');
  addPhrases(ahead, HAND_AHEAD);
  const exact = new Map<string, Entry[]>();
  for (const entry of entries) exact.set(entry.key, [...(exact.get(entry.key) ?? []), entry]);
  return { entries, exact, ahead, back };
}

const same = (a: DateWord, b: DateWord) => JSON.stringify(a) === JSON.stringify(b);

/** One entry per meaning, in table order. */
function distinct(entries: Entry[]): Entry[] {
  return entries.filter((entry, i) => entries.findIndex((other) => same(other.means, entry.means)) === i);
}

/**
 * What a date word means in any language: a whole word first (`mar`, `pn`, `مه`), else a prefix of
 * 3+ letters that means one thing across all languages (`sept`, `lipc`, `հունվ`). Undefined when
 * nothing matches; a UserError naming the candidates when a prefix means several things.
 */
export function dateWord(text: string): DateWord | undefined {
  return englishWord(text) ?? wordFromTables(text);
}

/**
 * English as crm read it before issue 17, without building the tables (English start-up pays
 * nothing for the other languages): a whole word, or a prefix of 3+ letters of one month or
 * weekday. No English prefix means anything else in another language (a test checks it against
 * wordFromTables), so this is the tables' answer, found sooner.
 */
function englishWord(text: string): DateWord | undefined {
  const name = text.trim().toLowerCase().replace(/\.$/, '');
  if (!/^[a-z]{3,}$/.test(name)) return undefined;
  const offset = ['today', 'tomorrow', '', 'yesterday'].indexOf(name);
  if (offset >= 0) return { kind: 'offset', days: offset === 3 ? -1 : offset };
  const month = ENGLISH_MONTHS.findIndex((full) => full.toLowerCase().startsWith(name));
  const weekday = ENGLISH_WEEKDAYS.findIndex((full) => full.toLowerCase().startsWith(name));
  if (month >= 0 && weekday < 0) return { kind: 'month', month: month + 1, calendar: 'gregorian' };
  if (weekday >= 0 && month < 0) return { kind: 'weekday', weekday };
  return undefined;
}

/** dateWord from the tables of every language alone: exported for the test that englishWord agrees with it. */
export function wordFromTables(text: string): DateWord | undefined {
  const table = (lookup ??= build());
  const key = wordKey(text);
  if (key === '') return undefined;
  const whole = distinct(table.exact.get(key) ?? []);
  const found = whole.length > 0 ? whole : [...key].length >= 3 ? distinct(table.entries.filter((e) => e.prefix && e.key.startsWith(key))) : [];
  if (found.length > 1) {
    // In another language than English the name may be the word itself (հունվար): said once.
    const english = namingLanguage() === 'en';
    const candidates = found.map((entry) => {
      const name = nameOf(entry.means);
      return !english && fold(name) === fold(entry.shown) ? name : `${name} (${entry.shown})`;
    });
    throw new UserError(say().ambiguousWord({ typed: text.trim().replace(/\s+/g, ' '), candidates }));
  }
  return found[0]?.means;
}

/** A relative form (`za 2 tygodnie`, `след 2 седмици`, `2 շաբաթից`, `۲ هفته دیگر`, `za tydzień`); undefined for anything else. */
export function relativeStep(text: string, direction: 'ahead' | 'back'): RelativeStep | undefined {
  // Every relative form has two words or more: a single one (`fri`, `8`) builds no table.
  if (!/\S\s+\S/.test(text)) return undefined;
  const table = (lookup ??= build());
  const words = phraseKey(text).split(' ');
  const numbers = words.filter((word) => /^\d{1,4}$/.test(word));
  if (numbers.length > 1) return undefined;
  const pattern = words.map((word) => (/^\d{1,4}$/.test(word) ? '{0}' : word)).join(' ');
  const unit = (direction === 'ahead' ? table.ahead : table.back).get(pattern);
  return unit === undefined ? undefined : { n: numbers.length === 0 ? 1 : Number(numbers[0]), unit };
}

/** The words after a weekday preposition (`w środę` -> `środę`), or undefined when there is none. */
export function afterWeekdayPreposition(text: string): string | undefined {
  const [first, ...rest] = text.trim().split(/\s+/);
  return first !== undefined && rest.length > 0 && WEEKDAY_PREPOSITIONS.includes(fold(first)) ? rest.join(' ') : undefined;
}

/** Every word of the tables with its meaning, for tests: each is read as a whole word. */
export function allDateWords(): readonly { word: string; means: DateWord; prefix: boolean }[] {
  return (lookup ??= build()).entries.map((entry) => ({ word: entry.shown, means: entry.means, prefix: entry.prefix }));
}
