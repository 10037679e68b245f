// English: what the changing commands say they did (render/changes.ts): log, move, postpone, undo,
// changes, and the lines about a dossier someone else refiled meanwhile.
import { lazyArea } from '../lazy.js';
import { counted } from '../plural.js';

const dossiers = (n: number) => counted('en', n, { one: '# dossier', other: '# dossiers' });

export const changes = lazyArea(() => ({
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
  moved: (p: { count: number; where: string }) => `Moved ${dossiers(p.count)} ${p.where}:`,
  wouldMove: (p: { count: number; where: string }) => `Would move ${dossiers(p.count)} ${p.where}:`,
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
  postponeList: (p: { count: number }) => `Postpone ${dossiers(p.count)}:`,
  postponedList: (p: { count: number }) => `Postponed ${dossiers(p.count)}:`,
  postponedCount: (p: { count: number }) => `Postponed ${dossiers(p.count)}.`,
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
  /**
   * A change's summary, as crm changes, crm undo and the history show it in another language: said
   * again from the English stored (binder/summaries.ts), which English shows as it is. Dates come
   * printed; handles, names, file names, outcomes and card fields as stored.
   */
  summary: {
    /** A change to one dossier: 'acme: moved ...'. */
    about: (p: { handle: string; what: string }) => `${p.handle}: ${p.what}`,
    /** The steps of one change, between them: 'call (reached), stays on ...'. */
    comma: ', ',
    newDossier: (p: { handle: string; name: string; day: string }) => `new dossier ${p.handle} (${p.name}) filed on ${p.day}`,
    /** The card fields changed, as the options name them. */
    card: (p: { fields: string }) => `card (${p.fields})`,
    /** A contact logged with its outcome; `kind` is the kind as the history names it. */
    withOutcome: (p: { kind: string; outcome: string }) => `${p.kind} (${p.outcome})`,
    stays: (p: { day: string }) => `stays on ${p.day}`,
    refiled: (p: { from: string; to: string }) => `filed ${p.from} → ${p.to}`,
    fromDrawer: (p: { to: string }) => `filed from the drawer → ${p.to}`,
    closed: 'closed',
    nothingChanged: 'nothing changed',
    moved: (p: { from: string; to: string }) => `moved ${p.from} → ${p.to}`,
    postponed: (p: { from: string; to: string }) => `postponed ${p.from} → ${p.to}`,
    /** The documents' names, as stored, joined. */
    attached: (p: { names: string }) => `attached ${p.names}`,
    complaint: (p: { day: string; what: string }) => `complaint, to resolve by ${p.day}: ${p.what}`,
    resolved: (p: { id: number; day: string }) => `resolved complaint ${p.id}; follow-up on ${p.day}`,
    kept: (p: { id: number; what: string }) => `kept promise ${p.id}: ${p.what}`,
    movedMany: (p: { count: number; to: string }) => `moved ${dossiers(p.count)} → ${p.to}`,
    /** `from` is the divider as typed after --from. */
    movedManyFrom: (p: { count: number; to: string; from: string }) => `moved ${dossiers(p.count)} → ${p.to} (from ${p.from})`,
    postponedMany: (p: { count: number }) => `postponed ${dossiers(p.count)}`,
    formAdded: (p: { name: string; count: number }) => `added form ${p.name} (${counted('en', p.count, { one: '# field', other: '# fields' })})`,
    formReplaced: (p: { name: string; count: number }) => `replaced form ${p.name} (${counted('en', p.count, { one: '# field', other: '# fields' })})`,
    /** crm import: `counts` is the counts below, joined by comma. */
    imported: (p: { file: string; counts: string }) => `import ${p.file}: ${p.counts}`,
    importedNew: (p: { count: number }) => `${p.count} new`,
    importedUpdated: (p: { count: number }) => `${p.count} updated`,
    importedSkipped: (p: { count: number }) => `${p.count} already filed, skipped`,
    importedInvalid: (p: { count: number }) => `${p.count} not valid, skipped`,
    /** crm assign: the handles joined, or how many; `to` a login. */
    assigned: (p: { handles: string; to: string }) => `assign ${p.handles} to ${p.to}`,
    assignedMany: (p: { count: number; to: string }) => `assign ${dossiers(p.count)} to ${p.to}`,
    teamRemove: (p: { login: string; count: number; to: string }) => `team remove ${p.login}: ${dossiers(p.count)} to ${p.to}`,
  },
}));
