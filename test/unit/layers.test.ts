// The layers of src/ (../shared/STYLE.md "Shape"; issue 13, item 7): every import of every module
// read with the TypeScript parser, type-only and dynamic ones included, and checked against the
// layering below. A failure names the importing file, its line and what it imports.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The layers, lowest first. A module may import its own layer and any below it, never one above:
 * the domain knows nothing of storage, storage nothing of commands, commands nothing of the
 * terminal. Type-only imports count too: a type declared in a higher layer and needed lower down
 * belongs lower down.
 */
const LAYERS: { name: string; holds: string[] }[] = [
  // UserError: imports nothing, thrown by every layer, caught once at the entry.
  { name: 'errors', holds: ['src/errors.ts'] },
  // The domain, pure: date forms, the ring, working days, cards, settings and forms and their rules.
  { name: 'binder', holds: ['src/binder/'] },
  // Where a command's bytes come from and go to while it runs: standard input, a waiting sink.
  { name: 'streams', holds: ['src/io.ts', 'src/sink.ts', 'src/stdin.ts'] },
  { name: 'store', holds: ['src/store/'] },
  // Files in other programs' formats (CSV, vCard, iCalendar) and crm's own export.
  { name: 'exchange', holds: ['src/exchange/'] },
  // Handlers: (input, deps) -> result data.
  { name: 'commands', holds: ['src/commands/'] },
  // What writes to the terminal; see RENDER_TYPES_ONLY for what it may take from below.
  { name: 'render', holds: ['src/render/'] },
  // Interactive flows: ask, then run handlers and show their results.
  { name: 'prompts', holds: ['src/prompts/'] },
  // The entry: flags and environment, the registry and its declarations, the runner, shell completion.
  { name: 'entry', holds: ['src/context.ts', 'src/completion.ts', 'src/run.ts', 'src/cli.ts', 'src/hot/', 'src/declared/', 'src/fast.ts', 'src/runner.ts', 'src/main.ts'] },
];

/**
 * Render sits above the handlers because it shows what they return, but a renderer never runs a
 * handler, reads a file or touches the store: from these layers it takes types only (`import type`,
 * which the build erases), the result shapes declared once beside the code that makes them.
 */
const RENDER_TYPES_ONLY = ['commands', 'store', 'exchange'];

/**
 * Packages the binder may use, all pure: date arithmetic and zod for the rules of a card, a form
 * and the settings. No node: builtin (node:fs, node:path, node:os... are the world outside the
 * binder; none is needed for a rule) and nothing that draws on a terminal or opens a database.
 */
const BINDER_PACKAGES = ['date-fns', '@date-fns/utc', 'jalaali-js', 'zod'];

interface Import {
  from: string;
  /** A module of src/ (relative to the root) or a package's name. */
  to: string;
  specifier: string;
  line: number;
  typeOnly: boolean;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The package an import names: `date-fns` of `date-fns/addDays`, `@date-fns/utc` of `@date-fns/utc/date/mini`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

/** `import ... from`, `export ... from`, `import('...')` and `typeof import('...')` of one file. */
function importsOf(file: string, text = readFileSync(join(ROOT, file), 'utf8')): Import[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Import[] = [];
  const add = (literal: ts.Node, typeOnly: boolean) => {
    if (!ts.isStringLiteralLike(literal)) throw new Error(`${file}: an import of a computed name cannot be checked`);
    const specifier = literal.text;
    let to = packageOf(specifier);
    if (specifier.startsWith('.')) {
      to = relative(ROOT, resolve(ROOT, dirname(file), specifier.replace(/\.js$/, '.ts')));
      if (!existsSync(join(ROOT, to))) throw new Error(`${file}: "${specifier}" names no module of src/`);
    }
    found.push({ from: file, to, specifier, line: source.getLineAndCharacterOfPosition(literal.getStart()).line + 1, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    // With verbatimModuleSyntax, `import { type A } from` still loads the module: only
    // `import type` and `export type` are erased.
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, node.importClause?.isTypeOnly ?? false);
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier) add(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0] as ts.Expression, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The index in LAYERS of the layer that holds `file`; -1 when none does. */
function layerOf(file: string): number {
  return LAYERS.findIndex((layer) => layer.holds.some((held) => (held.endsWith('/') ? file.startsWith(held) : file === held)));
}

const FILES = sourceFiles('src').sort();
const IMPORTS = FILES.flatMap((file) => importsOf(file));
const INTERNAL = IMPORTS.filter((i) => i.to.startsWith('src/'));
const shown = (i: Import) => `${i.from}:${i.line} imports${i.typeOnly ? ' type' : ''} "${i.specifier}"`;

/** Imports that break `rule`, as "file:line imports "specifier" (why)". */
function breaking(rule: (i: Import) => string | undefined): string[] {
  return IMPORTS.flatMap((i) => {
    const why = rule(i);
    return why === undefined ? [] : [`${shown(i)} (${why})`];
  });
}

/** Every import cycle a depth-first walk meets, each as the imports around it. */
function cycles(): string[] {
  const next = new Map<string, Import[]>();
  for (const i of INTERNAL) next.set(i.from, [...(next.get(i.from) ?? []), i]);
  const done = new Set<string>();
  const found: string[] = [];
  const path: Import[] = [];
  const onPath = new Set<string>();
  const walk = (file: string) => {
    onPath.add(file);
    for (const i of next.get(file) ?? []) {
      if (onPath.has(i.to)) {
        const loop = [...path, i].slice([...path, i].findIndex((step) => step.from === i.to));
        found.push(loop.map(shown).join(' -> '));
      } else if (!done.has(i.to)) {
        path.push(i);
        walk(i.to);
        path.pop();
      }
    }
    onPath.delete(file);
    done.add(file);
  };
  for (const file of FILES) if (!done.has(file)) walk(file);
  return found;
}

describe('the layers of src/', () => {
  it('reads every kind of import, and which of them load the module', () => {
    // A parser that missed a kind would pass every rule below for it.
    const sample = [
      "import { z } from 'zod';",
      "import type { Deps } from './deps.js';",
      "import { type Changed } from './change.js';",
      "export { view } from './stack.js';",
      "export type { Store } from '../store/store.js';",
      'const later = async () => (await import("../exchange/csv.js")).dossiersCsv;',
      "type Yaml = typeof import('yaml');",
    ].join('\n');
    expect(importsOf('src/commands/sample.ts', sample).map(({ to, line, typeOnly }) => ({ to, line, typeOnly }))).toEqual([
      { to: 'zod', line: 1, typeOnly: false },
      { to: 'src/commands/deps.ts', line: 2, typeOnly: true },
      // verbatimModuleSyntax keeps `import {} from './change.js'`: the module is loaded.
      { to: 'src/commands/change.ts', line: 3, typeOnly: false },
      { to: 'src/commands/stack.ts', line: 4, typeOnly: false },
      { to: 'src/store/store.ts', line: 5, typeOnly: true },
      { to: 'src/exchange/csv.ts', line: 6, typeOnly: false },
      { to: 'yaml', line: 7, typeOnly: true },
    ]);
    expect(() => importsOf('src/commands/sample.ts', "import { x } from './nowhere.js';")).toThrow('names no module of src/');
    expect(FILES).toContain('src/binder/day.ts');
    expect(INTERNAL.length).toBeGreaterThan(200);
  });

  it('puts every module of src/ in a layer', () => {
    // A new module outside every layer would escape the checks below: add it to LAYERS.
    expect(FILES.filter((file) => layerOf(file) < 0)).toEqual([]);
  });

  it('imports nothing from a higher layer', () => {
    const upward = breaking((i) => {
      if (!i.to.startsWith('src/')) return undefined;
      const from = layerOf(i.from);
      const to = layerOf(i.to);
      return from >= 0 && to > from ? `${LAYERS[from]?.name} is below ${LAYERS[to]?.name}` : undefined;
    });
    expect(upward).toEqual([]);
  });

  it('keeps the binder pure: only the binder, UserError and the pure packages', () => {
    const impure = breaking((i) => {
      if (!i.from.startsWith('src/binder/')) return undefined;
      if (i.to.startsWith('src/')) return i.to.startsWith('src/binder/') || i.to === 'src/errors.ts' ? undefined : 'outside the binder';
      return BINDER_PACKAGES.includes(i.to) ? undefined : 'not a package the binder may use';
    });
    expect(impure).toEqual([]);
  });

  it('keeps UserError free of every other module', () => {
    expect(breaking((i) => (i.from === 'src/errors.ts' ? 'errors.ts imports nothing' : undefined))).toEqual([]);
  });

  it('lets a renderer take only types from the handlers, the store and the exchange formats', () => {
    const running = breaking((i) => {
      if (!i.from.startsWith('src/render/') || !i.to.startsWith('src/') || i.typeOnly) return undefined;
      const to = LAYERS[layerOf(i.to)]?.name as string;
      return RENDER_TYPES_ONLY.includes(to) ? `a renderer imports ${to} with import type only` : undefined;
    });
    expect(running).toEqual([]);
  });

  it('has no import cycle between modules', () => {
    expect(cycles()).toEqual([]);
  });

  it('names no node: builtin or package that is not installed', () => {
    const builtins = new Set(builtinModules);
    const dependencies = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const unknown = breaking((i) => {
      if (i.to.startsWith('src/')) return undefined;
      if (i.specifier.startsWith('node:')) return builtins.has(i.specifier.slice('node:'.length)) ? undefined : 'no such builtin';
      // A build that leaves a devDependency to be imported at run time fails on a user's machine.
      return i.to in dependencies.dependencies ? undefined : 'not in package.json dependencies';
    });
    expect(unknown).toEqual([]);
  });
});
