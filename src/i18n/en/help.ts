// English: crm's help (cli.ts builds commander's help from it): the program's own, the words
// commander prints (its section titles, its errors as cli.ts says them), the global options, the
// date forms, and the hot commands' (src/hot/). The other commands' help is in commandHelp.ts.
import { lazyArea } from '../lazy.js';
import { counted } from '../plural.js';

export const help = lazyArea(() => ({
  program: {
    description: "A tickler-file planner: every client's dossier filed behind the divider of its next contact.",
    /** After the list of commands: `examples` is the "Examples:" part. */
    after: (p: { examples: string }) => `
Today is the local date, or CRM_TODAY=YYYY-MM-DD for scripts and tests.
${p.examples}`,
  },
  /** commander's section titles, and the "Examples:" part's. */
  titles: {
    usage: 'Usage:',
    arguments: 'Arguments:',
    options: 'Options:',
    globalOptions: 'Global Options:',
    commands: 'Commands:',
    examples: 'Examples:',
  },
  /** What commander says of its own option and command. */
  helpOption: 'display help for command',
  helpCommand: 'display help for command',
  versionOption: 'output the version number',
  /** What commander adds after an option's text: '(choices: "markdown", "html", default: "call")'. */
  choices: (p: { values: string }) => `choices: ${p.values}`,
  defaultValue: (p: { value: string }) => `default: ${p.value}`,
  /** commander's errors of a command line, as cli.ts says them on one line. */
  errors: {
    missingArgument: (p: { argument: string }) => `missing required argument '${p.argument}'`,
    optionMissingArgument: (p: { option: string }) => `option '${p.option}' argument missing`,
    unknownOption: (p: { option: string }) => `unknown option '${p.option}'`,
    unknownCommand: (p: { command: string }) => `unknown command '${p.command}'`,
    /** After an unknown option or command: one name, or several. */
    didYouMean: (p: { name: string }) => `(Did you mean ${p.name}?)`,
    didYouMeanOneOf: (p: { names: string }) => `(Did you mean one of ${p.names}?)`,
    tooManyArguments: (p: { expected: number; got: number }) =>
      `too many arguments. Expected ${counted('en', p.expected, { one: '# argument', other: '# arguments' })} but got ${p.got}.`,
    tooManyArgumentsFor: (p: { command: string; expected: number; got: number }) =>
      `too many arguments for '${p.command}'. Expected ${counted('en', p.expected, { one: '# argument', other: '# arguments' })} but got ${p.got}.`,
    optionChoice: (p: { option: string; value: string; choices: string }) => `option '${p.option}' argument '${p.value}' is invalid. Allowed choices are ${p.choices}.`,
    argumentChoice: (p: { argument: string; value: string; choices: string }) =>
      `command-argument value '${p.value}' is invalid for argument '${p.argument}'. Allowed choices are ${p.choices}.`,
    /** After too many arguments to crm log: an option takes one word. */
    quoteWords: `; an option's words go in quotes: --next "fri 15:00", --note "wants 40 units"`,
    /** At the end of every such line. */
    see: (p: { help: string }) => `(see ${p.help})`,
  },
  globalOptions: {
    db: 'the binder file, in a folder that exists (default: $CRM_DB, else $XDG_DATA_HOME/crm/binder.db)',
    lang: 'the language crm speaks: en, pl, bg, hy or fa (default: $CRM_LANG, else crm config language, else $LANGUAGE, $LC_ALL, $LC_MESSAGES, $LANG)',
    color: 'print without colour (also: NO_COLOR=1)',
    debug: 'show the stack trace of an unexpected failure',
    quiet: "print nothing on success (errors still go to standard error; a command's JSON and exported data still print)",
  },
  scopeOptions: {
    for: "a team's binder: a colleague's dossiers (a manager, or the delegate of their handover)",
    team: "a team's binder: the whole team's dossiers (a manager)",
  },
  /** The argument most commands take: which client. */
  client: 'a handle, or a prefix of the handle or of a word of the name or company',
  /** The date forms, for a command that names a divider as it stands. */
  dateForms: `
Dates (<when>), as on the binder's dividers:
  8          the next 8th (today's own number means the same day next month)
  jul        the July divider: its first working day
  jul 5      the next 5 July (also 5 jul)
  +3d +2w +1m  days, weeks or months from today
  fri        the next Friday
  today, tomorrow, 2026-12-05`,
  /** After the date forms, for a command that files. */
  dayOff: 'A date that falls on a day off moves to the next working day, unless --exact.',

  today: {
    description: "open today's stack: everything filed for today, and everything overdue",
    json:
      'print one JSON document: {"date", "stack": [dossier...], "overdue", "capacity", "overCapacity", "promises", "complaints"}; each dossier with ' +
      '"filedAt" (its hour, "HH:MM", or null for the day), "overdueDays", "minutesUntil" (from now to its hour, negative once passed; null without one) ' +
      'and "due": "overdue" (filed on an earlier day), "past" (its hour today has passed), "soon" (now or within 15 minutes), "later", or "day" (today, no hour)',
    help: (p: { examples: string }) => `
The order: overdue first; then today's filings with an hour, in the order of their hours (each
shows its hour: "14:00, in 10 min" within 15 minutes, "14:00, 35 min ago" once passed); then the
rest by priority. CRM_NOW=YYYY-MM-DDTHH:MM fixes the moment the hours are measured from.
${p.examples}`,
  },
  next: {
    description: "the one call due now or next today, on one line (exit 1 when today's stack is empty)",
    json: 'print the dossier as crm today --json lists it ("filedAt", "due", "minutesUntil" with the rest), or null when nothing is left today (exit 1)',
    help: (p: { examples: string }) => `
Which call: of today's filings with an hour and still in the stack (not yet refiled), the earliest
hour, even when it has passed (a missed call is still to make); when none of today's has an hour,
the first of today's stack in crm today's order (overdue first). Filings of tomorrow are not
today's, however close midnight is.
Exit 0 with the line; exit 1 when today's stack is empty: nothing printed (at a terminal, a line
saying so), null with --json. Made for a shell prompt or tmux's status line (status-right
'#(crm next)' in ~/.tmux.conf): it starts as fast as crm today.
${p.examples}`,
  },
  log: {
    description: 'after a call: note what was said and how it ended, and refile the dossier, in one step',
    note: 'what was said; "-" reads it from stdin, several lines',
    outcome: (p: { outcomes: string }) => `how it ended: ${p.outcomes}`,
    next: 'the date of the next contact, and its hour if agreed: fri, "fri 15:00" (see Dates below)',
    done: 'close the dossier instead: out of the ring, history kept',
    offer: 'the offer made',
    kind: (p: { kinds: string }) => `the kind of contact: ${p.kinds}`,
    form: 'fill in a form with this entry (crm form list); its fields are asked on a terminal',
    field: 'a form answer; repeat for several',
    exact: 'keep a day off instead of moving to the next working day',
    json: 'print what changed as JSON: {"change", "dossiers", "entries"}',
    /** The examples with words in them (a note, a date): each a command line as typed. */
    examples: {
      reached: 'crm log acme --note "wants 40 units, sends the order Friday" --outcome reached --next "dec 4"',
      callback: 'crm log acme --outcome callback --next "fri 15:00"',
    },
    /** `when` is the date forms, `examples` the "Examples:" part. */
    help: (p: { when: string; examples: string }) => `
  Without --next or --done, an outcome with a default date files by it (crm config outcome);
  on a terminal the missing parts are asked; otherwise crm log refuses and writes nothing.
  ${p.when}
  ${p.examples}`,
  },
  show: {
    description: 'the whole dossier: card, where it is filed, history (newest last)',
    json: 'print the dossier with its "history", "promises", "complaints" and "documents" as JSON',
    format: 'a printable sheet to take to a meeting',
  },
  find: {
    description:
      'search cards (handle, name, position, company, phone, e-mail, notes) and histories (notes, offers, form answers): every word, in any order',
    text: "the words to look for, each anywhere in the dossier; case, accents and the digits' script do not matter",
    json: 'print the dossiers found, and where each matched, as JSON',
  },
  binder: {
    description: 'the ring at a glance: day dividers from tomorrow, month dividers, later years',
    json: 'print {"days", "months", "later"} as JSON',
  },
}));
