// Whose dossiers a command shows on a team's binder: the acting person's own and those handed over
// to them (until the handover's last day, inclusive: crm's today, which the database does not know),
// a colleague's (--for: a manager, or the delegate of their open handover), or the whole team's
// (--team: a manager). The database decides what a login may see at all; this decides what a list shows.
import type { Day } from '../binder/day.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { team as english } from '../i18n/en/team.js';
import type { Handover, Scope, TeamBinder } from '../store/store.js';

const say = messages('team', english);

/** What a command line asked for: --for <login>, --team. */
export interface ScopeRequest {
  for?: string;
  team?: boolean;
}

/** A handover in force on `today`: begun, not past its last day, not ended. */
export function inForce(handover: Handover, today: Day): boolean {
  return handover.endedAt === null && handover.starts <= today && today <= handover.until;
}

/** A manager or the admin: reads and changes every dossier of the team. */
export function managesTeam(team: TeamBinder): boolean {
  return team.me !== undefined && team.me.removedAt === null && (team.me.role === 'manager' || team.me.role === 'admin');
}

/** The scope of a command's lists; null: the whole team's. */
export function scopeOf(team: TeamBinder, today: Day, request: ScopeRequest, command: string): Scope | null {
  const me = team.login;
  const lent = team.myHandovers.filter((handover) => handover.delegate === me && inForce(handover, today));
  if (request.team) {
    if (!managesTeam(team)) throw new UserError(say().teamOnlyManagers({ command, login: me, standing: roleOf(team) }));
    return null;
  }
  const other = request.for;
  if (other !== undefined && other !== me) {
    if (managesTeam(team)) return { owners: [other], ids: [] };
    const handover = lent.find((h) => h.owner === other);
    if (!handover) {
      throw new UserError(say().forOnlyManagers({ command, other, login: me }));
    }
    return handover.onlyIds === null ? { owners: [other], ids: [] } : { owners: [], ids: handover.onlyIds };
  }
  // A team of one (a server binder used alone): every dossier is theirs, and no list need say so.
  const people = Object.keys(team.names);
  if (people.length === 1 && people[0] === me) return null;
  return {
    owners: [me, ...lent.filter((h) => h.onlyIds === null).map((h) => h.owner)],
    ids: lent.flatMap((h) => h.onlyIds ?? []),
  };
}

function roleOf(team: TeamBinder): string {
  const { standing } = say();
  if (team.me === undefined) return standing.none;
  if (team.me.removedAt !== null) return standing.left;
  return standing[team.me.role];
}
