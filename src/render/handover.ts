// What crm handover, crm handover back and crm handovers print. The handover sheet is one
// structure (sheetBlocks) written three ways: for the terminal, as Markdown, and as HTML to print.
import type { Day } from '../binder/day.js';
import type { HandBackResult, HandoverResult, HandoverSheet, ListedHandover, SheetDay, SheetDossier } from '../commands/handover.js';
import { padCells, widestCells } from '../binder/width.js';
import { messages } from '../i18n/catalogue.js';
import { card as englishCard } from '../i18n/en/card.js';
import { sheets as english } from '../i18n/en/sheets.js';
import { historyLine } from './dossier.js';
import { h, htmlLanguage, htmlLine, md, mdLine, stored, terminalLine, woven, type Line } from './sheet.js';
import { atHour, clock, isolated, longDay, oneLine, paint, shortDay } from './style.js';

const say = messages('sheets', english);
const sayCard = messages('card', englishCard);

/** One dossier of the sheet: its title, where it stands, and its rows (label, a line of crm's words and stored text). */
interface Block {
  handle: string;
  name: string;
  /** crm's own words: priority, overdue, the hour. */
  mark: string;
  rows: [label: string, value: Line][];
}

function block(d: SheetDossier, today: Day): Block {
  const m = say();
  const l = m.labels;
  const text = (value: string | null | undefined): Line | null => (value ? [stored(value)] : null);
  const listed = (entries: [value: string, label: string][]): Line | null =>
    entries.length === 0 ? null : entries.flatMap(([value, label], i) => [...(i === 0 ? [] : ['\n']), stored(value), m.labelled({ label })]);
  const last: Line = d.lastContact
    ? [
        `${sayCard().kinds[d.lastKind ?? 'note']}, ${shortDay(d.lastContact.slice(0, 10), today)}`,
        ...(d.lastOutcome ? [' → ', stored(d.lastOutcome)] : []),
        ...(d.lastNote ? [': ', stored(d.lastNote)] : []),
      ]
    : [m.noConversation];
  const who = [d.position, d.company].filter((part): part is string => Boolean(part));
  const rows: [string, Line | null][] = [
    [l.who, who.length === 0 ? null : who.flatMap((part, i) => (i === 0 ? [stored(part)] : [', ', stored(part)]))],
    [d.phones.length > 1 ? l.phones : l.phone, listed(d.phones.map((p) => [p.number, p.label]))],
    [d.emails.length > 1 ? l.emails : l.email, listed(d.emails.map((e) => [e.address, e.label]))],
    [l.addressAs, text(d.address)],
    [l.sayIt, text(d.pronunciation)],
    [l.prefers, text(d.preferences)],
    [l.last, last],
    [l.offer, text(d.offer)],
    ...d.promises.map((p): [string, Line] => [p.theirs ? l.theirPromise : l.ourPromise, [m.promiseBy({ day: shortDay(p.due, today) }), stored(p.what), p.status === 'broken' ? m.broken : '']]),
    ...d.complaints.map((c): [string, Line] => [l.complaint, [stored(c.what), (c.late ? m.targetLate : m.target)({ day: shortDay(c.due, today) })]]),
    [l.notes, text(d.notes)],
  ];
  const mark = [m.priority({ priority: d.priority }), d.overdueDays > 0 && m.markOverdue({ days: d.overdueDays }), d.filedAt && m.at({ hour: clock(d.filedAt) })].filter(Boolean).join(m.comma);
  return { handle: d.handle, name: d.name, mark, rows: rows.filter((row): row is [string, Line] => row[1] !== null) };
}

/** The sheet's title, and the lines under it. */
function heading(sheet: HandoverSheet): { title: Line; period: string; scope: Line; how: Line } {
  const due = sheet.days.reduce((n, day) => n + day.dossiers.length, 0);
  const overdue = sheet.days[0]?.dossiers.filter((d) => d.overdueDays > 0).length ?? 0;
  const workingDays = sheet.days.filter((day) => day.workingDay).length;
  const owner = stored(sheet.owner.name);
  const delegate = stored(sheet.delegate.name);
  const m = say();
  const until = longDay(sheet.until);
  return {
    title: woven(m.title, { owner, delegate }),
    period: `${m.period({ from: longDay(sheet.from), until, workingDays, due })}${overdue > 0 ? m.ofThemOverdue({ overdue }) : ''}`,
    scope: sheet.onlyWhat === null ? [m.wholeStack({ count: sheet.handedOver })] : woven((p) => m.onlyMatching({ ...p, count: sheet.handedOver }), { what: stored(sheet.onlyWhat) }),
    how: woven((p) => m.how({ ...p, until }), { delegate, owner }),
  };
}

function dayTitle(day: SheetDay, sheet: HandoverSheet, today: Day): string {
  const m = say();
  const what = [day.day === today && m.today, !day.workingDay && m.dayOff].filter(Boolean).join(m.comma);
  const overdue = day.dossiers.filter((d) => d.overdueDays > 0).length;
  const count = day.dossiers.length === 0 ? m.nothingDue : `${m.dossiers({ count: day.dossiers.length })}${overdue > 0 ? m.overdue({ count: overdue }) : ''}`;
  return `${longDay(day.day)}${what ? ` (${what})` : ''} · ${count}`;
}

/** Open promises and complaints due in the period on dossiers filed after it. */
function alsoDue(sheet: HandoverSheet, today: Day): Line[] {
  const m = say();
  return [
    ...sheet.promises.map((p): Line => [stored(p.handle), ' (', stored(p.name), (p.theirs ? m.theirPromiseBy : m.ourPromiseBy)({ day: shortDay(p.due, today) }), stored(p.what), p.status === 'broken' ? m.broken : '']),
    ...sheet.complaints.map((c): Line => [stored(c.handle), ' (', stored(c.name), m.complaintTarget({ day: shortDay(c.due, today) }), stored(c.what), c.late ? m.late : '']),
  ];
}

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
  if (also.length > 0) lines.push('', paint.bold(say().alsoDue), ...also.map((line) => `  ${terminalLine(line)}`));
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
      lines.push('', `### ${md(b.name)} (${md(b.handle)})`, '', `*${md(b.mark)}*`, '', '| | |', '|---|---|', ...b.rows.map(([label, value]) => `| **${md(label)}** | ${mdLine(value)} |`));
    }
  }
  const also = alsoDue(sheet, today);
  if (also.length > 0) lines.push('', `## ${md(say().alsoDue)}`, '', ...also.map((line) => `- ${mdLine(line)}`));
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
    return `<h2>${h(dayTitle(day, sheet, today))}</h2>\n${dossiers.length > 0 ? dossiers.join('\n') : `<p class="empty">${h(say().nothingDueHtml)}</p>`}`;
  });
  const also = alsoDue(sheet, today);
  const alsoHtml = also.length > 0 ? `\n<h2>${h(say().alsoDue)}</h2>\n<ul>\n${also.map((line) => `<li>${htmlLine(line)}</li>`).join('\n')}\n</ul>` : '';
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
  return `${say().handedOver({ owner: isolated(sheet.owner.name), count: sheet.handedOver, due, delegate: isolated(sheet.delegate.name), until: shortDay(sheet.until, today), file: isolated(output) })}\n`;
}

/** crm handover back: the stack given back, and everything the delegate did for the owner. */
export function renderHandedBack(result: HandBackResult, today: Day): string {
  const { handover, owner, delegate, counts } = result;
  const m = say();
  const late = result.pastItsDate ? m.pastItsDate({ day: shortDay(handover.until, today) }) : '';
  const by = isolated(handover.endedBy === owner.login ? owner.name : handover.endedBy === delegate.login ? delegate.name : (handover.endedBy ?? '?'));
  const lines = [
    `${m.back({ owner: isolated(owner.name), delegate: isolated(delegate.name), from: shortDay(handover.starts, today), until: shortDay(handover.until, today), by })}${late}${m.stop}`,
  ];
  if (result.work.length === 0) {
    lines.push(m.noEntry({ delegate: isolated(delegate.name), owner: isolated(owner.name) }));
    return `${lines.join('\n')}\n`;
  }
  const outcomes = Object.entries(counts.outcomes)
    .map(([outcome, n]) => (outcome === 'none' ? m.withoutOutcome({ count: n }) : m.outcome({ count: n, outcome: isolated(outcome) })))
    .join(m.comma);
  const done = [
    counts.conversations > 0 && m.conversations({ count: counts.conversations, outcomes }),
    counts.refilings > 0 && m.refilings({ count: counts.refilings }),
    counts.promises > 0 && m.promisesMade({ count: counts.promises }),
    counts.other > 0 && m.otherEntries({ count: counts.other }),
  ].filter(Boolean);
  lines.push(m.whatDid({ delegate: isolated(delegate.name), owner: isolated(owner.name), done: done.join(m.comma) }));
  for (const d of result.dossiers) {
    const now = d.filedOn === null ? m.closed : m.nowFiled({ day: shortDay(d.filedOn, today), hour: atHour(d.filedAt) });
    lines.push('', `${paint.cyan(isolated(d.handle))}  ${paint.bold(isolated(d.name))}  ${paint.dim(now)}`);
    for (const entry of result.work.filter((e) => e.handle === d.handle)) lines.push(historyLine(entry));
  }
  return `${lines.join('\n')}\n`;
}

/** crm handovers: a line each, newest first. */
export function renderHandovers(result: { handovers: ListedHandover[]; names: Readonly<Record<string, string>> }, today: Day): string {
  const m = say();
  if (result.handovers.length === 0) return `${m.noHandovers}\n`;
  const name = (login: string) => isolated(result.names[login] ?? login);
  const lines = result.handovers.map((handover) => {
    const state =
      handover.state === 'ended'
        ? paint.dim(
            handover.endedAt
              ? m.givenBackOn({ name: name(handover.endedBy ?? '?'), day: shortDay(handover.endedAt.slice(0, 10), today), time: clock(handover.endedAt.slice(11, 16)) })
              : m.givenBackBy({ name: name(handover.endedBy ?? '?') }),
          )
        : handover.state === 'in force'
          ? paint.green(m.inForce)
          : paint.yellow(m.pastDate);
    const only = handover.onlyWhat === null ? '' : paint.dim(m.only({ what: isolated(handover.onlyWhat), count: handover.onlyIds?.length ?? 0 }));
    return `${name(handover.owner)} → ${name(handover.delegate)}  ${shortDay(handover.starts, today)} – ${shortDay(handover.until, today)}  ${state}${only}`;
  });
  return `${lines.join('\n')}\n`;
}
