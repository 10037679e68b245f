// Instructions, not milliseconds: each command run under valgrind's callgrind, which counts the
// instructions the whole process executes (Node's start, crm's, the query, the output). On a
// machine shared with others, wall and CPU time of a 100 ms process move by 10-20% from one minute
// to the next; the count moves by 1-3% (Node draws random numbers at start), so a change of a few
// per cent to start-up shows here where bench/run.js and bench/ab.js cannot see it. Needs valgrind
// (Debian package valgrind); each run takes some 6 s.
//
//   node bench/instructions.js [--before /path/to/old/bin/crm.js --before-db <its binder>] [--db bench/out/binder-...db] [--runs 5] [--langs pl,fa]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    'before-db': { type: 'string' },
    after: { type: 'string', default: 'bin/crm.js' },
    db: { type: 'string' },
    runs: { type: 'string', default: '5' },
    langs: { type: 'string', default: 'pl' },
  },
});
if (spawnSync('valgrind', ['--version']).status !== 0) throw new Error('bench/instructions.js needs valgrind (apt-get install valgrind)');
const db = values.db ?? join('bench/out', readdirSync('bench/out').find((name) => /^binder-10000-.*\.db$/.test(name)) ?? '');
const LOCALES = { pl: 'pl_PL', bg: 'bg_BG', hy: 'hy_AM', fa: 'fa_IR' };

// Read-only runs: the binder is not changed, so every run reads the same one.
const jobs = [{ label: 'floor.js (read)', argv: ['bench/floor.js'], db }];
for (const [build, bin, binder] of [
  ['before', values.before, values['before-db'] ?? db],
  ['after', values.after, db],
]) {
  if (!bin) continue;
  jobs.push({ label: `crm today (${build})`, argv: [bin, 'today'], db: binder });
  for (const language of values.langs.split(',').filter(Boolean)) {
    if (!LOCALES[language]) throw new Error(`--langs: ${language} is not one of ${Object.keys(LOCALES).join(', ')}`);
    jobs.push({ label: `crm today in ${language} (${build})`, argv: [bin, 'today'], db: binder, lang: `${LOCALES[language]}.UTF-8` });
  }
}

// Once each without valgrind first: Node's compile cache is written by a first run, and read by the counted ones.
for (const job of jobs) spawnSync(process.execPath, job.argv, { env: { PATH: process.env.PATH, CRM_DB: job.db, CRM_TODAY: '2026-11-23', NO_COLOR: '1' } });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const runs = Number(values.runs);
process.stderr.write(`bench: ${jobs.length} commands x ${runs} runs under callgrind ...\n`);
for (let run = 0; run < runs; run++) {
  for (const job of jobs) {
    const result = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, ...job.argv], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, CRM_DB: job.db, CRM_TODAY: '2026-11-23', NO_COLOR: '1', ...(job.lang && { LANG: job.lang }) },
      encoding: 'utf8',
    });
    const counted = /Collected : (\d+)/.exec(result.stderr);
    if (result.status !== 0 || !counted) throw new Error(`${job.label}: exit ${result.status}: ${result.stderr.slice(-500)}`);
    (job.counts ??= []).push(Number(counted[1]));
  }
}

const floor = median(jobs[0].counts);
const english = Object.fromEntries(jobs.filter((job) => !job.lang).map((job) => [job.label.replace(/^crm today /, ''), median(job.counts)]));
process.stdout.write('| command | million instructions (median) | min | max | ratio to floor | beyond English |\n|---|---:|---:|---:|---:|---:|\n');
for (const job of jobs) {
  const m = median(job.counts);
  const build = /\((\w+)\)$/.exec(job.label)?.[0];
  const beyond = job.lang && build ? `${(((m - english[build]) / english[build]) * 100).toFixed(1)}%` : '';
  process.stdout.write(
    `| ${job.label} | ${(m / 1e6).toFixed(1)} | ${(Math.min(...job.counts) / 1e6).toFixed(1)} | ${(Math.max(...job.counts) / 1e6).toFixed(1)} | ${(m / floor).toFixed(3)}x | ${beyond} |\n`,
  );
}
