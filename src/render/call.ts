// What crm call (and crm work's call) says: the number, its tel: link, and whether the desktop took it.
import type { CallResult, Dialled } from '../commands/call.js';
import { messages } from '../i18n/catalogue.js';
import { call as english } from '../i18n/en/call.js';
import { isolated, paint } from './style.js';

const say = messages('call', english);

/**
 * One line. `next` is the command to run after the call when crm does not go on to ask about it
 * itself (no terminal): `crm log <handle>`.
 */
export function renderCall(call: CallResult, dialled: Dialled, next?: string): string {
  const { opener, found, opened } = dialled;
  const m = say();
  const how = opened
    ? m.openedWith({ opener: opener ?? '' })
    : m.byHand({ why: opener === undefined ? m.noOpener : found ? m.didNotStart({ opener }) : m.notOnPath({ opener }) });
  const who = `${paint.cyan(isolated(call.handle))} (${isolated(call.name)}), ${call.label} ${isolated(call.number)}`;
  const said = { who, uri: call.uri, how, then: next === undefined ? m.end : m.then({ command: next }) };
  return `${(opened ? m.calling : m.notCalling)(said)}\n`;
}

/** crm call --json: the call, and whether the opener took the link. */
export function callJson(call: CallResult, dialled: Dialled): CallResult & { opened: boolean } {
  return { ...call, opened: dialled.opened };
}
