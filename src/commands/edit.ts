// crm edit <client>: change the card; every change is a history entry.
import { CARD_FIELDS, type CardField, type NewEntry } from '../binder/dossier.js';
import { UserError } from '../errors.js';
import { validateCardFields } from './card.js';
import { commitChange, type Changed } from './change.js';
import type { Deps } from './deps.js';
import { requireClient } from './lookup.js';
import type { DossierView } from './stack.js';

export async function editCard(
  input: { client: string; card: Partial<Record<CardField, string>>; editNotes?: (current: string) => Promise<string> },
  deps: Deps,
): Promise<Changed & { dossier: DossierView }> {
  const dossier = await requireClient(deps.store, input.client);
  const typed = { ...input.card };
  if (Object.keys(typed).length === 0) {
    if (!input.editNotes) throw new UserError('edit needs the fields to change (crm edit acme --phone "+48 22 555 01 02"), or a terminal for $EDITOR');
    typed.notes = await input.editNotes(dossier.notes ?? '');
  }
  const given = validateCardFields(typed);
  const changes: NonNullable<NewEntry['changes']> = {};
  for (const field of CARD_FIELDS) {
    const to = given[field];
    if (to !== undefined && to !== dossier[field]) changes[field] = { from: dossier[field], to };
  }
  const at = deps.now();
  const fields = Object.keys(changes);
  const changed = await commitChange(deps, {
    command: 'edit',
    summary: `${dossier.handle}: ${fields.length > 0 ? `card (${fields.join(', ')})` : 'nothing changed'}`,
    at,
    updates: [{ handle: dossier.handle, card: given, entries: fields.length > 0 ? [{ at, kind: 'changed', changes }] : [] }],
  });
  return { ...changed, dossier: changed.dossiers[0] as DossierView };
}
