// How to reach a client: a card's phone numbers and e-mail addresses, several of each, each with a
// label (work, mobile, home, other). The lists are the truth; the card's `phone` and `email` are
// their first entries, the primary ones that `crm today` shows.
import { CONTACT_LABELS, type Card, type ContactLabel, type LabelledEmail, type LabelledPhone } from './dossier.js';
import { asciiDigits } from './fold.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { fields as english } from '../i18n/en/fields.js';

/** The label of a number or address typed without one. */
export const DEFAULT_LABEL: ContactLabel = 'work';

export function isContactLabel(text: string): text is ContactLabel {
  return (CONTACT_LABELS as readonly string[]).includes(text);
}

/**
 * A number or address as typed with its label before a colon, "mobile: +48 601 234 567"; text
 * whose colon follows no label of crm's ("tel:+48...") is all value, its label undefined.
 */
export function splitLabel(text: string): { label: ContactLabel | undefined; value: string } {
  const match = /^\s*([A-Za-z]+)\s*:(.*)$/s.exec(text);
  const label = match?.[1]?.toLowerCase() ?? '';
  return match && isContactLabel(label) ? { label, value: (match[2] ?? '').trim() } : { label: undefined, value: text.trim() };
}

/** The same number however it is spaced: the digits (of any script), the last nine when both have as many. */
export function sameNumber(a: string, b: string): boolean {
  const digits = (text: string) => asciiDigits(text).replace(/\D/g, '');
  const [x, y] = [digits(a), digits(b)];
  if (x === '' || y === '') return a.trim() === b.trim();
  return x.length >= 9 && y.length >= 9 ? x.slice(-9) === y.slice(-9) : x === y;
}

/** The same address in any capitals. */
export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * A vCard 4.0 telephone URI as a person reads it: "tel:+48-22-123-45-67;ext=12" is
 * "+48-22-123-45-67 ext. 12". Other parameters (phone-context) are left off; text that is not a
 * tel: URI is returned as it is.
 */
export function readableTel(value: string): string {
  const text = value.trim();
  if (!/^tel:/i.test(text)) return text;
  const [number = '', ...params] = text.slice(4).split(';');
  const extension = params.find((param) => /^ext=/i.test(param.trim()))?.trim().slice(4).trim();
  return extension ? `${number.trim()} ext. ${extension}` : number.trim();
}

/**
 * A number as an RFC 3966 tel: URI, for a phone or softphone to dial: "+48 601 234 567" is
 * tel:+48601234567 (visual separators dropped, digits of any script written as ASCII) and an
 * extension ("ext. 12", "x12") is ;ext=12. A number without "+" is what RFC 3966 calls a local
 * number, which it writes with a phone-context that crm cannot know (the caller's own country or
 * exchange): it is passed as its digits (and * and #), as a person would dial it from the card,
 * which is how dialers take a tel: link without one.
 */
export function telUri(number: string): string {
  const text = asciiDigits(number).trim();
  const [, main = text, extension] = /^(.*?)\s*(?:ext\.?|x)\s*(\d[\d\s.-]*)$/i.exec(text) ?? [];
  const global = main.startsWith('+');
  const digits = main.replace(global ? /\D/g : /[^\d*#]/g, '').replace(/#/g, '%23');
  const ext = extension?.replace(/\D/g, '');
  return `tel:${global ? '+' : ''}${digits}${ext ? `;ext=${ext}` : ''}`;
}

// ---- The lists as text ----

/** For a history entry: "work +48 601 234 567, mobile +48 602 111 222"; null for none. */
export function phonesText(phones: readonly LabelledPhone[]): string | null {
  return phones.length === 0 ? null : phones.map((phone) => `${phone.label} ${phone.number}`).join(', ');
}

export function emailsText(emails: readonly LabelledEmail[]): string | null {
  return emails.length === 0 ? null : emails.map((email) => `${email.label} ${email.address}`).join(', ');
}

/** crm's CSV cell: one entry a line, "mobile: +48 601 234 567", read back by phonesOfCell. */
export function phonesCell(phones: readonly LabelledPhone[]): string {
  return phones.map((phone) => `${phone.label}: ${phone.number}`).join('\n');
}

export function emailsCell(emails: readonly LabelledEmail[]): string {
  return emails.map((email) => `${email.label}: ${email.address}`).join('\n');
}

/** The entries of a cell phonesCell wrote; a line without a label is labelled work. */
export function phonesOfCell(cell: string): LabelledPhone[] {
  return cellLines(cell).map(({ label, value }) => ({ label, number: value }));
}

export function emailsOfCell(cell: string): LabelledEmail[] {
  return cellLines(cell).map(({ label, value }) => ({ label, address: value }));
}

function cellLines(cell: string): Entry[] {
  return cell
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { label, value } = splitLabel(line);
      return { label: label ?? DEFAULT_LABEL, value };
    });
}

/** The lists of a card stored before crm kept several: its one number and address, labelled work. */
export function legacyPhones(phone: string | null | undefined): LabelledPhone[] {
  return phone ? [{ label: DEFAULT_LABEL, number: phone }] : [];
}

export function legacyEmails(email: string | null | undefined): LabelledEmail[] {
  return email ? [{ label: DEFAULT_LABEL, address: email }] : [];
}

// ---- Changing the lists ----

/**
 * The card after a change. A change that gives a list takes it whole; one that gives only
 * `phone` (or `email`) sets the primary, as `crm file --phone` always has (see `editList`). Then
 * `phone` and `email` are the lists' first entries, whatever the change said of them.
 */
export function changedCard(card: Card, change: Partial<Card>): Card {
  const next: Card = { ...card, ...change };
  next.phones =
    change.phones ??
    (change.phone === undefined ? card.phones : toPhones(editList(fromPhones(card.phones), { primary: change.phone === null ? null : { value: change.phone }, add: [], remove: [] }, sameNumber)));
  next.emails =
    change.emails ??
    (change.email === undefined ? card.emails : toEmails(editList(fromEmails(card.emails), { primary: change.email === null ? null : { value: change.email }, add: [], remove: [] }, sameAddress)));
  next.phone = next.phones[0]?.number ?? null;
  next.email = next.emails[0]?.address ?? null;
  return next;
}

/** A number or address as typed on the command line, its label split off and checked. */
export interface Typed {
  label?: ContactLabel;
  value: string;
}

/**
 * What `crm file` and `crm edit` do to one list: `--remove-phone` (a number or a label), then
 * `--phone` (the primary), then `--add-phone`, in that order.
 */
export interface ListEdit {
  /** A new primary: it replaces the first entry (keeping its label unless one is given), or moves to the front when it is already there; null removes the first. */
  primary?: Typed | null;
  add: Typed[];
  /** Numbers or addresses (matched as `same` says), or labels (every entry with that label). */
  remove: string[];
}

interface Entry {
  label: ContactLabel;
  value: string;
}

const say = messages('fields', english);

/** Applies one ListEdit; throws a UserError for a removal that matches nothing on the card. */
function editList(list: readonly Entry[], edit: ListEdit, same: (a: string, b: string) => boolean, noun?: ListNoun): Entry[] {
  let entries = [...list];
  for (const target of edit.remove) {
    const label = target.trim().toLowerCase();
    const byLabel = isContactLabel(label);
    const hits = entries.filter((entry) => (byLabel ? entry.label === label : same(entry.value, target)));
    if (hits.length === 0 && noun) {
      const option = `--remove-${noun.option} "${target}"`;
      const { holder } = noun;
      const phones = noun.option === 'phone';
      if (list.length === 0) throw new UserError((phones ? say().noPhones : say().noEmails)({ option, holder }));
      const have = list.map((entry) => `${entry.label} ${entry.value}`).join(', ');
      if (byLabel) throw new UserError((phones ? say().noPhoneLabelled : say().noEmailLabelled)({ option, holder, label, have }));
      throw new UserError((phones ? say().noSuchPhone : say().noSuchEmail)({ option, holder, have }));
    }
    entries = entries.filter((entry) => !hits.includes(entry));
  }
  if (edit.primary === null) entries = entries.slice(1);
  else if (edit.primary !== undefined) {
    const primary = edit.primary;
    const at = entries.findIndex((entry) => same(entry.value, primary.value));
    const kept = at >= 0 ? entries.splice(at, 1)[0] : entries.shift();
    entries.unshift({ label: primary.label ?? kept?.label ?? DEFAULT_LABEL, value: primary.value });
  }
  for (const added of edit.add) {
    const at = entries.findIndex((entry) => same(entry.value, added.value));
    const entry = { label: added.label ?? entries[at]?.label ?? DEFAULT_LABEL, value: added.value };
    if (at >= 0) entries[at] = entry;
    else entries.push(entry);
  }
  return entries;
}

/** How a refusal names the list: "--remove-phone "home": none of acme's phone numbers is labelled home (...)". */
export interface ListNoun {
  option: 'phone' | 'email';
  holder: string;
}

/** A card's phones after `crm file`/`crm edit`'s options; `holder` names the client in a refusal. */
export function editPhones(phones: readonly LabelledPhone[], edit: ListEdit, holder: string): LabelledPhone[] {
  return toPhones(editList(fromPhones(phones), edit, sameNumber, { option: 'phone', holder }));
}

export function editEmails(emails: readonly LabelledEmail[], edit: ListEdit, holder: string): LabelledEmail[] {
  return toEmails(editList(fromEmails(emails), edit, sameAddress, { option: 'email', holder }));
}

const fromPhones = (phones: readonly LabelledPhone[]): Entry[] => phones.map(({ label, number }) => ({ label, value: number }));
const toPhones = (entries: readonly Entry[]): LabelledPhone[] => entries.map(({ label, value }) => ({ label, number: value }));
const fromEmails = (emails: readonly LabelledEmail[]): Entry[] => emails.map(({ label, address }) => ({ label, value: address }));
const toEmails = (entries: readonly Entry[]): LabelledEmail[] => entries.map(({ label, value }) => ({ label, address: value }));

/**
 * A whole card with its lists settled: one built with only `phone` and `email` (its lists empty, as
 * code from before the lists builds it) gets them as its lists, labelled work; then `phone` and
 * `email` are the lists' first entries.
 */
export function settledCard<T extends Card>(card: T): T {
  const phones = card.phones?.length ? card.phones : legacyPhones(card.phone);
  const emails = card.emails?.length ? card.emails : legacyEmails(card.email);
  return { ...card, phones, emails, phone: phones[0]?.number ?? null, email: emails[0]?.address ?? null };
}
