// Lists of dossiers: crm open and crm find; and the bare lines the completion scripts read.
import type { Day } from '../binder/day.js';
import type { FindMatch, FindResult, FoundDossier } from '../commands/find.js';
import type { OpenResult } from '../commands/open.js';
import type { DossierView } from '../commands/stack.js';
import { sortedByName } from '../i18n/collation.js';
import { messages } from '../i18n/catalogue.js';
import { card as englishCard } from '../i18n/en/card.js';
import { lists as english } from '../i18n/en/lists.js';
import { columns } from './columns.js';
import { entryNote, onTerminal } from './stored.js';
import { clock, isolated, longDay, monthTitle, oneLine, paint, priorityBadge, shortDay } from './style.js';

const say = messages('lists', english);
const sayCard = messages('card', englishCard);

export function renderOpen(result: OpenResult, today: Day): string {
  const m = say();
  const title =
    result.divider === 'month'
      ? m.behind({ month: monthTitle(result.month ?? result.from.slice(0, 7), result.calendar) }) +
        (result.from <= result.to ? paint.dim(m.span({ from: shortDay(result.from, today), to: shortDay(result.to, today) })) : '')
      : m.filedOn({ day: longDay(result.from) });
  if (result.divider === 'month' && result.from > result.to) return `${m.stillBehindDays({ title })}\n`;
  if (result.dossiers.length === 0) return `${m.nothingFiled({ title })}\n`;
  return `${m.count({ title: paint.bold(title), count: result.dossiers.length })}\n${table(result.dossiers, today)}\n`;
}

/** History matches shown under the table for each dossier; crm show has them all. */
const ENTRIES_SHOWN = 3;

export function renderFind(listed: FindResult, today: Day): string {
  const m = say();
  if (listed.dossiers.length === 0) return `${m.nothingMatches({ text: isolated(listed.text) })}\n`;
  // By handle as the language sorts it (--json keeps the store's code-point order).
  const result = { ...listed, dossiers: sortedByName(listed.dossiers, (d) => d.handle) };
  const more = result.more ? paint.dim(`\n${m.onlyFirst({ count: result.dossiers.length })}`) : '';
  const count = result.dossiers.length;
  const { headers } = m;
  const found = columns(
    ['', headers.handle, headers.name, headers.company, headers.phone, headers.filedOn, headers.foundIn],
    result.dossiers.map((d) => [...row(d, today).slice(0, 6), foundIn(d, today)]),
  );
  // Each entry that matched: when, what kind, and the words around the match.
  const lines = result.dossiers.flatMap((d) => {
    const entries = d.matches.filter((match) => match.where === 'history');
    const shown = entries.slice(0, ENTRIES_SHOWN).map((match) => [paint.cyan(isolated(d.handle)), entryOn(match, today), quoted(match)]);
    if (entries.length > ENTRIES_SHOWN) shown.push([paint.cyan(isolated(d.handle)), '', paint.dim(m.moreEntries({ count: entries.length - ENTRIES_SHOWN, handle: isolated(d.handle) }))]);
    return shown;
  });
  const history = lines.length > 0 ? `\n\n${paint.bold(m.foundInHistory)}\n${columns([headers.handle, headers.entry, headers.text], lines)}` : '';
  return `${m.matches({ count, dossiers: paint.bold(m.dossiers({ count })), text: isolated(result.text) })}\n${found}${history}${more}\n`;
}

/** A history entry found: its kind, as the history names it, and its day ('call 20 Nov'). */
function entryOn(match: Extract<FindMatch, { where: 'history' }>, today: Day): string {
  const kind = (sayCard().kinds as Readonly<Record<string, string>>)[match.kind] ?? match.kind;
  return say().entry({ kind, day: shortDay(match.at.slice(0, 10), today) });
}

/** Where a dossier matched, in short: `card (name)`, `call 20 Nov`, `card (notes), 3 entries`. */
function foundIn(dossier: FoundDossier, today: Day): string {
  const m = say();
  const card = dossier.matches.find((match) => match.where === 'card');
  const entries = dossier.matches.filter((match) => match.where === 'history');
  const [first] = entries;
  const history = entries.length === 1 && first ? entryOn(first, today) : entries.length > 1 ? m.entries({ count: entries.length }) : '';
  return [card ? m.card({ fields: card.fields.join(', ') }) : '', history].filter(Boolean).join(m.comma);
}

/**
 * An entry's text around the match; `offer:` or the form's question when it was not the note. A
 * note crm wrote in its own words is said in the run's language when the piece shown is all of it,
 * or its start (render/stored.ts).
 */
function quoted(match: Extract<FindMatch, { where: 'history' }>): string {
  const [field = 'note'] = match.fields;
  if (field === 'note') return match.snippet.startsWith('…') ? isolated(match.snippet) : entryNote(match.kind, match.snippet, onTerminal());
  const label = field === 'offer' ? say().offer : isolated(`${field.replace(/^form:/, '')}: `);
  return `${label}${isolated(match.snippet)}`;
}

function table(dossiers: DossierView[], today: Day): string {
  const { headers } = say();
  return columns(['', headers.handle, headers.name, headers.company, headers.phone, headers.filedOn, headers.last], dossiers.map((d) => row(d, today)));
}

function row(d: DossierView, today: Day): string[] {
  const m = say();
  return [
    priorityBadge(d.priority),
    paint.cyan(isolated(d.handle)),
    isolated(d.name),
    isolated(d.company ?? ''),
    isolated(d.phone ?? ''),
    d.filedOn ? shortDay(d.filedOn, today) + (d.filedAt ? ` ${clock(d.filedAt)}` : '') + (d.overdueDays > 0 ? paint.red(m.late({ days: d.overdueDays })) : '') : paint.dim(m.closed),
    d.lastNote ? isolated(oneLine(d.lastNote, 30)) : '',
  ];
}

/** One per line, for a shell to read (the completion scripts); nothing at all for none. */
export function renderLines(texts: string[]): string {
  return texts.map((text) => `${text}\n`).join('');
}
