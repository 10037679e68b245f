// Issue 12, item 18 (the card's side): a card holds several phone numbers and e-mail addresses,
// each labelled; the first is the primary that crm today shows. crm file and crm edit add and
// remove them, crm show lists them, --json carries them, undo puts them back, the exports write
// them all and crm's import reads them back, find finds every one, and an older binder's one
// number and address become its lists. And (issue 12, "Smaller"): crm today shows how to address
// and how to pronounce the person; crm show says "Addressed as".
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { ON_SERVER } from './server-binder.js';
import { expectKeys, expectUndone, lineWith, ok, refused, seed, type CaseJson, type ChangedJson, type FindJson, type TodayJson } from './support.js';

type Phone = { label: string; number: string };
type Email = { label: string; address: string };

const MOBILE = '+48 601 234 567';
const WORK = '+48 22 555 01 02';
const HOME = '+48 22 111 22 33';
const THREE_PHONES: Phone[] = [
  { label: 'mobile', number: MOBILE },
  { label: 'work', number: WORK },
  { label: 'home', number: HOME },
];
const TWO_EMAILS: Email[] = [
  { label: 'work', address: 'anna@acme.example' },
  { label: 'home', address: 'anna.nowak@mail.example' },
];

/** Anna Nowak with three numbers, two addresses, how to address her and how to say her name; due today. */
const ANNA = [
  '--company', 'Acme Ltd',
  '--phone', `mobile:${MOBILE}`,
  '--add-phone', WORK,
  '--add-phone', `home:${HOME}`,
  '--email', 'anna@acme.example',
  '--add-email', 'home:anna.nowak@mail.example',
  '--address', 'Pani Anno',
  '--pronunciation', 'AH-na NO-vak',
];

let binder: Binder;
beforeEach(() => {
  binder = tempBinder('2026-11-23');
});
afterEach(() => binder.remove());

const show = (client = 'acme') => binder.json<CaseJson & { phones: Phone[]; emails: Email[] }>(['show', client]);

describe('a card with several phone numbers and e-mail addresses', () => {
  it('keeps three phones with their labels, in order, the first the primary', () => {
    seed(binder, 'acme', 'today', 'Anna Nowak', ANNA);
    const anna = show();
    expect(anna.phones).toEqual(THREE_PHONES);
    expect(anna.phone).toBe(MOBILE);
    expect(anna.emails).toEqual(TWO_EMAILS);
    expect(anna.email).toBe('anna@acme.example');
    // The new card's entry says every number and address it was opened with.
    expect(anna.history[0]?.changes).toMatchObject({
      phones: { from: null, to: `mobile ${MOBILE}, work ${WORK}, home ${HOME}` },
      emails: { from: null, to: 'work anna@acme.example, home anna.nowak@mail.example' },
    });
  });

  it('crm show lists them all with their labels, and says "Addressed as"', () => {
    seed(binder, 'acme', 'today', 'Anna Nowak', ANNA);
    const out = ok(binder, ['show', 'acme'], { env: { NO_COLOR: '1' } });
    const lines = out.split('\n');
    const at = lines.findIndex((line) => line.startsWith('Phones'));
    expect(lines.slice(at, at + 7)).toEqual([
      `Phones       mobile  ${MOBILE}  primary`,
      `             work    ${WORK}`,
      `             home    ${HOME}`,
      'E-mails      work    anna@acme.example  primary',
      '             home    anna.nowak@mail.example',
      'Addressed as Pani Anno',
      'Say          AH-na NO-vak',
    ]);
    expect(out).not.toMatch(/^Address /m);
  });

  it('crm today shows the primary number (and how many more), how to address her and how to say her name', () => {
    seed(binder, 'acme', 'today', 'Anna Nowak', ANNA);
    const out = ok(binder, ['today'], { env: { NO_COLOR: '1' } });
    expect(lineWith(out, '☎')).toBe(`   ☎ ${MOBILE} (mobile, +2 more)   anna@acme.example`);
    expect(lineWith(out, 'Addressed as')).toBe('   Addressed as: Pani Anno   Say: AH-na NO-vak');
    expect(out).not.toContain(WORK);
    expect(out).not.toContain(HOME);
    const today = binder.json<TodayJson>(['today']);
    expect(today.stack[0]).toMatchObject({ phone: MOBILE, email: 'anna@acme.example', phones: THREE_PHONES, emails: TWO_EMAILS });
  });

  it('crm today says only what the card has: one number without a count, no manner line without address or pronunciation', () => {
    seed(binder, 'zolc', 'today', 'Łukasz Żółć', ['--phone', MOBILE, '--pronunciation', 'WOO-kash ZHOOWCH']);
    seed(binder, 'nowy', 'today', 'Jan Nowy');
    const out = ok(binder, ['today'], { env: { NO_COLOR: '1' } });
    expect(lineWith(out, '☎')).toBe(`   ☎ ${MOBILE}`);
    expect(lineWith(out, 'Say:')).toBe('   Say: WOO-kash ZHOOWCH');
    expect(out).not.toContain('Addressed as');
    const nowy = out.split('\n\n').find((card) => card.includes('nowy')) ?? '';
    expect(nowy).not.toContain('☎');
    expect(nowy).not.toContain('Say:');
  });
});

describe('crm edit and crm file add and remove numbers and addresses', () => {
  beforeEach(() => {
    seed(binder, 'acme', 'today', 'Anna Nowak', ANNA);
  });

  it('removes a number given in another spacing, and every number with a label', () => {
    expect(ok(binder, ['edit', 'acme', '--remove-phone', '22-111-22-33'])).toBe("Changed phones on acme's card.\n");
    expect(show().phones).toEqual(THREE_PHONES.slice(0, 2));
    ok(binder, ['edit', 'acme', '--add-phone', 'home:+48 12 000 00 01', '--add-phone', 'home:+48 12 000 00 02']);
    ok(binder, ['edit', 'acme', '--remove-phone', 'home', '--remove-email', 'HOME']);
    expect(show()).toMatchObject({ phones: THREE_PHONES.slice(0, 2), emails: TWO_EMAILS.slice(0, 1) });
  });

  it('--phone makes a number already on the card the primary, with the label given; removing the primary makes the next one primary', () => {
    ok(binder, ['edit', 'acme', '--phone', `work:${HOME.replace(/ /g, '')}`]);
    expect(show().phones).toEqual([{ label: 'work', number: HOME.replace(/ /g, '') }, THREE_PHONES[0], THREE_PHONES[1]]);
    expect(show().phone).toBe(HOME.replace(/ /g, ''));
    ok(binder, ['edit', 'acme', '--phone', '']);
    expect(show()).toMatchObject({ phone: MOBILE, phones: THREE_PHONES.slice(0, 2) });
  });

  it('--phone with a new number replaces the primary, which keeps its label', () => {
    ok(binder, ['edit', 'acme', '--phone', '+48 609 000 111']);
    expect(show().phones).toEqual([{ label: 'mobile', number: '+48 609 000 111' }, THREE_PHONES[1], THREE_PHONES[2]]);
  });

  it('crm file adds and removes them on an existing dossier as it refiles it', () => {
    ok(binder, ['file', 'acme', '25', '--add-phone', 'other:+48 500 600 700', '--remove-email', 'anna@acme.example']);
    expect(show()).toMatchObject({
      phones: [...THREE_PHONES, { label: 'other', number: '+48 500 600 700' }],
      email: 'anna.nowak@mail.example',
      emails: [TWO_EMAILS[1]],
      filedOn: '2026-11-25',
    });
  });

  it('the history records the change of a list readably, old and new', () => {
    ok(binder, ['edit', 'acme', '--remove-phone', 'work', '--add-email', 'other:biuro@acme.example']);
    const entry = show().history.at(-1);
    expect(entry?.kind).toBe('changed');
    expect(entry?.changes).toEqual({
      phones: { from: `mobile ${MOBILE}, work ${WORK}, home ${HOME}`, to: `mobile ${MOBILE}, home ${HOME}` },
      emails: { from: 'work anna@acme.example, home anna.nowak@mail.example', to: 'work anna@acme.example, home anna.nowak@mail.example, other biuro@acme.example' },
    });
    expect(ok(binder, ['show', 'acme'])).toContain(`phones: mobile ${MOBILE}, work ${WORK}, home ${HOME} → mobile ${MOBILE}, home ${HOME}`);
  });

  it('refuses a number or label the card does not have, an unknown label and a bad number, writing nothing', () => {
    expect(refused(binder, ['edit', 'acme', '--remove-phone', '+48 999 999 999']).stderr).toBe(
      `crm: --remove-phone "+48 999 999 999": none of acme's phone numbers is that one (mobile ${MOBILE}, work ${WORK}, home ${HOME}); name one of them, or its label\n`,
    );
    expect(refused(binder, ['edit', 'acme', '--remove-email', 'other']).stderr).toBe(
      "crm: --remove-email \"other\": none of acme's e-mail addresses is labelled other (work anna@acme.example, home anna.nowak@mail.example); name one of them, or its label\n",
    );
    expect(refused(binder, ['edit', 'acme', '--add-phone', 'fax:+48 22 555 01 09']).stderr).toBe(
      'crm: --add-phone "fax:+48 22 555 01 09": "fax" is not a label; use work, mobile, home or other, as in mobile:+48 601 234 567\n',
    );
    expect(refused(binder, ['edit', 'acme', '--add-phone', 'mobile:12']).stderr).toBe('crm: --add-phone "mobile:12" has fewer than 3 digits\n');
    expect(refused(binder, ['edit', 'acme', '--add-email', 'home:anna']).stderr).toBe('crm: --add-email "home:anna" is not an e-mail address (name@example.com)\n');
    expect(refused(binder, ['file', 'acme', '25', '--remove-phone', '']).stderr).toMatch(/^crm: --remove-phone needs the number to remove, or a label/);
  });

  it('crm undo puts the lists back exactly', () => {
    expectUndone(binder, ['edit', 'acme', '--remove-phone', 'work', '--phone', `home:${HOME}`, '--add-email', 'x@acme.example'], 'edit');
    expect(show()).toMatchObject({ phone: MOBILE, phones: THREE_PHONES, emails: TWO_EMAILS });
    expectUndone(binder, ['file', 'acme', '25', '--phone', '', '--remove-email', 'work'], 'file');
    expect(show()).toMatchObject({ phones: THREE_PHONES, emails: TWO_EMAILS });
  });
});

describe('--json wherever a dossier prints: phone and email the primary, phones and emails every one', () => {
  it('has phones [{label, number}] and emails [{label, address}] in show, today, find, open and a changing command', () => {
    const filed = JSON.parse(seed(binder, 'acme', 'today', 'Anna Nowak', [...ANNA, '--json'])) as ChangedJson;
    const dossiers = [
      filed.dossiers[0],
      show(),
      binder.json<TodayJson>(['today']).stack[0],
      binder.json<FindJson>(['find', 'acme']).dossiers[0],
      binder.json<{ dossiers: unknown[] }>(['open', 'today']).dossiers[0],
    ] as { phone: string; email: string; phones: Phone[]; emails: Email[] }[];
    for (const dossier of dossiers) {
      expect(dossier).toMatchObject({ phone: MOBILE, email: 'anna@acme.example', phones: THREE_PHONES, emails: TWO_EMAILS });
      for (const phone of dossier.phones) expectKeys(phone, ['label', 'number'], 'phone');
      for (const email of dossier.emails) expectKeys(email, ['label', 'address'], 'e-mail');
    }
  });

  it('a card with none has empty lists and null primaries', () => {
    seed(binder, 'nowy', 'today', 'Jan Nowy');
    expect(show('nowy')).toMatchObject({ phone: null, email: null, phones: [], emails: [] });
  });
});

describe('crm find matches every number and address of a card', () => {
  it('finds a client by the digits of the second number and by the second address', () => {
    seed(binder, 'acme', 'today', 'Anna Nowak', ANNA);
    seed(binder, 'zolc', '25', 'Łukasz Żółć', ['--phone', '+48 605 000 111', '--email', 'lukasz@zolc.example']);
    const found = (text: string) => binder.json<FindJson>(['find', text]).dossiers.map((d) => d.handle);
    expect(found('225550102')).toEqual(['acme']);
    expect(found('22 111 22')).toEqual(['acme']);
    expect(found('mail.example')).toEqual(['acme']);
    expect(found('anna.nowak')).toEqual(['acme']);
    // A number typed across the end of one and the start of the next is no number of the card.
    expect(found('0102482')).toEqual([]);
    // After a number is removed it is found no more.
    ok(binder, ['edit', 'acme', '--remove-phone', 'home']);
    expect(found('221112233')).toEqual([]);
  });
});

describe('export and import round trip every number and address', () => {
  beforeEach(() => {
    seed(binder, 'acme', 'today', 'Anna Nowak', ANNA);
    seed(binder, 'zolc', '25', 'Łukasz Żółć', ['--phone', 'home:+48 605 000 111', '--add-email', 'other:lukasz@zolc.example', '--add-email', 'mobile:l@sms.example']);
    seed(binder, 'nowy', '26', 'Jan Nowy');
  });
  const lists = (b: Binder, handle: string) => {
    const { phone, email, phones, emails } = b.json<{ phone: string; email: string; phones: Phone[]; emails: Email[] }>(['show', handle]);
    return { phone, email, phones, emails };
  };

  it.each([
    ['csv', 'binder.csv'],
    ['vcard', 'binder.vcf'],
    ['json', 'binder.json'],
  ])('through crm export --format %s and crm import into an empty binder', (format, name) => {
    const file = join(binder.dir, name);
    ok(binder, ['export', '--format', format, '-o', file]);
    const copy = tempBinder('2026-11-23');
    try {
      ok(copy, ['import', file, '--file-on', 'mon']);
      for (const handle of ['acme', 'zolc', 'nowy']) expect(lists(copy, handle), `${handle} through ${format}`).toEqual(lists(binder, handle));
      expect(lists(copy, 'acme').phones).toEqual(THREE_PHONES);
      // And out again: the same file.
      const again = join(copy.dir, name);
      ok(copy, ['export', '--format', format, '-o', again]);
      if (format !== 'json') expect(readFileSync(again, 'utf8')).toBe(readFileSync(file, 'utf8'));
    } finally {
      copy.remove();
    }
  });

  it('the CSV has phones and emails columns, a label and a value a line; the vCard a TEL and an EMAIL for each', () => {
    const csv = ok(binder, ['export', '--format', 'csv']);
    expect(csv.split('\r\n')[0]).toMatch(/^handle,name,position,company,phone,email,phones,emails,notes,/);
    expect(csv).toContain(`,${MOBILE},anna@acme.example,"mobile: ${MOBILE}\nwork: ${WORK}\nhome: ${HOME}","work: anna@acme.example\nhome: anna.nowak@mail.example",`);
    const vcard = ok(binder, ['export', '--format', 'vcard']).split('\r\n');
    const acme = vcard.slice(0, vcard.indexOf('END:VCARD'));
    expect(acme.filter((line) => /^(TEL|EMAIL)/.test(line))).toEqual([
      `TEL;TYPE=CELL,PREF:${MOBILE}`,
      `TEL;TYPE=WORK:${WORK}`,
      `TEL;TYPE=HOME:${HOME}`,
      'EMAIL;TYPE=INTERNET,WORK,PREF:anna@acme.example',
      'EMAIL;TYPE=INTERNET,HOME:anna.nowak@mail.example',
    ]);
  });

  it('the JSON export carries phones and emails on each dossier, and the round trip gives the same document', () => {
    const file = join(binder.dir, 'binder.json');
    ok(binder, ['export', '-o', file]);
    const document = JSON.parse(readFileSync(file, 'utf8')) as { dossiers: { handle: string; phones: Phone[]; emails: Email[] }[] };
    expect(document.dossiers.find((d) => d.handle === 'acme')).toMatchObject({ phones: THREE_PHONES, emails: TWO_EMAILS });
    const copy = tempBinder('2026-11-23');
    try {
      ok(copy, ['import', file]);
      expect(ok(copy, ['export'])).toBe(readFileSync(file, 'utf8'));
    } finally {
      copy.remove();
    }
  });

  /** The binder's JSON export with each dossier changed as `change` says, imported into an empty binder. */
  const importChanged = (change: (dossier: Record<string, unknown>, index: number) => void, check: (copy: Binder, file: string) => void) => {
    const file = join(binder.dir, 'binder.json');
    ok(binder, ['export', '-o', file]);
    const document = JSON.parse(readFileSync(file, 'utf8')) as { dossiers: Record<string, unknown>[] };
    document.dossiers.forEach(change);
    writeFileSync(file, JSON.stringify(document));
    const copy = tempBinder('2026-11-23');
    try {
      check(copy, file);
    } finally {
      copy.remove();
    }
  };

  it('an export from before the lists (phone and email only) imports with them as the lists', () => {
    importChanged(
      (dossier) => {
        delete dossier.phones;
        delete dossier.emails;
      },
      (copy, file) => {
        ok(copy, ['import', file]);
        expect(lists(copy, 'acme')).toEqual({ phone: MOBILE, email: 'anna@acme.example', phones: [{ label: 'work', number: MOBILE }], emails: [{ label: 'work', address: 'anna@acme.example' }] });
      },
    );
  });

  it('a JSON export whose phone is not the first of its phones is refused, nothing imported', () => {
    importChanged(
      (dossier, index) => {
        if (index === 0) dossier.phone = WORK;
      },
      (copy, file) => {
        expect(refused(copy, ['import', file]).stderr).toBe(`crm: ${file}: dossiers[0] (acme), phone: is not the first of phones; nothing was imported\n`);
      },
    );
  });
});

describe('a vCard tel: URI with an extension', () => {
  it('keeps the extension readably, and it survives crm export and import', () => {
    const vcf = join(binder.dir, 'card.vcf');
    writeFileSync(vcf, 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Piotr Kowal\r\nTEL;VALUE=uri;TYPE=work:tel:+48-22-123-45-67;ext=204\r\nEND:VCARD\r\n');
    ok(binder, ['import', vcf, '--file-on', 'mon']);
    expect(show('kowal')).toMatchObject({ phone: '+48-22-123-45-67 ext. 204', phones: [{ label: 'work', number: '+48-22-123-45-67 ext. 204' }] });
    const out = join(binder.dir, 'out.vcf');
    ok(binder, ['export', '--format', 'vcard', '-o', out]);
    expect(readFileSync(out, 'utf8')).toContain('TEL;TYPE=WORK:+48-22-123-45-67 ext. 204\r\n');
    const copy = tempBinder('2026-11-23');
    try {
      ok(copy, ['import', out]);
      expect(copy.json<{ phones: Phone[] }>(['show', 'kowal']).phones).toEqual([{ label: 'work', number: '+48-22-123-45-67 ext. 204' }]);
    } finally {
      copy.remove();
    }
  });
});

// Binder files written by earlier releases (test/fixtures/binders), upgraded by SQLite's migrations:
// a binder on a server starts at the current version (its upgrades: server-upgrade.test.ts).
describe.skipIf(ON_SERVER)('an older binder upgraded', () => {
  const FIXTURES = fileURLToPath(new URL('../fixtures/binders/', import.meta.url));

  // make.sh filed zolc with +48 601 234 567; version 3's crm edit changed it to +48 22 555 01 02.
  it.each([
    [1, '+48 601 234 567'],
    [3, '+48 22 555 01 02'],
  ])('moves the one phone and e-mail of each card of a version %i binder into its lists, labelled work', (version, zolcPhone) => {
    copyFileSync(join(FIXTURES, `v${version}.binder`), binder.db);
    expect(binder.crm(['today']).code).toBe(0);
    expect(show('zolc')).toMatchObject({
      phone: zolcPhone,
      email: 'lukasz@zolc.pl',
      phones: [{ label: 'work', number: zolcPhone }],
      emails: [{ label: 'work', address: 'lukasz@zolc.pl' }],
    });
    // A card without an e-mail address has an empty list; Persian digits stay as typed.
    expect(show('rahimi').phones).toEqual([{ label: 'work', number: '+98 21 ۸۸۷۷ ۶۶۵۵' }]);
    expect(show('acme')).toMatchObject({ phone: null, email: null, phones: [], emails: [] });
    // The upgraded card takes a second number, and find finds both.
    ok(binder, ['edit', 'zolc', '--add-phone', 'mobile:+48 605 000 111']);
    expect(binder.json<FindJson>(['find', zolcPhone.replace(/\D/g, '').slice(-9)]).dossiers.map((d) => d.handle)).toEqual(['zolc']);
    expect(binder.json<FindJson>(['find', '605000111']).dossiers.map((d) => d.handle)).toEqual(['zolc']);
    expect(binder.crm(['doctor']).code).toBe(0);
  });

  it('crm undo of a card edit the old release made puts its one number back as the list', () => {
    copyFileSync(join(FIXTURES, 'v3.binder'), binder.db);
    expect(binder.crm(['today']).code).toBe(0);
    // Walk back the old release's changes to its crm edit of zolc's phone: the row it saved, from
    // before the lists, comes back with its one number as the list.
    for (let undone = ''; undone !== 'zolc: card (phone, tags)'; ) {
      undone = binder.json<{ undone: { summary: string } }>(['undo']).undone.summary;
    }
    expect(show('zolc')).toMatchObject({
      phone: '+48 601 234 567',
      phones: [{ label: 'work', number: '+48 601 234 567' }],
      emails: [{ label: 'work', address: 'lukasz@zolc.pl' }],
      tags: 'vip, warszawa',
    });
    expect(binder.crm(['doctor']).code).toBe(0);
  });
});
