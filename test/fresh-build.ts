// The end-to-end tests run the built CLI (dist/), not src/: a build older than any source file
// would test yesterday's code and pass. So before any test runs, a stale build is built again.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILT = ['dist/crm.js', 'dist/crm-runner.js', ...['today', 'next', 'log', 'show', 'find', 'binder'].map((name) => `dist/crm-${name}.js`)];
const SOURCES = ['src', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

/** The newest modification time under `path` (a file, or every file of a folder). */
function newest(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export default function setup(): void {
  // The SQLite binding needs Node-API 10: on Node 20 every test would die in a native crash.
  if (!(Number(process.versions.napi) >= 10)) throw new Error(`the tests need Node.js 22.14 or later (this is ${process.version})`);
  const built = BUILT.map((file) => join(ROOT, file));
  const builtAt = built.every(existsSync) ? Math.min(...built.map((file) => statSync(file).mtimeMs)) : 0;
  const changedAt = Math.max(...SOURCES.map((path) => newest(join(ROOT, path))));
  if (builtAt >= changedAt) return;
  process.stderr.write('dist/ is older than the sources: building it again before the tests (npm run build)\n');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
