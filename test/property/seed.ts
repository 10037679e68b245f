// Which inputs the properties draw. On a developer's machine, new ones each run: that is how they
// find what no one thought to write down. Under CI, the same ones every time, so that a landing is
// never refused by chance and a failure there is the same failure on any machine. FC_SEED=<n>
// repeats any run (fast-check prints the seed of a failure).
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261122' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
