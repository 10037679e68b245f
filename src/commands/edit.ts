// crm edit <client>: change the card; every change is a history entry.
import { seenOf } from '../binder/meanwhile.js';
import { about, STEPS } from '../binder/summaries.js';
import { cardChanges, checkCardEdit, editedCard, type ReachOptions } from '../binder/card.js';
import type { CardField } from '../binder/dossier.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { records as english } from '../i18n/en/records.js';
import { commitChange, type Changed } from './change.js';
import type { Deps } from './deps.js';
import { requireClient } from './lookup.js';
import type { DossierView } from './stack.js';

const say = messages('records', english);

export type EditResult = Changed & { dossier: DossierView };

export async function editCard(
  input: { client: string; card: Partial<Record<CardField, string>>; reach?: ReachOptions; editNotes?: (current: string) => Promise<string> },
  deps: Deps,
): Promise<EditResult> {
  const dossier = await requireClient(deps.store, input.client);
  const typed = { ...input.card };
  const edit = checkCardEdit(typed, input.reach);
  if (Object.keys(typed).length === 0 && !edit.phones && !edit.emails) {
    if (!input.editNotes) throw new UserError(say().editNeedsFields);
    edit.fields = checkCardEdit({ notes: await input.editNotes(dossier.notes ?? '') }).fields;
  }
  const given = editedCard(edit, dossier, dossier.handle);
  const changes = cardChanges(dossier, given) ?? {};
  const at = deps.now();
  const fields = Object.keys(changes);
  const changed = await commitChange(deps, {
    command: 'edit',
    summary: about(dossier.handle, fields.length > 0 ? STEPS.card.make({ fields: fields.join(', ') }) : STEPS.nothingChanged.make({})),
    at,
    updates: [{ handle: dossier.handle, card: given, entries: fields.length > 0 ? [{ at, kind: 'changed', changes }] : [], seen: seenOf(dossier, given) }],
  });
  return { ...changed, dossier: changed.dossiers[0] as DossierView };
}
