// English: lists of dossiers (render/list.ts): what is filed behind a divider (crm open) and what
// matches a search (crm find).
import { lazyArea } from '../lazy.js';
import { counted } from '../plural.js';

const dossiers = (n: number) => counted('en', n, { one: '# dossier', other: '# dossiers' });

export const lists = lazyArea(() => ({
  /** The columns' headers, in lower case as the rows are. */
  headers: {
    handle: 'handle',
    name: 'name',
    company: 'company',
    phone: 'phone',
    filedOn: 'filed on',
    /** crm open: the last conversation's note. */
    last: 'last',
    /** crm find: where in the dossier the words were found. */
    foundIn: 'found in',
    /** crm find, the history's matches: the entry (its kind and day) and its text. */
    entry: 'entry',
    text: 'text',
  },
  /** crm open, a day divider: 'Filed on Tue 8 Dec 2026'. */
  filedOn: (p: { day: string }) => `Filed on ${p.day}`,
  /** crm open, a month divider: 'Behind January 2027', then dimmed the days it holds, `span`. */
  behind: (p: { month: string }) => `Behind ${p.month}`,
  span: (p: { from: string; to: string }) => ` (${p.from} to ${p.to})`,
  /** `title` is filedOn or behind, with its span. */
  count: (p: { title: string; count: number }) => `${p.title}: ${dossiers(p.count)}`,
  nothingFiled: (p: { title: string }) => `${p.title}: nothing filed.`,
  stillBehindDays: (p: { title: string }) => `${p.title}: nothing; all of that month is still behind the day dividers (crm binder).`,
  /** A dossier's filing when it is overdue: ' (3d late)'. */
  late: (p: { days: number }) => ` (${p.days}d late)`,
  closed: 'closed',
  /** crm find: `text` as typed. */
  nothingMatches: (p: { text: string }) => `Nothing matches "${p.text}".`,
  /** '1 dossier matches "price"': `dossiers` is the count said by `dossiers` (in bold). */
  matches: (p: { count: number; dossiers: string; text: string }) => `${p.dossiers} ${p.count === 1 ? 'matches' : 'match'} "${p.text}"`,
  dossiers: (p: { count: number }) => dossiers(p.count),
  onlyFirst: (p: { count: number }) => `Only the first ${p.count} are listed; search for more of the text.`,
  foundInHistory: 'Found in the history',
  /** Found in the card: the fields, as the options name them. */
  card: (p: { fields: string }) => `card (${p.fields})`,
  /** Found in one history entry: its kind (as the history names it) and its day. */
  entry: (p: { kind: string; day: string }) => `${p.kind} ${p.day}`,
  entries: (p: { count: number }) => counted('en', p.count, { one: '# entry', other: '# entries' }),
  /** Between the places found: 'card (name), 3 entries'. */
  comma: ', ',
  moreEntries: (p: { count: number; handle: string }) =>
    `and ${counted('en', p.count, { one: '# more entry', other: '# more entries' })}: crm show ${p.handle}`,
  /** Before the text of an entry's offer that matched: 'offer: '. */
  offer: 'offer: ',
}));
