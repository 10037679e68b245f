// The case's commands in the user's language (issue 17): what crm promise, promises and review
// print under CRM_LANG=pl and fa, word for word (Persian with its digits; handles, stored text and
// commands to type as they are).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { ok } from './support.js';

const TODAY = '2026-11-23';

/** crm as a user runs it, in a language: a process of its own. */
const inLanguage = (language: string) => ({ spawn: true, env: { CRM_LANG: language, CRM_NOW: `${TODAY}T09:30` } });

// Made in English: a binder made by a Persian run starts with the Persian calendar.
let binder: Binder;
beforeEach(() => {
  binder = tempBinder(TODAY);
  // Each step a minute after the last: the history's order never rests on two stamps of one second.
  const english = (minute: number) => ({ spawn: true, env: { CRM_LANG: 'en', CRM_NOW: `${TODAY}T09:0${minute}` } });
  ok(binder, ['file', 'acme', '25', '--name', 'Anna Nowak'], english(1));
  ok(binder, ['file', 'zolc', 'today', '--name', 'Łukasz Żółć'], english(2));
  ok(binder, ['promise', 'acme', 'send the price list', '--by', 'nov 25'], english(3));
  ok(binder, ['log', 'acme', '--note', 'wants 40 units', '--outcome', 'reached', '--next', '26'], english(4));
});
afterEach(() => {
  binder.remove();
});

describe('Polish', () => {
  it('crm promise, crm promises and crm review', () => {
    expect(ok(binder, ['promise', 'zolc', 'sign the order', '--by', 'nov 24', '--theirs'], inLanguage('pl'))).toBe(
      'Obietnica #2 dla zolc, ich, do wt., 24 lis 2026: sign the order.\nOd tego dnia widać ją w crm today; crm promise done 2, gdy zostanie dotrzymana.\n',
    );
    expect(ok(binder, ['promises'], inLanguage('pl'))).toBe(
      'Otwarte obietnice\n  #2 zolc  ich: sign the order  do wt., 24 lis\n  #1 acme  nasza: send the price list  do śr., 25 lis\n',
    );
    expect(ok(binder, ['review'], inLanguage('pl')).split('\n')).toEqual([
      'Przegląd: pon., 23 lis 2026',
      '',
      '  Zapisane        1  (reached 1)',
      '  Zaplanowane     1',
      '  Załatwione      1  acme',
      '  Przed terminem  1  acme',
      '  Przełożone      0',
      '  Przeoczone      1  zolc',
      '',
      '  Obietnice       złożone 2, dotrzymane 0, dotrzymane z opóźnieniem 0, niedotrzymane 0',
      '  Reklamacje      otwarte 0, załatwione 0, nadal otwarte 0',
      '',
    ]);
  });
});

describe('Persian', () => {
  it('crm promise, crm promises and crm review, with Persian digits', () => {
    expect(ok(binder, ['promise', 'zolc', 'sign the order', '--by', 'nov 24', '--theirs'], inLanguage('fa'))).toBe(
      'قول #۲ برای zolc، قول آن‌ها، تا سه‌شنبه ۲۴ نوامبر ۲۰۲۶: sign the order.\nاز آن روز در crm today دیده می‌شود؛ وقتی انجام شد: crm promise done 2\n',
    );
    expect(ok(binder, ['promises'], inLanguage('fa'))).toBe(
      'قول‌های باز\n  #2 zolc  قول آن‌ها: sign the order  تا سه‌شنبه ۲۴ نوامبر\n  #1 acme  قول ما: send the price list  تا چهارشنبه ۲۵ نوامبر\n',
    );
    expect(ok(binder, ['review'], inLanguage('fa')).split('\n')).toEqual([
      'مرور: دوشنبه ۲۳ نوامبر ۲۰۲۶',
      '',
      '  ثبت‌شده         ۱  (reached ۱)',
      '  برنامه‌ریزی‌شده  ۱',
      '  انجام‌شده       ۱  acme',
      '  زودتر از موعد  ۱  acme',
      '  عقب‌انداخته     ۰',
      '  جامانده        ۱  zolc',
      '',
      '  قول‌ها          داده‌شده ۲، انجام‌شده ۰، با تأخیر ۰، شکسته ۰',
      '  شکایت‌ها        بازشده ۰، حل‌شده ۰، هنوز باز ۰',
      '',
    ]);
  });
});
