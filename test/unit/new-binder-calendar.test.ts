// A new binder whose language is Persian starts in the Persian calendar (issue 17): the store writes
// the settings a run asks a binder it creates to start with; a binder that exists keeps its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open.js';

const now = () => '2026-11-23T09:00:00Z';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crm-calendar-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the settings a new binder starts with', () => {
  it('a binder created with { calendar: persian } reads persian from then on, in any run', async () => {
    const path = join(dir, 'binder.db');
    const made = await openStore(path, { create: true, write: true }, { now, newBinder: { calendar: 'persian' } });
    await made.close();
    const read = await openStore(path, { create: false, write: false }, { now });
    expect((await read.readSettings()).calendar).toBe('persian');
    await read.close();
  });

  it('a binder that exists is not changed by what a new one would start with', async () => {
    const path = join(dir, 'binder.db');
    await (await openStore(path, { create: true, write: true }, { now })).close();
    const again = await openStore(path, { create: true, write: true }, { now, newBinder: { calendar: 'persian' } });
    expect((await again.readSettings()).calendar).toBe('gregorian');
    await again.close();
  });

  it('a read creates nothing, so starts nothing', async () => {
    const read = await openStore(join(dir, 'none.db'), { create: false, write: false }, { now, newBinder: { calendar: 'persian' } });
    expect((await read.readSettings()).calendar).toBe('gregorian');
    await read.close();
  });
});
