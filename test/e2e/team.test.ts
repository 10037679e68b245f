// crm whoami, crm team add / remove, crm assign and the team's scope (issue 16), as spawned
// processes: on a team's binder with real logins, and on a binder file, where each says in one line
// that it needs a team's binder (exit 2) and writes nothing.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamBinder } from './team-binder.js';
import { crmWith, type Result } from './cli.js';
import { choose, key, spawnCrmInPty } from './pty.js';
import { ON_SERVER, psql } from './server-binder.js';

const TODAY = '2026-12-03';

// Every command and option only a team's binder has, in one table (issue 16).
describe.skipIf(ON_SERVER)('the team commands on a binder file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'crm-team-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [['whoami'], 'whoami'],
    [['assign', 'acme', '--to', 'anna'], 'assign'],
    [['team', 'add', 'anna', '--name', 'Anna'], 'team add'],
    [['team', 'remove', 'anna', '--to', 'ewa'], 'team remove'],
    [['today', '--team'], 'today --team'],
    [['find', 'acme', '--for', 'anna'], 'find --for'],
    [['binder', '--for=anna'], 'binder --for'],
    [['team', '--json'], 'team'],
    [['changes', '--all'], 'changes --all'],
    [['handover', 'anna', '--until', 'fri'], 'handover'],
    [['handover', 'back'], 'handover back'],
    [['handovers'], 'handovers'],
  ])('crm %j: exit 2, one line, no binder made', (args, said) => {
    const db = join(dir, `${randomBytes(4).toString('hex')}.db`);
    const result = crmWith(args, { PATH: process.env.PATH, HOME: dir, CRM_DB: db, CRM_TODAY: TODAY, TZ: process.env.TZ }, { spawn: true });
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `crm: crm ${said} works on a team's binder, on a PostgreSQL server; ${db} is a binder file, whose one user owns every dossier. Name a team's binder with --db postgres://<user>@<host>/<database>?options=-csearch_path%3D<schema>\n`,
    );
    expect(result.code).toBe(2);
    expect(existsSync(db)).toBe(false);
  });
});

// A story told in order on one team binder (each step starts where the one before left it):
// its tests are not shuffled, whatever CI does with the others.
describe.skipIf(!ON_SERVER)('the team commands on a team binder (server binders only)', { shuffle: false }, () => {
  const fixture = teamBinder();
  const { schema, url, as } = fixture;
  const anna = fixture.login('anna');
  const piotr = fixture.login('piotr');
  const ewa = fixture.login('ewa');
  const crm = (binder: string, args: string[], today = TODAY): Result => crmWith(args, { PATH: process.env.PATH, HOME: fixture.home(), CRM_DB: binder, CRM_TODAY: today, TZ: process.env.TZ });
  const ok = (binder: string, args: string[], today = TODAY): Result => {
    const result = crm(binder, args, today);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return result;
  };
  const owners = () => psql(`SELECT handle || '=' || owner FROM "${schema}".dossier ORDER BY handle`).trim().split('\n');

  beforeAll(() => {
    fixture.open(
      [
        { name: 'ewa', fullName: 'Ewa Lis', manager: true },
        { name: 'anna', fullName: 'Anna Nowak' },
        { name: 'piotr', fullName: 'Piotr Wilk' },
      ],
      TODAY,
    );
    ok(as(piotr), ['file', 'kowalski', '4', '--name', 'Jan Kowalski']);
    ok(as(piotr), ['file', 'zielinski', '4', '--name', 'Olek Zieliński']);
    ok(as(anna), ['file', 'nowak', '4', '--name', 'Adam Nowak']);
  });

  afterAll(() => fixture.close());

  it('crm whoami says the login, the name and the role', () => {
    expect(ok(as(anna), ['whoami']).stdout).toBe(`You are ${anna} (Anna Nowak), rep, on schema ${schema} of database test on 127.0.0.1:5432 as ${anna}.\n`);
    expect(JSON.parse(ok(as(ewa), ['whoami', '--json']).stdout)).toMatchObject({ login: ewa, name: 'Ewa Lis', role: 'manager', away: null, holding: [] });
  });

  it('crm team add: a rep may not (exit 2, nobody added); a second time is refused', () => {
    const refused = crm(as(anna), ['team', 'add', fixture.login('x'), '--name', 'X']);
    expect(refused).toEqual({ stdout: '', stderr: `crm: crm team add is a manager's: you (${anna}) are a rep; a manager of the team can run it (crm team lists who is)\n`, code: 2 });
    const twice = crm(as(ewa), ['team', 'add', anna, '--name', 'Anna Nowak']);
    expect(twice).toEqual({ stdout: '', stderr: `crm: ${anna} is on the team already; crm team lists who is\n`, code: 2 });
    expect(psql(`SELECT count(*) FROM "${schema}".person`).trim()).toBe('4');
  });

  it("the binder's settings are a manager's: a rep's crm config is one line, exit 2, nothing written", () => {
    expect(crm(as(anna), ['config', 'workdays', 'mon-thu'])).toEqual({
      stdout: '',
      stderr: `crm: on a team's binder the binder's settings are the team's, and a manager changes them; you (${anna}) are a rep\n`,
      code: 2,
    });
    expect(psql(`SELECT count(*) FROM "${schema}".setting`).trim()).toBe('0');
    ok(as(ewa), ['config', 'workdays', 'mon-fri']);
  });

  it('crm file --owner: a manager files a new dossier for a rep; a rep may not; an existing one goes through crm assign', () => {
    ok(as(ewa), ['file', 'lis', '4', '--name', 'Ola Lis', '--owner', anna]);
    expect(owners()).toContain(`lis=${anna}`);
    expect(crm(as(anna), ['file', 'lis2', '4', '--name', 'Ola Lis', '--owner', piotr])).toEqual({
      stdout: '',
      stderr: `crm: crm file --owner is a manager's: you (${anna}) are a rep; a manager of the team can run it (crm team lists who is)\n`,
      code: 2,
    });
    expect(crm(as(ewa), ['file', 'lis', '8', '--owner', piotr]).stderr).toBe(`crm: lis is filed already, and has its owner; crm assign lis --to ${piotr} gives it to ${piotr}\n`);
    expect(owners().filter((line) => line.startsWith('lis2='))).toEqual([]);
    const nobody = fixture.login('nobody');
    expect(crm(as(ewa), ['file', 'lis3', '4', '--name', 'Ola Lis', '--owner', nobody]).stderr).toBe(
      `crm: ${nobody} is not on the team, so cannot be the owner of a dossier; the team is ${[anna, ewa, piotr].sort().join(', ')}, root (crm team add ${nobody} --name "..." adds them)\n`,
    );
    ok(as(ewa), ['undo']);
  });

  it("a rep's today is theirs; --team is a manager's; the manager's --team marks whose each is", () => {
    const annas = JSON.parse(ok(as(anna), ['today', '--json'], '2026-12-04').stdout) as { stack: { handle: string }[] };
    expect(annas.stack.map((d) => d.handle)).toEqual(['nowak']);
    expect(crm(as(anna), ['today', '--team'], '2026-12-04')).toEqual({
      stdout: '',
      stderr: `crm: crm today --team shows the whole team's dossiers: a manager's view, and you (${anna}) are a rep; crm today shows yours\n`,
      code: 2,
    });
    expect(crm(as(anna), ['today', '--for', piotr], '2026-12-04').code).toBe(2);
    const all = ok(as(ewa), ['today', '--team'], '2026-12-04').stdout;
    expect(all).toMatch(/kowalski {2}Jan Kowalski {2}for Piotr Wilk/);
    expect(all).toMatch(/nowak {2}Adam Nowak {2}for Anna Nowak/);
    const his = JSON.parse(ok(as(ewa), ['today', '--for', piotr, '--json'], '2026-12-04').stdout) as { stack: { handle: string; owner: string }[] };
    expect(his.stack.map((d) => [d.handle, d.owner])).toEqual([
      ['kowalski', piotr],
      ['zielinski', piotr],
    ]);
  });

  it('crm assign: a manager gives a dossier for good, one change that undo takes back; a rep may not', () => {
    expect(crm(as(anna), ['assign', 'kowalski', '--to', anna]).code).toBe(2);
    expect(ok(as(ewa), ['assign', 'kowalski', '--to', anna]).stdout).toBe(`Gave 1 dossier to ${anna}: kowalski (from ${piotr}).\n`);
    expect(owners()).toContain(`kowalski=${anna}`);
    expect(psql(`SELECT made_by || ' ' || made_for || ' ' || changes FROM "${schema}".entry WHERE kind = 'assigned'`).trim()).toBe(`${ewa} ${piotr} {"owner":{"from":"${piotr}","to":"${anna}"}}`);
    expect(ok(as(anna), ['show', 'kowalski']).stdout).toMatch(new RegExp(`assigned  owner: ${piotr} → ${anna}`));
    ok(as(ewa), ['undo']);
    expect(owners()).toContain(`kowalski=${piotr}`);
    expect(crm(as(ewa), ['assign', 'kowalski', '--to', fixture.login('nobody')])).toMatchObject({ stdout: '', code: 2 });
  });

  it('two people logging one client at once: both calls kept, the later filing wins, and the later one is told who refiled it', async () => {
    ok(as(piotr), ['file', 'duda', '4', '--name', 'Ewa Duda']);
    const session = spawnCrmInPty(['log', 'duda'], { env: { HOME: fixture.home(), CRM_DB: as(piotr), CRM_TODAY: TODAY }, cols: 160, rows: 30 });
    try {
      await session.expect('What was said with Ewa Duda?');
      // Meanwhile the manager calls the same client and refiles it to the 9th.
      ok(as(ewa), ['log', 'duda', '--note', 'manager: price agreed', '--outcome', 'reached', '--next', '9']);
      session.send('sends the order', key.enter);
      await session.expect('How did it end?');
      await choose(session, 'reached');
      await session.expect('Next contact');
      session.send('11', key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }
    expect(session.screen).toContain(`Meanwhile a colleague (${ewa}) refiled duda (from Fri 4 Dec to Wed 9 Dec); this change was made from there`);
    expect(psql(`SELECT e.note || ' by ' || e.made_by FROM "${schema}".entry e JOIN "${schema}".dossier d ON d.id = e.dossier_id WHERE d.handle = 'duda' AND e.kind = 'call' ORDER BY e.id`).trim().split('\n')).toEqual([
      `manager: price agreed by ${ewa}`,
      `sends the order by ${piotr}`,
    ]);
    expect(psql(`SELECT filed_on FROM "${schema}".dossier WHERE handle = 'duda'`).trim()).toBe('2026-12-11');
  });

  it('crm team remove --to: their dossiers go to a colleague, their history stays theirs, they see nothing after', () => {
    const leaving = fixture.login('leo');
    ok(url, ['team', 'add', leaving, '--name', 'Leo Kot']);
    try {
      ok(as(leaving), ['file', 'kot', '4', '--name', 'Kamil Kot']);
      ok(as(leaving), ['log', 'kot', '--note', 'first call', '--outcome', 'reached', '--next', '7']);
      expect(crm(as(ewa), ['team', 'remove', leaving]).stderr).toBe(`crm: crm team remove ${leaving} needs whom their dossiers go to: crm team remove ${leaving} --to <login>\n`);
      expect(ok(as(ewa), ['team', 'remove', leaving, '--to', anna]).stdout).toBe(`${leaving} has left the team: 1 dossier given to ${anna}; their history stays theirs.\n`);
      expect(owners()).toContain(`kot=${anna}`);
      expect(psql(`SELECT made_by FROM "${schema}".entry WHERE note = 'first call'`).trim()).toBe(leaving);
      expect(JSON.parse(ok(as(leaving), ['find', 'kot', '--json']).stdout)).toMatchObject({ dossiers: [] });
      expect(psql(`SELECT removed_to FROM "${schema}".person WHERE login = '${leaving}'`).trim()).toBe(anna);
    } finally {
      psql(`DROP OWNED BY ${leaving}; DROP ROLE IF EXISTS ${leaving}`);
    }
  });
});
