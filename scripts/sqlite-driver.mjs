// What the bundles hold in place of src/store/driver.ts (scripts/bundle.mjs): better-sqlite3's
// JavaScript compiled into crm's bundle, its native part loaded straight from the installed package.
// Required as a package, the driver reads a dozen files and probes for its binary at every start,
// some 6-8 ms of a command that takes 50; bundled, it costs what compiling it from the cache costs.
// The JavaScript bundled and the binary loaded must be one release: when the installed package is
// not the release bundled (or is not where crm's own node_modules would hold it), the package is
// required as it is, and only the start-up gain is lost.
import createDatabase from 'better-sqlite3/lib/database.js';
import util from 'better-sqlite3/lib/util.js';

// See src/store/driver.ts: read by the native part when it loads.
process.env.SQLITE_USE_URI = '1';

const { existsSync, readFileSync } = globalThis.process.getBuiltinModule('node:fs');
const { createRequire } = globalThis.process.getBuiltinModule('node:module');
const { fileURLToPath } = globalThis.process.getBuiltinModule('node:url');

/** better-sqlite3's version, written in at bundle time. */
// eslint-disable-next-line no-undef -- esbuild's define
const BUNDLED = BETTER_SQLITE3_VERSION;
// Beside crm's own dist/, whichever file of it (a chunk is a folder deeper) holds this.
const root = import.meta.url.slice(0, import.meta.url.lastIndexOf('/dist/') + 1);
const packageDir = root === '' ? '' : fileURLToPath(`${root}node_modules/better-sqlite3/`);

/** The installed release's folder, when it is the bundled one; undefined otherwise. */
function installed() {
  if (packageDir === '') return undefined;
  try {
    return JSON.parse(readFileSync(`${packageDir}package.json`, 'utf8')).version === BUNDLED ? packageDir : undefined;
  } catch {
    return undefined;
  }
}

const dir = installed();
const require = createRequire(import.meta.url);

/** The native part, found as the package's lib/binding.js finds it: a binary built here, else the prebuilt one. */
function addon() {
  for (const build of ['Debug', 'Release']) {
    const built = `${dir}build/${build}/better_sqlite3.node`;
    if (existsSync(built)) return require(built);
  }
  const prebuilt = `${dir}prebuilds/${process.platform === 'linux' && isMusl() ? 'linuxmusl' : process.platform}-${process.arch}.node`;
  // Anything unusual is the package's own search.
  return existsSync(prebuilt) ? require(prebuilt) : require(`${dir}lib/binding.js`).getBinding();
}

/** Whether musl's loader is mapped into this process, as lib/binding.js asks. */
function isMusl() {
  try {
    const maps = readFileSync('/proc/self/maps', 'latin1');
    if (/\/ld-musl-[^/\s]*\.so/.test(maps)) return true;
    if (/\/(?:ld-linux[^/\s]*|libc)\.so\.\d/.test(maps)) return false;
  } catch {
    // No /proc: the report says.
  }
  return !process.report.getReport().header.glibcVersionRuntime;
}

export const Database = dir === undefined ? require('better-sqlite3') : createDatabase(addon, false);

export function nativeKey() {
  return dir === undefined ? require(`${require.resolve('better-sqlite3').replace(/index\.js$/, '')}util.js`).cppdb : util.cppdb;
}
