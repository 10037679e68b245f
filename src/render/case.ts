// What the commands of the case say: attach, docs, promise, complaint, form, edit, slipping, review.
import type { Day } from '../binder/day.js';
import type { Changed } from '../commands/change.js';
import type { ComplaintResult, ComplaintView } from '../commands/complaints.js';
import type { AttachResult } from '../commands/documents.js';
import type { EditResult } from '../commands/edit.js';
import type { FormDefinition } from '../binder/forms.js';
import type { PromiseView } from '../commands/promises.js';
import type { ReviewResult } from '../commands/review.js';
import type { Slipping } from '../commands/slipping.js';
import type { DocumentInfo } from '../store/store.js';
import { formatSize } from '../binder/size.js';
import { padCells, widestCells } from '../binder/width.js';
import { changedJson } from './changes.js';
import { messages } from '../i18n/catalogue.js';
import { caseFile as english } from '../i18n/en/caseFile.js';
import { onTerminal, promiseWhat } from './stored.js';
import { isolated, longDay, paint, shortDay } from './style.js';

const say = messages('caseFile', english);

/** crm attach --json: the change, and the documents attached. */
export function attachedJson(result: AttachResult) {
  return { ...changedJson(result), attached: result.attached };
}

/** crm docs --get --json: where the document was written, and what it is (its bytes are in the file). */
export function savedJson({ written, document }: { written: string; document: DocumentInfo & { content: unknown } }) {
  return { written, ...document, content: undefined };
}

export function renderSaved({ written, document }: { written: string; document: DocumentInfo }): string {
  return `${say().wrote({ path: written, size: document.size, sha256: document.sha256 })}\n`;
}

/** crm promise --json: the change, and the promise made or kept. */
export function promiseJson(result: Changed & { promise: PromiseView }) {
  return { ...changedJson(result), promise: result.promise };
}

/** crm complaint --json: the change, the complaint, and the follow-up's date when it was resolved (else null). */
export function complaintJson(result: ComplaintResult) {
  return { ...changedJson(result), complaint: result.complaint, followUp: result.followUp ?? null };
}

/** crm docs, or crm attach (`attached`): the documents, under a title that says which. */
export function renderDocuments(handle: string, documents: DocumentInfo[], attached = false): string {
  if (documents.length === 0) return `${say().noDocuments({ handle: isolated(handle) })}\n`;
  const title = (attached ? say().attachedTo : say().documentsOf)({ handle: isolated(handle) });
  const width = widestCells(documents.map((d) => isolated(d.name)));
  const lines = documents.map((d) => {
    const what = d.link ? `${say().link}  ${isolated(d.link)}` : `${formatSize(d.size ?? 0).padStart(8)}  ${d.type}  sha256 ${d.sha256?.slice(0, 12)}…`;
    return `  ${padCells(isolated(d.name), width)}  ${paint.dim(what)}  ${paint.dim(d.addedAt.slice(0, 10))}`;
  });
  return `${paint.bold(title)}\n${lines.join('\n')}\n`;
}

export function renderPromises(promises: PromiseView[], today: Day): string {
  const m = say();
  if (promises.length === 0) return `${m.noPromises}\n`;
  const lines = promises.map((p) => {
    const state = p.status === 'broken' ? paint.red.bold(m.broken) : p.status === 'due' ? paint.yellow(m.dueToday) : m.by({ day: shortDay(p.due, today) });
    return `  ${paint.dim(`#${p.id}`)} ${paint.cyan(isolated(p.handle))}  ${p.theirs ? m.theirs : m.ours}: ${promiseWhat(p.what, onTerminal())}  ${state}${p.status === 'broken' ? paint.dim(` ${m.wasDue({ day: shortDay(p.due, today) })}`) : ''}`;
  });
  return `${paint.bold(m.openPromises)}\n${lines.join('\n')}\n`;
}

export function renderPromise(promise: PromiseView): string {
  const m = say();
  if (promise.keptAt) return `${m.kept({ id: promise.id, handle: isolated(promise.handle), what: promiseWhat(promise.what, onTerminal()) })}\n`;
  const made = m.promised({ id: promise.id, handle: paint.cyan(isolated(promise.handle)), whose: promise.theirs ? m.theirs : m.ours, day: longDay(promise.due), what: promiseWhat(promise.what, onTerminal()) });
  return `${made}\n${paint.dim(m.promiseHint({ id: promise.id }))}\n`;
}

export function renderComplaints(complaints: ComplaintView[], today: Day): string {
  const m = say();
  if (complaints.length === 0) return `${m.noComplaints}\n`;
  const lines = complaints.map(
    (c) => `  ${paint.dim(`#${c.id}`)} ${paint.cyan(isolated(c.handle))}  ${isolated(c.what)}  ${c.late ? paint.red.bold(m.late({ day: shortDay(c.due, today) })) : m.target({ day: shortDay(c.due, today) })}`,
  );
  return `${paint.bold(m.openComplaints)}\n${lines.join('\n')}\n`;
}

export function renderComplaint(complaint: ComplaintView, followUp?: Day): string {
  const m = say();
  if (complaint.resolvedAt) {
    return `${m.resolved({ id: complaint.id, handle: isolated(complaint.handle), resolution: isolated(complaint.resolution ?? '') })}\n${m.followUp({ day: longDay(followUp ?? complaint.due) })}\n`;
  }
  const opened = m.complaint({ id: complaint.id, handle: paint.cyan(isolated(complaint.handle)), day: longDay(complaint.due), what: isolated(complaint.what) });
  return `${opened}\n${paint.dim(m.complaintHint({ id: complaint.id }))}\n`;
}

export function renderForms(forms: FormDefinition[]): string {
  if (forms.length === 0) return `${say().noForms}\n`;
  return `${forms.map((f) => renderForm(f)).join('\n')}`;
}

export function renderForm(form: FormDefinition, added?: 'added' | 'replaced'): string {
  const m = say();
  const head = `${added ? `${added === 'added' ? m.addedForm : m.replacedForm} ` : ''}${paint.bold(isolated(form.name))}${form.title ? `: ${isolated(form.title)}` : ''}`;
  const fields = form.fields.map(
    (f) =>
      `  ${padCells(isolated(f.key), 14)} ${isolated(f.type)}${f.type === 'choice' ? ` (${isolated(f.choices?.join(', ') ?? '')})` : ''}${f.required ? paint.yellow(` ${m.required}`) : ''}  ${paint.dim(isolated(f.label))}`,
  );
  return `${head}\n${fields.join('\n')}\n`;
}

export function renderSlipping(list: Slipping[], today: Day): string {
  const m = say();
  if (list.length === 0) return `${m.nobodySlipping}\n`;
  const lines = list.map(
    (s) =>
      `  ${paint.red.bold(m.daysLate({ days: s.daysLate }).padStart(5))}  ${paint.cyan(isolated(s.dossier.handle))}  ${isolated(s.dossier.name)}  ${paint.dim(
        m.rhythm({ cadence: s.cadence, last: s.lastReal ? shortDay(s.lastReal.slice(0, 10), today) : m.never, next: s.dossier.filedOn ? shortDay(s.dossier.filedOn, today) : '-' }),
      )}`,
  );
  return `${paint.bold(m.slipping({ count: list.length }))}${m.worstFirst}\n${lines.join('\n')}\n`;
}

export function renderReview(r: ReviewResult): string {
  const m = say();
  const n = (count: number) => m.count({ count });
  const period = r.from === r.to ? longDay(r.from) : m.period({ from: longDay(r.from), to: longDay(r.to) });
  const outcomes = Object.entries(r.byOutcome)
    .sort(([, a], [, b]) => b - a)
    .map(([outcome, count]) => m.tally({ what: outcome, count }))
    .join(m.listSeparator);
  const list = (handles: string[]) => (handles.length === 0 ? '' : paint.dim(`  ${handles.join(', ')}`));
  // The labels in one column: as wide as the language's widest label, and two spaces.
  const labels = [m.logged, m.loggedBy, m.planned, m.done, m.calledAhead, m.postponed, m.slipped, m.promises, m.complaints];
  const width = widestCells(labels) + 2;
  const label = (text: string) => `  ${padCells(text, width)}`;
  const promises = m.promiseCounts({
    made: n(r.promises.made),
    kept: n(r.promises.kept),
    keptLate: n(r.promises.keptLate),
    broken: r.promises.broken > 0 ? paint.red(m.brokenCount({ count: r.promises.broken })) : m.brokenCount({ count: 0 }),
  });
  const lines = [
    `${paint.bold(m.review)}: ${period}`,
    '',
    `${label(m.logged)}${n(r.logged)}${outcomes ? paint.dim(`  (${outcomes})`) : ''}`,
    ...(r.loggedBy ? [`${label(m.loggedBy)}${loggedByLine(r.loggedBy, r.team)}`] : []),
    `${label(m.planned)}${n(r.planned)}`,
    `${label(m.done)}${n(r.done.length)}${list(r.done)}`,
    ...(r.unplanned.length > 0 ? [`${label(m.calledAhead)}${n(r.unplanned.length)}${list(r.unplanned)}`] : []),
    `${label(m.postponed)}${n(r.postponed.length)}${list(r.postponed)}`,
    `${label(m.slipped)}${r.slipped.length > 0 ? paint.red(n(r.slipped.length)) : n(0)}${list(r.slipped)}`,
    '',
    `${label(m.promises)}${promises}`,
    `${label(m.complaints)}${m.complaintCounts({ opened: n(r.complaints.opened), resolved: n(r.complaints.resolved), open: n(r.complaints.open) })}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Who logged the review's conversations, the most first: 'Anna Nowak 3, you 2'. */
function loggedByLine(loggedBy: Record<string, number>, team: ReviewResult['team']): string {
  const m = say();
  return Object.entries(loggedBy)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([login, count]) => m.tally({ what: login === team?.login ? m.you : isolated(team?.names[login] ?? login), count }))
    .join(m.listSeparator);
}

/** crm edit: the fields the edit changed on the card, or that it changed none. */
export function renderEdited(result: EditResult): string {
  const m = say();
  const fields = result.entries.flatMap((e) => Object.keys(e.changes ?? {}));
  return fields.length === 0 ? `${m.nothingChanged({ handle: result.dossier.handle })}\n` : `${m.changed({ fields: fields.join(', '), handle: result.dossier.handle })}\n`;
}
