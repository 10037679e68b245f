#!/usr/bin/env node
// Does crm print the same as it did? Runs every read command of two builds of crm on one fixed
// binder and compares stdout, stderr, the exit code and any file written, byte for byte (issue 13:
// "output byte-identical on a fixed binder for every read command").
//
//   node scripts/same-output.mjs <before-commit> [<after-commit or a checkout's path>] [options]
//
//   node scripts/same-output.mjs 8764438           # 8764438 against this checkout (built first)
//   node scripts/same-output.mjs 8764438 main      # ... against main's commit
//   --only <text>       run only the cases whose name contains the text (repeatable)
//   --work <dir>        work there and keep it (worktrees, builds, binder); a second run reuses them
//   --keep              keep the temporary folder (its path is printed)
//   --no-build          use a path side's dist/ as it is (a commit's worktree is always built)
//   --save <dir>        write each case's stdout, stderr, exit code and files there, per side
//   --context <n>       lines of context in a diff (2); --max-diff <n> lines of a diff shown (40)
//   --node-before <path>, --node-after <path>   the Node to install, build and run each side with
//
// A commit is checked out as a detached worktree under the work folder (removed at the end), its
// dependencies installed (node_modules hard-linked from this checkout when package-lock.json is the
// same, else npm ci) and built (npm run build). A path is used as it is: built, not installed.
// Each side runs on the oldest Node its package.json's engines allow among /usr/bin/node, Node 22
// and 24 under /work, and this process's (better-sqlite3 12 compiles for Node 20; 13 needs 22.14).
//
// The binder: bench/generate.js of the BEFORE side (3,000 dossiers, seed 7, today 2026-11-23),
// then crm commands of the before build on days of the week before it (dossiers in Polish,
// Bulgarian, Armenian and Persian, promises kept, broken and open, complaints late, resolved and
// open, documents and links, a form and an entry filled with it, settings changed, closed
// dossiers, moves, a postpone plan, an undo). Each case runs on its own copy of it, at the same
// path, from an empty folder, with CRM_TODAY=2026-11-23, TZ=Europe/Warsaw, its own HOME and XDG
// folders and NO_COLOR=1; the "[tty ...]" cases run with stdout a pseudo-terminal of that width
// (python3's pty module), FORCE_COLOR=1 and no NO_COLOR, since crm paints only on a terminal.
// Error cases run on copies made unusable too: pages overwritten (with copies in backups/ for the
// advice to name), a newer crm's, another program's, an empty file, no file, garbage.
// iCalendar's DTSTAMP and SEQUENCE (the time of the run) are masked.
//
// One line per case, "same" or "DIFFERENT" (and for a difference a unified diff of each stream);
// exit 0 when every case is the same, 1 when one differs, 2 when the harness itself failed.
import { Buffer } from 'node:buffer';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TODAY = '2026-11-23';
const DOSSIERS = 3000;
const SEED = 7;
const NODES = [
  '/usr/bin/node',
  '/work/node22/node_modules/node/bin/node',
  '/work/node24/node_modules/node/bin/node',
  process.execPath,
];

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    only: { type: 'string', multiple: true, default: [] },
    work: { type: 'string' },
    keep: { type: 'boolean', default: false },
    context: { type: 'string', default: '2' },
    'max-diff': { type: 'string', default: '40' },
    'node-before': { type: 'string' },
    'node-after': { type: 'string' },
    save: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help || positionals.length < 1 || positionals.length > 2) {
  process.stdout.write('usage: node scripts/same-output.mjs <before-commit> [<after-commit or path>] [--only <text>] [--work <dir>] [--keep]\n');
  process.exit(options.help ? 0 : 2);
}

const work = options.work ? resolve(options.work) : mkdtempSync(join(tmpdir(), 'same-output-'));
mkdirSync(work, { recursive: true });
const worktrees = [];
let cleaned = false;
function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  if (options.work) return;
  for (const tree of worktrees) {
    spawnSync('git', ['-C', HERE, 'worktree', 'remove', '--force', tree], { stdio: 'ignore' });
  }
  spawnSync('git', ['-C', HERE, 'worktree', 'prune'], { stdio: 'ignore' });
  if (options.keep) process.stderr.write(`kept ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    cleanUp();
    process.exit(2);
  });
}

function main() {
  const before = prepare('before', positionals[0], options['node-before']);
  const after = prepare('after', positionals[1] ?? HERE, options['node-after']);
  const python = findPython();
  const fixed = join(work, 'fixed');
  const binder = join(fixed, 'binder.db');
  if (!existsSync(binder)) {
    // Made aside and renamed when whole, so a --work folder never keeps half an enrichment.
    rmSync(`${fixed}.new`, { recursive: true, force: true });
    makeBinder(before, after, `${fixed}.new`);
    renameSync(`${fixed}.new`, fixed);
  }
  const cases = readCases(before, after).filter((c) => options.only.length === 0 || options.only.some((text) => c.name.includes(text)));
  log(`${cases.length} cases: ${before.label} (Node ${before.nodeVersion}) against ${after.label} (Node ${after.nodeVersion})`);
  let different = 0;
  for (const c of cases) {
    const one = runCase(before, c, fixed, python);
    const two = runCase(after, c, fixed, python);
    if (options.save) save(cases.indexOf(c), c, one, two);
    const diffs = compare(one, two);
    if (diffs.length === 0) {
      process.stdout.write(`same       ${c.name}\n`);
    } else {
      different++;
      process.stdout.write(`DIFFERENT  ${c.name}  (${diffs.map((d) => d.what).join(', ')})\n`);
      for (const d of diffs) process.stdout.write(indent(d.text));
    }
  }
  process.stdout.write(`\n${cases.length - different} of ${cases.length} cases the same, ${different} different\n`);
  return different === 0 ? 0 : 1;
}

// ---- The two builds ----

/** A side: a commit checked out, installed and built, or a checkout's path built; and its Node. */
function prepare(side, ref, nodeGiven) {
  let tree;
  let label;
  if (existsSync(ref) && statSync(ref).isDirectory()) {
    tree = resolve(ref);
    label = `${tree} (${git(tree, 'rev-parse', '--short', 'HEAD')}${git(tree, 'status', '--porcelain') ? ', changed' : ''})`;
  } else {
    const commit = git(HERE, 'rev-parse', '--verify', `${ref}^{commit}`);
    label = commit.startsWith(ref) ? commit.slice(0, 7) : `${ref} (${commit.slice(0, 7)})`;
    tree = join(work, side);
    if (!existsSync(join(tree, 'package.json'))) {
      rmSync(tree, { recursive: true, force: true });
      git(HERE, 'worktree', 'add', '--detach', tree, commit);
    }
    worktrees.push(tree);
  }
  const node = nodeGiven ?? nodeFor(tree);
  const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  if (!existsSync(join(tree, 'node_modules'))) install(tree, node, side);
  const checkout = !tree.startsWith(work);
  const built = existsSync(join(tree, 'dist'));
  if (checkout ? !options['no-build'] || !built : !(options.work && built)) {
    log(`${side}: npm run build (${nodeVersion})`);
    sh(tree, node, 'npm', ['run', 'build']);
  }
  return { side, tree, label, node, nodeVersion, crm: join(tree, 'bin/crm.js') };
}

function install(tree, node, side) {
  const lock = (dir) => (existsSync(join(dir, 'package-lock.json')) ? readFileSync(join(dir, 'package-lock.json'), 'utf8') : undefined);
  if (lock(tree) !== undefined && lock(tree) === lock(HERE) && existsSync(join(HERE, 'node_modules'))) {
    log(`${side}: node_modules hard-linked from ${HERE} (same package-lock.json)`);
    execFileSync('cp', ['-al', join(HERE, 'node_modules'), join(tree, 'node_modules')]);
  } else {
    log(`${side}: npm ci (a few minutes when better-sqlite3 compiles)`);
    sh(tree, node, 'npm', ['ci', '--no-audit', '--no-fund']);
  }
}

/** The oldest Node at hand that the tree's engines allow. */
function nodeFor(tree) {
  const range = JSON.parse(readFileSync(join(tree, 'package.json'), 'utf8')).engines?.node ?? '*';
  const found = [...new Set(NODES)]
    .filter((path) => existsSync(path))
    .map((path) => ({ path, version: execFileSync(path, ['--version'], { encoding: 'utf8' }).trim().slice(1).split('.').map(Number) }))
    .filter(({ version }) => satisfies(version, range))
    .sort((a, b) => compareVersions(a.version, b.version));
  if (found.length === 0) throw new Error(`no Node at hand satisfies ${range} (${tree}): give --node-${basename(tree)}`);
  return found[0].path;
}

/** The npm ranges engines use: "||" of space-separated comparators (>=, >, <=, <, =, ^, ~, x). */
function satisfies(version, range) {
  return range.split('||').some((part) =>
    part.trim().split(/\s+/).filter(Boolean).every((comparator) => {
      const [, op = '', rest] = /^(>=|<=|>|<|=|\^|~)?\s*v?(.*)$/.exec(comparator);
      if (rest === '*' || rest === 'x' || rest === '') return true;
      const wanted = rest.split('.').map((n) => (/^\d+$/.test(n) ? Number(n) : undefined));
      const given = wanted.filter((n) => n !== undefined).length;
      const padded = [0, 1, 2].map((i) => wanted[i] ?? 0);
      const order = compareVersions(version, padded);
      const prefix = compareVersions(version.slice(0, given), padded.slice(0, given));
      if (op === '>=') return order >= 0;
      if (op === '>') return given < 3 ? prefix > 0 : order > 0;
      if (op === '<=') return given < 3 ? prefix <= 0 : order <= 0;
      if (op === '<') return order < 0;
      if (op === '^') return order >= 0 && version[0] === padded[0];
      if (op === '~') return order >= 0 && version[0] === padded[0] && version[1] === padded[1];
      return prefix === 0;
    }),
  );
}

function compareVersions(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  }
  return 0;
}

/** A command with the side's Node first on PATH (npm runs node from PATH); fails loudly. */
function sh(cwd, node, program, args) {
  const result = spawnSync(program, args, {
    cwd,
    env: { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}` },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`${program} ${args.join(' ')} in ${cwd} failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

function git(cwd, ...args) {
  return execFileSync('git', ['-C', cwd, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function findPython() {
  for (const name of ['python3', 'python']) {
    const found = spawnSync(name, ['-c', 'import pty, sys; print(sys.executable)'], { encoding: 'utf8' });
    if (found.status === 0) return found.stdout.trim();
  }
  throw new Error('python3 is needed for the cases run at a terminal (its pty module)');
}

// ---- The fixed binder ----

/** Generated, then enriched with the before build: what every read command has to show. */
function makeBinder(side, other, fixed) {
  rmSync(fixed, { recursive: true, force: true });
  mkdirSync(fixed, { recursive: true });
  const binder = join(fixed, 'binder.db');
  const generator = [side, other].find((s) => existsSync(join(s.tree, 'bench/generate.js')));
  if (!generator) throw new Error('neither side has bench/generate.js');
  log(`binder: bench/generate.js --dossiers ${DOSSIERS} --seed ${SEED} of the ${generator.side} build, enriched by the ${side.side} build`);
  sh(generator.tree, generator.node, generator.node, ['bench/generate.js', '--dossiers', String(DOSSIERS), '--seed', String(SEED), '--today', TODAY, '--out', binder]);

  const files = join(fixed, 'files');
  mkdirSync(files);
  writeFileSync(join(files, 'offer-2026-11.pdf'), Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from([...Array(700).keys()].map((i) => (i * 37) % 256)), Buffer.from('\n%%EOF\n')]));
  writeFileSync(join(files, 'notatki ze spotkania.txt'), 'Spotkanie w Łodzi: zamówienie 40 szt., dostawa do 15 grudnia.\nKontakt: Anna Nowak, +48 601 234 567\n');
  writeFileSync(join(files, 'ценова листа.csv'), 'артикул;цена\nбюро;420\nстол;180\n');
  writeFileSync(join(files, 'visit.yaml'), [
    'name: visit',
    'title: After a visit',
    'fields:',
    '  - { key: budget, label: Budget in PLN, type: number, required: true }',
    '  - { key: decision, label: Decision maker met, type: yes/no }',
    '  - { key: stage, label: Stage, type: choice, choices: [interested, thinking, not now] }',
    '  - { key: next_visit, label: Next visit, type: date, help: any date form }',
    '  - { key: remarks, label: Remarks, type: text }',
    '',
  ].join('\n'));

  const crm = (day, args, input) => {
    const result = spawnSync(side.node, [side.crm, ...args], {
      cwd: files,
      env: { ...baseEnv(join(fixed, 'home'), side), CRM_DB: binder, CRM_TODAY: day },
      input: input ?? '',
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`enriching the binder: crm ${args.join(' ')} (today ${day}) exited ${result.status}:\n${result.stdout}${result.stderr}`);
    return result.stdout;
  };
  const json = (day, args) => JSON.parse(crm(day, [...args, '--json']));

  // A week before: settings, new dossiers in four scripts, promises and a complaint.
  const weekAgo = '2026-11-16';
  crm(weekAgo, ['config', 'holidays', 'add', '2026-12-24', '2026-12-25', '2026-12-31']);
  crm(weekAgo, ['config', 'capacity', '25']);
  crm(weekAgo, ['config', 'outcome', 'voicemail', '+2d']);
  crm(weekAgo, ['config', 'outcome', 'callback', 'off']);
  crm(weekAgo, ['config', 'attach-limit', '50MB']);
  crm(weekAgo, ['config', 'note-limit', '2MB']);
  crm(weekAgo, ['config', 'complaint-due', '+2d']);
  crm(weekAgo, ['config', 'complaint-follow-up', '+2w']);
  crm(weekAgo, ['file', 'acme', '20', '--name', 'Anna Nowak', '--company', 'Acme Sp. z o.o.', '--position', 'kierownik zakupów',
    '--phone', '+48 601 234 567', '--email', 'anna.nowak@acme.pl', '--priority', 'A', '--address', 'Pani Anno',
    '--pronunciation', 'AN-na NO-vak', '--preferences', 'rano, telefonicznie, po polsku', '--stage', 'client',
    '--tags', 'vip, warsaw', '--every', '2w', '--notes', 'Zamawia co kwartał; płaci w terminie.',
    '--note', 'Pierwsza rozmowa: zainteresowana zamówieniem 40 sztuk.', '--offer', '40 szt. po 120 zł netto']);
  crm(weekAgo, ['file', 'zolc7', '19', '--name', 'Łukasz Żółć', '--company', 'Hydro-Tech Sp. z o.o.', '--position', 'prezes zarządu',
    '--phone', 'mobile:+48 602 111 222', '--add-phone', 'home:+48 22 555 01 02', '--email', 'lukasz.zolc@hydro-tech.pl',
    '--address', 'Panie Łukaszu', '--pronunciation', 'WOO-kash ZHOOWCH', '--priority', 'B', '--stage', 'prospect', '--every', '10d']);
  crm(weekAgo, ['file', 'rodopa7', '18', '--name', 'Ани Петрова', '--company', 'Родопа Мебел ООД', '--position', 'търговски директор',
    '--phone', '+359 2 987 6543', '--email', 'ani.petrova@rodopa.bg', '--address', 'Госпожо Петрова', '--priority', 'C',
    '--every', '1w', '--note', 'Иска оферта за 20 бюра до петък.']);
  crm(weekAgo, ['file', 'aram7', '23', '--name', 'Արամ Հակոբյան', '--company', 'Երևան Սոֆթ ՍՊԸ', '--phone', '+374 10 555 123',
    '--email', 'aram@yerevansoft.am', '--address', 'Պարոն Հակոբյան', '--tags', 'yerevan', '--note', 'Հետաքրքրված է 3 լիցենզիայով։']);
  crm(weekAgo, ['file', 'mehr7', '25', '--name', 'مریم احمدی\u200cنژاد', '--company', 'صنایع غذایی مهرگان', '--position', 'مدیر خرید',
    '--phone', '+98 21 8888 1234', '--email', 'maryam@mehregan.ir', '--address', 'خانم احمدی\u200cنژاد', '--priority', 'A',
    '--preferences', 'صبح‌ها، فارسی', '--note', 'نمونه‌ها را می‌خواهد.']);
  const priceList = json(weekAgo, ['promise', 'acme', 'send the price list', '--by', '2026-11-19']).promise.id;
  json(weekAgo, ['promise', 'acme', 'decide on the offer', '--by', '2026-11-20', '--theirs']);
  const late = json(weekAgo, ['complaint', 'acme', 'delivery two weeks late', '--by', '2026-11-18']).complaint.id;
  crm(weekAgo, ['log', 'acme', '--outcome', 'reached', '--note', 'Dostawa opóźniona, obiecałem cennik.', '--next', '2026-11-20']);
  crm(weekAgo, ['log', 'rodopa7', '--outcome', 'no-answer']);

  // Friday: a promise kept late, the complaint resolved, documents, a note from stdin.
  const friday = '2026-11-20';
  crm(friday, ['promise', 'done', String(priceList)]);
  crm(friday, ['complaint', 'resolve', String(late), '--note', 'Wymieniono części, 10% rabatu na następne zamówienie.']);
  crm(friday, ['attach', 'acme', 'offer-2026-11.pdf', 'notatki ze spotkania.txt']);
  crm(friday, ['attach', 'acme', '--link', 'https://drive.example.com/acme-contract']);
  crm(friday, ['attach', 'rodopa7', 'ценова листа.csv']);
  crm(friday, ['attach', 'mehr7', '--link', '/srv/share/پیش‌فاکتور.xlsx']);
  crm(friday, ['log', 'zolc7', '--kind', 'meeting', '--outcome', 'offer-sent', '--offer', 'pompa H-200, 18 500 zł netto', '--note', '-', '--next', '2026-11-20'],
    'Spotkanie w biurze.\nChce rabatu za 3 sztuki;\nodpowie do środy.\n');
  crm(friday, ['form', 'add', 'visit.yaml']);

  // Today: a form filled in, dossiers closed, moves, a postpone plan, an undo, open promises.
  crm(TODAY, ['log', 'acme', '--kind', 'meeting', '--form', 'visit', '--field', 'budget=12000', '--field', 'decision=yes',
    '--field', 'stage=interested', '--field', 'next_visit=dec 7', '--field', 'remarks=Chce rabat 5%', '--outcome', 'meeting-set',
    '--note', 'Spotkanie w Łodzi, zamówienie prawie pewne.', '--next', 'dec 7']);
  crm(TODAY, ['log', 'aram7', '--outcome', 'won', '--done', '--note', 'Պայմանագիրը ստորագրված է։']);
  crm(TODAY, ['log', 'mehr7', '--outcome', 'voicemail', '--note', 'پیغام گذاشتم.']);
  crm(TODAY, ['promise', 'mehr7', 'نمونه‌ها را بفرستید', '--by', '2026-12-01', '--theirs']);
  crm(TODAY, ['complaint', 'zolc7', 'faktura z błędną kwotą']);
  crm(TODAY, ['edit', 'zolc7', '--add-email', 'home:lukasz@example.pl', '--tags', 'łódź, pompy']);
  const stack = json(TODAY, ['today']).stack.map((d) => d.handle);
  const closing = stack.filter((h) => !['acme', 'zolc7', 'rodopa7', 'aram7', 'mehr7'].includes(h)).slice(0, 3);
  crm(TODAY, ['log', closing[0], '--outcome', 'lost', '--done', '--note', 'Wybrali konkurencję.']);
  crm(TODAY, ['log', closing[1], '--outcome', 'reached', '--note', 'Oddzwoni w grudniu.', '--next', 'dec']);
  crm(TODAY, ['move', closing[2], 'rodopa7', 'fri', '--note', 'targi w tym tygodniu']);
  crm(TODAY, ['move', 'zolc7', '8']);
  crm(TODAY, ['undo']);
  crm(TODAY, ['postpone', '--auto', '--yes']);
  return binder;
}

// ---- The cases ----

/** Every read command with its main variants, the help of every command, and errors. */
function readCases(before, after) {
  const cases = [];
  const add = (args, extra = {}) => cases.push({ name: extra.name ?? (args.map(shellWord).join(' ') || '(no arguments)'), args, ...extra });
  const tty = (cols, args, extra = {}) => add(args, { tty: cols, name: `[tty ${cols}] ${args.map(shellWord).join(' ')}`, ...extra });

  add(['--version']);
  add(['-V']);
  add([]);
  add(['--help']);
  add(['help']);
  for (const command of commandsOf(before, after)) {
    add([command, '--help']);
  }
  add(['help', 'show']);
  add(['help', 'review']);
  add(['show', '-h']);
  tty(100, ['--help']);
  tty(60, ['show', '--help']);
  tty(100, ['today', '--help']);

  add(['today']);
  add(['today', '--json']);
  add(['today', '--quiet']);
  add(['today'], { name: 'today (FORCE_COLOR=1, a pipe)', env: { FORCE_COLOR: '1' } });
  add(['today'], { name: 'today (CRM_TODAY=2026-11-24)', env: { CRM_TODAY: '2026-11-24' } });
  add(['today'], { name: 'today (CRM_TODAY=2026-11-28, a Saturday)', env: { CRM_TODAY: '2026-11-28' } });
  add(['today'], { name: 'today (a binder that does not exist)', db: 'missing' });
  add(['today', '--json'], { name: 'today --json (the default binder: none yet)', db: 'none' });
  tty(100, ['today']);
  tty(60, ['today']);
  tty(100, ['today', '--no-color']);

  add(['binder']);
  add(['binder', '--json']);
  add(['binder'], { name: 'binder (CRM_TODAY=2026-12-20)', env: { CRM_TODAY: '2026-12-20' } });
  tty(100, ['binder']);
  tty(50, ['binder']);

  for (const handle of ['acme', 'zolc7', 'rodopa7', 'aram7', 'mehr7', 'rez', 'zół', 'петрова-10', 'պետրոսյան-6', 'βασιλείου']) {
    add(['show', handle]);
  }
  for (const handle of ['acme', 'mehr7', 'aram7']) {
    add(['show', handle, '--json']);
    add(['show', handle, '--format', 'markdown']);
    add(['show', handle, '--format', 'html']);
  }
  add(['show', '--format=html', 'rodopa7']);
  tty(100, ['show', 'acme']);
  tty(60, ['show', 'mehr7']);
  tty(100, ['show', 'zolc7', '--format', 'markdown']);

  for (const words of [['brzeczyszczykiewicz'], ['zamowienie'], ['nowak', 'potwierdzil'], ['петр'], ['Պետրոսյան'], ['احمدی\u200cنژاد'], ['احمدی'],
    ['601', '234'], ['+48 601 234 567'], ['۶۰۱۲۳۴'], ['rabat'], ['ZÓŁĆ'], ['zolc'], ['acme.pl'], ['nic-takiego-nie-ma'], ['a'], ['pompa', 'h-200']]) {
    add(['find', ...words]);
  }
  for (const words of [['brzeczyszczykiewicz'], ['петр'], ['zamowienie'], ['Հակոբյան'], ['nic-takiego-nie-ma']]) {
    add(['find', ...words, '--json']);
  }
  tty(100, ['find', 'nowak']);
  tty(100, ['find', 'rabat']);

  for (const divider of ['8', '23', '24', '25', '31', 'dec', 'jul', 'january', 'fri', 'mon', 'sunday', 'today', 'tomorrow', '+2w', 'dec 7', '7 dec', '2026-12-24', '2027-02-01', '۸']) {
    add(['open', divider]);
  }
  for (const divider of ['24', 'dec', 'fri', '2026-12-05']) {
    add(['open', divider, '--json']);
  }
  tty(100, ['open', '25']);

  add(['promises']);
  add(['promises', 'acme']);
  add(['promises', 'mehr7', '--json']);
  add(['promises', '--json']);
  add(['complaints']);
  add(['complaints', 'zolc7']);
  add(['complaints', '--json']);
  tty(100, ['promises']);

  add(['slipping']);
  add(['slipping', '--json']);
  tty(100, ['slipping']);

  for (const args of [[], ['yesterday'], ['fri'], ['20'], ['nov 16'], ['-3d'], ['2026-11-20'], ['--week'], ['--week', 'nov 16'], ['--week', 'fri'], ['--days-ago', '3'], ['--days-ago', '7', '--week']]) {
    add(['review', ...args]);
  }
  add(['review', '--json']);
  add(['review', '--week', '--json']);
  add(['review', '2026-11-20', '--json']);
  tty(100, ['review', '--week']);

  add(['changes']);
  add(['changes', '--limit', '5']);
  add(['changes', '--limit', '5', '--json']);
  add(['changes', '--json']);
  add(['changes', '--limit', '200']);
  tty(100, ['changes']);

  add(['config']);
  add(['config', '--json']);
  for (const setting of ['workdays', 'holidays', 'capacity', 'dividers', 'outcome', 'attach-limit', 'note-limit', 'complaint-due', 'complaint-follow-up']) {
    add(['config', setting]);
  }
  add(['config', 'capacity', '--json']);
  add(['config', 'outcome', '--json']);
  tty(100, ['config']);

  add(['docs', 'acme']);
  add(['docs', 'acme', '--json']);
  add(['docs', 'rodopa7']);
  add(['docs', 'mehr7', '--json']);
  add(['docs', 'zolc7']);
  add(['docs', 'acme', '--get', 'notatki', '-o', '-']);
  add(['docs', 'acme', '--get', 'offer']);
  add(['docs', 'acme', '--get', 'offer', '-o', 'copy.pdf', '--json']);
  add(['docs', 'rodopa7', '--get', 'ЦЕНОВА', '-o', '-']);
  tty(100, ['docs', 'acme']);

  add(['form', 'list']);
  add(['form', 'list', '--json']);
  add(['form', 'show', 'visit']);
  add(['form', 'show', 'visit', '--json']);

  add(['export']);
  add(['export', '--format', 'json']);
  add(['export', '--format', 'csv']);
  add(['export', '--format', 'vcard']);
  add(['export', '--format', 'csv', '-o', 'clients.csv']);
  add(['export', '-o', 'binder.json']);
  add(['--quiet', 'export', '--format', 'vcard', '-o', 'clients.vcf']);

  add(['ics'], { mask: maskRunTime });
  add(['ics', '-o', 'ring.ics'], { mask: maskRunTime });

  add(['doctor']);
  add(['doctor', '--json']);
  add(['doctor'], { name: 'doctor (a binder that does not exist)', db: 'missing' });

  for (const shell of ['bash', 'zsh', 'fish']) add(['completion', shell]);

  // Read commands refusing: unknown client, bad date forms, unknown options and commands.
  for (const args of [
    ['show', 'nikogo-takiego'], ['show', 'nowak'], ['show'], ['show', 'acme', 'extra'], ['show', 'acme', '--format', 'pdf'], ['show', 'acme', '--format'],
    ['show', 'acme', '--bogus'], ['show', '--', 'acme'], ['show', '-x'],
    ['today', '--bogus'], ['today', 'extra'], ['today', '--json=yes'],
    ['binder', '--bogus'], ['binder', 'x'],
    ['find'], ['find', '--bogus', 'nowak'], ['find', '--', '-nowak'],
    ['open'], ['open', 'someday'], ['open', '32'], ['open', '0'], ['open', 'feb 30'], ['open', '2026-13-01'], ['open', '--bogus', '8'],
    ['review', 'someday'], ['review', 'tomorrow'], ['review', '--days-ago', 'x'], ['review', '--days-ago', '-1'], ['review', 'fri', '--days-ago', '3'],
    ['promises', 'nikogo-takiego'], ['complaints', 'nowak'], ['slipping', '--bogus'],
    ['changes', '--limit', 'x'], ['changes', '--limit', '0'], ['changes', '--limit'],
    ['config', 'nosuch'], ['config', 'nosuch', '--json'],
    ['docs', 'acme', '--get', 'nosuch', '-o', '-'], ['docs', 'nikogo-takiego'], ['docs'],
    ['form', 'show', 'nosuch'], ['form', 'frob'], ['form'], ['form', 'show'],
    ['export', '--format', 'xml'], ['export', '--bogus'],
    ['ics', '--bogus'], ['doctor', '--bogus'],
    ['completion'], ['completion', 'tcsh'],
    ['frobnicate'], ['tody'], ['--bogus'], ['help', 'frobnicate'],
    ['__proto__'], ['constructor'],
  ]) {
    add(args);
  }
  add(['today'], { name: 'today (CRM_TODAY=2026-02-30)', env: { CRM_TODAY: '2026-02-30' } });
  add(['today'], { name: 'today (CRM_TODAY=yesterday)', env: { CRM_TODAY: 'yesterday' } });
  add(['--db', '/nonexistent/folder/binder.db', 'today']);
  add(['--db', '/nonexistent/folder/binder.db', 'show', 'acme']);
  add(['--db', '.', 'today'], { name: '--db . today (a folder)' });
  add(['today'], { name: 'today (CRM_DB=postgres://...)', env: { CRM_DB: 'postgres://crm:secret@db.example.com/crm' } });
  add(['show', 'acme'], { name: 'show acme (a file that is not a binder)', db: 'garbage' });
  // The global options, before the command and after it; {db} is the case's binder.
  add(['--db', '{db}', 'today']);
  add(['today', '--db', '{db}', '--json']);
  add(['show', 'acme', '--db={db}']);
  add(['today', '-q']);
  add(['today', '--json', '--quiet']);
  add(['--quiet', 'show', 'acme']);
  add(['show', 'acme', '--debug']);
  add(['--debug', 'show', 'nikogo-takiego']);
  add(['show', 'acme', '--json', '--format', 'html']);
  add(['find', 'nowak', '--no-color']);
  add(['export', '-o', '-', '--format', 'csv']);
  add(['help', 'form']);
  add(['help', 'help']);
  tty(100, ['--no-color', 'show', 'acme']);
  tty(100, ['show', 'acme'], { name: '[tty 100] show acme (NO_COLOR empty)', env: { NO_COLOR: '' } });
  tty(100, ['show', 'acme'], { name: '[tty 100] show acme (TERM=dumb)', env: { TERM: 'dumb' } });
  tty(100, ['show', 'acme'], { name: '[tty 100] show acme (NO_COLOR=1)', env: { NO_COLOR: '1' } });
  tty(100, ['binder', '--json']);
  // What the completion scripts ask the binder for.
  for (const args of [['__handles'], ['__handles', 'zol'], ['__handles', 'ŻÓ'], ['__handles', 'п'], ['__handles', 'ա'], ['__handles', 'ر'], ['__forms'], ['__forms', 'v'], ['__forms', 'x']]) {
    add(args);
  }

  // Binders a read command cannot use, or only in part: exit 3 and the advice, crm restore's copy
  // among them (three copies taken in one second, then one before an import).
  const copies = { names: ['binder-2026-11-20T100000.db', 'binder-2026-11-20T100000-2.db', 'binder-2026-11-20T100000-10.db', 'binder-2026-11-19T090000-before-import.db'] };
  const variants = [
    ['damaged', 'three copies in one second', copies, [['today'], ['show', 'acme'], ['binder'], ['find', 'zamowienie'], ['export', '--format', 'csv'], ['doctor'], ['doctor', '--json']]],
    ['damaged', 'one copy', { names: ['binder-2026-11-20T100000.db', 'binder-2026-11-20T100000-before-restore-damaged.db'] }, [['today'], ['doctor']]],
    ['damaged', 'copies in a folder others may read', { names: copies.names.slice(0, 1), mode: 0o755 }, [['today']]],
    ['damaged', 'no copies', undefined, [['today'], ['doctor', '--json']]],
    ['newer', 'user_version 99', undefined, [['today'], ['show', 'acme'], ['export'], ['doctor'], ['doctor', '--json']]],
    ['foreign', 'another application_id', undefined, [['today'], ['find', 'nowak'], ['doctor']]],
    ['empty', 'an empty file', undefined, [['today'], ['show', 'acme'], ['export'], ['doctor'], ['doctor', '--json']]],
  ];
  for (const [db, what, backups, commands] of variants) {
    for (const args of commands) add(args, { name: `${args.map(shellWord).join(' ')} (${db === 'empty' ? what : `a ${db} binder, ${what}`})`, db, backups });
  }

  tty(100, ['show', 'nikogo-takiego']);
  tty(100, ['open', 'someday']);
  tty(100, ['today', '--bogus']);
  return cases;
}

/** The commands both builds list in their --help. */
function commandsOf(...sides) {
  const names = new Set();
  for (const side of sides) {
    const help = spawnSync(side.node, [side.crm, '--help'], { env: baseEnv(join(work, 'home-list'), side), encoding: 'utf8' }).stdout;
    const section = help.split(/^Commands:$/m)[1] ?? '';
    for (const line of section.split('\n')) {
      const match = /^ {2}([a-z][\w-]*)/.exec(line);
      if (match && match[1] !== 'help') names.add(match[1]);
      if (/^\S/.test(line)) break;
    }
  }
  return [...names];
}

/** iCalendar's DTSTAMP and SEQUENCE (minutes since 1970) are the time the file was made. */
function maskRunTime(text) {
  return text
    .replace(/^DTSTAMP:\d{8}T\d{6}Z?(\r?)$/gm, 'DTSTAMP:<the time of the run>$1')
    .replace(/^SEQUENCE:\d+(\r?)$/gm, 'SEQUENCE:<the minute of the run>$1');
}

// ---- Running a case ----

function baseEnv(home, side) {
  return {
    PATH: `${dirname(side.node)}:/usr/bin:/bin`,
    HOME: home,
    XDG_DATA_HOME: join(home, '.local/share'),
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_STATE_HOME: join(home, '.local/state'),
    TMPDIR: join(work, `tmp-${side.side}`),
    TZ: 'Europe/Warsaw',
    LANG: 'C.UTF-8',
    TERM: 'xterm-256color',
    COLUMNS: '100',
    LINES: '30',
    NO_COLOR: '1',
    CRM_TODAY: TODAY,
  };
}

// stdout on a pseudo-terminal of the given width (output bytes as written: no CR added), stderr and
// stdin left as they are (a pipe, /dev/null): crm paints, and a command that would ask still refuses.
const PTY = `
import fcntl, os, pty, struct, subprocess, sys, termios
cols = int(sys.argv[1])
master, slave = pty.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack('HHHH', 30, cols, 0, 0))
attrs = termios.tcgetattr(slave)
attrs[1] &= ~termios.OPOST
termios.tcsetattr(slave, termios.TCSANOW, attrs)
child = subprocess.Popen(sys.argv[2:], stdin=subprocess.DEVNULL, stdout=slave)
os.close(slave)
out = sys.stdout.buffer
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:
        break
    if not chunk:
        break
    out.write(chunk)
out.flush()
code = child.wait()
sys.exit(code if code >= 0 else 128 - code)
`;

function runCase(side, c, fixed, python) {
  const run = join(work, 'run');
  rmSync(run, { recursive: true, force: true });
  const home = join(run, 'home');
  const cwd = join(run, 'cwd');
  const dbDir = join(run, 'db');
  for (const dir of [home, cwd, dbDir, join(work, `tmp-${side.side}`)]) mkdirSync(dir, { recursive: true });
  const env = { ...baseEnv(home, side), CRM_DB: join(dbDir, 'binder.db'), ...c.env };
  if (c.db === 'none') delete env.CRM_DB;
  else if (c.db === 'garbage') writeFileSync(env.CRM_DB, 'not a binder\n'.repeat(400));
  else if (c.db === 'empty') writeFileSync(env.CRM_DB, '');
  else if (c.db !== 'missing') {
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(join(fixed, `binder.db${suffix}`))) copyFileSync(join(fixed, `binder.db${suffix}`), join(dbDir, `binder.db${suffix}`));
    }
    // The header's user_version (offset 60) and application_id (68), big-endian; 40 pages in the
    // middle overwritten: what SQLite calls malformed when a command reads them.
    if (c.db === 'newer') patch(env.CRM_DB, 60, Buffer.from([0, 0, 0, 99]));
    if (c.db === 'foreign') patch(env.CRM_DB, 68, Buffer.alloc(4));
    if (c.db === 'damaged') patch(env.CRM_DB, 4096 * 1400, Buffer.alloc(4096 * 40, 0xab));
  }
  if (c.backups) {
    mkdirSync(join(dbDir, 'backups'), { mode: c.backups.mode ?? 0o700 });
    for (const name of c.backups.names) writeFileSync(join(dbDir, 'backups', name), 'a copy, by its name\n');
  }
  let command = side.node;
  let args = [side.crm, ...c.args.map((arg) => arg.replaceAll('{db}', join(dbDir, 'binder.db')))];
  if (c.tty) {
    if (!c.env || !('NO_COLOR' in c.env)) delete env.NO_COLOR;
    env.FORCE_COLOR = '1';
    env.COLUMNS = String(c.tty);
    command = python;
    args = ['-c', PTY, String(c.tty), side.node, ...args];
  }
  const result = spawnSync(command, args, { cwd, env, input: '', timeout: 120_000, maxBuffer: 512 * 1024 * 1024 });
  if (result.error) throw new Error(`${side.side}: crm ${c.name}: ${result.error.message}`);
  const mask = c.mask ?? ((text) => text);
  const files = {};
  for (const name of readdirSync(cwd).sort()) files[name] = mask(readFileSync(join(cwd, name)).toString('latin1'));
  return {
    stdout: mask(result.stdout.toString('latin1')),
    stderr: result.stderr.toString('latin1'),
    exit: `${result.status ?? result.signal}\n`,
    files,
  };
}

function save(index, c, ...results) {
  const dir = join(resolve(options.save), `${String(index + 1).padStart(3, '0')} ${c.name.replace(/[/\0]/g, '_').slice(0, 80)}`);
  for (const [side, result] of [['before', results[0]], ['after', results[1]]]) {
    mkdirSync(join(dir, side), { recursive: true });
    for (const what of ['stdout', 'stderr', 'exit']) writeFileSync(join(dir, side, what), Buffer.from(result[what], 'latin1'));
    for (const [name, text] of Object.entries(result.files)) writeFileSync(join(dir, side, `file ${name}`), Buffer.from(text, 'latin1'));
  }
}

function patch(file, offset, bytes) {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(fd);
  }
}

// ---- Comparing ----

function compare(one, two) {
  const diffs = [];
  for (const what of ['exit', 'stdout', 'stderr']) {
    if (one[what] !== two[what]) diffs.push({ what, text: diff(what, one[what], two[what]) });
  }
  for (const name of [...new Set([...Object.keys(one.files), ...Object.keys(two.files)])].sort()) {
    if (one.files[name] !== two.files[name]) diffs.push({ what: `file ${name}`, text: diff(name, one.files[name] ?? '', two.files[name] ?? '') });
  }
  return diffs;
}

/** git's unified diff of two texts (bytes as latin1, written back as the bytes they were). */
function diff(what, a, b) {
  const dir = join(work, 'diff');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  writeFileSync(join(dir, 'before'), Buffer.from(a, 'latin1'));
  writeFileSync(join(dir, 'after'), Buffer.from(b, 'latin1'));
  const result = spawnSync('git', ['diff', '--no-index', '--no-color', '--text', `-U${options.context}`, 'before', 'after'], { cwd: dir, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const lines = result.stdout.split('\n').filter((line) => !/^(diff --git|index |--- |\+\+\+ )/.test(line));
  const max = Number(options['max-diff']);
  const shown = lines.slice(0, max).map((line) => line.replaceAll('\u001b', '\\e'));
  if (lines.length > max) shown.push(`... ${lines.length - max} more lines of diff`);
  return `--- ${what} (before)\n+++ ${what} (after)\n${shown.join('\n')}\n`;
}

function indent(text) {
  return text.split('\n').map((line) => (line ? `    ${line}` : line)).join('\n') + '\n';
}

function shellWord(word) {
  return /^[\w@%+=:,./-]+$/u.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function log(text) {
  process.stderr.write(`same-output: ${text}\n`);
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`same-output: ${error.stack ?? error}\n`);
  process.exitCode = 2;
} finally {
  cleanUp();
}
