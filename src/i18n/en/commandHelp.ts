// English: the help of the commands declared in src/declared/ (cli.ts builds commander's help from
// it); each command's words under its name, and the card's options that crm file and crm edit share.

export const commandHelp = {
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
};
