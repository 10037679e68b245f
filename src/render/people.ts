// What crm whoami, crm team add / remove and crm assign say.
import type { Day } from '../binder/day.js';
import type { AddResult, AssignResult, RemoveResult, WhoAmI } from '../commands/people.js';
import { messages } from '../i18n/catalogue.js';
import { team as english } from '../i18n/en/team.js';
import { whereSaid } from '../i18n/place.js';
import { isolated, shortDay } from './style.js';

const say = messages('team', english);

export function renderWhoAmI(who: WhoAmI, today: Day): string {
  const m = say();
  const lines = [
    who.role === null
      ? m.notOnTeam({ login: isolated(who.login), where: whereSaid(who.where) })
      : m.youAre({ login: isolated(who.login), name: isolated(who.name ?? who.login), role: m.roles[who.role], where: whereSaid(who.where) }),
  ];
  const name = (login: string) => isolated(who.names[login] ?? login);
  if (who.away) lines.push(m.away({ delegate: name(who.away.delegate), until: shortDay(who.away.until, today) }));
  for (const h of who.holding) lines.push(m.holding({ owner: name(h.owner), until: shortDay(h.until, today) }));
  return `${lines.join('\n')}\n`;
}

export function renderAdded(added: AddResult): string {
  const m = say();
  const said = added.back ? (added.roleMade ? m.addedAgainMade : m.addedAgain) : added.roleMade ? m.addedMade : m.added;
  return `${said({ name: isolated(added.name), login: isolated(added.login), role: m.roles[added.role] })}\n`;
}

export function renderAssigned(result: AssignResult): string {
  const m = say();
  const given = result.entries.length;
  const unchanged = result.unchanged.map((h) => isolated(h)).join(', ');
  const lines = [
    given === 0
      ? m.nothingToGive({ handles: unchanged, count: result.unchanged.length, to: isolated(result.to) })
      : m.gave({ count: given, to: isolated(result.to), given: result.entries.map((e) => m.givenFrom({ handle: isolated(e.handle), from: isolated(e.changes?.owner?.from ?? '?') })).join(', ') }),
  ];
  if (given > 0 && result.unchanged.length > 0) lines.push(m.alreadyTheirs({ to: isolated(result.to), handles: unchanged }));
  return `${lines.join('\n')}\n`;
}

export function renderRemoved(result: RemoveResult): string {
  return `${say().removed({ login: isolated(result.login), count: result.moved, to: isolated(result.to) })}\n`;
}
