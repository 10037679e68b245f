// English: naming a client (commands/lookup.ts): none matched, or more than one.
import { lazyArea } from '../lazy.js';

export const lookup = lazyArea(() => ({
  /** More candidates than the `count` shown (`over`): 'more than 10 clients'. */
  ambiguous: (p: { name: string; count: number; over: boolean }) =>
    `"${p.name}" matches ${p.over ? `more than ${p.count}` : p.count} clients; type one of these handles, or more letters:`,
  andMore: '  ... and more',
  /** Handles within two edits of what was typed, closest first. */
  didYouMean: (p: { name: string; handles: string[] }) => `no client matches "${p.name}"; did you mean ${p.handles.join(' or ')}?`,
  none: (p: { name: string }) => `no client matches "${p.name}"; see crm find <text> to search`,
}));
