// The pseudo-language (CRM_LANG=qps, issue 17): every message comes from the catalogue, accented
// and in ⟦ ⟧, so a line with English words outside them is a message that escaped the catalogue.
// Every command is run here, its help, its usual output and its usual refusals; what a message
// quotes (names, notes, handles, dates, paths, commands) is data and may stand outside the marks.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { ok, seed } from './support.js';

let binder: Binder;
const env = { CRM_LANG: 'qps', NO_COLOR: '1' };

// What the fixture stores: data, shown as stored in any language.
const STORED = [
  'Łukasz Żółć', 'Kowalski sp. z o.o.', 'Анна Петрова', 'София Трейд', 'رضا رحیمی', 'Acme Ltd', 'Jan Nowak',
  'wants 40 units', 'send the price list', 'price list', 'broken pallets', '12 units at 340 EUR', 'quarterly review',
  'call back', 'replaced the pallets', 'offer.pdf', 'spec.pdf', 'contacts.csv', 'binder.db', 'export.json', 'calendar.ics', 'visit.json', 'visit', 'budget', 'Budget',
  'reached', 'no-answer', 'declined', 'bad-number', 'mobile', 'work', 'home', 'call', 'email', 'meeting', 'note',
  'Name', 'Company', 'Phone', 'Email', 'Next contact',
];

beforeAll(() => {
  binder = tempBinder('2026-12-08');
  seed(binder, 'kowal', 'today', 'Łukasz Żółć', ['--company', 'Kowalski sp. z o.o.', '--phone', '+48 601 234 567']);
  seed(binder, 'petrova', 'fri', 'Анна Петрова', ['--company', 'София Трейд']);
  seed(binder, 'rahimi', 'jan', 'رضا رحیمی', ['--offer', '12 units at 340 EUR']);
  seed(binder, 'acme', 'today', 'Acme Ltd', [], '2026-12-01');
  ok(binder, ['log', 'kowal', '--outcome', 'reached', '--note', 'wants 40 units', '--next', 'today']);
  ok(binder, ['promise', 'kowal', 'send the price list', '--by', '+2d']);
  ok(binder, ['complaint', 'petrova', 'broken pallets']);
  writeFileSync(join(binder.dir, 'offer.pdf'), '%PDF-1.4 offer');
  ok(binder, ['attach', 'kowal', join(binder.dir, 'offer.pdf')]);
  writeFileSync(join(binder.dir, 'visit.json'), JSON.stringify({ name: 'visit', fields: [{ key: 'budget', label: 'Budget', type: 'number' }] }));
  writeFileSync(join(binder.dir, 'contacts.csv'), 'Name,Company,Phone,Email,Next contact\nJan Nowak,Nowak SA,+48 22 555 01 02,jan@example.com,2026-12-10\n');
});
afterAll(() => binder.remove());

/** The output with every message taken out: marks nest (a message quoting another) and help wraps them over lines. */
function outsideMarks(output: string): string {
  let text = output;
  for (let before = ''; before !== text; ) {
    before = text;
    text = text.replace(/⟦[^⟦⟧]*⟧/g, (message) => message.replace(/[^\n]/g, ' '));
  }
  return text;
}

// What help lists by name: commands, settings, arguments; users type them as they are.
const NAMES = /\b(today|next|file|log|call|remind|move|postpone|work|attach|docs|promises?|complaints?|forms?|edit|slipping|review|undo|changes|show|binder|open|find|config|team|whoami|assign|handovers?|export|import|ics|backup|restore|doctor|completion|help|workdays|holidays|capacity|dividers|outcome|attach-limit|note-limit|complaint-due|complaint-follow-up|timezone|remind-within|language|calendar|client|clients|what|path|divider|text|when|shell|files?|setting|values|action|target|login|to|prefix|lead|prospect|former|number|string|boolean|choice|date)\b/g;

/** What a line says that is not data (stored text, dates, numbers, paths, commands, names typed as they are). */
function unmarked(line: string): string {
  let text = line;
  for (const stored of STORED) text = text.split(stored).join(' ');
  return text
    .replace(/\b(application|text|image)\/[\w.+-]+|\bsha256 [0-9a-f]+…?/g, ' ') // a document's type and checksum
    .replace(/\/[^\s]+/g, ' ') // paths
    .replace(/\bcrm(\s+[-\w<>[\]|.,=@:"'+]+)*/g, ' ') // a command line quoted whole
    .replace(/<[^>]*>|\[[^\]]*\]/g, ' ') // what an argument or option takes
    .replace(/--?[\w-]+/g, ' ') // options
    .replace(NAMES, ' ')
    .replace(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/g, ' ') // dates print in English under qps
    .replace(/\b(kowal|petrova|rahimi|acme|nowak|newone|qps|EUR|B|A|C|PDF|HTML|JSON|CSV|ICS|vCard|URL|MB|KB)\b/g, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

function leaks(typed: string[], stdin?: string): string[] {
  // A file a command reads or writes is in the test's folder: $/ names it.
  const args = typed.map((arg) => arg.replace(/^\$\//, `${binder.dir}/`));
  const result = binder.crm(args, { env, ...(stdin !== undefined && { input: stdin }) });
  return outsideMarks(`${result.stdout}\n${result.stderr}`)
    .split('\n')
    .filter((line) => !/^\s*<style>/.test(line) && /[A-Za-z]{2}/.test(unmarked(line.replace(/<\/?[a-z][^>]*>/g, ' '))))
    .map((line) => `crm ${typed.join(' ')}: ${line.trim()}`);
}

// Each command: its help, and what it usually prints or refuses. Writes go to the fixture in order.
const RUNS: Record<string, string[][]> = {
  help: [['--help'], ['help'], ['nonsense'], ['today', '--bogus']],
  today: [['today'], ['today', 'extra']],
  next: [['next'], ['next', '--bogus']],
  show: [['show', 'kowal'], ['show', 'kow'], ['show', 'nobody'], ['show', 'kowal', '--format', 'markdown'], ['show', 'kowal', '--format', 'html']],
  find: [['find', 'price'], ['find', 'zzzz'], ['find']],
  file: [['file', 'acme', 'fri', '--note', 'quarterly review'], ['file', 'newone', 'never'], ['file', 'acme', '31 feb']],
  log: [['log', 'kowal', '--outcome', 'no-answer', '--note', 'price list'], ['log', 'kowal', '--outcome', 'maybe'], ['log', 'nobody']],
  move: [['move', 'acme', 'mon'], ['move'], ['move', 'acme'], ['move', 'acme', 'sat', '--dry-run'], ['move', '--from', '11', '--to', '12', '--dry-run']],
  postpone: [['postpone', 'acme'], ['postpone'], ['postpone', 'acme', '--by', 'banana']],
  call: [['call', 'kowal'], ['call', 'nobody']],
  work: [['work'], ['work', 'zzz']],
  binder: [['binder'], ['binder', '--months', 'x']],
  open: [['open', '11'], ['open', 'jan'], ['open', '45']],
  promise: [['promise', 'kowal', 'call back', '--by', 'thu'], ['promises'], ['promise', 'kowal', 'keep', '99'], ['promise', 'kowal'], ['promise', 'done', '2']],
  complaint: [['complaints'], ['complaint', 'petrova', 'resolve', '99'], ['complaint', 'resolve', '1', '--note', 'replaced the pallets'], ['promises']],
  docs: [['docs', 'kowal'], ['docs', 'kowal', 'zzz'], ['attach', 'kowal'], ['attach', 'kowal', '$/missing.pdf'], ['attach', 'kowal', '--link', '$/spec.pdf']],
  form: [['form', 'add', '$/visit.json'], ['forms'], ['form', 'show', 'visit'], ['form', 'show', 'nothere'], ['form', 'acme', '--form', 'visit', '--field', 'budget=12000']],
  edit: [['edit', 'acme', '--company', 'Acme Ltd'], ['edit', 'acme'], ['edit', 'acme', '--priority', 'Z']],
  review: [['review'], ['review', '--week'], ['review', 'never'], ['slipping']],
  remind: [['remind', '--once'], ['remind', '--within', 'x']],
  team: [['team'], ['whoami'], ['assign', 'acme', '--to', 'anna'], ['handover', 'anna'], ['handovers']],
  export: [['export', '--format', 'json', '-o', '$/export.json'], ['export', '--format', 'xml'], ['ics', '-o', '$/calendar.ics'], ['ics', '--bogus']],
  import: [['import', '$/contacts.csv', '--dry-run'], ['import', '$/contacts.csv', '--file-on', 'mon'], ['import', '$/nothing.csv'], ['import', '$/export.json', '--dry-run']],
  upkeep: [['doctor'], ['backup'], ['restore', '$/nothing.db'], ['config'], ['config', 'capacity', 'x'], ['config', 'workdays', 'mon-fri'], ['config', 'nothing']],
  completion: [['completion', 'tcsh']],
  // Last, when every kind of change is in the binder: each summary, the history and the sheets that show them.
  undo: [
    ['undo', '--dry-run'], ['changes', '--limit', '50'], ['undo'], ['changes'], ['changes', '--bogus'],
    ['show', 'kowal'], ['show', 'petrova'], ['show', 'petrova', '--format', 'markdown'], ['show', 'kowal', '--format', 'html'], ['find', 'pallets'],
  ],
};

describe('every message comes from the catalogue (CRM_LANG=qps)', () => {
  for (const [area, runs] of Object.entries(RUNS)) {
    it(`${area}: output, help and refusals`, () => {
      const found: string[] = [];
      for (const args of runs) {
        found.push(...leaks(args));
        if (!args[0]?.startsWith('-') && args[0] !== 'help' && args.length === 1) found.push(...leaks([args[0] as string, '--help']));
      }
      const commands = new Set(runs.map((args) => args[0]).filter((name) => name && !name.startsWith('-') && name !== 'help' && name !== 'nonsense'));
      for (const command of commands) found.push(...leaks([command as string, '--help']));
      expect([...new Set(found)]).toEqual([]);
    });
  }
});
