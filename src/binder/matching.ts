// Which client an imported contact is: the keys that tell one client from another outside crm
// (a handle, an e-mail address, a phone number), and how two sets of them match.
import { fold } from './fold.js';

/** What tells one client from another outside crm: for finding an imported contact already filed. */
export interface ContactKeys {
  handle: string;
  name: string;
  email: string | null;
  phone: string | null;
}

/** A client as an import compares it; `label` says which it is in messages (a handle, or a row's place). */
type Known = ContactKeys & { label: string };

/**
 * Clients by handle, e-mail and phone. Phones match on their digits, the last nine when both have
 * as many: "+48 601 234 567" and "601-234-567" are one number. A phone is shared by everyone at a
 * switchboard, so two different e-mail addresses outweigh it: those are two people.
 */
export class Keys {
  private readonly byEmail = new Map<string, Known>();
  private readonly byPhone = new Map<string, Known[]>();
  private readonly byHandle = new Map<string, Known>();
  readonly all: Known[] = [];

  constructor(keys: ContactKeys[]) {
    for (const key of keys) this.add({ ...key, label: key.handle });
  }

  add(keys: Known): void {
    this.all.push(keys);
    if (keys.handle) this.byHandle.set(keys.handle, keys);
    const email = emailKey(keys.email);
    if (email && !this.byEmail.has(email)) this.byEmail.set(email, keys);
    const phone = phoneKey(keys.phone);
    if (phone) this.byPhone.set(phone, [...(this.byPhone.get(phone) ?? []), keys]);
  }

  match(keys: ContactKeys): { keys: Known; match: string } | undefined {
    const byHandle = keys.handle ? this.byHandle.get(keys.handle) : undefined;
    if (byHandle) return { keys: byHandle, match: 'handle' };
    const email = emailKey(keys.email);
    const byEmail = email ? this.byEmail.get(email) : undefined;
    if (byEmail) return { keys: byEmail, match: 'e-mail' };
    const samePerson = (other: Known) => email === null || emailKey(other.email) === null;
    const byPhone = this.byPhone.get(phoneKey(keys.phone) ?? '')?.find(samePerson);
    return byPhone && { keys: byPhone, match: 'phone' };
  }
}

export function emailKey(email: string | null): string | null {
  return email ? email.trim().toLowerCase() : null;
}

function phoneKey(phone: string | null): string | null {
  // Digits in any script count: "٠٦٠١" is 0601.
  const digits = phone ? fold(phone).replace(/\D/g, '') : '';
  return digits.length >= 5 ? digits.slice(-9) : null;
}
