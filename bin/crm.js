#!/usr/bin/env node
// The installed command: everything lives in the built bundle (scripts/bundle.mjs). On Node 22+
// the compiled code is cached between runs, which takes a third off start-up.
import module from 'node:module';

// The SQLite binding is built for Node-API 10 (Node 22.14 and later): on an older Node it would
// crash on the first open, so say what to install instead.
if (!(Number(process.versions.napi) >= 10)) {
  process.stderr.write(`crm: needs Node.js 22.14 or later (this is ${process.version}): install Node.js 22 or 24\n`);
  process.exit(1);
}

module.enableCompileCache?.();
// A hot command typed first has a bundle of its own (scripts/bundle.mjs): only its code is read.
const HOT = ['today', 'next', 'log', 'show', 'find', 'binder'];
const first = process.argv[2];
await import(HOT.includes(first) ? `../dist/crm-${first}.js` : '../dist/crm.js');
