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
import { isolated, longDay, paint, plural, shortDay } from './style.js';

/** crm attach --json: the change, and the documents attached. */
export function attachedJson(result: AttachResult) {
  return { ...changedJson(result), attached: result.attached };
}

/** crm docs --get --json: where the document was written, and what it is (its bytes are in the file). */
export function savedJson({ written, document }: { written: string; document: DocumentInfo & { content: unknown } }) {
  return { written, ...document, content: undefined };
}

export function renderSaved({ written, document }: { written: string; document: DocumentInfo }): string {
  return `Wrote ${written} (${document.size} bytes, sha256 ${document.sha256}).\n`;
}

/** crm promise --json: the change, and the promise made or kept. */
export function promiseJson(result: Changed & { promise: PromiseView }) {
  return { ...changedJson(result), promise: result.promise };
}

/** crm complaint --json: the change, the complaint, and the follow-up's date when it was resolved (else null). */
export function complaintJson(result: ComplaintResult) {
  return { ...changedJson(result), complaint: result.complaint, followUp: result.followUp ?? null };
}

export function renderDocuments(handle: string, documents: DocumentInfo[], title = `Documents of ${handle}`): string {
  if (documents.length === 0) return `${isolated(handle)} has no documents (crm attach ${isolated(handle)} <file>).\n`;
  const width = widestCells(documents.map((d) => isolated(d.name)));
  const lines = documents.map((d) => {
    const what = d.link ? `link  ${isolated(d.link)}` : `${formatSize(d.size ?? 0).padStart(8)}  ${d.type}  sha256 ${d.sha256?.slice(0, 12)}…`;
    return `  ${padCells(isolated(d.name), width)}  ${paint.dim(what)}  ${paint.dim(d.addedAt.slice(0, 10))}`;
  });
  return `${paint.bold(isolated(title))}\n${lines.join('\n')}\n`;
}

export function renderPromises(promises: PromiseView[], today: Day): string {
  if (promises.length === 0) return 'No open promises.\n';
  const lines = promises.map((p) => {
    const state = p.status === 'broken' ? paint.red.bold('broken') : p.status === 'due' ? paint.yellow('due today') : `by ${shortDay(p.due, today)}`;
    return `  ${paint.dim(`#${p.id}`)} ${paint.cyan(isolated(p.handle))}  ${p.theirs ? 'theirs' : 'ours'}: ${isolated(p.what)}  ${state}${p.status === 'broken' ? paint.dim(` (was due ${shortDay(p.due, today)})`) : ''}`;
  });
  return `${paint.bold('Open promises')}\n${lines.join('\n')}\n`;
}

export function renderPromise(promise: PromiseView): string {
  if (promise.keptAt) return `Kept promise #${promise.id} (${isolated(promise.handle)}): ${isolated(promise.what)}.\n`;
  return `Promise #${promise.id} for ${paint.cyan(isolated(promise.handle))}, ${promise.theirs ? 'theirs' : 'ours'}, by ${longDay(promise.due)}: ${isolated(promise.what)}.\n${paint.dim(`It shows in crm today from that day on; crm promise done ${promise.id} when it is kept.`)}\n`;
}

export function renderComplaints(complaints: ComplaintView[], today: Day): string {
  if (complaints.length === 0) return 'No open complaints.\n';
  const lines = complaints.map(
    (c) => `  ${paint.dim(`#${c.id}`)} ${paint.cyan(isolated(c.handle))}  ${isolated(c.what)}  ${c.late ? paint.red.bold(`late: target ${shortDay(c.due, today)}`) : `target ${shortDay(c.due, today)}`}`,
  );
  return `${paint.bold('Open complaints')}\n${lines.join('\n')}\n`;
}

export function renderComplaint(complaint: ComplaintView, followUp?: Day): string {
  if (complaint.resolvedAt) {
    return `Resolved complaint #${complaint.id} (${isolated(complaint.handle)}): ${isolated(complaint.resolution ?? '')}.\nFollow-up on ${longDay(followUp ?? complaint.due)}: check that the client is satisfied.\n`;
  }
  return `Complaint #${complaint.id} for ${paint.cyan(isolated(complaint.handle))}, to resolve by ${longDay(complaint.due)}: ${isolated(complaint.what)}.\n${paint.dim(`It shows in crm today until crm complaint resolve ${complaint.id} --note "...".`)}\n`;
}

export function renderForms(forms: FormDefinition[]): string {
  if (forms.length === 0) return 'No forms yet (crm form add <file.json|file.yaml>).\n';
  return `${forms.map((f) => renderForm(f)).join('\n')}`;
}

export function renderForm(form: FormDefinition, added?: 'added' | 'replaced'): string {
  const head = `${added ? `${added === 'added' ? 'Added' : 'Replaced'} form ` : ''}${paint.bold(isolated(form.name))}${form.title ? `: ${isolated(form.title)}` : ''}`;
  const fields = form.fields.map(
    (f) =>
      `  ${padCells(isolated(f.key), 14)} ${isolated(f.type)}${f.type === 'choice' ? ` (${isolated(f.choices?.join(', ') ?? '')})` : ''}${f.required ? paint.yellow(' required') : ''}  ${paint.dim(isolated(f.label))}`,
  );
  return `${head}\n${fields.join('\n')}\n`;
}

export function renderSlipping(list: Slipping[], today: Day): string {
  if (list.length === 0) return 'Nobody is slipping: every client with a cadence was reached in time.\n';
  const lines = list.map(
    (s) =>
      `  ${paint.red.bold(`${s.daysLate}d`.padStart(5))}  ${paint.cyan(isolated(s.dossier.handle))}  ${isolated(s.dossier.name)}  ${paint.dim(
        `every ${s.cadence}; last reached ${s.lastReal ? shortDay(s.lastReal.slice(0, 10), today) : 'never'}; next filed ${s.dossier.filedOn ? shortDay(s.dossier.filedOn, today) : '-'}`,
      )}`,
  );
  return `${paint.bold(`${plural(list.length, 'client')} slipping`)}, worst first:\n${lines.join('\n')}\n`;
}

export function renderReview(r: ReviewResult): string {
  const period = r.from === r.to ? longDay(r.from) : `${longDay(r.from)} to ${longDay(r.to)}`;
  const outcomes = Object.entries(r.byOutcome)
    .sort(([, a], [, b]) => b - a)
    .map(([outcome, n]) => `${outcome} ${n}`)
    .join(', ');
  const list = (handles: string[]) => (handles.length === 0 ? '' : paint.dim(`  ${handles.join(', ')}`));
  const lines = [
    `${paint.bold('Review')}: ${period}`,
    '',
    `  Logged        ${r.logged}${outcomes ? paint.dim(`  (${outcomes})`) : ''}`,
    ...(r.loggedBy ? [`  By            ${loggedByLine(r.loggedBy, r.team)}`] : []),
    `  Planned       ${r.planned}`,
    `  Done          ${r.done.length}${list(r.done)}`,
    ...(r.unplanned.length > 0 ? [`  Called ahead  ${r.unplanned.length}${list(r.unplanned)}`] : []),
    `  Postponed     ${r.postponed.length}${list(r.postponed)}`,
    `  Slipped       ${r.slipped.length > 0 ? paint.red(String(r.slipped.length)) : '0'}${list(r.slipped)}`,
    '',
    `  Promises      made ${r.promises.made}, kept ${r.promises.kept}, kept late ${r.promises.keptLate}, ${r.promises.broken > 0 ? paint.red(`broken ${r.promises.broken}`) : 'broken 0'}`,
    `  Complaints    opened ${r.complaints.opened}, resolved ${r.complaints.resolved}, still open ${r.complaints.open}`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Who logged the review's conversations, the most first: 'Anna Nowak 3, you 2'. */
function loggedByLine(loggedBy: Record<string, number>, team: ReviewResult['team']): string {
  return Object.entries(loggedBy)
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([login, n]) => `${login === team?.login ? 'you' : isolated(team?.names[login] ?? login)} ${n}`)
    .join(', ');
}

/** crm edit: the fields the edit changed on the card, or that it changed none. */
export function renderEdited(result: EditResult): string {
  const fields = result.entries.flatMap((e) => Object.keys(e.changes ?? {}));
  return fields.length === 0 ? `Nothing changed on ${result.dossier.handle}'s card.\n` : `Changed ${fields.join(', ')} on ${result.dossier.handle}'s card.\n`;
}
