import { defineConfig } from 'vitest/config';

// In CI the order of files and of tests within them is shuffled, so that a test leaning on what an
// earlier one left fails there; CRM_TEST_SEED replays an order (vitest prints the seed it used).
const shuffled = process.env.CI === 'true' || process.env.CRM_TEST_SHUFFLE === '1';
const seed = Number(process.env.CRM_TEST_SEED) || Math.floor(Math.random() * 1_000_000);
if (shuffled) process.stderr.write(`Tests run shuffled, seed ${seed} (CRM_TEST_SEED=${seed} to replay this order)\n`);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/fresh-build.ts'],
    testTimeout: 20_000,
    // A fixture seeded with dozens of commands, on a loaded machine.
    hookTimeout: 60_000,
    // Most end-to-end tests run crm in-process (test/e2e/in-process.ts); the rest spawn it. Two
    // cores: keep the pool small.
    pool: 'forks',
    sequence: { shuffle: shuffled ? { files: true, tests: true } : false, seed },
  },
});
