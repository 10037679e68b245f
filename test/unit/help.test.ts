// Help that does not lie (issue 12): every option a command's help names, in its description, its
// options' help, its notes and its examples, exists on that command, or on the command the line
// names ("crm edit acme --every 2w" in another command's help is crm edit's option).
import { PassThrough, Readable } from 'node:stream';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';

const program = buildProgram(['node', 'crm'], { stdin: Readable.from([]), stdout: new PassThrough(), stderr: new PassThrough(), env: {} });
const commands = new Map(program.commands.map((command) => [command.name(), command]));

/** Everything `crm <command> --help` prints, the text added after the options included. */
function helpOf(command: Command): string {
  let text = '';
  command.configureOutput({ writeOut: (chunk) => (text += chunk), writeErr: (chunk) => (text += chunk) });
  command.outputHelp();
  return text;
}

/** The long and short flags a command takes, with the program's own (given before or after the command's name). */
function flagsOf(command: Command): Set<string> {
  const flags = new Set<string>(['--help', '-h']);
  for (const option of [...command.options, ...program.options]) {
    if (option.long) flags.add(option.long);
    if (option.short) flags.add(option.short);
  }
  if (command === program) flags.add('--version').add('-V');
  return flags;
}

/** Each option named in the help, with the command it belongs to: the last "crm <command>" before it on its line, else this one. */
function optionsNamed(help: string, own: Command): { line: string; option: string; owner: Command }[] {
  const found: { line: string; option: string; owner: Command }[] = [];
  // In crm --help, a command's line in the list (and the lines its description wraps onto) is that command's.
  let listed: Command | undefined;
  for (const line of help.split('\n')) {
    if (own === program) {
      const entry = /^ {2}([a-z_]+) /.exec(line);
      if (entry) listed = commands.get(entry[1] as string);
      else if (!/^ {10,}\S/.test(line)) listed = undefined;
    }
    // After `=`, a value (a server URL's options=-csearch_path...), not an option of crm's.
    for (const match of line.matchAll(/(?<![\w=-])--?[a-zA-Z][\w-]*/g)) {
      const before = line.slice(0, match.index);
      const named = [...before.matchAll(/\bcrm ([a-z_]+)/g)].map((m) => commands.get(m[1] as string)).filter(Boolean).at(-1);
      found.push({ line: line.trim(), option: match[0], owner: named ?? listed ?? own });
    }
  }
  return found;
}

describe('every option a help text names exists on the command it names it for', () => {
  // __handles, which the completion scripts call, has no help of its own.
  it.each([['crm', program] as const, ...[...commands].filter(([name]) => !name.startsWith('__')).map(([name, command]) => [`crm ${name}`, command] as const)])(
    '%s --help',
    (_name, command) => {
      const named = optionsNamed(helpOf(command), command);
      expect(named.length).toBeGreaterThan(0);
      const missing = named.filter(({ option, owner }) => !flagsOf(owner).has(option)).map(({ line, option, owner }) => `${option} (crm ${owner.name()}): ${line}`);
      expect(missing).toEqual([]);
    },
  );

  it('catches the lie issue 12 found: crm open names no --exact', () => {
    const open = commands.get('open') as Command;
    expect(flagsOf(open).has('--exact')).toBe(false);
    expect(helpOf(open)).not.toContain('--exact');
  });
});

describe("the README's table of commands", () => {
  it('names every command crm has', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('## Commands'), readme.indexOf('## Bringing clients in'));
    for (const name of commands.keys()) if (!name.startsWith('__')) expect(table, name).toContain(`\`crm ${name}`);
  });
});
