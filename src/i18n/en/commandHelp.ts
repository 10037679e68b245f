// English: the help of the commands declared in src/declared/ (cli.ts builds commander's help from
// it); each command's words under its name, and the card's options that crm file and crm edit share;
// and what a declaration itself refuses of a command line (`refused`), before any handler runs.
import { lazyArea } from '../lazy.js';

export const commandHelp = lazyArea(() => ({
  card: {
    position: 'their position',
    company: 'their company',
    phone:
      'the primary phone number (the one crm today shows): replaces the primary, or makes a number already on the card the primary; a label may go before it, "mobile:+48 601 234 567"; "" removes it',
    addPhone: (p: { labels: string }) => `adds a phone number, its label before it: ${p.labels} ("home:+48 22 555 01 02"; work unless given); repeat for several`,
    removePhone: 'removes a phone number (in any spacing), or every number with that label; repeat for several',
    email: 'the primary e-mail address, as --phone ("home:anna@example.com")',
    addEmail: 'adds an e-mail address, labelled as --add-phone; repeat for several',
    removeEmail: 'removes an e-mail address, or every address with that label; repeat for several',
    notes: "the card's standing notes (replaces them)",
    priority: 'A most important, B unless set',
    address: 'how to address them ("Pani Anno", "Dr. Müller")',
    pronunciation: 'how to say their name ("WOO-kash")',
    preferences: 'what they prefer: when to call, channel, language',
    tags: 'comma separated: "vip, warsaw"',
    every: 'contact cadence: 10d, 2w, 1m (after a call that reached them, the next date)',
    /** The stages, as typed. */
    stage: (p: { stages: string }) => `${p.stages}`,
  },
  file: {
    description: 'file a dossier behind the divider of its next contact; a new handle opens a new dossier',
    when: 'the date of the next contact, and its hour if agreed: fri, "fri 15:00" (see Dates below)',
    name: "the client's name (needed for a new dossier when no terminal can ask; crm edit renames)",
    note: 'what was said: a note in the history',
    offer: 'the offer made',
    at: "the hour of the next contact: 10:30, 15.00, 3pm, 15h (the binder's time zone)",
    exact: 'keep a day off instead of moving to the next working day',
    owner: "a team's binder, a manager: the new dossier's owner (else whoever files it)",
    json: 'print what changed as JSON: {"change", "dossiers", "entries", "created", "named", "shifted", "adjusted"}',
    /** The examples with words in them (a note, a date): each a command line as typed. */
    examples: {
      holidays: 'crm file acme "jul 5" --note "call back after the holidays"',
      three: 'crm file acme "fri 15:00" --note "call back at three"',
    },
  },
  move: {
    description: 'reschedule dossiers: the ones named, or everything behind one divider',
    clients: 'the clients to move, then the date (or give the date with --to)',
    to: 'where to, with an hour if agreed: fri, "fri 14:00" (see Dates below); without one each keeps its hour',
    from: 'move everything behind this divider, as it stands (8, jul, fri, 2026-12-05)',
    note: 'why: recorded with each move',
    exact: 'keep a day off instead of moving to the next working day',
    dryRun: 'show what would move; write nothing',
    json: 'print what changed as JSON: {"change", "dossiers", "entries", "moves"}',
    /** The examples with words in them (a note, a date): each a command line as typed. */
    examples: {
      fair: 'crm move acme zolc petrova "dec 7" --note "trade fair this week"',
      dayOff: 'crm move --from 24 --to 25 --note "day off"',
    },
  },
  postpone: {
    description: 'too much for today: move dossiers of your choice, or the lowest-priority ones, to the nearest days with room',
    clients: 'the clients to postpone (on a terminal, without any: a list to tick)',
    to: 'one date for all of them; without it each goes to the nearest coming working day with room under the capacity (tomorrow first)',
    auto: "choose the lowest-priority dossiers that put today's stack over capacity",
    yes: 'apply the --auto plan without asking (for scripts)',
    dryRun: 'show the plan; write nothing',
    exact: 'keep a day off instead of moving to the next working day',
    json: 'print the plan and what changed as JSON',
  },
  call: {
    description: "dial the client's primary number (a tel: link for the desktop's opener), then log the call",
    number: (p: { labels: string }) => `another of the card's numbers, by its label: ${p.labels}`,
    json: 'print the call as JSON and ask nothing: {"handle", "name", "number", "label", "uri", "opened"}',
    help: (p: { examples: string }) => `
  The number is opened as a tel: link (RFC 3966: tel:+48601234567) with xdg-open (macOS: open),
  found on PATH: a softphone, or a phone linked to the desktop, dials it. A number without +
  is passed as its digits, as you would dial it. Then, on a terminal, crm log's questions
  follow for the same client; from a script crm call prints the number and the link, and
  crm log <client> is yours to run. Without an opener it prints them too. Nothing is written
  but the log.
  ${p.examples}`,
  },
  work: {
    description: "the morning session on a terminal: today's stack one card at a time (log, call, postpone, skip, history, quit)",
    help: (p: { examples: string }) => `\nWhat is logged or postponed is written at once: quit any time, and crm work again goes on.\n${p.examples}`,
  },
  undo: {
    description: 'take back the last change to the binder, as a whole (a bulk move is one change); repeat to go further',
    json: 'print {"undone": change or null, "next": change or null}',
  },
  changes: {
    description: 'the recent changes to the binder, newest first: what crm undo would walk back',
    limit: 'how many to list',
    all: "a team's binder: everyone's changes, with who made each (a manager)",
    json: 'print {"changes": [{"id", "at", "command", "summary"}]} ("by", the login, with --all)',
  },
  open: {
    description: 'the dossiers behind one divider, as it stands (no move to a working day)',
    divider: 'a day number, a month, or any date form',
    json: 'print the dossiers as JSON',
    /** After the date forms. */
    asItStands: 'A divider is named as it stands: a day off is not moved to a working day.',
  },
  slipping: {
    description: 'clients whose last real contact is older than their cadence (crm edit --every), worst first',
    json: 'print {"slipping": [{"dossier", "cadence", "lastReal", "dueSince", "daysLate"}]}',
  },
  promises: {
    description: 'the open promises, of one client or all; past their date they are broken',
    client: 'a handle or prefix',
    json: 'print {"promises": [{"id", "handle", "what", "due", "theirs", "status", ...}]}',
  },
  complaints: {
    description: 'the open complaints, of one client or all',
    client: 'a handle or prefix',
    json: 'print {"complaints": [{"id", "handle", "what", "due", "late", ...}]}',
  },
  promise: {
    description: 'record a commitment with a date, ours or the client\'s; "crm promise done <id>" when it is kept',
    client: 'a handle or prefix; or "done" to mark a promise kept',
    what: "what was promised; after \"done\": the promise's number",
    by: 'the date it is due (see Dates)',
    theirs: "the client's promise, not ours",
    exact: 'keep a day off instead of moving to the next working day',
    json: 'print what changed as JSON, with "promise"',
    /** The examples with words in them (what was promised, a date): each a command line as typed. */
    examples: {
      ours: 'crm promise acme "send the price list" --by fri',
      theirs: 'crm promise acme "decide on the offer" --by 10 --theirs',
    },
  },
  complaint: {
    description: 'open a complaint with a target date; "crm complaint resolve <id> --note" closes it and files a follow-up',
    client: 'a handle or prefix; or "resolve" to close a complaint',
    what: 'what the complaint is; after "resolve": its number',
    by: 'the target date (default: the next working day; crm config complaint-due)',
    note: 'with resolve: how it was resolved',
    json: 'print what changed as JSON, with "complaint"',
    /** The examples with words in them: each a command line as typed. */
    examples: {
      open: 'crm complaint acme "delivery two weeks late"',
      resolve: 'crm complaint resolve 3 --note "replaced the parts, 10% off the next order"',
    },
  },
  attach: {
    description: 'keep documents of the case in the dossier: offers, e-mails, calculations, schedules',
    files: 'the files to store inside the binder (one file to back up or hand over)',
    link: 'store a reference instead of the file',
    json: 'print what changed as JSON, with "attached"',
  },
  docs: {
    description: "list a dossier's documents, or write one back out byte for byte",
    get: 'the document to write out: its name, or a unique start of it',
    output: 'where to write it (default: its name, in this folder; - for stdout)',
    force: 'overwrite a file that exists',
    json: 'print {"handle", "documents": [{"id", "name", "type", "size", "sha256", "link", "addedAt"}]}',
  },
  form: {
    description: 'forms filled in after calls: add one from a JSON or YAML file, list them, show one',
    action: 'add <file>, list, or show <name>',
    target: 'the file (add) or the form name (show)',
    json: 'print the form(s) as JSON',
    /** A form file as an example (its keys and types as typed, its labels the user's words), then the "Examples:" part. */
    help: (p: { examples: string }) => `
  A form file (JSON or YAML):
    name: visit
    title: After a visit
    fields:
      - { key: budget, label: Budget in PLN, type: number, required: true }
      - { key: decision, label: Decision maker met, type: yes/no }
      - { key: stage, label: Stage, type: choice, choices: [interested, thinking, not now] }
      - { key: next_visit, label: Next visit, type: date, help: any date form }
      - { key: remarks, label: Remarks, type: text }
  ${p.examples}`,
    refused: {
      addNeedsFile: 'form add needs the file: crm form add visit.yaml',
      /** `typed` is the action (and its target) as typed. */
      notAnAction: (p: { typed: string }) => `"${p.typed}": type crm form add <file>, crm form list or crm form show <name>`,
    },
  },
  edit: {
    description: "change a client's card; every change is a history entry (no options on a terminal: the notes in $EDITOR)",
    name: "the client's name",
    json: 'print what changed as JSON',
    /** The example with words in it (how to address and say a name): a command line as typed. */
    examples: {
      address: 'crm edit zolc --address "Panie Łukaszu" --pronunciation "WOO-kash ZHOOWCH"',
    },
  },
  review: {
    description: 'the day in review: calls by outcome, planned versus done, what slipped, promises, complaints',
    when: 'the day, read backward: today (default), yesterday, fri (the latest Friday), 7 or dec 7 (the latest 7th), -3d, 2026-11-20',
    week: 'the week of that day: Monday to Sunday, or Saturday to Friday in a Persian-calendar binder',
    daysAgo: 'the day n days before today',
    json: 'print the figures as JSON',
    /** The examples with a date word in them: each a command line as typed. */
    examples: {
      yesterday: 'crm review yesterday',
      friday: 'crm review fri',
      week: 'crm review --week "dec 7"',
    },
  },
  remind: {
    description: 'notify each call due within a window, and each promise and complaint past its date, once (for cron or a systemd timer)',
    within: 'how far ahead to look: 10m, 1h, 1h30m (default: the remind-within setting, 10 min)',
    exec: 'hand each reminder to this command line (run by /bin/sh), the reminder as JSON on its standard input',
    print: 'print the reminders on standard output, even where the desktop has a notifier',
    json: 'print {"within", "now", "until", "notifier", "sent": [reminder...]}',
    help: (p: { examples: string }) => `
  A call is a dossier filed with an hour: it reminds from --within before its hour, and an hour
  passed earlier today that was not reminded of reminds late ("due 7 min ago"). A promise of ours
  past its date and a complaint past its date remind once each. Nothing reminds twice: the binder
  notes what was sent (a dossier refiled to another hour reminds again). Filings for the day, with
  no hour, never remind: crm today lists them.

  The reminders go to the --exec command, else to the desktop's notifier (notify-send; osascript
  on macOS) found on PATH, else to standard output, one line each. A notifier that fails stops
  the run, exit 1: what it did not take is sent on the next run. Run it every minute from cron or
  a systemd user timer (see the README).
  ${p.examples}`,
    refused: {
      execEmpty: "--exec needs a command line, for example: crm remind --exec 'mail me@example.com'",
      execAndPrint: '--exec and --print both say where reminders go; give one of them',
    },
  },
  doctor: {
    description:
      "check the binder: the file's integrity, records that belong to nothing, dates that do not exist, every open dossier filed where its history says, what find and the binder view read",
    repair: "build again, from the dossiers, what find and the binder view read (lookup words, search text, history text, find's indexes, filing counts)",
    json: 'print {"path", "problems": [line...], "repaired": [line...], "mendable", "damaged", "unchecked": [line...]}',
  },
  config: {
    description: "show or set the binder's settings; a setting given the value it has already is left as it is",
    setting: 'the setting to show or set (see Settings below)',
    values: 'the new value',
    team: "on a team's binder, with capacity: the team's capacity (a manager's), not your own",
    json: 'print the settings as JSON (with a value: what changed, and the settings; on a team\'s binder "own": your capacity)',
    /** `settings` is the table of the settings below (a line each), `examples` the "Examples:" part. */
    help: (p: { settings: string; examples: string }) => `
On a team's binder, crm config capacity sets your own capacity (crm today and crm postpone --auto
keep to it); --team sets the team's, for everyone who has not set their own (a manager's).

Settings:
${p.settings}
${p.examples}`,
    /** Each setting (by its name, as typed): what it is, then the values it takes. */
    settings: {
      workdays: 'the working weekdays: mon-fri, sun-thu or mon,wed,fri',
      holidays: 'days off besides the weekly ones: add <date>..., remove <date>... or clear',
      capacity: "the most dossiers one day's stack should hold: a number, or off",
      dividers: 'day dividers numbered 1-31, or one dated divider per working day: numbered, or dated 1-3 (months ahead)',
      outcome: 'the next date crm log uses after an outcome: <outcome> <date>, or <outcome> off',
      'attach-limit': 'the largest file crm attach stores in the binder: a size: 25MB',
      'note-limit': 'the longest note, offer or form answer a history entry takes: a size: 1MB',
      'complaint-due': "a complaint's target date when none is given: a date: tomorrow",
      'complaint-follow-up': 'when to check that the client of a resolved complaint is satisfied: a date: +1w',
      timezone: "the time zone of the filings' hours: an IANA name: Europe/Warsaw, or system",
      'remind-within': 'how far ahead crm remind looks unless told: a span: 10m, 1h',
      language: 'the language crm speaks, unless --lang or CRM_LANG says: en, pl, bg, hy, fa, or system',
      calendar: "the calendar of the ring's dividers and of a bare day number; dates are stored in ISO either way: gregorian, or persian",
    },
    refused: {
      /** `setting` as typed; `settings` every setting's name. */
      notASetting: (p: { setting: string; settings: string }) => `"${p.setting}" is not a setting; use one of ${p.settings} (crm config --help)`,
    },
  },
  completion: {
    description: 'print a shell completion script: commands, options, their values, client handles and form names',
    shell: 'bash, zsh or fish',
    /** `lines` is a line for each shell: its name and what to type. */
    help: (p: { lines: string }) => `
  Load it in your shell's start-up file:
${p.lines}
  `,
  },
  backup: {
    description: 'copy the binder while it may be in use: to a file or folder, else to backups/ beside it (the newest 10 kept)',
    path: 'the file or folder to write the copy to',
    json: 'print {"path", "size", "removed": [older backups removed]}',
  },
  restore: {
    description: 'put a copy made by crm backup back as the binder, after checking it; the binder as it was goes to backups/ first',
    path: 'the copy to restore',
    yes: 'do not ask first at a terminal; without a terminal, needed to restore over a binder',
    json: 'print {"from", "path", "version", "dossiers", "before", "restored"}',
  },
}));
