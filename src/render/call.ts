// What crm call (and crm work's call) says: the number, its tel: link, and whether the desktop took it.
import type { CallResult, Dialled } from '../commands/call.js';
import { isolated, paint } from './style.js';

/**
 * One line. `next` is the command to run after the call when crm does not go on to ask about it
 * itself (no terminal): `crm log <handle>`.
 */
export function renderCall(call: CallResult, dialled: Dialled, next?: string): string {
  const { opener, found, opened } = dialled;
  const how = opened
    ? `opened with ${opener}`
    : `(${opener === undefined ? 'no program to open it with here' : found ? `${opener} did not start` : `no ${opener} on PATH`}: dial it by hand)`;
  const who = `${paint.cyan(isolated(call.handle))} (${isolated(call.name)}), ${call.label} ${isolated(call.number)}`;
  return `${opened ? 'Calling ' : ''}${who}: ${call.uri} ${how}${next === undefined ? '.' : `; then ${next}.`}\n`;
}

/** crm call --json: the call, and whether the opener took the link. */
export function callJson(call: CallResult, dialled: Dialled): CallResult & { opened: boolean } {
  return { ...call, opened: dialled.opened };
}
