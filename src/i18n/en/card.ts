// English: a dossier as a card (render/card.ts), shared by the stack, the lists and the sheets.
import { lazyArea } from '../lazy.js';
import { counted } from '../plural.js';

export const card = lazyArea(() => ({
  /** Whose dossier this is, in my stack: 'for Piotr Wilk'. */
  whose: (p: { name: string }) => `for ${p.name}`,
  /** Who made an entry: 'by Anna Nowak'. */
  by: (p: { name: string }) => `by ${p.name}`,
  /** Whose dossier an entry was made for, by someone else: 'for Piotr Wilk'. */
  for: (p: { name: string }) => `for ${p.name}`,
  /** The other phone numbers besides the first: '(work, +2 more)'. */
  morePhones: (p: { label: string; more: number }) => `(${p.label}, +${p.more} more)`,
  addressedAs: 'Addressed as:',
  say: 'Say:',
  last: 'Last:',
  noConversation: 'Last: no conversation yet',
  noNote: '(no note)',
  offer: 'Offer:',
  /** An entry's kind as a card names it. */
  kinds: {
    call: 'call',
    meeting: 'meeting',
    email: 'email',
    note: 'note',
    created: 'created',
    filed: 'filed',
    moved: 'moved',
    closed: 'closed',
    changed: 'changed',
    attached: 'attached',
    promised: 'promised',
    kept: 'kept',
    complaint: 'complaint',
    resolved: 'resolved',
    assigned: 'assigned',
  },
  daysOverdue: (p: { days: number }) => `${counted('en', p.days, { one: '# day', other: '# days' })} overdue`,
  /** The hour an overdue dossier was filed for: '(was 14:00)'. */
  was: (p: { hour: string }) => `(was ${p.hour})`,
  now: 'now',
  in: (p: { span: string }) => `in ${p.span}`,
  ago: (p: { span: string }) => `${p.span} ago`,
  minutes: (p: { minutes: number }) => `${p.minutes} min`,
  hours: (p: { hours: number }) => `${p.hours} h`,
  hoursMinutes: (p: { hours: number; minutes: number }) => `${p.hours} h ${p.minutes} min`,
}));
