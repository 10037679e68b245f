// The `server` project's binders are schemas on the test server (test/e2e/server-binder.ts): each
// test drops its own, and this drops whatever a test that failed half-way left, at the run's end.
// Under CI=true a server that cannot be reached fails the run here, in one line; elsewhere the
// project is skipped, saying so and how to run it.
import { psql, SCHEMA_PREFIX, SERVER } from './e2e/server-binder.js';

export default function setup(): () => void {
  try {
    psql('SELECT 1');
  } catch (error) {
    const said = (error instanceof Error ? error.message : String(error)).trim().split('\n')[0];
    throw new Error(`the server project needs PostgreSQL at ${SERVER} and psql (${said}): start it (pg_ctlcluster 15 main start), set CRM_TEST_PG, or run npx vitest run --project sqlite`);
  }
  return () => {
    const like = `${SCHEMA_PREFIX.replace(/_/g, '\\_')}%`;
    // A schema a statement: dropping hundreds in one transaction runs out of the server's lock table.
    psql(`SELECT format('DROP SCHEMA %I CASCADE', nspname) FROM pg_namespace WHERE nspname LIKE '${like}'\n\\gexec\n`);
    // And their teams' group roles (crm team init makes two a binder, named after its schema).
    psql(`SELECT format('DROP ROLE %I', rolname) FROM pg_roles WHERE rolname LIKE 'crm\\_test\\_${like}'\n\\gexec\n`);
  };
}
