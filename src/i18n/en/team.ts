// English: what crm whoami, crm team (init, upgrade, add, remove, the morning view) and crm assign
// say (render/people.ts, render/team.ts, render/team-view.ts). Logins, names and places are data.
import { counted } from '../plural.js';

const people = (n: number) => counted('en', n, { one: '# person', other: '# people' });
const dossiers = (n: number) => counted('en', n, { one: '# dossier', other: '# dossiers' });

export const team = {
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
};
