// Names in any script: stored and shown exactly as typed, found ignoring case and diacritics.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { ok, refused, seed, type FindJson, type ShowJson, type TodayJson } from './support.js';

interface Client {
  script: string;
  handle: string;
  name: string;
  company: string;
  /** Typed to name the client (crm show) and to search (crm find): other case, no diacritics. */
  typed: string;
}

const NFD = (text: string) => text.normalize('NFD');

const CLIENTS: Client[] = [
  { script: 'Polish', handle: 'zolc', name: 'Łukasz Żółć', company: 'Żółta Łódź Sp. z o.o.', typed: 'ZOLC' },
  { script: 'Cyrillic', handle: 'petrova', name: 'Ани Петрова', company: 'ООО «Ромашка»', typed: 'петр' },
  { script: 'Cyrillic with ё', handle: 'semenov', name: 'Фёдор Семёнов', company: 'АО Северсталь', typed: 'СЕМЕН' },
  { script: 'Armenian', handle: 'aram', name: 'Արամ Խաչատրյան', company: 'Երևանի Գործարան ՍՊԸ', typed: 'ԽԱՉԱՏ' },
  // Persian keheh and Farsi yeh, and a zero-width non-joiner inside the surname; typed with the
  // Arabic kaf and yeh and no joiner.
  { script: 'Persian', handle: 'karimi', name: 'محمدرضا کریمی‌نژاد', company: 'شرکت پارس', typed: 'كريمينژ' },
  { script: 'Arabic', handle: 'zahra', name: 'فاطمة الزهراء', company: 'مؤسسة النور', typed: 'الزهر' },
  { script: 'Chinese', handle: 'wang', name: '王小明', company: '北京科技有限公司', typed: '王' },
  { script: 'Japanese', handle: 'yamada', name: '山田 太郎', company: '株式会社サンプル', typed: '山田' },
  { script: 'Vietnamese', handle: 'nguyen', name: 'Nguyễn Thị Ánh', company: 'Công ty Đông Á', typed: 'dong' },
  { script: 'Greek', handle: 'papadopoulos', name: 'Νίκος Παπαδόπουλος', company: 'Ελληνική Α.Ε.', typed: 'ΝΙΚΟΣ' },
  { script: 'Turkish', handle: 'yildiz', name: 'Işıl Yıldız', company: 'Güneş Ltd. Şti.', typed: 'isil' },
  { script: 'German ß', handle: 'js', name: 'Jürgen Strauß', company: 'Großbäckerei GmbH', typed: 'STRAUSS' },
  { script: 'Devanagari', handle: 'sharma', name: 'राहुल शर्मा', company: 'भारत ट्रेडर्स', typed: 'शर्मा' },
  { script: 'Latin typed decomposed (NFD)', handle: 'zoe', name: NFD('Zoë Ångström'), company: NFD('Škoda Čeněk'), typed: 'ÅNGSTRÖM' },
];

describe('names in several scripts round trip through file, show, find and today', () => {
  let binder: Binder;
  const filed = new Map<string, string>();
  beforeAll(() => {
    binder = tempBinder('2026-11-23');
    for (const client of CLIENTS) filed.set(client.handle, seed(binder, client.handle, 'today', client.name, ['--company', client.company]));
  });
  afterAll(() => {
    binder.remove();
  });

  it.each(CLIENTS)('$script: file says who was filed', ({ handle, name }) => {
    expect(filed.get(handle)).toContain(name);
  });

  it.each(CLIENTS)('$script: "$typed" names the client, and show gives back exactly what was typed', ({ handle, name, company, typed }) => {
    const dossier = binder.json<ShowJson>(['show', typed]);
    expect(dossier.handle).toBe(handle);
    expect(dossier.name).toBe(name);
    expect(dossier.company).toBe(company);
    const out = ok(binder, ['show', handle]);
    expect(out).toContain(name);
    expect(out).toContain(company);
  });

  it.each(CLIENTS)('$script: find "$typed"', ({ handle, name, typed }) => {
    const found = binder.json<FindJson>(['find', typed]).dossiers;
    expect(found.map((d) => [d.handle, d.name])).toEqual([[handle, name]]);
  });

  it("today's stack holds every name exactly", () => {
    const today = binder.json<TodayJson>(['today']);
    expect(today.stack.map((d) => [d.handle, d.name, d.company]).sort()).toEqual(CLIENTS.map((c) => [c.handle, c.name, c.company]).sort());
    const out = ok(binder, ['today']);
    for (const client of CLIENTS) expect(out).toContain(client.name);
  });

  it('the examples of the spec: zolc finds Łukasz Żółć, петр finds Ани Петрова', () => {
    expect(binder.json<ShowJson>(['show', 'zolc']).name).toBe('Łukasz Żółć');
    expect(binder.json<ShowJson>(['show', 'петр']).name).toBe('Ани Петрова');
    expect(binder.json<FindJson>(['find', 'żółć']).dossiers.map((d) => d.handle)).toEqual(['zolc']);
  });
});

describe('notes, offers and phones in other scripts', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = tempBinder('2026-11-23');
  });
  afterEach(() => {
    binder.remove();
  });

  it('are kept exactly, and a phone is found by its digits in any script', () => {
    seed(binder, 'karimi', '8', 'علی کریمی', [
      '--phone', '۰۹۱۲ ۳۴۵ ۶۷۸۹',
      '--notes', 'فقط صبح‌ها تماس بگیرید',
      '--note', 'پیشنهاد را فرستادم',
      '--offer', '۱۰٪ تخفیف',
    ]);
    const dossier = binder.json<ShowJson>(['show', 'karimi']);
    expect(dossier).toMatchObject({
      phone: '۰۹۱۲ ۳۴۵ ۶۷۸۹',
      notes: 'فقط صبح‌ها تماس بگیرید',
      lastNote: 'پیشنهاد را فرستادم',
      offer: '۱۰٪ تخفیف',
    });
    expect(binder.json<FindJson>(['find', '0912345']).dossiers.map((d) => d.handle)).toEqual(['karimi']);
    expect(binder.json<FindJson>(['find', '۰۹۱۲']).dossiers.map((d) => d.handle)).toEqual(['karimi']);
    expect(binder.json<FindJson>(['find', 'تماس']).dossiers.map((d) => d.handle)).toEqual(['karimi']);
    const out = ok(binder, ['show', 'karimi']);
    for (const text of ['علی کریمی', '۰۹۱۲ ۳۴۵ ۶۷۸۹', 'پیشنهاد را فرستادم', '۱۰٪ تخفیف']) expect(out).toContain(text);
  });

  it('a handle may itself be in another script', () => {
    seed(binder, 'мария', '8', 'Мария Иванова');
    expect(binder.json<ShowJson>(['show', 'МАРИЯ']).handle).toBe('мария');
    expect(ok(binder, ['show', 'мария'])).toContain('Мария Иванова');
  });
});

describe('an ambiguous name across scripts', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = tempBinder('2026-11-23');
    seed(binder, 'petrova', '8', 'Ани Петрова', ['--company', 'ООО Ромашка']);
    seed(binder, 'ivanov', '9', 'Пётр Иванов', ['--company', 'АО Север']);
  });
  afterEach(() => {
    binder.remove();
  });

  it('lists both, spelled as stored, and does nothing', () => {
    const { stderr } = refused(binder, ['file', 'петр', '10'], { lines: 3 });
    for (const text of ['petrova', 'Ани Петрова', 'ООО Ромашка', 'ivanov', 'Пётр Иванов', 'АО Север']) expect(stderr).toContain(text);
  });
});
