// The `server` project's binders are schemas on the test server (test/e2e/server-binder.ts): each
// test drops its own, and this drops whatever a test that failed half-way left, at the run's end.
// Under CI=true a server that cannot be reached fails the run here, in one line; elsewhere the
// project is skipped, saying so and how to run it.
import { spawnSync } from 'node:child_process';
import { SCHEMA_PREFIX, SERVER } from './e2e/server-binder.js';

function psql(sql: string): { ok: boolean; said: string } {
  const result = spawnSync('psql', ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', SERVER, '-c', sql], { encoding: 'utf8' });
  return { ok: result.status === 0, said: (result.error?.message ?? result.stderr).trim().split('\n')[0] ?? '' };
}

export default function setup(): () => void {
  const reached = psql('SELECT 1');
  if (!reached.ok) throw new Error(`the server project needs PostgreSQL at ${SERVER} and psql (${reached.said}): start it (pg_ctlcluster 15 main start), set CRM_TEST_PG, or run npx vitest run --project sqlite`);
  return () => {
    const like = `${SCHEMA_PREFIX.replace(/_/g, '\\_')}%`;
    psql(`DO $$ DECLARE s text; BEGIN FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE '${like}' LOOP EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP; END $$`);
  };
}
