// What a user runs: crm with no CRM_TODAY and no CRM_DB. Every other test fixes both (a fixed today,
// a binder in a temp folder), so a crm that read a fixed date instead of the clock, or looked for
// its binder somewhere other than ~/.local/share/crm, would pass all of them. These spawn the built
// CLI with neither set and check it against the clock and the file system, not against crm's code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CRM, dumpBinder, type Result } from './cli.js';
import type { ShowJson, TodayJson } from './support.js';

/** Runs the built crm with exactly `env`: nothing of the test process's environment leaks in. */
function crm(args: string[], env: Record<string, string>): Result {
  const result = spawnSync(process.execPath, [CRM, ...args], { encoding: 'utf8', input: '', env, timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

function ran(result: Result, what: string): string {
  expect(result.code, `${what}: ${result.stderr}`).toBe(0);
  expect(result.stderr, what).toBe('');
  return result.stdout;
}

/** The calendar date now in `timeZone`, by the platform's own time zone data, as YYYY-MM-DD. */
function dateIn(timeZone: string): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'crm-clock-'));
});
afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

// UTC+14 and UTC-11 are 25 hours apart, so at any moment their dates differ: a crm that took the
// date in UTC, or from one fixed zone, or a fixed date, is wrong in at least one of them.
describe.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])('without CRM_TODAY, with TZ=%s', (zone) => {
  it("today is the local calendar date of the clock, and what is filed today is stamped and filed on it", () => {
    const env = { PATH: process.env.PATH ?? '', HOME: home, CRM_DB: join(home, 'binder.db'), TZ: zone };
    // A run that spans local midnight may see either date; each check accepts the date before or after it.
    const before = dateIn(zone);
    const today = JSON.parse(ran(crm(['today', '--json'], env), 'crm today --json')) as TodayJson;
    ran(crm(['file', 'acme', 'today', '--name', 'Anna Nowak'], env), 'crm file acme today');
    const shown = JSON.parse(ran(crm(['show', 'acme', '--json'], env), 'crm show acme --json')) as ShowJson;
    const after = dateIn(zone);

    const dates = new Set([before, after]);
    expect(dates, `crm today said ${today.date}`).toContain(today.date);
    expect(dates, `filed on ${String(shown.filedOn)}`).toContain(shown.filedOn);
    expect(dates, `created ${shown.createdAt}`).toContain(shown.createdAt.slice(0, 10));
  });
});

describe('without CRM_DB and XDG_DATA_HOME', () => {
  it('the binder is $HOME/.local/share/crm/binder.db, made with its folders on the first change, and found there again', () => {
    const env = { PATH: process.env.PATH ?? '', HOME: home, CRM_TODAY: '2026-11-23', TZ: 'UTC' };
    const binder = join(home, '.local', 'share', 'crm', 'binder.db');
    expect(existsSync(binder)).toBe(false);
    ran(crm(['file', 'acme', '25', '--name', 'Anna Nowak'], env), 'crm file acme 25');
    expect(existsSync(binder), `${binder} exists`).toBe(true);
    // The file itself holds the dossier, read without crm.
    expect(dumpBinder(binder)).toMatch(/"acme".*"Anna Nowak"/);
    const shown = JSON.parse(ran(crm(['show', 'acme', '--json'], env), 'crm show acme --json')) as ShowJson;
    expect(shown).toMatchObject({ handle: 'acme', name: 'Anna Nowak', filedOn: '2026-11-25' });
  });
});
