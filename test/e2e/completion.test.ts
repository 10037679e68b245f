// crm completion: the scripts it prints, sourced in a real bash (and zsh and fish when they are
// installed) and asked for completions, with crm itself on PATH answering for client handles.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATION_KINDS, OUTCOMES, PRIORITIES, STAGES } from '../../src/binder/dossier.js';
import { SETTING_KEYS } from '../../src/binder/settings.js';
import { CRM, openDatabase, tempBinder, type Binder } from './cli.js';
import { PtySession } from './pty.js';
import { ON_SERVER } from './server-binder.js';

type Shell = 'bash' | 'zsh' | 'fish';

interface Completion {
  value: string;
  description: string;
}

interface Run {
  /** The binder the completion asks for handles ($CRM_DB); the fixture's unless given. */
  db?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

// A deadline for a hung shell, not a measure of speed: generous, so a loaded machine never trips it.
const TIMEOUT = 60_000;
const HANDLES = ['acme', 'ashot', 'petrova', 'петров', 'արամ'];

function installed(shell: Shell): boolean {
  return spawnSync(shell, ['-c', 'exit 0'], { timeout: TIMEOUT }).status === 0;
}
const hasZsh = installed('zsh');
const hasFish = installed('fish');

// On a developer's machine a missing shell skips its tests; in CI (which installs both) it fails,
// so that a broken install can never pass as 56 quiet skips.
describe.runIf(process.env.CI === 'true')('the shells the completion tests need (CI)', () => {
  it('zsh is installed', () => expect(hasZsh, 'zsh is missing: apt-get install zsh').toBe(true));
  it('fish is installed', () => expect(hasFish, 'fish is missing: apt-get install fish').toBe(true));
});

/** The command names `crm --help` lists: what `crm <TAB>` must offer. */
function helpCommands(): string[] {
  const help = spawnSync(process.execPath, [CRM, '--help'], { encoding: 'utf8', timeout: TIMEOUT });
  const section = help.stdout.split('\nCommands:\n')[1]?.split('\n\n')[0] ?? '';
  return section
    .split('\n')
    .map((line) => /^ {2}(\S+)/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
}

function printed(result: SpawnSyncReturns<string>, what: string): string {
  if (result.error) throw result.error;
  expect(result.stderr, `${what}: stderr`).toBe('');
  expect(result.status, `${what}: exit code`).toBe(0);
  return result.stdout;
}

const values = (completions: Completion[]) => completions.map((c) => c.value.replace(/\/$/, '')).sort();

// ---------------------------------------------------------------------------------------------
// The fixture: a binder with clients in three scripts, and a `crm` on PATH that runs the built CLI

let binder: Binder;
/** Clients whose handles are typed otherwise than stored: Zo, zó and ПЕ. */
let folded: Binder;
let bin: string;
const scripts = {} as Record<Shell, string>;

beforeAll(() => {
  binder = tempBinder('2026-11-23');
  bin = join(binder.dir, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'crm'), `#!/bin/sh\nexec "${process.execPath}" "${CRM}" "$@"\n`, { mode: 0o755 });
  // петров first: a new handle may not begin a client's name, and "Петрова" begins with it.
  for (const [handle, day, name, ...more] of [
    ['петров', '11', 'Пётр Петров'],
    ['acme', '8', 'Anna Nowak', '--company', 'Acme'],
    ['petrova', '9', 'Ани Петрова'],
    ['ashot', '10', 'Աշոտ'],
    ['արամ', '12', 'Արամ Խաչատրյան'],
  ] as const) {
    printed(spawnSync(join(bin, 'crm'), ['file', handle, day, '--name', name, ...more], { encoding: 'utf8', env: env(), timeout: TIMEOUT }), `crm file ${handle}`);
  }
  // Two forms, for --form.
  for (const name of ['visit', 'callback']) {
    const file = join(binder.dir, `${name}.json`);
    writeFileSync(file, JSON.stringify({ name, fields: [{ key: 'remarks', label: 'Remarks', type: 'text' }] }));
    printed(spawnSync(join(bin, 'crm'), ['form', 'add', file], { encoding: 'utf8', env: env(), timeout: TIMEOUT }), `crm form add ${name}`);
  }
  folded = tempBinder('2026-11-23');
  for (const [handle, day, name] of [
    ['петрова', '9', 'Ани Петрова'],
    ['zolc', '10', 'Łukasz Żółć'],
    ['acme', '11', 'Anna Nowak'],
  ] as const) {
    printed(spawnSync(join(bin, 'crm'), ['file', handle, day, '--name', name], { encoding: 'utf8', env: env({ db: folded.db }), timeout: TIMEOUT }), `crm file ${handle}`);
  }
  for (const shell of ['bash', 'zsh', 'fish'] as const) {
    scripts[shell] = join(binder.dir, `crm.${shell}`);
    writeFileSync(scripts[shell], printed(spawnSync(process.execPath, [CRM, 'completion', shell], { encoding: 'utf8', timeout: TIMEOUT }), `crm completion ${shell}`));
  }
});

afterAll(() => {
  binder.remove();
  folded.remove();
});

function env(run: Run = {}): NodeJS.ProcessEnv {
  return {
    PATH: `${bin}:${process.env.PATH}`,
    HOME: binder.dir,
    CRM_DB: run.db ?? binder.db,
    CRM_TODAY: '2026-11-23',
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    TZ: process.env.TZ,
    ...run.env,
  };
}

/** A temp folder for one test, removed after it. */
function withDir<T>(body: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'crm-completion-'));
  try {
    return body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** withDir, for a body that waits. */
async function withDirAsync(body: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'crm-completion-'));
  try {
    await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Asking each shell

// What bash does on TAB, without a terminal: the words, the cursor at the end, then _crm.
const BASH_DRIVER = `source "$0" || exit 3
COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=\${#COMP_LINE}
_crm
(( \${#COMPREPLY[@]} )) && printf '%s\\n' "\${COMPREPLY[@]}"
exit 0`;

/** bash's completions for the words typed (the last one is being completed). */
function bashWords(words: string[], run: Run = {}): Completion[] {
  const result = spawnSync('bash', ['--norc', '--noprofile', '-c', BASH_DRIVER, scripts.bash, ...words], {
    encoding: 'utf8',
    env: env(run),
    cwd: run.cwd ?? binder.dir,
    timeout: TIMEOUT,
  });
  return lines(printed(result, `bash: ${words.join(' ')}`)).map((value) => ({ value, description: '' }));
}

// zsh completes only in its line editor: a zsh drives an interactive one through a pseudo-terminal
// (zsh/zpty), types the line and TAB, and reads back what compadd was given, through a wrapper
// that prints each match that survives zsh's own matching, with its description.
const ZSH_SETUP = `PS1='' PROMPT='' RPROMPT='' PROMPT_EOL_MARK=''
unsetopt beep
[[ -n $CRM_FPATH ]] && fpath=($CRM_FPATH $fpath)
autoload -Uz compinit && compinit -u -D
[[ -n $CRM_COMPLETION ]] && source $CRM_COMPLETION
bindkey '^I' complete-word
compadd() {
  if (( \${@[(I)-[OAD]]} )); then builtin compadd "$@"; return; fi
  local -a __matched __described
  local -i __i
  builtin compadd -O __matched "$@"
  (( \${@[(I)-d]} )) && __described=("\${(@P)\${@[\${@[(i)-d]}+1]}}")
  for (( __i = 1; __i <= $#__matched; __i++ )); do
    print -r -- "<<<M>>>$__matched[__i]<<<D>>>$__described[__i]<<<E>>>"
  done
  builtin compadd "$@"
}
_crm_test_end() { print -r -- '<<<END>>>'; exit }
comppostfuncs=(_crm_test_end)
print -r -- '<<<READY>>>'
`;
const ZSH_DRIVER = `zmodload zsh/zpty || exit 3
zpty crm zsh -f -i
zpty -w crm "source \${(q)1}"
local line
while zpty -r crm line; do [[ $line == *'<<<READY>>>'* ]] && break; done
zpty -w -n crm "$2"$'\\t'
while zpty -r crm line; do
  [[ $line == *'<<<M>>>'* ]] && print -rn -- "\${line#*<<<M>>>}"
  [[ $line == *'<<<END>>>'* ]] && break
done
zpty -d crm
`;

function zshLine(line: string, run: Run & { fpath?: string } = {}): Completion[] {
  return withDir((dir) => {
    writeFileSync(join(dir, 'setup.zsh'), ZSH_SETUP);
    writeFileSync(join(dir, 'drive.zsh'), ZSH_DRIVER);
    const completion = run.fpath ? { CRM_FPATH: run.fpath } : { CRM_COMPLETION: scripts.zsh };
    const result = spawnSync('zsh', ['-f', join(dir, 'drive.zsh'), join(dir, 'setup.zsh'), line], {
      encoding: 'utf8',
      env: env({ ...run, env: { ...run.env, ...completion } }),
      cwd: run.cwd ?? binder.dir,
      timeout: TIMEOUT,
    });
    return printed(result, `zsh: ${line}`)
      .split('<<<E>>>')
      .filter((part) => part.includes('<<<D>>>'))
      .map((part) => {
        const [value = '', description = ''] = part.replace(/^[\r\n]+/, '').split('<<<D>>>');
        // zsh shows "value  -- description".
        return { value, description: description.replace(/^.*? -- /, '') };
      });
  });
}

function fishLine(line: string, run: Run = {}): Completion[] {
  const result = spawnSync('fish', ['--no-config', '-c', 'source $argv[1]; and complete -C $argv[2]', scripts.fish, line], {
    encoding: 'utf8',
    env: env(run),
    cwd: run.cwd ?? binder.dir,
    timeout: TIMEOUT,
  });
  return lines(printed(result, `fish: ${line}`)).map((entry) => {
    const [value = '', description = ''] = entry.split('\t');
    return { value, description };
  });
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

const complete: Record<Shell, (line: string, run?: Run) => Completion[]> = {
  bash: (line, run) => bashWords(line.split(' '), run),
  zsh: zshLine,
  fish: fishLine,
};

// ---------------------------------------------------------------------------------------------
// What every shell completes alike

const GLOBAL = ['--db', '--debug', '--help', '--lang', '--no-color', '--quiet', '--version'];
const SAME: { line: string; expected: string[] | (() => string[]); why: string }[] = [
  { line: 'crm sh', expected: ['show'], why: 'a command' },
  { line: 'crm ', expected: () => helpCommands().sort(), why: 'every command crm --help lists' },
  { line: 'crm __', expected: [], why: 'no hidden command' },
  { line: 'crm -q --no-color sh', expected: ['show'], why: 'a command after global options' },
  { line: 'crm --db binder.db sh', expected: ['show'], why: 'a command after a global option and its value' },
  { line: 'crm today --', expected: ['--for', '--json', '--team', ...GLOBAL].sort(), why: "a command's options and the global ones" },
  { line: 'crm show acme --', expected: ['--format', '--json', ...GLOBAL].sort(), why: 'options after an argument' },
  { line: 'crm export --format ', expected: ['csv', 'json', 'vcard'], why: "an option's choices" },
  { line: 'crm import --on-conflict u', expected: ['update'], why: "an option's choices, started" },
  { line: 'crm show --format ', expected: ['html', 'markdown'], why: 'the choices of the command typed, not of another --format' },
  { line: 'crm completion ', expected: ['bash', 'fish', 'zsh'], why: "an argument's choices" },
  { line: 'crm help sh', expected: ['show'], why: 'help takes a command' },
  { line: 'crm show ', expected: [...HANDLES].sort(), why: 'every handle' },
  { line: 'crm show a', expected: ['acme', 'ashot'], why: 'handles by prefix' },
  { line: 'crm show пет', expected: ['петров'], why: 'a Cyrillic prefix: petrova is not offered' },
  { line: 'crm show ար', expected: ['արամ'], why: 'an Armenian handle' },
  { line: 'crm move acme p', expected: ['petrova'], why: 'the second of a variadic [clients...]' },
  { line: 'crm log --outcome reached a', expected: ['acme', 'ashot'], why: "an option's value is not the argument" },
  { line: 'crm --quiet log a', expected: ['acme', 'ashot'], why: 'handles after a global flag' },
  { line: 'crm file acme ', expected: [], why: 'a date: nothing to offer' },
  { line: 'crm file acme 8 --name ', expected: [], why: 'free text: nothing to offer' },
];

const sorted = (list: readonly string[]) => [...list].sort();
/** Issue 12, item 8: option values, from the lists the commands check them against. */
const VALUES: { line: string; expected: string[]; why: string }[] = [
  { line: 'crm log acme --outcome ', expected: sorted(OUTCOMES), why: 'the outcomes' },
  { line: 'crm log acme --outcome no', expected: ['no-answer'], why: 'an outcome, started' },
  { line: 'crm log acme --kind ', expected: sorted(CONVERSATION_KINDS), why: 'the kinds of contact' },
  { line: 'crm file acme 8 --priority ', expected: sorted(PRIORITIES), why: 'the priorities' },
  { line: 'crm edit acme --stage ', expected: sorted(STAGES), why: 'the stages' },
  { line: 'crm import team.csv --stage c', expected: ['client'], why: "import's stage" },
  { line: 'crm log acme --form ', expected: ['callback', 'visit'], why: "the binder's forms" },
  { line: 'crm log acme --form v', expected: ['visit'], why: 'a form, started' },
  { line: 'crm config ', expected: sorted(SETTING_KEYS), why: 'every setting' },
  { line: 'crm config com', expected: ['complaint-due', 'complaint-follow-up'], why: 'a setting, started' },
  { line: 'crm form ', expected: ['add', 'list', 'show'], why: "form's actions" },
];

const SHELLS = [
  { shell: 'bash', present: true },
  { shell: 'zsh', present: hasZsh },
  { shell: 'fish', present: hasFish },
] as const;

for (const { shell, present } of SHELLS) {
  describe(`crm completion ${shell}`, () => {
    it.skipIf(!present).each(SAME)(`${shell}: $line completes $why`, ({ line, expected }) => {
      expect(values(complete[shell](line))).toEqual(typeof expected === 'function' ? expected() : expected);
    });

    it.skipIf(!present).each(VALUES)(`${shell}: $line completes $why`, ({ line, expected }) => {
      expect(values(complete[shell](line))).toEqual(expected);
    });

    it.skipIf(!present)(`${shell}: a handle completes as lookup matches it: case and accents aside (Zo, ПЕ)`, () => {
      expect(values(complete[shell]('crm show Zo', { db: folded.db }))).toEqual(['zolc']);
      expect(values(complete[shell]('crm show ПЕ', { db: folded.db }))).toEqual(['петрова']);
      expect(values(complete[shell]('crm show a', { db: folded.db }))).toEqual(['acme']);
    });

    // fish matches what it is given against the word itself (case aside, accents not): there zó
    // offers nothing, rather than a handle it would not insert.
    it.skipIf(!present || shell === 'fish')(`${shell}: zó completes zolc`, () => {
      expect(values(complete[shell]('crm show zó', { db: folded.db }))).toEqual(['zolc']);
    });

    it.skipIf(!present)(`${shell}: a handle crm would not take (a binder made elsewhere) is never offered`, () => {
      withDir((dir) => {
        const db = join(dir, 'crafted.binder');
        printed(spawnSync(join(bin, 'crm'), ['file', 'acme', '8', '--name', 'Anna Nowak'], { encoding: 'utf8', env: env({ db }), timeout: TIMEOUT }), 'crm file acme');
        printed(spawnSync(join(bin, 'crm'), ['file', 'ashot', '9', '--name', 'Աշոտ'], { encoding: 'utf8', env: env({ db }), timeout: TIMEOUT }), 'crm file ashot');
        const sqlite = openDatabase(db);
        sqlite.prepare("UPDATE dossier SET handle = 'ac$(touch x)' WHERE handle = 'acme'").run();
        sqlite.close();
        expect(values(complete[shell]('crm show a', { db }))).toEqual(['ashot']);
        expect(values(complete[shell]('crm show ac', { db }))).toEqual([]);
      });
    });

    it.skipIf(!present)(`${shell}: handles come from the binder given with --db, before or after the command`, () => {
      const other = tempBinder('2026-11-23');
      try {
        printed(spawnSync(join(bin, 'crm'), ['file', 'alpha', '8', '--name', 'Alpha Ltd'], { encoding: 'utf8', env: env({ db: other.db }), timeout: TIMEOUT }), 'crm file alpha');
        expect(values(complete[shell](`crm --db ${other.db} show a`))).toEqual(['alpha']);
        expect(values(complete[shell](`crm show --db ${other.db} a`))).toEqual(['alpha']);
        expect(values(complete[shell](`crm move --db=${other.db} alpha a`))).toEqual(['alpha']);
        // A file under ~ (a server's URL has no home folder to start from).
        if (!ON_SERVER) expect(values(complete[shell](`crm show --db ~/${other.db.slice(other.dir.length + 1)} a`, { env: { HOME: other.dir } }))).toEqual(['alpha']);
      } finally {
        other.remove();
      }
    });

    it.skipIf(!present)(`${shell}: a missing binder completes nothing, says nothing and is not created`, () => {
      withDir((dir) => {
        const missing = join(dir, 'none.db');
        expect(complete[shell]('crm show a', { db: missing })).toEqual([]);
        expect(complete[shell](`crm --db ${missing} show a`)).toEqual([]);
        expect(existsSync(missing)).toBe(false);
        // Commands and options need no binder.
        expect(values(complete[shell]('crm sh', { db: missing }))).toEqual(['show']);
      });
    });

    it.skipIf(!present)(`${shell}: file names for a file argument or option`, () => {
      withDir((dir) => {
        for (const name of ['team.csv', 'test.json', 'other.txt']) writeFileSync(join(dir, name), '');
        mkdirSync(join(dir, 'templates'));
        const files = ['team.csv', 'templates', 'test.json'];
        expect(values(complete[shell]('crm import te', { cwd: dir }))).toEqual(files);
        expect(values(complete[shell]('crm export -o te', { cwd: dir }))).toEqual(files);
        expect(values(complete[shell]('crm ics --output te', { cwd: dir }))).toEqual(files);
        expect(values(complete[shell]('crm form add te', { cwd: dir }))).toEqual(files);
        expect(values(complete[shell]('crm attach acme te', { cwd: dir }))).toEqual(files);
        expect(values(complete[shell]('crm today --db te', { cwd: dir }))).toEqual(files);
      });
      // Six shells started one after another (zsh's compinit is slow): on a loaded machine the
      // default 20 s ran out (seen under a parallel run at load 8).
    }, TIMEOUT);
  });
}

// ---------------------------------------------------------------------------------------------
// What is particular to each shell

describe('crm completion bash, particulars', () => {
  it('registers _crm for crm with complete -F', () => {
    const result = spawnSync('bash', ['--norc', '--noprofile', '-c', 'source "$0" && complete -p crm', scripts.bash], { encoding: 'utf8', env: env(), timeout: TIMEOUT });
    expect(printed(result, 'complete -p crm')).toBe('complete -F _crm crm\n');
  });

  it('completes --format=value, which bash splits into --format, = and value', () => {
    expect(values(bashWords(['crm', 'export', '--format', '=']))).toEqual(['csv', 'json', 'vcard']);
    expect(values(bashWords(['crm', 'export', '--format', '=', 'c']))).toEqual(['csv']);
  });

  it('reads a quoted --db value, and --db=file split at the =, as the shell will pass it', () => {
    const other = tempBinder('2026-11-23');
    try {
      printed(spawnSync(join(bin, 'crm'), ['file', 'alpha', '8', '--name', 'Alpha Ltd'], { encoding: 'utf8', env: env({ db: other.db }), timeout: TIMEOUT }), 'crm file alpha');
      expect(values(bashWords(['crm', '--db', `'${other.db}'`, 'show', 'a']))).toEqual(['alpha']);
      expect(values(bashWords(['crm', '--db', `"${other.db}"`, 'show', 'a']))).toEqual(['alpha']);
      expect(values(bashWords(['crm', '--db', '=', other.db, 'show', 'a']))).toEqual(['alpha']);
    } finally {
      other.remove();
    }
  });

  it('completes non-ASCII handles in the C locale too', () => {
    const c = { env: { LANG: 'C', LC_ALL: 'C' } };
    expect(values(bashWords(['crm', 'show', 'пет'], c))).toEqual(['петров']);
    expect(values(bashWords(['crm', 'show', ''], c))).toEqual([...HANDLES].sort());
  });

  it('offers short options too, and nothing after --', () => {
    expect(values(bashWords(['crm', 'export', '-']))).toEqual(['--db', '--debug', '--for', '--format', '--help', '--lang', '--no-color', '--output', '--quiet', '--team', '--version', '-V', '-h', '-o', '-q'].sort());
    expect(values(bashWords(['crm', 'show', '--', '-']))).toEqual([]);
  });

  it('runs the crm typed, and says nothing when it cannot be run', () => {
    expect(values(bashWords([join(bin, 'crm'), 'show', 'a'], { env: { PATH: '/usr/bin:/bin' } }))).toEqual(['acme', 'ashot']);
    expect(bashWords(['crm-not-installed', 'show', 'a'])).toEqual([]);
  });
});

describe('crm completion bash in a real terminal: what it inserts is read back as typed (issue 12, item 27)', () => {
  /** An interactive bash with the completion loaded, in a pseudo-terminal; runs `line` with a TAB at its end, then Enter. */
  async function typed(line: string, run: { path: string; cwd: string; db: string }): Promise<string> {
    const session = new PtySession('bash', ['--norc', '--noprofile', '-i'], {
      cwd: run.cwd,
      env: { PATH: run.path, HOME: run.cwd, CRM_DB: run.db, CRM_TODAY: '2026-11-23', PS1: 'READY> ', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    });
    try {
      await session.expect('READY> ');
      session.send(`source ${scripts.bash}\r`);
      await session.expect('READY> ');
      // Readline takes the keys in order: the completion runs to the end before Enter is read.
      session.send(`${line}\t`, '\r', 'echo "DONE-$((6 * 7))"\r');
      await session.expect('DONE-42', 10_000);
      session.send('exit\r');
      await session.exited(10_000);
      return session.text;
    } finally {
      await session.kill();
    }
  }

  it('a handle from a binder made elsewhere, ac$(touch x), is not offered, so Enter runs nothing', async () => {
    await withDirAsync(async (dir) => {
      const db = join(dir, 'crafted.binder');
      printed(spawnSync(join(bin, 'crm'), ['file', 'acme', '8', '--name', 'Anna Nowak'], { encoding: 'utf8', env: env({ db }), timeout: TIMEOUT }), 'crm file acme');
      const sqlite = openDatabase(db);
      sqlite.prepare("UPDATE dossier SET handle = 'ac$(touch x)' WHERE handle = 'acme'").run();
      sqlite.close();
      const text = await typed('crm show a', { path: `${bin}:${process.env.PATH}`, cwd: dir, db });
      expect(existsSync(join(dir, 'x'))).toBe(false);
      // Nothing was inserted: the line ran as typed (and "a" named the dossier by its name, Anna).
      expect(text).toContain('READY> crm show a');
      expect(text).not.toContain('crm show ac');
    });
  });

  it('a word with characters special to the shell is inserted quoted: the command gets it as it was', async () => {
    await withDirAsync(async (dir) => {
      // A crm that answers __handles with such a word, and otherwise says what it was given.
      const fake = join(dir, 'bin');
      mkdirSync(fake);
      writeFileSync(
        join(fake, 'crm'),
        `#!/bin/sh\nfor arg; do [ "$arg" = __handles ] && { printf '%s\\n' 'ac$(touch x) y'; exit 0; }; done\nprintf 'GOT[%s]\\n' "$@" > ${join(dir, 'got')}\n`,
        { mode: 0o755 },
      );
      await typed('crm show a', { path: `${fake}:${process.env.PATH}`, cwd: dir, db: join(dir, 'none.binder') });
      expect(existsSync(join(dir, 'x'))).toBe(false);
      expect(readFileSync(join(dir, 'got'), 'utf8')).toBe('GOT[show]\nGOT[ac$(touch x) y]\n');
    });
  });
});

describe('crm completion zsh, particulars', () => {
  it.skipIf(!hasZsh)('is a #compdef script that zsh reads, and registers _crm when sourced after compinit', () => {
    const check = spawnSync('zsh', ['-f', '-n', scripts.zsh], { encoding: 'utf8', timeout: TIMEOUT });
    printed(check, 'zsh -n');
    const source = spawnSync('zsh', ['-f', '-c', 'autoload -Uz compinit && compinit -u -D && source $1 && print -r -- $_comps[crm]', 'zsh', scripts.zsh], {
      encoding: 'utf8',
      env: env(),
      timeout: TIMEOUT,
    });
    expect(printed(source, 'source after compinit')).toBe('_crm\n');
  });

  it.skipIf(!hasZsh)('shows what each command does', () => {
    const show = zshLine('crm sh')[0];
    expect(show?.value).toBe('show');
    expect(show?.description).toMatch(/^the whole dossier/);
  });

  it.skipIf(!hasZsh)('shows what each option does', () => {
    const json = zshLine('crm today --j')[0];
    expect(json?.value).toBe('--json');
    expect(json?.description).toMatch(/^print one JSON document/);
  });

  it.skipIf(!hasZsh)('completes --format=value', () => {
    expect(values(zshLine('crm export --format=c'))).toEqual(['csv']);
  });

  it.skipIf(!hasZsh)('works autoloaded from $fpath as _crm', () => {
    withDir((dir) => {
      writeFileSync(join(dir, '_crm'), printed(spawnSync(process.execPath, [CRM, 'completion', 'zsh'], { encoding: 'utf8', timeout: TIMEOUT }), 'completion zsh'));
      expect(values(zshLine('crm sh', { fpath: dir }))).toEqual(['show']);
      expect(values(zshLine('crm show a', { fpath: dir }))).toEqual(['acme', 'ashot']);
    });
  });
});

describe('crm completion fish, particulars', () => {
  it.skipIf(!hasFish)('is a script fish reads', () => {
    printed(spawnSync('fish', ['--no-config', '--no-execute', scripts.fish], { encoding: 'utf8', timeout: TIMEOUT }), 'fish --no-execute');
  });

  it.skipIf(!hasFish)('shows what each command and option does', () => {
    expect(fishLine('crm sh')).toEqual([{ value: 'show', description: expect.stringMatching(/^the whole dossier/) }]);
    expect(fishLine('crm today --j')).toEqual([{ value: '--json', description: expect.stringMatching(/^print one JSON document/) }]);
  });

  it.skipIf(!hasFish)('completes --format=value', () => {
    expect(values(fishLine('crm export --format=c'))).toEqual(['--format=csv']);
  });
});
