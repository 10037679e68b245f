// What crm handover, crm handover back and crm handovers print. The handover sheet is one
// structure (sheetBlocks) written three ways: for the terminal, as Markdown, and as HTML to print.
import type { Day } from '../binder/day.js';
import type { HandBackResult, HandoverResult, HandoverSheet, ListedHandover, SheetDay, SheetDossier } from '../commands/handover.js';
import { padCells, widestCells } from '../binder/width.js';
import { historyLine } from './dossier.js';
import { h, htmlLanguage, htmlLine, md, mdLine, stored, terminalLine, type Line } from './sheet.js';
import { atHour, isolated, longDay, oneLine, paint, plural, shortDay } from './style.js';

/** One dossier of the sheet: its title, where it stands, and its rows (label, a line of crm's words and stored text). */
interface Block {
  handle: string;
  name: string;
  /** crm's own words: priority, overdue, the hour. */
  mark: string;
  rows: [label: string, value: Line][];
}

function block(d: SheetDossier, today: Day): Block {
  const text = (value: string | null | undefined): Line | null => (value ? [stored(value)] : null);
  const listed = (entries: [value: string, label: string][]): Line | null =>
    entries.length === 0 ? null : entries.flatMap(([value, label], i) => [...(i === 0 ? [] : ['\n']), stored(value), ` (${label})`]);
  const last: Line = d.lastContact
    ? [
        `${d.lastKind ?? 'note'}, ${shortDay(d.lastContact.slice(0, 10), today)}`,
        ...(d.lastOutcome ? [' → ', stored(d.lastOutcome)] : []),
        ...(d.lastNote ? [': ', stored(d.lastNote)] : []),
      ]
    : ['no conversation yet'];
  const who = [d.position, d.company].filter((part): part is string => Boolean(part));
  const rows: [string, Line | null][] = [
    ['Who', who.length === 0 ? null : who.flatMap((part, i) => (i === 0 ? [stored(part)] : [', ', stored(part)]))],
    [d.phones.length > 1 ? 'Phones' : 'Phone', listed(d.phones.map((p) => [p.number, p.label]))],
    [d.emails.length > 1 ? 'E-mails' : 'E-mail', listed(d.emails.map((e) => [e.address, e.label]))],
    ['Address as', text(d.address)],
    ['Say it', text(d.pronunciation)],
    ['Prefers', text(d.preferences)],
    ['Last', last],
    ['Offer', text(d.offer)],
    ...d.promises.map((p): [string, Line] => [p.theirs ? 'Their promise' : 'Our promise', [`by ${shortDay(p.due, today)}: `, stored(p.what), p.status === 'broken' ? ' (BROKEN)' : '']]),
    ...d.complaints.map((c): [string, Line] => ['Complaint', [stored(c.what), ` (target ${shortDay(c.due, today)}${c.late ? ', LATE' : ''})`]]),
    ['Notes', text(d.notes)],
  ];
  const mark = [`priority ${d.priority}`, d.overdueDays > 0 && `${plural(d.overdueDays, 'day')} overdue`, d.filedAt && `at ${d.filedAt}`].filter(Boolean).join(', ');
  return { handle: d.handle, name: d.name, mark, rows: rows.filter((row): row is [string, Line] => row[1] !== null) };
}

/** The sheet's title, and the lines under it. */
function heading(sheet: HandoverSheet): { title: Line; period: string; scope: Line; how: Line } {
  const due = sheet.days.reduce((n, day) => n + day.dossiers.length, 0);
  const overdue = sheet.days[0]?.dossiers.filter((d) => d.overdueDays > 0).length ?? 0;
  const workingDays = sheet.days.filter((day) => day.workingDay).length;
  const owner = stored(sheet.owner.name);
  const delegate = stored(sheet.delegate.name);
  return {
    title: ['Handover: ', owner, "'s stack to ", delegate],
    period: `${longDay(sheet.from)} to ${longDay(sheet.until)} (${plural(workingDays, 'working day')}) · ${plural(due, 'dossier')} due${overdue > 0 ? `, ${overdue} of them overdue` : ''}`,
    scope: sheet.onlyWhat === null ? [`The whole stack: ${plural(sheet.handedOver, 'dossier')}.`] : ['Only the dossiers matching "', stored(sheet.onlyWhat), `": ${sheet.handedOver}.`],
    how: [delegate, ' sees them in crm today, marked "for ', owner, `", until ${longDay(sheet.until)}; crm handover back gives them back earlier.`],
  };
}

function dayTitle(day: SheetDay, sheet: HandoverSheet, today: Day): string {
  const what = [day.day === today && 'today', !day.workingDay && 'day off'].filter(Boolean).join(', ');
  const overdue = day.dossiers.filter((d) => d.overdueDays > 0).length;
  const count = day.dossiers.length === 0 ? 'nothing due' : `${plural(day.dossiers.length, 'dossier')}${overdue > 0 ? `, ${overdue} overdue` : ''}`;
  return `${longDay(day.day)}${what ? ` (${what})` : ''} · ${count}`;
}

/** Open promises and complaints due in the period on dossiers filed after it. */
function alsoDue(sheet: HandoverSheet, today: Day): Line[] {
  return [
    ...sheet.promises.map((p): Line => [stored(p.handle), ' (', stored(p.name), `): ${p.theirs ? 'their' : 'our'} promise by ${shortDay(p.due, today)}: `, stored(p.what), p.status === 'broken' ? ' (BROKEN)' : '']),
    ...sheet.complaints.map((c): Line => [stored(c.handle), ' (', stored(c.name), `): complaint, target ${shortDay(c.due, today)}: `, stored(c.what), c.late ? ' (LATE)' : '']),
  ];
}

const ALSO_DUE = 'Also due in the period, on dossiers filed later';

/** The sheet for the terminal: a day a section, a dossier a few lines. */
export function renderSheet(result: HandoverResult, today: Day): string {
  const { sheet } = result;
  const head = heading(sheet);
  const lines = [paint.bold(terminalLine(head.title)), head.period, terminalLine(head.scope), paint.dim(terminalLine(head.how))];
  for (const day of sheet.days) {
    lines.push('', paint.bold(dayTitle(day, sheet, today)));
    day.dossiers.forEach((d, i) => {
      const b = block(d, today);
      const number = String(i + 1).padStart(String(day.dossiers.length).length);
      lines.push(`${paint.dim(number)}  ${paint.cyan(isolated(b.handle))}  ${paint.bold(isolated(b.name))}  ${d.overdueDays > 0 ? paint.red(b.mark) : paint.dim(b.mark)}`);
      const indent = ' '.repeat(number.length + 2);
      const width = widestCells(b.rows.map(([label]) => `${label}:`));
      // A value of several lines (phones, a note) on one line, each of its lines cut to 200 cells.
      const oneRow = (text: string) => text.split('\n').map((line) => oneLine(line, 200)).join(', ');
      const shown = (value: Line) => terminalLine(value.map((piece) => (typeof piece === 'string' ? piece.replace(/\n/g, ', ') : stored(oneRow(piece.stored)))));
      for (const [label, value] of b.rows) lines.push(`${indent}${paint.dim(padCells(`${label}:`, width))} ${shown(value)}`);
    });
  }
  const also = alsoDue(sheet, today);
  if (also.length > 0) lines.push('', paint.bold(ALSO_DUE), ...also.map((line) => `  ${terminalLine(line)}`));
  return `${lines.join('\n')}\n`;
}

export function renderSheetMarkdown(result: HandoverResult, today: Day): string {
  const { sheet } = result;
  const head = heading(sheet);
  const lines = [`# ${mdLine(head.title)}`, '', `**${md(head.period)}**`, '', mdLine(head.scope), `*${mdLine(head.how)}*`];
  for (const day of sheet.days) {
    lines.push('', `## ${md(dayTitle(day, sheet, today))}`);
    for (const d of day.dossiers) {
      const b = block(d, today);
      lines.push('', `### ${md(b.name)} (${md(b.handle)})`, '', `*${md(b.mark)}*`, '', '| | |', '|---|---|', ...b.rows.map(([label, value]) => `| **${label}** | ${mdLine(value)} |`));
    }
  }
  const also = alsoDue(sheet, today);
  if (also.length > 0) lines.push('', `## ${ALSO_DUE}`, '', ...also.map((line) => `- ${mdLine(line)}`));
  return `${lines.join('\n')}\n`;
}

/**
 * A page to print: a day a section, each dossier kept on one page. The page has the run's
 * language and direction; each piece of stored text is a dir="auto" isolate (a Persian name reads
 * right in a Polish sheet, a Polish one in a Persian sheet). Logical CSS only: rtl mirrors ltr.
 */
export function renderSheetHtml(result: HandoverResult, today: Day): string {
  const { sheet } = result;
  const head = heading(sheet);
  const days = sheet.days.map((day) => {
    const dossiers = day.dossiers.map((d) => {
      const b = block(d, today);
      const rows = b.rows.map(([label, value]) => `<tr><th>${h(label)}</th><td>${htmlLine(value)}</td></tr>`).join('\n');
      return `<section class="dossier${d.overdueDays > 0 ? ' overdue' : ''}">
<h3>${htmlLine([stored(b.name)])} <small>${htmlLine([stored(b.handle)])} · ${h(b.mark)}</small></h3>
<table>
${rows}
</table>
</section>`;
    });
    return `<h2>${h(dayTitle(day, sheet, today))}</h2>\n${dossiers.length > 0 ? dossiers.join('\n') : '<p class="empty">Nothing due.</p>'}`;
  });
  const also = alsoDue(sheet, today);
  const alsoHtml = also.length > 0 ? `\n<h2>${ALSO_DUE}</h2>\n<ul>\n${also.map((line) => `<li>${htmlLine(line)}</li>`).join('\n')}\n</ul>` : '';
  const title = head.title.map((piece) => (typeof piece === 'string' ? piece : piece.stored)).join('');
  return `<!doctype html>
<html ${htmlLanguage()}><head><meta charset="utf-8"><title>${h(title)}</title>
<style>
body{font:13px/1.4 system-ui,sans-serif;max-width:50em;margin:2em auto;color:#111;overflow-wrap:anywhere}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:2px solid #333}
h3{font-size:1em;margin:1em 0 .3em}h3 small{font-weight:normal;color:#555}
.dossier{break-inside:avoid;border-inline-start:3px solid #bbb;padding-inline-start:.6em;margin:.6em 0}.dossier.overdue{border-color:#c00}
th{text-align:start;padding-inline-end:1em;vertical-align:top;white-space:nowrap;color:#444;font-weight:600}td{vertical-align:top}
.empty{color:#666}@media print{body{margin:0;max-width:none}h2{break-after:avoid}}
</style>
</head><body>
<h1>${htmlLine(head.title)}</h1>
<p><strong>${h(head.period)}</strong></p>
<p>${htmlLine(head.scope)}</p>
<p><em>${htmlLine(head.how)}</em></p>
${days.join('\n')}${alsoHtml}
</body></html>
`;
}

/** What crm handover says beside a sheet written to a file. */
export function renderHandedOver(result: HandoverResult, output: string, today: Day): string {
  const { sheet } = result;
  const due = sheet.days.reduce((n, day) => n + day.dossiers.length, 0);
  return `Handed ${isolated(sheet.owner.name)}'s stack (${plural(sheet.handedOver, 'dossier')}, ${due} due) over to ${isolated(sheet.delegate.name)} until ${shortDay(sheet.until, today)}; the handover sheet is in ${isolated(output)}.\n`;
}

/** crm handover back: the stack given back, and everything the delegate did for the owner. */
export function renderHandedBack(result: HandBackResult, today: Day): string {
  const { handover, owner, delegate, counts } = result;
  const late = result.pastItsDate ? `, past its last day (${shortDay(handover.until, today)})` : '';
  const lines = [
    `${isolated(owner.name)}'s stack is back from ${isolated(delegate.name)}: handed over ${shortDay(handover.starts, today)} until ${shortDay(handover.until, today)}, given back by ${isolated(handover.endedBy === owner.login ? owner.name : handover.endedBy === delegate.login ? delegate.name : (handover.endedBy ?? '?'))} today${late}.`,
  ];
  if (result.work.length === 0) {
    lines.push(`${isolated(delegate.name)} made no entry on ${isolated(owner.name)}'s dossiers.`);
    return `${lines.join('\n')}\n`;
  }
  const outcomes = Object.entries(counts.outcomes)
    .map(([outcome, n]) => `${n} ${outcome === 'none' ? 'without an outcome' : isolated(outcome)}`)
    .join(', ');
  const done = [
    counts.conversations > 0 && `${plural(counts.conversations, 'conversation')} (${outcomes})`,
    counts.refilings > 0 && plural(counts.refilings, 'refiling'),
    counts.promises > 0 && `${plural(counts.promises, 'promise')} made`,
    counts.other > 0 && plural(counts.other, 'other entry', 'other entries'),
  ].filter(Boolean);
  lines.push(`What ${isolated(delegate.name)} did for ${isolated(owner.name)}: ${done.join(', ')}.`);
  for (const d of result.dossiers) {
    const now = d.filedOn === null ? 'closed' : `now filed on ${shortDay(d.filedOn, today)}${atHour(d.filedAt)}`;
    lines.push('', `${paint.cyan(isolated(d.handle))}  ${paint.bold(isolated(d.name))}  ${paint.dim(now)}`);
    for (const entry of result.work.filter((e) => e.handle === d.handle)) lines.push(historyLine(entry));
  }
  return `${lines.join('\n')}\n`;
}

/** crm handovers: a line each, newest first. */
export function renderHandovers(result: { handovers: ListedHandover[]; names: Readonly<Record<string, string>> }, today: Day): string {
  if (result.handovers.length === 0) return 'No handovers yet: crm handover <login> --until <when> hands your stack over.\n';
  const name = (login: string) => isolated(result.names[login] ?? login);
  const lines = result.handovers.map((handover) => {
    const state =
      handover.state === 'ended'
        ? paint.dim(`given back by ${name(handover.endedBy ?? '?')} ${handover.endedAt ? `on ${shortDay(handover.endedAt.slice(0, 10), today)} at ${handover.endedAt.slice(11, 16)}` : ''}`)
        : handover.state === 'in force'
          ? paint.green('in force')
          : paint.yellow('past its date, not yet given back');
    const only = handover.onlyWhat === null ? '' : paint.dim(` (only "${isolated(handover.onlyWhat)}": ${plural(handover.onlyIds?.length ?? 0, 'dossier')})`);
    return `${name(handover.owner)} → ${name(handover.delegate)}  ${shortDay(handover.starts, today)} – ${shortDay(handover.until, today)}  ${state}${only}`;
  });
  return `${lines.join('\n')}\n`;
}
