// Bundles the CLI for start-up speed, as two worlds that share no module:
// - dist/crm.js, what `crm` starts: main.ts and the fast path of the hot commands (today, log,
//   show, find, binder) with all they load, in one file, so `crm today` reads one file of crm's;
// - dist/crm-runner.js, runCli whole (commander, every command, help, errors): one file for what
//   every command loads and a chunk for each lazily imported part (prompts, zod, import and export).
//   crm.js imports it when the fast path hands a command line on; the in-process tests run it.
// better-sqlite3 stays outside: it is a native addon found through node_modules.
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

// Chunk names carry a hash: clear the old ones so dist/ holds one build.
rmSync('dist/chunks', { recursive: true, force: true });

const common = {
  // Beside tsc's output, so that both resolve '../package.json' alike.
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3'],
  // Some bundled packages are CommonJS and call require(): give the bundle one.
  banner: { js: "import { createRequire as __crmRequire } from 'node:module'; const require = __crmRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
  // crm --version, from the package being built (the code that prints it is a chunk, not beside package.json).
  define: { CRM_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
};

/**
 * What crm.js leaves out. runner.ts (commander's path) is crm-runner.js, loaded only when the fast
 * path hands a command line on. The prompts and the forms (zod, YAML) never run in crm.js: the
 * fast path leaves a run that may ask (crm log at a terminal) or fills in a form (--form, --field)
 * to commander's path (src/hot/declare.ts: asks, slowWith). A stub stands in for them, so that
 * inquirer, zod and YAML are not read at every start, and says so loudly if that ever changes.
 */
const SLOW = ['src/prompts/', 'src/commands/forms.ts', 'src/binder/forms.ts'].map((path) => resolve(path));

const fastPathOnly = {
  name: 'fast-path-only',
  setup(bundle) {
    const runner = resolve('src/runner.ts');
    bundle.onResolve({ filter: /^\.\.?\// }, (args) => {
      const path = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      if (path === runner) return { path: './crm-runner.js', external: true };
      if (SLOW.some((slow) => path.startsWith(slow))) return { path, namespace: 'slow-stub' };
      return undefined;
    });
    bundle.onLoad({ filter: /.*/, namespace: 'slow-stub' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`crm: ${args.path} was loaded on the fast path, which leaves it to commander's path (scripts/bundle.mjs)`)});`,
      loader: 'js',
    }));
  },
};

await build({ ...common, entryPoints: { crm: 'src/main.ts' }, splitting: false, plugins: [fastPathOnly], metafile: true }).then(({ metafile }) => {
  if (process.env.CRM_BUNDLE_REPORT) process.stderr.write(Object.keys(metafile.inputs).join('\n') + '\n');
});
await build({ ...common, entryPoints: { 'crm-runner': 'src/runner.ts' }, splitting: true, chunkNames: 'chunks/[name]-[hash]' });
