// English: what the changing commands say they did (render/changes.ts): log, move, postpone, undo,
// changes, and the lines about a dossier someone else refiled meanwhile.
import { counted } from '../plural.js';

export const changes = {
  /** A log's first line, by the kind of contact: 'Logged a call with acme (Anna Nowak): reached.' (`how` is '' or ': <outcome>'). */
  logged: {
    call: (p: { handle: string; name: string; how: string }) => `Logged a call with ${p.handle} (${p.name})${p.how}.`,
    meeting: (p: { handle: string; name: string; how: string }) => `Logged a meeting with ${p.handle} (${p.name})${p.how}.`,
    email: (p: { handle: string; name: string; how: string }) => `Logged an e-mail with ${p.handle} (${p.name})${p.how}.`,
    note: (p: { handle: string; name: string; how: string }) => `Logged a note with ${p.handle} (${p.name})${p.how}.`,
  },
  /** 'Refiled behind 8: Tue 8 Dec 2026.', `byDefault` painted apart (or ''). */
  refiled: (p: { where: string; byDefault: string }) => `Refiled ${p.where}${p.byDefault}.`,
  /** After refiled, dimmed: ' (the default after no-answer)' (the outcome as typed). */
  byDefault: (p: { outcome: string }) => ` (the default after ${p.outcome})`,
  filedNextWorkingDay: (p: { day: string }) => `${p.day} is a day off; filed on the next working day.`,
  nextWorkingDayUsed: (p: { day: string }) => `${p.day} is a day off; the next working day is used.`,
  closed: 'Closed: out of the ring, into the drawer; the history is kept (crm file brings it back).',
  nothingToMoveThere: (p: { where: string }) => `Nothing to move: already ${p.where}.`,
  nothingFiledThere: 'Nothing to move: no dossier is filed there.',
  moved: (p: { count: number; where: string }) => `Moved ${counted('en', p.count, { one: '# dossier', other: '# dossiers' })} ${p.where}:`,
  wouldMove: (p: { count: number; where: string }) => `Would move ${counted('en', p.count, { one: '# dossier', other: '# dossiers' })} ${p.where}:`,
  /** A moved dossier that keeps its own hour: 'at 10:30, '. */
  keptAt: (p: { hour: string }) => `at ${p.hour}, `,
  from: (p: { day: string }) => `from ${p.day}`,
  alreadyThere: (p: { handles: string }) => `Already there: ${p.handles}.`,
  dryRun: 'Dry run: nothing was written.',
  /** Where a dossier was refiled meanwhile, when it was closed. */
  drawer: 'the drawer (closed)',
  someoneElse: 'someone else',
  colleague: (p: { login: string }) => `a colleague (${p.login})`,
  skipped: (p: { handle: string; who: string; from: string; to: string }) =>
    `Skipped ${p.handle}: ${p.who} refiled it after the plan was made (from ${p.from} to ${p.to}); it stays there.`,
  meanwhile: (p: { who: string; handle: string; from: string; to: string }) =>
    `Meanwhile ${p.who} refiled ${p.handle} (from ${p.from} to ${p.to}); this change was made from there, and the history shows both.`,
  /** crm postpone: today's stack against the capacity; `over` is overBy, painted apart. */
  stackOver: (p: { size: number; over: string; capacity: number }) => `Today's stack holds ${p.size}: ${p.over} the capacity of ${p.capacity}.`,
  overBy: (p: { count: number }) => `${p.count} over`,
  stackWithin: (p: { size: number; capacity: number }) => `Today's stack holds ${p.size}, within the capacity of ${p.capacity}.`,
  nothingToPostpone: 'Nothing to postpone.',
  postponeList: (p: { count: number }) => `Postpone ${counted('en', p.count, { one: '# dossier', other: '# dossiers' })}:`,
  postponedList: (p: { count: number }) => `Postponed ${counted('en', p.count, { one: '# dossier', other: '# dossiers' })}:`,
  postponedCount: (p: { count: number }) => `Postponed ${counted('en', p.count, { one: '# dossier', other: '# dossiers' })}.`,
  dayFullToo: '(that day is full too)',
  notPostponed: 'Not postponed: nothing was written.',
  nothingToUndo: 'Nothing to undo.',
  /** `change` is 'move (Mon 23 Nov 2026 13:02): <the change's summary, as it was recorded>'. */
  undid: (p: { change: string }) => `Undid ${p.change}`,
  nextUndo: (p: { change: string }) => `Next undo would take back: ${p.change}`,
  nothingFurther: 'Nothing further to undo.',
  noChanges: 'No changes.',
  noChangesToUndo: 'No changes to undo.',
  recentAll: "Recent changes, everyone's, newest first (crm undo takes back only yours):",
  recent: 'Recent changes, newest first (crm undo takes back the top one):',
};
