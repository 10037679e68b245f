// Issue 17, part 3: the errors of the shared layers in the run's language. Each is one line on
// stderr (plus the candidates of an ambiguous name), the same exit code as in English, and
// nothing written; the commands and options to type stay as typed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, tempBinder, type Binder, type Result } from './cli.js';
import { ON_SERVER } from './server-binder.js';

let binder: Binder;

beforeAll(() => {
  binder = tempBinder('2026-12-08');
  for (const [handle, name] of [
    ['acme', 'Acme Corp'],
    ['acne', 'Acne Ltd'],
  ]) {
    const filed = binder.crm(['file', handle as string, '9', '--name', name as string], { spawn: true });
    expect(filed.code, filed.stderr).toBe(0);
  }
});

afterAll(() => binder.remove());

function refused(result: Result, code: number, lines: string[]): void {
  expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({ code, stdout: '', stderr: lines.map((line) => `${line}\n`).join('') });
}

/** Runs crm in `language` on the suite's binder, and checks that it wrote nothing. */
function inLanguage(language: string, args: string[], env: NodeJS.ProcessEnv = {}): Result {
  const before = binder.dump();
  const result = binder.crm(args, { spawn: true, env: { CRM_LANG: language, ...env } });
  expect(binder.dump()).toBe(before);
  return result;
}

describe('a client no handle matches', () => {
  it.each([
    ['en', 'crm: no client matches "acmx"; did you mean acme?'],
    ['pl', 'crm: żaden klient nie pasuje do "acmx"; czy chodziło o acme?'],
    ['bg', 'crm: никой клиент не съвпада с "acmx"; имахте ли предвид acme?'],
    ['hy', 'crm: "acmx"-ին ոչ մի հաճախորդ չի համապատասխանում, նկատի ունեի՞ք acme'],
    ['fa', 'crm: هیچ مشتری‌ای با "acmx" جور نیست؛ منظورتان acme بود؟'],
  ])('near a handle, in %s: exit 2, one line naming it', (language, line) => {
    refused(inLanguage(language, ['show', 'acmx']), 2, [line]);
  });

  it.each([
    ['pl', 'crm: żaden klient nie pasuje do "zzzzzz"; poszukaj: crm find <tekst>'],
    ['bg', 'crm: никой клиент не съвпада с "zzzzzz"; потърсете с crm find <текст>'],
    ['hy', 'crm: "zzzzzz"-ին ոչ մի հաճախորդ չի համապատասխանում, որոնեք՝ crm find <տեքստ>'],
    ['fa', 'crm: هیچ مشتری‌ای با "zzzzzz" جور نیست؛ برای جست‌وجو: crm find <متن>'],
  ])('near none, in %s: exit 2, crm find to search, as typed', (language, line) => {
    refused(inLanguage(language, ['log', 'zzzzzz', '--note', 'called', '--next', 'fri']), 2, [line]);
  });
});

describe('a name two clients share', () => {
  it.each([
    ['pl', 'crm: "ac" pasuje do 2 klientów; wpisz jeden z tych skrótów albo więcej liter:'],
    ['fa', 'crm: "ac" با ۲ مشتری جور درمی‌آید؛ یکی از این شناسه‌ها یا حروف بیشتری تایپ کنید:'],
  ])('in %s: exit 2, the line, then the candidates as stored', (language, line) => {
    refused(inLanguage(language, ['show', 'ac']), 2, [line, '  acme  Acme Corp', '  acne  Acne Ltd']);
  });
});

describe('a card field refused', () => {
  it.each([
    ['en', 'crm: --phone "12" has fewer than 3 digits'],
    ['pl', 'crm: --phone "12" ma mniej niż 3 cyfry'],
    ['bg', 'crm: --phone "12" има по-малко от 3 цифри'],
    ['hy', 'crm: --phone "12" 3-ից պակաս թվանշան ունի'],
    ['fa', 'crm: --phone "12" کمتر از ۳ رقم دارد'],
  ])('in %s: the option as typed, then what is wrong', (language, line) => {
    refused(inLanguage(language, ['file', 'newc', '9', '--name', 'New Client', '--phone', '12']), 2, [line]);
  });

  it('a time zone crm does not know, in Polish: exit 2, the IANA names to type', () => {
    refused(inLanguage('pl', ['config', 'timezone', 'Mars/Olympus']), 2, [
      'crm: "Mars/Olympus" nie jest strefą czasową znaną crm; wpisz nazwę IANA, np. Europe/Warsaw, America/Santiago albo UTC',
    ]);
  });
});

describe('the environment', () => {
  it('CRM_TODAY=garbage in Polish: exit 2, the format and an example to type', () => {
    refused(inLanguage('pl', ['today'], { CRM_TODAY: 'garbage' }), 2, [
      'crm: CRM_TODAY="garbage" nie jest datą; ustaw ją jako RRRR-MM-DD (CRM_TODAY=2026-11-23) albo usuń tę zmienną',
    ]);
  });

  it('CRM_NOW that is not a moment, in Bulgarian: exit 2', () => {
    refused(inLanguage('bg', ['today'], { CRM_NOW: 'noon' }), 2, [
      'crm: CRM_NOW="noon" не е момент; задайте го като ГГГГ-ММ-ДДTЧЧ:ММ (CRM_NOW=2026-11-23T14:50) или премахнете променливата',
    ]);
  });
});

describe.skipIf(ON_SERVER)('a damaged binder file', () => {
  it('in Persian: exit 3, one line naming the file and crm restore, the file untouched', () => {
    const path = join(binder.dir, 'damaged.db');
    writeFileSync(path, 'not a binder at all, but long enough to be read as a header by SQLite\n'.repeat(20));
    const bytes = readFileSync(path);
    const result = binder.crm(['today'], { spawn: true, env: { CRM_LANG: 'fa', CRM_DB: path } });
    refused(result, 3, [
      `crm: زونکن ${path} آسیب دیده است، یا اصلاً فایل SQLite نیست (SQLite: file is not a database)؛ چیزی نوشته نشد. crm doctor می‌گوید چه ایرادی دارد؛ در ${join(binder.dir, 'backups')} نسخهٔ پشتیبانی برای برگرداندن نیست (crm restore <نسخه> نسخه‌ای را هم که جای دیگری ساخته شده می‌پذیرد)`,
    ]);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('in Armenian, a binder of a newer crm: exit 3, upgrade crm', () => {
    const path = join(binder.dir, 'newer.db');
    const made = binder.crm(['file', 'acme', '9', '--name', 'Acme Corp'], { spawn: true, env: { CRM_DB: path } });
    expect(made.code, made.stderr).toBe(0);
    const db = openDatabase(path);
    db.pragma('user_version = 999');
    db.close();
    const result = binder.crm(['today'], { spawn: true, env: { CRM_LANG: 'hy', CRM_DB: path } });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(new RegExp(`^crm: ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}-ը գրվել է ավելի նոր crm-ով \\(քարտադարանի տարբերակ 999, այս crm-ը գիտի մինչև \\d+\\), այն բացելու համար թարմացրեք crm-ը\\n$`));
  });
});
