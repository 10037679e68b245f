// The fast path reads a hot command's line exactly as commander does (issue 13, item 6a): both
// are driven by one declaration (src/hot/), and for every line below the fast parser either
// gives what commander hands the command's action, or leaves the line to commander.
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { HOT, runFast } from '../../src/fast.js';
import { optionParts, type Call, type CommandDeclaration } from '../../src/hot/declare.js';
import { parseFast } from '../../src/hot/parse.js';

const io = () => ({ stdin: Readable.from([]), stdout: new PassThrough(), stderr: new PassThrough(), env: {} });

/** What commander hands the command's action for `args`; it runs nothing. */
async function commanderCall(args: string[]): Promise<Call> {
  let call: Call | undefined;
  const argv = ['node', 'crm', ...args];
  await buildProgram(argv, io(), async (_declaration, given) => {
    call = given;
  }).parseAsync(argv);
  if (!call) throw new Error(`commander ran no declared command for ${args.join(' ')}`);
  return call;
}

const declarations = new Map<string, CommandDeclaration>(await Promise.all(Object.entries(HOT).map(async ([name, load]) => [name, await load()] as const)));

/** Lines commander takes, each with every option a hot command declares at least once. */
const TAKEN: string[][] = [
  ['today'],
  // On a team's binder: a colleague's dossiers, or the whole team's (each hot list command).
  ...['today', 'next', 'find', 'binder'].flatMap((name) => {
    const args = name === 'find' ? [name, 'acme'] : [name];
    return [
      [...args, '--for', 'piotr'],
      [...args, '--for=piotr', '--json'],
      [...args, '--team'],
    ];
  }),
  ['today', '--json'],
  ['--db', 'a.db', 'today'],
  ['today', '--db', 'b.db'],
  ['--db', 'a.db', 'today', '--db', 'b.db'],
  ['--db=a.db', 'today', '--json'],
  ['today', '--db='],
  ['--no-color', 'today'],
  ['today', '--no-color'],
  ['-q', 'today', '--debug'],
  ['--quiet', '--debug', 'today', '-q'],
  ['today', '-qq'],
  ['next'],
  ['next', '--json', '--no-color'],
  ['log', 'acme'],
  ['log', 'acme', '--note', 'Called', '--outcome', 'reached', '--next', 'fri'],
  ['log', '--note=-x', 'acme', '--kind', 'meeting', '--done'],
  ['log', 'acme', '--note', '-', '--offer', '10% off', '--exact', '--json'],
  ['log', 'acme', '--field', 'a=1', '--form', 'visit', '--field', 'b=2'],
  ['log', 'acme', '--kind', 'visit', '--kind', 'email', '--note', ''],
  ['log', 'ącme', '--next', 'jul 5', '-q', '--db', 'x.db'],
  ['show', 'acme'],
  ['show', 'acme', '--json'],
  ['show', '--format', 'html', 'acme'],
  ['show', 'acme', '--format=markdown', '-q'],
  ['show', '-'],
  ['find', 'nowak'],
  ['find', 'nowak', 'anna', '--json'],
  ['find', '--json', 'a', 'b', 'c'],
  ['--no-color', 'find', 'żółć', '-q'],
  ['binder'],
  ['binder', '--json', '--db', 'b.db'],
];

/** Lines the fast path must leave to commander: help, the version, errors and the unusual. */
const LEFT: string[][] = [
  ['today', '--help'],
  ['today', '-h'],
  ['--help', 'today'],
  ['-V'],
  ['--version', 'today'],
  ['help', 'today'],
  ['todya'],
  ['file', 'acme', '8'],
  ['today', 'extra'],
  ['today', '--bogus'],
  ['next', 'acme'],
  ['next', '--help'],
  ['today', '--json=1'],
  ['today', '--db'],
  ['--db', '-q', 'today'],
  ['--color', 'today'],
  ['-qq', 'today'],
  ['show'],
  ['show', 'a', 'b'],
  ['show', 'acme', '--format', 'pdf'],
  ['find'],
  ['find', '--', '-x'],
  ['find', '-5'],
  ['log'],
  ['log', 'acme', '--note', '-h'],
  ['log', 'acme', '--next', '-3d'],
  ['binder', '--', '--json'],
];

describe('the fast path reads a hot command as commander does', () => {
  it.each(TAKEN.map((args) => [args.join(' '), args] as const))('crm %s', async (_line, args) => {
    const fast = parseFast(declarations.get(args.find((arg) => declarations.has(arg)) as string) as CommandDeclaration, args);
    expect(fast).toEqual(await commanderCall(args));
  });

  it('is tried on every option of every hot command', () => {
    // A new option must get a line above: otherwise its parsing on the two paths is never compared.
    const untried = [...declarations.values()].flatMap((declaration) =>
      declaration.options
        .map((option) => optionParts(option.flags).long)
        .filter((long) => !TAKEN.some((args) => args.includes(declaration.name) && args.some((arg) => arg === `--${long}` || arg.startsWith(`--${long}=`))))
        .map((long) => `crm ${declaration.name} --${long}`),
    );
    expect(untried).toEqual([]);
  });

  it.each(LEFT.map((args) => [args.join(' '), args] as const))('leaves crm %s to commander', (_line, args) => {
    for (const declaration of declarations.values()) expect(parseFast(declaration, args)).toBeUndefined();
  });

  it('leaves nothing of a taken line to chance: the call is what a command needs', () => {
    // One line read in full, so that the comparison above is not between two empty answers.
    expect(parseFast(declarations.get('log') as CommandDeclaration, ['--db', 'a.db', 'log', 'acme', '--note', 'Hi', '--field', 'a=1', '--field', 'b=2', '-q'])).toEqual({
      args: ['acme'],
      options: { note: 'Hi', kind: 'call', field: ['a=1', 'b=2'] },
      globals: { db: 'a.db', color: true, quiet: true },
    });
  });

  it.each([['__proto__'], ['constructor'], ['toString'], ['file', 'acme', '8'], ['today', '--help']])('runs nothing on the fast path for crm %s', async (...args) => {
    const streams = io();
    expect(await runFast(args, streams)).toBeUndefined();
    expect(streams.stdout.read()).toBeNull();
    expect(streams.stderr.read()).toBeNull();
  });
});
