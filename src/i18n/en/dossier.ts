// English: a whole dossier (crm show's card, render/dossier.ts) and what crm file says it did.
import { lazyArea } from '../lazy.js';

export const dossier = lazyArea(() => ({
  /** The card's labels, in a column as wide as the longest and a space. */
  labels: {
    filed: 'Filed',
    priority: 'Priority',
    phone: 'Phone',
    phones: 'Phones',
    email: 'E-mail',
    emails: 'E-mails',
    addressedAs: 'Addressed as',
    say: 'Say',
    stage: 'Stage',
    tags: 'Tags',
    every: 'Every',
    prefers: 'Prefers',
    offer: 'Offer',
    notes: 'Notes',
  },
  closed: 'closed (in the drawer)',
  /** After the first of several numbers or addresses. */
  primary: 'primary',
  openPromises: 'Open promises',
  /** A promise: 'theirs by Fri 27 Nov 2026: <what>'; in the history, a promise made (said again from the English stored, binder/summaries.ts). */
  theirsBy: (p: { day: string; what: string }) => `theirs by ${p.day}: ${p.what}`,
  oursBy: (p: { day: string; what: string }) => `ours by ${p.day}: ${p.what}`,
  broken: 'broken',
  openComplaints: 'Open complaints',
  target: (p: { day: string }) => `target ${p.day}`,
  late: 'late',
  documents: 'Documents',
  link: (p: { link: string }) => `link: ${p.link}`,
  history: (p: { count: number }) => `History (${p.count})`,
  /** A history entry's filing when it came from nowhere (a new dossier). */
  filedOn: (p: { day: string }) => `filed on ${p.day}`,
  newDossier: 'new dossier',
  offerLabel: 'offer:',
  /** A form's yes/no answer. */
  yes: 'yes',
  no: 'no',
  /**
   * The notes crm wrote itself in a history entry, said again in another language from the English
   * stored (binder/summaries.ts), which English shows as it is; `what` and `name` as stored.
   */
  notes: {
    /** A promise kept after its date. */
    keptLate: (p: { what: string; day: string }) => `${p.what} (late: due ${p.day})`,
    complaint: (p: { what: string; day: string }) => `${p.what} (resolve by ${p.day})`,
    /** A document kept as a link. */
    link: (p: { name: string }) => `${p.name} (link)`,
    /** A refiling after a complaint was resolved. */
    followUp: 'follow-up of a complaint',
    /** A move by crm postpone. */
    postponed: 'postponed',
    /** The promise a resolved complaint leaves: `what` is the complaint. */
    checkSatisfied: (p: { what: string }) => `check that the client is satisfied: ${p.what}`,
  },
  /** crm file: `dossier` is 'acme (Anna Nowak, Acme Ltd)', `where` the divider (and hour). */
  filedNew: (p: { dossier: string; where: string }) => `New dossier ${p.dossier} filed ${p.where}.`,
  stays: (p: { dossier: string; where: string }) => `${p.dossier} stays ${p.where}.`,
  refiled: (p: { dossier: string; where: string }) => `Refiled ${p.dossier} ${p.where}.`,
  /** The card fields a filing changed, as typed in the options (phone, priority). */
  changedCard: (p: { fields: string; handle: string }) => `Changed ${p.fields} on ${p.handle}'s card.`,
}));
