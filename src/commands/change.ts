// Writing a change and reporting it: every changing command answers with the same shape, which is
// what its --json prints (README, "For scripts").
import type { Dossier, HistoryEntry, NewEntry } from '../binder/dossier.js';
import { formatSize, textSize } from '../binder/size.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { refusals as english } from '../i18n/en/refusals.js';
import { ChangedMeanwhile, type BinderChange, type ChangeRecord } from '../store/store.js';
import type { Deps } from './deps.js';
import { managesTeam } from './scope.js';
import { view, type DossierView } from './stack.js';

const say = messages('refusals', english);

export interface Changed {
  /** The change as the change log keeps it; null when the command found nothing to change. */
  change: ChangeRecord | null;
  /** The dossiers the change touched, as they are now. */
  dossiers: DossierView[];
  /** The history entries it added, every field present (null when it does not apply). */
  entries: AddedEntry[];
  /**
   * Dossiers someone else refiled between this command's read and its write, each with the filing
   * it read and the one it found (the change was made again from there); absent when none was.
   */
  meanwhile?: { handle: string; saw: string | null; sawAt: string | null; found: string | null; foundAt: string | null; skipped?: true; by?: string }[];
}

export type AddedEntry = Omit<HistoryEntry, 'id'> & { handle: string };

/** Commits a change (unless it changes nothing) and reads back the dossiers it touched. */
export async function commitChange(deps: Deps, change: BinderChange): Promise<Changed> {
  refuseTeamWide(deps, change);
  const touched = [...(change.creates ?? []), ...(change.updates ?? [])];
  // An import brings back what a binder held already, whatever its limit was then.
  if (change.command !== 'import') checkTextSizes(change, deps.settings.noteLimit);
  const built = touched.flatMap(({ handle, entries }) => entries.map((entry) => added(handle, entry)));
  const rows = [change.documents, change.promises, change.keptPromises, change.complaints, change.resolvedComplaints, change.forms];
  const empty = built.length === 0 && !change.settings && !change.leaving && rows.every((list) => !list || list.length === 0);
  const committed = empty ? null : await commitOrRefuse(deps, change);
  const dossiers: DossierView[] = [];
  for (const { handle } of touched) {
    const dossier = (await deps.store.dossier(handle)) as Dossier | undefined;
    if (dossier) dossiers.push(view(dossier, deps.today));
  }
  const made = madeBy(deps, dossiers);
  if (!committed) return { change: null, dossiers, entries: built.map(made) };
  const { meanwhile, ...record } = committed;
  if (meanwhile.length === 0) return { change: record, dossiers, entries: built.map(made) };
  // What was written, not what was built: the entries made again from the dossier as it was found.
  const remade = new Map(meanwhile.map(({ handle, entries }) => [handle, entries.map((entry) => added(handle, entry))]));
  const entries = touched.flatMap(({ handle, entries }) => remade.get(handle) ?? entries.map((entry) => added(handle, entry)));
  return {
    change: record,
    dossiers,
    entries: entries.map(made),
    meanwhile: meanwhile.map(({ handle, saw, sawAt, found, foundAt, skipped, by }) => ({ handle, saw, sawAt, found, foundAt, ...(skipped && { skipped }), ...(by !== undefined && { by }) })),
  };
}

/**
 * On a team's binder the binder's settings and forms are the team's, a manager's to change (the
 * server's grants say the same): a rep's change to them is one line, exit 2, before the server's refusal.
 */
function refuseTeamWide(deps: Deps, change: BinderChange): void {
  const team = deps.store.team;
  if (!team || (!change.settings && !change.forms?.length)) return;
  if (managesTeam(team)) return;
  const me = team.me;
  const m = say();
  const role = me && me.removedAt === null ? m.roles[me.role] : m.notOnTeam;
  throw new UserError((change.settings ? m.teamSettings : m.teamForms)({ login: team.login, role }));
}

/**
 * Who made an added entry and for whom, as the store recorded them: on a team's binder the login
 * acting and the dossier's owner when it was written (an assignment's, the one it was taken from);
 * on a binder file nobody. An import's entries keep theirs.
 */
function madeBy(deps: Deps, dossiers: DossierView[]): (entry: AddedEntry) => AddedEntry {
  const team = deps.store.team;
  if (!team) return (entry) => entry;
  const owners = new Map(dossiers.map((d) => [d.handle, d.owner ?? team.login]));
  return (entry) => ({
    ...entry,
    by: entry.by ?? team.login,
    for: entry.for ?? (entry.kind === 'assigned' ? entry.changes?.owner?.from : undefined) ?? owners.get(entry.handle) ?? null,
  });
}

/** The store's commit; card fields someone else changed meanwhile are one line, exit 2, and what was typed is printed back. */
async function commitOrRefuse(deps: Deps, change: BinderChange) {
  try {
    return await deps.store.commit(change);
  } catch (error) {
    if (!(error instanceof ChangedMeanwhile)) throw error;
    const update = change.updates?.find((u) => u.handle === error.handle);
    const given = error.fields.map((field) => `${field} "${update?.card?.[field] ?? ''}"`).join(', ');
    throw new UserError(say().changedMeanwhile({ handle: error.handle, fields: error.fields.join(say().and), given }));
  }
}

function added(handle: string, entry: NewEntry): AddedEntry {
  return {
    handle,
    at: entry.at,
    kind: entry.kind,
    note: entry.note ?? null,
    outcome: entry.outcome ?? null,
    offer: entry.offer ?? null,
    from: entry.from ?? null,
    to: entry.to ?? null,
    fromAt: entry.fromAt ?? null,
    toAt: entry.toAt ?? null,
    changes: entry.changes ?? null,
    form: entry.form ?? null,
    by: entry.by ?? null,
    for: entry.for ?? null,
  };
}

/**
 * Refuses a text over the binder's note limit (crm config note-limit): one line saying its size,
 * the limit, and that a text that long belongs in the dossier as a document.
 */
export function checkNoteSize(text: string | null | undefined, what: MeasuredText, limit: number, handle = '<client>'): void {
  // A UTF-16 unit is at most 3 UTF-8 bytes: a short text need not be measured.
  if (text === null || text === undefined || text.length * 3 <= limit) return;
  const size = textSize(text);
  if (size <= limit) return;
  const m = say();
  const named = typeof what === 'string' ? m.texts[what] : m.answerTo({ key: what.answerTo });
  throw new UserError(m.tooLong({ what: named, size: formatSize(size), limit: formatSize(limit), handle }));
}

/** A text measured against the note limit: one of the entries' texts, or a form's answer to a question (its key). */
export type MeasuredText = keyof (typeof english)['texts'] | { answerTo: string };

/** Every text a change adds to a history, a promise or a complaint, checked against the limit. */
function checkTextSizes(change: BinderChange, limit: number): void {
  // Promises and complaints first: their history entries quote them, and the line should name them.
  for (const promise of change.promises ?? []) checkNoteSize(promise.what, 'promise', limit, promise.handle);
  for (const complaint of change.complaints ?? []) checkNoteSize(complaint.what, 'complaint', limit, complaint.handle);
  for (const resolved of change.resolvedComplaints ?? []) checkNoteSize(resolved.resolution, 'resolution', limit);
  for (const { handle, entries } of [...(change.creates ?? []), ...(change.updates ?? [])]) {
    for (const entry of entries) {
      checkNoteSize(entry.note, 'note', limit, handle);
      checkNoteSize(entry.offer, 'offer', limit, handle);
      for (const [key, answer] of Object.entries(entry.form?.answers ?? {})) {
        if (typeof answer === 'string') checkNoteSize(answer, { answerTo: key }, limit, handle);
      }
    }
  }
}

/** `--note ""` (or blank) is refused: a conversation logged with nothing said is a mistake. */
export function checkNotBlank(note: string | undefined, example: string): void {
  if (note !== undefined && note.trim() === '') {
    throw new UserError(say().blankNote({ example }));
  }
}
