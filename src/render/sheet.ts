// crm show --format markdown|html: a printable dossier sheet to take to a meeting.
import type { Day } from '../binder/day.js';
import type { ShowResult } from '../commands/show.js';
import { formatSize } from '../binder/size.js';
import { byline } from './card.js';
import { formAnswers } from './dossier.js';
import { atHour, longDay, safe } from './style.js';

/** How many history entries the sheet prints: the recent ones. */
const RECENT = 15;

interface Sheet {
  title: string;
  card: [string, string][];
  sections: { title: string; items: string[] }[];
}

function sheet(result: ShowResult): Sheet {
  const d = result.dossier;
  const card: [string, string | null][] = [
    ['Handle', d.handle],
    ['Address as', d.address],
    ['Say it', d.pronunciation],
    ['Position', d.position],
    ['Company', d.company],
    [d.phones.length > 1 ? 'Phones' : 'Phone', d.phones.map((p) => `${p.number} (${p.label})`).join('\n') || null],
    [d.emails.length > 1 ? 'E-mails' : 'E-mail', d.emails.map((e) => `${e.address} (${e.label})`).join('\n') || null],
    ['Priority', d.priority],
    ['Stage', d.stage],
    ['Tags', d.tags],
    ['Cadence', d.cadence && `every ${d.cadence}`],
    ['Next contact', d.filedOn ? `${longDay(d.filedOn)}${atHour(d.filedAt)}${d.overdueDays > 0 ? ` (${d.overdueDays} days overdue)` : ''}` : 'closed'],
    ['Preferences', d.preferences],
    ['Current offer', d.offer],
    ['Notes', d.notes],
  ];
  const history = d.history.filter((e) => e.kind !== 'filed' && e.kind !== 'created').slice(-RECENT);
  return {
    title: d.name,
    card: card.filter((row): row is [string, string] => row[1] !== null && row[1] !== ''),
    sections: [
      {
        title: 'Open promises',
        items: d.promises.map((p) => `${p.theirs ? 'Theirs' : 'Ours'}, by ${longDay(p.due)}: ${p.what}${p.status === 'broken' ? ' (BROKEN)' : ''}`),
      },
      { title: 'Open complaints', items: d.complaints.map((c) => `${c.what} (target ${longDay(c.due)}${c.late ? ', LATE' : ''})`) },
      {
        title: `Recent history (${history.length} of ${d.history.length} entries)`,
        items: history.map((e) => {
          const parts = [e.note, e.changes && `card: ${Object.keys(e.changes).join(', ')}`, e.outcome && `→ ${e.outcome}`, e.offer && `offer: ${e.offer}`, e.form && `${e.form.name}: ${formAnswers(e.form)}`, e.from && e.to && `${e.from} → ${e.to}`];
          const made = result.team ? byline(e.by, e.for, result.team.login, result.team.names) : '';
          return `${e.at.slice(0, 10)} ${e.at.slice(11, 16)} ${e.kind}: ${parts.filter(Boolean).join('; ')}${made && ` (${made})`}`;
        }),
      },
      { title: 'Documents', items: d.documents.map((doc) => `${doc.name} (${doc.link ? `link: ${doc.link}` : `${doc.type}, ${formatSize(doc.size ?? 0)}, sha256 ${doc.sha256?.slice(0, 12)}…`})`) },
    ].filter((section) => section.items.length > 0),
  };
}

/** Stored text as Markdown's text: control characters as safe() shows them (a sheet is printed to a terminal too), Markdown's marks escaped, line ends as <br>. */
export function md(text: string): string {
  return safe(text, true).replace(/([\\`*_[\]#|<>])/g, '\\$1').replace(/\n/g, '<br>');
}

/** Stored text as HTML's text: safe() first, then escaped, line ends as <br>. */
export function h(text: string): string {
  return safe(text, true).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`).replace(/\n/g, '<br>');
}

export function renderMarkdown(result: ShowResult, today: Day): string {
  const s = sheet(result);
  const lines = [`# ${md(s.title)}`, '', `*Dossier sheet, ${longDay(today)}*`, '', '| | |', '|---|---|', ...s.card.map(([k, v]) => `| **${k}** | ${md(v)} |`)];
  for (const section of s.sections) lines.push('', `## ${section.title}`, '', ...section.items.map((item) => `- ${md(item)}`));
  return `${lines.join('\n')}\n`;
}

export function renderHtml(result: ShowResult, today: Day): string {
  const s = sheet(result);
  const rows = s.card.map(([k, v]) => `<tr><th>${h(k)}</th><td>${h(v)}</td></tr>`).join('\n');
  const sections = s.sections.map((section) => `<h2>${h(section.title)}</h2>\n<ul>\n${section.items.map((item) => `<li>${h(item)}</li>`).join('\n')}\n</ul>`).join('\n');
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${h(s.title)}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;max-width:46em;margin:2em auto}th{text-align:left;padding-right:1em;vertical-align:top}h2{font-size:1.1em;margin-top:1.5em}@media print{body{margin:0}}</style>
</head><body>
<h1>${h(s.title)}</h1>
<p><em>Dossier sheet, ${h(longDay(today))}</em></p>
<table>
${rows}
</table>
${sections}
</body></html>
`;
}
