#!/usr/bin/env node
// The installed command: everything lives in the built entry.
import '../dist/main.js';
