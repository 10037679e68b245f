#!/usr/bin/env node
// The installed command: everything lives in the built bundle (scripts/bundle.mjs). On Node 22+
// the compiled code is cached between runs, which takes a third off start-up.
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/crm.js');
