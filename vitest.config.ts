import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { defineConfig } from 'vitest/config';

// In CI the order of files and of tests within them is shuffled, so that a test leaning on what an
// earlier one left fails there; CRM_TEST_SEED replays an order (vitest prints the seed it used).
const shuffled = process.env.CI === 'true' || process.env.CRM_TEST_SHUFFLE === '1';
const seed = Number(process.env.CRM_TEST_SEED) || Math.floor(Math.random() * 1_000_000);
if (shuffled) process.stderr.write(`Tests run shuffled, seed ${seed} (CRM_TEST_SEED=${seed} to replay this order)\n`);

/**
 * The end-to-end and property suites on server binders (each a schema on the test server,
 * test/e2e/server-binder.ts), beside the whole suite on files (the project `sqlite`); skipped in
 * one line when no server answers (a failure under CI=true); CRM_TEST_SERVER_SUITE=0 leaves it
 * out (.ci/run does on its second Node: see there). A test inside the project's files that only a
 * file binder can have is skipped on a server with its reason (`it.skipIf(ON_SERVER)`).
 * Left out of it, for what only a binder kept in a file has:
 * - backups, upgrade, migrations: copies in backups/ and SQLite upgrades of .binder fixtures;
 * - damage, checked, durability: damaged files, the file stamp, kill -9 of a SQLite writer;
 * - readonly, binder-file: file permissions, folders, the file a command creates or not;
 * - start-up, stream: how the SQLite driver loads, and export/import at size, on generated binder files;
 * - server-*: the server's own tests, which make their schemas themselves.
 */
const FILE_ONLY = ['backups', 'upgrade', 'migrations', 'damage', 'checked', 'durability', 'readonly', 'binder-file', 'start-up', 'stream', 'server-*'].map((name) => `test/e2e/${name}.test.ts`);

function serverProject() {
  const server = process.env.CRM_TEST_PG || 'postgres://127.0.0.1:5432/test';
  const probe = spawnSync('psql', ['-X', '-q', '-A', '-t', '-d', server, '-c', 'SELECT 1'], { encoding: 'utf8', timeout: 5000 });
  if (probe.status !== 0 && process.env.CI !== 'true') {
    const why = (probe.error?.message ?? probe.stderr ?? '').trim().split('\n')[0];
    process.stderr.write(`Server project skipped: no PostgreSQL at ${server} (${why}); start one (pg_ctlcluster 15 main start) or set CRM_TEST_PG=postgres://..., and run again\n`);
    return [];
  }
  // This run's schemas share a prefix (test/server-setup.ts drops what a failed test left).
  process.env.CRM_TEST_RUN ??= randomBytes(3).toString('hex');
  return [
    {
      extends: true as const,
      test: {
        name: 'server',
        include: ['test/e2e/**/*.test.ts', 'test/property/**/*.test.ts'],
        exclude: FILE_ONLY,
        env: { CRM_TEST_STORE: 'postgres' },
        // After the build check this config's globalSetup holds (a project's list adds to it).
        globalSetup: ['test/server-setup.ts'],
      },
    },
  ];
}

const serverSuite = process.env.CRM_TEST_SERVER_SUITE !== '0';

export default defineConfig({
  test: {
    // A project that extends this config adds its own files to these: with projects, each names its own.
    include: serverSuite ? [] : ['test/**/*.test.ts'],
    globalSetup: ['test/fresh-build.ts'],
    // Generous: two files run at once on two cores, and a test that hangs still ends the run.
    testTimeout: 60_000,
    // A fixture seeded with dozens of commands, on a loaded machine.
    hookTimeout: 120_000,
    // Most end-to-end tests run crm in-process (test/e2e/in-process.ts); the rest spawn it or wait
    // on the test server. vitest's default on two cores is one file at a time, which leaves the
    // second core idle while a test waits: two at once ran both projects' 192 files in 41 minutes
    // here, where one at a time had done 165 of them in 43.
    pool: 'forks',
    maxWorkers: 2,
    sequence: { shuffle: shuffled ? { files: true, tests: true } : false, seed },
    ...(serverSuite && {
      projects: [{ extends: true as const, test: { name: 'sqlite', include: ['test/**/*.test.ts'] } }, ...serverProject()],
    }),
  },
});
