// vCards read from phones and mail programs (src/exchange/vcard.ts) — an iPhone's 3.0 export, a
// Google 4.0 one, an old Android 2.1 one — and crm's own vCard export, checked line by line and
// read back field for field.
import type { Contact } from '../../src/exchange/contacts.js';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { userErrorFrom } from './user-error.js';
import { CLOSED } from '../../src/exchange/contacts.js';
import { dossier as dossierWith } from './dossiers.js';
import { CARD_FIELDS, type Card, type Dossier } from '../../src/binder/dossier.js';
import { dossierVcards, readVcards } from '../../src/exchange/vcard.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/contacts/${name}`, import.meta.url), 'utf8');


const card = (lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD', ''].join('\r\n');

/** The contacts as the card fields they fill: their lists of numbers and addresses are checked on their own. */
const cards = (contacts: Contact[]) => contacts.map(({ source, card, handle, filedOn }) => ({ source, card, ...(handle !== undefined && { handle }), ...(filedOn !== undefined && { filedOn }) }));

describe('readVcards: an iPhone export (vCard 3.0)', () => {
  const text = fixture('iphone-3.0.vcf');

  it('is folded as the phone folds, inside a multibyte name too, with CR LF', () => {
    expect(text).toContain('FN:Łukasz Żó\r\n łć\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('reads every card: folded lines joined, escapes undone, the preferred values chosen', () => {
    expect(cards(readVcards(text).contacts)).toEqual([
      {
        source: 'card 1',
        card: {
          name: 'Łukasz Żółć',
          company: 'Żółć i Syn sp.j.',
          position: 'Prezes',
          // The cell number (also marked pref) over home and other.
          phone: '+48 601 234 567',
          // The one marked pref, though listed second.
          email: 'lukasz@zolc.example.pl',
          notes: 'Dzwonić po 15:00; nie w piątki.\nWoli e-mail, nie SMS. Ścieżka: C:\\Klienci\\Żółć\nAddress (work): ul. Floriańska 3, 31-019 Kraków, Polska',
          tags: 'VIP, Kraków',
        },
      },
      {
        source: 'card 2',
        card: {
          name: 'Петър Иванов',
          company: 'Иванов ЕООД',
          position: 'Управител',
          phone: '+359 88 123 4567',
          email: 'petar@ivanov.example.bg',
          notes: 'Среща в София, офис на бул. „Витоша“ 15.',
          // Google's "myContacts" group is not a tag.
          tags: 'Клиенти',
        },
      },
      // No FN: the name from N, given name first. ROLE without TITLE; the fax skipped.
      { source: 'card 3', card: { name: 'Արամ Պետրոսյան', position: 'Տնօրեն', phone: '+374 10 123456' } },
      { source: 'card 4', card: { name: 'مهرداد رضائی\u200cنژاد', email: 'mehrdad@pars.example.ir' } },
    ]);
  });

  it('says which properties it read and which it left out', () => {
    const file = readVcards(text);
    expect(file.mapping).toEqual([
      { field: 'name', from: 'FN, else N' },
      { field: 'position', from: 'TITLE, else ROLE' },
      { field: 'company', from: 'ORG' },
      { field: 'phone', from: 'TEL' },
      { field: 'email', from: 'EMAIL' },
      { field: 'notes', from: 'NOTE + ADR' },
      { field: 'tags', from: 'CATEGORIES' },
    ]);
    // VERSION, PRODID, N beside FN and Apple's label and address-format lines are not the person.
    // ORG's second part (a department) and a fax number are said as left out, not dropped silently.
    expect(file.unmapped).toEqual(['BDAY', 'X-SOCIALPROFILE', 'NICKNAME', 'ORG (department)', 'TEL (fax and pager numbers)']);
  });

  it('reads the same with LF line ends', () => {
    expect(readVcards(text.replace(/\r\n/g, '\n'))).toEqual(readVcards(text));
  });
});

describe('readVcards: a Google export (vCard 4.0)', () => {
  const text = fixture('google-4.0.vcf');

  it('has a BOM and LF line ends', () => {
    expect(text.startsWith('\uFEFFBEGIN:VCARD\n')).toBe(true);
  });

  it('takes the number from a tel: URI, the cell number over PREF=1 at work, the e-mail with the lowest PREF', () => {
    const file = readVcards(text);
    expect(cards(file.contacts)).toEqual([
      {
        source: 'card 1',
        card: {
          name: 'Mehdi Karimi',
          company: 'Karimi & Co.',
          position: 'Sales Director',
          phone: '+98-912-123-4567',
          email: 'mehdi.karimi@mail.example',
          notes: 'Speaks Persian, English. Call after 11:00.',
          tags: 'lead, tehran',
        },
      },
      {
        source: 'card 2',
        card: { name: '田中 花子', phone: '+81-3-1234-5678', email: 'hanako@tanaka.example.jp', notes: 'Address (work): 丸の内1-1, 100-0005 千代田区, 東京都, 日本' },
      },
    ]);
    expect(file.unmapped).toEqual([]);
  });
});

describe('readVcards: an old Android export (vCard 2.1)', () => {
  it('decodes QUOTED-PRINTABLE UTF-8 across soft line breaks, reads bare TYPE params, skips the photo', () => {
    const file = readVcards(fixture('android-2.1.vcf'));
    expect(cards(file.contacts)).toEqual([
      {
        source: 'card 1',
        card: {
          name: 'Łukasz Żółć',
          phone: '+48601234567',
          email: 'lukasz@zolc.example.pl',
          notes: 'Pierwsza linia\nDruga, z przecinkiem; i średnikiem. Bardzo długa notatka',
        },
      },
    ]);
    expect(file.unmapped).toEqual(['PHOTO']);
  });
});

describe('readVcards: what the values say', () => {
  it('an escaped backslash before a comma or semicolon ends there', () => {
    const [contact] = readVcards(card(['FN:A', 'NOTE:C:\\\\,D:\\\\;E', 'CATEGORIES:a\\\\,b'])).contacts;
    expect(contact?.card).toEqual({ name: 'A', notes: 'C:\\,D:\\;E', tags: 'a\\, b' });
  });

  it("crm's own X-CRM properties fill the fields only crm has", () => {
    const [contact] = readVcards(
      card([
        'FN:Jan',
        'X-CRM-HANDLE:jan',
        'X-CRM-PRIORITY:A',
        'X-CRM-STAGE:client',
        'X-CRM-CADENCE:2w',
        'X-CRM-ADDRESS:Panie Janie',
        'X-CRM-PRONUNCIATION:YAHN',
        'X-CRM-PREFERENCES:mornings\\, e-mail',
        'X-CRM-FILED-ON:2026-12-01',
        'CATEGORIES:myContacts,vip',
      ]),
    ).contacts;
    expect(contact).toEqual({
      source: 'card 1',
      handle: 'jan',
      filedOn: '2026-12-01',
      // A card crm wrote keeps every tag, "myContacts" too.
      card: { name: 'Jan', priority: 'A', stage: 'client', cadence: '2w', address: 'Panie Janie', pronunciation: 'YAHN', preferences: 'mornings, e-mail', tags: 'myContacts, vip' },
    });
  });

  it('a card without a name keeps none', () => {
    expect(cards(readVcards(card(['ORG:Acme Ltd', 'TEL;TYPE=WORK:+48 22 123 45 67'])).contacts)).toEqual([
      { source: 'card 1', card: { company: 'Acme Ltd', phone: '+48 22 123 45 67' } },
    ]);
  });

  it('skips text between cards', () => {
    const text = `garbage before\r\n${card(['FN:One'])}\r\n\r\nsome note\r\n${card(['FN:Two'])}`;
    expect(readVcards(text).contacts.map((contact) => contact.card.name)).toEqual(['One', 'Two']);
  });
});

describe('readVcards: files it cannot read', () => {
  it('a spreadsheet is not a vCard file', () => {
    expect(userErrorFrom(() => readVcards('Name,Phone\r\nAnna,123\r\n')).message).toBe(
      'the file is not a vCard file: no line says BEGIN:VCARD (the first is "Name,Phone"); if it is a spreadsheet, import it with --format csv',
    );
  });

  it('nor is an empty file', () => {
    expect(userErrorFrom(() => readVcards('\uFEFF\r\n')).message).toBe('the file is not a vCard file: it is empty; if it is a spreadsheet, import it with --format csv');
  });

  it('a card cut short', () => {
    expect(userErrorFrom(() => readVcards(`${card(['FN:One'])}BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Two\r\n`)).message).toBe(
      'card 2 (line 5): BEGIN:VCARD is never closed by END:VCARD; the file may be cut short',
    );
  });

  it('a line that is not NAME:value', () => {
    expect(userErrorFrom(() => readVcards(card(['FN:One', 'this is not a property']))).message).toBe(
      'card 1, line 4: cannot read "this is not a property"; a vCard line is NAME:value or NAME;PARAM=x:value',
    );
  });
});

// ---- crm's own export ----

function dossier(handle: string, fields: Partial<Card>, more: Partial<Dossier> = {}): Dossier {
  return dossierWith({ handle, ...fields, ...more });
}

const LONG_NOTE = `${'Długa notatka o kliencie, z przecinkami; średnikami i \\ ukośnikami. '.repeat(6)}Koniec 👨‍👩‍👧.`;

const HARD = [
  dossier('zolc', {
    name: 'Łukasz Żółć',
    position: 'Prezes, zarząd',
    company: 'Smith, Jones; Partners',
    phone: '+48 601 234 567',
    email: 'lukasz@zolc.example.pl',
    notes: 'Dzwonić po 15:00; nie w piątki.\nWoli e-mail, "nie" SMS.\n\nŚcieżka: C:\\Klienci\\Żółć\\',
    priority: 'A',
    address: 'Panie Łukaszu',
    pronunciation: 'WOO-kash ZHOOWCH',
    preferences: 'telefon; po 15:00, nie w piątki',
    stage: 'client',
    tags: 'vip, Kraków;Śląsk',
    cadence: '2w',
  }),
  dossier('ivanov', { name: 'Петър Иванов', company: 'Иванов ЕООД', address: 'Господин Иванов', notes: LONG_NOTE }, { filedOn: null }),
  dossier('petrosyan', { name: 'Արամ Պետրոսյան', pronunciation: 'a-RAM pet-ros-YAN', stage: 'lead', priority: 'C', position: 'Տնօրեն' }),
  dossier('rezaei', { name: 'مهرداد رضائی\u200cنژاد', preferences: 'تماس بعد از ساعت ۱۱', company: 'شرکت پارس' }),
  dossier('yamada', { name: '山田太郎', company: '山田商事株式会社', notes: '毎月第一月曜日に電話。'.repeat(8) }),
  dossier('żółć', { name: 'Zoë 🚀 Ltd', notes: '👍🏽 great client; 👨‍👩‍👧 family business, since 2019', tags: 'emoji, ✨, starred' }),
];

const cardOf = (d: Dossier) => Object.fromEntries(CARD_FIELDS.filter((field) => d[field] !== null).map((field) => [field, d[field]]));

describe('dossierVcards', () => {
  const text = dossierVcards(HARD);
  const lines = text.split('\r\n');

  it('writes one vCard 3.0 card per dossier, with the standard properties and crm\'s own', () => {
    expect(dossierVcards([dossier('acme', { name: 'Acme Ltd', phone: '+48 22 123 45 67', tags: 'vip,  warsaw' })])).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'PRODID:-//crm//crm binder//EN',
        'UID:dossier-acme@crm',
        'FN:Acme Ltd',
        'N:Ltd;Acme;;;',
        'TEL;TYPE=WORK:+48 22 123 45 67',
        'CATEGORIES:vip,warsaw',
        'X-CRM-HANDLE:acme',
        'X-CRM-PRIORITY:B',
        'X-CRM-FILED-ON:2026-12-01',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
    expect(text.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(HARD.length);
  });

  it('escapes backslash, comma, semicolon and line breaks', () => {
    const [first] = text.split('END:VCARD');
    const unfolded = (first ?? '').replace(/\r\n /g, '');
    expect(unfolded).toContain('\r\nORG:Smith\\, Jones\\; Partners\r\n');
    expect(unfolded).toContain('\r\nNOTE:Dzwonić po 15:00\\; nie w piątki.\\nWoli e-mail\\, "nie" SMS.\\n\\nŚcieżka: C:\\\\Klienci\\\\Żółć\\\\\r\n');
    expect(unfolded).toContain('\r\nCATEGORIES:vip,Kraków\\;Śląsk\r\n');
  });

  it('splits the name for N: the last word is the family name; one word is all family name', () => {
    expect(text).toContain('\r\nN:Żółć;Łukasz;;;\r\n');
    expect(text).toContain('\r\nN:Պետրոսյան;Արամ;;;\r\n');
    expect(text).toContain('\r\nN:山田太郎;;;;\r\n');
  });

  it('keeps the UID from one export to the next, and gives each handle its own', () => {
    const uids = text.match(/^UID:.*$/gm) ?? [];
    expect(uids).toHaveLength(HARD.length);
    expect(new Set(uids).size).toBe(HARD.length);
    expect(dossierVcards(HARD).match(/^UID:.*$/gm)).toEqual(uids);
    expect(uids[5]).toBe('UID:dossier-%C5%BC%C3%B3%C5%82%C4%87@crm');
  });

  it('ends every line with CR LF and folds it at 75 octets, never inside a character', () => {
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // A line cut inside a UTF-16 pair (an emoji) would not survive a round trip through UTF-8.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    // The long notes really were folded: continuation lines start with a space.
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(10);
  });

  it('reads back through readVcards: every card field, the handle and the date, exactly', () => {
    const file = readVcards(text);
    expect(file.contacts).toHaveLength(HARD.length);
    for (const [index, d] of HARD.entries()) {
      const contact = file.contacts[index];
      expect(contact?.source).toBe(`card ${index + 1}`);
      expect(contact?.card).toEqual(cardOf(d));
      expect(contact?.handle).toBe(d.handle);
      expect(contact?.filedOn).toBe(d.filedOn ?? CLOSED); // a closed dossier says so
    }
    expect(file.unmapped).toEqual([]);
  });

  it('is read by another vCard reader (ical.js) as it is written: every name whole', () => {
    const parsed = ICAL.parse(text) as unknown[];
    const components = parsed.map((jcard) => new ICAL.Component(jcard as unknown[]));
    expect(components.map((component) => component.getFirstPropertyValue('fn'))).toEqual(HARD.map((d) => d.name));
  });
});

// ---- issue 12: several numbers and addresses, and files of any shape in linear time ----

describe('readVcards: every number, address and postal address of a card', () => {
  it('each TEL and EMAIL labelled (TYPE, Apple X-ABLabel in the same group), the preferred first, a fax said as not kept', () => {
    const file = readVcards(
      card([
        'FN:Anna Nowak',
        'TEL;TYPE=WORK:+48 22 123 45 67',
        'TEL;TYPE=HOME:+48 22 765 43 21',
        'item1.TEL:+48 12 999 88 77',
        'item1.X-ABLabel:_$!<Mobile>!$_',
        'item2.TEL:+48 12 000 00 00',
        'item2.X-ABLabel:Magazyn',
        'TEL;TYPE=FAX:+48 22 123 45 68',
        'EMAIL;TYPE=HOME:anna@gmail.example',
        'EMAIL;TYPE=WORK;TYPE=pref:anna@nowak.example',
      ]),
    );
    expect(file.contacts[0]?.phones).toEqual([
      { label: 'mobile', number: '+48 12 999 88 77' },
      { label: 'work', number: '+48 22 123 45 67' },
      { label: 'home', number: '+48 22 765 43 21' },
      { label: 'other', number: '+48 12 000 00 00' },
    ]);
    expect(file.contacts[0]?.emails).toEqual([
      { label: 'work', address: 'anna@nowak.example' },
      { label: 'home', address: 'anna@gmail.example' },
    ]);
    expect(file.contacts[0]?.card).toMatchObject({ phone: '+48 12 999 88 77', email: 'anna@nowak.example' });
    expect(file.unmapped).toEqual(['TEL (fax and pager numbers)']);
  });

  it('a tel: URI keeps its extension readably and leaves other parameters off', () => {
    const file = readVcards(['BEGIN:VCARD', 'VERSION:4.0', 'FN:A', 'TEL;VALUE=uri;TYPE=work:tel:+48-22-123-45-67;ext=123', 'TEL;VALUE=uri:tel:7042;phone-context=example.com', 'END:VCARD', ''].join('\r\n'));
    expect(file.contacts[0]?.phones?.map((phone) => phone.number)).toEqual(['+48-22-123-45-67 ext. 123', '7042']);
  });

  it('every ADR, labelled, one line each in the notes; LABEL only when there is no ADR', () => {
    const file = readVcards(
      card(['FN:A', 'NOTE:Call first.', 'ADR;TYPE=WORK:;;ul. Długa 5;Warszawa;;00-001;PL', 'ADR;TYPE=HOME:;;ul. Polna 3\\nII piętro;Piaseczno;;05-500;PL', 'LABEL;TYPE=WORK:ul. Długa 5\\n00-001 Warszawa']),
    );
    expect(file.contacts[0]?.card.notes).toBe('Call first.\nAddress (work): ul. Długa 5, 00-001 Warszawa, PL\nAddress (home): ul. Polna 3, II piętro, 05-500 Piaseczno, PL');
    expect(readVcards(card(['FN:A', 'LABEL;TYPE=HOME:Rynek 1\\n31-042 Kraków'])).contacts[0]?.card.notes).toBe('Address (home): Rynek 1, 31-042 Kraków');
  });

  it('an ADR of long runs of spaces and a quoted-printable note of 11,500 soft line breaks, in linear time', { timeout: 10_000 }, () => {
    const adr = readVcards(card(['FN:A', `ADR:;;ul. Długa 5${' '.repeat(450_000)};Warszawa;;00-001;PL`]));
    expect(adr.contacts[0]?.card.notes).toBe('Address: ul. Długa 5, 00-001 Warszawa, PL');
    const lines = Array.from({ length: 11_500 }, () => 'Dzwoni=C4=87 po 10'.padEnd(75, 'x')).join('=\r\n');
    const qp = readVcards(['BEGIN:VCARD', 'VERSION:2.1', 'FN:A', `NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:${lines}`, 'END:VCARD', ''].join('\r\n'));
    expect(qp.contacts[0]?.card.notes).toBe('Dzwonić po 10'.padEnd(70, 'x').repeat(11_500));
  });

  it('a photo is not parsed, however large; a value crm reads over 1 MB is refused', () => {
    expect(readVcards(card(['FN:A', `PHOTO;ENCODING=b;TYPE=JPEG:${'QUJD'.repeat(500_000)}`])).unmapped).toEqual(['PHOTO']);
    expect(userErrorFrom(() => readVcards(card(['FN:A', `NOTE:${'x'.repeat(1_100_000)}`]))).message).toBe(
      "card 1, line 4: NOTE holds more than 1 MB, crm's limit for one value; shorten it, or take it out of the card",
    );
  });
});
