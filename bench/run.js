#!/usr/bin/env node
// The benchmark harness (npm run bench): times crm's commands as whole processes against
// generated binders of several sizes, beside the floor (Node + better-sqlite3 doing the same
// query or the same transaction) and, when it is installed, Taskwarrior on the same dossiers.
//
//   node bench/run.js [--sizes 1000,10000,100000] [--runs 15] [--out bench/out] [--seed 1]
//                     [--no-task] [--write] [--server postgres://127.0.0.1:5432/test]
//
// Every (size, command) pair runs once per round, in an order rotated each round so that noise
// on the machine spreads over all of them; the first 2 rounds are warm-ups and not counted.
// Then a few more runs of each through /usr/bin/time give the peak memory. With --server, the same
// binders are copied into schemas of that database and crm's commands on them are timed beside the
// server floors, and their round trips counted (round-trips.js). See bench/README.md.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { binderFileName, DEFAULT_SEED, DEFAULT_TODAY, FIND_MATCHES, FIND_QUERY, GENERATOR_VERSION, HISTORY_QUERY, TWO_WORD_QUERY } from './fixture.js';
import { countRoundTrips, describe } from './round-trips.js';
import { connect, toServer } from './to-server.js';

/** The bench's team (issue 16): this many people, each a login role, every dossier one's. */
const TEAM_SIZE = 20;

const bench = dirname(fileURLToPath(import.meta.url));
const root = join(bench, '..');
const WARMUPS = 2;
const MEMORY_RUNS = 3;
const TIMEOUT_MS = 120_000;
const LOG_NOTE = 'Called about the offer; wants the price list by Friday.';
const NEXT = '+2w';
/** RESULTS.md from this line on is written by hand (what each change bought) and kept by --write. */
const KEPT_MARKER = '<!-- what each change bought: written by hand, kept by run.js --write -->';
/** What each command is compared with. */
const FLOOR = { read: 'floor', write: 'floor-write', 'server-read': 'server-floor', 'server-write': 'server-floor-write' };
/** Issue 15: crm today on a server binder within 1.3x of its floor, in at most 4 queries after the login. */
const SERVER_TODAY_RATIO = 1.3;
const SERVER_TODAY_QUERIES = 4;
/**
 * Left out of every timed process's environment: they change what Node does at startup for every
 * process alike (NODE_EXTRA_CA_CERTS makes each one read a CA bundle: 35 ms on the machine this
 * was written on) and would hide crm's own cost. The report names the ones that were set.
 */
const STARTUP_VARIABLES = ['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'NODE_V8_COVERAGE', 'NODE_DEBUG', 'NODE_COMPILE_CACHE', 'NODE_PATH'];
// The machine's locale is left out too (issue 17): every row speaks English unless it says which language.
const LOCALE_VARIABLES = ['LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'];
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !STARTUP_VARIABLES.includes(name) && !LOCALE_VARIABLES.includes(name) && !name.startsWith('CRM_') && name !== 'TASKRC' && name !== 'TASKDATA'),
);
const removed = STARTUP_VARIABLES.filter((name) => process.env[name] !== undefined);


async function main() {
  const options = parseOptions();
  const started = performance.now();
  const loadBefore = os.loadavg()[0];
  if (removed.length > 0) log(`left out of the timed processes' environment: ${removed.join(', ')}`);
  const { SCHEMA_VERSION } = await import(join(root, 'dist/store/migrations.js'));
  const warnings = checkBuild();
  for (const warning of warnings) log(`warning: ${warning}`);
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const task = options.task ? findOnPath('task') : null;
  if (options.task && !task) log('task (Taskwarrior) is not on PATH: its rows are skipped');
  mkdirSync(options.out, { recursive: true });
  const scratch = join(options.out, 'run');
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });

  // Binders, copies for the writing commands, Taskwarrior's data: all before any timing.
  const setups = options.sizes.map((size) => prepareSize(size, options, SCHEMA_VERSION, scratch, task));
  if (options.server) {
    try {
      options.serverVersion = await serverVersion(options.server);
    } catch (error) {
      fail(`--server ${options.server}: ${error.message} (${JSON.stringify(error.what ?? error.code ?? '')})`);
    }
    options.serverFloors = await bundleServerFloors(scratch);
    for (const setup of setups) setup.server = await prepareServer(setup, options, SCHEMA_VERSION);
  }
  const jobs = setups.flatMap((setup) => commandsFor(setup, options, task));

  const rounds = options.runs + WARMUPS;
  log(`timing ${jobs.length} commands x ${rounds} rounds (${WARMUPS} warm-up) ...`);
  for (let round = 0; round < rounds; round++) {
    const shift = (round * 7) % jobs.length;
    for (const job of [...jobs.slice(shift), ...jobs.slice(0, shift)]) {
      if (job.failed) continue;
      const ms = timeOnce(job, round);
      if (ms !== null && round >= WARMUPS) job.times.push(ms);
    }
    process.stderr.write(`  round ${round + 1}/${rounds} done (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  if (timeBin) {
    log(`peak memory: ${MEMORY_RUNS} more runs of each through ${timeBin} ...`);
    for (let run = 0; run < MEMORY_RUNS; run++) {
      for (const job of jobs) {
        if (job.failed) continue;
        const kb = peakMemory(job, rounds + run, timeBin, scratch);
        if (kb !== null) job.rss.push(kb);
      }
    }
  }

  // Round trips after the timing, so the log run they make refiles a dossier no timed run refiles.
  for (const job of jobs.filter((j) => j.server && !j.failed)) {
    const result = await countRoundTrips(job.env.CRM_DB, job.args(rounds + MEMORY_RUNS), job.env);
    if (result.code === 0) job.trips = result;
    else log(`round trips of ${job.label} at ${job.size}: exit ${result.code}: ${result.stderr.trim().split('\n')[0]}`);
  }
  if (options.server) await dropCopies(setups, options);

  const elapsed = (performance.now() - started) / 1000;
  const load = [loadBefore, os.loadavg()[0]];
  const report = makeReport({ options, setups, jobs, warnings, timeBin, task, elapsed, load, schemaVersion: SCHEMA_VERSION });
  process.stdout.write(report.tables);
  if (options.write) {
    // The hand-written record of what each change bought stays below the marker, run after run.
    const results = join(bench, 'RESULTS.md');
    const previous = existsSync(results) ? readFileSync(results, 'utf8') : '';
    const kept = previous.includes(KEPT_MARKER) ? previous.slice(previous.indexOf(KEPT_MARKER)) : '';
    writeFileSync(results, kept ? `${report.document.trimEnd()}\n\n${kept}` : report.document);
    log(`wrote ${relative(process.cwd(), join(bench, 'RESULTS.md'))}`);
  }
  rmSync(scratch, { recursive: true, force: true });
  log(`done in ${elapsed.toFixed(0)} s`);
  return jobs.some((job) => job.failed) ? 1 : 0;
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000,100000' },
      runs: { type: 'string', default: '15' },
      out: { type: 'string', default: join(bench, 'out') },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      today: { type: 'string', default: DEFAULT_TODAY },
      task: { type: 'boolean', default: true },
      'no-task': { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
      server: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write('usage: node bench/run.js [--sizes 1000,10000,100000] [--runs 15] [--out bench/out] [--seed 1] [--today YYYY-MM-DD] [--no-task] [--write] [--server <postgres URL of a database>]\n');
    process.exit(0);
  }
  const sizes = values.sizes.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) fail(`--sizes "${values.sizes}": whole numbers of dossiers, at least 100, comma separated`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) fail(`--runs "${values.runs}" is not a whole number of at least 1`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) fail(`--seed "${values.seed}" is not a whole number`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today)) fail(`--today "${values.today}" is not YYYY-MM-DD`);
  if (values.server !== undefined && !/^postgres(ql)?:\/\//.test(values.server)) fail(`--server "${values.server}" is not a postgres:// URL`);
  if (values.server !== undefined && new URL(values.server).searchParams.has('options')) fail('--server names the database; the harness names the schemas (leave out options=)');
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    runs,
    out: resolve(values.out),
    seed,
    today: values.today,
    task: values.task && !values['no-task'],
    write: values.write,
    server: values.server,
  };
}

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

function fail(message) {
  log(message);
  process.exit(2);
}

// ---- Setting up a size ----

function prepareSize(size, options, schemaVersion, scratch, task) {
  const binder = join(options.out, binderFileName(size, options.seed, schemaVersion, options.today));
  const sidecar = `${binder}.json`;
  if (!existsSync(binder) || !existsSync(sidecar) || binderVersion(binder) !== schemaVersion) {
    // Binders of this size and seed made for another schema or generator are let go.
    const stale = new RegExp(`^binder-${size}-s${options.seed}-.*\\.db(\\.json|-wal|-shm)?$`);
    for (const file of readdirSync(options.out)) if (stale.test(file)) rmSync(join(options.out, file), { force: true });
    log(`generating ${size} dossiers ...`);
    const result = spawnSync(process.execPath, [join(bench, 'generate.js'), '--dossiers', String(size), '--out', binder, '--seed', String(options.seed), '--today', options.today, '--force'], {
      encoding: 'utf8',
      timeout: 900_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.status !== 0) fail(`generate.js failed for ${size}: ${result.error?.message ?? result.stderr}`);
    process.stderr.write(result.stdout);
    const seconds = Number(/in ([\d.]+) s/.exec(result.stdout)?.[1]);
    writeFileSync(sidecar, `${JSON.stringify({ seconds, output: result.stdout.trim(), generator: GENERATOR_VERSION, machine: os.cpus()[0]?.model }, null, 2)}\n`);
  }
  const generated = JSON.parse(readFileSync(sidecar, 'utf8'));

  const db = new Database(binder, { readonly: true, fileMustExist: true });
  const query = (text) => db.prepare(text);
  const counts = {
    dossiers: query('SELECT count(*) FROM dossier').pluck().get(),
    entries: query('SELECT count(*) FROM entry').pluck().get(),
    bytes: statSync(binder).size,
  };
  const stack = query("SELECT handle FROM dossier WHERE filed_on BETWEEN '0000-01-01' AND ? ORDER BY filed_on, handle").pluck().all(options.today);
  // Each logging run (and each floor-write run) refiles a different dossier: today's stack first.
  const wanted = options.runs + WARMUPS + MEMORY_RUNS;
  const later = query('SELECT handle FROM dossier WHERE filed_on > ? ORDER BY filed_on, handle LIMIT ?').pluck().all(options.today, Math.max(0, wanted - stack.length));
  const logHandles = [...stack, ...later];
  const show = query('SELECT handle FROM dossier WHERE id = ?').pluck().get(Math.ceil(size / 2));
  const found = query('SELECT count(*) FROM dossier WHERE instr(search_text, ?) > 0').pluck().get(FIND_QUERY);
  if (found !== FIND_MATCHES) log(`warning: ${found} dossiers hold "${FIND_QUERY}" in ${binder}, not ${FIND_MATCHES}`);

  // The writing commands work on their own copies, so the reading ones see the same binder each run.
  const copy = (name) => {
    const file = join(scratch, `${name}-${size}.db`);
    copyFileSync(binder, file);
    return file;
  };
  const setup = { size, binder, counts, generated, stack, logHandles, show, logBinder: copy('log'), floorWriteBinder: copy('floor-write'), task: null };
  if (task) setup.task = prepareTask(setup, options, scratch, query, task);
  // No connection of the harness stays open while crm runs: crm's closing connection, as the
  // last one, checkpoints and removes the WAL, and that is part of what is timed.
  db.close();
  return setup;
}

function binderVersion(path) {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    const version = db.prepare('PRAGMA user_version').pluck().get();
    db.close();
    return version;
  } catch {
    return null;
  }
}

// ---- A size on the server ----

/**
 * The server floors as run.js times them: each one file with pg in it, bundled by esbuild as
 * scripts/bundle.mjs bundles crm (pg's lib/stream.js replaced by scripts/pg-stream.mjs): crm
 * reads pg from its bundle, and a floor that read pg's files one by one from node_modules would
 * be some 15-20 ms slower than the least a program can do.
 */
async function bundleServerFloors(scratch) {
  const { build } = await import('esbuild');
  const outdir = join(scratch, 'floors');
  const pgStream = {
    name: 'pg-stream',
    setup(bundle) {
      bundle.onResolve({ filter: /^\.\/stream(\.js)?$/ }, (args) => (/[\\/]node_modules[\\/]pg[\\/]lib$/.test(args.resolveDir) ? { path: join(root, 'scripts/pg-stream.mjs') } : undefined));
    },
  };
  await build({
    entryPoints: { 'floor-server': join(bench, 'floor-server.js'), 'floor-write-server': join(bench, 'floor-write-server.js') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    external: ['pg-native'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    plugins: [pgStream],
    logLevel: 'warning',
  });
  return { read: join(outdir, 'floor-server.mjs'), write: join(outdir, 'floor-write-server.mjs') };
}

/** `server` (a database's URL) with its search_path set to `schema`. */
function schemaUrl(server, schema) {
  const url = new URL(server);
  url.searchParams.set('options', `-csearch_path=${schema}`);
  return url.toString();
}

const quoted = (name) => `"${name.replace(/"/g, '""')}"`;

async function serverVersion(server) {
  const client = await connect(server);
  try {
    return (await client.query('SHOW server_version')).rows[0].server_version;
  } finally {
    await client.end();
  }
}

/**
 * The size's binder on the server: a schema named by size, seed, day, schema and generator
 * version, filled from the cached SQLite binder by to-server.js and kept, as the file is, while it
 * is complete (crm's version, every dossier and entry); schemas of this size and seed made for
 * another version are dropped. The writing commands get copies of their own, made on the server
 * from it for this run and dropped at its end.
 */
async function prepareServer(setup, options, schemaVersion) {
  const schema = `bench_${setup.size}_s${options.seed}_${options.today.replace(/-/g, '')}_v${schemaVersion}_g${GENERATOR_VERSION}`;
  const url = schemaUrl(options.server, schema);
  const sidecar = join(options.out, `server-${schema}.json`);
  const client = await connect(options.server);
  try {
    const stale = await client.query("SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE $1 AND nspname NOT IN ($2, $3)", [`bench\\_${setup.size}\\_s${options.seed}\\_%`, schema, `${schema}_team`]);
    for (const { name } of stale.rows) await dropSchemaAndTeam(client, name);
    let found = null;
    try {
      found = (
        await client.query(
          `SELECT (SELECT version FROM ${quoted(schema)}.crm_meta) AS version, (SELECT count(*) FROM ${quoted(schema)}.dossier) AS dossiers, (SELECT count(*) FROM ${quoted(schema)}.entry) AS entries`,
        )
      ).rows[0];
    } catch {
      // no schema, or not a binder: made below
    }
    if (!existsSync(sidecar) || found?.version !== schemaVersion || found.dossiers !== setup.counts.dossiers || found.entries !== setup.counts.entries) {
      await client.query(`DROP SCHEMA IF EXISTS ${quoted(schema)} CASCADE`);
      log(`copying ${setup.size} dossiers into schema ${schema} (to-server.js) ...`);
      const { seconds } = await toServer(setup.binder, url);
      writeFileSync(sidecar, `${JSON.stringify({ seconds, generator: GENERATOR_VERSION }, null, 2)}\n`);
    }
  } finally {
    await client.end();
  }
  const copy = async (name) => {
    const copyUrl = schemaUrl(options.server, `${schema}_${name}`);
    await toServer(url, copyUrl);
    return copyUrl;
  };
  const { seconds } = JSON.parse(readFileSync(sidecar, 'utf8'));
  return { schema, url, seconds, logUrl: await copy('log'), floorWriteUrl: await copy('floor_write'), team: await prepareTeam(url, `${schema}_team`, setup, options) };
}

/** The team's logins for a team schema: bench_rep_01_<tag>..., the tag a hash of the schema's name (a role's name has 63 bytes). */
function teamLogins(schema) {
  const tag = createHash('sha1').update(schema).digest('hex').slice(0, 8);
  return { tag, logins: Array.from({ length: TEAM_SIZE }, (_, i) => `bench_rep_${String(i + 1).padStart(2, '0')}_${tag}`) };
}

/** `url` as `login` connects to it. */
function asLogin(url, login) {
  const named = new URL(url);
  named.username = login;
  return named.toString();
}

/**
 * Drops a bench schema and the roles made with it: a team schema's logins (bench_rep_NN_<tag>)
 * and crm team init's two roles for it.
 */
async function dropSchemaAndTeam(client, schema) {
  await client.query(`DROP SCHEMA IF EXISTS ${quoted(schema)} CASCADE`);
  const { tag } = teamLogins(schema);
  const { teamRoles } = await import(join(root, 'dist/store/postgres/team.js'));
  const { team, managers } = teamRoles((await client.query('SELECT current_database() AS db')).rows[0].db, schema);
  const roles = (await client.query("SELECT rolname FROM pg_roles WHERE rolname LIKE $1 OR rolname IN ($2, $3)", [`bench\\_rep\\_%\\_${tag}`, team, managers])).rows.map((r) => r.rolname);
  for (const role of roles) await client.query(`DROP ROLE ${quoted(role)}`);
}

/**
 * The team's binder for a size: the size's dossiers copied into `schema`, TEAM_SIZE people added
 * with crm team add (their logins made once, dropped with the schema; the first a manager), every
 * dossier given to one of them in turn and each entry made by its dossier's owner. Kept while
 * complete, as the size's schema is. Returns its URL, the logins, the rep's stack and the build's seconds.
 */
async function prepareTeam(from, schema, setup, options) {
  const url = schemaUrl(options.server, schema);
  const { logins } = teamLogins(schema);
  const sidecar = join(options.out, `server-${schema}.json`);
  const rep = logins[1];
  const client = await connect(options.server);
  try {
    let found = null;
    try {
      found = (await client.query(`SELECT (SELECT count(*) FROM ${quoted(schema)}.person WHERE login = ANY($1)) AS people, (SELECT count(*) FROM ${quoted(schema)}.dossier WHERE owner = ANY($1)) AS dossiers`, [logins])).rows[0];
    } catch {
      // no team schema yet: made below
    }
    if (!existsSync(sidecar) || found?.people !== TEAM_SIZE || found.dossiers !== setup.counts.dossiers) {
      await dropSchemaAndTeam(client, schema);
      log(`making the team's binder: ${setup.size} dossiers over ${TEAM_SIZE} people in schema ${schema} ...`);
      const started = performance.now();
      await toServer(from, url);
      for (const [i, login] of logins.entries()) {
        const args = [join(root, 'bin/crm.js'), 'team', 'add', login, '--name', `Rep ${String(i + 1).padStart(2, '0')}`, ...(i === 0 ? ['--manager'] : [])];
        const added = spawnSync(process.execPath, args, { env: { ...process.env, CRM_DB: url }, encoding: 'utf8' });
        if (added.status !== 0) throw new Error(`crm team add ${login}: exit ${added.status}: ${added.stderr.trim()}`);
      }
      const s = quoted(schema);
      await client.query(`UPDATE ${s}.dossier SET owner = ($1::text[])[id % ${TEAM_SIZE} + 1]`, [logins]);
      await client.query(`UPDATE ${s}.entry e SET made_by = d.owner FROM ${s}.dossier d WHERE d.id = e.dossier_id`);
      await client.query(`VACUUM (ANALYZE) ${s}.dossier, ${s}.entry`);
      writeFileSync(sidecar, `${JSON.stringify({ seconds: (performance.now() - started) / 1000 }, null, 2)}\n`);
    }
    const stack = (await client.query(`SELECT count(*) AS n FROM ${quoted(schema)}.dossier WHERE owner = $1 AND filed_on <= $2`, [rep, options.today])).rows[0].n;
    const { seconds } = JSON.parse(readFileSync(sidecar, 'utf8'));
    return { schema, seconds, manager: asLogin(url, logins[0]), rep: asLogin(url, rep), repStack: stack };
  } finally {
    await client.end();
  }
}

/** The writing commands' copies, dropped as the files' are: the filled schema stays for the next run. */
async function dropCopies(setups, options) {
  const client = await connect(options.server);
  try {
    // With their teams' roles: crm team init made two for each copy, and roles outlive schemas.
    for (const { server } of setups) for (const copy of [`${server.schema}_log`, `${server.schema}_floor_write`]) await dropSchemaAndTeam(client, copy);
  } finally {
    await client.end();
  }
}

/**
 * Taskwarrior's data for a size, in a private TASKDATA under --out (never ~/.task): the same
 * dossiers as tasks, loaded once with task import and kept. `task add` runs on a copy made for
 * this run, which grows by one task per run; `task next` always sees the loaded data.
 */
function prepareTask(setup, options, scratch, query, task) {
  const dir = join(options.out, `task-${setup.size}-s${options.seed}-${options.today}-g${GENERATOR_VERSION}`);
  const marker = join(dir, 'loaded.json');
  if (!existsSync(marker)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'data'), { recursive: true });
    const rows = query('SELECT name, company, priority, filed_on, created_at FROM dossier WHERE filed_on IS NOT NULL ORDER BY id').all();
    const priority = { A: 'H', B: 'M', C: 'L' };
    const tasks = rows.map((row) => ({
      description: row.name,
      status: 'pending',
      entry: taskDate(new Date(row.created_at)),
      due: `${row.filed_on.replace(/-/g, '')}T000000Z`,
      priority: priority[row.priority],
      // Taskwarrior reads dots in a project as sub-projects and spaces as word breaks.
      ...(row.company ? { project: row.company.replace(/[.\s]+/g, '_').replace(/_$/, '') } : {}),
    }));
    const file = join(dir, 'tasks.json');
    writeFileSync(file, JSON.stringify(tasks));
    log(`loading ${tasks.length} tasks into Taskwarrior (task import) ...`);
    const started = performance.now();
    const result = spawnSync(task, ['import', file], { env: taskEnv(dir), stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: 3_600_000 });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) fail(`task import failed for ${setup.size}: ${result.error?.message ?? result.stderr}`);
    rmSync(file);
    writeFileSync(marker, `${JSON.stringify({ tasks: tasks.length, seconds }, null, 2)}\n`);
    log(`  loaded in ${seconds.toFixed(1)} s`);
  }
  const loaded = JSON.parse(readFileSync(marker, 'utf8'));
  const addDir = join(scratch, `task-add-${setup.size}`);
  cpSync(dir, addDir, { recursive: true });
  return { dir, addDir, loaded };
}

function taskEnv(dir) {
  const rc = join(dir, 'taskrc');
  writeFileSync(
    rc,
    [
      `data.location=${join(dir, 'data')}`,
      'confirmation=no',
      'recurrence.confirmation=no',
      'verbose=nothing',
      'json.array=on',
      'hooks=off',
      'color=off',
      'gc=on',
      '',
    ].join('\n'),
  );
  return { ...cleanEnv, TASKRC: rc, TASKDATA: join(dir, 'data') };
}

/** 20261123T091403Z */
function taskDate(date) {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

// ---- The commands ----

function commandsFor(setup, options, task) {
  const crm = join(root, 'bin/crm.js');
  // crm's stamps of binders it found sound (src/store/stamp.ts) go in the run's scratch folder, not the user's.
  const env = (binder) => ({ ...cleanEnv, CRM_DB: binder, CRM_TODAY: options.today, NO_COLOR: '1', XDG_STATE_HOME: join(options.out, 'run', 'state') });
  const read = env(setup.binder);
  const node = (id, label, args, extra = {}) => ({ id, label, size: setup.size, file: process.execPath, args, env: read, times: [], rss: [], failed: null, ...extra });
  const handle = (run) => setup.logHandles[run % setup.logHandles.length];
  const jobs = [
    node('node', "node -e ''", () => ['-e', ''], { against: 'read' }),
    node('floor', 'floor.js (read)', () => [join(bench, 'floor.js')], { check: (out) => lines(out) === setup.stack.length || `printed ${lines(out)} lines, not ${setup.stack.length}` }),
    node('floor-write', 'floor-write.js (write)', (run) => [join(bench, 'floor-write.js'), handle(run), '--note', LOG_NOTE, '--outcome', 'reached', '--next', NEXT], {
      env: env(setup.floorWriteBinder),
    }),
    node('today', 'crm today', () => [crm, 'today'], { against: 'read', check: (out) => out.includes(`${setup.stack.length} dossiers in today's stack`) || 'stack size not in the output' }),
    // The same stack in Polish and in Persian (issue 17): the language's catalogue is read, English's costs nothing.
    node('today-pl', 'crm today (LANG=pl_PL.UTF-8)', () => [crm, 'today'], {
      env: { ...read, LANG: 'pl_PL.UTF-8' },
      against: 'read',
      check: (out) => / tecz(ka|ki|ek) na dziś/.test(out) || 'not the Polish stack',
    }),
    node('today-fa', 'crm today (LANG=fa_IR.UTF-8)', () => [crm, 'today'], {
      env: { ...read, LANG: 'fa_IR.UTF-8' },
      against: 'read',
      check: (out) => out.includes('پشتهٔ امروز') || 'not the Persian stack',
    }),
    node('today-json', 'crm today --json', () => [crm, 'today', '--json'], {
      against: 'read',
      check: (out) => JSON.parse(out).stack.length === setup.stack.length || 'wrong stack length',
    }),
    node('show', `crm show <handle>`, () => [crm, 'show', setup.show], { against: 'read', check: (out) => out.includes(setup.show) || 'handle not in the output' }),
    node('log', `crm log <handle> --next ${NEXT}`, (run) => [crm, 'log', handle(run), '--note', LOG_NOTE, '--outcome', 'reached', '--next', NEXT], {
      env: env(setup.logBinder),
      against: 'write',
      check: (out) => out.startsWith('Logged a call') || 'unexpected output',
    }),
    node('find', `crm find ${FIND_QUERY}`, () => [crm, 'find', FIND_QUERY], { against: 'read', check: (out) => out.includes(`${FIND_MATCHES} dossiers match`) || 'wrong number of matches' }),
    node('find-history', `crm find ${HISTORY_QUERY}`, () => [crm, 'find', HISTORY_QUERY], { against: 'read', check: (out) => / match(es)? "/.test(out) || 'nothing found' }),
    node('find-words', `crm find ${TWO_WORD_QUERY.join(' ')}`, () => [crm, 'find', ...TWO_WORD_QUERY], { against: 'read', check: (out) => / match(es)? "/.test(out) || 'nothing found' }),
    node('binder', 'crm binder', () => [crm, 'binder'], { against: 'read', check: (out) => out.includes('Day dividers') || 'no day dividers' }),
  ];
  if (setup.server) {
    const { url, logUrl, floorWriteUrl } = setup.server;
    const onServer = (id, label, args, extra = {}) => node(`server-${id}`, label, args, { server: true, env: env(url), ...extra });
    jobs.push(
      onServer('floor', 'floor-server.js (read)', () => [options.serverFloors.read], { check: (out) => lines(out) === setup.stack.length || `printed ${lines(out)} lines, not ${setup.stack.length}` }),
      onServer('floor-write', 'floor-write-server.js (write)', (run) => [options.serverFloors.write, handle(run), '--note', LOG_NOTE, '--outcome', 'reached', '--next', NEXT], {
        env: env(floorWriteUrl),
      }),
      onServer('today', 'crm today', () => [crm, 'today'], { against: 'server-read', check: (out) => out.includes(`${setup.stack.length} dossiers in today's stack`) || 'stack size not in the output' }),
      onServer('log', `crm log <handle> --next ${NEXT}`, (run) => [crm, 'log', handle(run), '--note', LOG_NOTE, '--outcome', 'reached', '--next', NEXT], {
        env: env(logUrl),
        against: 'server-write',
        check: (out) => out.startsWith('Logged a call') || 'unexpected output',
      }),
      onServer('find', `crm find ${FIND_QUERY}`, () => [crm, 'find', FIND_QUERY], { against: 'server-read', check: (out) => out.includes(`${FIND_MATCHES} dossiers match`) || 'wrong number of matches' }),
      onServer('binder', 'crm binder', () => [crm, 'binder'], { against: 'server-read', check: (out) => out.includes('Day dividers') || 'no day dividers' }),
    );
    const { team } = setup.server;
    jobs.push(
      onServer('team-today', `crm today (one rep of ${TEAM_SIZE})`, () => [crm, 'today'], {
        env: env(team.rep),
        against: 'server-read',
        check: (out) => out.includes(`${team.repStack} dossier${team.repStack === 1 ? '' : 's'} in today's stack`) || `the rep's stack of ${team.repStack} not in the output`,
      }),
      onServer('team', `crm team (the manager, ${TEAM_SIZE} people)`, () => [crm, 'team'], {
        env: env(team.manager),
        against: 'server-read',
        check: (out) => out.includes(`${TEAM_SIZE + 1} people`) || 'not every person in the view',
      }),
    );
  }
  if (task && setup.task) {
    const shared = () => ({ size: setup.size, file: task, times: [], rss: [], failed: null });
    jobs.push(
      { ...shared(), id: 'task-next', label: 'task next (Taskwarrior)', args: () => ['next'], env: taskEnv(setup.task.dir), against: 'read' },
      { ...shared(), id: 'task-add', label: 'task add (Taskwarrior)', args: (run) => ['add', `Call ${handle(run)}`, 'due:2026-12-07', 'priority:M'], env: taskEnv(setup.task.addDir), against: 'write' },
    );
  }
  return jobs;
}

function lines(text) {
  return text.split('\n').filter(Boolean).length;
}

/** One run of a job, timed as a whole process; null when it failed (the job is then dropped). */
function timeOnce(job, run) {
  const started = process.hrtime.bigint();
  const result = spawnSync(job.file, job.args(run), { env: job.env, stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!succeeded(job, result, run)) return null;
  return ms;
}

function succeeded(job, result, run) {
  let problem = null;
  if (result.error) problem = result.error.message;
  else if (result.status !== 0) problem = `exit ${result.status ?? result.signal}: ${(result.stderr || result.stdout).trim().split('\n').slice(0, 3).join(' / ')}`;
  else if (run === 0 && job.check) {
    let verdict;
    try {
      verdict = job.check(result.stdout);
    } catch (error) {
      verdict = error.message;
    }
    if (verdict !== true) problem = `output check failed: ${verdict}`;
  }
  if (problem) {
    job.failed = problem;
    log(`${job.label} at ${job.size}: ${problem}`);
    return false;
  }
  return true;
}

/** Peak resident memory (KB) of one run, as /usr/bin/time reports it. */
function peakMemory(job, run, timeBin, scratch) {
  const report = join(scratch, 'time.txt');
  const result = spawnSync(timeBin, ['-f', '%M', '-o', report, job.file, ...job.args(run)], { env: job.env, stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  if (!succeeded(job, result, run)) return null;
  const kb = Number(readFileSync(report, 'utf8').trim().split('\n').at(-1));
  return Number.isFinite(kb) ? kb : null;
}

// ---- The report ----

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const ms = (value) => (Number.isFinite(value) ? (value < 100 ? value.toFixed(1) : value.toFixed(0)) : 'n/a');
const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a');
const mb = (kb) => (Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MB` : 'n/a');
const thousands = (n) => n.toLocaleString('en-US');
const sizeName = (n) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));

function makeReport({ options, setups, jobs, warnings, timeBin, task, elapsed, load, schemaVersion }) {
  const stats = new Map();
  for (const job of jobs) {
    stats.set(`${job.size}:${job.id}`, {
      job,
      median: median(job.times),
      min: Math.min(...job.times),
      max: Math.max(...job.times),
      rss: median(job.rss),
    });
  }
  const stat = (size, id) => stats.get(`${size}:${id}`);
  const medianOf = (size, id) => (stat(size, id)?.job.failed ? NaN : (stat(size, id)?.median ?? NaN));
  let tables = '';
  for (const setup of setups) {
    const { size, counts } = setup;
    tables += `\n### ${thousands(counts.dossiers)} dossiers, ${thousands(counts.entries)} entries (binder ${(counts.bytes / 2 ** 20).toFixed(0)} MB, ${setup.stack.length} in today's stack)\n\n`;
    tables += '| command | median ms | min | max | ratio to floor | max RSS |\n|---|---:|---:|---:|---:|---:|\n';
    for (const job of jobs.filter((j) => j.size === size && !j.server)) {
      const s = stat(size, job.id);
      const floor = job.against ? medianOf(size, FLOOR[job.against]) : NaN;
      const against = job.against ? `${ratio(s.median / floor)}${job.against === 'write' ? ' (of floor-write)' : ''}` : '(floor)';
      const row = job.failed
        ? `| ${job.label} | failed: ${job.failed.replace(/\|/g, '/')} | | | | |`
        : `| ${job.label} | ${ms(s.median)} | ${ms(s.min)} | ${ms(s.max)} | ${against} | ${timeBin ? mb(s.rss) : 'n/a'} |`;
      tables += `${row}\n`;
    }
  }

  // Scaling: the same command at the smallest and the largest size.
  const small = options.sizes[0];
  const large = options.sizes.at(-1);
  const ids = [...new Set(jobs.map((j) => j.id))];
  const labels = new Map(jobs.map((j) => [j.id, j.server ? `${j.label} (server)` : j.label]));
  if (options.sizes.length > 1) {
    tables += `\n### Scaling: median ms by size, and ${sizeName(large)} vs ${sizeName(small)}\n\n`;
    tables += `| command | ${options.sizes.map(sizeName).join(' | ')} | ${sizeName(large)} vs ${sizeName(small)} |\n|---|${options.sizes.map(() => '---:').join('|')}|---:|\n`;
    for (const id of ids) {
      tables += `| ${labels.get(id)} | ${options.sizes.map((size) => ms(medianOf(size, id))).join(' | ')} | ${ratio(medianOf(large, id) / medianOf(small, id))} |\n`;
    }
  }

  // The issue's targets, at 100k dossiers (or the largest size measured).
  const at = options.sizes.includes(100_000) ? 100_000 : large;
  const targets = [];
  const target = (what, value, limit, shown) => targets.push({ what, shown, met: Number.isFinite(value) ? value <= limit : null });
  const floorRead = medianOf(at, 'floor');
  const floorWrite = medianOf(at, 'floor-write');
  // Issue 13: today and log within 1.15x of their floors; find, binder and show within 1.2x.
  target('`crm today` ≤ 1.15x floor', medianOf(at, 'today') / floorRead, 1.15, ratio(medianOf(at, 'today') / floorRead));
  target('`crm log` ≤ 1.15x floor-write', medianOf(at, 'log') / floorWrite, 1.15, ratio(medianOf(at, 'log') / floorWrite));
  target('`crm show` ≤ 1.2x floor', medianOf(at, 'show') / floorRead, 1.2, ratio(medianOf(at, 'show') / floorRead));
  target('`crm find` ≤ 1.2x floor', medianOf(at, 'find') / floorRead, 1.2, ratio(medianOf(at, 'find') / floorRead));
  target('`crm binder` ≤ 1.2x floor', medianOf(at, 'binder') / floorRead, 1.2, ratio(medianOf(at, 'binder') / floorRead));
  // Where an index can serve: the work does not grow with the binder (find and binder read every
  // dossier by design, and are listed for information).
  for (const id of small === at ? [] : ['today', 'today-json', 'show', 'log']) {
    const growth = medianOf(at, id) / medianOf(small, id);
    target(`\`${labels.get(id)}\` at ${sizeName(at)} ≤ 1.10x at ${sizeName(small)} (index)`, growth, 1.1, ratio(growth));
  }
  // Issue 17: a language costs its catalogue only: Polish within a few milliseconds of English.
  const polishCost = medianOf(at, 'today-pl') - medianOf(at, 'today');
  target('`crm today` in Polish ≤ English + 5 ms', polishCost, 5, `${polishCost >= 0 ? '+' : ''}${polishCost.toFixed(1)} ms`);
  const rss = stat(at, 'today')?.rss;
  target('`crm today` peak memory < 80 MB', timeBin ? rss / 1024 : NaN, 80 - 1e-9, timeBin ? mb(rss) : 'n/a (no /usr/bin/time)');
  tables += `\n### Targets (medians at ${thousands(at)} dossiers, same run)\n\n| target | measured | met |\n|---|---:|---|\n`;
  for (const t of targets) tables += `| ${t.what} | ${t.shown} | ${t.met === null ? 'not measured' : t.met ? 'met' : '**not met**'} |\n`;
  if (small === at) tables += '\n(The growth targets need at least two sizes: run with --sizes 1000,...,100000.)\n';

  if (options.server) tables += serverReport(options, setups, jobs, medianOf, stat, timeBin);

  const machine = describeMachine(task, timeBin, options.serverVersion);
  const generation = setups
    .map((s) => `- ${thousands(s.counts.dossiers)} dossiers / ${thousands(s.counts.entries)} entries: generated in ${s.generated.seconds} s${s.task ? `; Taskwarrior loaded ${thousands(s.task.loaded.tasks)} tasks (task import) in ${s.task.loaded.seconds.toFixed(1)} s` : ''}`)
    .join('\n');
  const document = `# crm benchmark results

Written by \`node bench/run.js --sizes ${options.sizes.join(',')} --runs ${options.runs}${options.task ? '' : ' --no-task'}${options.server ? ` --server ${options.server}` : ''} --write\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; the whole run took ${elapsed.toFixed(0)} s.
Each command ran ${options.runs} times (after ${WARMUPS} warm-up rounds), as a whole process, interleaved round-robin with
every other command and size; times are wall-clock from spawn to exit. How to read the rows: bench/README.md.

## Machine

${machine.map((line) => `- ${line}`).join('\n')}
- load average (1 min) ${load[0].toFixed(2)} at the start, ${load[1].toFixed(2)} at the end
- left out of the timed processes' environment: ${removed.length > 0 ? removed.join(', ') : 'nothing (none was set)'}; set are NO_COLOR=1, CRM_DB, CRM_TODAY, XDG_STATE_HOME (crm's stamps, under out/run/)
- crm: ${gitDescription()}, binder schema version ${schemaVersion}, generator version ${GENERATOR_VERSION}, seed ${options.seed}, CRM_TODAY=${options.today}
${warnings.map((w) => `- **warning:** ${w}`).join('\n')}

## Binders

${generation}

## Results
${tables}`;
  return { tables, document };
}

/**
 * The server rows: per size, crm's commands on the server binder as ratios to the server floors,
 * with their round trips; then the issue's targets for them and each command's round trips, SQL
 * and the server's time, as the proxy saw them.
 */
function serverReport(options, setups, jobs, medianOf, stat, timeBin) {
  let text = '\n## PostgreSQL server binder\n';
  text += `\nThe same binders copied into schemas of ${new URL(options.server).host}${new URL(options.server).pathname} (PostgreSQL ${options.serverVersion}) by to-server.js; crm reads them over TCP, as floor-server.js and floor-write-server.js do.\n`;
  for (const setup of setups) {
    const { size, counts, server } = setup;
    text += `\n### ${thousands(counts.dossiers)} dossiers on the server (schema ${server.schema}, filled in ${server.seconds.toFixed(0)} s)\n\n`;
    text += '| command | median ms | min | max | ratio to server floor | round trips | max RSS |\n|---|---:|---:|---:|---:|---|---:|\n';
    for (const job of jobs.filter((j) => j.size === size && j.server)) {
      const s = stat(size, job.id);
      const floor = job.against ? medianOf(size, FLOOR[job.against]) : NaN;
      const against = job.against ? `${ratio(s.median / floor)}${job.against === 'server-write' ? ' (of floor-write-server)' : ''}` : '(floor)';
      const trips = job.trips ? describe(job.trips) : 'n/a';
      text += job.failed
        ? `| ${job.label} | failed: ${job.failed.replace(/\|/g, '/')} | | | | | |\n`
        : `| ${job.label} | ${ms(s.median)} | ${ms(s.min)} | ${ms(s.max)} | ${against} | ${trips} | ${timeBin ? mb(s.rss) : 'n/a'} |\n`;
    }
    text += `\nThe team's rows: the same dossiers in schema ${server.team.schema}, given in turn to ${TEAM_SIZE} people (bench_rep_01 the manager, who runs crm team; bench_rep_02 the rep, ${server.team.repStack} in today's stack), each entry made by its dossier's owner; built in ${server.team.seconds.toFixed(0)} s, and kept between runs.\n`;
  }
  const at = options.sizes.includes(100_000) ? 100_000 : options.sizes.at(-1);
  const today = jobs.find((j) => j.size === at && j.id === 'server-today');
  const todayRatio = medianOf(at, 'server-today') / medianOf(at, 'server-floor');
  const queries = today?.trips?.queries;
  const verdict = (met) => (met === null ? 'not measured' : met ? 'met' : '**not met**');
  text += `\n### Server targets (at ${thousands(at)} dossiers, same run)\n\n| target | measured | met |\n|---|---:|---|\n`;
  text += `| \`crm today\` ≤ ${SERVER_TODAY_RATIO}x floor-server | ${ratio(todayRatio)} | ${verdict(Number.isFinite(todayRatio) ? todayRatio <= SERVER_TODAY_RATIO : null)} |\n`;
  text += `| \`crm today\`: connect + at most ${SERVER_TODAY_QUERIES} | ${today?.trips ? describe(today.trips) : 'n/a'} | ${verdict(queries === undefined ? null : queries <= SERVER_TODAY_QUERIES && today.trips.connections === 1)} |\n`;
  text += `\n### Round trips at ${thousands(at)} dossiers: each query and how long the server took to answer it (ms, through the proxy)\n`;
  for (const job of jobs.filter((j) => j.size === at && j.server && j.trips)) {
    text += `\n${job.label}: ${describe(job.trips)}; this run connected ${job.trips.startupMs} ms after its start and ended after ${job.trips.totalMs} ms\n\n`;
    for (const trip of job.trips.trips) text += `- ${trip.kind === 'connect' ? 'connect' : 'query'} ${trip.ms === null ? '?' : trip.ms.toFixed(1)} ms: \`${trip.sql.length > 110 ? `${trip.sql.slice(0, 110)}…` : trip.sql}\`\n`;
  }
  return text;
}

function describeMachine(task, timeBin, postgres) {
  const cpuinfo = safeRead('/proc/cpuinfo');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const osRelease = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(safeRead('/etc/os-release'))?.[1] ?? os.type();
  const db = new Database(':memory:');
  const version = db.prepare('SELECT sqlite_version()');
  const betterSqlite = JSON.parse(readFileSync(join(root, 'node_modules/better-sqlite3/package.json'), 'utf8')).version;
  const taskVersion = task ? spawnSync(task, ['--version'], { encoding: 'utf8', timeout: 10_000 }).stdout.trim() : null;
  return [
    `CPU: ${model}, ${os.availableParallelism()} cores`,
    `memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `OS: ${osRelease}, Linux ${os.release()}`,
    `Node ${process.version}, better-sqlite3 ${betterSqlite}, SQLite ${version.pluck().get()}`,
    `Taskwarrior: ${taskVersion ?? 'not installed (rows skipped)'}`,
    ...(postgres ? [`PostgreSQL ${postgres} (the server rows)`] : []),
    `peak memory: ${timeBin ? `${timeBin} -f %M, median of ${MEMORY_RUNS} extra runs` : 'n/a (/usr/bin/time missing: apt-get install time)'}`,
  ];
}

function gitDescription() {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', timeout: 10_000 });
  if (head.status !== 0) return 'not a git checkout';
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'bin', 'package.json'], { cwd: root, encoding: 'utf8', timeout: 10_000 }).stdout.trim();
  return `commit ${head.stdout.trim()}${dirty ? ' with uncommitted changes in src/' : ''}`;
}

function safeRead(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** dist/ must be built from the src/ being measured: each src/**.ts has a dist/**.js no older than it. */
function checkBuild() {
  const src = join(root, 'src');
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'store/migrations.js'))) fail('dist/ is missing or incomplete (no dist/store/migrations.js): run npm run build first');
  const stale = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        const built = join(dist, relative(src, path)).replace(/\.ts$/, '.js');
        if (!existsSync(built) || statSync(built).mtimeMs < statSync(path).mtimeMs) stale.push(relative(root, path));
      }
    }
  };
  walk(src);
  return stale.length > 0 ? [`dist/ is older than ${stale.length} file(s) of src/ (${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ', ...' : ''}): the numbers are for the last build`] : [];
}

function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const file = join(dir, name);
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return null;
}

process.exit(await main());
