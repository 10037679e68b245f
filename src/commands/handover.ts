// crm handover: an owner's stack lent to a colleague until a date, with the sheet the colleague
// works from; crm handover back: the stack given back, with everything the colleague did for the
// owner meanwhile; crm handovers: past and present. The owner stays the owner throughout: the
// database lets the delegate see and change the dossiers while the handover is open (schema.ts),
// and crm's scope (scope.ts) shows them in the delegate's stack until its last day.
import { lastDayOf } from '../binder/dates.js';
import { addDays, type Day } from '../binder/day.js';
import { CONVERSATION_KINDS, type Dossier, type EntryKind } from '../binder/dossier.js';
import { searchTerms } from '../binder/search.js';
import { isWorkingDay } from '../binder/workdays.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { team as english } from '../i18n/en/team.js';
import type { HandledEntry, Handover, TeamBinder } from '../store/store.js';
import { complaintView, type ComplaintView } from './complaints.js';
import type { Deps } from './deps.js';
import { activePerson, checkLogin, teamOf } from './people.js';
import { promiseView, type PromiseView } from './promises.js';
import { inForce, managesTeam } from './scope.js';
import { byStackOrder, view, type DossierView } from './stack.js';

const say = messages('team', english);
const refused = () => say().handover;

/** The most dossiers --only hands over: a filter matching more is a whole stack, said so. */
export const ONLY_LIMIT = 1000;

export interface HandoverInput {
  to: string;
  /** Whose stack (a manager's); the acting login's own when absent. */
  from?: string;
  /** The last day, as typed (a date form). */
  until: string;
  /** A find-like text choosing some of the owner's dossiers. */
  only?: string;
}

/** A person as a sheet or a report names them. */
export interface Named {
  login: string;
  name: string;
}

/** A dossier on the handover sheet: the card, and what is open on it. */
export interface SheetDossier extends DossierView {
  promises: PromiseView[];
  complaints: ComplaintView[];
}

export interface SheetDay {
  day: Day;
  workingDay: boolean;
  /** Due that day (on the first day, the overdue ones too), in the stack's order. */
  dossiers: SheetDossier[];
}

/** What the delegate needs to work the owner's stack: the handover sheet. */
export interface HandoverSheet {
  owner: Named;
  delegate: Named;
  from: Day;
  until: Day;
  /** The filter --only chose the dossiers with; null: the whole stack. */
  onlyWhat: string | null;
  /** How many dossiers are handed over, filed or closed. */
  handedOver: number;
  days: SheetDay[];
  /** Open promises due by the last day, and open complaints with a target by then, on dossiers not filed in the period. */
  promises: PromiseView[];
  complaints: ComplaintView[];
}

export interface HandoverResult {
  handover: Handover;
  sheet: HandoverSheet;
}

/** crm handover <to> --until <when>: one open handover per owner, no chains; starts today. */
export async function handOver(input: HandoverInput, deps: Deps, path: string): Promise<HandoverResult> {
  const team = teamOf(deps, 'handover', path);
  const me = team.login;
  const owner = checkLogin(input.from ?? me);
  if (owner !== me && !managesTeam(team)) throw new UserError(refused().fromNotManager({ owner, login: me }));
  await activePerson(team, owner, 'handingOver');
  const to = checkLogin(input.to);
  if (to === owner) throw new UserError(owner === me ? refused().toYourself({ to }) : refused().toTheOwner({ owner }));
  await activePerson(team, to, 'givenStack');
  const until = lastDayOf(input.until, deps);
  const only = input.only === undefined ? null : await chosen(team, deps, owner, input.only);
  const today = deps.today;
  const check = (open: Handover[]) => {
    const m = refused();
    const mine = open.find((h) => h.owner === owner);
    const back = `crm handover back${owner === me ? '' : ` --from ${owner}`}`;
    if (mine && inForce(mine, today)) throw new UserError(m.inForce({ owner, delegate: mine.delegate, until: mine.until, back }));
    if (mine) throw new UserError(m.notGivenBack({ owner, delegate: mine.delegate, until: mine.until, back }));
    const away = open.find((h) => h.owner === to && inForce(h, today));
    if (away) throw new UserError(m.toAway({ to, delegate: away.delegate, until: away.until }));
    const holding = open.find((h) => h.delegate === owner && inForce(h, today));
    if (holding) throw new UserError((owner === me ? m.youHold : m.theyHold)({ login: owner, owner: holding.owner, until: holding.until }));
  };
  const handover = await team.handOver({ owner, delegate: to, starts: today, until, only, madeAt: deps.now() }, check);
  return { handover, sheet: await sheetOf(handover, deps, team) };
}

/** The owner's dossiers --only picks, by handle: find's search, kept to the owner's dossiers. */
async function chosen(team: TeamBinder, deps: Deps, owner: string, text: string): Promise<{ handles: string[]; what: string }> {
  const terms = searchTerms(text);
  if (terms.length === 0) throw new UserError(refused().onlyNeedsWords);
  team.narrow({ owners: [owner], ids: [] });
  const found = await deps.store.search(terms, ONLY_LIMIT + 1);
  if (found.length === 0) throw new UserError(refused().onlyMatchesNone({ owner, text }));
  if (found.length > ONLY_LIMIT) throw new UserError(refused().onlyMatchesTooMany({ text, limit: ONLY_LIMIT, owner }));
  return { handles: found.map((d) => d.handle), what: text.trim() };
}

/** The handover sheet: each day of the period, the dossiers due with what is open on them. */
export async function sheetOf(handover: Handover, deps: Deps, team: TeamBinder): Promise<HandoverSheet> {
  const { store, today, settings } = deps;
  team.narrow(handover.onlyIds === null ? { owners: [handover.owner], ids: [] } : { owners: [], ids: handover.onlyIds });
  const from = today > handover.starts ? today : handover.starts;
  const filed = (await store.filedBetween('0000-01-01', handover.until)).map((d) => view(d, from));
  const promises = (await store.promises({ open: true, dueBy: handover.until })).map((p) => promiseView(p, today));
  const complaints = (await store.complaints({ open: true })).map((c) => complaintView(c, today)).filter((c) => c.due <= handover.until);
  const handedOver = await store.dossierCount();
  const listed = new Set(filed.map((d) => d.handle));
  const open = (d: Dossier): SheetDossier => ({
    ...view(d, from),
    promises: promises.filter((p) => p.handle === d.handle),
    complaints: complaints.filter((c) => c.handle === d.handle),
  });
  const days: SheetDay[] = [];
  for (let day = from; day <= handover.until; day = addDays(day, 1)) {
    const due = filed.filter((d) => (day === from ? (d.filedOn as Day) <= day : d.filedOn === day)).sort(byStackOrder);
    const workingDay = isWorkingDay(day, settings);
    if (workingDay || due.length > 0 || day === from) days.push({ day, workingDay, dossiers: due.map(open) });
  }
  return {
    owner: named(team, handover.owner),
    delegate: named(team, handover.delegate),
    from,
    until: handover.until,
    onlyWhat: handover.onlyWhat,
    handedOver,
    days,
    promises: promises.filter((p) => !listed.has(p.handle)),
    complaints: complaints.filter((c) => !listed.has(c.handle)),
  };
}

function named(team: TeamBinder, login: string): Named {
  return { login, name: team.names[login] ?? login };
}

/** What the delegate did, counted: conversations by outcome, refilings, promises made, the rest. */
export interface WorkCounts {
  conversations: number;
  /** Conversations by outcome ('none' for those without one). */
  outcomes: Record<string, number>;
  refilings: number;
  promises: number;
  other: number;
}

export interface HandBackResult {
  handover: Handover;
  owner: Named;
  delegate: Named;
  /** The handover's last day had passed when it was given back. */
  pastItsDate: boolean;
  /** Every entry the delegate made for the owner since the start, oldest first. */
  work: HandledEntry[];
  /** The dossiers worked on, as they stand now. */
  dossiers: DossierView[];
  counts: WorkCounts;
}

const REFILING_KINDS: readonly EntryKind[] = ['filed', 'moved', 'closed'];

/**
 * crm handover back: ends the open handover of the owner (--from, else mine, else the one I hold)
 * and reports what the delegate did for the owner. After its last day it still ends and reports.
 */
export async function handBack(input: { from?: string }, deps: Deps, path: string): Promise<HandBackResult> {
  const team = teamOf(deps, 'handover back', path);
  const me = team.login;
  const open = await team.handovers({ open: true });
  const m = refused();
  let handover: Handover | undefined;
  if (input.from !== undefined) {
    const owner = checkLogin(input.from);
    handover = open.find((h) => h.owner === owner);
    if (!handover) throw new UserError(m.notHandedOver({ owner }));
    if (me !== handover.owner && me !== handover.delegate && !managesTeam(team)) throw new UserError(m.backNotYours({ owner, delegate: handover.delegate, login: me }));
  } else {
    handover = open.find((h) => h.owner === me);
    if (!handover) {
      const held = open.filter((h) => h.delegate === me);
      if (held.length > 1) throw new UserError(m.holdSeveral({ owners: held.map((h) => h.owner), first: held[0]?.owner ?? '' }));
      handover = held[0];
    }
    if (!handover) throw new UserError(m.nothingToGiveBack({ login: me }));
  }
  const ended = await team.endHandover(handover.id, deps.now());
  if (!ended) throw new UserError(m.justGivenBack({ owner: handover.owner, delegate: handover.delegate }));
  const counts: WorkCounts = { conversations: 0, outcomes: {}, refilings: 0, promises: 0, other: 0 };
  for (const entry of ended.work) {
    if ((CONVERSATION_KINDS as readonly string[]).includes(entry.kind)) {
      counts.conversations++;
      const outcome = entry.outcome ?? 'none';
      counts.outcomes[outcome] = (counts.outcomes[outcome] ?? 0) + 1;
    } else if (REFILING_KINDS.includes(entry.kind)) counts.refilings++;
    else if (entry.kind === 'promised') counts.promises++;
    else counts.other++;
  }
  return {
    handover: ended.handover,
    owner: named(team, ended.handover.owner),
    delegate: named(team, ended.handover.delegate),
    pastItsDate: ended.handover.until < deps.today,
    work: ended.work,
    dossiers: ended.dossiers.map((d) => view(d, deps.today)),
    counts,
  };
}

/** Where a handover stands: in force, given back (ended), or past its last day and not given back. */
export type HandoverState = 'in force' | 'ended' | 'past its date';

export interface ListedHandover extends Handover {
  state: HandoverState;
}

/** crm handovers: every handover of the team, past and present, newest first. */
export async function listHandovers(deps: Deps, path: string): Promise<{ handovers: ListedHandover[]; names: Readonly<Record<string, string>> }> {
  const team = teamOf(deps, 'handovers', path);
  const all = await team.handovers({});
  const state = (h: Handover): HandoverState => (h.endedAt !== null ? 'ended' : inForce(h, deps.today) || h.starts > deps.today ? 'in force' : 'past its date');
  return { handovers: all.reverse().map((h) => ({ ...h, state: state(h) })), names: team.names };
}
