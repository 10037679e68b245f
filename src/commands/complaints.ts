// crm complaint: resolved quickly, then followed up to check the client is satisfied.
import type { Day } from '../binder/day.js';
import { filingFor } from '../binder/dates.js';
import { NOTES } from '../binder/entry-notes.js';
import { about, BODIES } from '../binder/summaries.js';
import type { Filing } from '../binder/when.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { records as english } from '../i18n/en/records.js';
import type { ComplaintRecord } from '../store/store.js';
import { commitChange, type Changed } from './change.js';
import type { Deps } from './deps.js';
import { requireClient } from './lookup.js';

const say = messages('records', english);

export interface ComplaintView extends ComplaintRecord {
  /** Open and past its target date. */
  late: boolean;
}

/** What crm complaint answers: the complaint, and when resolved the follow-up's date. */
export type ComplaintResult = Changed & { complaint: ComplaintView; followUp?: Day };

export function complaintView(complaint: ComplaintRecord, today: Day): ComplaintView {
  return { ...complaint, late: complaint.resolvedAt === null && complaint.due < today };
}

export async function openComplaint(
  /** `what` not blank (the input schema refuses it); `by` resolved (binder/dates.ts), else the binder's complaint-due. */
  input: { client: string; what: string; by?: Filing },
  deps: Deps,
): Promise<Changed & { complaint: ComplaintView }> {
  const { today, settings } = deps;
  const { day } = input.by ?? filingFor(settings.complaintDue, deps);
  const dossier = await requireClient(deps.store, input.client);
  const at = deps.now();
  const changed = await commitChange(deps, {
    command: 'complaint',
    summary: about(dossier.handle, BODIES.complaint.make({ day, what: input.what.trim() })),
    at,
    complaints: [{ handle: dossier.handle, what: input.what.trim(), due: day }],
    updates: [{ handle: dossier.handle, entries: [{ at, kind: 'complaint', note: NOTES.complaint.make({ what: input.what.trim(), day }) }] }],
  });
  const complaint = (await deps.store.complaints({ handle: dossier.handle })).reduce((a, b) => (b.id > a.id ? b : a));
  return { ...changed, complaint: complaintView(complaint, today) };
}

/**
 * Closes a complaint and files the follow-up: a promise of ours to check that the client is
 * satisfied, on the follow-up date, and the dossier comes up that day (unless it comes up sooner).
 */
export async function resolveComplaint(
  input: { id: number; note: string },
  deps: Deps,
): Promise<Changed & { complaint: ComplaintView; followUp: Day }> {
  const { today, settings } = deps;
  const complaint = (await deps.store.complaints({})).find((c) => c.id === input.id);
  if (!complaint) throw new UserError(say().noComplaint({ id: input.id }));
  if (complaint.resolvedAt) throw new UserError(say().complaintResolved({ id: input.id, day: complaint.resolvedAt.slice(0, 10) }));
  if (input.note.trim() === '') throw new UserError(say().sayHowResolved({ id: input.id }));
  const dossier = await requireClient(deps.store, complaint.handle);
  const { day: followUp } = filingFor(settings.complaintFollowUp, deps);
  const at = deps.now();
  const sooner = dossier.filedOn !== null && dossier.filedOn <= followUp;
  const changed = await commitChange(deps, {
    command: 'complaint',
    summary: about(complaint.handle, BODIES.resolved.make({ id: complaint.id, day: followUp })),
    at,
    resolvedComplaints: [{ id: complaint.id, resolution: input.note.trim() }],
    promises: [{ handle: complaint.handle, what: NOTES.checkSatisfied.make({ what: complaint.what }), due: followUp, theirs: false }],
    updates: [
      {
        handle: complaint.handle,
        // A new filing for the day: the hour of an appointment before it does not carry over.
        ...(!sooner && { filedOn: followUp, filedAt: null }),
        entries: [
          { at, kind: 'resolved', note: `${complaint.what}: ${input.note.trim()}` },
          ...(sooner ? [] : [{ at, kind: 'filed' as const, from: dossier.filedOn, to: followUp, fromAt: dossier.filedAt, note: NOTES.followUp.make({}) }]),
        ],
      },
    ],
  });
  return { ...changed, complaint: complaintView({ ...complaint, resolvedAt: at, resolution: input.note.trim() }, today), followUp };
}

export async function listComplaints(input: { client?: string }, deps: Deps): Promise<{ complaints: ComplaintView[] }> {
  const handle = input.client === undefined ? undefined : (await requireClient(deps.store, input.client)).handle;
  const complaints = await deps.store.complaints({ ...(handle !== undefined && { handle }), open: true });
  return { complaints: complaints.map((c) => complaintView(c, deps.today)) };
}
