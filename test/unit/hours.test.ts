// The hour of a filing (issue 14, item 1): every hour form alone, after and before every date form
// of BINDER.md and LANGUAGES.md, and the hours that cannot be, each refused with one line.
import { describe, expect, it } from 'vitest';
import { userErrorFrom } from './user-error.js';
import { formatHour, parseHour, splitWhenAndHour, storedHour, type Hour } from '../../src/binder/hours.js';
import { parseWhen } from '../../src/binder/when.js';

const at = (hour: number, minute = 0): Hour => ({ hour, minute });

/** Every hour form, as typed, and the hour it names. */
const HOUR_FORMS: [string, Hour][] = [
  ['15:00', at(15)],
  ['15.00', at(15)],
  ['9:30', at(9, 30)],
  ['09:30', at(9, 30)],
  ['00:00', at(0)],
  ['23:59', at(23, 59)],
  ['14:00:00', at(14)],
  ['3pm', at(15)],
  ['3 pm', at(15)],
  ['3PM', at(15)],
  ['3:30pm', at(15, 30)],
  ['3:30 p.m.', at(15, 30)],
  ['9 a.m.', at(9)],
  ['11:59pm', at(23, 59)],
  ['12am', at(0)],
  ['12:30am', at(0, 30)],
  ['12pm', at(12)],
  ['12:15 pm', at(12, 15)],
  ['15h', at(15)],
  ['15h30', at(15, 30)],
  ['9h', at(9)],
  ['at 3pm', at(15)],
  ['at 15:00', at(15)],
  ['at 15', at(15)],
  ['at 12', at(12)],
  ['@ 9:30', at(9, 30)],
  // Digits of any script, the full-width colon.
  ['۱۵:۳۰', at(15, 30)],
  ['١٥:٠٠', at(15)],
  ['１５：００', at(15)],
  // pl: 24-hour, "o" and "godz." (U), the dot CLDR's pl does not use but Poles write.
  ['o 15', at(15)],
  ['o 9', at(9)],
  ['o 15:30', at(15, 30)],
  ['o godz. 15.00', at(15)],
  ['godz. 9.30', at(9, 30)],
  ['o godzinie 15', at(15)],
  // bg: CLDR's H:mm 'ч'., "в" (U), пр.об./сл.об. (CLDR's wide am/pm).
  ['в 15 ч.', at(15)],
  ['15:30 ч.', at(15, 30)],
  ['15ч', at(15)],
  ['в 9 часа', at(9)],
  ['във 8', at(8)],
  ['3 сл.об.', at(15)],
  ['9 пр.об.', at(9)],
  // hy: ժամը ... -ին (U); CLDR's wide am/pm.
  ['ժամը 15:00', at(15)],
  ['ժամը 15:00-ին', at(15)],
  ['Ժամը 9-ին', at(9)],
  ['3 կեսօրից հետո', at(15)],
  // fa: ساعت (U), CLDR's ق.ظ./ب.ظ. and the wide forms, with and without the ZWNJ or spaces.
  ['ساعت ۱۵', at(15)],
  ['ساعت ۱۵:۳۰', at(15, 30)],
  ['ساعت ۳ بعدازظهر', at(15)],
  ['۳ ب.ظ.', at(15)],
  ['۹ ق.ظ.', at(9)],
  ['۹ قبل‌ازظهر', at(9)],
  ['۳ بعد از ظهر', at(15)],
];

/** Every date form of BINDER.md (the forms when.ts's refusal offers: i18n/en/dates.ts), as parseWhen reads them. */
const DATE_FORMS = ['8', '08', '25th', '۸', 'jul', 'july', 'jul 5', '5 jul', 'jul 5th', 'dec 24', '+3d', '+2w', '+1m', 'fri', 'friday', 'today', 'tomorrow', '2026-12-05'];

/** The forms of LANGUAGES.md: parseWhen does not read them yet, but the split must leave them whole. */
const LANGUAGE_DATE_FORMS = [
  'lipiec', '5 lipca', 'LIPCA 5', 'jutro', 'pojutrze', 'za 2 tygodnie', 'za tydzień', 'w środę', 'pn', 'cz',
  'юли', '5 юли', 'утре', 'вдругиден', 'след 2 седмици', 'ср.',
  'հուլիսի 5', 'Հուլիս', 'վաղը', '2 շաբաթից', 'շաբաթ', 'երք',
  'فردا', '۵ ژوئیه', 'سه شنبه', 'سه‌شنبه', '۲ هفته دیگر', 'پس فردا', 'مه', '۵ تیر', '1405/4/5',
];

describe('parseHour', () => {
  it.each(HOUR_FORMS)('%s is %o', (typed, hour) => {
    expect(parseHour(typed)).toEqual(hour);
  });

  it('reads a bare number as after "at": 0 and 12-23 are hours, 1-11 could be either half of the day', () => {
    expect(parseHour('15')).toEqual(at(15));
    expect(parseHour('0')).toEqual(at(0));
    expect(parseHour('12')).toEqual(at(12));
    expect(userErrorFrom(() => parseHour('3')).message).toBe('"3" could be 03:00 or 15:00; type 3am, 3pm or 15:00');
    expect(userErrorFrom(() => parseHour('at 9')).message).toBe('"at 9" could be 09:00 or 21:00; type 9am, 9pm or 21:00');
  });

  it.each([
    ['24:00', '"24:00" is not a time of day: hours run from 00:00 to 23:59; type 00:00 with the next day\'s date, or 23:59'],
    ['25:00', '"25:00" is not a time of day: hours run from 00:00 to 23:59; type one such as 15:00'],
    ['9:60', '"9:60" is not a time of day: minutes run from 00 to 59; type 10:00 or 09:59'],
    ['23:60', '"23:60" is not a time of day: minutes run from 00 to 59; type 00:00 or 23:59'],
    ['13pm', '"13pm" is not a time of day: with am or pm the hour runs from 1 to 12; type 1pm or 13:00'],
    ['15:30pm', '"15:30pm" is not a time of day: with am or pm the hour runs from 1 to 12; type 3:30pm or 15:30'],
    ['0am', '"0am" is not a time of day: with am or pm the hour runs from 1 to 12; type 12am or 00:00'],
    ['15:00:30', '"15:00:30": crm keeps an hour to the minute; type 15:00'],
    ['noon-ish', '"noon-ish" is not a time of day; type 15:00, 9:30, 15.00, 3pm, 3:30 pm, 15h or 15h30'],
    ['15:0', '"15:0" is not a time of day; type 15:00, 9:30, 15.00, 3pm, 3:30 pm, 15h or 15h30'],
    ['', '"" is not a time of day; type 15:00, 9:30, 15.00, 3pm, 3:30 pm, 15h or 15h30'],
  ])('refuses %s with one line', (typed, message) => {
    expect(userErrorFrom(() => parseHour(typed)).message).toBe(message);
  });
});

describe('formatHour and storedHour', () => {
  it('writes HH:MM and reads back only that', () => {
    expect(formatHour(at(9, 5))).toBe('09:05');
    expect(formatHour(at(0))).toBe('00:00');
    expect(formatHour(at(23, 59))).toBe('23:59');
    for (let hour = 0; hour < 24; hour++) {
      for (const minute of [0, 1, 30, 59]) expect(storedHour(formatHour(at(hour, minute)))).toEqual(at(hour, minute));
    }
    for (const text of ['9:05', '24:00', '12:60', '15.00', ' 15:00', '3pm']) expect(storedHour(text)).toBeUndefined();
  });
});

describe('splitWhenAndHour', () => {
  describe.each([...DATE_FORMS, ...LANGUAGE_DATE_FORMS])('after the date form %s', (date) => {
    it.each(HOUR_FORMS)('%s', (hour, expected) => {
      expect(splitWhenAndHour(`${date} ${hour}`)).toEqual({ when: date, hour: expected });
    });
  });

  describe.each(DATE_FORMS)('before the date form %s', (date) => {
    it.each(HOUR_FORMS.filter(([hour]) => /^[\d@a]/.test(hour)))('%s', (hour, expected) => {
      expect(splitWhenAndHour(`${hour} ${date}`)).toEqual({ when: date, hour: expected });
    });
  });

  it.each(DATE_FORMS)('leaves %s without an hour: a number after a date is its day', (date) => {
    expect(splitWhenAndHour(date)).toEqual({ when: date, hour: null });
    expect(splitWhenAndHour(`  ${date}  `)).toEqual({ when: date, hour: null });
  });

  it.each(LANGUAGE_DATE_FORMS)('leaves %s without an hour', (date) => {
    expect(splitWhenAndHour(date)).toEqual({ when: date, hour: null });
  });

  it('hands parseWhen a date form it reads, the same date as without the hour', () => {
    const today = '2026-11-23';
    for (const date of DATE_FORMS) {
      for (const [hour] of HOUR_FORMS) expect(parseWhen(splitWhenAndHour(`${date} ${hour}`).when, today)).toEqual(parseWhen(date, today));
    }
  });

  it.each([
    ['2026-12-05T14:00', '2026-12-05', at(14)],
    ['2026-12-05t09:30', '2026-12-05', at(9, 30)],
    ['2026-12-05T14:00:00', '2026-12-05', at(14)],
    ['۲۰۲۶-۱۲-۰۵T۱۴:۰۰', '۲۰۲۶-۱۲-۰۵', at(14)],
    ['2026-12-05 14:00', '2026-12-05', at(14)],
  ])('cuts ISO %s at the T', (typed, when, hour) => {
    expect(splitWhenAndHour(typed)).toEqual({ when, hour });
  });

  it('reads the issue\'s own examples', () => {
    expect(splitWhenAndHour('fri 15:00')).toEqual({ when: 'fri', hour: at(15) });
    expect(splitWhenAndHour('jul 5 9:30')).toEqual({ when: 'jul 5', hour: at(9, 30) });
    expect(splitWhenAndHour('tue 14:00')).toEqual({ when: 'tue', hour: at(14) });
    expect(splitWhenAndHour('tomorrow 3pm')).toEqual({ when: 'tomorrow', hour: at(15) });
    expect(splitWhenAndHour('+2d 10:00')).toEqual({ when: '+2d', hour: at(10) });
    expect(splitWhenAndHour('jul 5 at 3pm')).toEqual({ when: 'jul 5', hour: at(15) });
    expect(splitWhenAndHour('jutro o 15')).toEqual({ when: 'jutro', hour: at(15) });
    expect(splitWhenAndHour('вдругиден в 9 ч.')).toEqual({ when: 'вдругиден', hour: at(9) });
    expect(splitWhenAndHour('վաղը ժամը 15:00-ին')).toEqual({ when: 'վաղը', hour: at(15) });
    expect(splitWhenAndHour('پس فردا ساعت ۱۰')).toEqual({ when: 'پس فردا', hour: at(10) });
  });

  it('reads an hour alone as today\'s', () => {
    for (const [hour, expected] of HOUR_FORMS) expect(splitWhenAndHour(hour)).toEqual({ when: 'today', hour: expected });
  });

  it('keeps a day number a day: a number is an hour only with a word or a mark', () => {
    expect(splitWhenAndHour('8')).toEqual({ when: '8', hour: null });
    expect(splitWhenAndHour('jul 5')).toEqual({ when: 'jul 5', hour: null });
    expect(splitWhenAndHour('5 jul')).toEqual({ when: '5 jul', hour: null });
    expect(splitWhenAndHour('jul 15')).toEqual({ when: 'jul 15', hour: null });
    expect(splitWhenAndHour('fri 15')).toEqual({ when: 'fri 15', hour: null });
    expect(splitWhenAndHour('+ 3 d')).toEqual({ when: '+ 3 d', hour: null });
  });

  it.each([
    ['fri 24:00', '"24:00" is not a time of day: hours run from 00:00 to 23:59; type 00:00 with the next day\'s date, or 23:59'],
    ['fri 25:00', '"25:00" is not a time of day: hours run from 00:00 to 23:59; type one such as 15:00'],
    ['jul 5 9:60', '"9:60" is not a time of day: minutes run from 00 to 59; type 10:00 or 09:59'],
    ['tomorrow 13pm', '"13pm" is not a time of day: with am or pm the hour runs from 1 to 12; type 1pm or 13:00'],
    ['fri at 3', '"at 3" could be 03:00 or 15:00; type 3am, 3pm or 15:00'],
    ['25:00 fri', '"25:00" is not a time of day: hours run from 00:00 to 23:59; type one such as 15:00'],
    ['fri 15:00 16:00', '"fri 15:00 16:00" gives two hours (15:00 and 16:00); type one, for example fri 16:00'],
    // pl and bg write 20 December as 20.12: alone, it is either.
    ['20.12', '"20.12" could be 20:12 or 20 December; type 20:12 for the hour, or dec 20 for the date'],
    ['5.07', '"5.07" could be 05:07 or 5 July; type 05:07 for the hour, or jul 5 for the date'],
    ['24.12', '"24.12" is not a time of day; for 24 December type dec 24'],
  ])('refuses %s with one line', (typed, message) => {
    expect(userErrorFrom(() => splitWhenAndHour(typed)).message).toBe(message);
  });

  it('reads a dotted hour after a date, or one that cannot be a date', () => {
    expect(splitWhenAndHour('fri 20.12')).toEqual({ when: 'fri', hour: at(20, 12) });
    expect(splitWhenAndHour('15.00')).toEqual({ when: 'today', hour: at(15) });
    expect(splitWhenAndHour('9.30')).toEqual({ when: 'today', hour: at(9, 30) });
    expect(splitWhenAndHour('o 20.12')).toEqual({ when: 'today', hour: at(20, 12) });
  });

  it('gives a form it cannot read to parseWhen whole', () => {
    expect(splitWhenAndHour('someday')).toEqual({ when: 'someday', hour: null });
    expect(splitWhenAndHour('fri 1500')).toEqual({ when: 'fri 1500', hour: null });
    expect(splitWhenAndHour('')).toEqual({ when: '', hour: null });
  });
});
