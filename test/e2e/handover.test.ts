// crm handover, crm handover back and crm handovers (issue 16), as spawned processes: on a team's
// binder with real logins (two reps and a manager, and a third rep for the refusals), and on a binder
// file, where each says in one line that it needs a team's binder (exit 2) and writes nothing.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { teamBinder } from './team-binder.js';
import { CRM, crmWith, type Result } from './cli.js';
import { ON_SERVER, psql } from './server-binder.js';

/** A Thursday: the handovers run until Friday 4 December. */
const TODAY = '2026-12-03';

// A story told in order on one team binder (each step starts where the one before left it):
// its tests are not shuffled, whatever CI does with the others.
describe.skipIf(!ON_SERVER)('crm handover on a team binder (server binders only)', { shuffle: false }, () => {
  const fixture = teamBinder();
  const { schema, as } = fixture;
  const anna = fixture.login('anna');
  const piotr = fixture.login('piotr');
  const ewa = fixture.login('ewa');
  const ola = fixture.login('ola');
  const nobody = fixture.login('nobody');
  /** The environment of a run on `today`, or at the moment `now` (CRM_NOW: history stamps to the minute). */
  const env = (binder: string, today: string, now?: string): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    HOME: fixture.home(),
    CRM_DB: binder,
    TZ: process.env.TZ,
    ...(now === undefined ? { CRM_TODAY: today } : { CRM_NOW: now }),
  });
  const crm = (login: string, args: string[], today = TODAY, now?: string): Result => crmWith(args, env(as(login), today, now), { spawn: true });
  const ok = (login: string, args: string[], today = TODAY, now?: string): Result => {
    const result = crm(login, args, today, now);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return result;
  };
  /** A refusal: nothing on stdout, one line on stderr, exit 2. */
  const refused = (login: string, args: string[], line: string, today = TODAY) => expect(crm(login, args, today)).toEqual({ stdout: '', stderr: `crm: ${line}\n`, code: 2 });
  const rows = (sql: string) => psql(sql).trim().split('\n').filter(Boolean);
  const handoverRows = () => rows(`SELECT owner || '>' || delegate || ' ' || starts || '..' || until || ' ' || coalesce(ended_by, 'open') FROM "${schema}".handover ORDER BY id`);
  const stackOf = (login: string, today: string) => (JSON.parse(ok(login, ['today', '--json'], today).stdout) as { stack: { handle: string; owner?: string }[] }).stack.map((d) => `${d.handle}${d.owner ? ` for ${d.owner}` : ''}`);

  beforeAll(() => {
    fixture.open(
      [
        { name: 'ewa', fullName: 'Ewa Lis', manager: true },
        { name: 'anna', fullName: 'Anna Nowak' },
        { name: 'piotr', fullName: 'Piotr Wilk' },
        { name: 'ola', fullName: 'Ola Kot' },
      ],
      TODAY,
    );
    ok(piotr, ['file', 'zielinski', '4', '--name', 'Olek Zieliński', '--position', 'buyer', '--phone', '+48 602 111 222', '--address', 'Panie Olku'], '2026-11-30');
    ok(piotr, ['log', 'zielinski', '--note', 'wants 40 units', '--outcome', 'offer-sent', '--offer', '40 units at 12 PLN', '--next', '4'], TODAY, '2026-12-01T11:30');
    ok(piotr, ['file', 'wrobel', 'dec 10', '--name', 'Ewa Wróbel']);
    ok(piotr, ['promise', 'wrobel', 'send the price list', '--by', 'fri']);
    // Filed last: piotr's last change is on a dossier anna works on (his undo must then refuse).
    ok(piotr, ['file', 'kowalski', '2', '--name', 'Jan Kowalski', '--company', 'Kowalski sp. z o.o.', '--phone', '+48 601 234 567', '--notes', 'prefers mornings'], '2026-11-30');
    ok(anna, ['file', 'nowak', '4', '--name', 'Adam Nowak']);
    ok(ola, ['file', 'lis', '4', '--name', 'Lis <b>& Syn</b>', '--company', 'Lis & Syn']);
  });

  // A test that failed half-way leaves no handover open for the next.
  afterEach(() => {
    psql(`UPDATE "${schema}".handover SET ended_at = 'test', ended_by = 'test' WHERE ended_at IS NULL`);
  });

  afterAll(() => fixture.close());

  it('piotr hands his stack to anna until Friday: the sheet, her stack, her work by her for him, gone from Saturday, his undo refused, the report', () => {
    expect(ok(piotr, ['handover', anna, '--until', 'fri']).stdout).toBe(`Handover: Piotr Wilk's stack to Anna Nowak
Thu 3 Dec 2026 to Fri 4 Dec 2026 (2 working days) · 2 dossiers due, 1 of them overdue
The whole stack: 3 dossiers.
Anna Nowak sees them in crm today, marked "for Piotr Wilk", until Fri 4 Dec 2026; crm handover back gives them back earlier.

Thu 3 Dec 2026 (today) · 1 dossier, 1 overdue
1  kowalski  Jan Kowalski  priority B, 1 day overdue
   Who:   Kowalski sp. z o.o.
   Phone: +48 601 234 567 (work)
   Last:  no conversation yet
   Notes: prefers mornings

Fri 4 Dec 2026 · 1 dossier
1  zielinski  Olek Zieliński  priority B
   Who:        buyer
   Phone:      +48 602 111 222 (work)
   Address as: Panie Olku
   Last:       call, Tue 1 Dec → offer-sent: wants 40 units
   Offer:      40 units at 12 PLN

Also due in the period, on dossiers filed later
  wrobel (Ewa Wróbel): our promise by Fri 4 Dec: send the price list
`);
    expect(handoverRows()).toEqual([`${piotr}>${anna} 2026-12-03..2026-12-04 open`]);
    expect(psql(`SELECT made_by FROM "${schema}".handover`).trim()).toBe(piotr);

    // Thursday: his overdue dossier in her stack, marked; Friday: his and hers.
    expect(stackOf(anna, TODAY)).toEqual([`kowalski for ${piotr}`]);
    expect(ok(anna, ['today']).stdout).toMatch(/kowalski {2}Jan Kowalski · Kowalski sp\. z o\.o\. {2}for Piotr Wilk {2}1 day overdue/);
    ok(anna, ['log', 'kowalski', '--note', 'wants a discount', '--outcome', 'callback', '--next', 'mon'], TODAY, '2026-12-03T10:15');
    ok(anna, ['promise', 'kowalski', 'send the discount', '--by', 'mon'], TODAY, '2026-12-03T10:16');
    expect(stackOf(anna, '2026-12-04')).toEqual(['nowak', `zielinski for ${piotr}`]);
    ok(anna, ['log', 'zielinski', '--note', 'no answer', '--outcome', 'no-answer', '--next', 'dec 9'], '2026-12-04', '2026-12-04T09:05');
    ok(anna, ['log', 'nowak', '--note', 'her own client', '--outcome', 'reached', '--next', 'dec 11'], '2026-12-04', '2026-12-04T09:10');

    // Recorded by anna for piotr, to the server too; her own client's call for herself.
    expect(rows(`SELECT d.handle || ' ' || e.kind || ' ' || e.made_by || ' ' || e.made_for FROM "${schema}".entry e JOIN "${schema}".dossier d ON d.id = e.dossier_id WHERE e.made_by = '${anna}' AND d.handle <> 'nowak' ORDER BY e.id`)).toEqual([
      `kowalski call ${anna} ${piotr}`,
      `kowalski filed ${anna} ${piotr}`,
      `kowalski promised ${anna} ${piotr}`,
      `zielinski call ${anna} ${piotr}`,
      `zielinski filed ${anna} ${piotr}`,
    ]);
    expect(psql(`SELECT DISTINCT made_for FROM "${schema}".entry e JOIN "${schema}".dossier d ON d.id = e.dossier_id WHERE d.handle = 'nowak'`).trim()).toBe(anna);

    // piotr's last change (filing kowalski) cannot be taken back over her work: exit 2, nothing written.
    const entries = psql(`SELECT count(*) FROM "${schema}".entry`);
    const undo = crm(piotr, ['undo'], '2026-12-04');
    expect(undo.stdout).toBe('');
    expect(undo.stderr).toMatch(new RegExp(`^crm: crm undo would take back your change "new dossier kowalski \\(Jan Kowalski\\) filed on 2026-12-02" \\(2026-11-30 \\d\\d:\\d\\d\\), but ${anna} has written on kowalski since \\(first at 2026-12-03 10:15\\); nothing was written\\.`));
    expect(undo.code).toBe(2);
    expect(psql(`SELECT count(*) FROM "${schema}".entry`)).toBe(entries);

    // From Saturday his dossiers are gone from her stack, though the handover is not ended yet.
    expect(stackOf(anna, '2026-12-05')).toEqual([]);
    expect(crm(anna, ['today', '--for', piotr], '2026-12-05').code).toBe(2);
    expect(JSON.parse(ok(anna, ['whoami', '--json'], '2026-12-05').stdout)).toMatchObject({ holding: [] });
    expect(stackOf(anna, '2026-12-07')).toEqual([]);
    expect(stackOf(piotr, '2026-12-07')).toEqual(['kowalski']);
    expect(crm(anna, ['today', '--for', piotr], '2026-12-07').code).toBe(2);
    expect(ok(anna, ['handovers'], '2026-12-07').stdout).toBe(`Piotr Wilk → Anna Nowak  Thu 3 Dec – Fri 4 Dec  past its date, not yet given back\n`);

    // Monday: piotr takes it back, past its date, and reads exactly her work for him.
    expect(ok(piotr, ['handover', 'back'], '2026-12-07').stdout).toBe(`Piotr Wilk's stack is back from Anna Nowak: handed over Thu 3 Dec until Fri 4 Dec, given back by Piotr Wilk today, past its last day (Fri 4 Dec).
What Anna Nowak did for Piotr Wilk: 2 conversations (1 callback, 1 no-answer), 2 refilings, 1 promise made.

kowalski  Jan Kowalski  now filed on Mon 7 Dec
  Thu 3 Dec 2026 10:15  call      wants a discount  → callback
  Thu 3 Dec 2026 10:15  filed     Wed 2 Dec 2026 → Mon 7 Dec 2026
  Thu 3 Dec 2026 10:16  promised  our promise by 2026-12-07: send the discount

zielinski  Olek Zieliński  now filed on Wed 9 Dec
  Fri 4 Dec 2026 09:05  call      no answer  → no-answer
  Fri 4 Dec 2026 09:05  filed     Fri 4 Dec 2026 → Wed 9 Dec 2026
`);
    expect(handoverRows()).toEqual([`${piotr}>${anna} 2026-12-03..2026-12-04 ${piotr}`]);
    expect(ok(piotr, ['handovers'], '2026-12-07').stdout).toMatch(new RegExp(`^Piotr Wilk → Anna Nowak  Thu 3 Dec – Fri 4 Dec  given back by Piotr Wilk on Mon 7 Dec at \\d\\d:\\d\\d\\n$`));
    // Ended, the server keeps her out as well: psql as anna sees none of his dossiers.
    expect(psql(`SET ROLE ${anna}; SELECT count(*) FROM "${schema}".dossier WHERE owner = '${piotr}'`).trim()).toBe('0');
    refused(piotr, ['handover', 'back'], `your stack is not handed over and you hold nobody's (you are ${piotr}); crm handovers lists past and present ones`, '2026-12-07');
  });

  it('refuses, in one line and exit 2 with nothing written: two at once, chains, bad dates, wrong people', async () => {
    const before = handoverRows();
    refused(ola, ['handover', anna], `crm handover needs the last day ${anna} holds the stack: crm handover ${anna} --until fri`);
    refused(ola, ['handover', anna, '--until', '2026-12-01'], '2026-12-01 is in the past; a handover runs from today to its last day: --until fri, --until +2w, --until 2026-12-10');
    refused(ola, ['handover', anna, '--until', 'jan'], '"jan" is a whole month, and a handover ends on a day; type that day: "jan 31", fri, +2w');
    refused(ola, ['handover', anna, '--until', 'fri 15:00'], '"fri 15:00" has an hour, and a handover lasts whole days; type fri without the hour');
    expect(crm(ola, ['handover', anna, '--until', 'someday'])).toMatchObject({ stdout: '', code: 2 });
    refused(ola, ['handover', ola, '--until', 'fri'], `crm handover ${ola} names you: a stack goes to a colleague (crm team lists who is)`);
    refused(ola, ['handover', `${nobody}`, '--until', 'fri'], `${nobody} is not on the team, so cannot be given a stack; the team is ${[anna, ewa, ola, piotr].sort().join(', ')}, root (crm team add ${nobody} --name "..." adds them)`);
    refused(ola, ['handover', anna, '--from', piotr, '--until', 'fri'], `crm handover --from ${piotr} hands over ${piotr}'s stack: a manager's, and you (${ola}) are not one; crm handover <to> --until <when> hands over yours`);
    refused(ola, ['handover', anna, '--until', 'fri', '--only', 'zzzz'], `no dossier of ${ola}'s matches "zzzz"; nothing handed over (--only takes what crm find takes)`);
    refused(ola, ['handover', anna, '--until', 'fri', '-o', join(fixture.home(), 'sheet.txt')], `crm handover -o ${join(fixture.home(), 'sheet.txt')}: say the sheet's format, --format markdown or --format html (or name the file .md or .html)`);
    expect(handoverRows()).toEqual(before);

    // Two at once for one owner: one is made, the other refused in the same one line.
    const both = await Promise.all([anna, piotr].map((to) => spawned(['handover', to, '--until', 'fri', '--json'], env(as(ola), TODAY))));
    expect(both.map((r) => r.code).sort()).toEqual([0, 2]);
    const made = both.find((r) => r.code === 0) as Result;
    const other = both.find((r) => r.code === 2) as Result;
    const delegate = (JSON.parse(made.stdout) as { handover: { delegate: string } }).handover.delegate;
    expect(other).toEqual({ stdout: '', stderr: `crm: ${ola}'s stack is handed over to ${delegate} until 2026-12-04 already (one handover at a time); crm handover back ends it first\n`, code: 2 });
    expect(handoverRows()).toEqual([...before, `${ola}>${delegate} 2026-12-03..2026-12-04 open`]);

    // No chains: not to someone away, nor by someone holding another's stack (a manager neither).
    refused(ewa, ['handover', ola, '--until', 'fri'], `${ola} is away: their own stack is with ${delegate} until 2026-12-04, and a handover is not passed on (no chains); hand it to someone who is in`);
    const third = delegate === anna ? piotr : anna;
    refused(delegate, ['handover', third, '--until', 'fri'], `${delegate} holds ${ola}'s stack until 2026-12-04, and a handover is not passed on (no chains); give it back first (crm handover back --from ${ola})`);
    refused(ewa, ['handover', third, '--from', delegate, '--until', 'fri'], `${delegate} holds ${ola}'s stack until 2026-12-04, and a handover is not passed on (no chains); ${delegate} gives it back first (crm handover back --from ${ola})`);
    refused(third, ['handover', 'back', '--from', ola], `${ola}'s handover to ${delegate} is given back by ${ola}, by ${delegate} or by a manager, and you (${third}) are none of them`);
    refused(ola, ['handover', 'back', '--until', 'fri'], 'crm handover back takes --from and --json, not --until');

    // Past its date and not given back: still one per owner, and crm handover back says what to do.
    refused(ola, ['handover', third, '--until', 'fri'], `${ola}'s stack was handed over to ${delegate} until 2026-12-04, and not given back yet; crm handover back ends it (and reports ${delegate}'s work) first`, '2026-12-07');
    expect(handoverRows()).toEqual([...before, `${ola}>${delegate} 2026-12-03..2026-12-04 open`]);
    const back = JSON.parse(ok(delegate, ['handover', 'back', '--json'], '2026-12-07').stdout) as Record<string, unknown>;
    expect(back).toMatchObject({ handover: { owner: ola, delegate, endedBy: delegate }, pastItsDate: true, work: [], dossiers: [], counts: { conversations: 0, refilings: 0, promises: 0, other: 0 } });
    expect(handoverRows()).toEqual([...before, `${ola}>${delegate} 2026-12-03..2026-12-04 ${delegate}`]);
  });

  it('a manager hands over some of a stack (--only), the sheet to a file in Markdown or HTML; the delegate sees those alone', () => {
    ok(ola, ['file', 'kot', 'dec 11', '--name', 'Kamil Kot']);
    const md = join(fixture.home(), 'ola.md');
    expect(ok(ewa, ['handover', piotr, '--from', ola, '--until', 'fri', '--only', 'syn', '-o', md]).stdout).toBe(
      `Handed Ola Kot's stack (1 dossier, 1 due) over to Piotr Wilk until Fri 4 Dec; the handover sheet is in ${md}.\n`,
    );
    expect(psql(`SELECT h.only_what || ' ' || (h.only_ids = ARRAY[d.id])::text || ' ' || h.made_by FROM "${schema}".handover h, "${schema}".dossier d WHERE h.ended_at IS NULL AND d.handle = 'lis'`).trim()).toBe(`syn true ${ewa}`);
    expect(readFileSync(md, 'utf8')).toBe(`# Handover: Ola Kot's stack to Piotr Wilk

**Thu 3 Dec 2026 to Fri 4 Dec 2026 (2 working days) · 1 dossier due**

Only the dossiers matching "syn": 1.
*Piotr Wilk sees them in crm today, marked "for Ola Kot", until Fri 4 Dec 2026; crm handover back gives them back earlier.*

## Thu 3 Dec 2026 (today) · nothing due

## Fri 4 Dec 2026 · 1 dossier

### Lis \\<b\\>& Syn\\</b\\> (lis)

*priority B*

| | |
|---|---|
| **Who** | Lis & Syn |
| **Last** | no conversation yet |
`);
    // His stack on Friday holds lis of ola's, and no other of hers (kot was not chosen; the server hides it from him).
    expect(stackOf(piotr, '2026-12-04').filter((d) => d.endsWith(`for ${ola}`))).toEqual([`lis for ${ola}`]);
    expect(crm(piotr, ['show', 'kot']).code).toBe(2);
    const back = JSON.parse(ok(ewa, ['handover', 'back', '--from', ola, '--json']).stdout) as { handover: { endedBy: string; onlyWhat: string } };
    expect(back.handover).toMatchObject({ endedBy: ewa, onlyWhat: 'syn' });

    const html = join(fixture.home(), 'ola.html');
    ok(ola, ['handover', anna, '--until', 'fri', '-o', html]);
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(page).toContain('<h3><span dir="auto">Lis &#60;b&#62;&#38; Syn&#60;/b&#62;</span> <small><span dir="auto">lis</span> · priority B</small></h3>');
    expect(page).toContain('<tr><th>Who</th><td><span dir="auto">Lis &#38; Syn</span></td></tr>');
    expect(page).not.toContain('<b>');
    ok(ola, ['handover', 'back']);
  });
});

/** The built CLI started as a process that runs beside others (spawnSync waits for each in turn). */
function spawned(args: string[], env: NodeJS.ProcessEnv): Promise<Result> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [CRM, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', failed);
    child.on('close', (code) => done({ stdout, stderr, code }));
  });
}
