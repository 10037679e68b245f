// English: crm call (render/call.ts, commands/call.ts) and crm next (render/next.ts).
import { lazyArea } from '../lazy.js';

export const call = lazyArea(() => ({
  /** `who` is 'acme (Anna Nowak), mobile +48 601 234 567' (the number's label as typed), `how` one of the pieces below, `then` the end. */
  calling: (p: { who: string; uri: string; how: string; then: string }) => `Calling ${p.who}: ${p.uri} ${p.how}${p.then}`,
  notCalling: (p: { who: string; uri: string; how: string; then: string }) => `${p.who}: ${p.uri} ${p.how}${p.then}`,
  openedWith: (p: { opener: string }) => `opened with ${p.opener}`,
  /** Why the link was not opened, then what to do: '(no xdg-open on PATH: dial it by hand)'. */
  byHand: (p: { why: string }) => `(${p.why}: dial it by hand)`,
  noOpener: 'no program to open it with here',
  didNotStart: (p: { opener: string }) => `${p.opener} did not start`,
  notOnPath: (p: { opener: string }) => `no ${p.opener} on PATH`,
  end: '.',
  /** The command to run after the call, when crm does not ask about it itself. */
  then: (p: { command: string }) => `; then ${p.command}.`,
  noPhone: (p: { handle: string }) => `${p.handle} has no phone number to call; add one: crm edit ${p.handle} --phone "+48 601 234 567"`,
  noSuchLabel: (p: { label: string; handle: string; labels: string; example: string }) =>
    `--number ${p.label}: none of ${p.handle}'s numbers is labelled so; they are labelled ${p.labels} (crm call ${p.handle} --number ${p.example})`,
  /** crm next at a terminal with nothing left; today's nextUp may follow. */
  nothingLeft: "Nothing left in today's stack.",
}));
