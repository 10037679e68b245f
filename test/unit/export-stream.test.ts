// crm export writes through a sink that waits for 'drain': a reader that takes its time never
// has more than a bounded amount of the export waiting for it, whatever the binder's size.
import { Readable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/binder/settings.js';
import { exportBinder } from '../../src/commands/export.js';
import { streamSink } from '../../src/sink.js';
import { openStore } from '../../src/store/open.js';

const GENERATE = fileURLToPath(new URL('../../bench/generate.js', import.meta.url));
/** What the reader holds before it says "wait": a pipe's buffer. */
const LIMIT = 64 * 1024;

/**
 * A writable stream as a slow pipe behaves: it takes everything it is given, but answers false
 * once `limit` bytes wait for the reader, which takes them later and says 'drain'. It records the
 * most that ever waited.
 */
class SlowReader extends EventEmitter {
  waiting = 0;
  mostWaiting = 0;
  received: string[] = [];
  private draining = false;

  constructor(private readonly limit: number) {
    super();
  }

  write(text: string): boolean {
    this.received.push(text);
    this.waiting += Buffer.byteLength(text);
    this.mostWaiting = Math.max(this.mostWaiting, this.waiting);
    if (this.waiting < this.limit) return true;
    if (!this.draining) {
      this.draining = true;
      setTimeout(() => {
        this.waiting = 0;
        this.draining = false;
        this.emit('drain');
      }, 1);
    }
    return false;
  }
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'crm-unit-'));
  const generated = spawnSync(process.execPath, [GENERATE, '--dossiers', '2000', '--out', join(dir, 'binder.db')], { encoding: 'utf8', timeout: 300_000 });
  expect(generated.status, generated.stderr).toBe(0);
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crm export to a slow reader', () => {
  for (const format of ['json', 'csv', 'vcard'] as const) {
    it(`${format}: waits for 'drain', so what waits for the reader stays under its limit and a gathered piece`, async () => {
      const store = await openStore(join(dir, 'binder.db'), { create: false, write: false }, { now: () => '2026-11-23T09:00:00Z' });
      try {
        const reader = new SlowReader(LIMIT);
        const deps = { store, today: '2026-11-23' as const, settings: DEFAULT_SETTINGS, now: () => '2026-11-23T09:00:00Z', zone: 'UTC', moment: () => ({ day: '2026-11-23', hour: 9, minute: 0, instant: '2026-11-23T09:00:00Z', zone: 'UTC' }), stdin: Readable.from([]) };
        const result = await exportBinder({ format }, deps, streamSink(reader as unknown as NodeJS.WritableStream));
        expect(result.count).toBe(2000);
        const sizes = reader.received.map((text) => Buffer.byteLength(text));
        const total = sizes.reduce((sum, size) => sum + size, 0);
        const largest = Math.max(...sizes);
        // Each write waits for the reader when the last one filled it: at most the limit and one
        // write ever wait, a small part of the whole export.
        expect(reader.mostWaiting).toBeLessThan(LIMIT + largest);
        expect(total).toBeGreaterThan(2 * (LIMIT + largest));
      } finally {
        await store.close();
      }
    }, 60_000);
  }
});
