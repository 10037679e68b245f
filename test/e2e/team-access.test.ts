// Who sees and changes what on a team's binder (issue 16): two reps and a manager, each a login
// role of their own, run crm and psql on one server binder, and the server itself (row-level
// security, grants: store/postgres/schema.ts, version 9) keeps each rep to their own dossiers.
// Server binders only: the `server` project runs it; on files there are no people.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamRoles } from '../../src/store/postgres/team.js';
import { crmWith, type Result } from './cli.js';
import { dropSchema, newSchema, ON_SERVER, psql, SERVER } from './server-binder.js';

const TODAY = '2026-12-03';

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The URL `url` names, connecting as `login` (no password: the test server trusts its clients). */
function as(login: string, url: string): string {
  const named = new URL(url);
  named.username = login;
  named.password = '';
  return named.toString();
}

/** psql as one of the team: its output and exit code, a refusal being a result, not a throw. */
function psqlAs(url: string, sql: string): Result {
  const result = spawnSync('psql', ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', url, '-f', '-'], { input: sql, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

/** psql as one of the team, which must succeed: its output, trimmed. */
function selectAs(url: string, sql: string): string {
  const result = psqlAs(url, sql);
  if (result.code !== 0) throw new Error(`psql exited ${result.code}: ${result.stderr}`);
  return result.stdout.trim();
}

describe.skipIf(!ON_SERVER)('a team binder keeps each rep to their own dossiers (server binders only)', () => {
  const { schema, url } = newSchema();
  const { team, managers } = teamRoles(new URL(SERVER).pathname.slice(1), schema);
  const suffix = randomBytes(4).toString('hex');
  const anna = `anna_${suffix}`;
  const piotr = `piotr_${suffix}`;
  const boss = `boss_${suffix}`;
  let home: string;
  const at = { anna: as(anna, url), piotr: as(piotr, url), boss: as(boss, url) };
  const s = quoted(schema);

  /** Runs crm as the login of `binderUrl`, today TODAY unless said. */
  function crm(binderUrl: string, args: string[], today = TODAY): Result {
    return crmWith(args, { PATH: process.env.PATH, HOME: home, CRM_DB: binderUrl, CRM_TODAY: today, TZ: process.env.TZ });
  }

  /** crm as `binderUrl`'s login, which must succeed. */
  function ok(binderUrl: string, args: string[], today = TODAY): Result {
    const result = crm(binderUrl, args, today);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return result;
  }

  /** Everything of piotr's dossiers, read as root (who is not bound by the policies). */
  function piotrsRows(): string {
    const of = `(SELECT id FROM ${s}.dossier WHERE owner = '${piotr}')`;
    return psql(`
      SELECT row_to_json(d)::text FROM ${s}.dossier d WHERE d.id IN ${of};
      SELECT row_to_json(e)::text FROM ${s}.entry e WHERE e.dossier_id IN ${of} ORDER BY e.id;
      SELECT row_to_json(p)::text FROM ${s}.promise p WHERE p.dossier_id IN ${of} ORDER BY p.id;
      SELECT row_to_json(w)::text FROM ${s}.dossier_word w WHERE w.dossier_id IN ${of} ORDER BY w.word;
      SELECT row_to_json(h)::text FROM ${s}.dossier_history h WHERE h.dossier_id IN ${of};
      SELECT row_to_json(c)::text FROM ${s}.change_log c WHERE c.made_by = '${piotr}' ORDER BY c.id;
    `);
  }

  let kowalski: number;
  let piotrsBefore: string;

  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'crm-team-access-'));
    const init = crm(url, ['team', 'init']);
    if (init.code !== 0) throw new Error(`crm team init exited ${init.code}: ${init.stderr}`);
    // What crm team add is to do (not there yet): a login, the team's role, a person row.
    psql(`
      CREATE ROLE ${anna} LOGIN;
      CREATE ROLE ${piotr} LOGIN;
      CREATE ROLE ${boss} LOGIN;
      GRANT ${quoted(team)} TO ${anna}, ${piotr};
      GRANT ${quoted(team)} TO ${boss} WITH ADMIN OPTION;
      GRANT ${quoted(managers)} TO ${boss};
      INSERT INTO ${s}.person (login, name, role, added_at) VALUES
        ('${anna}', 'Anna Lis', 'rep', '2026-12-01T09:00:00+00'),
        ('${piotr}', 'Piotr Wilk', 'rep', '2026-12-01T09:00:00+00'),
        ('${boss}', 'Barbara Szef', 'manager', '2026-12-01T09:00:00+00');
    `);
    ok(at.piotr, ['file', 'kowalski', '5', '--name', 'Jan Kowalski']);
    ok(at.piotr, ['log', 'kowalski', '--note', 'wants 40', '--outcome', 'reached', '--next', '8']);
    ok(at.piotr, ['promise', 'kowalski', 'send the offer', '--by', '10']);
    ok(at.anna, ['file', 'nowak', '8', '--name', 'Ewa Nowak']);
    kowalski = Number(psql(`SELECT id FROM ${s}.dossier WHERE handle = 'kowalski'`).trim());
    piotrsBefore = piotrsRows();
  });

  afterAll(() => {
    // The schema first: the grants on its tables are what would keep the roles from being dropped.
    try {
      dropSchema(schema);
    } finally {
      psql(`DROP ROLE IF EXISTS ${anna}, ${piotr}, ${boss}, ${quoted(team)}, ${quoted(managers)}`);
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('makes each dossier its filer’s, and each entry and change its maker’s', () => {
    expect(psql(`SELECT handle, owner FROM ${s}.dossier WHERE handle IN ('kowalski', 'nowak') ORDER BY handle`)).toBe(`kowalski|${piotr}\nnowak|${anna}\n`);
    expect(psql(`SELECT DISTINCT d.handle, e.made_by, e.made_for FROM ${s}.entry e JOIN ${s}.dossier d ON d.id = e.dossier_id WHERE d.handle IN ('kowalski', 'nowak') ORDER BY 1`)).toBe(
      `kowalski|${piotr}|${piotr}\nnowak|${anna}|${anna}\n`,
    );
    expect(psql(`SELECT command, made_by FROM ${s}.change_log WHERE made_by = '${piotr}' ORDER BY id`)).toBe(`file|${piotr}\nlog|${piotr}\npromise|${piotr}\n`);
  });

  it('shows a rep none of a colleague’s dossiers through crm', () => {
    const today = JSON.parse(ok(at.anna, ['today', '--json'], '2026-12-08').stdout) as { stack: { handle: string; owner?: string }[]; promises: unknown[] };
    // Her own: no owner named (a dossier of someone else's would name its owner).
    expect(today.stack.map((d) => [d.handle, d.owner])).toEqual([['nowak', undefined]]);
    expect(today.promises).toEqual([]);
    // The same day as piotr: his dossier is due then (the stack above did not leave it out by date).
    const his = JSON.parse(ok(at.piotr, ['today', '--json'], '2026-12-08').stdout) as { stack: { handle: string }[] };
    expect(his.stack.map((d) => d.handle)).toEqual(['kowalski']);

    expect(JSON.parse(ok(at.anna, ['find', 'kowal', '--json']).stdout)).toEqual({ text: 'kowal', dossiers: [], more: false });
    expect(ok(at.anna, ['find', 'wants', '40']).stdout).toBe('Nothing matches "wants 40".\n');
    expect(JSON.parse(ok(at.anna, ['promises', '--json']).stdout)).toEqual({ promises: [] });
    const promised = JSON.parse(ok(at.piotr, ['promises', '--json']).stdout) as { promises: { what: string }[] };
    expect(promised.promises.map((p) => p.what)).toEqual(['send the offer']);
    expect(crm(at.anna, ['show', 'kowalski'])).toEqual({ stdout: '', stderr: 'crm: no client matches "kowalski"; see crm find <text> to search\n', code: 2 });
    expect(crm(at.anna, ['log', 'kowalski', '--note', 'hi', '--outcome', 'reached', '--next', '9'])).toEqual({
      stdout: '',
      stderr: 'crm: no client matches "kowalski"; see crm find <text> to search\n',
      code: 2,
    });
    const { changes } = JSON.parse(ok(at.anna, ['changes', '--json']).stdout) as { changes: { summary: string }[] };
    expect(changes.map((change) => change.summary)).toContain('new dossier nowak (Ewa Nowak) filed on 2026-12-08');
    expect(changes.filter((change) => change.summary.includes('kowalski'))).toEqual([]);
    expect(piotrsRows()).toBe(piotrsBefore);
  });

  it('refuses a rep a handle a colleague’s dossier has, without saying whose', () => {
    // Not a race with another crm (trying again cannot help): said as what it is, without whose.
    expect(crm(at.anna, ['file', 'kowalski', '6', '--name', 'Adam Kowalski'])).toEqual({
      stdout: '',
      stderr: 'crm: the handle "kowalski" is taken by a colleague\'s dossier, which you do not see; nothing was written. File yours under another handle: crm file kowalski-2 <when> --name "..."\n',
      code: 2,
    });
    expect(piotrsRows()).toBe(piotrsBefore);
  });

  it('shows a rep none of a colleague’s rows through psql', () => {
    const counts = selectAs(
      at.anna,
      `SELECT (SELECT count(*) FROM dossier WHERE id = ${kowalski}), (SELECT count(*) FROM entry WHERE dossier_id = ${kowalski}),
              (SELECT count(*) FROM promise WHERE dossier_id = ${kowalski}), (SELECT count(*) FROM dossier_word WHERE dossier_id = ${kowalski}),
              (SELECT count(*) FROM dossier_history WHERE dossier_id = ${kowalski}), (SELECT count(*) FROM change_log WHERE made_by = '${piotr}'),
              (SELECT count(*) FROM change_before WHERE change_id IN (${psql(`SELECT string_agg(id::text, ', ') FROM ${s}.change_log WHERE made_by = '${piotr}'`).trim()}))`,
    );
    expect(counts).toBe('0|0|0|0|0|0|0');
    // Root sees them: the rows are there, only not to her.
    expect(psql(`SELECT (SELECT count(*) FROM ${s}.entry WHERE dossier_id = ${kowalski}) > 0, (SELECT count(*) FROM ${s}.promise WHERE dossier_id = ${kowalski})`).trim()).toBe('t|1');
  });

  it('lets a rep through psql change none of a colleague’s rows', () => {
    expect(selectAs(at.anna, `WITH changed AS (UPDATE dossier SET name = 'Jan K.' WHERE handle = 'kowalski' RETURNING 1) SELECT count(*) FROM changed`)).toBe('0');
    expect(selectAs(at.anna, `WITH gone AS (DELETE FROM entry WHERE dossier_id = ${kowalski} RETURNING 1) SELECT count(*) FROM gone`)).toBe('0');
    expect(selectAs(at.anna, `WITH gone AS (DELETE FROM dossier WHERE id = ${kowalski} RETURNING 1) SELECT count(*) FROM gone`)).toBe('0');
    expect(selectAs(at.anna, `WITH gone AS (DELETE FROM promise WHERE dossier_id = ${kowalski} RETURNING 1) SELECT count(*) FROM gone`)).toBe('0');

    const refused = (sql: string) => {
      const result = psqlAs(at.anna, sql);
      expect(result.code).toBe(3);
      return result.stderr.replace(/^psql:[^ ]* /, '').trim();
    };
    // Into his dossier, as herself or as him.
    expect(refused(`INSERT INTO entry (dossier_id, at, kind, note) VALUES (${kowalski}, '2026-12-03T10:00:00Z', 'note', 'mine now')`)).toBe(
      'ERROR:  new row violates row-level security policy for table "entry"',
    );
    const nowak = Number(psql(`SELECT id FROM ${s}.dossier WHERE handle = 'nowak'`).trim());
    expect(refused(`INSERT INTO entry (dossier_id, at, kind, note, made_by) VALUES (${nowak}, '2026-12-03T10:00:00Z', 'note', 'his words', '${piotr}')`)).toBe(
      'ERROR:  new row violates row-level security policy for table "entry"',
    );
    expect(refused(`INSERT INTO dossier (handle, name, created_at, search_text, owner) VALUES ('planted', 'P', '2026-12-03', 'planted', '${piotr}')`)).toBe(
      'ERROR:  new row violates row-level security policy for table "dossier"',
    );
    expect(refused(`INSERT INTO change_log (at, command, summary, made_by) VALUES ('2026-12-03', 'log', 'his', '${piotr}')`)).toBe(
      'ERROR:  new row violates row-level security policy for table "change_log"',
    );
    // History is never rewritten, and owners, people and settings are the managers'.
    expect(refused(`UPDATE entry SET note = 'rewritten' WHERE dossier_id = ${kowalski}`)).toBe('ERROR:  permission denied for table entry');
    expect(refused(`UPDATE entry SET note = 'rewritten' WHERE dossier_id = ${nowak}`)).toBe('ERROR:  permission denied for table entry');
    expect(refused(`UPDATE dossier SET owner = '${anna}' WHERE handle = 'kowalski'`)).toBe('ERROR:  permission denied for table dossier');
    expect(refused(`UPDATE dossier SET owner = '${piotr}' WHERE handle = 'nowak'`)).toBe('ERROR:  permission denied for table dossier');
    expect(refused(`UPDATE person SET role = 'manager' WHERE login = '${anna}'`)).toBe('ERROR:  permission denied for table person');
    expect(refused(`INSERT INTO setting (key, value) VALUES ('capacity', '99')`)).toBe('ERROR:  permission denied for table setting');

    expect(piotrsRows()).toBe(piotrsBefore);
    expect(psql(`SELECT owner FROM ${s}.dossier WHERE handle = 'nowak'`)).toBe(`${anna}\n`);
  });

  it('shows a manager every dossier', () => {
    expect(ok(at.boss, ['show', 'kowalski']).stdout).toMatch(/^kowalski {2}Jan Kowalski\n/);
    expect(ok(at.boss, ['show', 'nowak']).stdout).toMatch(/^nowak {2}Ewa Nowak\n/);
    expect(selectAs(at.boss, 'SELECT count(*) FROM dossier')).toBe(psql(`SELECT count(*) FROM ${s}.dossier`).trim());
    expect(selectAs(at.boss, `SELECT count(*) FROM entry WHERE dossier_id = ${kowalski}`)).toBe(psql(`SELECT count(*) FROM ${s}.entry WHERE dossier_id = ${kowalski}`).trim());
  });

  it('lets a rep take back her own entries, until someone else writes after them', () => {
    ok(at.anna, ['file', 'wojcik', '9', '--name', 'Ola Wójcik']);
    ok(at.anna, ['log', 'wojcik', '--note', 'first call', '--outcome', 'reached', '--next', '10']);
    const wojcik = Number(psql(`SELECT id FROM ${s}.dossier WHERE handle = 'wojcik'`).trim());
    const entries = () => psql(`SELECT id, made_by FROM ${s}.entry WHERE dossier_id = ${wojcik} ORDER BY id`);
    const hers = entries();
    // Tried in a transaction rolled back: what the policy lets go, the rows left as they were.
    const deletable = () =>
      selectAs(at.anna, `BEGIN; WITH gone AS (DELETE FROM entry WHERE made_by = '${anna}' AND dossier_id = ${wojcik} RETURNING id) SELECT count(*) FROM gone; ROLLBACK;`);
    expect(deletable()).toBe(String(hers.trim().split('\n').length));
    expect(entries()).toBe(hers);

    ok(at.boss, ['log', 'wojcik', '--note', 'manager called', '--outcome', 'reached', '--next', '11']);
    expect(deletable()).toBe('0');
    // Nor the manager's entry: not hers.
    expect(selectAs(at.anna, `BEGIN; WITH gone AS (DELETE FROM entry WHERE dossier_id = ${wojcik} RETURNING id) SELECT count(*) FROM gone; ROLLBACK;`)).toBe('0');
    expect(entries().startsWith(hers)).toBe(true);
    expect(entries().slice(hers.length)).toMatch(new RegExp(`^(\\d+\\|${boss}\\n)+$`));
  });

  it('lets a rep undo her own changes with crm undo', () => {
    ok(at.anna, ['file', 'zielinski', '9', '--name', 'Piotr Zieliński']);
    ok(at.anna, ['log', 'zielinski', '--note', 'called', '--outcome', 'reached', '--next', '10']);
    expect(ok(at.anna, ['undo']).stdout).toMatch(/^Undid log .*zielinski/);
    expect(psql(`SELECT d.filed_on, count(e.id) FROM ${s}.dossier d JOIN ${s}.entry e ON e.dossier_id = d.id WHERE d.handle = 'zielinski' GROUP BY d.filed_on`)).toBe('2026-12-09|2\n');
    expect(ok(at.anna, ['undo']).stdout).toMatch(/^Undid file .*zielinski/);
    expect(psql(`SELECT count(*) FROM ${s}.dossier WHERE handle = 'zielinski'`)).toBe('0\n');
    expect(piotrsRows()).toBe(piotrsBefore);
  });

  // Known: the store's undo deletes the change's entries through the policy, which silently
  // leaves hers when someone wrote after them, then puts the dossier back as it was before her
  // change, under the other's entries: the ring and the history then disagree. Undo should refuse.
  it('refuses a rep’s crm undo of a change someone else has written after, naming who; nothing written', () => {
    ok(at.anna, ['file', 'kaminski', '9', '--name', 'Marek Kamiński']);
    ok(at.anna, ['log', 'kaminski', '--note', 'called', '--outcome', 'reached', '--next', '10']);
    ok(at.boss, ['log', 'kaminski', '--note', 'manager called', '--outcome', 'reached', '--next', '11']);
    const rows = () => psql(`SELECT row_to_json(d)::text FROM ${s}.dossier d WHERE handle = 'kaminski'; SELECT id, made_by FROM ${s}.entry WHERE dossier_id = (SELECT id FROM ${s}.dossier WHERE handle = 'kaminski') ORDER BY id`);
    const before = rows();
    const undo = crm(at.anna, ['undo']);
    expect(rows()).toBe(before);
    expect(undo.code).toBe(2);
    expect(undo.stdout).toBe('');
    expect(undo.stderr).toMatch(new RegExp(`^crm: crm undo would take back your change "kaminski: call[^"]*" \\(.+\\), but ${boss} has written on kaminski since \\(first at .+\\); nothing was written\\. Change it by hand instead \\(crm show kaminski\\)\\n$`));
  });
});
