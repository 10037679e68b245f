// Wordings crm stores in English (binder/entry-notes.ts, binder/summaries.ts): each one template,
// written as the English with slots in it, that both makes a text from its parts and reads a stored
// text back into them, so the two cannot drift. Stored texts are read back to be said again in the
// run's language (render/stored.ts); one no template reads is shown as it was stored.
import { HANDLE } from './names.js';

/** A placeholder of a template: its name, and what it matches in a stored text (no capturing group of its own). */
interface Slot<N extends string> {
  readonly name: N;
  readonly pattern: string;
}

const DAY = '\\d{4}-\\d{2}-\\d{2}';

/** A day as stored: '2026-12-08'. */
export const day = <N extends string>(name: N): Slot<N> => ({ name, pattern: DAY });
/** A day with its hour when it has one (binder/hours.ts dayAndHour): '2026-12-08' or '2026-12-08 15:00'. */
export const when = <N extends string>(name: N): Slot<N> => ({ name, pattern: `${DAY}(?: \\d{2}:\\d{2})?` });
export const count = <N extends string>(name: N): Slot<N> => ({ name, pattern: '\\d+' });
export const handle = <N extends string>(name: N): Slot<N> => ({ name, pattern: HANDLE.source.slice(1, -1) });
/** One of a few words (a kind of contact). */
export const oneOf = <N extends string>(name: N, words: readonly string[]): Slot<N> => ({ name, pattern: words.map(escaped).join('|') });
/** A word without spaces or punctuation: an outcome, a form's name, a login. */
export const word = <N extends string>(name: N): Slot<N> => ({ name, pattern: '[^\\s,;:()]+' });
/** Words inside parentheses: the card fields a change named. */
export const inParentheses = <N extends string>(name: N): Slot<N> => ({ name, pattern: '[^()]*' });
/** Anything: what the user typed (a promise, a name, file names). */
export const text = <N extends string>(name: N): Slot<N> => ({ name, pattern: '[\\s\\S]*' });

function escaped(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A stored wording: makes a text from its parts, and reads the parts back out of one. */
export interface Template<N extends string> {
  make(parts: Readonly<Record<N, string | number>>): string;
  /** The parts of `text` when it is this wording, whole; else undefined. */
  read(text: string): Record<N, string> | undefined;
  /** The wording as a pattern with a capturing group per slot, in order (for a list of wordings). */
  readonly pattern: string;
  readonly names: readonly N[];
}

/** The parts a template makes its text of. */
export type PartsOf<T> = T extends Template<infer N> ? Record<N, string> : never;

/** A template written as English with slots in it: template`kept promise ${count('id')}: ${text('what')}`. */
export function template<N extends string = never>(literals: TemplateStringsArray, ...slots: Slot<N>[]): Template<N> {
  const pattern = literals.map((literal, i) => escaped(literal) + (i < slots.length ? `(${(slots[i] as Slot<N>).pattern})` : '')).join('');
  const names = slots.map((slot) => slot.name);
  let whole: RegExp | undefined;
  return {
    pattern,
    names,
    make: (parts) => literals.map((literal, i) => literal + (i < slots.length ? String(parts[(slots[i] as Slot<N>).name]) : '')).join(''),
    read: (stored) => {
      whole ??= new RegExp(`^${pattern}$`, 'u');
      const found = whole.exec(stored);
      return found ? partsOf(names, found, 1) : undefined;
    },
  };
}

function partsOf<N extends string>(names: readonly N[], found: RegExpExecArray, first: number): Record<N, string> {
  return Object.fromEntries(names.map((name, i) => [name, found[first + i] ?? ''])) as Record<N, string>;
}

/** Which of `templates` reads `stored`, the first that does, and its parts. */
export type Reading<T extends Record<string, Template<string>>> = { [K in keyof T]: { key: K; parts: PartsOf<T[K]> } }[keyof T];

export function readOne<T extends Record<string, Template<string>>>(templates: T, stored: string): Reading<T> | undefined {
  for (const [key, template] of Object.entries(templates)) {
    const parts = template.read(stored);
    if (parts) return { key, parts } as Reading<T>;
  }
  return undefined;
}

const LISTED = new Map<string, RegExp>();

/** A template's pattern as a piece of a list: where the search stands, up to the next ', ' or the end. */
function listed(template: Template<string>): RegExp {
  let piece = LISTED.get(template.pattern);
  if (!piece) LISTED.set(template.pattern, (piece = new RegExp(`(?:${template.pattern})(?=, |$)`, 'uy')));
  return piece;
}

/** Texts joined by ', ', each one of `templates`: read back only when every piece is one of them. */
export function readList<T extends Record<string, Template<string>>>(templates: T, stored: string): Reading<T>[] | undefined {
  const read: Reading<T>[] = [];
  let at = 0;
  while (at < stored.length || read.length === 0) {
    let next: { reading: Reading<T>; end: number } | undefined;
    for (const [key, template] of Object.entries(templates)) {
      const piece = listed(template);
      piece.lastIndex = at;
      const found = piece.exec(stored);
      if (found) {
        next = { reading: { key, parts: partsOf(template.names, found, 1) } as Reading<T>, end: at + found[0].length };
        break;
      }
    }
    if (!next) return undefined;
    read.push(next.reading);
    at = next.end;
    if (at < stored.length) at += 2;
  }
  return read;
}

/**
 * A group of templates, made when the module loads: marked pure, so that a bundle which takes a
 * command's module for what it reads, not for the changes it makes (crm today takes the promises'),
 * leaves the group out when nothing of it is used.
 */
export function wordings<T>(make: () => T): T {
  return make();
}
