// A whole dossier (crm show) and the answer of crm file.
import { CONTACT_LABELS, type HistoryEntry } from '../binder/dossier.js';
import type { FileResult } from '../commands/file.js';
import type { ShowResult } from '../commands/show.js';
import { dividerFor } from '../binder/ring.js';
import type { Day } from '../binder/day.js';
import type { BinderSettings } from '../binder/settings.js';
import { byline, who } from './card.js';
import type { Readers } from '../store/store.js';
import { formatSize } from '../binder/size.js';
import { padCells, widestCells } from '../binder/width.js';
import { atHour, dividerPhrase, isolated, longDay, paint, plural, priorityBadge } from './style.js';
import { changedJson, meanwhileLines } from './changes.js';

export function renderShow(result: ShowResult, today: Day, settings: BinderSettings): string {
  const { dossier, divider } = result;
  const field = (label: string, value: string | null, keepNewlines = false) =>
    value ? [`${paint.dim(padCells(label, LABEL_WIDTH))}${isolated(value, keepNewlines).replace(/\n/g, `\n${' '.repeat(LABEL_WIDTH)}`)}`] : [];
  const filed = !dossier.filedOn || !divider
    ? paint.dim('closed (in the drawer)')
    : dossier.overdueDays > 0
      ? `${longDay(dossier.filedOn)}, ${paint.red.bold(`${plural(dossier.overdueDays, 'day')} overdue`)}`
      : dividerPhrase(divider, dossier.filedOn, settings.dividers === 'dated');
  const lines = [
    `${paint.cyan.bold(isolated(dossier.handle))}  ${who(dossier)}`,
    '',
    `${paint.dim(padCells('Filed', LABEL_WIDTH))}${filed}${dossier.filedOn ? atHour(dossier.filedAt) : ''}`,
    `${paint.dim(padCells('Priority', LABEL_WIDTH))}${priorityBadge(dossier.priority)}`,
    ...listed('Phone', dossier.phones.map(({ label, number }) => [label, number])),
    ...listed('E-mail', dossier.emails.map(({ label, address }) => [label, address])),
    ...field('Addressed as', dossier.address),
    ...field('Say', dossier.pronunciation),
    ...field('Stage', dossier.stage),
    ...field('Tags', dossier.tags),
    ...field('Every', dossier.cadence),
    ...field('Prefers', dossier.preferences, true),
    ...field('Offer', dossier.offer, true),
    ...field('Notes', dossier.notes, true),
    ...section(
      'Open promises',
      dossier.promises.map((p) => `  ${paint.dim(`#${p.id}`)} ${p.theirs ? 'theirs' : 'ours'} by ${longDay(p.due)}: ${isolated(p.what)}${p.status === 'broken' ? paint.red.bold('  broken') : ''}`),
    ),
    ...section(
      'Open complaints',
      dossier.complaints.map((c) => `  ${paint.dim(`#${c.id}`)} ${isolated(c.what)}  target ${longDay(c.due)}${c.late ? paint.red.bold('  late') : ''}`),
    ),
    ...section(
      'Documents',
      dossier.documents.map((d) => `  ${isolated(d.name)}  ${paint.dim(d.link ? `link: ${isolated(d.link)}` : `${d.type}, ${formatSize(d.size ?? 0)}`)}`),
    ),
    '',
    paint.bold(`History (${dossier.history.length})`),
    ...dossier.history.map((entry) => historyLine(entry, result.team)),
  ];
  return `${lines.join('\n')}\n`;
}

/** The width of the card's labels: the longest, "Addressed as", and a space. */
const LABEL_WIDTH = 13;

/** Every number or address with its label, one a line, the primary first (and said to be when there are more). */
function listed(title: string, entries: [label: string, value: string][]): string[] {
  const width = widestCells(CONTACT_LABELS);
  return entries.map(([label, value], index) => {
    const head = index === 0 ? paint.dim(padCells(entries.length > 1 ? `${title}s` : title, LABEL_WIDTH)) : ' '.repeat(LABEL_WIDTH);
    const primary = index === 0 && entries.length > 1 ? paint.dim('  primary') : '';
    return `${head}${paint.dim(padCells(label, width))}  ${isolated(value)}${primary}`;
  });
}

/** A titled block of lines, left out when there is nothing in it. */
function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : ['', paint.bold(title), ...lines];
}

/**
 * One history entry on one line (notes of several lines stay indented under it); on a team's
 * binder ended by who made it and for whom, when that is not the reader ('by Anna Nowak').
 */
export function historyLine(entry: HistoryEntry, team?: Readers): string {
  const when = `${longDay(entry.at.slice(0, 10))} ${entry.at.slice(11, 16)}`;
  const indent = ' '.repeat(when.length + 12);
  const made = team ? byline(entry.by, entry.for, team.login, team.names) : '';
  const text = [describe(entry), made && paint.dim(made)].filter(Boolean).join('  ').replace(/\n/g, `\n${indent}`);
  return `  ${paint.dim(when)}  ${padCells(entry.kind, 8)}  ${text}`;
}

function describe(entry: HistoryEntry): string {
  const parts: string[] = [];
  if (entry.kind === 'filed') {
    const to = `${longDay(entry.to ?? '')}${atHour(entry.toAt)}`;
    parts.push(entry.from ? `${longDay(entry.from)}${atHour(entry.fromAt)} → ${to}` : `filed on ${to}`);
  }
  // A move's dates were not shown before it could carry an hour; its note says why it moved.
  if (entry.kind === 'moved' && entry.from && entry.to) parts.push(`${longDay(entry.from)}${atHour(entry.fromAt)} → ${longDay(entry.to)}${atHour(entry.toAt)}`);
  if (entry.changes && entry.kind !== 'created') {
    parts.push(Object.entries(entry.changes).map(([field, change]) => `${field}: ${isolated(change?.from ?? '—')} → ${isolated(change?.to ?? '—')}`).join('; '));
  }
  if (entry.kind === 'created') parts.push('new dossier');
  if (entry.note) parts.push(isolated(entry.note, true));
  if (entry.outcome) parts.push(paint.dim(`→ ${isolated(entry.outcome)}`));
  if (entry.offer) parts.push(`${paint.dim('offer:')} ${isolated(entry.offer, true)}`);
  if (entry.form) parts.push(`${paint.dim(`${entry.form.name}:`)} ${formAnswers(entry.form)}`);
  return parts.join('  ');
}

/** crm file --json: the change, whether the dossier is new, and the date named (moved off a day off?). */
export function filedJson(result: FileResult) {
  return { ...changedJson(result), created: result.created, named: result.filing.named, shifted: result.filing.shifted, adjusted: result.filing.adjusted ?? null };
}

export function renderFiled(result: FileResult, today: Day, settings: BinderSettings): string {
  const { dossier, filing } = result;
  const where = `${dividerPhrase(dividerFor(filing.day, today, settings), filing.day, settings.dividers === 'dated')}${atHour(filing.at)}`;
  const label = `${paint.cyan(isolated(dossier.handle))} (${[isolated(dossier.name), dossier.company && isolated(dossier.company)].filter(Boolean).join(', ')})`;
  const lines: string[] = [];
  if (result.created) lines.push(`New dossier ${label} filed ${where}.`);
  else if (result.previous === filing.day && result.previousAt === filing.at) lines.push(`${label} stays ${where}.`);
  else lines.push(`Refiled ${label} ${where}.`);
  if (filing.adjusted) lines.push(paint.yellow(`${filing.adjusted}.`));
  // The card fields an existing dossier's options changed: a refiling never changes a card unsaid.
  const changed = result.entries.flatMap((entry) => (entry.kind === 'changed' ? Object.keys(entry.changes ?? {}) : []));
  if (changed.length > 0) lines.push(`Changed ${changed.join(', ')} on ${isolated(dossier.handle)}'s card.`);
  if (filing.shifted) lines.push(paint.yellow(`${longDay(filing.named)} is a day off; filed on the next working day.`));
  lines.push(...meanwhileLines(result, today));
  return `${lines.join('\n')}\n`;
}

/** A form's answers on one line: 'budget 12000, decision yes' (each answer as `shown`: isolated on a terminal, as stored in a sheet). */
export function formAnswers(form: NonNullable<HistoryEntry['form']>, shown: (text: string) => string = isolated): string {
  return Object.entries(form.answers)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => `${key} ${typeof value === 'boolean' ? (value ? 'yes' : 'no') : shown(String(value))}`)
    .join(', ');
}
