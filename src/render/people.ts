// What crm whoami, crm team add / remove and crm assign say.
import type { Day } from '../binder/day.js';
import type { AddResult, AssignResult, RemoveResult, WhoAmI } from '../commands/people.js';
import { isolated, plural, shortDay } from './style.js';

export function renderWhoAmI(who: WhoAmI, today: Day): string {
  const lines = [
    who.role === null
      ? `You are ${isolated(who.login)} on ${who.where}, and not on its team: crm shows you nothing of it (a manager adds you with crm team add ${isolated(who.login)}).`
      : `You are ${isolated(who.login)} (${isolated(who.name ?? who.login)}), ${who.role}, on ${who.where}.`,
  ];
  const name = (login: string) => isolated(who.names[login] ?? login);
  if (who.away) lines.push(`Away: your dossiers are handed over to ${name(who.away.delegate)} until ${shortDay(who.away.until, today)} (crm handover back ends it).`);
  for (const h of who.holding) lines.push(`Holding ${name(h.owner)}'s dossiers until ${shortDay(h.until, today)}: crm today shows them, marked.`);
  return `${lines.join('\n')}\n`;
}

export function renderAdded(added: AddResult): string {
  const made = added.roleMade ? ' (their login made on the server: give it a password, or set its authentication, before they use it)' : '';
  const back = added.back ? ' again' : '';
  return `${isolated(added.name)} (${isolated(added.login)}) is on the team${back}, as a ${added.role}${made}.\n`;
}

export function renderAssigned(result: AssignResult): string {
  const given = result.entries.length;
  const lines = [given === 0 ? `Nothing to give: ${result.unchanged.map((h) => isolated(h)).join(', ')} ${result.unchanged.length === 1 ? 'is' : 'are'} ${isolated(result.to)}'s already.` : `Gave ${plural(given, 'dossier')} to ${isolated(result.to)}: ${result.entries.map((e) => `${isolated(e.handle)} (from ${isolated(e.changes?.owner?.from ?? '?')})`).join(', ')}.`];
  if (given > 0 && result.unchanged.length > 0) lines.push(`Already ${isolated(result.to)}'s: ${result.unchanged.map((h) => isolated(h)).join(', ')}.`);
  return `${lines.join('\n')}\n`;
}

export function renderRemoved(result: RemoveResult): string {
  return `${isolated(result.login)} has left the team: ${plural(result.moved, 'dossier')} given to ${isolated(result.to)}; their history stays theirs.\n`;
}
