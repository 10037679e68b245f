// Bundles the CLI for start-up speed: one file for what every command loads (commander, chalk,
// the store, the binder), and a chunk for each lazily imported part (prompts, zod, import and
// export), so `crm today` reads a few files instead of resolving hundreds of modules.
// better-sqlite3 stays outside: it is a native addon found through node_modules.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry a hash: clear the old ones so dist/ holds one build.
rmSync('dist/chunks', { recursive: true, force: true });

const common = {
  // Beside tsc's output, so that '../package.json' (the version) resolves the same from both.
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['better-sqlite3'],
  // Some bundled packages are CommonJS and call require(): give the bundle one.
  banner: { js: "import { createRequire as __crmRequire } from 'node:module'; const require = __crmRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  // crm --version, from the package being built (the code that prints it is a chunk, not beside package.json).
  define: { CRM_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
  logLevel: 'warning',
};

await build({ ...common, entryPoints: { crm: 'src/main.ts' } });
// runCli on its own, for the tests that run commands in-process: built apart, so that sharing
// nothing with it leaves crm.js, what a user starts, one file as before.
await build({ ...common, entryPoints: { 'crm-runner': 'src/runner.ts' } });
