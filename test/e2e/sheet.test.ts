// crm show <client> --format markdown|html: a printable dossier sheet to take to a meeting. The
// card, open promises and complaints, recent history and documents.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { copyBinder, ok, refused, seed } from './support.js';

// Seeded once on Mon 2026-11-23 and only read (tests that change it work on a copy):
//   acme   the whole card, a call with an offer and a form, two promises, a complaint, a change
//          of the card, a file and a link; behind 25 (Wed 25 Nov)
//   plain  Paul Plain: a name and nothing else                   behind 30
//   other  Olaf Other, with a promise and a complaint of his own  today
let binder: Binder;
beforeAll(() => {
  binder = tempBinder('2026-11-23');
  seed(binder, 'acme', '25', 'Anna Nowak', [
    '--position', 'purchasing manager',
    '--company', 'Acme Ltd',
    '--phone', '+48 601 234 567',
    '--email', 'anna@acme.example',
    '--notes', 'prefers mornings\nnever on Fridays | *urgent*',
    '--priority', 'A',
    '--address', 'Pani Anno',
    '--pronunciation', 'AH-na NO-vak',
    '--preferences', 'e-mail first',
    '--stage', 'client',
    '--tags', 'vip, warsaw',
    '--every', '2w',
  ]);
  seed(binder, 'plain', '30', 'Paul Plain');
  seed(binder, 'other', 'today', 'Olaf Other');
  const form = join(binder.dir, 'visit.json');
  writeFileSync(form, JSON.stringify({ name: 'visit', fields: [{ key: 'budget', label: 'Budget', type: 'number' }, { key: 'decision', label: 'Decision maker met', type: 'yes/no' }] }));
  ok(binder, ['form', 'add', form]);
  ok(binder, ['log', 'acme', '--note', 'wants 40 units', '--outcome', 'reached', '--offer', 'Q-7: 40 units at 9.50', '--form', 'visit', '--field', 'budget=12000', '--field', 'decision=yes', '--next', '25']);
  ok(binder, ['promise', 'acme', 'send the price list', '--by', '24']);
  ok(binder, ['promise', 'acme', 'decide on the offer', '--by', 'dec 10', '--theirs']);
  ok(binder, ['complaint', 'acme', 'delivery two weeks late']);
  ok(binder, ['edit', 'acme', '--tags', 'vip']);
  const pdf = join(binder.dir, 'offer-2026-11.pdf');
  writeFileSync(pdf, Buffer.alloc(2048, 1));
  ok(binder, ['attach', 'acme', pdf]);
  ok(binder, ['attach', 'acme', '--link', 'https://drive.example.com/acme-contract']);
  ok(binder, ['promise', 'other', 'other’s promise', '--by', '24']);
  ok(binder, ['complaint', 'other', 'other’s complaint']);
});
afterAll(() => {
  binder.remove();
});

/** The items of the section whose heading matches (up to the next heading): markdown or HTML list items. */
function section(text: string, heading: RegExp): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return [];
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => /^#|^<h2>/.test(line));
  return (end < 0 ? rest : rest.slice(0, end)).filter((line) => line.startsWith('- ') || line.startsWith('<li>'));
}

describe('--format markdown', () => {
  let sheet: string;
  beforeAll(() => {
    sheet = ok(binder, ['show', 'acme', '--format', 'markdown']);
  });

  it('the name as title, the date it was printed', () => {
    const lines = sheet.split('\n');
    expect(lines[0]).toBe('# Anna Nowak');
    expect(sheet).toContain('*Dossier sheet, Mon 23 Nov 2026*');
  });

  it('the card as a table: every field that has a value, in the card’s order', () => {
    const rows = sheet.split('\n').filter((line) => line.startsWith('| **'));
    expect(rows).toEqual([
      '| **Handle** | acme |',
      '| **Address as** | Pani Anno |',
      '| **Say it** | AH-na NO-vak |',
      '| **Position** | purchasing manager |',
      '| **Company** | Acme Ltd |',
      '| **Phone** | +48 601 234 567 (work) |',
      '| **E-mail** | anna@acme.example (work) |',
      '| **Priority** | A |',
      '| **Stage** | client |',
      '| **Tags** | vip |',
      '| **Cadence** | every 2w |',
      '| **Next contact** | Wed 25 Nov 2026 |',
      '| **Preferences** | e-mail first |',
      '| **Current offer** | Q-7: 40 units at 9.50 |',
      '| **Notes** | prefers mornings<br>never on Fridays \\| \\*urgent\\* |',
    ]);
  });

  it('a pipe or a line break in a value does not break the table', () => {
    for (const row of sheet.split('\n').filter((line) => line.startsWith('|'))) {
      expect(row.match(/(?<!\\)\|/g), row).toHaveLength(3);
    }
  });

  it('the open promises, ours and theirs, of this client only', () => {
    expect(section(sheet, /^## Open promises$/)).toEqual(['- Ours, by Tue 24 Nov 2026: send the price list', '- Theirs, by Thu 10 Dec 2026: decide on the offer']);
    expect(sheet).not.toContain('other’s');
  });

  it('the open complaints with their target dates', () => {
    expect(section(sheet, /^## Open complaints$/)).toEqual(['- delivery two weeks late (target Tue 24 Nov 2026)']);
  });

  it('the recent history: the call with its note, outcome, offer and form; the card change names its fields', () => {
    const history = section(sheet, /^## Recent history \(\d+ of \d+ entries\)$/);
    const call = history.find((line) => line.includes(' call: '));
    expect(call).toMatch(/^- 2026-11-23 \d\d:\d\d call: /);
    for (const part of ['wants 40 units', '→ reached', 'offer: Q-7: 40 units at 9.50', 'visit: budget 12000, decision yes']) expect(call).toContain(part);
    const changed = history.find((line) => line.includes(' changed: '));
    expect(changed).toBeDefined();
    expect(changed).toContain('tags');
    // Filings are where the dossier is, not what happened: left out.
    expect(history.some((line) => / filed: /.test(line))).toBe(false);
    for (const kind of ['promised', 'complaint', 'attached']) expect(history.some((line) => line.includes(` ${kind}: `)), kind).toBe(true);
  });

  it('the documents: a file with its type, size and checksum; a link with where it lives', () => {
    const documents = section(sheet, /^## Documents$/);
    expect(documents).toHaveLength(2);
    expect(documents[0]).toMatch(/^- offer-2026-11\.pdf \(application\/pdf, 2 KB, sha256 [0-9a-f]{12}…\)$/);
    expect(documents[1]).toBe('- acme-contract (link: https://drive.example.com/acme-contract)');
  });

  it('the sections in order: promises, complaints, history, documents', () => {
    const headings = sheet.split('\n').filter((line) => line.startsWith('## '));
    expect(headings.map((h) => h.replace(/ \(.*\)$/, ''))).toEqual(['## Open promises', '## Open complaints', '## Recent history', '## Documents']);
  });

  it('a dossier with only a name: its card and history, no empty sections', () => {
    const out = ok(binder, ['show', 'plain', '--format', 'markdown']);
    expect(out.split('\n').filter((line) => line.startsWith('| **'))).toEqual(['| **Handle** | plain |', '| **Priority** | B |', '| **Next contact** | Mon 30 Nov 2026 |']);
    for (const heading of ['Open promises', 'Open complaints', 'Documents']) expect(out).not.toContain(heading);
  });
});

describe('--format html', () => {
  let sheet: string;
  beforeAll(() => {
    sheet = ok(binder, ['show', 'acme', '--format', 'html']);
  });

  it('a whole page, printable on its own', () => {
    expect(sheet.startsWith('<!doctype html>\n')).toBe(true);
    expect(sheet).toContain('<meta charset="utf-8">');
    expect(sheet).toContain('<title>Anna Nowak</title>');
    expect(sheet).toContain('@media print');
    expect(sheet.endsWith('</body></html>\n')).toBe(true);
    // The run's language and its direction; each piece of stored text takes its own (dir="auto").
    expect(sheet).toContain('<html lang="en" dir="ltr">');
    expect(sheet).toContain('<h1><span dir="auto">Anna Nowak</span></h1>');
    expect(sheet).toContain('<p><em>Dossier sheet, Mon 23 Nov 2026</em></p>');
  });

  it('the card as a table, the sections as lists', () => {
    for (const row of [
      '<tr><th>Address as</th><td><span dir="auto">Pani Anno</span></td></tr>',
      '<tr><th>Say it</th><td><span dir="auto">AH-na NO-vak</span></td></tr>',
      '<tr><th>Stage</th><td><span dir="auto">client</span></td></tr>',
      '<tr><th>Cadence</th><td>every 2w</td></tr>',
      '<tr><th>Next contact</th><td>Wed 25 Nov 2026</td></tr>',
      '<tr><th>Notes</th><td><span dir="auto">prefers mornings<br>never on Fridays | *urgent*</span></td></tr>',
    ]) {
      expect(sheet).toContain(row);
    }
    expect(section(sheet, /^<h2>Open promises<\/h2>$/)).toEqual([
      '<li>Ours, by Tue 24 Nov 2026: <span dir="auto">send the price list</span></li>',
      '<li>Theirs, by Thu 10 Dec 2026: <span dir="auto">decide on the offer</span></li>',
    ]);
    expect(section(sheet, /^<h2>Open complaints<\/h2>$/)).toEqual(['<li><span dir="auto">delivery two weeks late</span> (target Tue 24 Nov 2026)</li>']);
    expect(section(sheet, /^<h2>Documents<\/h2>$/)).toHaveLength(2);
    expect(sheet).toMatch(/<h2>Recent history \(\d+ of \d+ entries\)<\/h2>/);
  });

  it('whatever was typed is text, never markup', () => {
    const copy = copyBinder(binder, '2026-11-23');
    try {
      seed(copy, 'evil', '30', '<b>Bold & "Co"</b>', ['--notes', '<script>alert(1)</script>', '--company', "O'Brien & Sons"]);
      ok(copy, ['promise', 'evil', '<img src=x onerror=alert(1)>', '--by', 'fri']);
      const out = ok(copy, ['show', 'evil', '--format', 'html']);
      expect(out).not.toContain('<script>');
      expect(out).not.toContain('<b>');
      expect(out).not.toContain('<img');
      expect(out).toContain('<title>&#60;b&#62;Bold &#38; &#34;Co&#34;&#60;/b&#62;</title>');
      expect(out).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
      expect(out).toContain('O&#39;Brien &#38; Sons');
      const md = ok(copy, ['show', 'evil', '--format', 'markdown']);
      expect(md.split('\n')[0]).toBe('# \\<b\\>Bold & "Co"\\</b\\>');
      expect(md).not.toContain('<script>');
    } finally {
      copy.remove();
    }
  });
});

describe('the sheet as the days go by', () => {
  it('read later: overdue, a broken promise and a late complaint are marked', () => {
    const md = ok(binder, ['show', 'acme', '--format', 'markdown'], { today: '2026-11-27' });
    expect(md).toContain('| **Next contact** | Wed 25 Nov 2026 (2 days overdue) |');
    expect(md).toContain('- Ours, by Tue 24 Nov 2026: send the price list (BROKEN)');
    expect(md).toContain('- delivery two weeks late (target Tue 24 Nov 2026, LATE)');
    expect(md).toContain('*Dossier sheet, Fri 27 Nov 2026*');
    const html = ok(binder, ['show', 'acme', '--format', 'html'], { today: '2026-11-27' });
    expect(html).toContain('<li>Ours, by Tue 24 Nov 2026: <span dir="auto">send the price list</span> (BROKEN)</li>');
  });

  it('kept promises and resolved complaints are off the sheet; a closed dossier says so', () => {
    const copy = copyBinder(binder, '2026-11-23');
    try {
      ok(copy, ['promise', 'done', '1']);
      ok(copy, ['complaint', 'resolve', '1', '--note', 'refunded the freight']);
      ok(copy, ['log', 'acme', '--outcome', 'won', '--done']);
      const md = ok(copy, ['show', 'acme', '--format', 'markdown']);
      expect(md).not.toContain('send the price list (');
      expect(section(md, /^## Open promises$/)).not.toContain('- Ours, by Tue 24 Nov 2026: send the price list');
      expect(md).not.toContain('## Open complaints');
      expect(md).toContain('| **Next contact** | closed |');
    } finally {
      copy.remove();
    }
  });

  it('only the recent history: the last 15 entries that are not filings, oldest first', () => {
    const copy = copyBinder(binder, '2026-11-23');
    try {
      for (let i = 1; i <= 20; i++) ok(copy, ['log', 'plain', '--kind', 'note', '--note', `note number ${i}`, '--next', '30']);
      const md = ok(copy, ['show', 'plain', '--format', 'markdown']);
      const history = section(md, /^## Recent history/);
      expect(md).toMatch(/^## Recent history \(15 of \d+ entries\)$/m);
      expect(history).toHaveLength(15);
      expect(history.map((line) => line.replace(/^.* note: /, ''))).toEqual(Array.from({ length: 15 }, (_, i) => `note number ${i + 6}`));
    } finally {
      copy.remove();
    }
  });
});

describe('a read, and bad input', () => {
  it('printing a sheet changes nothing', () => {
    const before = binder.dump();
    ok(binder, ['show', 'acme', '--format', 'html']);
    ok(binder, ['show', 'acme', '--format', 'markdown']);
    expect(binder.dump()).toBe(before);
  });

  it.each([
    { what: 'a format it does not know', args: ['show', 'acme', '--format', 'pdf'], mentions: ['pdf', 'markdown', 'html'] },
    { what: '--format without a format', args: ['show', 'acme', '--format'], mentions: ['--format'] },
    { what: 'an unknown client', args: ['show', 'nobody', '--format', 'html'], mentions: ['nobody'] },
  ])('refused: $what', ({ args, mentions }) => {
    const { stderr } = refused(binder, args);
    for (const text of mentions) expect(stderr).toContain(text);
  });

  it('--help names the formats', () => {
    const out = ok(binder, ['show', '--help']);
    expect(out).toContain('--format');
    expect(out).toContain('markdown');
    expect(out).toContain('html');
  });
});
