// Two builds of crm, and the floor, timed interleaved on one binder: for a change to start-up,
// where a busy machine's noise would swamp two runs of bench/run.js made minutes apart. Each round
// runs every command once with each build, in a rotated order; the report gives the median wall
// time and the median CPU time (user + system, from /usr/bin/time), which load disturbs less.
//
//   node bench/ab.js --before /path/to/old/bin/crm.js [--after bin/crm.js] [--db bench/out/binder-...db] [--before-db <the same binder as the old crm made it>] [--runs 30] [--langs pl,fa]
//
// --langs adds crm today under LANG=<language>_XX.UTF-8 for both builds: what a language costs at start-up.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { before: { type: 'string' }, after: { type: 'string', default: 'bin/crm.js' }, db: { type: 'string' }, runs: { type: 'string', default: '30' }, langs: { type: 'string', default: '' }, 'before-db': { type: 'string' } },
});
if (!values.before) throw new Error('usage: node bench/ab.js --before <old bin/crm.js> [--after bin/crm.js] [--db binder.db] [--before-db binder.db] [--runs 30] [--langs pl,fa]');
const db = values.db ?? join('bench/out', readdirSync('bench/out').find((name) => /^binder-10000-.*\.db$/.test(name)) ?? '');
// An old crm refuses a binder of a newer schema: --before-db gives it the same dossiers as its own version made them.
const dbOf = { before: values['before-db'] ?? db, after: db };
const runs = Number(values.runs);
const dir = mkdtempSync(join(tmpdir(), 'crm-ab-'));
const env = { PATH: process.env.PATH, HOME: dir, CRM_TODAY: '2026-11-23', NO_COLOR: '1' };

// A handle in today's stack, for crm show; log refiles one per run, on a copy per build.
const handle = spawnSync(process.execPath, [values.after, 'today', '--json'], { env: { ...env, CRM_DB: db }, encoding: 'utf8' });
const stack = JSON.parse(handle.stdout).stack.map((d) => d.handle);
const copies = { before: join(dir, 'before.db'), after: join(dir, 'after.db'), floor: join(dir, 'floor.db') };
for (const [build, copy] of Object.entries(copies)) copyFileSync(dbOf[build] ?? db, copy);

const COMMANDS = [
  ['today', () => ['today']],
  ['log', (run) => ['log', stack[run % stack.length], '--note', 'Called back', '--outcome', 'reached', '--next', '+2w'], 'write'],
  ['show', () => ['show', stack[0]]],
  ['find', () => ['find', 'brzeczyszczykiewicz']],
  ['binder', () => ['binder']],
];

const jobs = [];
for (const [name, args, kind] of COMMANDS) {
  for (const build of ['before', 'after']) {
    const bin = values[build];
    jobs.push({ label: `${name} ${build}`, argv: (run) => [bin, ...args(run)], db: kind === 'write' ? copies[build] : dbOf[build], wall: [], cpu: [] });
  }
}
const LOCALES = { pl: 'pl_PL', bg: 'bg_BG', hy: 'hy_AM', fa: 'fa_IR' };
for (const language of values.langs.split(',').filter(Boolean)) {
  if (!LOCALES[language]) throw new Error(`--langs: ${language} is not one of ${Object.keys(LOCALES).join(', ')}`);
  for (const build of ['before', 'after']) {
    jobs.push({ label: `today (${language}) ${build}`, argv: () => [values[build], 'today'], db: dbOf[build], env: { LANG: `${LOCALES[language]}.UTF-8` }, wall: [], cpu: [] });
  }
}
jobs.push({ label: 'floor.js (read)', argv: () => ['bench/floor.js'], db, wall: [], cpu: [] });
jobs.push({ label: 'floor-write.js', argv: (run) => ['bench/floor-write.js', stack[run % stack.length], '--note', 'Called back', '--outcome', 'reached', '--next', '+2w'], db: copies.floor, wall: [], cpu: [] });

for (let round = -2; round < runs; round++) {
  const order = jobs.map((_, i) => jobs[(i + Math.max(round, 0)) % jobs.length]);
  for (const job of order) {
    const start = process.hrtime.bigint();
    const result = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, ...job.argv(Math.max(round, 0))], { env: { ...env, ...job.env, CRM_DB: job.db }, encoding: 'utf8' });
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${job.label}: exit ${result.status}: ${result.stderr}`);
    const [user, system] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
    if (round >= 0) {
      job.wall.push(wall);
      job.cpu.push((user + system) * 1000);
    }
  }
}
rmSync(dir, { recursive: true, force: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const floor = (label) => jobs.find((j) => j.label === label);
process.stdout.write(`| command | wall median ms | CPU median ms | CPU ratio to floor |\n|---|---:|---:|---:|\n`);
for (const job of jobs) {
  const base = floor(job.label.startsWith('log') ? 'floor-write.js' : 'floor.js (read)');
  process.stdout.write(`| ${job.label} | ${median(job.wall).toFixed(0)} | ${median(job.cpu).toFixed(0)} | ${(median(job.cpu) / median(base.cpu)).toFixed(2)}x |\n`);
}
