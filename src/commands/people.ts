// Who is who on a team's binder: crm whoami, crm team add / remove, crm assign. The database
// enforces who may do what (row-level security, grants); these check the same rules first, so that
// a refusal is one line (exit 2), not the server's error.
import type { Dossier, NewEntry } from '../binder/dossier.js';
import { SUMMARIES } from '../binder/summaries.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { team as english } from '../i18n/en/team.js';
import type { Handover, Person, TeamBinder } from '../store/store.js';
import { commitChange, type Changed } from './change.js';
import type { Deps } from './deps.js';
import { requireClient } from './lookup.js';
import { inForce, managesTeam } from './scope.js';
import { needsTeam } from './words.js';

const say = messages('team', english);

/** A login as crm takes it: a PostgreSQL role name without quoting surprises. */
const LOGIN = /^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$/;

export interface WhoAmI {
  login: string;
  name: string | null;
  role: Person['role'] | null;
  where: string;
  /** Handovers in force today: mine to a colleague (I am away), and colleagues' to me. */
  away: Handover | null;
  holding: Handover[];
  /** Every person's name by login, for the handovers' people. */
  names: Readonly<Record<string, string>>;
}

/** The team part of the binder, or a one-line refusal on a binder file. */
export function teamOf(deps: Deps, command: string, path: string): TeamBinder {
  if (!deps.store.team) throw needsTeam(command, path);
  return deps.store.team;
}

export function whoAmI(deps: Deps, path: string): WhoAmI {
  const team = teamOf(deps, 'whoami', path);
  const mine = team.myHandovers.filter((h) => inForce(h, deps.today));
  const me = team.me;
  return {
    login: team.login,
    name: me?.name ?? null,
    role: me && me.removedAt === null ? me.role : null,
    where: deps.store.where,
    away: mine.find((h) => h.owner === team.login) ?? null,
    holding: mine.filter((h) => h.delegate === team.login),
    names: team.names,
  };
}

/** Refuses anyone but a manager (or the admin), naming the command. */
export function requireManager(team: TeamBinder, command: string): void {
  if (managesTeam(team)) return;
  const { standing } = say();
  const who = team.me === undefined || team.me.removedAt !== null ? standing.none : standing[team.me.role];
  throw new UserError(say().managersOnly({ command, login: team.login, standing: who }));
}

export function checkLogin(login: string): string {
  if (!LOGIN.test(login)) throw new UserError(say().badLogin({ login }));
  return login;
}

export interface AddResult {
  login: string;
  name: string;
  role: 'rep' | 'manager';
  roleMade: boolean;
  back: boolean;
}

export async function addToTeam(input: { login: string; name: string | undefined; manager: boolean }, deps: Deps, path: string): Promise<AddResult> {
  const team = teamOf(deps, 'team add', path);
  requireManager(team, 'team add');
  const login = checkLogin(input.login);
  const name = input.name?.trim();
  if (!name) throw new UserError(say().addNeedsName({ login }));
  const role = input.manager ? 'manager' : 'rep';
  return { login, name, role, ...(await team.addPerson({ login, name, role }, deps.now())) };
}

/** What someone must be on the team for, as a refusal says it (the catalogue's team.cannotBe). */
export type PartOnTeam = keyof typeof english.cannotBe;

/** An active person of the team, or a one-line refusal naming who is. */
export async function activePerson(team: TeamBinder, login: string, part: PartOnTeam): Promise<Person> {
  const people = await team.people();
  const person = people.find((p) => p.login === login);
  if (person && person.removedAt === null) return person;
  const m = say();
  const refusal = { login, cannotBe: m.cannotBe[part], team: people.filter((p) => p.removedAt === null).map((p) => p.login) };
  throw new UserError(person ? m.leftTeamSo(refusal) : m.notOnTeamSo(refusal));
}

export interface AssignResult extends Changed {
  to: string;
  /** Dossiers named that were the new owner's already. */
  unchanged: string[];
}

/** The entry that records a change of owner. */
function assigned(at: string, from: string, to: string): NewEntry {
  return { at, kind: 'assigned', changes: { owner: { from, to } } };
}

/** crm assign: a permanent change of owner, one change, an entry on each dossier. */
export async function assign(input: { clients: string[]; to: string; from?: string; all: boolean }, deps: Deps, path: string): Promise<AssignResult> {
  const team = teamOf(deps, 'assign', path);
  requireManager(team, 'assign');
  const to = (await activePerson(team, checkLogin(input.to), 'givenDossiers')).login;
  let dossiers: Dossier[];
  if (input.all) {
    if (input.from === undefined || input.clients.length > 0) throw new UserError(say().assignFromAll);
    dossiers = await Promise.all((await team.ownedBy(checkLogin(input.from))).map(async (handle) => (await deps.store.dossier(handle)) as Dossier));
  } else {
    if (input.clients.length === 0) throw new UserError(say().assignNeedsClients);
    if (input.from !== undefined) throw new UserError(say().assignFromWithAll);
    dossiers = [];
    for (const client of input.clients) dossiers.push(await requireClient(deps.store, client));
  }
  const ownerOf = (d: Dossier) => d.owner ?? team.login;
  const at = deps.now();
  const moving = dossiers.filter((d, i) => ownerOf(d) !== to && dossiers.findIndex((o) => o.handle === d.handle) === i);
  const handles = moving.map((d) => d.handle);
  const result = await commitChange(deps, {
    command: 'assign',
    summary: handles.length <= 3 ? SUMMARIES.assigned.make({ handles: handles.join(', '), to }) : SUMMARIES.assignedMany.make({ count: handles.length, to }),
    at,
    updates: moving.map((d) => ({ handle: d.handle, owner: to, entries: [assigned(at, ownerOf(d), to)] })),
  });
  return { ...result, to, unchanged: dossiers.filter((d) => ownerOf(d) === to).map((d) => d.handle) };
}

export interface RemoveResult extends Changed {
  login: string;
  to: string;
  /** How many dossiers went to `to`. */
  moved: number;
}

/** crm team remove: a person leaves; their dossiers go to a colleague, their history stays theirs. */
export async function removeFromTeam(input: { login: string; to: string | undefined }, deps: Deps, path: string): Promise<RemoveResult> {
  const team = teamOf(deps, 'team remove', path);
  requireManager(team, 'team remove');
  const login = checkLogin(input.login);
  if (input.to === undefined) throw new UserError(say().removeNeedsTo({ login }));
  const person = await activePerson(team, login, 'removed');
  if (person.role === 'admin') throw new UserError(say().adminStays({ login }));
  if (input.to === login) throw new UserError(say().removeToSelf({ login }));
  const to = (await activePerson(team, checkLogin(input.to), 'givenTheirs')).login;
  const at = deps.now();
  const handles = await team.ownedBy(login);
  const result = await commitChange(deps, {
    command: 'team remove',
    summary: SUMMARIES.teamRemove.make({ login, count: handles.length, to }),
    at,
    updates: handles.map((handle) => ({ handle, owner: to, entries: [assigned(at, login, to)] })),
    leaving: { login, to },
  });
  return { ...result, login, to, moved: handles.length };
}
