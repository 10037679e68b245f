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
// A hot command typed first has a bundle of its own (scripts/bundle.mjs): only its code is read,
// with the server store and pg when the binder is on a server (--db or CRM_DB a PostgreSQL URL).
const HOT = ['today', 'next', 'log', 'show', 'find', 'binder'];
const [first, ...rest] = process.argv.slice(2);
const db = rest.findLast((arg, i) => arg.startsWith('--db=') || rest[i - 1] === '--db')?.replace(/^--db=/, '') ?? process.env.CRM_DB ?? '';
// storeKind's test (src/store/open.ts), repeated here: importing it would load one more module at every start.
const onServer = /^postgres(ql)?:\/\//i.test(db);
await import(HOT.includes(first) ? `../dist/crm-${first}${onServer ? '-server' : ''}.js` : '../dist/crm.js');
