// Bad input is refused with one line that says what to type, exit 2, and nothing written;
// unexpected failures exit 1; the binder file is created only by a write, owner-only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CRM, openDatabase, tempBinder, type Binder } from './cli.js';
import { ON_SERVER, psql } from './server-binder.js';
import { binderFiles, binderWhere, ESC, ok, refused, seed } from './support.js';

let binder: Binder;
beforeEach(() => {
  binder = tempBinder('2026-11-23');
});
afterEach(() => {
  binder.remove();
});

/** Bad input, each with what the one line on stderr must mention. */
const BAD_INPUT: { what: string; args: string[]; mentions: string[] }[] = [
  { what: 'an unknown date form', args: ['file', 'acme', 'someday'], mentions: ['someday', 'jul 5', 'tomorrow'] },
  { what: 'a day number past 31', args: ['file', 'acme', '32'], mentions: ['32'] },
  { what: 'a day a month never has', args: ['file', 'acme', 'feb 30'], mentions: ['feb 30'] },
  { what: 'a date not on the calendar', args: ['file', 'acme', '2026-02-30'], mentions: ['2026-02-30'] },
  { what: 'a date in the past', args: ['file', 'acme', '2026-11-20'], mentions: ['2026-11-20'] },
  { what: 'a missing date', args: ['file', 'acme'], mentions: ['when', 'crm file --help'] },
  { what: 'a missing client', args: ['file'], mentions: ['client', 'crm file --help'] },
  { what: 'a bad priority', args: ['file', 'acme', '8', '--priority', 'Z'], mentions: ['--priority', 'A, B or C'] },
  { what: 'a bad e-mail', args: ['file', 'acme', '8', '--email', 'not-an-address'], mentions: ['--email', 'not-an-address'] },
  { what: 'a phone without digits', args: ['file', 'acme', '8', '--phone', 'call me'], mentions: ['--phone'] },
  { what: 'an empty name', args: ['file', 'newbie', '8', '--name', ' '], mentions: ['--name'] },
  { what: 'an option without its value', args: ['file', 'acme', '8', '--note'], mentions: ['--note'] },
  { what: 'an unknown option', args: ['file', 'acme', '8', '--colour', 'red'], mentions: ['--colour', 'crm file --help'] },
  { what: 'a new handle that is not one word', args: ['file', 'two words', '8', '--name', 'Two Words'], mentions: ['two words'] },
  { what: 'a new client without a name', args: ['file', 'newbie', '8'], mentions: ['newbie', '--name'] },
  { what: 'an unknown client', args: ['show', 'nobody'], mentions: ['nobody'] },
  { what: 'an unknown divider', args: ['open', 'soon'], mentions: ['soon'] },
  { what: 'a missing divider', args: ['open'], mentions: ['divider', 'crm open --help'] },
  { what: 'an unknown command', args: ['flie', 'acme', '8'], mentions: ['flie', 'crm --help'] },
  { what: 'an extra argument', args: ['today', 'please'], mentions: ['crm today --help'] },
  { what: 'an unknown setting', args: ['config', 'colour', 'red'], mentions: ['colour'] },
  { what: 'a bad capacity', args: ['config', 'capacity', 'lots'], mentions: ['lots'] },
];

describe('bad input on a binder with dossiers: exit 2, one line, binder unchanged', () => {
  // Every test here must leave the binder as it was, so they can share it.
  let seeded: Binder;
  beforeAll(() => {
    seeded = tempBinder('2026-11-23');
    seed(seeded, 'acme', '8', 'Anna Nowak', ['--company', 'Acme Ltd'], '2026-11-16');
  });
  afterAll(() => {
    seeded.remove();
  });

  it.each(BAD_INPUT)('$what: crm $args', ({ args, mentions }) => {
    const { stderr } = refused(seeded, args);
    for (const text of mentions) expect(stderr).toContain(text);
  });

  it('bad input with --json prints no JSON at all', () => {
    refused(seeded, ['show', 'nobody', '--json']);
    refused(seeded, ['open', 'soon', '--json']);
    refused(seeded, ['file', 'acme', 'someday', '--json']);
  });

  it('a date form checked before anything is changed: card options are not applied either', () => {
    refused(seeded, ['file', 'acme', 'someday', '--phone', '+48 601 234 567', '--note', 'called']);
    refused(seeded, ['file', 'acme', '9', '--priority', 'Q', '--note', 'called']);
  });
});

describe('bad input as the first command: no binder file is created', () => {
  // The commands that write (read commands never create a binder: see below).
  it.each(BAD_INPUT.filter(({ args }) => args[0] === 'file' || args[0] === 'config'))('$what: crm $args', ({ args }) => {
    refused(binder, args);
    expect(binderFiles(binder)).toEqual([]);
  });

  it('not even a folder for the binder', () => {
    const nested = join(binder.dir, 'new', 'folder', 'binder.db');
    const result = binder.crm(['file', 'acme', 'someday', '--name', 'Anna Nowak'], { env: { CRM_DB: nested } });
    expect(result.code).toBe(2);
    expect(existsSync(nested)).toBe(false);
    expect(existsSync(join(binder.dir, 'new'))).toBe(false);
  });
});

describe('an ambiguous client', () => {
  beforeEach(() => {
    seed(binder, 'anna', '8', 'Anna Nowak', ['--company', 'Acme Ltd']);
    seed(binder, 'annab', '9', 'Anna Berg', ['--company', 'Berg AB']);
    seed(binder, 'hanna', '10', 'Hanna Kowalska', ['--company', 'Annapurna Trading']);
  });

  it('is listed by handle, name and company; exit 2; nothing done', () => {
    const { stderr } = refused(binder, ['file', 'ann', '25', '--note', 'which one?'], { lines: 4 });
    expect(stderr.split('\n')[0]).toContain('ann');
    for (const text of ['anna', 'Anna Nowak', 'Acme Ltd', 'annab', 'Anna Berg', 'Berg AB', 'hanna', 'Hanna Kowalska', 'Annapurna Trading']) {
      expect(stderr).toContain(text);
    }
  });

  it('is refused by show too, and --name does not open a new dossier instead', () => {
    refused(binder, ['show', 'ANN'], { lines: 4 });
    refused(binder, ['file', 'ann', '25', '--name', 'Ann Other'], { lines: 4 });
  });

  it('while the exact handle still wins', () => {
    ok(binder, ['file', 'anna', '25']);
    expect(binder.json<{ filedOn: string }>(['show', 'anna']).filedOn).toBe('2026-11-25');
    expect(binder.json<{ filedOn: string }>(['show', 'annab']).filedOn).toBe('2026-12-09');
  });
});

describe('CRM_TODAY', () => {
  it('refuses a value that is not a date, writing nothing', () => {
    const { stderr } = refused(binder, ['file', 'acme', '8', '--name', 'Anna Nowak'], { today: '23.11.2026' });
    expect(stderr).toContain('CRM_TODAY');
    expect(stderr).toContain('YYYY-MM-DD');
    refused(binder, ['today'], { today: '2026-02-30' });
  });
});

describe('unexpected failures', () => {
  it('exit 1 with one line and a pointer to --debug, which shows where', () => {
    seed(binder, 'acme', '8', 'Anna Nowak');
    // A binder whose history table has gone: not something the user typed.
    if (ON_SERVER) psql(`DROP TABLE "${binder.schema}".entry CASCADE`);
    else {
      const db = openDatabase(binder.db);
      db.exec('DROP TABLE entry');
      db.close();
    }
    const result = binder.crm(['show', 'acme']);
    if (ON_SERVER) {
      // The server's answer (a relation that is not there) is the binder that cannot be used, as
      // every SQLSTATE it answers with is: exit 3, one line naming the binder and the SQLSTATE.
      expect(result.code).toBe(3);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(binderWhere(binder));
      expect(result.stderr).toContain('SQLSTATE 42P01');
      return;
    }
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^crm: /);
    expect(result.stderr).toContain('--debug');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    const debug = binder.crm(['--debug', 'show', 'acme']);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/^\s+at /m);
  });
});

describe('a file that is not a binder', () => {
  it.skipIf(ON_SERVER)('is refused and left as it was', () => {
    writeFileSync(binder.db, 'my shopping list\n');
    const result = binder.crm(['file', 'acme', '8', '--name', 'Anna Nowak']);
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(binder.db);
    expect(readFileSync(binder.db, 'utf8')).toBe('my shopping list\n');
  });
});

describe('a schema on a server that is not a binder', () => {
  // The server's counterpart of a file that is not a binder: a schema holding another program's table.
  it.runIf(ON_SERVER)('is refused and left as it was', () => {
    const schema = `"${binder.schema}"`;
    psql(`DROP SCHEMA ${schema} CASCADE; CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.shopping_list (item text); INSERT INTO ${schema}.shopping_list VALUES ('milk')`);
    const result = binder.crm(['file', 'acme', '8', '--name', 'Anna Nowak']);
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(binderWhere(binder));
    expect(result.stderr).toContain('shopping_list');
    expect(psql(`SELECT string_agg(table_name, ',') FROM information_schema.tables WHERE table_schema = '${binder.schema}'`).trim()).toBe('shopping_list');
    expect(psql(`SELECT item FROM ${schema}.shopping_list`)).toBe('milk\n');
  });
});

describe('where the binder lives and who may read it', () => {
  it('--db wins over CRM_DB', () => {
    const other = join(binder.dir, 'other.db');
    seed(binder, 'acme', '8', 'Anna Nowak', ['--db', other]);
    expect(existsSync(other)).toBe(true);
    expect(binderFiles(binder)).toEqual([]);
    expect(ok(binder, ['--db', other, 'show', 'acme'])).toContain('Anna Nowak');
  });

  it('defaults to $XDG_DATA_HOME/crm/binder.db, created owner-only', () => {
    const xdg = join(binder.dir, 'xdg');
    mkdirSync(xdg);
    ok(binder, ['today'], { env: { CRM_DB: '', XDG_DATA_HOME: xdg } });
    expect(readdirSync(xdg)).toEqual([]);
    ok(binder, ['file', 'berg', '9', '--name', 'Bo Berg'], { env: { CRM_DB: '', XDG_DATA_HOME: xdg } });
    const file = join(xdg, 'crm', 'binder.db');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(xdg, 'crm')).mode & 0o077).toBe(0);
  });

  // A file's mode: a server binder has none (the server's roles and grants say who reads it).
  it.skipIf(ON_SERVER)('is created 0600 even when the umask would allow more', () => {
    const result = spawnSync('/bin/sh', ['-c', 'umask 000; exec "$0" "$@"', process.execPath, CRM, 'file', 'acme', '8', '--name', 'Anna Nowak'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: '2026-11-23' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(statSync(binder.db).mode & 0o777).toBe(0o600);
  });

  it('is not created by any read command on a missing binder', () => {
    for (const args of [['today'], ['today', '--json'], ['binder'], ['binder', '--json'], ['open', '8'], ['open', 'jul', '--json'], ['find', 'anna'], ['config'], ['config', '--json'], ['config', 'capacity']]) {
      ok(binder, args);
    }
    refused(binder, ['show', 'acme']);
    expect(existsSync(binder.dir) && readdirSync(binder.dir)).toEqual([]);
  });
});

describe('colour', () => {
  it('is never used without a terminal, also in errors', () => {
    seed(binder, 'acme', 'today', 'Anna Nowak', ['--priority', 'A', '--note', 'hello']);
    for (const env of [{ NO_COLOR: '1' }, { FORCE_COLOR: '3' }]) {
      for (const args of [['today'], ['show', 'acme'], ['--no-color', 'binder']]) {
        expect(ok(binder, args, { env })).not.toContain(ESC);
      }
      expect(binder.crm(['show', 'nobody'], { env }).stderr).not.toContain(ESC);
    }
  });

  it('stored control characters are not passed to the terminal', () => {
    seed(binder, 'acme', '8', 'Anna Nowak', ['--notes', `red ${ESC}[31malert${ESC}[0m`, '--note', `title ${ESC}]0;pwned\u0007`]);
    for (const args of [['show', 'acme'], ['find', 'anna'], ['open', '8']]) expect(ok(binder, args)).not.toContain(ESC);
    expect(binder.json<{ notes: string }>(['show', 'acme']).notes).toBe(`red ${ESC}[31malert${ESC}[0m`);
  });

  it('a bidi override left open in a name does not turn the rest of the line around; Persian and Hebrew print as typed', () => {
    seed(binder, 'spoof', '8', 'Anna \u202eNowak', ['--company', 'Acme \u2066Ltd']);
    seed(binder, 'rahimi', '8', 'مهسا می\u200cرحیمی', ['--company', 'שלום בע״מ']);
    for (const args of [['show', 'spoof'], ['find', 'acme'], ['open', '8'], ['today']]) {
      const out = ok(binder, args, { today: '2026-12-08' });
      expect(out, `crm ${args.join(' ')}`).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    }
    const stack = ok(binder, ['today'], { today: '2026-12-08' });
    expect(stack).toContain('Anna \uFFFDNowak');
    expect(stack).toContain('مهسا می\u200cرحیمی');
    expect(stack).toContain('שלום בע״מ');
    expect(binder.json<{ name: string }>(['show', 'spoof']).name).toBe('Anna \u202eNowak');
  });
});

describe('--help', () => {
  it.each(['today', 'file', 'show', 'binder', 'open', 'find', 'config'])('crm %s --help shows examples and exits 0', (command) => {
    const out = ok(binder, [command, '--help']);
    expect(out).toContain(`crm ${command}`);
    expect(out).toContain('Examples:');
    expect(out).toContain(`$ crm ${command}`);
  });

  it('crm --help lists every command, with examples', () => {
    const out = ok(binder, ['--help']);
    for (const command of ['today', 'file', 'show', 'binder', 'open', 'find', 'config']) expect(out).toContain(command);
    expect(out).toContain('Examples:');
    expect(binderFiles(binder)).toEqual([]);
  });
});
