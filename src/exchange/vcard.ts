// Contacts from vCard files (a phone's, Google's or a mail program's export) and the binder out as
// vCards. Reading takes 3.0 and 4.0, and 2.1 as old Android and Nokia phones wrote it (bare TYPE
// params, QUOTED-PRINTABLE values). Writing is 3.0: Outlook, iOS and Google all import it.
//
// ical.js reads each property line's name, group and parameters (quoted values, RFC 6868 ^
// escapes, TYPE lists); the values are unescaped here, because ical.js 2.2 leaves "\;" escaped in
// a plain text value, splits a list after an escaped backslash ("a\\,b" stays one item), and
// stops at 2.1's bare params and QUOTED-PRINTABLE soft line breaks.
//
// A postal address (ADR, else LABEL) is not the card's `address` (how to address the person): it
// is kept as an "Address: ..." line at the end of the notes, as the CSV reader does.
import ICAL from 'ical.js';
import { CARD_FIELDS, type ContactLabel, type Dossier } from '../binder/dossier.js';
import { readableTel } from '../binder/reach.js';
import { UserError } from '../errors.js';
import { CLOSED, type ColumnMapping, type Contact, type ContactsFile } from './contacts.js';
import { dossierUid, foldLine, PRODID } from './ics.js';

type Target = ColumnMapping['field'];

const CRLF = '\r\n';

// ---- writing ----

/**
 * The dossiers as vCard 3.0 cards, one each, with CR LF line ends and lines folded at 75 octets.
 * Besides the standard properties, X-CRM-* ones carry what only crm knows (handle, priority,
 * stage, cadence, how to address, pronunciation, preferences, next contact), so readVcards gives
 * every card field back.
 */
export function dossierVcards(dossiers: Dossier[]): string {
  return dossiers.map(dossierVcard).join('');
}

function dossierVcard(dossier: Dossier): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `PRODID:${PRODID}`, `UID:${dossierUid(dossier.handle)}`];
  lines.push(`FN:${escapeText(dossier.name)}`, `N:${nameParts(dossier.name).map(escapeText).join(';')};;;`);
  const add = (property: string, value: string | null) => {
    if (value !== null && value !== '') lines.push(`${property}:${escapeText(value)}`);
  };
  add('ORG', dossier.company);
  add('TITLE', dossier.position);
  // Every number and address with its label; the primary first, and marked so for other programs.
  const pref = (index: number, count: number) => (index === 0 && count > 1 ? ',PREF' : '');
  dossier.phones.forEach((phone, index) => add(`TEL;TYPE=${VCARD_TYPES[phone.label]}${pref(index, dossier.phones.length)}`, phone.number));
  dossier.emails.forEach((email, index) => add(`EMAIL;TYPE=INTERNET,${VCARD_TYPES[email.label]}${pref(index, dossier.emails.length)}`, email.address));
  add('NOTE', dossier.notes);
  const tags = (dossier.tags ?? '').split(',').map((tag) => tag.trim()).filter(Boolean);
  if (tags.length > 0) lines.push(`CATEGORIES:${tags.map(escapeText).join(',')}`);
  add('X-CRM-HANDLE', dossier.handle);
  add('X-CRM-PRIORITY', dossier.priority);
  add('X-CRM-STAGE', dossier.stage);
  add('X-CRM-CADENCE', dossier.cadence);
  add('X-CRM-ADDRESS', dossier.address);
  add('X-CRM-PRONUNCIATION', dossier.pronunciation);
  add('X-CRM-PREFERENCES', dossier.preferences);
  add('X-CRM-FILED-ON', dossier.filedOn ?? CLOSED);
  lines.push('END:VCARD');
  return lines.map((line) => foldLine(line) + CRLF).join('');
}

/** A label as vCard's TYPE says it: a mobile is a CELL. */
const VCARD_TYPES: Record<ContactLabel, string> = { work: 'WORK', mobile: 'CELL', home: 'HOME', other: 'OTHER' };

/** The label of a TEL or EMAIL from its TYPEs: CELL is mobile; WORK, HOME as they are; anything else other. */
function labelOf(property: Property): ContactLabel {
  const kinds = types(property);
  if (kinds.some((kind) => kind === 'cell' || kind === 'mobile' || kind === 'iphone')) return 'mobile';
  if (kinds.includes('work')) return 'work';
  if (kinds.includes('home')) return 'home';
  return 'other';
}

/** N's family and given names: the last word is the family name ("Anna Maria Nowak"), a single word is all family name. */
function nameParts(name: string): [family: string, given: string] {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return [name.trim(), ''];
  return [words[words.length - 1] ?? '', words.slice(0, -1).join(' ')];
}

/**
 * A text value as vCard 3.0 writes it (RFC 2426 5): backslash, semicolon and comma escaped, line
 * breaks as \n. Other control characters cannot be in a value, so they are left out; tab stays.
 */
function escapeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`))
  );
}

// ---- reading ----

/** One property of a card, its value still escaped as the file has it. */
interface Property {
  /** Upper case, without its group: "TEL" for "item1.TEL". */
  name: string;
  params: Record<string, unknown>;
  value: string;
}

interface RawLine {
  text: string;
  /** The physical line it starts on, for messages. */
  line: number;
}

/**
 * Reads the cards of a vCard file (2.1, 3.0 or 4.0; several cards; CR LF or LF; a BOM). Each card
 * is a contact, `card N`. Throws a UserError when the text is not vCards or a card is broken.
 */
export function readVcards(text: string): ContactsFile {
  const cards = splitCards(text);
  const found = new Set<string>();
  const used = new Map<Target, Set<string>>();
  const contacts = cards.map((card, index) => {
    const properties = cardProperties(card, index + 1);
    for (const property of properties) found.add(property.name);
    const { contact, sources } = contactOf(properties, `card ${index + 1}`);
    for (const [field, names] of sources) {
      const seen = used.get(field) ?? new Set<string>();
      for (const name of names) seen.add(name);
      used.set(field, seen);
    }
    return contact;
  });

  const mapped = new Set([...used.values()].flatMap((names) => [...names]));
  // Their twins carry the same thing: N is FN in parts, LABEL is ADR as printed.
  if (mapped.has('FN')) mapped.add('N');
  if (mapped.has('ADR')) mapped.add('LABEL');
  return {
    contacts,
    mapping: TARGETS.flatMap((field) => {
      const names = used.get(field);
      if (!names) return [];
      const ordered = PROPERTY_ORDER.filter((name) => names.has(name));
      // Notes and Apple's phonetic name parts are put together; other fields take the first found.
      const together = field === 'notes' || ordered.every((name) => name.startsWith('X-PHONETIC-'));
      return [{ field, from: ordered.join(together ? ' + ' : ', else ') }];
    }),
    unmapped: [...found].filter((name) => !mapped.has(name) && !TECHNICAL.has(name)),
  };
}

const TARGETS: readonly Target[] = [...CARD_FIELDS, 'handle', 'filedOn'];

/** crm's own properties and the field each one fills. */
const CRM_PROPERTIES: readonly [string, Target][] = [
  ['X-CRM-HANDLE', 'handle'],
  ['X-CRM-PRIORITY', 'priority'],
  ['X-CRM-STAGE', 'stage'],
  ['X-CRM-CADENCE', 'cadence'],
  ['X-CRM-ADDRESS', 'address'],
  ['X-CRM-PRONUNCIATION', 'pronunciation'],
  ['X-CRM-PREFERENCES', 'preferences'],
  ['X-CRM-FILED-ON', 'filedOn'],
];

/** The order the mapping names properties in, where a field is read from more than one. */
const PROPERTY_ORDER = [
  'FN',
  'N',
  'TITLE',
  'ROLE',
  'ORG',
  'TEL',
  'EMAIL',
  'NOTE',
  'ADR',
  'LABEL',
  'CATEGORIES',
  ...CRM_PROPERTIES.map(([name]) => name),
  'X-PHONETIC-FIRST-NAME',
  'X-PHONETIC-MIDDLE-NAME',
  'X-PHONETIC-LAST-NAME',
];

/** Properties about the file rather than the person: never listed as left out. */
const TECHNICAL = new Set(['VERSION', 'PRODID', 'UID', 'REV', 'KIND', 'SORT-STRING', 'CLIENTPIDMAP', 'X-ABLABEL', 'X-ABUID', 'X-ABSHOWAS', 'X-ABADR']);

/** Google's own groups, in every card it exports: not the rep's tags. */
const SYSTEM_GROUPS = new Set(['mycontacts', 'starred']);

/** The lines between each BEGIN:VCARD and its END:VCARD; anything between cards is skipped. */
function splitCards(text: string): RawLine[][] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cards: RawLine[][] = [];
  let current: RawLine[] | null = null;
  let start = 0;
  for (const [index, line] of lines.entries()) {
    if (current === null) {
      if (/^BEGIN:VCARD$/i.test(line.trim())) {
        current = [];
        start = index + 1;
      }
    } else if (/^END:VCARD$/i.test(line.trimEnd())) {
      cards.push(current);
      current = null;
    } else current.push({ text: line, line: index + 1 });
  }
  if (current !== null) {
    throw new UserError(`card ${cards.length + 1} (line ${start}): BEGIN:VCARD is never closed by END:VCARD; the file may be cut short`);
  }
  if (cards.length === 0) {
    const first = lines.find((line) => line.trim() !== '');
    const shown = first === undefined ? 'it is empty' : `no line says BEGIN:VCARD (the first is "${[...first].length > 40 ? `${[...first].slice(0, 37).join('')}...` : first}")`;
    throw new UserError(`the file is not a vCard file: ${shown}; if it is a spreadsheet, import it with --format csv`);
  }
  return cards;
}

// Parameters as vCard 3.0 defines them (TYPE is a list); every value raw, unescaped by the reader.
const RAW_DESIGN = { value: {}, param: ICAL.design.vcard3.param, property: {}, propertyGroups: true };

/** A card's properties: lines unfolded, 2.1's ways turned into 3.0's, each line read by ical.js. */
function cardProperties(lines: RawLine[], number: number): Property[] {
  const v21 = lines.some((line) => /^VERSION:\s*2\.1\s*$/i.test(line.text));
  const properties: Property[] = [];
  for (const { text, line } of unfold(lines)) {
    const property = v21 ? fromVersion21(text) : text;
    let parsed: [string, Record<string, unknown>, string, unknown];
    try {
      parsed = ICAL.parse.property(property, RAW_DESIGN) as typeof parsed;
    } catch (error) {
      if (!(error instanceof ICAL.parse.ParserError)) throw error;
      const shown = [...text].length > 40 ? `${[...text].slice(0, 37).join('')}...` : text;
      throw new UserError(`card ${number}, line ${line}: cannot read "${shown}"; a vCard line is NAME:value or NAME;PARAM=x:value`);
    }
    const [name, params, , value] = parsed;
    properties.push({ name: name.toUpperCase(), params, value: typeof value === 'string' ? value : String(value ?? '') });
  }
  return properties;
}

/**
 * Logical lines: a line starting with a space or tab continues the one before (RFC 2426 2.6);
 * so does the line after a QUOTED-PRINTABLE value ending in "=" (a soft line break), and a line
 * with no colon after a BASE64 one (2.1 photos). Blank lines are dropped.
 */
function unfold(lines: RawLine[]): RawLine[] {
  const logical: RawLine[] = [];
  for (const { text, line } of lines) {
    const last = logical[logical.length - 1];
    if (last && /^[ \t]/.test(text)) last.text += text.slice(1);
    else if (last && last.text.endsWith('=') && /QUOTED-PRINTABLE/i.test(head(last.text))) last.text = last.text.slice(0, -1) + text;
    else if (last && text.trim() !== '' && !text.includes(':') && /BASE64|ENCODING=B\b/i.test(head(last.text))) last.text += text.trim();
    else if (text.trim() !== '') logical.push({ text, line });
  }
  return logical;
}

/** The name and parameters of a property line: what comes before the first colon outside quotes. */
function head(line: string): string {
  return line.slice(0, valueStart(line));
}

function valueStart(line: string): number {
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) return index;
  }
  return line.length;
}

/** A 2.1 line as 3.0 writes it: TYPE= before bare params, QUOTED-PRINTABLE decoded, text escaped. */
function fromVersion21(line: string): string {
  const colon = valueStart(line);
  const [name = '', ...params] = splitOutsideQuotes(line.slice(0, colon), ';');
  let value = line.slice(colon + 1);
  const charset = params.find((param) => /^CHARSET=/i.test(param))?.slice('CHARSET='.length) ?? 'utf-8';
  if (params.some((param) => /^(ENCODING=)?QUOTED-PRINTABLE$/i.test(param))) value = decodeQuotedPrintable(value, charset);
  const kept = params
    .filter((param) => !/^(CHARSET=.*|ENCODING=(QUOTED-PRINTABLE|8BIT|7BIT)|QUOTED-PRINTABLE|8BIT|7BIT)$/i.test(param))
    .map((param) => (param.includes('=') ? param : `TYPE=${param}`));
  // 2.1 escapes only ";" (in N, ADR and ORG): its commas and other backslashes are plain text.
  const escaped = value
    .replace(/\r\n?/g, '\n')
    .replace(/\\(?!;)|,|\n/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
  return `${[name, ...kept].join(';')}:${escaped}`;
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (const [, hex, char] of value.matchAll(/=([0-9A-Fa-f]{2})|([\s\S])/gu)) {
    if (hex !== undefined) bytes.push(Number.parseInt(hex, 16));
    else bytes.push(...Buffer.from(char ?? '', 'utf8'));
  }
  try {
    return new TextDecoder(charset).decode(Uint8Array.from(bytes));
  } catch {
    // A charset TextDecoder does not know: UTF-8 is the likeliest.
    return Buffer.from(bytes).toString('utf8');
  }
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts = [''];
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    if (char === separator && !quoted) parts.push('');
    else parts[parts.length - 1] += char;
  }
  return parts;
}

/** A text value unescaped (RFC 6350 3.4): \\ \; \, \n and \N; a backslash before anything else stays. */
function unescapeText(raw: string): string {
  return raw.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** A structured (;) or list (,) value's parts, split where the separator is not escaped, each unescaped. */
function splitValue(raw: string, separator: ';' | ','): string[] {
  const parts = [''];
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index] ?? '';
    if (char === '\\' && index + 1 < raw.length) {
      parts[parts.length - 1] += char + (raw[index + 1] ?? '');
      index++;
    } else if (char === separator) parts.push('');
    else parts[parts.length - 1] += char;
  }
  return parts.map(unescapeText);
}

function types(property: Property): string[] {
  const type = property.params.type;
  const list = Array.isArray(type) ? type : type === undefined ? [] : [type];
  return list.flatMap((item) => String(item).toLowerCase().split(','));
}

/** How preferred a value is: 4.0's PREF=1 (most) to 100, 3.0's TYPE=pref as 1, none as 101. */
function preference(property: Property): number {
  const pref = Number(property.params.pref);
  if (Number.isInteger(pref) && pref >= 1) return pref;
  return types(property).includes('pref') ? 1 : 101;
}

/** The property the card prefers among several, by `rank` first (lower is better), then preference, then file order. */
function best(properties: Property[], rank: (property: Property) => number = () => 0): Property | undefined {
  return properties
    .map((property, order) => ({ property, order, rank: rank(property) }))
    .filter(({ rank }) => Number.isFinite(rank))
    .sort((a, b) => a.rank - b.rank || preference(a.property) - preference(b.property) || a.order - b.order)[0]?.property;
}

/**
 * A phone's rank: mobile first (a rep calls people, and a mobile reaches them away from the
 * desk), then work, then any other; a fax or pager is not for calling and is left out.
 */
function phoneRank(property: Property): number {
  const kinds = types(property);
  if (kinds.some((kind) => kind === 'fax' || kind === 'pager')) return Infinity;
  if (kinds.some((kind) => kind === 'cell' || kind === 'mobile' || kind === 'iphone')) return 0;
  if (kinds.includes('work')) return 1;
  return 2;
}

/** One card as a contact, and which properties filled which field. */
function contactOf(properties: Property[], source: string): { contact: Contact; sources: Map<Target, string[]> } {
  const contact: Contact = { source, card: {} };
  const sources = new Map<Target, string[]>();
  const named = (name: string) => properties.filter((property) => property.name === name && property.value.trim() !== '');
  const set = (field: Target, value: string | undefined, ...from: string[]) => {
    const text = value?.trim() ?? '';
    if (text === '') return;
    if (field === 'handle') contact.handle = text;
    else if (field === 'filedOn') contact.filedOn = text;
    else contact.card[field] = text;
    sources.set(field, from);
  };
  const text = (name: string) => {
    const [property] = named(name);
    return property && unescapeText(property.value);
  };

  const formatted = text('FN');
  if (formatted?.trim()) set('name', formatted, 'FN');
  else {
    const [family = '', given = '', additional = ''] = splitValue(named('N')[0]?.value ?? '', ';');
    set('name', [given, additional, family].map((part) => part.replace(/,/g, ' ').trim()).filter(Boolean).join(' '), 'N');
  }
  set('company', splitValue(named('ORG')[0]?.value ?? '', ';')[0], 'ORG');
  if (text('TITLE')?.trim()) set('position', text('TITLE'), 'TITLE');
  else set('position', text('ROLE'), 'ROLE');

  const fromCrm = named('X-CRM-HANDLE').length > 0;
  // 4.0 writes a number as a URI: TEL;VALUE=uri:tel:+48-601-234-567;ext=12.
  const number = (property: Property) => readableTel(unescapeText(property.value));
  const address = (property: Property) => unescapeText(property.value).trim().replace(/^mailto:/i, '');
  if (fromCrm) {
    // crm's own cards: every number and address with its label, the primary first.
    const phones = named('TEL').map((property) => ({ label: labelOf(property), number: number(property) })).filter((phone) => phone.number !== '');
    const emails = named('EMAIL').map((property) => ({ label: labelOf(property), address: address(property) })).filter((email) => email.address !== '');
    set('phone', phones[0]?.number, 'TEL');
    set('email', emails[0]?.address, 'EMAIL');
    if (phones.length > 0) contact.phones = phones;
    if (emails.length > 0) contact.emails = emails;
  } else {
    const phone = best(named('TEL'), phoneRank);
    set('phone', phone && number(phone), 'TEL');
    const email = best(named('EMAIL'));
    set('email', email && address(email), 'EMAIL');
  }

  const notes = named('NOTE').map((note) => unescapeText(note.value).trim());
  const postal = postalAddress(properties);
  set('notes', [...notes, postal && `Address: ${postal.text}`].filter(Boolean).join('\n'), ...(notes.length > 0 ? ['NOTE'] : []), ...(postal ? [postal.from] : []));

  // Google's own groups are dropped from a card another program wrote; crm's cards keep every tag.
  const tags = named('CATEGORIES')
    .flatMap((property) => splitValue(property.value, ','))
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '' && (fromCrm || !SYSTEM_GROUPS.has(tag.toLowerCase())));
  set('tags', [...new Set(tags)].join(', '), 'CATEGORIES');

  for (const [name, field] of CRM_PROPERTIES) set(field, text(name), name);
  if (!contact.card.pronunciation) {
    // Apple's phonetic name, when crm's own is not there.
    const phonetic = ['X-PHONETIC-FIRST-NAME', 'X-PHONETIC-MIDDLE-NAME', 'X-PHONETIC-LAST-NAME'].filter((name) => text(name)?.trim());
    set('pronunciation', phonetic.map((name) => text(name)?.trim()).join(' '), ...phonetic);
  }
  return { contact, sources };
}

/** The preferred postal address on one line, from ADR's parts or else LABEL's printed lines. */
function postalAddress(properties: Property[]): { text: string; from: string } | undefined {
  const adr = best(properties.filter((property) => property.name === 'ADR' && property.value.replace(/[;\s]/g, '') !== ''));
  if (adr) {
    // pobox; extended; street; locality; region; postal code; country
    const [pobox = '', extended = '', street = '', locality = '', region = '', code = '', country = ''] = splitValue(adr.value, ';').map((part) =>
      part.replace(/\s*\n\s*/g, ', ').trim(),
    );
    const parts = [street, extended, [code, locality].filter(Boolean).join(' '), region, country, pobox && `PO Box ${pobox}`];
    return { text: parts.filter(Boolean).join(', '), from: 'ADR' };
  }
  const label = best(properties.filter((property) => property.name === 'LABEL' && property.value.trim() !== ''));
  return label && { text: unescapeText(label.value).trim().replace(/\s*\n\s*/g, ', '), from: 'LABEL' };
}
