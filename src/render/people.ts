// What crm whoami, crm team add / remove and crm assign say.
import type { Day } from '../binder/day.js';
import type { AddResult, AssignResult, RemoveResult, WhoAmI } from '../commands/people.js';
import { messages } from '../i18n/catalogue.js';
import { team as english } from '../i18n/en/team.js';
import { safe, shortDay } from './style.js';

const say = messages('team', english);

export function renderWhoAmI(who: WhoAmI, today: Day): string {
  const m = say();
  const lines = [
    who.role === null
      ? m.notOnTeam({ login: safe(who.login), where: who.where })
      : m.youAre({ login: safe(who.login), name: safe(who.name ?? who.login), role: m.roles[who.role], where: who.where }),
  ];
  const name = (login: string) => safe(who.names[login] ?? login);
  if (who.away) lines.push(m.away({ delegate: name(who.away.delegate), until: shortDay(who.away.until, today) }));
  for (const h of who.holding) lines.push(m.holding({ owner: name(h.owner), until: shortDay(h.until, today) }));
  return `${lines.join('\n')}\n`;
}

export function renderAdded(added: AddResult): string {
  const m = say();
  const said = added.back ? (added.roleMade ? m.addedAgainMade : m.addedAgain) : added.roleMade ? m.addedMade : m.added;
  return `${said({ name: safe(added.name), login: safe(added.login), role: m.roles[added.role] })}\n`;
}

export function renderAssigned(result: AssignResult): string {
  const m = say();
  const given = result.entries.length;
  const unchanged = result.unchanged.map((h) => safe(h)).join(', ');
  const lines = [
    given === 0
      ? m.nothingToGive({ handles: unchanged, count: result.unchanged.length, to: safe(result.to) })
      : m.gave({ count: given, to: safe(result.to), given: result.entries.map((e) => m.givenFrom({ handle: safe(e.handle), from: safe(e.changes?.owner?.from ?? '?') })).join(', ') }),
  ];
  if (given > 0 && result.unchanged.length > 0) lines.push(m.alreadyTheirs({ to: safe(result.to), handles: unchanged }));
  return `${lines.join('\n')}\n`;
}

export function renderRemoved(result: RemoveResult): string {
  return `${say().removed({ login: safe(result.login), count: result.moved, to: safe(result.to) })}\n`;
}
