// The pseudo-language (CRM_LANG=qps, issue 17): every message comes from the catalogue, accented
// and in ⟦ ⟧, so a line with English words outside them is a message that escaped the catalogue.
// Every command is run here, its help, its usual output and its usual refusals; what a message
// quotes (names, notes, handles, dates, paths, commands) is data and may stand outside the marks.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, mkdirSync, openSync, readdirSync, rmSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { CRM, crmWith, openDatabase, tempBinder, type Binder, type Result } from './cli.js';
import { ON_SERVER, psql } from './server-binder.js';
import { ok, seed, tamperWith } from './support.js';
import { teamBinder } from './team-binder.js';

let binder: Binder;
const env = { CRM_LANG: 'qps', NO_COLOR: '1' };

// What the fixture stores: data, shown as stored in any language.
const STORED = [
  // A setting's name (NAMES), taken out before the contact label 'work' below would split it.
  'workdays',
  'Łukasz Żółć', 'Kowalski sp. z o.o.', 'Анна Петрова', 'София Трейд', 'رضا رحیمی', 'Acme Ltd', 'Jan Nowak',
  'wants 40 units', 'send the price list', 'price list', 'broken pallets', '12 units at 340 EUR', 'quarterly review',
  'call back', 'replaced the pallets', 'offer.pdf', 'spec.pdf', 'contacts.csv', 'binder.db', 'export.json', 'calendar.ics', 'visit.json', 'visit', 'budget', 'Budget',
  'reached', 'no-answer', 'declined', 'bad-number', 'mobile', 'work', 'home', 'call', 'email', 'meeting', 'note',
  'Name', 'Company', 'Phone', 'Email', 'Next contact', 'Nowak SA', 'jan@example.com', 'invalid.csv', 'twice.csv', 'contacts.vcf',
  'broken.json', 'cut.json', 'other.json',
  // Where in an export a dossier is, as JSON names it: dossiers[0].
  'dossiers[',
  // The server's login that made a server binder (its admin, on the team as `root (root)`).
  'root',
  // The settings' default date forms, stored as typed (complaint-due, outcome no-answer), and a time zone set.
  'tomorrow', 'Europe/Warsaw',
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
  // Files crm import refuses or reports on: rows not valid, a contact twice, a vCard, JSON that is broken, cut short or not crm's.
  writeFileSync(join(binder.dir, 'invalid.csv'), 'Name,Email\nJan Nowak,jan at example\nAcme Ltd,acme at example\n');
  writeFileSync(join(binder.dir, 'twice.csv'), 'Name,Email\nJan Nowak,jan@example.com\nJan Nowak,jan@example.com\n');
  writeFileSync(join(binder.dir, 'contacts.vcf'), 'BEGIN:VCARD\nVERSION:3.0\nFN:Jan Nowak\nORG:Nowak SA\nTEL;TYPE=CELL:+48 22 555 01 02\nTEL;TYPE=FAX:+48 22 555 01 03\nEND:VCARD\n');
  writeFileSync(join(binder.dir, 'broken.json'), '{"format": ;}');
  writeFileSync(join(binder.dir, 'cut.json'), '{"format": "crm-binder", "version": 3, "dossiers": [');
  writeFileSync(join(binder.dir, 'other.json'), '{"name": "visit"}');
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
const NAMES = /\b(today|next|file|log|call|remind|move|postpone|work|attach|docs|promises?|complaints?|forms?|edit|slipping|review|undo|changes|show|binder|open|find|config|team|whoami|assign|handovers?|export|import|ics|backup|restore|doctor|completion|help|workdays|holidays|capacity|dividers|outcome|attach-limit|note-limit|complaint-due|complaint-follow-up|timezone|remind-within|language|calendar|client|clients|what|path|divider|text|when|shell|files?|setting|values|action|target|login|to|prefix|lead|prospect|former|number|string|boolean|choice|date|mon|tue|wed|thu|fri|sat|sun|off|system)\b/g;

/** What a line says that is not data (stored text, dates, numbers, paths, commands, names typed as they are); `data`: a binder's own. */
function unmarked(line: string, data: readonly string[] = []): string {
  let text = line;
  for (const stored of [...data, ...STORED].sort((a, b) => b.length - a.length)) text = text.split(stored).join(' ');
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

/** The lines of a run's output with English outside the marks, each after `label`. */
function leaksIn(label: string, result: Pick<Result, 'stdout' | 'stderr'>, data: readonly string[] = []): string[] {
  return outsideMarks(`${result.stdout}\n${result.stderr}`)
    .split('\n')
    .filter((line) => !/^\s*<style>/.test(line) && /[A-Za-z]{2}/.test(unmarked(line.replace(/<\/?[a-z][^>]*>/g, ' '), data)))
    .map((line) => `${label}: ${line.trim()}`);
}

function leaks(typed: string[], stdin?: string): string[] {
  return leaked(typed, binder.crm(named(binder, typed), { env, ...(stdin !== undefined && { input: stdin }) }));
}

/** A command line's arguments: $/ names a file in the binder's own folder. */
const named = (on: Binder, typed: string[]) => typed.map((arg) => arg.replace(/^\$\//, `${on.dir}/`));

/** The lines of a command's output with English outside the marks. */
function leaked(typed: string[], result: Result): string[] {
  return leaksIn(`crm ${typed.join(' ')}`, result);
}

// Each command: its help, and what it usually prints or refuses. Writes go to the fixture in order.
const RUNS: Record<string, string[][]> = {
  help: [['--help'], ['help'], ['nonsense'], ['today', '--bogus']],
  today: [['today'], ['today', 'extra']],
  next: [['next'], ['next', '--bogus']],
  show: [['show', 'kowal'], ['show', 'kow'], ['show', 'nobody'], ['show', 'kowal', '--format', 'markdown'], ['show', 'kowal', '--format', 'html']],
  find: [['find', 'price'], ['find', 'zzzz'], ['find']],
  file: [
    ['file', 'acme', 'fri', '--note', 'quarterly review'], ['file', 'newone', 'never'], ['file', 'acme', '31 feb'], ['file', 'acme', 'fri 25:00'],
    ['file', 'acme', 'fri 15:00 16:00'], ['file', 'acme', 'fri', '--at', '0:60'], ['file', 'acme', 'fri', '--at', 'x'], ['file', 'acme', 'հու'],
    ['file', 'acme', '2026-12-01'], ['file', 'a b', 'fri'],
  ],
  log: [['log', 'kowal', '--outcome', 'no-answer', '--note', 'price list'], ['log', 'kowal', '--outcome', 'maybe'], ['log', 'nobody'], ['log', 'kowal', '--next', 'fri', '--done']],
  move: [['move', 'acme', 'mon'], ['move'], ['move', 'acme'], ['move', 'acme', 'sat', '--dry-run'], ['move', '--from', '11', '--to', '12', '--dry-run'], ['move', 'acme', '--from', '11', '--to', '12'],
    ['file', 'jan', 'fri', '--name', 'Jan Nowak'], ['move', 'acme', 'jan', '14:00'], ['undo']],
  postpone: [['postpone', 'acme'], ['postpone'], ['postpone', 'acme', '--by', 'banana'], ['postpone', 'acme', '--auto']],
  call: [['call', 'kowal'], ['call', 'nobody']],
  work: [['work'], ['work', 'zzz']],
  binder: [['binder'], ['binder', '--months', 'x']],
  open: [['open', '11'], ['open', 'jan'], ['open', '45']],
  promise: [['promise', 'kowal', 'call back', '--by', 'thu'], ['promises'], ['promise', 'kowal', 'keep', '99'], ['promise', 'kowal'], ['promise', 'done', '2']],
  complaint: [['complaints'], ['complaint', 'petrova', 'resolve', '99'], ['complaint', 'resolve', '1', '--note', 'replaced the pallets'], ['promises']],
  docs: [['docs', 'kowal'], ['docs', 'kowal', 'zzz'], ['attach', 'kowal'], ['attach', 'kowal', '$/missing.pdf'], ['attach', 'kowal', '--link', '$/spec.pdf'], ['attach', 'kowal', '$/contacts.csv']],
  form: [['form', 'add', '$/visit.json'], ['forms'], ['form', 'show', 'visit'], ['form', 'show', 'nothere'], ['form', 'acme', '--form', 'visit', '--field', 'budget=12000'], ['form', 'add'], ['form', 'bogus']],
  edit: [['edit', 'acme', '--company', 'Acme Ltd'], ['edit', 'acme'], ['edit', 'acme', '--priority', 'Z']],
  review: [['review'], ['review', '--week'], ['review', 'never'], ['slipping']],
  remind: [['remind', '--once'], ['remind', '--within', 'x'], ['remind', '--exec', ''], ['remind', '--exec', 'x', '--print']],
  team: [['team'], ['whoami'], ['assign', 'acme', '--to', 'anna'], ['handover', 'anna'], ['handovers']],
  export: [['export', '--format', 'json', '-o', '$/export.json'], ['export', '--format', 'xml'], ['ics', '-o', '$/calendar.ics'], ['ics', '--bogus']],
  import: [
    ['import', '$/contacts.csv', '--dry-run'], ['import', '$/contacts.csv', '--file-on', 'mon'], ['import', '$/nothing.csv'], ['import', '$/export.json', '--dry-run'],
    ['import', '$/invalid.csv', '--skip-invalid', '--dry-run'], ['import', '$/invalid.csv'], ['import', '$/twice.csv', '--dry-run'], ['import', '$/contacts.vcf', '--dry-run'],
    ['import', '$/broken.json'], ['import', '$/cut.json'], ['import', '$/other.json'], ['import', '$/contacts.csv', '--format', 'xml'], ['import', '$/export.json', '--on-conflict', 'fail'],
  ],
  teamHelp: [['team', 'add'], ['team', 'init', 'anna'], ['assign', 'acme'], ['handover', 'back', '--until', 'fri'], ['handover', 'anna', '--until', 'fri', '-o', '$/sheet.txt'], ['handover', 'anna', '--until', 'fri', '-o', '$/nothere/sheet.html']],
  exchangeHelp: [['import', '$/contacts.csv', '--spread', '--per-day', 'x']],
  upkeep: [['doctor'], ['backup'], ['restore', '$/nothing.db'], ['config'], ['config', 'capacity', 'x'], ['config', 'workdays', 'mon-fri'], ['config', 'nothing'],
    ['config', 'dividers', 'x'], ['config', 'dividers', 'dated', '5'], ['config', 'language', 'xx'], ['config', 'calendar', 'maya'],
    ['config', 'holidays', 'x'], ['config', 'holidays', 'add'], ['config', 'holidays', 'add', 'jan'], ['config', 'attach-limit', 'big'],
    ['config', 'outcome', 'maybe', 'tomorrow'], ['config', 'outcome', 'no-answer'], ['config', 'workdays', 'someday'], ['config', 'workdays', 'mon-fri', '--team'],
    ['move', 'acme', 'mon', '14:00'], ['config', 'timezone', 'Europe/Warsaw'], ['config', 'timezone', 'system'],
    ['config', 'capacity', '1'], ['postpone', '--auto'], ['config', 'capacity', 'off'], ['config', 'timezone', 'Mars/Base']],
  completion: [['completion', 'tcsh']],
  // Last, when every kind of change is in the binder: each summary, the history and the sheets that show them.
  undo: [
    ['undo', '--dry-run'], ['changes', '--limit', '50'], ['undo'], ['changes'], ['changes', '--bogus'], ['changes', '--limit', 'x'],
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

// The team's commands on a team's binder, run as its people (real logins on the test server): the
// manager's view, adding and removing people, giving dossiers, handing a stack over and back, and
// what each refuses to whom. In order: each run starts where the one before left the binder.
describe.skipIf(!ON_SERVER)("the team's commands on a server binder (CRM_LANG=qps)", () => {
  const fixture = teamBinder();
  const who = {
    root: 'root',
    ewa: fixture.login('ewa'),
    anna: fixture.login('anna'),
    piotr: fixture.login('piotr'),
    olek: fixture.login('olek'),
    /** On the server (root makes the login), not on the team until then. */
    newone: fixture.login('newone'),
    /** Neither on the server nor on the team. */
    nobody: fixture.login('nobody'),
  };
  // The binder's data: logins, names, its schema. Dossiers are the fixture's STORED ones.
  const DATA = [...Object.values(who), fixture.schema, 'Ewa Lis', 'Anna Nowak', 'Piotr Wilk', 'Olek Kot'];
  const TODAY = '2026-12-03';
  const LATER = '2026-12-07';
  const crm = (login: string, args: string[], today: string, language = 'qps'): Result =>
    crmWith(args, {
      PATH: process.env.PATH,
      HOME: fixture.home(),
      CRM_DB: login === 'root' ? fixture.url : fixture.as(login),
      CRM_TODAY: today,
      CRM_LANG: language,
      NO_COLOR: '1',
      TZ: process.env.TZ,
    });

  /** [who runs it, the command, its exit code, the day when not TODAY]. */
  const RUNS: [login: string, args: string[], code: number, today?: string][] = [
    [who.root, ['team', 'upgrade'], 0],
    [who.anna, ['whoami'], 0],
    // olek leaves, and is no longer on the team for anything, then is back.
    [who.ewa, ['team', 'remove', who.olek, '--to', who.anna], 0],
    [who.olek, ['whoami'], 0],
    [who.olek, ['team'], 2],
    [who.ewa, ['assign', 'kowal', '--to', who.olek], 2],
    [who.ewa, ['team', 'add', who.olek, '--name', 'Olek Kot'], 0],
    [who.ewa, ['team', 'add', who.olek, '--name', 'Olek Kot'], 2],
    [who.root, ['team', 'add', who.newone, '--name', 'Jan Nowak'], 0],
    [who.ewa, ['team', 'add', who.nobody, '--name', 'Jan Nowak'], 2],
    [who.ewa, ['team', 'add', 'bad/login', '--name', 'Jan Nowak'], 2],
    [who.ewa, ['team', 'remove', who.anna, '--to', who.anna], 2],
    [who.anna, ['team', 'add', who.nobody, '--name', 'Jan Nowak'], 2],
    // Dossiers given for good: to a member, and to a stranger.
    [who.anna, ['assign', 'kowal', '--to', who.piotr], 2],
    [who.ewa, ['assign', 'kowal', '--to', who.piotr], 0],
    [who.ewa, ['assign', 'kowal', 'petrova', '--to', who.piotr], 0],
    [who.ewa, ['assign', 'acme', '--to', who.nobody], 2],
    // anna hands her stack to piotr until Friday; he works it.
    [who.anna, ['handover', who.piotr, '--until', 'fri'], 0],
    [who.piotr, ['log', 'acme', '--outcome', 'reached', '--note', 'wants 40 units', '--next', 'mon'], 0],
    [who.anna, ['whoami'], 0],
    [who.piotr, ['whoami'], 0],
    [who.ewa, ['team'], 0],
    [who.ewa, ['team', '--week'], 0],
    [who.ewa, ['handovers'], 0],
    // What a handover refuses, and to whom.
    [who.anna, ['handover', who.anna, '--until', 'fri'], 2],
    [who.ewa, ['handover', who.piotr, '--from', who.piotr, '--until', 'fri'], 2],
    [who.anna, ['handover', who.ewa, '--until', 'fri'], 2],
    [who.olek, ['handover', who.anna, '--until', 'fri'], 2],
    [who.piotr, ['handover', who.olek, '--until', 'fri'], 2],
    [who.ewa, ['handover', who.olek, '--from', who.piotr, '--until', 'fri'], 2],
    [who.olek, ['handover', who.anna, '--from', who.piotr, '--until', 'fri'], 2],
    [who.olek, ['handover', who.ewa, '--until', 'fri', '--only', 'zzzz'], 2],
    [who.olek, ['handover', who.ewa, '--until', 'fri', '--only', ' '], 2],
    [who.olek, ['handover', who.nobody, '--until', 'fri'], 2],
    [who.olek, ['handover', 'back', '--from', who.anna], 2],
    [who.olek, ['handover', 'back', '--from', who.ewa], 2],
    [who.olek, ['handover', 'back'], 2],
    [who.olek, ['handover', 'back', '--from', 'bad/login'], 2],
    // Given back by the colleague: the report.
    [who.piotr, ['handover', 'back'], 0],
    // A handover past its day and not given back; then given back, late; then two stacks held at once.
    [who.ewa, ['handover', who.olek, '--until', 'fri'], 0],
    [who.ewa, ['handover', who.anna, '--until', 'fri'], 2, LATER],
    [who.olek, ['handover', 'back', '--from', who.ewa], 0, LATER],
    [who.ewa, ['handovers'], 0, LATER],
    [who.anna, ['handover', who.piotr, '--until', 'wed'], 0, LATER],
    [who.olek, ['handover', who.piotr, '--until', 'wed'], 0, LATER],
    [who.piotr, ['handover', 'back'], 2, LATER],
  ];

  beforeAll(() => {
    fixture.open(
      [
        { name: 'ewa', fullName: 'Ewa Lis', manager: true },
        { name: 'anna', fullName: 'Anna Nowak' },
        { name: 'piotr', fullName: 'Piotr Wilk' },
        { name: 'olek', fullName: 'Olek Kot' },
      ],
      TODAY,
    );
    const made = (login: string, args: string[]) => expect(crm(login, args, TODAY, 'en')).toMatchObject({ stderr: '', code: 0 });
    made(who.anna, ['file', 'kowal', 'today', '--name', 'Łukasz Żółć', '--company', 'Kowalski sp. z o.o.', '--phone', '+48 601 234 567']);
    made(who.anna, ['file', 'petrova', 'fri', '--name', 'Анна Петрова', '--company', 'София Трейд']);
    made(who.anna, ['promise', 'petrova', 'send the price list', '--by', 'fri']);
    made(who.olek, ['file', 'acme', 'today', '--name', 'Acme Ltd']);
  });
  afterAll(() => {
    try {
      fixture.close();
    } finally {
      psql(`DROP ROLE IF EXISTS "${who.newone}", "${who.nobody}"`);
    }
  });

  // Some fifty runs on the server, one after another: more than the suite's 20 s on a busy machine.
  it("crm team, whoami, assign, handover (back), handovers: output and refusals, run as the team's people", () => {
    const found: string[] = [];
    for (const [login, args, code, today] of RUNS) {
      const label = `crm ${args.join(' ')} (as ${login.split('_')[0] as string})`;
      const result = crm(login, args, today ?? TODAY);
      if (result.code !== code) found.push(`${label}: exit ${result.code}, not ${code}: ${result.stderr.trim()}`);
      found.push(...leaksIn(label, result, DATA));
    }
    expect([...new Set(found)]).toEqual([]);
  }, 120_000);
});

// A binder with problems, and one crm cannot use as it is: what crm doctor finds of every kind and
// what --repair mends, and the refusals of a damaged, read-only, foreign or newer binder, of a copy
// that is no binder to restore, of a backup with nowhere to go. Each binder is the test's own.
// --json stays English, byte for byte, under any language.
describe('a binder with problems, and one crm cannot use (CRM_LANG=qps)', () => {
  /** Runs a command under qps: its exit code as expected, and the lines it printed with English outside the marks. */
  function said(on: Binder, typed: string[], code: number, run?: (args: string[]) => Result): string[] {
    const result = run ? run(named(on, typed)) : on.crm(named(on, typed), { env });
    expect(result.code, `crm ${typed.join(' ')}: ${result.stderr}`).toBe(code);
    expect(`${result.stdout}${result.stderr}`, `crm ${typed.join(' ')}`).toContain('⟦');
    return leaked(typed, result);
  }
  /** --json prints what it prints in English: the same bytes under qps. */
  function sameJson(on: Binder, typed: string[], run?: (args: string[], language?: NodeJS.ProcessEnv) => Result): void {
    const english = run ? run(named(on, typed), {}) : on.crm(named(on, typed));
    const pseudo = run ? run(named(on, typed)) : on.crm(named(on, typed), { env });
    expect({ code: pseudo.code, stdout: pseudo.stdout }, `crm ${typed.join(' ')}`).toEqual({ code: english.code, stdout: english.stdout });
    expect(english.stdout).not.toContain('⟦');
  }
  const HANDLES = ['acme', 'kowal', 'nowak', 'petrova', 'rahimi', 'zolc', 'duda', 'lis'];
  const ids = (handles: string[]) => `(SELECT id FROM dossier WHERE handle IN (${handles.map((h) => `'${h}'`).join(', ')}))`;

  it("crm doctor: a line for each kind of problem (the lists' 'and N more' too), what --repair mended, what it could not check", () => {
    const sick = tempBinder('2026-12-08');
    try {
      HANDLES.forEach((handle, i) => seed(sick, handle, String(10 + i), `Client ${handle}`));
      ok(sick, ['log', 'zolc', '--note', 'wants samples', '--next', '20']);
      ok(sick, ['log', 'duda', '--note', 'asks for a discount', '--next', '21']);
      ok(sick, ['promise', 'kowal', 'send the price list', '--by', '+2d']);
      ok(sick, ['complaint', 'nowak', 'broken pallets']);
      writeFileSync(join(sick.dir, 'offer.txt'), 'the offer\n');
      ok(sick, ['attach', 'acme', join(sick.dir, 'offer.txt')]);
      // What only a person can mend: filings astray, names crm would not take, and on a file rows
      // that belong to nothing and dates that do not exist (a server's constraints keep those out).
      tamperWith(
        sick,
        `UPDATE dossier SET filed_on = NULL WHERE handle = 'acme';
         UPDATE dossier SET filed_on = '2026-12-24' WHERE handle = 'lis';
         UPDATE document SET name = '../evil.txt';
         INSERT INTO change_before (change_id, seq, target, ref, before) SELECT max(id), 99, 'dossier', '998', '{"handle": "rm -rf"}' FROM change_log;
         UPDATE dossier SET handle = 'bad handle' WHERE handle = 'petrova';`,
      );
      if (!ON_SERVER) {
        tamperWith(
          sick,
          `PRAGMA foreign_keys = OFF;
           UPDATE dossier SET filed_on = '2026-02-30' WHERE handle = 'kowal';
           UPDATE promise SET due = '2026-02-31';
           UPDATE complaint SET due = '2026-13-01';
           INSERT INTO entry (dossier_id, at, kind, note) VALUES (999, '2026-11-01T10:00:00+01:00', 'note', 'stray'), (999, '2026-11-01T10:00:00+01:00', 'note', 'stray');
           INSERT INTO document (dossier_id, name, type, size, link, added_at) VALUES (999, 'stray.txt', 'text/plain', 1, 'x', '2026-11-01T10:00:00Z');
           INSERT INTO promise (dossier_id, what, due, theirs, made_at) VALUES (999, 'stray', '2026-12-01', 0, '2026-11-01T10:00:00Z');
           INSERT INTO complaint (dossier_id, what, due, opened_at) VALUES (999, 'stray', '2026-12-01', '2026-11-01T10:00:00Z');
           INSERT INTO dossier_word (word, dossier_id) VALUES ('ghost', 999);
           INSERT INTO change_before (change_id, seq, target, ref, before) VALUES (999, 0, 'setting', 'x', NULL);`,
        );
      }
      // What --repair mends: lookup words (seven dossiers: a list of five and "2 more"), find's texts
      // and, on a file, find's indexes and the filing counts.
      tamperWith(
        sick,
        `DELETE FROM dossier_word WHERE dossier_id IN ${ids(['acme', 'kowal', 'nowak', 'rahimi', 'zolc', 'duda', 'lis'])};
         UPDATE dossier SET search_text = 'nothing' WHERE handle = 'rahimi';
         UPDATE dossier_history SET text = 'nothing' WHERE dossier_id IN ${ids(['zolc'])};`,
      );
      if (!ON_SERVER) {
        tamperWith(
          sick,
          `UPDATE filing_count SET count = 5;
           INSERT INTO dossier_search (dossier_search, rowid, search_text, phone_digits) VALUES ('delete', (SELECT id FROM dossier WHERE handle = 'duda'), 'x', '');
           INSERT INTO history_search (history_search, rowid, text) SELECT 'delete', dossier_id, text FROM dossier_history WHERE dossier_id IN ${ids(['duda'])};`,
        );
      }
      const found = [...said(sick, ['doctor'], 3)];
      const report = sick.json<{ problems: string[]; mendable: boolean }>(['doctor']);
      // Every kind the store can find here: a line each.
      expect(report.problems, report.problems.join('\n')).toHaveLength(ON_SERVER ? 8 : 20);
      expect(report.mendable).toBe(true);
      sameJson(sick, ['doctor', '--json']);
      found.push(...said(sick, ['doctor', '--repair'], 3));
      found.push(...said(sick, ['doctor'], 3));
      sameJson(sick, ['doctor', '--json']);
      // Mended by hand (the rest restored from a copy): the report of what was checked.
      tamperWith(
        sick,
        `UPDATE dossier SET filed_on = '2026-12-10' WHERE handle = 'acme';
         UPDATE dossier SET filed_on = '2026-12-17' WHERE handle = 'lis';
         UPDATE document SET name = 'offer.txt';
         DELETE FROM change_before WHERE seq = 99;
         UPDATE dossier SET handle = 'petrova' WHERE handle = 'bad handle';`,
      );
      if (!ON_SERVER) {
        tamperWith(
          sick,
          `UPDATE dossier SET filed_on = '2026-12-11' WHERE handle = 'kowal';
           UPDATE promise SET due = '2026-12-10';
           UPDATE complaint SET due = '2026-12-09';
           DELETE FROM entry WHERE dossier_id = 999; DELETE FROM document WHERE dossier_id = 999; DELETE FROM promise WHERE dossier_id = 999;
           DELETE FROM complaint WHERE dossier_id = 999; DELETE FROM dossier_word WHERE dossier_id = 999; DELETE FROM change_before WHERE change_id = 999;`,
        );
      }
      found.push(...said(sick, ['doctor', '--repair'], 0));
      sameJson(sick, ['doctor', '--json']);
      expect([...new Set(found)]).toEqual([]);
    } finally {
      sick.remove();
    }
  }, 120_000);

  it.runIf(ON_SERVER)("a server binder the server cannot use: a table gone, another program's schema; backup and restore are the server's", () => {
    const gone = tempBinder('2026-12-08');
    const foreign = tempBinder('2026-12-08');
    try {
      seed(gone, 'acme', '10', 'Acme Ltd');
      psql(`DROP TABLE "${gone.schema}".entry CASCADE`);
      const found = [...said(gone, ['show', 'acme'], 3), ...said(gone, ['backup'], 2), ...said(gone, ['restore', '$/copy.db', '--yes'], 2)];
      const schema = `"${foreign.schema}"`;
      psql(`DROP SCHEMA ${schema} CASCADE; CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.shopping_list (item text)`);
      found.push(...said(foreign, ['today'], 3), ...said(foreign, ['team', 'init'], 3));
      expect([...new Set(found)]).toEqual([]);
    } finally {
      gone.remove();
      foreign.remove();
    }
  }, 120_000);

  it.skipIf(ON_SERVER)('a damaged binder, and one whose first bytes are garbage: every command refuses it, crm doctor says what SQLite found; a copy put back', () => {
    const broken = tempBinder('2026-12-08');
    try {
      HANDLES.forEach((handle, i) => seed(broken, handle, String(10 + i), `Client ${handle}`));
      ok(broken, ['backup', join(broken.dir, 'copy.db')]);
      const db = openDatabase(broken.db);
      const page = db.prepare("SELECT pageno FROM dbstat WHERE name = 'entry' ORDER BY pageno LIMIT 1").pluck().get() as number;
      const size = db.prepare('PRAGMA page_size').pluck().get() as number;
      db.close();
      const overwrite = (bytes: number, at: number) => {
        const fd = openSync(broken.db, 'r+');
        writeSync(fd, Buffer.alloc(bytes, 0x5a), 0, bytes, at);
        closeSync(fd);
      };
      overwrite(size, (page - 1) * size);
      const found = [...said(broken, ['doctor'], 3), ...said(broken, ['doctor', '--repair'], 3), ...said(broken, ['log', 'acme', '--note', 'x', '--next', 'fri'], 3)];
      found.push(...said(broken, ['backup'], 3));
      sameJson(broken, ['doctor', '--json']);
      found.push(...said(broken, ['restore', '$/copy.db'], 2), ...said(broken, ['restore', '$/copy.db', '--yes'], 0));
      // Garbage where SQLite's header is: damaged, or no SQLite file at all.
      overwrite(100, 0);
      found.push(...said(broken, ['today'], 3), ...said(broken, ['doctor'], 3));
      sameJson(broken, ['doctor', '--json']);
      expect([...new Set(found)]).toEqual([]);
    } finally {
      broken.remove();
    }
  }, 120_000);

  it.skipIf(ON_SERVER)("a read-only binder, another program's SQLite file, a newer crm's binder, a folder or none where the binder should be", () => {
    const here = tempBinder('2026-12-08');
    try {
      seed(here, 'acme', '10', 'Acme Ltd');
      // Read-only: root ignores the bits, so crm runs as nobody then, owning the folder (as readonly.test.ts does).
      const root = process.getuid?.() === 0;
      const asUser = (path: string, dir: string) => (args: string[], language: NodeJS.ProcessEnv = env): Result => {
        const runEnv = { PATH: process.env.PATH, HOME: dir, CRM_DB: path, CRM_TODAY: '2026-12-08', TZ: process.env.TZ, ...language };
        const command = root ? ['setpriv', '--reuid', '65534', '--regid', '65534', '--clear-groups', '--', process.execPath] : [process.execPath];
        const result = spawnSync(command[0] as string, [...command.slice(1), CRM, ...args], { encoding: 'utf8', env: runEnv, timeout: 120_000 });
        return { stdout: result.stdout, stderr: result.stderr, code: result.status };
      };
      // In `locked` the files are read-only (one a binder, one an older binder, one empty); in `sealed` the folder.
      const locked = join(here.dir, 'locked');
      const sealed = join(here.dir, 'sealed');
      for (const folder of [locked, sealed]) {
        mkdirSync(folder);
        ok(here, ['backup', join(folder, 'binder.db')]);
      }
      ok(here, ['backup', join(locked, 'older.db')]);
      const older = openDatabase(join(locked, 'older.db'));
      older.exec(`PRAGMA user_version = ${SCHEMA_VERSION - 1}`);
      older.close();
      writeFileSync(join(locked, 'empty.db'), '');
      if (root) for (const path of [here.dir, locked, sealed, ...[locked, sealed].flatMap((folder) => readdirSync(folder).map((file) => join(folder, file)))]) chownSync(path, 65534, 65534);
      for (const file of readdirSync(locked)) chmodSync(join(locked, file), 0o444);
      chmodSync(sealed, 0o555);
      const run = asUser(join(locked, 'binder.db'), locked);
      const found = [...said(here, ['log', 'acme', '--note', 'x', '--next', 'fri'], 3, run), ...said(here, ['doctor'], 0, run)];
      sameJson(here, ['doctor', '--json'], run);
      expect(JSON.parse(run(['doctor', '--json']).stdout)).toMatchObject({ unchecked: ["find's index: the binder is read-only (the file is not writable), and SQLite's check of that index writes"] });
      found.push(...said(here, ['today'], 3, asUser(join(locked, 'older.db'), locked)), ...said(here, ['today'], 3, asUser(join(locked, 'empty.db'), locked)));
      found.push(...said(here, ['log', 'acme', '--note', 'x', '--next', 'fri'], 3, asUser(join(sealed, 'binder.db'), sealed)));
      sameJson(here, ['doctor', '--json'], asUser(join(sealed, 'binder.db'), sealed));
      chmodSync(sealed, 0o755);

      // Another program's SQLite file as CRM_DB, and a binder a newer crm wrote.
      const foreign = join(here.dir, 'shopping.db');
      const other = openDatabase(foreign);
      other.exec("CREATE TABLE shopping_list (item TEXT); INSERT INTO shopping_list VALUES ('milk')");
      other.close();
      const newer = join(here.dir, 'newer.db');
      ok(here, ['backup', newer]);
      const ahead = openDatabase(newer);
      ahead.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
      ahead.close();
      for (const path of [foreign, newer]) found.push(...said(here, ['today'], 3, (args) => here.crm(args, { env: { ...env, CRM_DB: path } })));
      // A folder, and a folder that is not there.
      found.push(...said(here, ['today'], 2, (args) => here.crm(args, { env: { ...env, CRM_DB: here.dir } })));
      found.push(...said(here, ['file', 'acme', '8', '--name', 'Acme Ltd'], 2, (args) => here.crm(args, { env: { ...env, CRM_DB: join(here.dir, 'nowhere', 'binder.db') } })));
      expect([...new Set(found)]).toEqual([]);
    } finally {
      chmodSync(here.dir, 0o700);
      here.remove();
    }
  }, 120_000);

  it.skipIf(ON_SERVER)('crm restore of what is no binder to restore, crm backup with nowhere to go', () => {
    const here = tempBinder('2026-12-08');
    try {
      seed(here, 'acme', '10', 'Acme Ltd');
      writeFileSync(join(here.dir, 'notes.txt'), 'my shopping list\n');
      const sqlite = (name: string, sql: string) => {
        const db = openDatabase(join(here.dir, name));
        db.exec(sql);
        db.close();
      };
      sqlite('shopping.db', 'CREATE TABLE shopping_list (item TEXT)');
      sqlite('empty.db', 'PRAGMA user_version = 0');
      for (const [name, sql] of [
        ['newer.db', `PRAGMA user_version = ${SCHEMA_VERSION + 1}`],
        ['dangling.db', "PRAGMA foreign_keys = OFF; INSERT INTO entry (dossier_id, at, kind, note) VALUES (999, '2026-11-01T10:00:00+01:00', 'note', 'stray')"],
        ['unsafe.db', "UPDATE dossier SET handle = 'rm -rf' WHERE handle = 'acme'"],
      ] as const) {
        ok(here, ['backup', join(here.dir, name)]);
        sqlite(name, sql);
      }
      const found: string[] = [];
      for (const copy of ['notes.txt', 'shopping.db', 'empty.db', 'newer.db', 'dangling.db', 'unsafe.db', 'binder.db']) found.push(...said(here, ['restore', `$/${copy}`, '--yes'], 2));
      // A backup into a folder that is not there; a backups folder crm may not keep copies in.
      found.push(...said(here, ['backup', '$/missing/copy.db'], 2));
      const backups = join(here.dir, 'backups');
      mkdirSync(backups, { mode: 0o777 });
      chmodSync(backups, 0o777);
      found.push(...said(here, ['backup'], 3));
      chmodSync(backups, 0o700);
      rmSync(backups, { recursive: true });
      writeFileSync(backups, 'not a folder');
      found.push(...said(here, ['backup'], 2));
      rmSync(backups);
      symlinkSync(here.dir, backups);
      found.push(...said(here, ['backup'], 3));
      expect([...new Set(found)]).toEqual([]);
    } finally {
      here.remove();
    }
  }, 120_000);
});
