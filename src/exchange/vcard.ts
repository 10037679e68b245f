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
import { messages } from '../i18n/catalogue.js';
import { exchange as english } from '../i18n/en/exchange.js';
import { inJson } from '../i18n/import-words.js';
import { addressLines, CELL_LIMIT, CLOSED, labelOfKind, sizeText, type ColumnMapping, type Contact, type ContactsFile } from './contacts.js';
import { finish, type Steps } from './pace.js';
import { dossierUid, foldLine, PRODID } from './ics.js';

type Target = ColumnMapping['field'];

const say = messages('exchange', english);

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
  /** "item1" for "item1.TEL": Apple's way of giving a value its label (item1.X-ABLabel). */
  group: string | undefined;
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
  return finish(vcardSteps(text));
}

/** readVcards in steps (see pace.ts): a card, or a stretch of lines, at a time. */
export function* vcardSteps(text: string): Steps<ContactsFile> {
  const cards = yield* splitCards(text);
  const found = new Set<string>();
  const used = new Map<Target, Set<string>>();
  /** Kinds of value read properties hold that crm does not keep: "TEL (fax and pager numbers)". */
  const leftOut = new Set<string>();
  const contacts: Contact[] = [];
  for (const [index, card] of cards.entries()) {
    yield;
    const properties = cardProperties(card, index + 1);
    for (const property of properties) found.add(property.name);
    const { contact, sources, notKept } = contactOf(properties, inJson.card(index + 1));
    for (const [field, names] of sources) {
      const seen = used.get(field) ?? new Set<string>();
      for (const name of names) seen.add(name);
      used.set(field, seen);
    }
    for (const what of notKept) leftOut.add(what);
    contacts.push(contact);
  }

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
      return [{ field, from: ordered.join(together ? ' + ' : inJson.orElse) }];
    }),
    unmapped: [...[...found].filter((name) => !mapped.has(name) && !TECHNICAL.has(name)), ...leftOut],
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
function* splitCards(text: string): Steps<RawLine[][]> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cards: RawLine[][] = [];
  let current: RawLine[] | null = null;
  let start = 0;
  for (const [index, line] of lines.entries()) {
    if (index % 1024 === 0) yield;
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
    throw new UserError(say().vcard.neverClosed({ card: cards.length + 1, line: start }));
  }
  if (cards.length === 0) {
    const first = lines.find((line) => line.trim() !== '');
    throw new UserError(first === undefined ? say().vcard.empty : say().vcard.notVcard({ first: [...first].length > 40 ? `${[...first].slice(0, 37).join('')}...` : first }));
  }
  return cards;
}

// Parameters as vCard 3.0 defines them (TYPE is a list); every value raw, unescaped by the reader.
const RAW_DESIGN = { value: {}, param: ICAL.design.vcard3.param, property: {}, propertyGroups: true };

/** Properties crm reads a value from; any other is only named (under "not read"), whatever it holds. */
const READ = new Set(['FN', 'N', 'ORG', 'TITLE', 'ROLE', 'TEL', 'EMAIL', 'NOTE', 'ADR', 'LABEL', 'CATEGORIES', 'X-ABLABEL', 'VERSION', ...CRM_PROPERTIES.map(([name]) => name), 'X-PHONETIC-FIRST-NAME', 'X-PHONETIC-MIDDLE-NAME', 'X-PHONETIC-LAST-NAME']);

/** A card's properties: lines unfolded, 2.1's ways turned into 3.0's, each line crm reads parsed by ical.js. */
function cardProperties(lines: RawLine[], number: number): Property[] {
  const v21 = lines.some((line) => /^VERSION:\s*2\.1\s*$/i.test(line.text));
  const properties: Property[] = [];
  for (const { text, line } of unfold(lines)) {
    const cannotRead = () => {
      const shown = [...text.slice(0, 80)].length > 40 ? `${[...text.slice(0, 80)].slice(0, 37).join('')}...` : text;
      return new UserError(say().vcard.cannotRead({ card: number, line, text: shown }));
    };
    if (valueStart(text) === text.length) throw cannotRead();
    // A photo or a sound is not read: its name is enough, however large it is.
    const [qualified = ''] = splitOutsideQuotes(head(text), ';');
    const name = qualified.slice(qualified.lastIndexOf('.') + 1).trim().toUpperCase();
    if (!READ.has(name)) {
      if (name !== '') properties.push({ name, group: undefined, params: {}, value: '' });
      continue;
    }
    if (text.length > CELL_LIMIT) {
      throw new UserError(say().vcard.tooLarge({ card: number, line, name, limit: sizeText(CELL_LIMIT) }));
    }
    const property = v21 ? fromVersion21(text) : text;
    let parsed: [string, Record<string, unknown>, string, unknown];
    try {
      parsed = ICAL.parse.property(property, RAW_DESIGN) as typeof parsed;
    } catch (error) {
      if (!(error instanceof ICAL.parse.ParserError)) throw error;
      throw cannotRead();
    }
    const [parsedName, params, , value] = parsed;
    const { group, ...rest } = params;
    properties.push({ name: parsedName.toUpperCase(), group: typeof group === 'string' ? group.toLowerCase() : undefined, params: rest, value: typeof value === 'string' ? value : String(value ?? '') });
  }
  return properties;
}

/**
 * Logical lines: a line starting with a space or tab continues the one before (RFC 2426 2.6);
 * so does the line after a QUOTED-PRINTABLE value ending in "=" (a soft line break), and a line
 * with no colon after a BASE64 one (2.1 photos). Blank lines are dropped. Each logical line's
 * name and parameters are looked at once, and its pieces joined once: linear in the card's size
 * (looking again at the whole growing line for each of 10,000 soft line breaks took a minute).
 */
function unfold(lines: RawLine[]): RawLine[] {
  const logical: RawLine[] = [];
  let pieces: string[] = [];
  let start = 0;
  // The head (name and parameters) is read as the pieces come, up to its colon outside quotes.
  let headParts: string[] = [];
  let headOpen = false;
  let quoted = false;
  let quotedPrintable = false;
  let base64 = false;
  let softBreak = false;
  const readHead = (piece: string) => {
    for (let index = 0; index < piece.length; index++) {
      const char = piece[index];
      if (char === '"') quoted = !quoted;
      else if (char === ':' && !quoted) {
        headParts.push(piece.slice(0, index));
        headOpen = false;
        const opening = headParts.join('');
        quotedPrintable = /QUOTED-PRINTABLE/i.test(opening);
        base64 = /BASE64|ENCODING=B\b/i.test(opening);
        return;
      }
    }
    headParts.push(piece);
  };
  const close = () => {
    if (pieces.length > 0) logical.push({ text: pieces.join(''), line: start });
    pieces = [];
  };
  for (const { text, line } of lines) {
    if (pieces.length > 0 && softBreak) {
      const last = pieces.length - 1;
      pieces[last] = (pieces[last] ?? '').slice(0, -1);
      pieces.push(text);
    } else if (pieces.length > 0 && /^[ \t]/.test(text)) {
      pieces.push(text.slice(1));
      if (headOpen) readHead(text.slice(1));
    } else if (pieces.length > 0 && base64 && text.trim() !== '' && !text.includes(':')) {
      pieces.push(text.trim());
    } else if (text.trim() !== '') {
      close();
      pieces = [text];
      start = line;
      headParts = [];
      headOpen = true;
      quoted = false;
      quotedPrintable = false;
      base64 = false;
      readHead(text);
    }
    softBreak = pieces.length > 0 && !headOpen && quotedPrintable && text.endsWith('=');
  }
  close();
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
  // Byte by byte into one buffer: =XX is a byte, anything else its own UTF-8 bytes.
  const input = Buffer.from(value, 'utf8');
  const bytes = Buffer.alloc(input.length);
  let length = 0;
  for (let index = 0; index < input.length; index++) {
    const byte = input[index] ?? 0;
    const hex = byte === 0x3d ? input.toString('latin1', index + 1, index + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes[length++] = Number.parseInt(hex, 16);
      index += 2;
    } else bytes[length++] = byte;
  }
  const decoded = bytes.subarray(0, length);
  try {
    return new TextDecoder(charset).decode(decoded);
  } catch {
    // A charset TextDecoder does not know: UTF-8 is the likeliest.
    return decoded.toString('utf8');
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

/** The label of a TEL, EMAIL or ADR: its TYPEs, and Apple's X-ABLabel in the same group ("item1"). */
function labelOf(property: Property, properties: Property[]): ReturnType<typeof labelOfKind> {
  const apple = property.group === undefined ? undefined : properties.find((other) => other.name === 'X-ABLABEL' && other.group === property.group);
  const kinds = [...types(property).filter((kind) => !NOT_KINDS.has(kind)), apple ? unescapeText(apple.value).replace(/^_\$!<(.*)>!\$_$/, '$1') : ''];
  return labelOfKind(kinds.join(' '), 'other');
}

/** TYPE values that say nothing of whose number or address it is. */
const NOT_KINDS = new Set(['pref', 'voice', 'internet', 'x400', 'text', 'msg', 'dom', 'intl', 'postal', 'parcel']);

/**
 * A phone's rank: mobile first (a rep calls people, and a mobile reaches them away from the
 * desk), then work, then any other; a fax or pager is not for calling and is left out.
 */
const PHONE_RANK: Record<ReturnType<typeof labelOfKind>, number> = { mobile: 0, work: 1, home: 2, other: 2, fax: Infinity };

/** The properties in the order a card prefers them: by `rank` (lower first), then preference, then file order. */
function ranked(properties: Property[], rank: (property: Property) => number = () => 0): Property[] {
  return properties
    .map((property, order) => ({ property, order, rank: rank(property) }))
    .sort((a, b) => a.rank - b.rank || preference(a.property) - preference(b.property) || a.order - b.order)
    .map(({ property }) => property);
}

/** One card as a contact, which properties filled which field, and what it held that crm does not keep. */
function contactOf(properties: Property[], source: string): { contact: Contact; sources: Map<Target, string[]>; notKept: string[] } {
  const contact: Contact = { source, card: {} };
  const sources = new Map<Target, string[]>();
  const notKept: string[] = [];
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
  const [company, ...units] = splitValue(named('ORG')[0]?.value ?? '', ';');
  set('company', company, 'ORG');
  if (units.some((unit) => unit.trim() !== '')) notKept.push(`ORG (${inJson.department})`);
  if (text('TITLE')?.trim()) set('position', text('TITLE'), 'TITLE');
  else set('position', text('ROLE'), 'ROLE');

  // Every number and address, labelled, the one the card prefers first (mobile before work for phones).
  const fromCrm = named('X-CRM-HANDLE').length > 0;
  const tels = named('TEL').map((property) => ({ property, label: labelOf(property, properties) }));
  if (tels.some(({ label }) => label === 'fax')) notKept.push(`TEL (${inJson.faxAndPager})`);
  const rankOf = new Map(tels.map(({ property, label }) => [property, PHONE_RANK[label]]));
  const labels = new Map(tels.map(({ property, label }) => [property, label]));
  // crm's own cards list the primary first already.
  const phones = ranked(
    tels.filter(({ label }) => label !== 'fax').map(({ property }) => property),
    (property) => (fromCrm ? 0 : (rankOf.get(property) ?? 2)),
  ).flatMap((property) => {
    const number = readableTel(unescapeText(property.value));
    const label = labels.get(property);
    return number === '' || label === undefined || label === 'fax' ? [] : [{ label, number }];
  });
  const seenNumbers = new Set<string>();
  contact.phones = phones.filter(({ number }) => !seenNumbers.has(number) && seenNumbers.add(number));
  set('phone', contact.phones[0]?.number, 'TEL');
  const seenAddresses = new Set<string>();
  contact.emails = ranked(named('EMAIL'), () => 0)
    .flatMap((property) => {
      const label = labelOf(property, properties);
      const address = unescapeText(property.value).trim().replace(/^mailto:/i, '');
      return [{ label: label === 'fax' ? ('other' as const) : label, address }];
    })
    .filter(({ address }) => !seenAddresses.has(address.toLowerCase()) && seenAddresses.add(address.toLowerCase()));
  set('email', contact.emails[0]?.address, 'EMAIL');
  if (contact.phones.length === 0) delete contact.phones;
  if (contact.emails.length === 0) delete contact.emails;

  const notes = named('NOTE').map((note) => unescapeText(note.value).trim());
  const postal = postalAddresses(properties);
  set('notes', [...notes, ...addressLines(postal.addresses)].filter(Boolean).join('\n'), ...(notes.length > 0 ? ['NOTE'] : []), ...(postal.from ? [postal.from] : []));

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
  return { contact, sources, notKept };
}

/** Every postal address of the card, the preferred first: from ADR's parts, else LABEL's printed lines (LABEL is ADR's twin). */
function postalAddresses(properties: Property[]): { addresses: { label: string; text: string }[]; from: string | undefined } {
  const labelText = (property: Property) => {
    const label = labelOf(property, properties);
    return label === 'other' || label === 'fax' ? '' : label;
  };
  const adrs = ranked(properties.filter((property) => property.name === 'ADR' && property.value.replace(/[;\s]/g, '') !== ''));
  if (adrs.length > 0) {
    return {
      from: 'ADR',
      addresses: adrs.map((adr) => {
        // pobox; extended; street; locality; region; postal code; country
        const [pobox = '', extended = '', street = '', locality = '', region = '', code = '', country = ''] = splitValue(adr.value, ';').map((part) => part.trim());
        const parts = [street, extended, [code, locality].filter(Boolean).join(' '), region, country, pobox && `PO Box ${pobox}`];
        return { label: labelText(adr), text: parts.filter(Boolean).join('\n') };
      }),
    };
  }
  const labels = ranked(properties.filter((property) => property.name === 'LABEL' && property.value.trim() !== ''));
  return { from: labels.length > 0 ? 'LABEL' : undefined, addresses: labels.map((label) => ({ label: labelText(label), text: unescapeText(label.value) })) };
}
