// English: the sheets to print: crm show --format markdown|html (render/sheet.ts) and the handover
// sheet with crm handover back and crm handovers (render/handover.ts). Where a line mixes crm's words
// with stored text (a name), the message is given the stored text's place as a placeholder.
import { lazyArea } from '../lazy.js';
import { counted } from '../plural.js';

const dossiers = (n: number) => counted('en', n, { one: '# dossier', other: '# dossiers' });

export const sheets = lazyArea(() => ({
  /** The labels of a dossier's rows, on both sheets. */
  labels: {
    handle: 'Handle',
    addressAs: 'Address as',
    sayIt: 'Say it',
    position: 'Position',
    company: 'Company',
    phone: 'Phone',
    phones: 'Phones',
    email: 'E-mail',
    emails: 'E-mails',
    priority: 'Priority',
    stage: 'Stage',
    tags: 'Tags',
    cadence: 'Cadence',
    nextContact: 'Next contact',
    preferences: 'Preferences',
    currentOffer: 'Current offer',
    notes: 'Notes',
    who: 'Who',
    prefers: 'Prefers',
    last: 'Last',
    offer: 'Offer',
    ourPromise: 'Our promise',
    theirPromise: 'Their promise',
    complaint: 'Complaint',
  },
  /** The words that follow a phone number or an address: its label, as stored. */
  labelled: (p: { label: string }) => ` (${p.label})`,
  /** crm show's sheet. */
  dossierSheet: (p: { day: string }) => `Dossier sheet, ${p.day}`,
  every: (p: { cadence: string }) => `every ${p.cadence}`,
  daysOverdue: (p: { days: number }) => ` (${p.days} days overdue)`,
  closed: 'closed',
  openPromises: 'Open promises',
  theirsBy: (p: { day: string }) => `Theirs, by ${p.day}: `,
  oursBy: (p: { day: string }) => `Ours, by ${p.day}: `,
  broken: ' (BROKEN)',
  openComplaints: 'Open complaints',
  target: (p: { day: string }) => ` (target ${p.day})`,
  targetLate: (p: { day: string }) => ` (target ${p.day}, LATE)`,
  recentHistory: (p: { shown: number; total: number }) => `Recent history (${p.shown} of ${p.total} entries)`,
  cardChanged: (p: { fields: string }) => `card: ${p.fields}`,
  offerMade: 'offer: ',
  /** Who made an entry and for whom: ' (by Anna Nowak for Piotr Wilk)'; the names are put after these words. */
  by: 'by ',
  for: 'for ',
  documents: 'Documents',
  link: ' (link: ',
  file: (p: { type: string; size: string; digest: string }) => ` (${p.type}, ${p.size}, ${p.digest}…)`,
  /** The handover sheet. */
  title: (p: { owner: string; delegate: string }) => `Handover: ${p.owner}'s stack to ${p.delegate}`,
  period: (p: { from: string; until: string; workingDays: number; due: number }) =>
    `${p.from} to ${p.until} (${counted('en', p.workingDays, { one: '# working day', other: '# working days' })}) · ${dossiers(p.due)} due`,
  ofThemOverdue: (p: { overdue: number }) => `, ${p.overdue} of them overdue`,
  wholeStack: (p: { count: number }) => `The whole stack: ${dossiers(p.count)}.`,
  onlyMatching: (p: { what: string; count: number }) => `Only the dossiers matching "${p.what}": ${p.count}.`,
  how: (p: { delegate: string; owner: string; until: string }) => `${p.delegate} sees them in crm today, marked "for ${p.owner}", until ${p.until}; crm handover back gives them back earlier.`,
  today: 'today',
  dayOff: 'day off',
  /** Between the words of a list: 'today, day off'. */
  comma: ', ',
  nothingDue: 'nothing due',
  dossiers: (p: { count: number }) => dossiers(p.count),
  overdue: (p: { count: number }) => `, ${p.count} overdue`,
  noConversation: 'no conversation yet',
  promiseBy: (p: { day: string }) => `by ${p.day}: `,
  priority: (p: { priority: string }) => `priority ${p.priority}`,
  markOverdue: (p: { days: number }) => `${counted('en', p.days, { one: '# day', other: '# days' })} overdue`,
  at: (p: { hour: string }) => `at ${p.hour}`,
  alsoDue: 'Also due in the period, on dossiers filed later',
  theirPromiseBy: (p: { day: string }) => `): their promise by ${p.day}: `,
  ourPromiseBy: (p: { day: string }) => `): our promise by ${p.day}: `,
  complaintTarget: (p: { day: string }) => `): complaint, target ${p.day}: `,
  late: ' (LATE)',
  nothingDueHtml: 'Nothing due.',
  /** crm handover -o: what is said beside the sheet written to a file. */
  handedOver: (p: { owner: string; count: number; due: number; delegate: string; until: string; file: string }) =>
    `Handed ${p.owner}'s stack (${dossiers(p.count)}, ${p.due} due) over to ${p.delegate} until ${p.until}; the handover sheet is in ${p.file}.`,
  /** crm handover back. */
  back: (p: { owner: string; delegate: string; from: string; until: string; by: string }) =>
    `${p.owner}'s stack is back from ${p.delegate}: handed over ${p.from} until ${p.until}, given back by ${p.by} today`,
  pastItsDate: (p: { day: string }) => `, past its last day (${p.day})`,
  stop: '.',
  noEntry: (p: { delegate: string; owner: string }) => `${p.delegate} made no entry on ${p.owner}'s dossiers.`,
  outcome: (p: { count: number; outcome: string }) => `${p.count} ${p.outcome}`,
  withoutOutcome: (p: { count: number }) => `${p.count} without an outcome`,
  conversations: (p: { count: number; outcomes: string }) => `${counted('en', p.count, { one: '# conversation', other: '# conversations' })} (${p.outcomes})`,
  refilings: (p: { count: number }) => counted('en', p.count, { one: '# refiling', other: '# refilings' }),
  promisesMade: (p: { count: number }) => `${counted('en', p.count, { one: '# promise', other: '# promises' })} made`,
  otherEntries: (p: { count: number }) => counted('en', p.count, { one: '# other entry', other: '# other entries' }),
  whatDid: (p: { delegate: string; owner: string; done: string }) => `What ${p.delegate} did for ${p.owner}: ${p.done}.`,
  nowFiled: (p: { day: string; hour: string }) => `now filed on ${p.day}${p.hour}`,
  /** crm handovers. */
  noHandovers: 'No handovers yet: crm handover <login> --until <when> hands your stack over.',
  givenBackBy: (p: { name: string }) => `given back by ${p.name} `,
  givenBackOn: (p: { name: string; day: string; time: string }) => `given back by ${p.name} on ${p.day} at ${p.time}`,
  inForce: 'in force',
  pastDate: 'past its date, not yet given back',
  only: (p: { what: string; count: number }) => ` (only "${p.what}": ${dossiers(p.count)})`,
}));
