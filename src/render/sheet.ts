// crm show --format markdown|html: a printable dossier sheet to take to a meeting.
import type { Day } from '../binder/day.js';
import type { ShowResult } from '../commands/show.js';
import { formatSize } from '../binder/size.js';
import { messages } from '../i18n/catalogue.js';
import { card as englishCard } from '../i18n/en/card.js';
import { sheets as english } from '../i18n/en/sheets.js';
import { currentLanguage, isRightToLeft } from '../i18n/language.js';
import { formAnswers } from './dossier.js';
import { entryNote, promiseWhat, type Teller } from './stored.js';
import { atHour, isolated, longDay, safe } from './style.js';

/** How many history entries the sheet prints: the recent ones. */
const RECENT = 15;

const say = messages('sheets', english);
const sayCard = messages('card', englishCard);

/** Stored text (a name, a note, an offer) among crm's own words on a sheet's line. */
export interface Stored {
  stored: string;
}

/**
 * A line of a sheet: crm's own words and stored text, told apart, so that the HTML gives each piece
 * of stored text its own direction (a Persian name in a Polish sheet) and the terminal isolates it.
 */
export type Line = readonly (string | Stored)[];

export function stored(text: string): Stored {
  return { stored: text };
}

/**
 * A message of crm's own words with stored text in it, as a Line: `words` is said with a mark in
 * each stored piece's place (private-use characters no message has, nor the pseudo-language's own
 * marks: i18n/pseudo.ts), then cut at the marks.
 */
export function woven<K extends string>(words: (marks: Record<K, string>) => string, pieces: Record<K, Stored>): Line {
  const lines = Object.fromEntries(Object.entries<Stored>(pieces).map(([key, piece]): [string, Line] => [key, [piece]]));
  return wovenLines(words, lines as Record<K, Line>);
}

/** As woven(), each piece a Line of its own (crm's words said with stored text in them). */
function wovenLines<K extends string>(words: (marks: Record<K, string>) => string, pieces: Record<K, Line>): Line {
  const keys = Object.keys(pieces) as K[];
  const marks = Object.fromEntries(keys.map((key, i) => [key, `\uE002${i}\uE003`])) as Record<K, string>;
  return words(marks)
    .split(/\uE002(\d+)\uE003/)
    .flatMap((part, i) => (i % 2 === 0 ? [part] : pieces[keys[Number(part)] as K]))
    .filter((piece) => piece !== '');
}

/** What crm stored in its own English, said on a sheet (render/stored.ts). */
const onSheet: Teller<Line> = { stored: (text) => [stored(text)], say: wovenLines };

interface Sheet {
  title: Line;
  card: [string, Line][];
  sections: { title: string; items: Line[] }[];
}

/** Who made an entry and for whom, as byline() says it on a terminal: ' (by Anna Nowak for Piotr Wilk)'. */
function madeBy(by: string | null | undefined, madeFor: string | null | undefined, team: ShowResult['team']): Line {
  if (!team) return [];
  const m = say();
  const name = (login: string) => stored(team.names[login] ?? login);
  const parts: (string | Stored)[][] = [];
  if (by && by !== team.login) parts.push([m.by, name(by)]);
  if (madeFor && madeFor !== by && madeFor !== team.login) parts.push([m.for, name(madeFor)]);
  return parts.length === 0 ? [] : [' (', ...parts.flatMap((part, i) => (i === 0 ? part : [' ', ...part])), ')'];
}

/** Stored values one a line, each followed by crm's words: '+48 601 (work)'. */
function listed(entries: [value: string, label: string][]): Line {
  return entries.flatMap(([value, label], i) => [...(i === 0 ? [] : ['\n']), stored(value), say().labelled({ label })]);
}

function sheet(result: ShowResult): Sheet {
  const d = result.dossier;
  const m = say();
  const l = m.labels;
  const text = (value: string | null | undefined): Line | null => (value ? [stored(value)] : null);
  const card: [string, Line | null][] = [
    [l.handle, text(d.handle)],
    [l.addressAs, text(d.address)],
    [l.sayIt, text(d.pronunciation)],
    [l.position, text(d.position)],
    [l.company, text(d.company)],
    [d.phones.length > 1 ? l.phones : l.phone, d.phones.length > 0 ? listed(d.phones.map((p) => [p.number, p.label])) : null],
    [d.emails.length > 1 ? l.emails : l.email, d.emails.length > 0 ? listed(d.emails.map((e) => [e.address, e.label])) : null],
    [l.priority, [d.priority]],
    [l.stage, text(d.stage)],
    [l.tags, text(d.tags)],
    [l.cadence, d.cadence ? [m.every({ cadence: d.cadence })] : null],
    [l.nextContact, [d.filedOn ? `${longDay(d.filedOn)}${atHour(d.filedAt)}${d.overdueDays > 0 ? m.daysOverdue({ days: d.overdueDays }) : ''}` : m.closed]],
    [l.preferences, text(d.preferences)],
    [l.currentOffer, text(d.offer)],
    [l.notes, text(d.notes)],
  ];
  const history = d.history.filter((e) => e.kind !== 'filed' && e.kind !== 'created').slice(-RECENT);
  return {
    title: [stored(d.name)],
    card: card.filter((row): row is [string, Line] => row[1] !== null),
    sections: [
      {
        title: m.openPromises,
        items: d.promises.map((p) => [(p.theirs ? m.theirsBy : m.oursBy)({ day: longDay(p.due) }), ...promiseWhat(p.what, onSheet), p.status === 'broken' ? m.broken : '']),
      },
      { title: m.openComplaints, items: d.complaints.map((c) => [stored(c.what), (c.late ? m.targetLate : m.target)({ day: longDay(c.due) })]) },
      {
        title: m.recentHistory({ shown: history.length, total: d.history.length }),
        items: history.map((e) => {
          const parts: Line[] = [
            e.note ? entryNote(e.kind, e.note, onSheet) : [],
            e.changes ? [m.cardChanged({ fields: Object.keys(e.changes).join(', ') })] : [],
            e.outcome ? ['→ ', stored(e.outcome)] : [],
            e.offer ? [m.offerMade, stored(e.offer)] : [],
            e.form ? [stored(e.form.name), ': ', stored(formAnswers(e.form, (answer) => answer))] : [],
            e.from && e.to ? [`${e.from} → ${e.to}`] : [],
          ].filter((part) => part.length > 0);
          const kind = (sayCard().kinds as Readonly<Record<string, string>>)[e.kind] ?? e.kind;
          return [`${e.at.slice(0, 10)} ${e.at.slice(11, 16)} ${kind}: `, ...parts.flatMap((part, i) => (i === 0 ? part : ['; ', ...part])), ...madeBy(e.by, e.for, result.team)];
        }),
      },
      {
        title: m.documents,
        items: d.documents.map((doc) => [stored(doc.name), ...(doc.link ? [m.link, stored(doc.link), ')'] : [m.file({ type: doc.type, size: formatSize(doc.size ?? 0), digest: `sha256 ${doc.sha256?.slice(0, 12) ?? ''}` })])]),
      },
    ].filter((section) => section.items.length > 0),
  };
}

/** A line as Markdown: stored text as it is (Markdown has no direction of its own to give it). */
export function mdLine(line: Line): string {
  return line.map((piece) => md(typeof piece === 'string' ? piece : piece.stored)).join('');
}

/**
 * A line as HTML: each piece of stored text in a <span dir="auto">, an isolate whose direction is
 * its own first strong letter's; crm's words take the document's direction.
 */
export function htmlLine(line: Line): string {
  return line.map((piece) => (typeof piece === 'string' ? h(piece) : piece.stored === '' ? '' : `<span dir="auto">${h(piece.stored)}</span>`)).join('');
}

/** A line for the terminal: stored text isolated() among crm's words. */
export function terminalLine(line: Line): string {
  return line.map((piece) => (typeof piece === 'string' ? piece : isolated(piece.stored))).join('');
}

/** The attributes of an HTML sheet's <html>: the run's language and its direction. */
export function htmlLanguage(): string {
  const language = currentLanguage();
  return `lang="${language}" dir="${isRightToLeft(language) ? 'rtl' : 'ltr'}"`;
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
  const lines = [`# ${mdLine(s.title)}`, '', `*${md(say().dossierSheet({ day: longDay(today) }))}*`, '', '| | |', '|---|---|', ...s.card.map(([k, v]) => `| **${k}** | ${mdLine(v)} |`)];
  for (const section of s.sections) lines.push('', `## ${section.title}`, '', ...section.items.map((item) => `- ${mdLine(item)}`));
  return `${lines.join('\n')}\n`;
}

// Logical properties only (text-align: start, padding-inline-end): a right-to-left sheet is the mirror of a left-to-right one.
export function renderHtml(result: ShowResult, today: Day): string {
  const s = sheet(result);
  const rows = s.card.map(([k, v]) => `<tr><th>${h(k)}</th><td>${htmlLine(v)}</td></tr>`).join('\n');
  const sections = s.sections.map((section) => `<h2>${h(section.title)}</h2>\n<ul>\n${section.items.map((item) => `<li>${htmlLine(item)}</li>`).join('\n')}\n</ul>`).join('\n');
  return `<!doctype html>
<html ${htmlLanguage()}><head><meta charset="utf-8"><title>${h(s.title.map((piece) => (typeof piece === 'string' ? piece : piece.stored)).join(''))}</title>
<style>body{font:14px/1.4 system-ui,sans-serif;max-width:46em;margin:2em auto;overflow-wrap:anywhere}th{text-align:start;padding-inline-end:1em;vertical-align:top;white-space:nowrap}h2{font-size:1.1em;margin-top:1.5em}@media print{body{margin:0}}</style>
</head><body>
<h1>${htmlLine(s.title)}</h1>
<p><em>${h(say().dossierSheet({ day: longDay(today) }))}</em></p>
<table>
${rows}
</table>
${sections}
</body></html>
`;
}
