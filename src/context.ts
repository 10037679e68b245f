// The one place settings are resolved: flag -> environment -> default. (Binder settings come from
// the binder itself, once it is open.)
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { dayFromDate, parseDay, type Day } from './binder/day.js';
import type { WallClock } from './binder/zone.js';
import { UserError } from './errors.js';
import { messages } from './i18n/catalogue.js';
import { errors as english } from './i18n/en/errors.js';
import type { Io } from './io.js';

export interface GlobalFlags {
  db?: string;
  color?: boolean;
  debug?: boolean;
  quiet?: boolean;
}

export interface Context {
  /** The binder file. */
  dbPath: string;
  /** The binder is where crm keeps it by default (not --db or CRM_DB): only then are its folders made. */
  dbDefault: boolean;
  /** Where crm keeps what it notes for itself between runs (stamp.ts); none without HOME or XDG_STATE_HOME. */
  stateFolder: string | undefined;
  /** Today's date: CRM_TODAY, else the local calendar date. */
  today: Day;
  /** Whether CRM_TODAY (or CRM_NOW) set today (entries are then stamped with that date). */
  todayFixed: boolean;
  /** The moment CRM_NOW fixed, on the binder's wall clock; undefined: the real clock. */
  fixedNow: WallClock | undefined;
  /** The system's time zone: the binder's unless its `timezone` setting names another. Read when asked (Intl is slow to start). */
  systemZone(): string;
  color: boolean;
  debug: boolean;
  /** A person at a terminal can answer questions: stdin and stdout are both terminals. */
  interactive: boolean;
  /** Stamps a history entry: today's date, the real local time of day, and the UTC offset. */
  now(): string;
}

const say = messages('errors', english);

export function resolveContext(flags: GlobalFlags, io: Io): Context {
  const { env } = io;
  const fixedToday = env.CRM_TODAY?.trim();
  let today = dayFromDate(new Date());
  if (fixedToday) {
    const parsed = parseDay(fixedToday);
    if (!parsed) throw new UserError(say().todayNotADate({ typed: fixedToday }));
    today = parsed;
  }
  const fixedNow = parseNow(env.CRM_NOW);
  if (fixedNow) {
    if (fixedToday && fixedNow.day !== today) {
      throw new UserError(say().nowAndToday({ now: env.CRM_NOW?.trim() ?? '', today: fixedToday }));
    }
    today = fixedNow.day;
  }
  const stamped = fixedNow ? () => timestamp(wallDate(fixedNow), today) : () => timestamp(new Date(), today);
  return {
    dbPath: flags.db ?? (env.CRM_DB || defaultBinderPath(env)),
    dbDefault: flags.db === undefined && !env.CRM_DB,
    stateFolder: stateFolder(env),
    today,
    todayFixed: Boolean(fixedToday) || fixedNow !== undefined,
    fixedNow,
    systemZone: () => systemZone(env.TZ),
    color: flags.color !== false && !('NO_COLOR' in env && env.NO_COLOR !== '') && Boolean(io.stdout.isTTY) && env.TERM !== 'dumb',
    debug: Boolean(flags.debug),
    interactive: atTerminal(io),
    now: stamped,
  };
}

/** CRM_NOW=2026-12-04T14:50 (seconds allowed, no zone: it is the binder's wall clock); undefined when unset. */
function parseNow(text: string | undefined): WallClock | undefined {
  const typed = text?.trim();
  if (!typed) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(typed);
  const day = m ? parseDay(m[1] as string) : undefined;
  const hour = Number(m?.[2]);
  const minute = Number(m?.[3]);
  if (!m || !day || hour > 23 || minute > 59 || Number(m[4] ?? 0) > 59) {
    throw new UserError(say().nowNotAMoment({ typed }));
  }
  return { day, hour, minute };
}

/** A Date whose local time of day is the wall clock's: what the history stamps with CRM_NOW. */
function wallDate({ day, hour, minute }: WallClock): Date {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, mo - 1, d, hour, minute, 0);
}

/** A person at a terminal can answer questions: stdin and stdout are both terminals. */
export function atTerminal(io: Io): boolean {
  // stdout first: standard input is made only when asked for (main.ts), and a pipe needs none.
  return Boolean(io.stdout.isTTY && io.stdin.isTTY);
}

/** `$XDG_DATA_HOME/crm/binder.db`, else `~/.local/share/crm/binder.db`. */
export function defaultBinderPath(env: NodeJS.ProcessEnv): string {
  // HOME from the run's environment first: os.homedir() reads the process's, which a run in-process may not share.
  const home = env.HOME && isAbsolute(env.HOME) ? env.HOME : homedir();
  const dataHome = env.XDG_DATA_HOME && isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : join(home, '.local', 'share');
  return join(dataHome, 'crm', 'binder.db');
}

/**
 * `$XDG_STATE_HOME/crm`, else `~/.local/state/crm`, from the run's own environment only: never a
 * home folder the run was not given (a run in-process has its own HOME).
 */
export function stateFolder(env: NodeJS.ProcessEnv): string | undefined {
  if (env.XDG_STATE_HOME && isAbsolute(env.XDG_STATE_HOME)) return join(env.XDG_STATE_HOME, 'crm');
  return env.HOME && isAbsolute(env.HOME) ? join(env.HOME, '.local', 'state', 'crm') : undefined;
}

/** '2026-11-23T09:14:03+01:00': the given date with the real local time of day. */
export function timestamp(clock: Date, day: Day): string {
  const offset = -clock.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day}T${two(clock.getHours())}:${two(clock.getMinutes())}:${two(clock.getSeconds())}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** The zone the system runs in: TZ when it names one Intl knows, else what Intl resolves. */
export function systemZone(tz: string | undefined): string {
  if (tz) {
    const name = tz.startsWith(':') ? tz.slice(1) : tz;
    try {
      return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      // A POSIX TZ rule ("CET-1CEST") Intl cannot name: the process's own reading of it stands.
    }
  }
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}
