// The hot commands start without commander (issue 13, item 6a) and a plain run without chalk
// (item 6c): a spawned Node records every module its ESM loader loads (a module.register hook),
// and the files crm loaded are read for the packages bundled into them. Spawned, as a shell runs
// crm: which files one command line loads is a property of the process.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRM, tempBinder, type Binder } from './cli.js';
import { dropSchema, newSchema } from './server-binder.js';
import { runCrmInPty } from './pty.js';
import { seed } from './support.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const RUNNER = join(DIST, 'crm-runner.js');

let binder: Binder;

beforeAll(() => {
  binder = tempBinder();
  seed(binder, 'acme', 'today', 'Acme Sp. z o.o.');
  // Never refiled here (crm log refiles acme): crm next has today's stack to name, exit 0, in any order of the tests.
  seed(binder, 'zolc', 'today', 'Łukasz Żółć');
  // Each spawned Node loads this first: it registers a hook that appends each URL loaded to a file.
  writeFileSync(join(binder.dir, 'hooks.mjs'), "import { appendFileSync } from 'node:fs';\nlet out;\nexport function initialize(data) { out = data.out; }\nexport async function load(url, context, next) { appendFileSync(out, `${url}\\n`); return next(url, context); }\n");
  writeFileSync(join(binder.dir, 'trace.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url, { data: { out: process.env.CRM_TRACE } });\n");
  // runCli as the in-process tests run it (dist/crm-runner.js), on the process's own streams.
  writeFileSync(
    join(binder.dir, 'in-process.mjs'),
    `const { runCli } = await import(${JSON.stringify(pathToFileURL(RUNNER).href)});\nprocess.exitCode = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });\n`,
  );
}, 60_000);

afterAll(() => binder.remove());

/** crm's files the process loaded (under dist/), each with the packages bundled into it that it shows. */
function loaded(script: string, args: string[]): { code: number | null; stdout: string; files: string[]; packages: string[] } {
  const trace = join(binder.dir, `trace-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(trace, '');
  const result = spawnSync(process.execPath, ['--import', pathToFileURL(join(binder.dir, 'trace.mjs')).href, script, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: '2026-11-23', CRM_TRACE: trace },
    timeout: 60_000,
  });
  const urls = readFileSync(trace, 'utf8').split('\n').filter((url) => url.startsWith('file:'));
  const files = urls.map((url) => fileURLToPath(url)).filter((path) => path.startsWith(DIST));
  // esbuild marks each bundled package's modules with a comment: "// node_modules/commander/lib/command.js".
  const packages = [...new Set(files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((m) => m[1] as string)))];
  return { code: result.status, stdout: result.stdout, files: files.map((file) => file.slice(DIST.length)), packages };
}

describe('crm today, next, log, show, find and binder start without commander', () => {
  it.each([['today'], ['next'], ['show', 'acme'], ['find', 'acme'], ['binder', '--json'], ['log', 'acme', '--note', 'Called', '--next', 'fri']])('crm %s reads one file of crm\'s, with neither commander nor chalk', (...args) => {
    const run = loaded(CRM, args);
    expect(run.code).toBe(0);
    // Its own bundle, which holds no other hot command's code (scripts/bundle.mjs); a binder on a
    // server has one of its own, with pg, which the file's leaves out.
    expect(run.files).toEqual([`crm-${args[0]}${binder.schema ? '-server' : ''}.js`]);
    // chalk is bundled into crm.js but loaded only by a run in colour: not commander's, in any case.
    expect(run.packages).not.toContain('commander');
    if (binder.schema) expect(run.packages).toContain('pg');
    else expect(run.packages).not.toContain('pg');
  });

  it('a binder on a server named after the command (--db URL, --db=URL) takes the server bundle, without commander', () => {
    const { schema, url } = newSchema();
    try {
      expect(loaded(CRM, ['team', 'init', '--db', url]).code).toBe(0);
      expect(loaded(CRM, ['file', 'acme', 'today', '--name', 'Acme', '--db', url]).code).toBe(0);
      for (const args of [['today', '--db', url], ['binder', `--db=${url}`, '--json'], ['find', 'acme', '--db', url]]) {
        const run = loaded(CRM, args);
        expect(run.code, args.join(' ')).toBe(0);
        expect(run.files).toEqual([`crm-${args[0]}-server.js`]);
        expect(run.packages).toContain('pg');
        expect(run.packages).not.toContain('commander');
      }
    } finally {
      dropSchema(schema);
    }
  });

  it('with an option before the command, crm.js (every hot command) takes it on the fast path', () => {
    const run = loaded(CRM, ['--no-color', 'today']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Mon 23 Nov 2026');
    // crm.js holds no server store: a binder on a server goes on to commander's path.
    if (binder.schema) expect(run.files.slice(0, 2)).toEqual(['crm.js', 'crm-runner.js']);
    else expect(run.files).toEqual(['crm.js']);
  });

  it('hands help and errors to commander, in crm-runner.js (so the trace above would see it)', () => {
    for (const args of [['today', '--help'], ['show'], ['file', 'acme', '8']]) {
      const run = loaded(CRM, args);
      expect(run.files).toContain('crm-runner.js');
      expect(run.packages).toContain('commander');
    }
  });

  it('takes the fast path in runCli too (what the in-process tests run), and loads chalk only for colour', () => {
    const script = join(binder.dir, 'in-process.mjs');
    const today = loaded(script, ['today']);
    expect(today.code).toBe(0);
    expect(today.stdout).toContain('Mon 23 Nov 2026');
    expect(today.packages).not.toContain('commander');
    expect(today.packages).not.toContain('chalk');
    const help = loaded(script, ['today', '--help']);
    expect(help.stdout).toContain('Usage: crm today');
    expect(help.packages).toContain('commander');
  });

  it('paints at a terminal on the fast path (chalk loaded for that run), and not with --no-color', async () => {
    const terminal = { env: { HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: '2026-11-23' } };
    const coloured = await runCrmInPty(['show', 'acme'], [], terminal);
    const plain = await runCrmInPty(['show', 'acme', '--no-color'], [], terminal);
    expect(coloured.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- an SGR (colour, bold) sequence is what is looked for
    const sgr = /\x1b\[[0-9;]*m/;
    expect(coloured.output).toMatch(sgr);
    expect(plain.output).not.toMatch(sgr);
    expect(coloured.text).toBe(plain.text);
  });
});
