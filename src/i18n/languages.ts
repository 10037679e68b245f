// The languages crm speaks: a module of its own that imports nothing, so that the settings and
// how a run prints (printing.ts) may name them without a cycle.

/** The languages crm speaks, English the source of the others. */
export const LANGUAGES = ['en', 'pl', 'bg', 'hy', 'fa'] as const;
/** A language crm speaks, or `qps`: the pseudo-language that shows text left outside the catalogue. */
export type Language = (typeof LANGUAGES)[number] | 'qps';
