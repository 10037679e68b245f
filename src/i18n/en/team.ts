// English: what crm whoami, crm team (init, upgrade, add, remove, the morning view) and crm assign
// say (render/people.ts, render/team.ts, render/team-view.ts). Logins, names and places are data.
import { lazyArea } from '../lazy.js';
import { counted } from '../plural.js';

const people = (n: number) => counted('en', n, { one: '# person', other: '# people' });
const dossiers = (n: number) => counted('en', n, { one: '# dossier', other: '# dossiers' });

export const team = lazyArea(() => ({
  /** A person's role on the team, as a word of prose. */
  roles: { admin: 'admin', manager: 'manager', rep: 'rep' },
  notOnTeam: (p: { login: string; where: string }) =>
    `You are ${p.login} on ${p.where}, and not on its team: crm shows you nothing of it (a manager adds you with crm team add ${p.login}).`,
  youAre: (p: { login: string; name: string; role: string; where: string }) => `You are ${p.login} (${p.name}), ${p.role}, on ${p.where}.`,
  away: (p: { delegate: string; until: string }) => `Away: your dossiers are handed over to ${p.delegate} until ${p.until} (crm handover back ends it).`,
  holding: (p: { owner: string; until: string }) => `Holding ${p.owner}'s dossiers until ${p.until}: crm today shows them, marked.`,
  /** crm team add: `again` when they were on the team before; `made` when their server login was made too. */
  added: (p: { name: string; login: string; role: string }) => `${p.name} (${p.login}) is on the team, as a ${p.role}.`,
  addedAgain: (p: { name: string; login: string; role: string }) => `${p.name} (${p.login}) is on the team again, as a ${p.role}.`,
  addedMade: (p: { name: string; login: string; role: string }) =>
    `${p.name} (${p.login}) is on the team, as a ${p.role} (their login made on the server: give it a password, or set its authentication, before they use it).`,
  addedAgainMade: (p: { name: string; login: string; role: string }) =>
    `${p.name} (${p.login}) is on the team again, as a ${p.role} (their login made on the server: give it a password, or set its authentication, before they use it).`,
  nothingToGive: (p: { handles: string; count: number; to: string }) => `Nothing to give: ${p.handles} ${p.count === 1 ? 'is' : 'are'} ${p.to}'s already.`,
  gave: (p: { count: number; to: string; given: string }) => `Gave ${dossiers(p.count)} to ${p.to}: ${p.given}.`,
  /** One dossier given, in gave's list: 'acme (from piotr)'. */
  givenFrom: (p: { handle: string; from: string }) => `${p.handle} (from ${p.from})`,
  alreadyTheirs: (p: { to: string; handles: string }) => `Already ${p.to}'s: ${p.handles}.`,
  removed: (p: { login: string; count: number; to: string }) => `${p.login} has left the team: ${dossiers(p.count)} given to ${p.to}; their history stays theirs.`,
  /** crm team init; `schema` when the schema was made too. */
  created: (p: { where: string; version: number; tables: number }) =>
    `Created the binder in ${p.where}: version ${p.version}, ${counted('en', p.tables, { one: '# table', other: '# tables' })}.`,
  createdSchema: (p: { where: string; version: number; tables: number }) =>
    `Created the binder in ${p.where} (the schema made too): version ${p.version}, ${counted('en', p.tables, { one: '# table', other: '# tables' })}.`,
  upToDate: (p: { where: string; version: number }) => `The binder in ${p.where} is up to date (version ${p.version}); nothing to do.`,
  upgraded: (p: { where: string; from: number; to: number; steps: number }) =>
    `Upgraded the binder in ${p.where} from version ${p.from} to ${p.to} (${counted('en', p.steps, { one: '# step', other: '# steps' })}).`,
  /** What someone is, after "you (login) are": refusals of a manager's commands. */
  standing: { none: 'not on the team', left: 'no longer on the team', rep: 'a rep', manager: 'a manager', admin: 'the admin' },
  managersOnly: (p: { command: string; login: string; standing: string }) =>
    `crm ${p.command} is a manager's: you (${p.login}) are ${p.standing}; a manager of the team can run it (crm team lists who is)`,
  teamOnlyManagers: (p: { command: string; login: string; standing: string }) =>
    `crm ${p.command} --team shows the whole team's dossiers: a manager's view, and you (${p.login}) are ${p.standing}; crm ${p.command} shows yours`,
  forOnlyManagers: (p: { command: string; other: string; login: string }) =>
    `crm ${p.command} --for ${p.other} shows ${p.other}'s dossiers: to a manager, or to whom ${p.other} handed them over, and you (${p.login}) are neither today; crm ${p.command} shows yours`,
  addNeedsName: (p: { login: string }) => `crm team add ${p.login} needs their name as clients and colleagues see it: crm team add ${p.login} --name "Anna Nowak"`,
  assignFromAll: 'crm assign takes clients, or --from <login> --all for every dossier of one person: crm assign --from piotr --all --to anna',
  assignNeedsClients: 'crm assign needs the clients to give, or --from <login> --all: crm assign acme kowalski --to anna',
  assignFromWithAll: 'crm assign --from <login> goes with --all (every dossier of theirs); to give some of them, name those clients: crm assign acme --to anna',
  removeNeedsTo: (p: { login: string }) => `crm team remove ${p.login} needs whom their dossiers go to: crm team remove ${p.login} --to <login>`,
  adminStays: (p: { login: string }) => `${p.login} made this binder (its admin) and stays on the team`,
  removeToSelf: (p: { login: string }) => `crm team remove ${p.login} --to names ${p.login}: their dossiers go to someone who stays`,
  /** Where a binder on a server is (i18n/place.ts): `server` is host:port, or `socket`. */
  where: (p: { schema: string; database: string; server: string; user: string }) => `schema ${p.schema} of database ${p.database} on ${p.server} as ${p.user}`,
  socket: (p: { folder: string }) => `the socket in ${p.folder}`,
  badLogin: (p: { login: string }) =>
    `"${p.login}" is not a login crm takes: letters, digits, _ . @ -, starting with a letter or _ (the server's login name, as in crm team)`,
  /** Someone not (or no longer) on the team named for a part they cannot take: one of `cannotBe`. */
  notOnTeamSo: (p: { login: string; cannotBe: string; team: string[] }) =>
    `${p.login} is not on the team, so cannot be ${p.cannotBe}; the team is ${p.team.join(', ')} (crm team add ${p.login} --name "..." adds them)`,
  leftTeamSo: (p: { login: string; cannotBe: string; team: string[] }) =>
    `${p.login} has left the team, so cannot be ${p.cannotBe}; the team is ${p.team.join(', ')} (crm team add ${p.login} --name "..." adds them)`,
  cannotBe: {
    handingOver: 'handing a stack over',
    givenStack: 'given a stack',
    givenDossiers: 'given dossiers',
    removed: 'removed',
    givenTheirs: 'given their dossiers',
    owner: 'the owner of a dossier',
  },
  /** crm team add refused by the server (store/postgres/people.ts); `create` is the SQL to run. */
  noLogin: (p: { login: string; create: string }) =>
    `there is no login ${p.login} on the server, and yours may not create one; ask the server's administrator to run ${p.create}, then crm team add ${p.login} again`,
  mayNotGrant: (p: { roles: string[]; login: string }) =>
    `your login may not grant the team's role ${p.roles.join(' and ')} to ${p.login}; the binder's admin (who ran crm team init) or a manager added with --manager may`,
  onTeamAlready: (p: { login: string }) => `${p.login} is on the team already; crm team lists who is`,
  /** crm handover and crm handover back refused (commands/handover.ts); `back` is the command that ends a handover. */
  handover: {
    fromNotManager: (p: { owner: string; login: string }) =>
      `crm handover --from ${p.owner} hands over ${p.owner}'s stack: a manager's, and you (${p.login}) are not one; crm handover <to> --until <when> hands over yours`,
    toYourself: (p: { to: string }) => `crm handover ${p.to} names you: a stack goes to a colleague (crm team lists who is)`,
    toTheOwner: (p: { owner: string }) => `crm handover ${p.owner} names ${p.owner}: a stack goes to a colleague (crm team lists who is)`,
    inForce: (p: { owner: string; delegate: string; until: string; back: string }) =>
      `${p.owner}'s stack is handed over to ${p.delegate} until ${p.until} already (one handover at a time); ${p.back} ends it first`,
    notGivenBack: (p: { owner: string; delegate: string; until: string; back: string }) =>
      `${p.owner}'s stack was handed over to ${p.delegate} until ${p.until}, and not given back yet; ${p.back} ends it (and reports ${p.delegate}'s work) first`,
    toAway: (p: { to: string; delegate: string; until: string }) =>
      `${p.to} is away: their own stack is with ${p.delegate} until ${p.until}, and a handover is not passed on (no chains); hand it to someone who is in`,
    youHold: (p: { login: string; owner: string; until: string }) =>
      `${p.login} holds ${p.owner}'s stack until ${p.until}, and a handover is not passed on (no chains); give it back first (crm handover back --from ${p.owner})`,
    theyHold: (p: { login: string; owner: string; until: string }) =>
      `${p.login} holds ${p.owner}'s stack until ${p.until}, and a handover is not passed on (no chains); ${p.login} gives it back first (crm handover back --from ${p.owner})`,
    onlyNeedsWords: 'crm handover --only needs words to choose dossiers by, as crm find takes them: --only warsaw, --only "acme kowalski"',
    onlyMatchesNone: (p: { owner: string; text: string }) => `no dossier of ${p.owner}'s matches "${p.text}"; nothing handed over (--only takes what crm find takes)`,
    onlyMatchesTooMany: (p: { text: string; limit: number; owner: string }) =>
      `"${p.text}" matches more than ${p.limit} of ${p.owner}'s dossiers; hand the whole stack over (no --only), or choose with more words`,
    notHandedOver: (p: { owner: string }) => `${p.owner}'s stack is not handed over (no open handover); crm handovers lists past and present ones`,
    backNotYours: (p: { owner: string; delegate: string; login: string }) =>
      `${p.owner}'s handover to ${p.delegate} is given back by ${p.owner}, by ${p.delegate} or by a manager, and you (${p.login}) are none of them`,
    holdSeveral: (p: { owners: string[]; first: string }) => `you hold the stacks of ${p.owners.join(' and ')}; say which goes back: crm handover back --from ${p.first}`,
    nothingToGiveBack: (p: { login: string }) => `your stack is not handed over and you hold nobody's (you are ${p.login}); crm handovers lists past and present ones`,
    justGivenBack: (p: { owner: string; delegate: string }) => `${p.owner}'s handover to ${p.delegate} was just given back by someone else; crm handovers says by whom`,
  },
  /** crm team, the manager's morning view: its first line, pieces joined by ' · '. */
  view: {
    title: 'The team',
    people: (p: { count: number }) => people(p.count),
    noCapacity: 'no team capacity',
    capacity: (p: { capacity: number }) => `team capacity ${p.capacity} a day`,
    nobody: 'Nobody is on the team yet: crm team add <login> --name "..." adds a person.',
    person: 'Person',
    stack: "Today's stack",
    overdue: 'Overdue',
    broken: 'Broken',
    complaints: 'Complaints',
    calls: 'Calls',
    week: 'Week',
    refiled: 'Refiled',
    moved: 'Moved',
    kept: 'Kept',
    whereabouts: 'Away / holding',
    /** A day's column of the week (0 Sunday .. 6 Saturday). */
    weekday: (p: { day: number }) => ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][p.day] ?? '',
    away: (p: { name: string; until: string }) => `away, to ${p.name} until ${p.until}`,
    holding: (p: { name: string; until: string }) => `holding ${p.name}'s until ${p.until}`,
    weekNote: (p: { from: string }) =>
      `The week from ${p.from}: calls, meetings and e-mails logged each day; dossiers refiled after a conversation, moved without one; promises kept, and due and not kept by their day.`,
    /** Painted apart, then overAdvice after ': '. */
    over: (p: { count: number }) => `${people(p.count)} over capacity`,
    overAdvice: 'crm today --for <login> shows their stack; crm assign or crm handover lightens it.',
    dayNote: 'Broken: our promises past their date; complaints: open past their date; calls: logged today, and this week. crm team --week: the week by day.',
  },
}));
