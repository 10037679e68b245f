// crm call <client>: which of the card's numbers to dial, and its tel: link. Opening the link is the
// desktop's business (declared/opener.ts): this only reads.
import type { ContactLabel } from '../binder/dossier.js';
import { telUri } from '../binder/reach.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { call as english } from '../i18n/en/call.js';
import type { Deps } from './deps.js';
import { requireClient } from './lookup.js';

export interface CallInput {
  client: string;
  /** The label of the number to dial (--number home); the primary number unless given. */
  label?: string;
}

export interface CallResult {
  handle: string;
  name: string;
  /** The number as the card holds it. */
  number: string;
  label: ContactLabel;
  /** The RFC 3966 tel: URI (binder/reach.ts telUri). */
  uri: string;
}

/** How the desktop's opener took the link (declared/opener.ts). */
export interface Dialled {
  /** The program crm opens links with here (xdg-open, open); undefined where it knows none. */
  opener: string | undefined;
  /** It is on PATH. */
  found: boolean;
  /** It started with the link. */
  opened: boolean;
}

const say = messages('call', english);

export async function callClient(input: CallInput, deps: Deps): Promise<CallResult> {
  const dossier = await requireClient(deps.store, input.client);
  const { handle, name, phones } = dossier;
  if (phones.length === 0) throw new UserError(say().noPhone({ handle }));
  // Several numbers may share a label: the first of them, as the card lists them.
  const phone = input.label === undefined ? phones[0] : phones.find((p) => p.label === input.label);
  if (!phone) {
    const labels = [...new Set(phones.map((p) => p.label))];
    // The example names another number than the primary, which crm call dials without --number.
    const example = labels[1] ?? labels[0];
    throw new UserError(say().noSuchLabel({ label: input.label ?? '', handle, labels: labels.join(', '), example: example ?? '' }));
  }
  return { handle, name, number: phone.number, label: phone.label, uri: telUri(phone.number) };
}
