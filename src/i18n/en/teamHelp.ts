// English: the help of a team's commands (crm team, whoami, assign, handover, handovers; src/declared/),
// and what their command lines refuse before anything runs. What the team's commands print is team.ts.
import { lazyArea } from '../lazy.js';

export const teamHelp = lazyArea(() => ({
  team: {
    description:
      "the team's binder on a PostgreSQL server: with no action the manager's view (each person's stack, what is late, calls, who is away); init creates it, upgrade brings it to this crm's version, add and remove change who is on the team",
    action: "init (create the binder), upgrade (run its pending schema steps), add or remove (a person); none: the manager's view",
    login: 'add, remove: the person, by their login on the server',
    name: 'add: their name, as clients and colleagues see it',
    manager: 'add: as a manager (sees and changes every dossier, adds people, assigns)',
    to: 'remove: who gets their dossiers',
    week: "the manager's view: the week's figures (calls by day since Monday, refilings, promises kept and broken)",
    json: 'print as one JSON document: the view {"date", "week", "capacity", "people": [...]} (README: For scripts), or what was done {"action", "where", "schema", "version"...}',
    help: (p: { examples: string }) => `
The binder is named by --db or CRM_DB as a URL: postgres://<user>[:<password>]@<host>[:<port>]/<database>,
its schema by ?options=-csearch_path%3D<schema> (else the user's current schema). A password comes
from the URL, PGPASSWORD or ~/.pgpass, and is never printed. Other commands never upgrade a server
binder: an older one is refused until someone runs crm team upgrade.

People are the server's logins: crm team add makes the login when it is not there and yours may
(CREATEROLE), else takes an existing one; crm team remove gives their dossiers to a colleague and
keeps their history theirs (crm undo takes it back).

With no action, a manager's morning view: one row per person, the worst first (over capacity, then
overdue, then broken promises), with a load bar of their stack against their capacity (their own,
crm config capacity, else the team's), what is past its date, their calls today and this week, and
who is away or holding a colleague's stack. --week: the week by day.
${p.examples}`,
    /** The examples with words in them (a person's name): each a command line as typed. */
    examples: {
      add: 'crm team add anna --name "Anna Nowak"',
      manager: 'crm team add ewa --name "Ewa Lis" --manager',
    },
    /** crm team add or remove without a login. */
    needsLogin: {
      add: 'crm team add needs the person\'s login: crm team add anna --name "Anna Nowak"',
      remove: "crm team remove needs the person's login: crm team remove piotr --to anna",
    },
    /** crm team init or upgrade given a login (`action` as typed). */
    takesNoLogin: (p: { action: string }) => `crm team ${p.action} takes no login; crm team add <login> adds a person`,
  },
  whoami: {
    description: "a team's binder: who you are (the server's login), your role, and the handovers you are in",
    json: 'print {"login", "name", "role", "where", "away", "holding"}',
    help: (p: { examples: string }) => `
The person acting is the login of the connection to the server (the URL's user, else PGUSER, else
the system's user name): not $USER, not a setting. On a binder file there is one user, who owns everything.
${p.examples}`,
  },
  assign: {
    description: "a team's binder: give dossiers to another owner for good (a manager's); one change, an entry on each",
    clients: 'the clients to give (handles or prefixes)',
    to: 'the new owner',
    from: 'with --all: every dossier of this person',
    all: 'with --from: all of their dossiers, filed or closed',
    json: 'print what changed as JSON: {"change", "dossiers", "entries", "to", "unchanged"}',
    help: (p: { examples: string }) => `
For a while (a holiday, a sick day) hand the stack over instead: crm handover. crm undo takes an assign back.
${p.examples}`,
    needsTo: 'crm assign needs the new owner: crm assign acme --to anna',
  },
  handover: {
    description: "a team's binder: hand your stack over to a colleague until a date (prints the handover sheet); back: take it back, with what they did",
    to: 'the colleague who takes the stack (a login), or back: end the handover and report',
    until: 'the last day they hold it, inclusive: fri, +2w, "dec 18" (see crm move --help for the forms)',
    from: "whose stack: a manager's, for anyone (back: the owner of the handover to end)",
    only: 'only the dossiers matching these words, as crm find takes them',
    format: 'the sheet as text (the default), markdown, or html to print',
    output: 'write the sheet to this file (replaced whole) instead of standard output; .md or .html name the format',
    json: 'print {"handover", "sheet"}; back: {"handover", "owner", "delegate", "pastItsDate", "work", "dossiers", "counts"}',
    help: (p: { examples: string }) => `
The owner stays the owner: the colleague sees and works the dossiers in their own crm today, marked
"for <name>", until the last day; from the day after they are gone from their stack. One handover
per owner at a time, and no chains: not to someone who is away, nor by someone holding another's stack.
crm handover back (the owner, the colleague, or a manager) ends it, also after its last day, and
reports every call, refiling and promise the colleague made for the owner.
${p.examples}`,
    /** The examples with words in them (a date, words to find): each a command line as typed. */
    examples: {
      fri: 'crm handover anna --until fri',
      sheet: 'crm handover anna --until "dec 18" -o handover.html',
      only: 'crm handover anna --from piotr --until +1w --only warsaw',
    },
    /** crm handover back given an option it does not take (`option` as typed: --until). */
    backTakes: (p: { option: string }) => `crm handover back takes --from and --json, not ${p.option}`,
    /** crm handover <to> without --until (`to` as typed). */
    needsUntil: (p: { to: string }) => `crm handover needs the last day ${p.to} holds the stack: crm handover ${p.to} --until fri`,
    /** A sheet's file named neither .md nor .html, and no --format. */
    sayFormat: (p: { output: string }) => `crm handover -o ${p.output}: say the sheet's format, --format markdown or --format html (or name the file .md or .html)`,
    noFolder: (p: { output: string; folder: string }) => `cannot write ${p.output}: its folder ${p.folder} is not there; nothing handed over`,
  },
  handovers: {
    description: "a team's binder: every handover, past and present, newest first: who to whom, from when until when, in force or given back",
    json: 'print {"handovers": [{"owner", "delegate", "starts", "until", "onlyWhat", "endedAt", "endedBy", "state"...}], "names"}',
  },
}));
