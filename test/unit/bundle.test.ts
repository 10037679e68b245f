// The SQLite path never loads pg: dist/crm.js and each dist/crm-<command>.js (what `crm` starts)
// hold none of it, and the runner's chunks hold pg with its Node-only stream (scripts/bundle.mjs).
// esbuild names each module it bundles in a comment before its code: that is what is read here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const modules = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\/\/ (\S+)$/gm)].map((match) => match[1] as string);
const FAST = ['crm.js', ...['today', 'next', 'log', 'show', 'find', 'binder'].map((name) => `crm-${name}.js`)];

describe('the bundles', () => {
  it.each(FAST)('%s holds no pg and no server store', (file) => {
    const bundled = modules(join(DIST, file));
    // Read at all: the file names the modules it holds (better-sqlite3's store among them).
    expect(bundled).toContain('src/store/sqlite.ts');
    // The server store's modules stand there as a stub that throws (the fast path never goes there).
    expect(bundled.filter((path) => /^(node_modules\/pg[-/]|src\/store\/postgres\/)/.test(path))).toEqual([]);
  });

  it.each(['today', 'next', 'log', 'show', 'find', 'binder'])('crm-%s-server.js holds pg (its Node-only stream) and the server store, and no commander', (name) => {
    const bundled = modules(join(DIST, `crm-${name}-server.js`));
    expect(bundled).toContain('node_modules/pg/lib/client.js');
    expect(bundled).toContain('scripts/pg-stream.mjs');
    expect(bundled).toContain('src/store/postgres/store.ts');
    expect(bundled.filter((path) => path.startsWith('node_modules/commander/'))).toEqual([]);
  });

  it("the runner's chunks hold pg, with the Node-only stream in place of pg's own", () => {
    const chunks = readdirSync(join(DIST, 'chunks')).flatMap((file) => modules(join(DIST, 'chunks', file)));
    expect(chunks).toContain('node_modules/pg/lib/client.js');
    expect(chunks).toContain('scripts/pg-stream.mjs');
    expect(chunks).not.toContain('node_modules/pg/lib/stream.js');
    expect(chunks.filter((path) => path.includes('pg-cloudflare'))).toEqual([]);
  });

  const ONE_FILE = [...FAST, ...['today', 'next', 'log', 'show', 'find', 'binder'].map((name) => `crm-${name}-server.js`)];
  it.each(ONE_FILE)('%s holds no language but English: each is a file of its own, read only by its runs', (file) => {
    const bundled = modules(join(DIST, file));
    expect(bundled.filter((path) => /^src\/i18n\/(pl|bg|hy|fa)\//.test(path))).toEqual([]);
  });

  const AREAS = readdirSync(fileURLToPath(new URL('../../src/i18n/en/', import.meta.url))).map((file) => file.replace(/\.ts$/, ''));
  it.each(['pl', 'bg', 'hy', 'fa'])('dist/lang/%s/ holds each area of that language in a file of its own, and no other language', (language) => {
    expect(readdirSync(join(DIST, 'lang', language)).sort()).toEqual(AREAS.map((area) => `${area}.cjs`).sort());
    for (const area of AREAS) {
      const bundled = modules(join(DIST, 'lang', language, `${area}.cjs`));
      expect(bundled).toContain(`src/i18n/${language}/${area}.ts`);
      // Its language's other areas only where it quotes them (help's examples are dates' words).
      expect(bundled.filter((path) => /^src\/i18n\/(pl|bg|hy|fa)\//.test(path) && !path.startsWith(`src/i18n/${language}/`))).toEqual([]);
      expect(bundled.filter((path) => !path.startsWith('src/i18n/') && !path.startsWith('area:'))).toEqual([]);
    }
  });

  it.each(['today', 'next', 'log', 'show', 'find', 'binder'].flatMap((name) => [`crm-${name}.js`, `crm-${name}-server.js`]))(
    "%s: every module's body is compiled with the file (a parenthesised function), for the compile cache to keep",
    (file) => {
      const text = readFileSync(join(DIST, file), 'utf8');
      expect(text.match(/= __(esm|commonJS)\(\{\n {2}"[^"\n]+": \(function\(/g)?.length).toBeGreaterThan(50);
      expect(text.match(/= __(esm|commonJS)\(\{\n {2}"[^"\n]+"\(/g)).toBeNull();
    },
  );

  // One letter beyond ASCII makes V8 hold a whole file as a two-byte string, decoded and checksummed the slow way at every start.
  it('every file esbuild writes is ASCII alone (its letters escaped)', () => {
    const files = [
      ...readdirSync(DIST).filter((name) => /^crm(-[\w-]+)?\.js$/.test(name)),
      ...readdirSync(join(DIST, 'chunks')).map((name) => join('chunks', name)),
      ...readdirSync(join(DIST, 'lang'), { recursive: true }).filter((name) => String(name).endsWith('.cjs')).map(String).map((name) => join('lang', name)),
    ];
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => /[^\0-\x7f]/.test(readFileSync(join(DIST, file), 'utf8')))).toEqual([]);
  });
});
