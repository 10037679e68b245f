// English: the questions crm asks at a terminal (src/prompts/): a new dossier's card, a form, a
// log's missing parts, what to postpone and where to, and crm work's session. Words the user types
// in answer (outcomes, `done`, dates) stay as typed.
import { lazyArea } from '../lazy.js';
import { counted } from '../plural.js';

export const prompts = lazyArea(() => ({
  card: {
    newDossier: (p: { handle: string }) => `New dossier "${p.handle}": a name is needed; other fields may be left empty.`,
    name: "Client's name",
    position: 'Position',
    company: 'Company',
    phone: 'Phone',
    email: 'E-mail',
    priority: 'Priority',
    priorityA: 'A (most important)',
    priorityB: 'B',
    priorityC: 'C (least)',
  },
  form: {
    title: (p: { title: string }) => `Form ${p.title}:`,
    /** After a question that may be left unanswered. */
    optional: '(optional)',
    /** The empty choice of an optional choice question. */
    none: '(none)',
  },
  editorFailed: (p: { editor: string; status: string }) => `the editor (${p.editor}) exited with ${p.status}; the notes were not changed`,
  log: {
    whatWasSaid: (p: { name: string }) => `What was said with ${p.name}?`,
    howDidItEnd: 'How did it end?',
    /** The choice of no outcome (the others are the outcomes as typed). */
    noOutcome: '(none)',
    whatOffer: 'What offer was sent? (Enter: none)',
    /** `done` is the word typed to close the dossier, as typed. */
    nextByDefault: (p: { date: string; where: string; done: string }) => `Next contact (Enter: ${p.date}, ${p.where}; or ${p.done})`,
    next: (p: { done: string }) => `Next contact (8, jul 5, +2w, fri; or ${p.done} to close)`,
    typeTheDate: (p: { done: string }) => `type the date of the next contact, or ${p.done}`,
    closes: 'closed: out of the ring, history kept',
    /** A date that fell on a day off, shown as it is typed. */
    movedOffDayOff: (p: { where: string }) => `${p.where} (moved off a day off)`,
  },
  postpone: {
    which: 'Postpone which dossiers? (space to tick, enter to go on)',
    daysOverdue: (p: { days: number }) => `(${p.days}d overdue)`,
    whereTo: 'Where to? (a date such as fri or +1w; Enter: the nearest working days with room)',
    applyPlan: 'Apply this plan?',
  },
  work: {
    /** The session's first line: `dossiers` is today's 'N dossiers'. */
    start: (p: { date: string; dossiers: string }) => `${p.date}: ${p.dossiers} in today's stack. One card at a time; quit whenever you like.`,
    cardOf: (p: { number: number; total: number }) => `${p.number} of ${p.total}`,
    recentHistory: 'Recent history:',
    historyOf: (p: { handle: string }) => `History of ${p.handle}`,
    staysToday: (p: { handle: string }) => `${p.handle} stays in today's stack: it is filed for that day already.`,
    postponed: (p: { handle: string; where: string }) => `Postponed ${p.handle} ${p.where}.`,
    cancelled: (p: { kept: string }) => `cancelled; ${p.kept}`,
    keptDone: (p: { tally: string }) => `what was done before stays done: ${p.tally}`,
    nothingWritten: 'nothing was written',
    sessionDone: 'Session done',
    /** After sessionDone and ': ': the tally, and what is left. */
    end: (p: { tally: string; left: string }) => `${p.tally}; ${p.left}`,
    stackClear: 'the stack is clear.',
    stillLeft: (p: { count: number }) => `${counted('en', p.count, { one: '# dossier', other: '# dossiers' })} still in today's stack (crm work to go on).`,
    tally: (p: { logged: number; postponed: number; skipped: number }) =>
      `${counted('en', p.logged, { one: '# call', other: '# calls' })} logged, ${p.postponed} postponed, ${p.skipped} skipped`,
    whatNow: 'What now?',
    log: 'Log the call and refile',
    postpone: 'Postpone',
    skip: 'Skip for now',
    history: (p: { count: number }) => `Show the full history (${p.count})`,
    call: (p: { phone: string }) => `Call ${p.phone}, then log it`,
    quit: 'Quit',
  },
  /** A yes/no question: the hint after it (the capital letter is what Enter answers), and the answer as shown once given. */
  yesNo: { hintYes: '(Y/n)', hintNo: '(y/N)', yes: 'Yes', no: 'No' },
}));
