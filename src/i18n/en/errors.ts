// English: what any command may say when a run goes wrong (fast.ts, run.ts, context.ts, stdin.ts).
import { lazyArea } from '../lazy.js';

export const errors = lazyArea(() => ({
  /** A question left with Ctrl-C or Ctrl-D. */
  cancelled: 'cancelled; nothing was written',
  /** A bug: what the program threw, as it said it. */
  unexpected: (p: { reason: string }) => `unexpected failure: ${p.reason}`,
  runWithDebug: 'Run again with --debug to see where it happened.',
  /** On stderr when a run brought an older binder file up to date. */
  upgraded: (p: { path: string; from: number; to: number; backup: string }) =>
    `Upgraded the binder ${p.path} from version ${p.from} to ${p.to}; the binder as it was is in ${p.backup}`,
  todayNotADate: (p: { typed: string }) => `CRM_TODAY="${p.typed}" is not a date; set it as YYYY-MM-DD (CRM_TODAY=2026-11-23) or unset it`,
  nowAndToday: (p: { now: string; today: string }) =>
    `CRM_NOW=${p.now} and CRM_TODAY=${p.today} name different dates; CRM_NOW implies its date: unset CRM_TODAY`,
  nowNotAMoment: (p: { typed: string }) => `CRM_NOW="${p.typed}" is not a moment; set it as YYYY-MM-DDTHH:MM (CRM_NOW=2026-11-23T14:50) or unset it`,
  /** `--note -` with nothing piped in; `example` is the command as typed (crm log acme). */
  noNoteOnStdin: (p: { example: string }) =>
    `--note - read no text from standard input; pipe the note in (pbpaste | ${p.example} --note -), or type it: --note "..."; nothing was written`,
}));
