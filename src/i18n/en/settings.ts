// English: crm config, the listing of the binder's settings and what it refuses (commands/config.ts,
// render/config.ts, declared/config.ts). Setting names, the values typed for them (mon-fri, 25MB,
// off, numbered, dated, persian, en), outcomes and date forms (tomorrow, +2d) stay as typed.
import { lazyArea } from '../lazy.js';

export const settings = lazyArea(() => ({
  /** The listing's values. */
  none: 'none',
  noLimit: 'no limit',
  perDay: (p: { count: number }) => `${p.count} a day`,
  /** After the team's capacity on a team's binder. */
  forTheTeam: 'for the team (crm config capacity <n> --team)',
  /** Your capacity when you keep none of your own. */
  theTeams: "the team's",
  /** `team` is the team's capacity with forTheTeam after it; `yours` is theTeams. */
  yoursTheTeams: (p: { team: string; yours: string }) => `${p.team}; yours: ${p.yours}`,
  /** `own` is your capacity (perDay); `team` the team's with forTheTeam after it. */
  yoursOwn: (p: { own: string; team: string }) => `${p.own}, yours; ${p.team}`,
  numbered: 'numbered 1-31',
  dated: (p: { months: number }) => `dated, ${p.months} month(s) ahead`,
  noOutcomeDefaults: 'no defaults for crm log',
  /** An outcome's default next contact: `when` is the date form as typed. */
  outcomeNext: (p: { outcome: string; when: string }) => `${p.outcome} → ${p.when}`,
  /** Between holidays, and between outcomes' defaults (a date may hold a comma of its own: 'czw., 24 gru 2026'). */
  separator: ', ',
  /** The time zone or language when the binder names none. */
  systems: "the system's",
  minutes: (p: { count: number }) => `${p.count} min`,
  gregorian: 'gregorian',
  persian: 'persian (Jalali dividers, weeks from Saturday)',
  /** After the setting just changed; after the one given the value it had. */
  changed: '(changed)',
  already: '(already so: nothing changed)',
  /** A new time zone, when filings have hours. */
  hoursMoved: (p: { count: number }) =>
    `${p.count === 1 ? '1 filing has an hour' : `${p.count} filings have hours`}: ${p.count === 1 ? 'it keeps its' : 'they keep their'} wall-clock time in the new zone, another moment than before (crm undo puts the zone back).`,

  /** What crm config refuses. */
  teamIsCapacity: "crm config --team sets the team's capacity: crm config capacity 25 --team; the other settings are the team's already",
  noOwnCapacity: (p: { login: string }) => `you (${p.login}) are not on the team, so have no capacity of your own; a manager adds you with crm team add ${p.login}`,
  /** A value the settings' schema refuses, when it says nothing of its own (after the setting's name). */
  notValid: 'not valid',
  capacity: (p: { typed: string }) => `capacity "${p.typed}" is not a whole number of dossiers; type crm config capacity 25, or off`,
  dividers: (p: { typed: string }) => `dividers "${p.typed}": type crm config dividers numbered, or crm config dividers dated [1-3 months]`,
  datedMonths: (p: { typed: string }) => `dated dividers cover 1, 2 or 3 months, not "${p.typed}"`,
  language: (p: { typed: string }) => `language "${p.typed}" is not one crm speaks; type crm config language en, pl, bg, hy or fa, or system`,
  calendar: (p: { typed: string }) => `calendar "${p.typed}": type crm config calendar persian (Jalali dividers: Farvardin..Esfand), or crm config calendar gregorian`,
  holidays: (p: { typed: string }) => `holidays "${p.typed}": type crm config holidays add <date>..., remove <date>... or clear`,
  /** `action` is add or remove, as typed. */
  holidaysNeedDates: (p: { action: string }) => `holidays ${p.action} needs dates, such as crm config holidays ${p.action} 2026-12-24`,
  wholeMonth: (p: { typed: string }) => `"${p.typed}" is a whole month; a holiday is one date, such as "${p.typed} 1"`,
  notASize: (p: { typed: string }) => `"${p.typed}" is not a size; type it as 25MB, 500KB or 1GB`,
  notAnOutcome: (p: { typed: string; outcomes: string }) => `"${p.typed}" is not an outcome; use one of ${p.outcomes}`,
  outcomeNeedsDate: (p: { outcome: string }) => `outcome ${p.outcome} needs a date form or off, such as crm config outcome ${p.outcome} tomorrow`,
  notAWeekday: (p: { typed: string }) => `"${p.typed}" is not a weekday; type crm config workdays mon-fri (or sun-thu, or mon,tue,thu)`,
}));
