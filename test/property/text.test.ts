// Property tests of stored text, end to end: random names and notes (any Unicode, right-to-left
// scripts, emoji, control characters and escape sequences, SQL and search-syntax metacharacters)
// through crm file, log, show, find and today, each run in a fresh binder on a
// random today. Every run spawns the built CLI a few times (~0.1 s each), so run counts are small.
import fc from 'fast-check';
import './seed.js';
import { describe, expect, it } from 'vitest';
import type { Day } from '../../src/binder/day.js';
import { DEFAULT_SETTINGS } from '../../src/binder/settings.js';
import { fileOn, parseWhen } from '../../src/binder/when.js';
import { tempBinder, type Binder } from '../e2e/cli.js';
import { ok, refused, type ShowJson, type FindJson } from '../e2e/support.js';
import { followsHandleRule, handle, name, note, text, today, when } from './stored-text.js';

// ---- What a user checks. ----

/**
 * C0 controls but the newline, DEL, C1 controls (8-bit CSI, OSC, ...), bidi overrides, embeddings
 * and isolates, and the Unicode line and paragraph separators: none may reach a terminal.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

/** The text that is not a control character, in pieces: what must still be shown of a stored text. */
function visiblePieces(stored: string): string[] {
  // eslint-disable-next-line no-control-regex -- as above
  return stored.split(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]+/u).filter((piece) => piece.trim() !== '');
}

/** `printed` shows each visible piece of `stored`, in order. */
function expectShown(printed: string, stored: string, what: string): void {
  let from = 0;
  for (const piece of visiblePieces(stored)) {
    const at = printed.indexOf(piece, from);
    expect(at, `${what}: ${JSON.stringify(piece)} of ${JSON.stringify(stored)} is shown in ${JSON.stringify(printed)}`).toBeGreaterThanOrEqual(0);
    from = at + piece.length;
  }
}

function expectNoTerminalControls(printed: string, what: string): void {
  const found = TERMINAL_CONTROL.exec(printed);
  expect(found, `${what} printed U+${found?.[0].codePointAt(0)?.toString(16).padStart(4, '0')} in ${JSON.stringify(printed)}`).toBeNull();
}

/** Runs `check` on a fresh binder whose today is `day`, and removes the binder whatever happens. */
function withBinder(day: Day, check: (binder: Binder) => void): void {
  const binder = tempBinder(day);
  try {
    check(binder);
  } finally {
    binder.remove();
  }
}

/** The date crm files `form` on, by the domain's own rules (test/property/when.test.ts checks those). */
function filedOn(form: string, day: Day): Day {
  return fileOn(parseWhen(form, day), day, DEFAULT_SETTINGS).day;
}

describe('handles', () => {
  it("the handle generator draws only handles the README's rule allows, and of every kind it names (2,000 draws, no spawn)", () => {
    fc.assert(
      fc.property(handle, (h) => {
        expect(followsHandleRule(h), JSON.stringify(h)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    const drawn = fc.sample(handle, 2000);
    // Not only Latin letters: marks, digits of other scripts and the inside punctuation all come up.
    expect(drawn.some((h) => /\p{M}/u.test(h))).toBe(true);
    expect(drawn.some((h) => /[^\p{ASCII}]/u.test(h) && /\p{Nd}/u.test(h.replace(/[0-9]/g, '')))).toBe(true);
    expect(drawn.some((h) => /[.\-_]/.test(h))).toBe(true);
    expect(drawn.some((h) => /[\u{1D7CE}-\u{1D7FF}]/u.test(h))).toBe(true);
  });

  it('crm file takes a handle of one word and refuses one that is not, writing nothing (20 runs)', () => {
    // What the README's rule rules out: a space, a shell's or a path's special character, an
    // emoji, punctuation first, crm's own words.
    const broken = fc.oneof(
      fc.tuple(handle, fc.constantFrom(' ', '/', '$', '*', '"', "'", '\u{1F600}', '\t', ';', '!'), handle).map(([a, bad, b]) => a + bad + b),
      fc.tuple(fc.constantFrom('.', '-', '_'), handle).map(([bad, h]) => bad + h),
      fc.constantFrom('done', 'Resolve', ''),
    );
    fc.assert(
      fc.property(handle, broken, today, (good, bad, day) =>
        withBinder(day, (binder) => {
          expect(followsHandleRule(bad), JSON.stringify(bad)).toBe(false);
          // `--` ends the options: a handle may begin with a dash.
          refused(binder, ['file', '--name', 'Anna Nowak', '--', bad, 'tomorrow']);
          ok(binder, ['file', '--name', 'Anna Nowak', '--', good, 'tomorrow']);
          expect(binder.json<ShowJson>(['show', good]).handle).toBe(good);
        }),
      ),
      { numRuns: 20 },
    );
  }, 120_000);
});

describe('names and notes, end to end', () => {
  it('crm file --name then crm show --json: the name comes back exactly (surrounding whitespace trimmed), or it is refused with one line and nothing written (60 runs)', () => {
    fc.assert(
      fc.property(handle, name, when, today, (h, typed, form, day) =>
        withBinder(day, (binder) => {
          const args = ['file', h, form, '--name', typed];
          // A name is trimmed; blank or over 200 characters (code points: an emoji or a CJK
          // extension character counts once) it is refused (src/binder/card.ts).
          const kept = typed.trim();
          if (kept === '' || [...kept].length > 200) {
            refused(binder, args);
            return;
          }
          ok(binder, args);
          const shown = binder.json<ShowJson>(['show', h]);
          expect(shown.handle).toBe(h);
          expect(shown.name).toBe(kept);
          expect(shown.filedOn).toBe(filedOn(form, day));
        }),
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('crm log --note --next then crm show --json: each note is in the history exactly, in order, and is the last note (30 runs of 1-3 notes)', () => {
    fc.assert(
      fc.property(handle, fc.array(fc.tuple(note, when), { minLength: 1, maxLength: 3 }), today, (h, logs, day) =>
        withBinder(day, (binder) => {
          ok(binder, ['file', h, 'tomorrow', '--name', 'Anna Nowak']);
          for (const [said, next] of logs) ok(binder, ['log', h, '--note', said, '--next', next]);
          const shown = binder.json<ShowJson>(['show', h]);
          expect(shown.history.filter((entry) => entry.kind === 'call').map((entry) => entry.note)).toEqual(logs.map(([said]) => said));
          const [lastNote, lastNext] = logs.at(-1) as [string, string];
          expect(shown.lastNote).toBe(lastNote);
          expect(shown.filedOn).toBe(filedOn(lastNext, day));
        }),
      ),
      { numRuns: 30 },
    );
  }, 120_000);

  it('crm find <a word of the name>, as typed, without its diacritics or in other capitals, finds the dossier (40 runs)', () => {
    const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    /** Upper or lower case, where each character's case maps one to one (ß -> SS or ᾳ -> ΑΙ would be a different word). */
    const recase = (word: string, upper: boolean): string => {
      const simple = [...word].every((c) => [...c.toUpperCase()].length === 1 && c.toUpperCase().toLowerCase() === c.toLowerCase());
      return simple ? (upper ? word.toUpperCase() : word.toLowerCase()) : word;
    };
    const variants = {
      typed: (word: string) => word,
      'without diacritics': (word: string) => word.normalize('NFD').replace(/\p{M}/gu, ''),
      upper: (word: string) => recase(word, true),
      lower: (word: string) => recase(word, false),
    };
    fc.assert(
      fc.property(
        handle,
        text(10).filter((t) => t.trim() !== '' && t.trim().length <= 200 && /[\p{L}\p{N}]/u.test(t)),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...(Object.keys(variants) as (keyof typeof variants)[])),
        today,
        (h, typed, pick, start, length, variant, day) =>
          withBinder(day, (binder) => {
            ok(binder, ['file', h, 'tomorrow', '--name', typed]);
            // A word of the name, then a run of its graphemes that holds a letter or a digit.
            const words = typed.trim().split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
            const word = words[pick % words.length] as string;
            const clusters = [...graphemes.segment(word)].map((s) => s.segment);
            const from = start % clusters.length;
            let slice = clusters.slice(from, from + 1 + (length % (clusters.length - from))).join('');
            if (!/[\p{L}\p{N}]/u.test(slice)) slice = word;
            const query = variants[variant](slice);
            // `--` ends the options: a word may begin with a dash.
            const result = binder.crm(['find', '--json', '--', query]);
            expect(result.code, `crm find ${JSON.stringify(query)}: ${result.stderr}`).toBe(0);
            const found = JSON.parse(result.stdout) as FindJson;
            expect(
              found.dossiers.map((dossier) => dossier.handle),
              `crm find ${JSON.stringify(query)} (${variant} of ${JSON.stringify(slice)}) in ${JSON.stringify(typed)}`,
            ).toContain(h);
          }),
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('crm show and crm today print stored names and notes with every terminal control neutralised, and still show their text (25 runs)', () => {
    fc.assert(
      fc.property(handle, text(10).filter((t) => t.trim() !== '' && t.trim().length <= 200), note, note, today, (h, typed, filedNote, loggedNote, day) =>
        withBinder(day, (binder) => {
          // Filed and refiled for today, so that crm today shows the card and its last note.
          const filed = ok(binder, ['file', h, 'today', '--name', typed, '--note', filedNote]);
          const logged = ok(binder, ['log', h, '--note', loggedNote, '--next', 'today']);
          const shown = ok(binder, ['show', h]);
          const stack = ok(binder, ['today']);
          for (const [what, printed] of [['crm file', filed], ['crm log', logged], ['crm show', shown], ['crm today', stack]] as const) {
            expectNoTerminalControls(printed, what);
            expectShown(printed, typed.trim(), `the name in ${what}`);
          }
          expectShown(shown, filedNote, 'the note of crm file in crm show');
          expectShown(shown, loggedNote, 'the note of crm log in crm show');
          // The stack shows the first line of the last note.
          expectShown(stack, loggedNote.split('\n')[0] as string, 'the last note in crm today');
        }),
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it("a name or note that looks like one of crm's own options (-V, --quiet, --db=x, ...) is stored exactly as typed (20 runs)", () => {
    // Shell users quote such text and expect it taken as the option's value, as --name "-x" is:
    // crm's own options are read before the command's name, or after it where no value is due.
    const optionLike = fc.constantFrom('-V', '--version', '-q', '--quiet', '--debug', '--no-color', '--db', '--db=x', '-h', '--help', '--json', '-qV', '--', '-x');
    fc.assert(
      fc.property(handle, optionLike, optionLike, today, (h, typedName, said, day) =>
        withBinder(day, (binder) => {
          ok(binder, ['file', h, 'tomorrow', '--name', typedName]);
          expect(binder.json<ShowJson>(['show', h]).name).toBe(typedName);
          ok(binder, ['log', h, '--note', said, '--next', 'fri']);
          const notes = binder.json<ShowJson>(['show', h]).history.filter((entry) => entry.kind === 'call').map((entry) => entry.note);
          expect(notes).toEqual([said]);
        }),
      ),
      { numRuns: 20 },
    );
  }, 120_000);
});
