// Issue 17, part 3: promise, complaint, backup and export speak the run's language (CRM_LANG), each
// message in the words of the language; --json and the export itself stay the same bytes in every one.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { ON_SERVER } from './server-binder.js';
import { ok, seed } from './support.js';

// Mon 2026-11-23: acme filed for the 25th, with a promise of ours due Fri the 27th.
let binder: Binder;
beforeAll(() => {
  binder = tempBinder('2026-11-23');
  seed(binder, 'acme', '25', 'Anna Nowak', ['--company', 'Acme Ltd']);
  ok(binder, ['promise', 'acme', 'send the price list', '--by', '27']);
});
afterAll(() => {
  binder.remove();
});

/** crm as a user runs it: spawned, in `language`. */
const crm = (language: string, args: string[]) => binder.crm(args, { spawn: true, env: { CRM_LANG: language } });

/** A refusal in `language`: exit 2, nothing on stdout, the one line expected on stderr. */
function refusedIn(language: string, args: string[], line: string): void {
  const result = crm(language, args);
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toBe(`crm: ${line}\n`);
}

describe('crm promise and crm complaint refuse in the run language', () => {
  const noPromise: Record<string, string> = {
    en: 'there is no promise 99; crm promises lists the open ones',
    pl: 'nie ma obietnicy 99; otwarte wypisuje crm promises',
    bg: 'няма обещание 99; crm promises показва отворените',
    hy: '99 խոստում չկա, բացերը ցույց է տալիս crm promises հրամանը',
    fa: 'قول ۹۹ وجود ندارد؛ crm promises قول‌های باز را فهرست می‌کند',
  };
  const noComplaint: Record<string, string> = {
    en: 'there is no complaint 7; crm complaints lists the open ones',
    pl: 'nie ma reklamacji 7; otwarte wypisuje crm complaints',
    bg: 'няма рекламация 7; crm complaints показва отворените',
    hy: '7 բողոք չկա, բացերը ցույց է տալիս crm complaints հրամանը',
    fa: 'شکایت ۷ وجود ندارد؛ crm complaints شکایت‌های باز را فهرست می‌کند',
  };
  for (const language of ['en', 'pl', 'bg', 'hy', 'fa']) {
    it(`${language}: a promise or a complaint that is not there`, () => {
      refusedIn(language, ['promise', 'done', '99'], noPromise[language] as string);
      refusedIn(language, ['complaint', 'resolve', '7', '--note', 'done'], noComplaint[language] as string);
    });
  }

  it('crm promises --json is the same bytes in every language', () => {
    const english = crm('en', ['promises', '--json']);
    expect(english.code).toBe(0);
    expect(JSON.parse(english.stdout).promises).toHaveLength(1);
    for (const language of ['pl', 'bg', 'hy', 'fa', 'qps']) expect(crm(language, ['promises', '--json']).stdout, language).toBe(english.stdout);
  }, 60_000);
});

// A server's binder is copied by the server (pg_dump): crm backup is for a binder file.
describe.skipIf(ON_SERVER)('crm backup says where the copy is in the run language', () => {
  const said: Record<string, (path: string, size: number) => string> = {
    en: (path, size) => `Backed up the binder to ${path} (${size} bytes).`,
    pl: (path, size) => `Kopia segregatora zapisana w ${path} (${size} ${({ one: 'bajt', few: 'bajty' } as Record<string, string>)[new Intl.PluralRules('pl').select(size)] ?? 'bajtów'}).`,
    bg: (path, size) => `Копие на класьора е записано в ${path} (${size} байта).`,
    hy: (path, size) => `Քարտադարանի պատճենը պահվեց այստեղ՝ ${path} (${size} բայթ)։`,
    fa: (path, size) => `از زونکن در ${path} نسخهٔ پشتیبان گرفته شد (${persian(size)} بایت).`,
  };
  for (const language of ['en', 'pl', 'bg', 'hy', 'fa']) {
    it(language, () => {
      const path = join(binder.dir, `copy-${language}.db`);
      const result = crm(language, ['backup', path]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe(`${(said[language] as (path: string, size: number) => string)(path, statSync(path).size)}\n`);
    });
  }

  it('a binder that is not there: one line in the language, exit 2', () => {
    const missing = join(binder.dir, 'nowhere.db');
    const result = binder.crm(['backup'], { spawn: true, env: { CRM_LANG: 'pl', CRM_DB: missing } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`crm: w ${missing} nie ma segregatora do skopiowania; wskaż go przez --db lub CRM_DB\n`);
  });
});

describe('crm export -o says what it wrote in the run language; the export is the same bytes', () => {
  const said: Record<string, (path: string) => string> = {
    en: (path) => `Wrote 1 dossier to ${path} (csv).`,
    pl: (path) => `Zapisano 1 teczkę do ${path} (csv).`,
    bg: (path) => `Записано е 1 досие в ${path} (csv).`,
    hy: (path) => `1 թղթապանակ գրվեց ${path} ֆայլում (csv)։`,
    fa: (path) => `۱ پرونده در ${path} نوشته شد (csv).`,
  };
  for (const language of ['en', 'pl', 'bg', 'hy', 'fa']) {
    it(language, () => {
      const path = join(binder.dir, `clients-${language}.csv`);
      const result = crm(language, ['export', '--format', 'csv', '-o', path]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe(`${(said[language] as (path: string) => string)(path)}\n`);
    });
  }

  it('crm export to standard output: the same bytes in every language', () => {
    for (const format of ['json', 'csv', 'vcard']) {
      const english = crm('en', ['export', '--format', format]);
      expect(english.code).toBe(0);
      for (const language of ['pl', 'bg', 'hy', 'fa', 'qps']) expect(crm(language, ['export', '--format', format]).stdout, `${format} in ${language}`).toBe(english.stdout);
    }
  }, 120_000);
});

function persian(n: number): string {
  return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
}
