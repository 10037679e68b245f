// Issue 17, part 3: the manager's morning view, crm team, in Polish on a team's binder (server
// only): the column titles, the load bar line, the header and the over-capacity note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crmWith, type Result } from './cli.js';
import { ON_SERVER } from './server-binder.js';
import { teamBinder } from './team-binder.js';

const TODAY = '2026-12-03';

describe.skipIf(!ON_SERVER)('crm team in Polish (server binders only)', () => {
  const fixture = teamBinder();
  const { as } = fixture;
  const anna = fixture.login('anna');
  const ewa = fixture.login('ewa');
  const crm = (binder: string, args: string[], language = 'pl'): Result =>
    crmWith(args, { PATH: process.env.PATH, HOME: fixture.home(), CRM_DB: binder, CRM_TODAY: TODAY, CRM_LANG: language, TZ: process.env.TZ }, { spawn: true });

  beforeAll(() => {
    fixture.open(
      [
        { name: 'ewa', fullName: 'Ewa Lis', manager: true },
        { name: 'anna', fullName: 'Anna Nowak' },
      ],
      TODAY,
    );
    expect(crm(as(ewa), ['config', 'capacity', '4', '--team'], 'en').code).toBe(0);
    // Anna: five in today's stack, against 4.
    for (const n of [1, 2, 3, 4, 5]) expect(crm(as(anna), ['file', `anna${n}`, 'today', '--name', `Klient ${n}`], 'en').code).toBe(0);
  });
  afterAll(() => fixture.close());

  it('the column titles, the load bar and the notes are Polish; exit 0', () => {
    const result = crm(as(ewa), ['team']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    // Three: the binder's admin (root, who made it), ewa and anna.
    expect(lines[0]).toMatch(/^Zespół · .+ · 3 osoby · limit zespołu 4 dziennie$/);
    expect(lines[2]).toMatch(/^Osoba +Stos na dziś +Zaległe +Niedotrzymane +Reklamacje +Telefony +Tydzień +Nieobecność \/ zastępstwo$/);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^Anna Nowak \\(${anna}\\) +██████████ 5/4 +0 +0 +0 +0 +0$`)));
    expect(lines).toContain('1 osoba ponad limit: crm today --for <login> pokazuje stos tej osoby; crm assign lub crm handover go odciąży.');
    expect(lines).toContain(
      'Niedotrzymane: nasze obietnice po terminie; reklamacje: otwarte po terminie; telefony: zapisane dziś i w tym tygodniu. crm team --week: tydzień dzień po dniu.',
    );
  });

  it('crm team --json is the same bytes in Polish as in English', () => {
    expect(crm(as(ewa), ['team', '--json']).stdout).toBe(crm(as(ewa), ['team', '--json'], 'en').stdout);
  });
});
