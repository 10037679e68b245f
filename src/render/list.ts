// Lists of dossiers: crm open and crm find; and the bare lines the completion scripts read.
import type { Day } from '../binder/day.js';
import type { FindMatch, FindResult, FoundDossier } from '../commands/find.js';
import type { OpenResult } from '../commands/open.js';
import type { DossierView } from '../commands/stack.js';
import { sortedByName } from '../i18n/collation.js';
import { columns } from './columns.js';
import { isolated, longDay, monthTitle, oneLine, paint, plural, priorityBadge, shortDay } from './style.js';

export function renderOpen(result: OpenResult, today: Day): string {
  const title =
    result.divider === 'month'
      ? `Behind ${monthTitle(result.month ?? result.from.slice(0, 7), result.calendar)}` +
        (result.from <= result.to ? paint.dim(` (${shortDay(result.from, today)} to ${shortDay(result.to, today)})`) : '')
      : `Filed on ${longDay(result.from)}`;
  if (result.divider === 'month' && result.from > result.to) {
    return `${title}: nothing; all of that month is still behind the day dividers (crm binder).\n`;
  }
  if (result.dossiers.length === 0) return `${title}: nothing filed.\n`;
  return `${paint.bold(title)}: ${plural(result.dossiers.length, 'dossier')}\n${table(result.dossiers, today)}\n`;
}

/** History matches shown under the table for each dossier; crm show has them all. */
const ENTRIES_SHOWN = 3;

export function renderFind(listed: FindResult, today: Day): string {
  if (listed.dossiers.length === 0) return `Nothing matches "${isolated(listed.text)}".\n`;
  // By handle as the language sorts it (--json keeps the store's code-point order).
  const result = { ...listed, dossiers: sortedByName(listed.dossiers, (d) => d.handle) };
  const more = result.more ? paint.dim(`\nOnly the first ${result.dossiers.length} are listed; search for more of the text.`) : '';
  const count = result.dossiers.length;
  const found = columns(
    ['', 'handle', 'name', 'company', 'phone', 'filed on', 'found in'],
    result.dossiers.map((d) => [...row(d, today).slice(0, 6), foundIn(d, today)]),
  );
  // Each entry that matched: when, what kind, and the words around the match.
  const lines = result.dossiers.flatMap((d) => {
    const entries = d.matches.filter((m) => m.where === 'history');
    const shown = entries.slice(0, ENTRIES_SHOWN).map((m) => [paint.cyan(isolated(d.handle)), `${m.kind} ${shortDay(m.at.slice(0, 10), today)}`, quoted(m)]);
    if (entries.length > ENTRIES_SHOWN) shown.push([paint.cyan(isolated(d.handle)), '', paint.dim(`and ${plural(entries.length - ENTRIES_SHOWN, 'more entry', 'more entries')}: crm show ${isolated(d.handle)}`)]);
    return shown;
  });
  const history = lines.length > 0 ? `\n\n${paint.bold('Found in the history')}\n${columns(['handle', 'entry', 'text'], lines)}` : '';
  return `${paint.bold(plural(count, 'dossier'))} ${count === 1 ? 'matches' : 'match'} "${isolated(result.text)}"\n${found}${history}${more}\n`;
}

/** Where a dossier matched, in short: `card`, `call 20 Nov`, `card, 3 entries`. */
function foundIn(dossier: FoundDossier, today: Day): string {
  const card = dossier.matches.find((m) => m.where === 'card');
  const entries = dossier.matches.filter((m) => m.where === 'history');
  const [first] = entries;
  const history = entries.length === 1 && first ? `${first.kind} ${shortDay(first.at.slice(0, 10), today)}` : entries.length > 1 ? plural(entries.length, 'entry', 'entries') : '';
  return [card ? `card (${card.fields.join(', ')})` : '', history].filter(Boolean).join(', ');
}

/** An entry's text around the match; `offer:` or the form's question when it was not the note. */
function quoted(match: Extract<FindMatch, { where: 'history' }>): string {
  const [field = 'note'] = match.fields;
  const label = field === 'note' ? '' : `${field.replace(/^form:/, '')}: `;
  return `${isolated(label)}${isolated(match.snippet)}`;
}

function table(dossiers: DossierView[], today: Day): string {
  return columns(['', 'handle', 'name', 'company', 'phone', 'filed on', 'last'], dossiers.map((d) => row(d, today)));
}

function row(d: DossierView, today: Day): string[] {
  return [
    priorityBadge(d.priority),
    paint.cyan(isolated(d.handle)),
    isolated(d.name),
    isolated(d.company ?? ''),
    isolated(d.phone ?? ''),
    d.filedOn ? shortDay(d.filedOn, today) + (d.filedAt ? ` ${d.filedAt}` : '') + (d.overdueDays > 0 ? paint.red(` (${d.overdueDays}d late)`) : '') : paint.dim('closed'),
    d.lastNote ? isolated(oneLine(d.lastNote, 30)) : '',
  ];
}

/** One per line, for a shell to read (the completion scripts); nothing at all for none. */
export function renderLines(texts: string[]): string {
  return texts.map((text) => `${text}\n`).join('');
}
