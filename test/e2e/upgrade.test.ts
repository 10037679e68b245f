// Binders written by earlier crm releases (test/fixtures/binders: schema versions 1, 2 and 3, each
// written by the release itself, see make.sh and README.md there) opened by this crm: everything the
// old release recorded comes back exactly as typed, crm find finds it through the index migration 4
// builds from the old rows, and the upgraded binder goes on working.
//
// The expected values below are what make.sh typed, written out once; they are not read from the
// binders. The first command on an old binder upgrades it and may say so on stderr: only its exit
// code and stdout are checked.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARD_FIELDS, type CardField } from '../../src/binder/dossier.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { openDatabase, tempBinder, type Binder } from './cli.js';
import {
  changeList,
  crmRaw,
  filings,
  ok,
  type BinderJson,
  type CaseJson,
  type CardJson,
  type ComplaintJson,
  type DocumentJson,
  type EntryJson,
  type FindJson,
  type FormJson,
  type PromiseJson,
  type TodayJson,
} from './support.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/binders/', import.meta.url));
/** The Monday after the week (16-20 November 2026) in which make.sh wrote the binders. */
const TODAY = '2026-11-23';
const [D16, D17, D18, D19, D20] = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
const ZWNJ = '\u200c';

type Version = 1 | 2 | 3;

// ---- The cards as make.sh typed them with crm file, the same in every version. ----

// Every card field this crm has: an old binder's dossiers hold the ones its release lacked as empty.
type Card = Partial<Record<CardField, string>>;

const ZOLC = {
  name: 'Łukasz Żółć',
  position: 'Prezes zarządu',
  company: 'Żółć i Syn Sp. z o.o.',
  phone: '+48 601 234 567',
  email: 'lukasz@zolc.pl',
  notes: 'Woli rozmowy rano; mówi szybko.',
  priority: 'A',
};
const PETROVA = { name: 'Ани Петрова', position: 'Управител', company: 'Петрова ЕООД', phone: '+359 88 123 4567', email: 'ani@petrova.bg', priority: 'B' };
const ARAM = { name: 'Արամ Պետրոսյան', company: 'Արարատ ՍՊԸ', phone: '+374 10 54 32 10', priority: 'C' };
const RAHIMI = {
  name: `مهسا می${ZWNJ}رحیمی`,
  company: 'شرکت کیان',
  phone: '+98 21 ۸۸۷۷ ۶۶۵۵',
  email: 'mahsa@kian.ir',
  notes: `تماس فقط صبح${ZWNJ}ها`,
  priority: 'B',
};
const ACME = { name: 'Anna Nowak', position: 'Buyer', company: 'Acme Ltd', priority: 'B' };
const WANG = { name: '王芳', company: '上海贸易有限公司', phone: '+86 21 6123 4567', priority: 'B' };
const ODEGARD = { name: 'Ørjan Ødegård', company: 'Fjord AS', priority: 'C' };
const KOWAL = { name: 'Zbigniew Kowalski', company: 'Kowal-Stal', priority: 'C' };
// Version 3's wider card.
const ZOLC_3 = {
  address: 'Panie Łukaszu',
  pronunciation: 'WOO-kash ZHOOWCH',
  preferences: 'rano, telefon, po polsku',
  stage: 'client',
  tags: 'vip, warszawa',
  cadence: '2w',
};
const PETROVA_3 = { address: 'г-жо Петрова', stage: 'prospect', tags: 'софия' };
const ARAM_3 = { pronunciation: 'ah-RAHM peh-tros-YAHN', stage: 'lead' };
const RAHIMI_3 = { address: 'خانم رحیمی', preferences: 'فقط ایمیل', stage: 'client', cadence: '1m' };

// ---- History entries, written compactly: the day of `at`, and only the fields that are set. ----

interface Step {
  day: string;
  kind: string;
  note?: string;
  outcome?: string;
  offer?: string;
  from?: string;
  to?: string;
  changes?: Record<string, [string | null, string | null]>;
  form?: EntryJson['form'];
}

const created = (day: string, card: Card): Step => ({
  day,
  kind: 'created',
  changes: Object.fromEntries(Object.entries(card).map(([field, value]) => [field, [null, value ?? null]])),
});
const filed = (day: string, to: string, from?: string): Step => ({ day, kind: 'filed', ...(from === undefined ? {} : { from }), to });
const moved = (day: string, from: string, to: string, note: string): Step => ({ day, kind: 'moved', note, from, to });

/** crm show --json's history in the same compact form. */
function steps(history: EntryJson[]): Step[] {
  return history.map((entry) => {
    expect(entry.at, 'an entry is stamped with a date and time').toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    const step: Step = { day: entry.at.slice(0, 10), kind: entry.kind };
    for (const key of ['note', 'outcome', 'offer', 'from', 'to'] as const) {
      const value = entry[key];
      if (value !== null) step[key] = value;
    }
    if (entry.changes) step.changes = Object.fromEntries(Object.entries(entry.changes).map(([field, c]) => [field, [c.from, c.to]]));
    if (entry.form) step.form = entry.form;
    return step;
  });
}

// ---- What each release recorded. ----

interface Dossier {
  card: Card;
  filedOn: string | null;
  history: Step[];
}

interface Fixture {
  dossiers: Record<string, Dossier>;
  /** crm today: the handles in the stack, how far over the capacity. */
  stack: string[];
  overCapacity: number;
  /** crm binder: dossiers behind each day divider after today, and behind later years. */
  days: Record<string, number>;
  later: { year: number; count: number }[];
  /** crm config: what the release set (the rest are this crm's defaults). */
  settings: Record<string, unknown>;
  /** crm find: text in any script, and the handles it finds, in order. */
  find: [string, string[]][];
  /** The release's change log, oldest first: [command, summary]. Version 1 had none. */
  changes: [string, string][];
}

/** Versions 2 and 3: kowal signed on the 18th and was closed (crm log --done). */
const KOWAL_CLOSED: Dossier = {
  card: KOWAL,
  filedOn: null,
  history: [
    created(D16, KOWAL),
    filed(D16, '2026-11-18'),
    { day: D18, kind: 'call', note: 'Podpisał umowę.', outcome: 'won' },
    { day: D18, kind: 'closed', from: '2026-11-18' },
  ],
};

const SETTINGS_1 = { workdays: [1, 2, 3, 4, 5], holidays: ['2026-12-24', '2026-12-25'], capacity: 3 };

/** What finds the same clients in every version: each script folded, phone digits in any script. */
const FIND_ALL: [string, string[]][] = [
  ['zolc', ['zolc']],
  ['ŻÓŁĆ', ['zolc']],
  ['sp. z o', ['zolc']],
  ['петр', ['petrova']],
  ['ПЕТРОВА', ['petrova']],
  ['պետրոս', ['արամ']],
  ['ՊԵՏՐՈՍՅԱՆ', ['արամ']],
  ['رحیمی', ['rahimi']],
  // Arabic yeh for the Persian one, and the name without its zero-width non-joiner
  ['رحيمي', ['rahimi']],
  ['میرحیمی', ['rahimi']],
  ['صبح', ['rahimi']],
  ['kian.ir', ['rahimi']],
  ['88776655', ['rahimi']],
  ['۸۸۷۷ ۶۶۵۵', ['rahimi']],
  ['王芳', ['wang']],
  ['贸易', ['wang']],
  ['6123 4567', ['wang']],
  ['no such client', []],
];

const FIXTURES_BY_VERSION: Record<Version, Fixture> = {
  1: {
    dossiers: {
      zolc: {
        card: ZOLC,
        filedOn: '2026-11-18',
        history: [
          created(D16, ZOLC),
          { day: D16, kind: 'note', note: 'Pierwszy telefon: zainteresowany ofertą na 40 sztuk.', offer: '40 szt. × 1200 zł, rabat 5%' },
          filed(D16, '2026-11-18'),
        ],
      },
      petrova: {
        card: PETROVA,
        filedOn: '2026-11-20',
        history: [created(D16, PETROVA), { day: D16, kind: 'note', note: 'Иска каталог на български.' }, filed(D16, '2026-11-20')],
      },
      արամ: {
        card: { ...ARAM, position: 'Տնօրեն', email: 'aram@ararat.am' },
        filedOn: '2026-11-23',
        history: [
          created(D16, ARAM),
          filed(D16, '2026-11-23'),
          { day: D20, kind: 'changed', changes: { position: [null, 'Տնօրեն'], email: [null, 'aram@ararat.am'] } },
        ],
      },
      rahimi: { card: RAHIMI, filedOn: '2026-12-04', history: [created(D16, RAHIMI), filed(D16, '2026-12-04')] },
      acme: {
        card: ACME,
        filedOn: '2026-12-28',
        history: [
          created(D16, ACME),
          filed(D16, '2027-01-01'),
          { day: D20, kind: 'note', note: 'Spoke at the fair.\nWants "quotes" in EUR, not PLN.', offer: 'EUR price list, 3% off' },
          // dec 24 and 25 are holidays: the next working day
          filed(D20, '2026-12-28', '2027-01-01'),
        ],
      },
      wang: { card: WANG, filedOn: '2026-11-21', history: [created(D16, WANG), filed(D16, '2026-11-21')] },
      odegard: { card: ODEGARD, filedOn: '2028-02-01', history: [created(D16, ODEGARD), filed(D16, '2028-02-01')] },
    },
    stack: ['petrova', 'wang', 'zolc', 'արամ'],
    overCapacity: 1,
    days: { '2026-12-04': 1, '2026-12-28': 1 },
    later: [{ year: 2028, count: 1 }],
    settings: { ...SETTINGS_1, dividers: 'dated', datedMonths: 2 },
    find: [...FIND_ALL, ['601 234', ['zolc']], ['odegard', ['odegard']], ['Ødegård', ['odegard']], ['ararat.am', ['արամ']]],
    changes: [],
  },
  2: {
    dossiers: {
      zolc: {
        card: ZOLC,
        filedOn: '2026-11-20',
        history: [
          created(D16, ZOLC),
          filed(D16, '2026-11-17'),
          { day: D17, kind: 'call', note: 'Rozmowa: chce 40 szt., decyzja w piątek.', outcome: 'reached', offer: '40 szt. × 1200 zł, rabat 5%' },
          filed(D17, '2026-11-20', '2026-11-17'),
        ],
      },
      petrova: {
        card: PETROVA,
        filedOn: '2026-12-03',
        history: [
          created(D16, PETROVA),
          filed(D16, '2026-11-18'),
          { day: D18, kind: 'meeting', note: 'Среща в офиса: каталогът е одобрен.', outcome: 'offer-sent', offer: 'Каталог 2027, 15% отстъпка' },
          filed(D18, '2026-12-07', '2026-11-18'),
          moved(D19, '2026-12-07', '2026-12-02', 'trade fair this week'),
          moved(D20, '2026-12-02', '2026-12-03', 'fair moved a day'),
        ],
      },
      արամ: {
        card: ARAM,
        filedOn: '2026-11-26',
        history: [
          created(D16, ARAM),
          filed(D16, '2026-11-19'),
          { day: D17, kind: 'call', outcome: 'no-answer' },
          filed(D17, '2026-11-18', '2026-11-19'),
          { day: D18, kind: 'call', note: 'Թողեցի հաղորդագրություն', outcome: 'voicemail' },
          filed(D18, '2026-11-20', '2026-11-18'),
          moved(D20, '2026-11-20', '2026-11-26', 'postponed'),
        ],
      },
      rahimi: {
        card: RAHIMI,
        filedOn: '2026-12-03',
        history: [
          created(D16, RAHIMI),
          filed(D16, '2026-11-20'),
          moved(D19, '2026-11-20', '2026-12-02', 'trade fair this week'),
          moved(D20, '2026-12-02', '2026-12-03', 'fair moved a day'),
        ],
      },
      acme: {
        card: ACME,
        filedOn: '2026-11-26',
        history: [
          created(D16, ACME),
          filed(D16, '2026-11-23'),
          { day: D19, kind: 'email', note: 'Sent the price list.\nAsked for "quotes" in EUR.', outcome: 'callback' },
          filed(D19, '2026-11-26', '2026-11-23'),
          // the log --done after it was undone: not there
        ],
      },
      wang: { card: WANG, filedOn: '2026-11-23', history: [created(D16, WANG), filed(D16, '2026-11-23')] },
      kowal: KOWAL_CLOSED,
    },
    stack: ['wang', 'zolc'],
    overCapacity: 0,
    days: { '2026-11-26': 2, '2026-12-03': 2 },
    later: [],
    settings: { ...SETTINGS_1, dividers: 'numbered', outcomeNext: { 'no-answer': 'tomorrow', voicemail: '+2d' } },
    find: [...FIND_ALL, ['601 234', ['zolc']], ['kowal', ['kowal']]],
    changes: [
      ['config', 'capacity 3'],
      ['config', 'holidays add 2026-12-24 2026-12-25'],
      ['config', 'outcome voicemail +2d'],
      ['file', 'new dossier zolc (Łukasz Żółć) filed on 2026-11-17'],
      ['file', 'new dossier petrova (Ани Петрова) filed on 2026-11-18'],
      ['file', 'new dossier արամ (Արամ Պետրոսյան) filed on 2026-11-19'],
      ['file', `new dossier rahimi (مهسا می${ZWNJ}رحیمی) filed on 2026-11-20`],
      ['file', 'new dossier acme (Anna Nowak) filed on 2026-11-23'],
      ['file', 'new dossier wang (王芳) filed on 2026-11-23'],
      ['file', 'new dossier kowal (Zbigniew Kowalski) filed on 2026-11-18'],
      ['log', 'zolc: call (reached), filed 2026-11-17 → 2026-11-20'],
      ['log', 'արամ: call (no-answer), filed 2026-11-19 → 2026-11-18'],
      ['log', 'petrova: meeting (offer-sent), filed 2026-11-18 → 2026-12-07'],
      ['log', 'արամ: call (voicemail), filed 2026-11-18 → 2026-11-20'],
      ['log', 'kowal: call (won), closed'],
      ['move', 'moved 2 dossiers → 2026-12-02'],
      ['log', 'acme: email (callback), filed 2026-11-23 → 2026-11-26'],
      ['postpone', 'արամ: postponed 2026-11-20 → 2026-11-26'],
      ['move', 'moved 2 dossiers → 2026-12-03 (from 2)'],
    ],
  },
  3: {
    dossiers: {
      zolc: {
        card: { ...ZOLC, ...ZOLC_3, phone: '+48 22 555 01 02', tags: 'vip, warszawa, 2027' },
        filedOn: '2026-11-20',
        history: [
          created(D16, { ...ZOLC, ...ZOLC_3 }),
          filed(D16, '2026-11-17'),
          { day: D16, kind: 'attached', note: 'notatki.txt' },
          { day: D16, kind: 'attached', note: 'cennik.bin' },
          { day: D16, kind: 'attached', note: 'umowa-2026.pdf (link)' },
          {
            day: D17,
            kind: 'meeting',
            note: 'Wizyta: chce 40 szt., decyzja w piątek.',
            outcome: 'reached',
            offer: '40 szt. × 1200 zł, rabat 5%',
            form: { name: 'visit', answers: { budget: 48000, decision: true, mood: 'zainteresowany', next_visit: '2026-12-02', remarks: 'Prezes też był' } },
          },
          filed(D17, '2026-11-20', '2026-11-17'),
          { day: D17, kind: 'promised', note: 'our promise by 2026-11-19: wyślę cennik' },
          { day: D17, kind: 'promised', note: 'their promise by 2026-11-27: decyzja zarządu' },
          { day: D18, kind: 'kept', note: 'wyślę cennik' },
          { day: D19, kind: 'changed', changes: { phone: ['+48 601 234 567', '+48 22 555 01 02'], tags: ['vip, warszawa', 'vip, warszawa, 2027'] } },
        ],
      },
      petrova: {
        card: { ...PETROVA, ...PETROVA_3 },
        filedOn: '2026-12-07',
        history: [
          created(D16, { ...PETROVA, ...PETROVA_3 }),
          filed(D16, '2026-11-18'),
          { day: D17, kind: 'promised', note: 'our promise by 2026-11-18: мостри по куриер' },
          { day: D18, kind: 'meeting', note: 'Среща в офиса: каталогът е одобрен.', outcome: 'offer-sent', offer: 'Каталог 2027, 15% отстъпка' },
          filed(D18, '2026-12-07', '2026-11-18'),
        ],
      },
      արամ: {
        card: { ...ARAM, ...ARAM_3 },
        filedOn: '2026-11-26',
        history: [
          created(D16, { ...ARAM, ...ARAM_3 }),
          filed(D16, '2026-11-19'),
          { day: D17, kind: 'call', outcome: 'no-answer' },
          filed(D17, '2026-11-18', '2026-11-19'),
          // complaint-due +2d
          { day: D18, kind: 'complaint', note: 'Առաքումը ուշացավ երկու շաբաթ (resolve by 2026-11-20)' },
          moved(D20, '2026-11-18', '2026-11-26', 'postponed'),
        ],
      },
      rahimi: {
        card: { ...RAHIMI, ...RAHIMI_3 },
        filedOn: '2026-11-20',
        history: [
          created(D16, { ...RAHIMI, ...RAHIMI_3 }),
          filed(D16, '2026-11-20'),
          { day: D18, kind: 'complaint', note: 'فاکتور اشتباه است (resolve by 2026-11-25)' },
          { day: D19, kind: 'resolved', note: 'فاکتور اشتباه است: فاکتور اصلاح شد' },
        ],
      },
      acme: {
        card: ACME,
        filedOn: '2026-11-26',
        history: [
          created(D16, ACME),
          filed(D16, '2026-11-23'),
          { day: D19, kind: 'email', note: 'Sent the price list.\nAsked for "quotes" in EUR.', outcome: 'callback' },
          filed(D19, '2026-11-26', '2026-11-23'),
        ],
      },
      wang: {
        card: WANG,
        filedOn: '2026-12-03',
        history: [
          created(D16, WANG),
          filed(D16, '2026-11-23'),
          moved(D19, '2026-11-23', '2026-12-02', 'trade fair this week'),
          moved(D20, '2026-12-02', '2026-12-03', 'fair moved a day'),
        ],
      },
      kowal: KOWAL_CLOSED,
    },
    stack: ['rahimi', 'zolc'],
    overCapacity: 0,
    days: { '2026-11-26': 2, '2026-12-03': 1, '2026-12-07': 1 },
    later: [],
    settings: {
      ...SETTINGS_1,
      dividers: 'numbered',
      outcomeNext: { 'no-answer': 'tomorrow', voicemail: '+2d' },
      attachLimit: 1024 * 1024,
      complaintDue: '+2d',
      complaintFollowUp: '+3d',
    },
    find: [
      ...FIND_ALL,
      // the phone edited with crm edit: found by the new number only
      ['601 234', []],
      ['555 01 02', ['zolc']],
      // tags and preferences, which version 3 added to what find searches
      ['warszawa', ['zolc']],
      ['софия', ['petrova']],
      ['ایمیل', ['rahimi']],
      ['kowal', ['kowal']],
    ],
    changes: [
      ['config', 'capacity 3'],
      ['config', 'holidays add 2026-12-24 2026-12-25'],
      ['config', 'outcome voicemail +2d'],
      ['config', 'attach-limit 1MB'],
      ['config', 'complaint-due +2d'],
      ['config', 'complaint-follow-up +3d'],
      ['form', 'added form visit (5 fields)'],
      ['file', 'new dossier zolc (Łukasz Żółć) filed on 2026-11-17'],
      ['file', 'new dossier petrova (Ани Петрова) filed on 2026-11-18'],
      ['file', 'new dossier արամ (Արամ Պետրոսյան) filed on 2026-11-19'],
      ['file', `new dossier rahimi (مهسا می${ZWNJ}رحیمی) filed on 2026-11-20`],
      ['file', 'new dossier acme (Anna Nowak) filed on 2026-11-23'],
      ['file', 'new dossier wang (王芳) filed on 2026-11-23'],
      ['file', 'new dossier kowal (Zbigniew Kowalski) filed on 2026-11-18'],
      ['attach', 'zolc: attached notatki.txt, cennik.bin'],
      ['attach', 'zolc: attached umowa-2026.pdf'],
      ['log', 'zolc: meeting (reached), filed 2026-11-17 → 2026-11-20'],
      ['promise', 'zolc: our promise by 2026-11-19: wyślę cennik'],
      ['promise', 'zolc: their promise by 2026-11-27: decyzja zarządu'],
      ['promise', 'petrova: our promise by 2026-11-18: мостри по куриер'],
      ['log', 'արամ: call (no-answer), filed 2026-11-19 → 2026-11-18'],
      ['promise', 'zolc: kept promise 1: wyślę cennik'],
      ['complaint', 'արամ: complaint, to resolve by 2026-11-20: Առաքումը ուշացավ երկու շաբաթ'],
      ['complaint', 'rahimi: complaint, to resolve by 2026-11-25: فاکتور اشتباه است'],
      ['log', 'petrova: meeting (offer-sent), filed 2026-11-18 → 2026-12-07'],
      ['log', 'kowal: call (won), closed'],
      ['complaint', 'rahimi: resolved complaint 2; follow-up on 2026-11-23'],
      ['edit', 'zolc: card (phone, tags)'],
      ['move', 'wang: moved 2026-11-23 → 2026-12-02'],
      ['log', 'acme: email (callback), filed 2026-11-23 → 2026-11-26'],
      ['postpone', 'արամ: postponed 2026-11-18 → 2026-11-26'],
      ['move', 'wang: moved 2026-12-02 → 2026-12-03'],
    ],
  },
};

/** Version 3's documents on zolc, as make.sh wrote the files it attached. */
const NOTES_TXT = Buffer.from('Notatki ze spotkania\r\nŁukasz Żółć — 40 szt.\r\nЦена: 1200 zł\r\n', 'utf8');
const PRICES_BIN = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
const LINK = 'https://drive.example.com/zolc/umowa-2026.pdf?share=1';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

// ---- Helpers. ----

/** The binder file's schema version, read in the test process. */
function userVersion(path: string): number {
  const db = openDatabase(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('PRAGMA user_version').pluck().get() as number;
  } finally {
    db.close();
  }
}

/** A fresh temp binder holding a copy of the fixture of this version, not yet opened by this crm. */
function oldBinder(version: Version): Binder {
  const binder = tempBinder(TODAY);
  copyFileSync(join(FIXTURES, `v${version}.binder`), binder.db);
  return binder;
}

/** The first command on the old binder, which upgrades it: it must work; stderr may tell of it. */
function upgradeWith(binder: Binder, args: string[]): string {
  const result = binder.crm(args);
  expect(result.code, `exit code of the first crm ${args.join(' ')} (stderr: ${result.stderr})`).toBe(0);
  expect(result.stdout).not.toBe('');
  return result.stdout;
}

/** Calendar days from a filing date to TODAY, when it lies before it (BINDER.md: overdue). */
function overdueDays(filedOn: string | null): number {
  if (filedOn === null || filedOn >= TODAY) return 0;
  return (Date.parse(TODAY) - Date.parse(filedOn)) / 86_400_000;
}

/** The card fields of a dossier object, every one (unset ones null). */
function cardOf(dossier: CardJson): Card {
  return Object.fromEntries(CARD_FIELDS.map((key) => [key, dossier[key]])) as Card;
}
const fullCard = (card: Card) => Object.fromEntries(CARD_FIELDS.map((key) => [key, card[key] ?? null]));

/** What crm show prints, without the numbers the binder gives its rows (an import renumbers). */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id').map(([key, v]) => [key, withoutIds(v)]));
}

// ---- Every version. ----

describe.each([1, 2, 3] as const)('a binder written by the crm of schema version %i', (version) => {
  const fixture = FIXTURES_BY_VERSION[version];
  const handles = Object.keys(fixture.dossiers);
  let binder: Binder;
  beforeEach(() => {
    binder = oldBinder(version);
  });
  afterEach(() => binder.remove());

  it('shows every dossier as the old release recorded it: card, filing, history in order', () => {
    upgradeWith(binder, ['today']);
    for (const handle of handles) {
      const expected = fixture.dossiers[handle] as Dossier;
      const shown = binder.json<CaseJson>(['show', handle]);
      expect(shown.handle).toBe(handle);
      expect(cardOf(shown), `${handle}'s card`).toEqual(fullCard(expected.card));
      expect(shown.filedOn, `${handle} filed on`).toBe(expected.filedOn);
      expect(shown.overdueDays, `${handle} overdue`).toBe(overdueDays(expected.filedOn));
      expect(shown.createdAt.slice(0, 10)).toBe(D16);
      expect(steps(shown.history), `${handle}'s history`).toEqual(expected.history);
      // The card's last conversation and offer are the latest such entries of that history.
      const conversation = expected.history.filter((s) => ['call', 'meeting', 'email', 'note'].includes(s.kind)).at(-1);
      expect(shown.lastKind).toBe(conversation?.kind ?? null);
      expect(shown.lastNote).toBe(conversation?.note ?? null);
      expect(shown.lastOutcome).toBe(conversation?.outcome ?? null);
      expect(shown.lastContact?.slice(0, 10) ?? null).toBe(conversation?.day ?? null);
      expect(shown.offer).toBe(expected.history.filter((s) => s.offer !== undefined).at(-1)?.offer ?? null);
    }
    // Names are stored as typed, byte for byte: the zero-width non-joiner is still inside.
    expect(Buffer.from(binder.json<CaseJson>(['show', 'rahimi']).name)).toEqual(Buffer.from(`مهسا می${ZWNJ}رحیمی`));
  });

  it('names a client by a word of its name in its own script, as with the old release', () => {
    upgradeWith(binder, ['today']);
    for (const [typed, handle] of [
      ['żółć', 'zolc'],
      ['петрова', 'petrova'],
      ['պետրոսյան', 'արամ'],
      ['مهسا', 'rahimi'],
      ['王芳', 'wang'],
    ] as const) {
      expect(binder.json<CaseJson>(['show', typed]).handle, `crm show ${typed}`).toBe(handle);
    }
  });

  it("opens today's stack, the ring and the settings the old release left", () => {
    const today = JSON.parse(upgradeWith(binder, ['today', '--json'])) as TodayJson;
    expect(today.date).toBe(TODAY);
    expect(today.stack.map((d) => d.handle).sort()).toEqual(fixture.stack);
    for (const dossier of today.stack) expect(dossier.overdueDays, dossier.handle).toBe(overdueDays(fixture.dossiers[dossier.handle]?.filedOn ?? null));
    expect(today.overdue).toBe(today.stack.filter((d) => d.overdueDays > 0).length);
    expect(today.capacity).toBe(3);
    expect(today.overCapacity).toBe(fixture.overCapacity);

    const ring = binder.json<BinderJson>(['binder']);
    expect(ring.today).toEqual({ date: TODAY, count: fixture.stack.length, overdue: today.overdue });
    expect(Object.fromEntries(ring.days.filter((d) => d.count > 0).map((d) => [d.date, d.count]))).toEqual(fixture.days);
    expect(ring.months.filter((m) => m.count > 0)).toEqual([]);
    expect(ring.later).toEqual(fixture.later);
    if (fixture.settings.dividers === 'dated') {
      // One divider per working day: no weekend, no holiday, two months ahead.
      expect(ring.days.every((d) => d.workingDay && ![0, 6].includes(new Date(d.date).getUTCDay()))).toBe(true);
      expect(ring.days.map((d) => d.date)).not.toContain('2026-12-24');
      expect(ring.days.at(-1)?.date.slice(0, 7)).toBe('2027-01');
    }

    expect(binder.json(['config'])).toMatchObject(fixture.settings);
  });

  it('finds the old dossiers by text in any script and by phone digits, through the index built from them', () => {
    upgradeWith(binder, ['today']);
    for (const [text, found] of fixture.find) {
      const result = binder.json<FindJson>(['find', text]);
      expect(result.dossiers.map((d) => d.handle), `crm find ${text}`).toEqual(found);
      expect(result.more).toBe(false);
    }
    // The plain text output names them too.
    expect(ok(binder, ['find', 'zolc'])).toContain('Łukasz Żółć');
  });

  it("is this crm's schema version afterwards and goes on working: log, move, undo, file, changes", () => {
    expect(userVersion(binder.db)).toBe(version);
    upgradeWith(binder, ['today']);
    expect(userVersion(binder.db)).toBe(SCHEMA_VERSION);
    const zolc = fixture.dossiers.zolc as Dossier;
    const petrova = fixture.dossiers.petrova as Dossier;

    ok(binder, ['log', 'zolc', '--note', 'Po aktualizacji: zamówienie złożone.', '--outcome', 'won', '--next', 'dec 4']);
    const shown = binder.json<CaseJson>(['show', 'zolc']);
    expect(steps(shown.history)).toEqual([
      ...zolc.history,
      { day: TODAY, kind: 'call', note: 'Po aktualizacji: zamówienie złożone.', outcome: 'won' },
      filed(TODAY, '2026-12-04', zolc.filedOn ?? undefined),
    ]);
    expect(shown.lastNote).toBe('Po aktualizacji: zamówienie złożone.');

    ok(binder, ['move', 'petrova', 'dec 9', '--note', 'след обновяването']);
    expect(filings(binder).petrova).toBe('2026-12-09');
    expect(ok(binder, ['undo'])).toMatch(/^Undid move /);
    expect(filings(binder).petrova).toBe(petrova.filedOn);
    expect(steps(binder.json<CaseJson>(['show', 'petrova']).history)).toEqual(petrova.history);

    ok(binder, ['file', 'nowy', '25', '--name', 'Jan Nowy-Żak', '--phone', '+48 500 600 700']);
    expect(filings(binder).nowy).toBe('2026-11-25');
    expect(binder.json<FindJson>(['find', 'zak']).dossiers.map((d) => d.handle)).toEqual(['nowy']);
    expect(binder.json<FindJson>(['find', '500600']).dossiers.map((d) => d.handle)).toEqual(['nowy']);
    // The old dossiers are still found after the new rows went into the index.
    expect(binder.json<FindJson>(['find', 'петр']).dossiers.map((d) => d.handle)).toEqual(['petrova']);
    expect(binder.json<BinderJson>(['binder']).days.find((d) => d.date === '2026-11-25')?.count).toBe(1);

    // The new changes on top of the ones the old release logged (version 1 logged none).
    const changes = changeList(binder);
    expect(changes.slice(0, 2).map((c) => c.command)).toEqual(['file', 'log']);
    expect(changes.slice(2).map((c) => [c.command, c.summary])).toEqual([...fixture.changes].reverse());

    const doctor = binder.crm(['doctor']);
    expect(doctor.code, doctor.stdout + doctor.stderr).toBe(0);
  });

  it('exports whole, and the export imports into a fresh binder as it was', () => {
    const file = join(binder.dir, 'export.json');
    const exported = binder.crm(['export', '-o', file]);
    expect(exported.code, exported.stderr).toBe(0);
    const copy = tempBinder(TODAY);
    try {
      ok(copy, ['import', file]);
      for (const handle of handles) {
        expect(withoutIds(copy.json(['show', handle])), `${handle} imported`).toEqual(withoutIds(binder.json(['show', handle])));
      }
      // The settings the same; `binder` names each its own file.
      const settingsOf = (of: Binder) => ({ ...of.json<Record<string, unknown>>(['config']), binder: undefined });
      expect(settingsOf(copy)).toEqual(settingsOf(binder));
      expect(copy.json(['form', 'list'])).toEqual(binder.json(['form', 'list']));
      if (version === 3) {
        for (const [name, bytes] of [
          ['notatki.txt', NOTES_TXT],
          ['cennik.bin', PRICES_BIN],
        ] as const) {
          const got = crmRaw(copy, ['docs', 'zolc', '--get', name, '-o', '-'], { today: TODAY });
          expect(got.code, got.stderr).toBe(0);
          expect(got.stdout.equals(bytes), `${name} after export and import`).toBe(true);
        }
      }
    } finally {
      copy.remove();
    }
  });
});

// ---- Versions with a change log: undo walks back into what the old release did. ----

describe('crm undo on an upgraded binder, past the new changes into the old ones', () => {
  let binder: Binder;
  afterEach(() => binder.remove());

  /** Undoes the old release's last `count` changes, each named as it logged it. */
  function undoOld(version: Version, count: number): void {
    const logged = FIXTURES_BY_VERSION[version].changes;
    for (let i = 1; i <= count; i++) {
      const [command, summary] = logged[logged.length - i] as [string, string];
      const result = i === 1 ? upgradeWith(binder, ['undo']) : ok(binder, ['undo']);
      const line = result.split('\n')[0] ?? '';
      expect(line.startsWith(`Undid ${command} (`) && line.endsWith(`): ${summary}`), line).toBe(true);
    }
  }

  it('version 2: bulk move, postpone, e-mail, named move and the close taken back', () => {
    binder = oldBinder(2);
    undoOld(2, 5);
    expect(filings(binder)).toEqual({
      acme: '2026-11-23',
      kowal: '2026-11-18',
      petrova: '2026-12-07',
      rahimi: '2026-11-20',
      wang: '2026-11-23',
      zolc: '2026-11-20',
      արամ: '2026-11-20',
    });
    const v2 = FIXTURES_BY_VERSION[2].dossiers;
    expect(steps(binder.json<CaseJson>(['show', 'acme']).history)).toEqual(v2.acme?.history.slice(0, 2));
    expect(steps(binder.json<CaseJson>(['show', 'kowal']).history)).toEqual(v2.kowal?.history.slice(0, 2));
    const rahimi = binder.json<CaseJson>(['show', 'rahimi']);
    expect(cardOf(rahimi)).toEqual(fullCard(RAHIMI));
    expect(binder.json<FindJson>(['find', 'رحیمی']).dossiers.map((d) => d.handle)).toEqual(['rahimi']);
    expect(changeList(binder)).toHaveLength(FIXTURES_BY_VERSION[2].changes.length - 5);
  });

  it('version 3: moves, postpone, e-mail, card edit and a resolved complaint taken back', () => {
    binder = oldBinder(3);
    undoOld(3, 6);
    expect(filings(binder)).toEqual({
      acme: '2026-11-23',
      kowal: null,
      petrova: '2026-12-07',
      rahimi: '2026-11-20',
      wang: '2026-11-23',
      zolc: '2026-11-20',
      արամ: '2026-11-18',
    });
    const zolc = binder.json<CaseJson>(['show', 'zolc']);
    expect(cardOf(zolc)).toEqual(fullCard({ ...ZOLC, ...ZOLC_3 }));
    expect(binder.json<FindJson>(['find', '601 234']).dossiers.map((d) => d.handle)).toEqual(['zolc']);
    // The complaint open again, its follow-up promise gone.
    const complaints = binder.json<{ complaints: ComplaintJson[] }>(['complaints']).complaints;
    expect(complaints.map((c) => [c.id, c.handle, c.what, c.resolvedAt])).toEqual([
      [1, 'արամ', 'Առաքումը ուշացավ երկու շաբաթ', null],
      [2, 'rahimi', 'فاکتور اشتباه است', null],
    ]);
    expect(binder.json<{ promises: PromiseJson[] }>(['promises']).promises.map((p) => p.id).sort((a, b) => a - b)).toEqual([2, 3]);
  });
});

// ---- Version 3's case: documents, promises, complaints, forms. ----

describe('the case a version 3 binder holds', () => {
  let binder: Binder;
  beforeEach(() => {
    binder = oldBinder(3);
  });
  afterEach(() => binder.remove());

  it('gives back the documents byte for byte, and the link', () => {
    upgradeWith(binder, ['today']);
    const expected = [
      { name: 'notatki.txt', type: 'text/plain', size: NOTES_TXT.length, sha256: sha256(NOTES_TXT), link: null },
      { name: 'cennik.bin', type: 'application/octet-stream', size: 256, sha256: sha256(PRICES_BIN), link: null },
      { name: 'umowa-2026.pdf', type: 'link', size: null, sha256: null, link: LINK },
    ];
    const listed = binder.json<{ handle: string; documents: DocumentJson[] }>(['docs', 'zolc']);
    expect(listed.documents.map((d) => ({ name: d.name, type: d.type, size: d.size, sha256: d.sha256, link: d.link, day: d.addedAt.slice(0, 10) }))).toEqual(
      expected.map((d) => ({ ...d, day: D16 })),
    );
    expect(binder.json<CaseJson>(['show', 'zolc']).documents).toEqual(listed.documents);
    for (const [name, bytes] of [
      ['notatki.txt', NOTES_TXT],
      ['cennik.bin', PRICES_BIN],
    ] as const) {
      const got = crmRaw(binder, ['docs', 'zolc', '--get', name, '-o', '-'], { today: TODAY });
      expect(got.code, got.stderr).toBe(0);
      expect(got.stdout.equals(bytes), `${name} byte for byte`).toBe(true);
    }
    // Written to a file of the user's choosing too.
    const out = join(binder.dir, 'cennik-copy.bin');
    ok(binder, ['docs', 'zolc', '--get', 'cennik.bin', '-o', out]);
    expect(readFileSync(out).equals(PRICES_BIN)).toBe(true);
  });

  it('keeps the promises (kept, open, broken) and the complaints (open and late, resolved)', () => {
    upgradeWith(binder, ['today']);
    const open = binder.json<{ promises: PromiseJson[] }>(['promises']).promises;
    expect(open.map((p) => ({ id: p.id, handle: p.handle, what: p.what, due: p.due, theirs: p.theirs, made: p.madeAt.slice(0, 10), status: p.status })).sort((a, b) => a.id - b.id)).toEqual([
      { id: 2, handle: 'zolc', what: 'decyzja zarządu', due: '2026-11-27', theirs: true, made: D17, status: 'open' },
      { id: 3, handle: 'petrova', what: 'мостри по куриер', due: '2026-11-18', theirs: false, made: D17, status: 'broken' },
      // the follow-up of the resolved complaint: complaint-follow-up +3d from Thursday, off the weekend
      { id: 4, handle: 'rahimi', what: 'check that the client is satisfied: فاکتور اشتباه است', due: TODAY, theirs: false, made: D19, status: 'due' },
    ]);
    const complaints = binder.json<{ complaints: ComplaintJson[] }>(['complaints']).complaints;
    expect(complaints.map((c) => ({ id: c.id, handle: c.handle, what: c.what, due: c.due, opened: c.openedAt.slice(0, 10), late: c.late }))).toEqual([
      { id: 1, handle: 'արամ', what: 'Առաքումը ուշացավ երկու շաբաթ', due: '2026-11-20', opened: D18, late: true },
    ]);
    const today = binder.json<TodayJson & { promises: PromiseJson[]; complaints: ComplaintJson[] }>(['today']);
    expect(today.promises.map((p) => p.id).sort((a, b) => a - b)).toEqual([3, 4]);
    expect(today.complaints.map((c) => c.id)).toEqual([1]);

    // The kept promise and the resolved complaint, which the lists leave out, are in the export.
    const exported = JSON.parse(ok(binder, ['export'])) as {
      dossiers: { handle: string; promises: { what: string; keptAt: string | null }[]; complaints: { what: string; due: string; resolvedAt: string | null; resolution: string | null }[] }[];
    };
    const zolc = exported.dossiers.find((d) => d.handle === 'zolc');
    expect(zolc?.promises.map((p) => [p.what, p.keptAt?.slice(0, 10) ?? null])).toEqual([
      ['wyślę cennik', D18],
      ['decyzja zarządu', null],
    ]);
    const rahimi = exported.dossiers.find((d) => d.handle === 'rahimi');
    expect(rahimi?.complaints.map((c) => [c.what, c.due, c.resolvedAt?.slice(0, 10) ?? null, c.resolution])).toEqual([
      ['فاکتور اشتباه است', '2026-11-25', D19, 'فاکتور اصلاح شد'],
    ]);
  });

  it('keeps the form as defined, and a new call can fill it in', () => {
    upgradeWith(binder, ['today']);
    const visit: FormJson = {
      name: 'visit',
      title: 'Po wizycie',
      fields: [
        { key: 'budget', label: 'Budżet w PLN', type: 'number', required: true },
        { key: 'decision', label: 'Decision maker met', type: 'yes/no', required: false },
        { key: 'mood', label: 'Nastawienie', type: 'choice', required: false, choices: ['zainteresowany', 'myśli', 'nie teraz'] },
        { key: 'next_visit', label: 'Next visit', type: 'date', required: false, help: 'any date form' },
        { key: 'remarks', label: 'Uwagi', type: 'text', required: false },
      ],
    };
    expect(binder.json<{ forms: FormJson[] }>(['form', 'list']).forms).toEqual([visit]);
    expect(binder.json<FormJson>(['form', 'show', 'visit'])).toEqual(visit);
    ok(binder, ['log', 'petrova', '--kind', 'meeting', '--form', 'visit', '--field', 'budget=9000', '--field', 'mood=myśli', '--next', 'dec 10']);
    const last = binder.json<CaseJson>(['show', 'petrova']).history.find((e) => e.kind === 'meeting' && e.at.startsWith(TODAY));
    // The fields left out are recorded as not answered.
    expect(last?.form).toEqual({ name: 'visit', answers: { budget: 9000, decision: null, mood: 'myśli', next_visit: null, remarks: null } });
  });
});
