// English: what the daily commands refuse, one line each (commands/file, log, move, postpone, undo,
// change.ts). Commands, options, handles and outcome tokens in them are typed as they are.
import { lazyArea } from '../lazy.js';

export const refusals = lazyArea(() => ({
  /** crm file with a name other than the card's. */
  noRename: (p: { client: string; handle: string; who: string; name: string; when: string }) =>
    `"${p.client}" is ${p.handle} (${p.who}), and crm file does not rename a client: to rename, type crm edit ${p.handle} --name "${p.name}"; ` +
    `for a new client, choose another handle: crm file <handle> ${p.when} --name "${p.name}"; nothing was written`,
  newNeedsName: (p: { handle: string }) => `no client matches "${p.handle}"; to open a new dossier with that handle, add --name "<client's name>"`,
  hasOwner: (p: { handle: string; owner: string }) => `${p.handle} is filed already, and has its owner; crm assign ${p.handle} --to ${p.owner} gives it to ${p.owner}`,
  noteNeedsText: 'a note needs its text: add --note "<what was said>" (or --note - to read it from stdin)',
  nextMissing: (p: { handle: string }) => `the next contact is missing: add --next <when> (such as --next fri), or --done to close ${p.handle}; nothing was written`,
  fieldNeedsForm: '--field goes with --form <name>: crm log acme --form visit --field budget=12000',
  notAKind: (p: { kind: string; kinds: string }) => `--kind "${p.kind}" is not a kind of contact; use ${p.kinds}`,
  notAnOutcome: (p: { outcome: string; outcomes: string }) => `--outcome "${p.outcome}" is not an outcome; use ${p.outcomes}`,
  moveNeeds: 'move needs clients and a date (crm move acme zolc fri), or --from <divider> --to <when>',
  closedRefile: (p: { handle: string }) => `${p.handle} is closed (in the drawer); refile it with crm file ${p.handle} <when>`,
  autoNeedsCapacity: 'postpone --auto needs a daily capacity: set one with crm config capacity 20',
  postponeNeeds: 'postpone needs the handles to move (crm postpone acme zolc), or --auto to choose by priority',
  closedNothingToPostpone: (p: { handle: string }) => `${p.handle} is closed (in the drawer): there is nothing to postpone`,
  /** What the person refused is on a team (after 'you (ewa) are'). */
  roles: { rep: 'a rep', manager: 'a manager', admin: 'an admin' },
  notOnTeam: 'not on the team',
  changesAll: (p: { login: string; role: string }) =>
    `crm changes --all lists the whole team's changes: a manager's view, and you (${p.login}) are ${p.role}; crm changes lists yours`,
  teamSettings: (p: { login: string; role: string }) => `on a team's binder the binder's settings are the team's, and a manager changes them; you (${p.login}) are ${p.role}`,
  teamForms: (p: { login: string; role: string }) => `on a team's binder its forms are the team's, and a manager changes them; you (${p.login}) are ${p.role}`,
  /** `fields` are card fields as typed (phone, priority), joined with `and`; `given` what was typed for them. */
  changedMeanwhile: (p: { handle: string; fields: string; given: string }) =>
    `${p.handle}'s ${p.fields} changed since crm read the dossier (someone else changed it meanwhile); nothing was written: look at it (crm show ${p.handle}), then give yours again: ${p.given}`,
  and: ' and ',
  /** The texts measured against the note limit. */
  texts: { note: 'note', offer: 'offer', promise: 'promise', complaint: 'complaint', resolution: 'resolution' },
  answerTo: (p: { key: string }) => `answer to "${p.key}"`,
  tooLong: (p: { what: string; size: string; limit: string; handle: string }) =>
    `the ${p.what} is ${p.size}, over the binder's limit of ${p.limit} for one entry; ` +
    `keep a text that long as a document (crm attach ${p.handle} <file>), or raise the limit (crm config note-limit); nothing was written`,
  blankNote: (p: { example: string }) => `--note is empty; say what was said (${p.example} --note "wants 40 units"), or leave --note out; nothing was written`,
  /** What a command line is refused for before anything is read (declared/, hot/). */
  commandLineNotValid: 'the command line is not valid',
  moveNeedsDate: 'move needs clients and a date: crm move acme fri, or crm move --from 24 --to 25',
  moveClientsOrFrom: 'move takes clients or --from <divider>, not both',
  /** crm move acme jan 14:00 when jan is a client too: `clients` as typed, `hour` the hour typed after it. */
  handleAndDate: (p: { word: string; clients: string; hour: string }) =>
    `"${p.word}" is a client's handle and a date; quote the date with its hour (crm move ${p.clients} "<date> ${p.hour}") or give it with --to`,
  postponeHandlesOrAuto: 'postpone takes handles or --auto, not both',
  autoNeedsYes: 'postpone --auto shows a plan to confirm: add --yes to apply it, or --dry-run to only see it',
  workNeedsTerminal: 'work needs a terminal; from a script use crm today --json and crm log',
  limitNotWhole: (p: { typed: string }) => `--limit "${p.typed}" is not a whole number above 0; try --limit 10`,
  nextOrDone: 'log takes --next <when> or --done, not both',
}));
