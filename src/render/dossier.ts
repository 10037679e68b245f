// A whole dossier (crm show) and the answer of crm file.
import { CONTACT_LABELS, type HistoryEntry } from '../binder/dossier.js';
import { adjustedNote } from '../binder/hours.js';
import type { FileResult } from '../commands/file.js';
import type { ShowResult } from '../commands/show.js';
import { dividerFor } from '../binder/ring.js';
import type { Day } from '../binder/day.js';
import type { BinderSettings } from '../binder/settings.js';
import { byline, who } from './card.js';
import type { Readers } from '../store/store.js';
import { formatSize } from '../binder/size.js';
import { displayWidth, padCells, widestCells } from '../binder/width.js';
import { messages } from '../i18n/catalogue.js';
import { card as englishCard } from '../i18n/en/card.js';
import { changes as englishChanges } from '../i18n/en/changes.js';
import { dossier as english } from '../i18n/en/dossier.js';
import { atHour, clock, dividerPhrase, isolated, longDay, paint, priorityBadge } from './style.js';
import { changedJson, meanwhileLines } from './changes.js';
import { entryNote, onTerminal, promiseWhat } from './stored.js';

const say = messages('dossier', english);
const sayCard = messages('card', englishCard);
const sayChanges = messages('changes', englishChanges);

export function renderShow(result: ShowResult, today: Day, settings: BinderSettings): string {
  const { dossier, divider } = result;
  const m = say();
  const labels = m.labels;
  // The labels' column: the longest label in the run's language, and a space ("Addressed as" in English).
  const labelWidth = widestCells(Object.values(labels)) + 1;
  const label = (text: string) => paint.dim(padCells(text, labelWidth));
  const field = (name: string, value: string | null, keepNewlines = false) =>
    value ? [`${label(name)}${isolated(value, keepNewlines).replace(/\n/g, `\n${' '.repeat(labelWidth)}`)}`] : [];
  const filed = !dossier.filedOn || !divider
    ? paint.dim(m.closed)
    : dossier.overdueDays > 0
      ? `${longDay(dossier.filedOn)}, ${paint.red.bold(sayCard().daysOverdue({ days: dossier.overdueDays }))}`
      : dividerPhrase(divider, dossier.filedOn, settings.dividers === 'dated');
  const lines = [
    `${paint.cyan.bold(isolated(dossier.handle))}  ${who(dossier)}`,
    '',
    `${label(labels.filed)}${filed}${dossier.filedOn ? atHour(dossier.filedAt) : ''}`,
    `${label(labels.priority)}${priorityBadge(dossier.priority)}`,
    ...listed([labels.phone, labels.phones], labelWidth, dossier.phones.map(({ label, number }) => [label, number])),
    ...listed([labels.email, labels.emails], labelWidth, dossier.emails.map(({ label, address }) => [label, address])),
    ...field(labels.addressedAs, dossier.address),
    ...field(labels.say, dossier.pronunciation),
    ...field(labels.stage, dossier.stage),
    ...field(labels.tags, dossier.tags),
    ...field(labels.every, dossier.cadence),
    ...field(labels.prefers, dossier.preferences, true),
    ...field(labels.offer, dossier.offer, true),
    ...field(labels.notes, dossier.notes, true),
    ...section(
      m.openPromises,
      dossier.promises.map((p) => {
        const promise = (p.theirs ? m.theirsBy : m.oursBy)({ day: longDay(p.due), what: promiseWhat(p.what, onTerminal()) });
        return `  ${paint.dim(`#${p.id}`)} ${promise}${p.status === 'broken' ? paint.red.bold(`  ${m.broken}`) : ''}`;
      }),
    ),
    ...section(
      m.openComplaints,
      dossier.complaints.map((c) => `  ${paint.dim(`#${c.id}`)} ${isolated(c.what)}  ${m.target({ day: longDay(c.due) })}${c.late ? paint.red.bold(`  ${m.late}`) : ''}`),
    ),
    ...section(
      m.documents,
      dossier.documents.map((d) => `  ${isolated(d.name)}  ${paint.dim(d.link ? m.link({ link: isolated(d.link) }) : `${d.type}, ${formatSize(d.size ?? 0)}`)}`),
    ),
    '',
    paint.bold(m.history({ count: dossier.history.length })),
    ...dossier.history.map((entry) => historyLine(entry, result.team)),
  ];
  return `${lines.join('\n')}\n`;
}

/** Every number or address with its label, one a line, the primary first (and said to be when there are more). */
function listed([one, many]: [string, string], labelWidth: number, entries: [label: string, value: string][]): string[] {
  const width = Math.max(...CONTACT_LABELS.map((label) => label.length));
  return entries.map(([label, value], index) => {
    const head = index === 0 ? paint.dim(padCells(entries.length > 1 ? many : one, labelWidth)) : ' '.repeat(labelWidth);
    const primary = index === 0 && entries.length > 1 ? paint.dim(`  ${say().primary}`) : '';
    return `${head}${paint.dim(label.padEnd(width))}  ${isolated(value)}${primary}`;
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
  const when = `${longDay(entry.at.slice(0, 10))} ${clock(entry.at.slice(11, 16))}`;
  const kinds = sayCard().kinds;
  // English keeps its column of 8 (a few kinds are longer); another language's is its longest kind.
  const kindWidth = kinds === englishCard.kinds ? 8 : widestCells(Object.values(kinds));
  const indent = ' '.repeat(displayWidth(when) + kindWidth + 4);
  const made = team ? byline(entry.by, entry.for, team.login, team.names) : '';
  const text = [describe(entry), made && paint.dim(made)].filter(Boolean).join('  ').replace(/\n/g, `\n${indent}`);
  const kind = (kinds as Readonly<Record<string, string>>)[entry.kind] ?? entry.kind;
  return `  ${paint.dim(when)}  ${padCells(kind, kindWidth)}  ${text}`;
}

function describe(entry: HistoryEntry): string {
  const m = say();
  const parts: string[] = [];
  if (entry.kind === 'filed') {
    const to = `${longDay(entry.to ?? '')}${atHour(entry.toAt)}`;
    parts.push(entry.from ? `${longDay(entry.from)}${atHour(entry.fromAt)} → ${to}` : m.filedOn({ day: to }));
  }
  // A move's dates were not shown before it could carry an hour; its note says why it moved.
  if (entry.kind === 'moved' && entry.from && entry.to) parts.push(`${longDay(entry.from)}${atHour(entry.fromAt)} → ${longDay(entry.to)}${atHour(entry.toAt)}`);
  if (entry.changes && entry.kind !== 'created') {
    parts.push(Object.entries(entry.changes).map(([field, change]) => `${field}: ${isolated(change?.from ?? '—')} → ${isolated(change?.to ?? '—')}`).join('; '));
  }
  if (entry.kind === 'created') parts.push(m.newDossier);
  if (entry.note) parts.push(entryNote(entry.kind, entry.note, onTerminal(true)));
  if (entry.outcome) parts.push(paint.dim(`→ ${isolated(entry.outcome)}`));
  if (entry.offer) parts.push(`${paint.dim(m.offerLabel)} ${isolated(entry.offer, true)}`);
  if (entry.form) parts.push(`${paint.dim(`${entry.form.name}:`)} ${formAnswers(entry.form)}`);
  return parts.join('  ');
}

/** crm file --json: the change, whether the dossier is new, and the date named (moved off a day off?). */
export function filedJson(result: FileResult) {
  return { ...changedJson(result), created: result.created, named: result.filing.named, shifted: result.filing.shifted, adjusted: result.filing.adjusted ?? null };
}

export function renderFiled(result: FileResult, today: Day, settings: BinderSettings): string {
  const { dossier, filing } = result;
  const m = say();
  const where = `${dividerPhrase(dividerFor(filing.day, today, settings), filing.day, settings.dividers === 'dated')}${atHour(filing.at)}`;
  const label = `${paint.cyan(isolated(dossier.handle))} (${[isolated(dossier.name), dossier.company && isolated(dossier.company)].filter(Boolean).join(', ')})`;
  const lines: string[] = [];
  if (result.created) lines.push(m.filedNew({ dossier: label, where }));
  else if (result.previous === filing.day && result.previousAt === filing.at) lines.push(m.stays({ dossier: label, where }));
  else lines.push(m.refiled({ dossier: label, where }));
  if (filing.adjustment) lines.push(paint.yellow(adjustedNote(filing.adjustment)));
  // The card fields an existing dossier's options changed: a refiling never changes a card unsaid.
  const changed = result.entries.flatMap((entry) => (entry.kind === 'changed' ? Object.keys(entry.changes ?? {}) : []));
  if (changed.length > 0) lines.push(m.changedCard({ fields: changed.join(', '), handle: isolated(dossier.handle) }));
  if (filing.shifted) lines.push(paint.yellow(sayChanges().filedNextWorkingDay({ day: longDay(filing.named) })));
  lines.push(...meanwhileLines(result, today));
  return `${lines.join('\n')}\n`;
}

/** A form's answers on one line: 'budget 12000, decision yes' (each answer as `shown`: isolated on a terminal, as stored in a sheet). */
export function formAnswers(form: NonNullable<HistoryEntry['form']>, shown: (text: string) => string = isolated): string {
  return Object.entries(form.answers)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => `${key} ${typeof value === 'boolean' ? (value ? say().yes : say().no) : shown(String(value))}`)
    .join(', ');
}
