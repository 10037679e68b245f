// crm file <client> <when>: file a new dossier, or refile an existing one, behind a divider.
import { seenOf } from '../binder/meanwhile.js';
import { cardChanges, checkCardEdit, editedCard, validateHandle, type ReachOptions } from '../binder/card.js';
import { emptyCard, type Card, type CardField, type NewEntry } from '../binder/dossier.js';
import { changedCard } from '../binder/reach.js';
import type { TimedFiling } from '../binder/dates.js';
import { dayAndHour } from '../binder/hours.js';
import { about, contactStep, filingStep, steps, STEPS, SUMMARIES } from '../binder/summaries.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { refusals as english } from '../i18n/en/refusals.js';
import { HandleTaken } from '../store/errors.js';
import type { Deps } from './deps.js';
import { ambiguous, lookupClient } from './lookup.js';
import type { DossierView } from './stack.js';
import { checkNotBlank, commitChange, type Changed } from './change.js';

const say = messages('refusals', english);

export interface FileInput {
  client: string;
  /** The date as typed: advice quotes it back. */
  when: string;
  /** Where it goes: the date and hour resolved (binder/dates.ts filingAt). */
  filing: TimedFiling;
  /** Card fields as typed. */
  card: Partial<Record<CardField, string>>;
  /** Phone numbers and e-mail addresses to add or remove. */
  reach?: ReachOptions;
  /** What was said: a note in the history. */
  note?: string;
  offer?: string;
  /** A team's binder: the owner of a new dossier (a manager's choice); the one filing it unless given. */
  owner?: string;
}

export interface FileResult extends Changed {
  dossier: DossierView;
  created: boolean;
  filing: TimedFiling;
  /** The date it was filed on before; null for a new or closed dossier. */
  previous: string | null;
  /** The hour it was filed at before; null for the day (or a new or closed dossier). */
  previousAt: string | null;
}

export async function fileDossier(input: FileInput, deps: Deps): Promise<FileResult> {
  return fileOnce(input, deps, false);
}

/** `again`: the look-up is made a second time, the first having found free a handle taken before the commit. */
async function fileOnce(input: FileInput, deps: Deps, again: boolean): Promise<FileResult> {
  const { store } = deps;
  // Everything typed is checked before anything is asked or written (the date was, when it was resolved).
  const { filing } = input;
  const edit = checkCardEdit(input.card, input.reach);
  checkNotBlank(input.note, `crm file ${input.client} ${input.when}`);
  const found = await lookupClient(store, input.client);
  if (found.kind === 'many') throw ambiguous(input.client, found.dossiers);

  const at = deps.now();
  const conversation: NewEntry[] =
    input.note !== undefined || input.offer !== undefined ? [{ at, kind: 'note', note: input.note ?? null, offer: input.offer ?? null }] : [];

  if (input.owner !== undefined) await checkOwner(input.owner, found.kind === 'one' ? found.dossier.handle : undefined, deps);
  if (found.kind === 'none') {
    const handle = validateHandle(input.client.trim());
    const card = await newCard(handle, editedCard(edit, null, handle), deps);
    const entries: NewEntry[] = [
      { at, kind: 'created', changes: cardChanges(null, card) },
      ...conversation,
      { at, kind: 'filed', from: null, to: filing.day, toAt: filing.at },
    ];
    let changed: Changed;
    try {
      changed = await commitChange(deps, {
        command: 'file',
        summary: SUMMARIES.newDossier.make({ handle, name: card.name, day: dayAndHour(filing.day, filing.at) }),
        at,
        creates: [{ handle, card, filedOn: filing.day, filedAt: filing.at, entries, ...(input.owner !== undefined && { owner: input.owner }) }],
      });
    } catch (error) {
      // Another crm filed this handle between the look-up and the commit, which wrote nothing. Filed
      // again, this filing is what it would have been a moment later: a client of another name is
      // refused (as below: crm file does not rename), the same one refiled.
      if (!(error instanceof HandleTaken) || error.handle !== handle || again) throw error;
      return fileOnce({ ...input, card: { ...input.card, name: card.name } }, deps, true);
    }
    return { ...changed, dossier: changed.dossiers[0] as DossierView, created: true, filing, previous: null, previousAt: null };
  }

  const { dossier } = found;
  const given = editedCard(edit, dossier, dossier.handle);
  const changes = cardChanges(dossier, given);
  if (changes?.name) {
    // BINDER.md, "Card options": a handle reused by mistake for a new client would overwrite the
    // old client's card. Renaming is crm edit's job.
    const who = [dossier.name, dossier.company].filter(Boolean).join(', ');
    throw new UserError(say().noRename({ client: input.client, handle: dossier.handle, who, name: `${changes.name.to}`, when: input.when }));
  }
  // The same day without an hour keeps the hour it has (crm file acme 8 --priority A changes the
  // card, not the appointment); another day without one is a filing for the day.
  const filedAt = filing.at ?? (dossier.filedOn === filing.day ? dossier.filedAt : null);
  const refiled = dossier.filedOn !== filing.day || dossier.filedAt !== filedAt;
  const entries: NewEntry[] = [
    ...(changes ? [{ at, kind: 'changed' as const, changes }] : []),
    ...conversation,
    ...(refiled ? [{ at, kind: 'filed' as const, from: dossier.filedOn, to: filing.day, fromAt: dossier.filedAt, toAt: filedAt }] : []),
  ];
  const to = dayAndHour(filing.day, filedAt);
  const moved = filingStep(!refiled ? to : dossier.filedOn ? dayAndHour(dossier.filedOn, dossier.filedAt) : null, to);
  const changed = await commitChange(deps, {
    command: 'file',
    summary: about(dossier.handle, steps([changes && STEPS.card.make({ fields: Object.keys(changes).join(', ') }), conversation.length > 0 && contactStep('note', null), moved])),
    at,
    updates: [{ handle: dossier.handle, card: given, filedOn: filing.day, filedAt, entries, seen: seenOf(dossier, given) }],
  });
  return { ...changed, dossier: changed.dossiers[0] as DossierView, created: false, filing: { ...filing, at: filedAt }, previous: dossier.filedOn, previousAt: dossier.filedAt };
}

async function newCard(handle: string, given: Partial<Card>, deps: Deps): Promise<Card> {
  if (given.name) return changedCard(emptyCard(given.name), given);
  if (deps.ask) return deps.ask.card(handle, given);
  throw new UserError(say().newNeedsName({ handle }));
}

/** crm file --owner: a team's binder, a manager, a new dossier, an owner on the team. */
async function checkOwner(owner: string, existing: string | undefined, deps: Deps): Promise<void> {
  const { needsTeam } = await import('./words.js');
  const team = deps.store.team;
  if (!team) throw needsTeam('file --owner', deps.store.where);
  const { activePerson, requireManager } = await import('./people.js');
  requireManager(team, 'file --owner');
  if (existing !== undefined) throw new UserError(say().hasOwner({ handle: existing, owner }));
  await activePerson(team, owner, 'owner');
}
