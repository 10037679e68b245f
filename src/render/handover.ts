// What crm handover, crm handover back and crm handovers print. The handover sheet is one
// structure (sheetBlocks) written three ways: for the terminal, as Markdown, and as HTML to print.
import type { Day } from '../binder/day.js';
import type { HandBackResult, HandoverResult, HandoverSheet, ListedHandover, SheetDay, SheetDossier } from '../commands/handover.js';
import { historyLine } from './dossier.js';
import { h, md } from './sheet.js';
import { atHour, longDay, oneLine, paint, plural, safe, shortDay } from './style.js';

/** One dossier of the sheet: its title, where it stands, and its rows (label, stored text). */
interface Block {
  handle: string;
  name: string;
  /** crm's own words: priority, overdue, the hour. */
  mark: string;
  rows: [label: string, value: string][];
}

function block(d: SheetDossier, today: Day): Block {
  const last = d.lastContact
    ? `${d.lastKind ?? 'note'}, ${shortDay(d.lastContact.slice(0, 10), today)}${d.lastOutcome ? ` → ${d.lastOutcome}` : ''}${d.lastNote ? `: ${d.lastNote}` : ''}`
    : 'no conversation yet';
  const rows: [string, string | null][] = [
    ['Who', [d.position, d.company].filter(Boolean).join(', ') || null],
    [d.phones.length > 1 ? 'Phones' : 'Phone', d.phones.map((p) => `${p.number} (${p.label})`).join('\n') || null],
    [d.emails.length > 1 ? 'E-mails' : 'E-mail', d.emails.map((e) => `${e.address} (${e.label})`).join('\n') || null],
    ['Address as', d.address],
    ['Say it', d.pronunciation],
    ['Prefers', d.preferences],
    ['Last', last],
    ['Offer', d.offer],
    ...d.promises.map((p): [string, string] => [
      p.theirs ? 'Their promise' : 'Our promise',
      `by ${shortDay(p.due, today)}: ${p.what}${p.status === 'broken' ? ' (BROKEN)' : ''}`,
    ]),
    ...d.complaints.map((c): [string, string] => ['Complaint', `${c.what} (target ${shortDay(c.due, today)}${c.late ? ', LATE' : ''})`]),
    ['Notes', d.notes],
  ];
  const mark = [`priority ${d.priority}`, d.overdueDays > 0 && `${plural(d.overdueDays, 'day')} overdue`, d.filedAt && `at ${d.filedAt}`].filter(Boolean).join(', ');
  return { handle: d.handle, name: d.name, mark, rows: rows.filter((row): row is [string, string] => row[1] !== null && row[1] !== '') };
}

/** The sheet's title, and the line under it. */
function heading(sheet: HandoverSheet): { title: string; period: string; scope: string; how: string } {
  const due = sheet.days.reduce((n, day) => n + day.dossiers.length, 0);
  const overdue = sheet.days[0]?.dossiers.filter((d) => d.overdueDays > 0).length ?? 0;
  const workingDays = sheet.days.filter((day) => day.workingDay).length;
  return {
    title: `Handover: ${sheet.owner.name}'s stack to ${sheet.delegate.name}`,
    period: `${longDay(sheet.from)} to ${longDay(sheet.until)} (${plural(workingDays, 'working day')}) · ${plural(due, 'dossier')} due${overdue > 0 ? `, ${overdue} of them overdue` : ''}`,
    scope: sheet.onlyWhat === null ? `The whole stack: ${plural(sheet.handedOver, 'dossier')}.` : `Only the dossiers matching "${sheet.onlyWhat}": ${sheet.handedOver}.`,
    how: `${sheet.delegate.name} sees them in crm today, marked "for ${sheet.owner.name}", until ${longDay(sheet.until)}; crm handover back gives them back earlier.`,
  };
}

function dayTitle(day: SheetDay, sheet: HandoverSheet, today: Day): string {
  const what = [day.day === today && 'today', !day.workingDay && 'day off'].filter(Boolean).join(', ');
  const overdue = day.dossiers.filter((d) => d.overdueDays > 0).length;
  const count = day.dossiers.length === 0 ? 'nothing due' : `${plural(day.dossiers.length, 'dossier')}${overdue > 0 ? `, ${overdue} overdue` : ''}`;
  return `${longDay(day.day)}${what ? ` (${what})` : ''} · ${count}`;
}

/** Open promises and complaints due in the period on dossiers filed after it. */
function alsoDue(sheet: HandoverSheet, today: Day): string[] {
  return [
    ...sheet.promises.map((p) => `${p.handle} (${p.name}): ${p.theirs ? 'their' : 'our'} promise by ${shortDay(p.due, today)}: ${p.what}${p.status === 'broken' ? ' (BROKEN)' : ''}`),
    ...sheet.complaints.map((c) => `${c.handle} (${c.name}): complaint, target ${shortDay(c.due, today)}: ${c.what}${c.late ? ' (LATE)' : ''}`),
  ];
}

const ALSO_DUE = 'Also due in the period, on dossiers filed later';

/** The sheet for the terminal: a day a section, a dossier a few lines. */
export function renderSheet(result: HandoverResult, today: Day): string {
  const { sheet } = result;
  const head = heading(sheet);
  const lines = [paint.bold(safe(head.title)), head.period, safe(head.scope), paint.dim(safe(head.how))];
  for (const day of sheet.days) {
    lines.push('', paint.bold(dayTitle(day, sheet, today)));
    day.dossiers.forEach((d, i) => {
      const b = block(d, today);
      const number = String(i + 1).padStart(String(day.dossiers.length).length);
      lines.push(`${paint.dim(number)}  ${paint.cyan(safe(b.handle))}  ${paint.bold(safe(b.name))}  ${d.overdueDays > 0 ? paint.red(b.mark) : paint.dim(b.mark)}`);
      const indent = ' '.repeat(number.length + 2);
      const width = Math.max(...b.rows.map(([label]) => label.length));
      for (const [label, value] of b.rows) lines.push(`${indent}${paint.dim(`${label}:`.padEnd(width + 1))} ${value.split('\n').map((line) => oneLine(line, 200)).join(', ')}`);
    });
  }
  const also = alsoDue(sheet, today);
  if (also.length > 0) lines.push('', paint.bold(ALSO_DUE), ...also.map((line) => `  ${safe(line)}`));
  return `${lines.join('\n')}\n`;
}

export function renderSheetMarkdown(result: HandoverResult, today: Day): string {
  const { sheet } = result;
  const head = heading(sheet);
  const lines = [`# ${md(head.title)}`, '', `**${md(head.period)}**`, '', md(head.scope), `*${md(head.how)}*`];
  for (const day of sheet.days) {
    lines.push('', `## ${md(dayTitle(day, sheet, today))}`);
    for (const d of day.dossiers) {
      const b = block(d, today);
      lines.push('', `### ${md(b.name)} (${md(b.handle)})`, '', `*${md(b.mark)}*`, '', '| | |', '|---|---|', ...b.rows.map(([label, value]) => `| **${label}** | ${md(value)} |`));
    }
  }
  const also = alsoDue(sheet, today);
  if (also.length > 0) lines.push('', `## ${ALSO_DUE}`, '', ...also.map((line) => `- ${md(line)}`));
  return `${lines.join('\n')}\n`;
}

/** A page to print: a day a section, each dossier kept on one page; user text is dir="auto" (a name in Arabic or Hebrew reads right). */
export function renderSheetHtml(result: HandoverResult, today: Day): string {
  const { sheet } = result;
  const head = heading(sheet);
  const text = (value: string) => `<span dir="auto">${h(value)}</span>`;
  const days = sheet.days.map((day) => {
    const dossiers = day.dossiers.map((d) => {
      const b = block(d, today);
      const rows = b.rows.map(([label, value]) => `<tr><th>${h(label)}</th><td dir="auto">${h(value)}</td></tr>`).join('\n');
      return `<section class="dossier${d.overdueDays > 0 ? ' overdue' : ''}">
<h3>${text(b.name)} <small>${text(b.handle)} · ${h(b.mark)}</small></h3>
<table>
${rows}
</table>
</section>`;
    });
    return `<h2>${h(dayTitle(day, sheet, today))}</h2>\n${dossiers.length > 0 ? dossiers.join('\n') : '<p class="empty">Nothing due.</p>'}`;
  });
  const also = alsoDue(sheet, today);
  const alsoHtml = also.length > 0 ? `\n<h2>${ALSO_DUE}</h2>\n<ul>\n${also.map((line) => `<li dir="auto">${h(line)}</li>`).join('\n')}\n</ul>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${h(head.title)}</title>
<style>
body{font:13px/1.4 system-ui,sans-serif;max-width:50em;margin:2em auto;color:#111}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:2px solid #333}
h3{font-size:1em;margin:1em 0 .3em}h3 small{font-weight:normal;color:#555}
.dossier{break-inside:avoid;border-left:3px solid #bbb;padding-left:.6em;margin:.6em 0}.dossier.overdue{border-color:#c00}
th{text-align:left;padding-right:1em;vertical-align:top;white-space:nowrap;color:#444;font-weight:600}td{vertical-align:top}
.empty{color:#666}@media print{body{margin:0;max-width:none}h2{break-after:avoid}}
</style>
</head><body>
<h1 dir="auto">${h(head.title)}</h1>
<p><strong>${h(head.period)}</strong></p>
<p dir="auto">${h(head.scope)}</p>
<p dir="auto"><em>${h(head.how)}</em></p>
${days.join('\n')}${alsoHtml}
</body></html>
`;
}

/** What crm handover says beside a sheet written to a file. */
export function renderHandedOver(result: HandoverResult, output: string, today: Day): string {
  const { sheet } = result;
  const due = sheet.days.reduce((n, day) => n + day.dossiers.length, 0);
  return `Handed ${safe(sheet.owner.name)}'s stack (${plural(sheet.handedOver, 'dossier')}, ${due} due) over to ${safe(sheet.delegate.name)} until ${shortDay(sheet.until, today)}; the handover sheet is in ${safe(output)}.\n`;
}

/** crm handover back: the stack given back, and everything the delegate did for the owner. */
export function renderHandedBack(result: HandBackResult, today: Day): string {
  const { handover, owner, delegate, counts } = result;
  const late = result.pastItsDate ? `, past its last day (${shortDay(handover.until, today)})` : '';
  const lines = [
    `${safe(owner.name)}'s stack is back from ${safe(delegate.name)}: handed over ${shortDay(handover.starts, today)} until ${shortDay(handover.until, today)}, given back by ${safe(handover.endedBy === owner.login ? owner.name : handover.endedBy === delegate.login ? delegate.name : (handover.endedBy ?? '?'))} today${late}.`,
  ];
  if (result.work.length === 0) {
    lines.push(`${safe(delegate.name)} made no entry on ${safe(owner.name)}'s dossiers.`);
    return `${lines.join('\n')}\n`;
  }
  const outcomes = Object.entries(counts.outcomes)
    .map(([outcome, n]) => `${n} ${outcome === 'none' ? 'without an outcome' : safe(outcome)}`)
    .join(', ');
  const done = [
    counts.conversations > 0 && `${plural(counts.conversations, 'conversation')} (${outcomes})`,
    counts.refilings > 0 && plural(counts.refilings, 'refiling'),
    counts.promises > 0 && `${plural(counts.promises, 'promise')} made`,
    counts.other > 0 && plural(counts.other, 'other entry', 'other entries'),
  ].filter(Boolean);
  lines.push(`What ${safe(delegate.name)} did for ${safe(owner.name)}: ${done.join(', ')}.`);
  for (const d of result.dossiers) {
    const now = d.filedOn === null ? 'closed' : `now filed on ${shortDay(d.filedOn, today)}${atHour(d.filedAt)}`;
    lines.push('', `${paint.cyan(safe(d.handle))}  ${paint.bold(safe(d.name))}  ${paint.dim(now)}`);
    for (const entry of result.work.filter((e) => e.handle === d.handle)) lines.push(historyLine(entry));
  }
  return `${lines.join('\n')}\n`;
}

/** crm handovers: a line each, newest first. */
export function renderHandovers(result: { handovers: ListedHandover[]; names: Readonly<Record<string, string>> }, today: Day): string {
  if (result.handovers.length === 0) return 'No handovers yet: crm handover <login> --until <when> hands your stack over.\n';
  const name = (login: string) => safe(result.names[login] ?? login);
  const lines = result.handovers.map((handover) => {
    const state =
      handover.state === 'ended'
        ? paint.dim(`given back by ${name(handover.endedBy ?? '?')} ${handover.endedAt ? `on ${shortDay(handover.endedAt.slice(0, 10), today)} at ${handover.endedAt.slice(11, 16)}` : ''}`)
        : handover.state === 'in force'
          ? paint.green('in force')
          : paint.yellow('past its date, not yet given back');
    const only = handover.onlyWhat === null ? '' : paint.dim(` (only "${safe(handover.onlyWhat)}": ${plural(handover.onlyIds?.length ?? 0, 'dossier')})`);
    return `${name(handover.owner)} → ${name(handover.delegate)}  ${shortDay(handover.starts, today)} – ${shortDay(handover.until, today)}  ${state}${only}`;
  });
  return `${lines.join('\n')}\n`;
}
