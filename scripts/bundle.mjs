// Bundles the CLI for start-up speed, as worlds that share no module:
// - dist/crm.js, what `crm` starts: main.ts and the fast path of the hot commands (today, next,
//   log, show, find, binder) with all they load, in one file, so `crm today` reads one file of crm's;
// - dist/crm-<command>.js for each hot command: crm.js with that command's fast path alone, which
//   bin/crm.js starts when the command is the first word (a third less code to read and compile);
// - dist/crm-runner.js, runCli whole (commander, every command, help, errors): one file for what
//   every command loads and a chunk for each lazily imported part (prompts, zod, import and export).
//   crm.js imports it when the fast path hands a command line on; the in-process tests run it.
// better-sqlite3's JavaScript is bundled, its native part loaded from node_modules
// (scripts/sqlite-driver.mjs). pg (a server
// binder's client) is in the runner's chunks and the hot commands' server bundles alone: crm.js and
// crm-<command>.js leave a server binder to commander's path (src/fast.ts), and are checked to hold
// none of it (test/unit/bundle.test.ts).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'esbuild';

// Chunk names carry a hash: clear the old ones so dist/ holds one build.
rmSync('dist/chunks', { recursive: true, force: true });

/**
 * Node's built-in modules taken with process.getBuiltinModule (Node 22.3; crm needs 22.14), not
 * imported. An ESM import of a built-in makes a module of it whose every export is read, and so is
 * a CommonJS module's when esbuild copies it for an import; reading them loads what each lazy one
 * stands for: `node:util` loads its argument parser's streams, diff, colours and worker threads,
 * `node:fs` its promises, `node:tty` the network module. That was a fifth of `crm today`'s start-up
 * beyond the floor's, which requires better-sqlite3 and nothing else. So each `import { a, b as c }
 * from 'node:x'` becomes `const { a, b: c } = process.getBuiltinModule('node:x')`, which reads
 * only what it names, as require does; an import of another shape is left as it is.
 */
const BUILTIN_IMPORT = /^import\s+(?!type\b)(\{[^}]*\}|\*\s+as\s+[\w$]+|[\w$]+)\s+from\s+(['"])((?:node:)?[\w/]+)\2;?/gm;
const builtinNames = new Set(builtinModules);
const builtins = {
  name: 'builtins',
  setup(bundle) {
    bundle.onLoad({ filter: /\.(ts|js|mjs)$/, namespace: 'file' }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const contents = text.replace(BUILTIN_IMPORT, (whole, what, _quote, id) => {
        if (!builtinNames.has(id.replace(/^node:/, ''))) return whole;
        const module = `globalThis.process.getBuiltinModule(${JSON.stringify(id.startsWith('node:') ? id : `node:${id}`)})`;
        if (!what.startsWith('{')) return `const ${what.replace(/^\*\s+as\s+/, '')} = ${module};`;
        const names = what.slice(1, -1).split(',').map((name) => name.trim()).filter((name) => name !== '' && !name.startsWith('type '));
        if (names.some((name) => /^default\b/.test(name))) return whole;
        return names.length === 0 ? '' : `const { ${names.map((name) => name.replace(/\s+as\s+/, ': ')).join(', ')} } = ${module};`;
      });
      return { contents, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

/**
 * pg's lib/stream.js replaced by a Node-only one (scripts/pg-stream.mjs): pg's probes for a
 * Cloudflare Worker with `new Response()` when loaded, which loads undici (measured: pg's import
 * 57 -> 19 ms on Node 20).
 */
const pgStream = {
  name: 'pg-stream',
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\/stream(\.js)?$/ }, (args) => (/[\\/]node_modules[\\/]pg[\\/]lib$/.test(args.resolveDir) ? { path: resolve('scripts/pg-stream.mjs') } : undefined));
  },
};

/**
 * better-sqlite3's JavaScript bundled, its native part loaded from the package:
 * scripts/sqlite-driver.mjs stands in for src/store/driver.ts.
 */
const sqliteDriver = {
  name: 'sqlite-driver',
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\.?\/driver(\.js)?$/ }, (args) => (args.resolveDir === resolve('src/store') ? { path: resolve('scripts/sqlite-driver.mjs') } : undefined));
    // The package exports only its entry; its lib/ files are taken by path.
    bundle.onResolve({ filter: /^better-sqlite3\/lib\// }, (args) => ({ path: resolve('node_modules', args.path) }));
  },
};
const betterSqlite3 = JSON.parse(readFileSync('node_modules/better-sqlite3/package.json', 'utf8')).version;

/**
 * pg/lib/crypto/utils.js, which loads node:crypto with pg, replaced by scripts/pg-crypto.cjs, which
 * loads it when pg first hashes a password (a server with trust or peer authentication never does).
 */
const pgCrypto = {
  name: 'pg-crypto',
  setup(bundle) {
    const wrapper = resolve('scripts/pg-crypto.cjs');
    bundle.onResolve({ filter: /^\.\/(crypto\/)?utils(\.js)?$/ }, (args) => {
      const path = resolve(args.resolveDir, args.path.replace(/(\.js)?$/, '.js'));
      return path === resolve('node_modules/pg/lib/crypto/utils.js') && args.importer !== wrapper ? { path: wrapper } : undefined;
    });
    bundle.onResolve({ filter: /^pg-crypto-utils$/ }, () => ({ path: resolve('node_modules/pg/lib/crypto/utils.js') }));
  },
};

/** load.ts's whole catalogues, which a bundle never reads (it reads area by area), left out of every bundle. */
const wholeCataloguesOut = {
  name: 'whole-catalogues-out',
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\/(pl|bg|hy|fa)\/index\.js$/ }, (args) =>
      args.importer === resolve('src/i18n/load.ts') ? { path: args.path, namespace: 'whole-catalogue' } : undefined,
    );
    bundle.onLoad({ filter: /.*/, namespace: 'whole-catalogue' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`crm: the whole catalogue ${args.path} was loaded by a bundle, which reads area by area (scripts/bundle.mjs)`)});`,
      loader: 'js',
    }));
  },
};

// The catalogue's areas, as English has them (src/i18n/en/<area>.ts): src/i18n/load.ts reads them from the define below.
const AREAS = readdirSync('src/i18n/en').filter((name) => name.endsWith('.ts')).map((name) => name.slice(0, -3));

const common = {
  // Beside tsc's output, so that both resolve '../package.json' alike.
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  // pg-native: pg's optional binding, loaded only when asked for by name (crm never does).
  external: ['better-sqlite3', 'pg-native'],
  // Some bundled packages are CommonJS and call require(): give the bundle one (through
  // getBuiltinModule, as every built-in below).
  banner: { js: "const require = globalThis.process.getBuiltinModule('node:module').createRequire(import.meta.url);" },
  plugins: [builtins, pgStream, pgCrypto, sqliteDriver, wholeCataloguesOut],
  legalComments: 'none',
  logLevel: 'warning',
  // crm --version, from the package being built (the code that prints it is a chunk, not beside package.json).
  define: { CRM_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version), BETTER_SQLITE3_VERSION: JSON.stringify(betterSqlite3), CRM_LANGUAGE_AREAS: JSON.stringify(AREAS.join(' ')) },
};

/**
 * What crm.js leaves out. runner.ts (commander's path) is crm-runner.js, loaded only when the fast
 * path hands a command line on. The prompts and the forms (zod, YAML) never run in crm.js: the
 * fast path leaves a run that may ask (crm log at a terminal) or fills in a form (--form, --field)
 * to commander's path (src/hot/declare.ts: asks, slowWith). Each bundle holds one store: the file
 * bundles leave pg and the server store out, a hot command's server bundle the SQLite store, and the
 * fast path hands a binder of the other kind to commander's path (src/fast.ts, CRM_FAST_PATH_STORE).
 * A stub stands in for what is left out, so that inquirer, zod, YAML and the other store are not
 * read at every start, and says so loudly if that ever changes.
 */
const SLOW = ['src/prompts/', 'src/commands/forms.ts', 'src/binder/forms.ts'].map((path) => resolve(path));
const OTHER_STORE = { sqlite: resolve('src/store/postgres/'), postgres: resolve('src/store/sqlite.ts') };

const fastPathOnly = (store) => ({
  name: 'fast-path-only',
  setup(bundle) {
    const runner = resolve('src/runner.ts');
    bundle.onResolve({ filter: /^\.\.?\// }, (args) => {
      const path = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      if (path === runner) return { path: './crm-runner.js', external: true };
      if ([...SLOW, OTHER_STORE[store]].some((slow) => path.startsWith(slow))) return { path, namespace: 'slow-stub' };
      return undefined;
    });
    bundle.onLoad({ filter: /.*/, namespace: 'slow-stub' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`crm: ${args.path} was loaded on the fast path, which leaves it to commander's path (scripts/bundle.mjs)`)});`,
      loader: 'js',
    }));
  },
});
/**
 * The languages' catalogues, area by area: dist/lang/<language>/<area>.cjs, each read the first time
 * a run in that language says something of that area (src/i18n/load.ts). A run in English reads none
 * of them, `crm today` in Polish the few areas it prints. CommonJS, so that they are read as they are
 * asked for (a message is said synchronously); Node's compile cache keeps them as it keeps the bundles.
 * An area that its language finishes in one place (Bulgarian: src/i18n/bg/finish.ts) is finished in its file.
 */
const LANGUAGES = ['pl', 'bg', 'hy', 'fa'];
const areaFiles = {
  name: 'area-files',
  setup(bundle) {
    bundle.onResolve({ filter: /^area:/ }, (args) => ({ path: args.path, namespace: 'area' }));
    bundle.onLoad({ filter: /.*/, namespace: 'area' }, (args) => {
      const [language, area] = args.path.slice('area:'.length).split('/');
      const finish = existsSync(`src/i18n/${language}/finish.ts`);
      return {
        contents: finish
          ? `import { ${area} as made } from './${area}.ts';\nimport { finished } from './finish.ts';\nexport const ${area} = finished(made);\n`
          : `export { ${area} } from './${area}.ts';\n`,
        resolveDir: resolve(`src/i18n/${language}`),
        loader: 'js',
      };
    });
  },
};

/** What tells src/fast.ts which store's binders this bundle's fast path takes. */
const holding = (store) => ({ plugins: [builtins, pgStream, pgCrypto, sqliteDriver, wholeCataloguesOut, fastPathOnly(store)], define: { ...common.define, CRM_FAST_PATH_STORE: JSON.stringify(store) } });

await build({ ...common, ...holding('sqlite'), entryPoints: { crm: 'src/main.ts' }, splitting: false, metafile: true }).then(({ metafile }) => {
  if (process.env.CRM_BUNDLE_REPORT) process.stderr.write(Object.keys(metafile.inputs).join('\n') + '\n');
});

/**
 * One more crm.js for each hot command, holding its fast path alone: `crm today` reads and compiles
 * today's code, not find's, log's, show's and binder's as well (bin/crm.js picks the file by the
 * first word). fast.ts's list of hot commands is cut down to the one, so the others are never
 * bundled; anything else typed (a global option first, help) is still crm.js's. And one for a
 * binder on a server, crm-<command>-server.js, which holds pg and the server store in place of the
 * SQLite store (bin/crm.js picks it when --db or CRM_DB is a PostgreSQL URL).
 */
const HOT_COMMANDS = ['today', 'next', 'log', 'show', 'find', 'binder'];
const HOT_LINE = new RegExp(`^  (${HOT_COMMANDS.join('|')}): async \\(\\) => .*$`, 'gm');
// fast.ts, bin/crm.js and this list name the same hot commands, or a command would be left out of its file.
const fastLines = readFileSync('src/fast.ts', 'utf8').match(HOT_LINE) ?? [];
const binList = /const HOT = \[([^\]]*)\]/.exec(readFileSync('bin/crm.js', 'utf8'))?.[1].replace(/[\s']/g, '');
if (fastLines.length !== HOT_COMMANDS.length || binList !== HOT_COMMANDS.join(',')) {
  throw new Error(`scripts/bundle.mjs: the hot commands of src/fast.ts (${fastLines.length} lines) and bin/crm.js (${binList}) are not ${HOT_COMMANDS.join(', ')}`);
}
for (const name of HOT_COMMANDS) {
  const onlyThis = {
    name: `only-${name}`,
    setup(bundle) {
      bundle.onLoad({ filter: /src\/fast\.ts$/ }, (args) => ({
        contents: readFileSync(args.path, 'utf8').replace(HOT_LINE, (line, hot) => (hot === name ? line : '')),
        loader: 'ts',
      }));
    },
  };
  await Promise.all([
    ...['sqlite', 'postgres'].map((store) => {
      const { plugins, define } = holding(store);
      return build({ ...common, entryPoints: { [`crm-${name}${store === 'postgres' ? '-server' : ''}`]: 'src/main.ts' }, splitting: false, plugins: [onlyThis, ...plugins], define });
    }),
  ]);
}
await build({ ...common, entryPoints: { 'crm-runner': 'src/runner.ts' }, splitting: true, chunkNames: 'chunks/[name]-[hash]' });
rmSync('dist/lang', { recursive: true, force: true });
for (const old of readdirSync('dist').filter((name) => /^lang-\w+\.js$/.test(name))) rmSync(`dist/${old}`);
await build({
  ...common,
  entryPoints: Object.fromEntries(LANGUAGES.flatMap((language) => AREAS.map((area) => [`lang/${language}/${area}`, `area:${language}/${area}`]))),
  plugins: [builtins, areaFiles],
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  banner: {},
  splitting: false,
});

/**
 * Each bundled module's body (esbuild's `__esm({ "src/x.ts"() {...} })` and `__commonJS(...)`)
 * written as a parenthesised function, which V8 compiles when it compiles the file and not when
 * the module is first run: Node's compile cache (bin/crm.js) keeps what is compiled with the file,
 * so a start-up reads the modules' bodies compiled from the cache instead of parsing each one
 * again at every run. Measured on `crm today`: 193.8 -> 176.5 million instructions (callgrind,
 * bench/instructions.js), some 5 ms of 105 on this machine; the English messages
 * (src/i18n/lazy.ts) then cost nothing until said. Only the wrapping changes, not what runs; a
 * bundle with modules and none rewritten fails the build, so a change in esbuild's output is seen.
 */
const MODULE_BODY = /(= __(?:esm|commonJS)\(\{\n {2})("[^"\n]+")\(([^)]*)\) \{/g;
const BODY_END = '\n  }\n});';
function compiledWithTheFile(path) {
  const text = readFileSync(path, 'utf8');
  let out = '';
  let from = 0;
  let rewritten = 0;
  for (const start of text.matchAll(MODULE_BODY)) {
    if (start.index < from) continue;
    const end = text.indexOf(BODY_END, start.index + start[0].length);
    if (end < 0) throw new Error(`scripts/bundle.mjs: ${path}: no end to the module ${start[2]}`);
    out += `${text.slice(from, start.index)}${start[1]}${start[2]}: (function(${start[3]}) {${text.slice(start.index + start[0].length, end)}\n  })\n});`;
    from = end + BODY_END.length;
    rewritten++;
  }
  if (rewritten === 0 && /= __(esm|commonJS)\(\{/.test(text)) throw new Error(`scripts/bundle.mjs: ${path}: esbuild's module wrappers not found; see compiledWithTheFile`);
  writeFileSync(path, out + text.slice(from));
}
/**
 * Every file the build writes in ASCII alone: esbuild escapes the letters of strings and templates
 * but leaves those of regular expressions (/[а-я]/u) as they are, and one such letter makes V8 hold
 * the whole file as a two-byte string, which Node then decodes, and the compile cache encodes and
 * checksums, the slow way at every start. Measured (instructions, callgrind): crm today 183.8 M ->
 * 176.1 M, the cost of 110 KB of issue 17's code. A letter becomes its \\u escape (a pair of
 * surrogates beyond the first plane), which means the same in a regular expression, with or without
 * the u flag, as in a string; one after a backslash would not, and fails the build.
 */
function asciiOnly(path) {
  const text = readFileSync(path, 'utf8');
  if (!/[^\0-\x7f]/.test(text)) return;
  const escaped = text.replace(/(\\?)([^\0-\x7f])/g, (whole, backslash, letter, at) => {
    if (backslash) throw new Error(`scripts/bundle.mjs: ${path}: an escaped non-ASCII letter at ${at}; see asciiOnly`);
    return [...letter].map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  });
  writeFileSync(path, escaped);
}
const written = (folder) => readdirSync(folder, { recursive: true }).map((name) => `${folder}/${name}`).filter((path) => /\.c?js$/.test(path));
for (const path of written('dist/chunks')) asciiOnly(path);
for (const path of written('dist/lang')) asciiOnly(path);
for (const name of readdirSync('dist').filter((file) => /^crm(-[\w-]+)?\.js$/.test(file))) asciiOnly(`dist/${name}`);

// The hot commands' bundles alone: crm.js and the runner's chunks hold every command's modules, most
// of which a run never starts; compiled with the file they bought nothing (crm promises, crm move
// --help: the same instructions either way, measured).
for (const name of HOT_COMMANDS.flatMap((command) => [`crm-${command}.js`, `crm-${command}-server.js`])) compiledWithTheFile(`dist/${name}`);
