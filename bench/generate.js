#!/usr/bin/env node
// Builds a realistic binder straight into a binder file, for the benchmark:
//
//   node bench/generate.js --dossiers 100000 --out /tmp/binder.db [--today 2026-11-23] [--seed 1] [--force]
//
// The schema is crm's own (migrate() from dist/), and the derived columns and rows (search_text,
// phone_digits, dossier_word) are computed with crm's own folding, as src/store/sqlite.ts does.
// Each dossier gets a card in one of nine locales and about 10 history entries, stamped in the
// past in increasing order; entries of all dossiers are inserted in time order, as a binder used
// for years would hold them. DUE_TODAY dossiers are filed on --today, OVERDUE on earlier working
// days, about 3% are closed, the rest are spread over the working days of the next 13 months.
// The same --dossiers, --seed and --today always give the same binder.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import {
  COMPLAINTS,
  DEFAULT_SEED,
  DEFAULT_TODAY,
  DUE_TODAY,
  FIND_MATCHES,
  FIND_NAME,
  LOCALES,
  NOT_REACHED,
  OUTCOME_WEIGHTS,
  OVERDUE,
  PROMISES,
} from './fixture.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { migrate, SCHEMA_VERSION } = await import(join(root, 'dist/store/migrations.js'));
const { prepared } = await import(join(root, 'dist/store/prepared.js'));
const { fold } = await import(join(root, 'dist/binder/fold.js'));
const { appendHistoryText, cardSearchText, lookupWords, phoneDigits } = await import(join(root, 'dist/binder/search.js'));
const { handleWords } = await import(join(root, 'dist/binder/handle.js'));

/** What src/store/sqlite.ts sets: "crm1". */
const APPLICATION_ID = 0x63726d31;
/** crm undo reaches back over this many changes; older change_log rows are trimmed. */
const KEPT_CHANGES = 100;
const DAY = 86_400;
const CARD_FIELDS = ['name', 'position', 'company', 'phone', 'email', 'notes', 'priority', 'address', 'pronunciation', 'preferences', 'stage', 'tags', 'cadence'];

function main() {
  const started = performance.now();
  const options = parseOptions();
  const tmp = `${options.out}.tmp-${process.pid}`;
  removeBinder(tmp);
  const plan = planBinder(options);
  const planned = performance.now();
  const counts = writeBinder(tmp, plan);
  for (const suffix of ['-wal', '-shm']) rmSync(`${options.out}${suffix}`, { force: true });
  renameSync(tmp, options.out);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `generated ${options.out}: ${counts.dossiers} dossiers, ${counts.entries} entries, ${counts.words} words, ` +
      `${counts.promises} promises, ${counts.complaints} complaints (schema ${SCHEMA_VERSION}, seed ${options.seed}, today ${options.today}) ` +
      `in ${seconds.toFixed(1)} s (planning ${((planned - started) / 1000).toFixed(1)} s)\n`,
  );
  return 0;
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      dossiers: { type: 'string' },
      out: { type: 'string' },
      today: { type: 'string', default: DEFAULT_TODAY },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const usage = 'usage: node bench/generate.js --dossiers N --out <file> [--today YYYY-MM-DD] [--seed n] [--force]';
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  const dossiers = Number(values.dossiers);
  if (!Number.isInteger(dossiers) || dossiers < DUE_TODAY + OVERDUE + FIND_MATCHES) fail(`--dossiers must be a whole number of at least ${DUE_TODAY + OVERDUE + FIND_MATCHES}\n${usage}`);
  if (!values.out) fail(`--out <file> is missing\n${usage}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.today) || Number.isNaN(Date.parse(`${values.today}T00:00:00Z`))) fail(`--today "${values.today}" is not a date (YYYY-MM-DD)`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) fail(`--seed "${values.seed}" is not a whole number`);
  const out = resolve(values.out);
  if (existsSync(out)) {
    if (!values.force) fail(`${out} exists; add --force to replace it`);
    removeBinder(out);
  }
  return { dossiers, out, today: values.today, seed };
}

function fail(message) {
  process.stderr.write(`generate: ${message}\n`);
  process.exit(2);
}

function removeBinder(path) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

// ---- Randomness and days ----

/** mulberry32: small, fast, and the same sequence on every machine for a seed. */
function prng(seed) {
  let a = (seed ^ 0x9e3779b9) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Days are whole days since 1970-01-01 (a Thursday). */
const dayNumber = (iso) => Date.parse(`${iso}T00:00:00Z`) / (DAY * 1000);
const weekday = (day) => (day + 4) % 7;
const isWorkday = (day) => weekday(day) >= 1 && weekday(day) <= 5;

function makeCalendar(today) {
  const first = today - 5 * 366;
  const last = today + 15 * 31;
  const iso = new Map();
  const offsets = new Map();
  const workdays = [];
  for (let day = first; day <= last; day++) {
    const date = new Date(day * DAY * 1000);
    iso.set(day, date.toISOString().slice(0, 10));
    offsets.set(day, warsawOffset(date));
    if (isWorkday(day)) workdays.push(day);
  }
  /** Index of the first working day >= day. */
  const atOrAfter = (day) => {
    let lo = 0;
    let hi = workdays.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (workdays[mid] < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { first, iso, offsets, workdays, atOrAfter };
}

/** The UTC offset in Warsaw on that date: summer time from the last Sunday of March to the last Sunday of October. */
function warsawOffset(date) {
  const year = date.getUTCFullYear();
  const lastSunday = (month) => {
    const end = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, end.getUTCDate() - end.getUTCDay());
  };
  const time = date.getTime();
  return time >= lastSunday(2) && time < lastSunday(9) ? '+02:00' : '+01:00';
}

// ---- Planning: every dossier's card, filing and history, in memory ----

function planBinder({ dossiers: count, today: todayIso, seed }) {
  const random = prng(seed);
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];
  const chance = (p) => random() < p;
  const today = dayNumber(todayIso);
  const calendar = makeCalendar(today);
  const { workdays, atOrAfter } = calendar;
  const todayIndex = atOrAfter(today);
  const localeTable = LOCALES.flatMap((locale) => Array(locale.weight).fill(locale));
  const outcomeTable = OUTCOME_WEIGHTS.flatMap(([outcome, weight]) => Array(weight).fill(outcome));

  // Where each dossier is filed: a fixed stack for today, then closed ones, then the future.
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const filing = new Array(count);
  const lastFuture = atOrAfter(today + 396); // about 13 months of working days
  let next = 0;
  for (let n = 0; n < DUE_TODAY; n++) filing[order[next++]] = { day: today, overdue: false };
  for (let n = 0; n < OVERDUE; n++) filing[order[next++]] = { day: workdays[todayIndex - 1 - int(8)], overdue: true };
  const stack = order.slice(0, DUE_TODAY + OVERDUE);
  // Planted dossiers are filed like the rest.
  const planted = new Set(order.slice(next, next + FIND_MATCHES));
  for (let n = DUE_TODAY + OVERDUE; n < count; n++) {
    const i = order[n];
    filing[i] = chance(0.03) ? { day: null, overdue: false } : { day: workdays[todayIndex + 1 + int(lastFuture - todayIndex)], overdue: false };
  }
  // Two open complaints, on dossiers of today's stack, whatever the size.
  const openComplaints = new Set(stack.slice(0, 2));

  // Dossiers were opened over the last four years; ids follow the order they were opened in.
  const created = Array.from({ length: count }, () => today - 1 - int(4 * 365));
  created.sort((a, b) => a - b);

  const taken = new Map();
  const cards = new Array(count);
  const entries = new History();
  const add = entries.add.bind(entries);
  const promises = [];
  const complaints = [];
  /** A moment of a working day between 8:00 and 18:00, as seconds since 1970 in local time. */
  const stamp = (day) => day * DAY + 8 * 3600 + int(10 * 3600);

  for (let d = 0; d < count; d++) {
    const locale = planted.has(d) ? LOCALES[0] : pick(localeTable);
    const card = makeCard(locale, planted.has(d));
    const handle = newHandle(card.name, taken);
    const { day: filedOn } = filing[d];
    const createdDay = isWorkday(created[d]) ? created[d] : workdays[atOrAfter(created[d])];

    // Contacts happen on working days after the dossier was opened and before it came due
    // (before today for dossiers filed today or later).
    const end = filedOn !== null && filedOn < today ? filedOn : today;
    // Going back from there, each contact a few days to a few months before the next one.
    const lo = atOrAfter(createdDay + 1);
    const contacts = filedOn === null ? 1 + int(7) : int(8) + (chance(0.7) ? 1 : 0);
    const days = [];
    for (let index = atOrAfter(end) - 1 - int(15); days.length < contacts && index >= lo; index -= 2 + int(20) + (chance(0.3) ? int(60) : 0)) {
      days.push(workdays[index]);
    }
    days.reverse();
    const closed = filedOn === null && days.length > 0;
    const finalDay = filedOn === null && !closed ? workdays[todayIndex + 1 + int(40)] : filedOn;
    if (filedOn === null && !closed) filing[d] = { day: finalDay, overdue: false }; // opened too recently to be closed
    const plannedFor = (k) => (k < days.length ? days[k] : finalDay);

    const opened = stamp(createdDay);
    add(opened, d, 'created', null, null, null, null, null, JSON.stringify(cardAsChanges(card)));
    // A dossier sometimes came up on a day and was postponed to the day of its contact.
    const postponed = (k, from) => {
      const to = plannedFor(k);
      if (to === null || !chance(0.05)) return from;
      const earlier = workdays[atOrAfter(from) - 1 - int(5)];
      return earlier >= today || earlier <= (k === 0 ? createdDay : days[k - 1]) ? from : earlier;
    };
    let filedTo = postponed(0, plannedFor(0));
    add(opened, d, 'filed', null, null, null, null, filedTo);
    if (filedTo !== plannedFor(0)) add(stamp(filedTo), d, 'moved', 'postponed', null, null, filedTo, plannedFor(0));

    // A promise made on a call is kept on the next contact; one made on the last call of an active
    // dossier is still open, due when the dossier comes up.
    const promiseAt = chance(0.02) && days.length > (closed ? 1 : 0) ? int(days.length - (closed ? 1 : 0)) : -1;
    const complaintAt = openComplaints.has(d) && days.length > 0 ? days.length - 1 : chance(0.004) && days.length > 1 ? int(days.length - 1) : -1;
    for (let k = 0; k < days.length; k++) {
      const at = stamp(days[k]);
      const kind = chance(0.8) ? 'call' : pick(['email', 'email', 'meeting', 'note', 'note']);
      const outcome = kind === 'note' ? null : kind === 'call' ? pick(outcomeTable) : chance(0.5) ? 'reached' : null;
      const reached = outcome !== 'no-answer' && outcome !== 'voicemail';
      add(at, d, kind, reached ? pick(locale.notes) : NOT_REACHED[locale.code], outcome, reached && chance(0.09) ? pick(locale.offers) : null);
      const planned = plannedFor(k + 1);
      if (k === days.length - 1 && closed) {
        add(at, d, 'closed', null, null, null, days[k], null);
      } else {
        const to = postponed(k + 1, planned);
        if (to !== days[k]) add(at, d, 'filed', null, null, null, days[k], to);
        if (to !== planned) add(stamp(to), d, 'moved', 'postponed', null, null, to, planned);
      }
      if (k === promiseAt) {
        const what = pick(PROMISES);
        const theirs = chance(0.3);
        const due = plannedFor(k + 1) ?? days[k];
        const made = at + 60;
        const whose = theirs ? 'their promise' : 'our promise';
        add(made, d, 'promised', `${whose} by ${calendar.iso.get(due)}: ${what}`);
        // kept before the next call, early in the morning
        const kept = k + 1 < days.length ? days[k + 1] * DAY + 7 * 3600 + int(3600) : null;
        if (kept !== null) add(kept, d, 'kept', what);
        promises.push({ d, what, due, theirs, made, kept });
      }
      if (k === complaintAt) {
        const what = pick(COMPLAINTS);
        const opened = at + 120;
        const due = workdays[atOrAfter(days[k]) + 2];
        add(opened, d, 'complaint', `${what} (resolve by ${calendar.iso.get(due)})`);
        const resolved = !openComplaints.has(d) && k + 1 < days.length ? days[k + 1] * DAY + 7 * 3600 + 1800 : null;
        if (resolved !== null) add(resolved, d, 'resolved', `${what}: credited on the next invoice`);
        complaints.push({ d, what, due, opened, resolved });
      }
    }
    cards[d] = { handle, card, filedOn: filing[d].day, createdAt: opened };
  }
  return { today, calendar, cards, entries, promises, complaints, stack };

  // Cards, handles: as crm import would make them (see newHandle in src/binder/handle.ts).
  function makeCard(locale, isPlanted) {
    const female = chance(0.5);
    const pair = (value) => (Array.isArray(value) ? value : [value, fold(value)]);
    const [given, givenLatin] = pair(pick(female ? locale.givenF : locale.givenM));
    const familyForms = pick(locale.family);
    let [family, familyLatin] = pair(familyForms[female ? 1 : 0]);
    if (isPlanted) [family, familyLatin] = [FIND_NAME, fold(FIND_NAME)];
    const name = locale.familyFirst && !isPlanted ? `${family}${locale.joiner}${given}` : `${given} ${family}`;
    const company = chance(0.85) ? pick(locale.companies) : null;
    const digits = () => String(int(10));
    const phone = chance(0.92) ? toScript(pick(locale.phone).replace(/#/g, digits)) : null;
    const email = chance(0.7) ? `${fold(givenLatin)}.${fold(familyLatin)}@${pick(locale.domains)}`.replace(/[^a-z0-9.@-]/g, '') : null;
    const roll = random();
    return {
      name,
      position: chance(0.6) ? pick(locale.positions) : null,
      company,
      phone,
      email,
      notes: chance(0.35) ? pick(locale.cardNotes) : null,
      priority: roll < 0.15 ? 'A' : roll < 0.75 ? 'B' : 'C',
      address: chance(0.3) ? locale.address(given, family, female) : null,
      pronunciation: chance(0.05) ? `${givenLatin.toUpperCase()} ${familyLatin.toUpperCase()}` : null,
      preferences: chance(0.2) ? pick(locale.preferences) : null,
      stage: chance(0.8) ? pick(['lead', 'prospect', 'prospect', 'client', 'client', 'client', 'former']) : null,
      tags: chance(0.25) ? [...new Set([pick(locale.tags), pick(locale.tags)])].join(', ') : null,
      cadence: chance(0.15) ? pick(['2w', '1m', '10d', '3m']) : null,
      // The card's lists, as migration 5 makes them of one number and one address.
      phones: phone === null ? [] : [{ label: 'work', number: phone }],
      emails: email === null ? [] : [{ label: 'work', address: email }],
    };
  }
}

/** Persian keyboard digits in a Persian number stay Persian: '+98 ۹۱۲ 123' -> '+98 ۹۱۲ ۱۲۳'. */
function toScript(phone) {
  return /[۰-۹]/.test(phone) ? phone.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d))).replace(/^\+۹۸/, '+98') : phone;
}

function newHandle(name, taken) {
  const words = handleWords(name);
  const base = (words.at(-1) ?? 'client').slice(0, 34);
  const n = (taken.get(base) ?? 0) + 1;
  taken.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}

function cardAsChanges(card) {
  const changes = {};
  for (const field of CARD_FIELDS) if (card[field] !== null) changes[field] = { from: null, to: card[field] };
  return changes;
}

// As src/store/sqlite.ts computes them.
const searchText = cardSearchText;
function dossierWords(handle, card) {
  return new Set(lookupWords(handle, card));
}

// ---- Writing ----

function writeBinder(path, plan) {
  const { calendar, cards, entries, promises, complaints } = plan;
  const iso = (day) => (day === null ? null : calendar.iso.get(day));
  const two = (n) => (n < 10 ? `0${n}` : String(n));
  /** '2026-11-23T09:14:03+01:00', as crm stamps entries. */
  const at = (t) => {
    const day = Math.floor(t / DAY);
    const seconds = t - day * DAY;
    return `${calendar.iso.get(day)}T${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}${calendar.offsets.get(day)}`;
  };

  const db = new Database(path);
  // Loading speed: no journal, no syncs, a big cache, no foreign key checks (the rows are made
  // consistent). The file ends in crm's own journal mode below.
  db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000; PRAGMA temp_store = MEMORY');
  migrate(db);
  db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
  const sql = (text) => prepared(db, text);
  // crm's own indexes are dropped for the load and made again, from their own SQL, after it:
  // building an index from sorted rows is much faster than growing it one row at a time.
  const indexes = sql("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY rowid").all();
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);

  const insertDossier = sql(
    `INSERT INTO dossier (id, handle, ${CARD_FIELDS.join(', ')}, phones, emails, filed_on, created_at, search_text, phone_digits)
     VALUES (${['id', 'handle', ...CARD_FIELDS, 'phones', 'emails', 'filed_on', 'created_at', 'search_text', 'phone_digits'].map(() => '?').join(', ')})`,
  );
  const insertWord = sql('INSERT INTO dossier_word (word, dossier_id) VALUES (?, ?)');
  const insertEntry = sql(
    `INSERT INTO entry (id, dossier_id, at, kind, note, outcome, offer, filed_from, filed_to, changes, form, change_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
  );
  const insertPromise = sql('INSERT INTO promise (dossier_id, what, due, theirs, made_at, kept_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insertComplaint = sql('INSERT INTO complaint (dossier_id, what, due, opened_at, resolved_at, resolution) VALUES (?, ?, ?, ?, ?, ?)');
  const insertHistoryText = sql('INSERT INTO dossier_history (dossier_id, text) VALUES (?, ?)');
  const insertChange = sql('INSERT INTO change_log (id, at, command, summary) VALUES (?, ?, ?, ?)');
  const insertBefore = sql('INSERT INTO change_before (change_id, seq, target, ref, before) VALUES (?, ?, ?, ?, ?)');

  // Entries in the order they were written: by time, then dossier, then as planned.
  const n = entries.length;
  const times = Float64Array.from(entries.t);
  const owners = Int32Array.from(entries.d);
  const sorted = new Uint32Array(n).map((_, i) => i);
  sorted.sort((a, b) => times[a] - times[b] || owners[a] - owners[b] || a - b);
  // One change per command: the entries of one dossier with one stamp.
  const changeOf = new Uint32Array(n);
  let changes = 0;
  for (let i = 0; i < n; i++) {
    const e = sorted[i];
    const p = i > 0 ? sorted[i - 1] : -1;
    if (p < 0 || times[p] !== times[e] || owners[p] !== owners[e]) changes++;
    changeOf[e] = changes;
  }

  const rows = new Array(cards.length);
  const words = [];
  db.transaction(() => {
    for (let d = 0; d < cards.length; d++) {
      const { handle, card, filedOn, createdAt } = cards[d];
      const row = { id: d + 1, handle, ...card, filed_on: iso(filedOn), created_at: at(createdAt), search_text: searchText(handle, card), phone_digits: phoneDigits(card) };
      rows[d] = row;
      insertDossier.run(
        row.id, handle, ...CARD_FIELDS.map((f) => card[f]), JSON.stringify(card.phones), JSON.stringify(card.emails), row.filed_on, row.created_at, row.search_text, row.phone_digits,
      );
      for (const word of dossierWords(handle, card)) words.push([word, d + 1]);
    }
    // In key order: the WITHOUT ROWID table is its own index.
    words.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    for (const [word, id] of words) insertWord.run(word, id);

    const firstKept = changes - KEPT_CHANGES + 1;
    let lastChange = 0;
    const { d: ds, kind: kinds, note: notes, outcome: outcomes, offer: offers, from: froms, to: tos, changes: cardChanges } = entries;
    // crm find's history text of each dossier (store/history.ts), its entries in the order written.
    const historyTexts = new Array(cards.length).fill('');
    for (let i = 0; i < n; i++) {
      const e = sorted[i];
      if (notes[e] !== null || offers[e] !== null) historyTexts[ds[e]] = appendHistoryText(historyTexts[ds[e]], [{ note: notes[e], offer: offers[e] }]);
      const change = changeOf[e];
      const stamp = at(times[e]);
      insertEntry.run(i + 1, ds[e] + 1, stamp, kinds[e], notes[e], outcomes[e], offers[e], iso(froms[e]), iso(tos[e]), cardChanges[e], change);
      // The change log keeps the last KEPT_CHANGES changes, with the dossier row each overwrote.
      if (change >= firstKept && change !== lastChange) {
        lastChange = change;
        const row = rows[ds[e]];
        const kind = kinds[e];
        const command = COMMAND_OF[kind] ?? 'log';
        const summary = kind === 'created' ? `new dossier ${row.handle} (${row.name})` : `${row.handle}: ${kind}${outcomes[e] ? ` (${outcomes[e]})` : ''}`;
        insertChange.run(change, stamp, command, summary);
        const before = kind === 'created' ? null : JSON.stringify(storedRow(row, iso(froms[e]) ?? row.filed_on));
        insertBefore.run(change, 0, 'dossier', String(row.id), before);
      }
    }
    // The index of them is built in one pass after, as the migration does.
    const trigger = sql("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'history_search_insert'").pluck().get();
    db.exec('DROP TRIGGER history_search_insert');
    historyTexts.forEach((text, d) => text !== '' && insertHistoryText.run(d + 1, text));
    db.exec("INSERT INTO history_search (history_search) VALUES ('rebuild')");
    db.exec(trigger);
    promises.sort((a, b) => a.made - b.made || a.d - b.d);
    for (const p of promises) insertPromise.run(p.d + 1, p.what, iso(p.due), p.theirs ? 1 : 0, at(p.made), p.kept === null ? null : at(p.kept));
    complaints.sort((a, b) => a.opened - b.opened || a.d - b.d);
    for (const c of complaints) {
      const resolved = c.resolved !== null;
      insertComplaint.run(c.d + 1, c.what, iso(c.due), at(c.opened), resolved ? at(c.resolved) : null, resolved ? 'credited on the next invoice' : null);
    }
    for (const { sql: text } of indexes) db.exec(text);
  }).immediate();

  // The mode crm's binder is in (PRAGMA journal_mode = WAL persists in the file).
  db.exec('PRAGMA journal_mode = WAL');
  db.close();
  return { dossiers: cards.length, entries: n, words: words.length, promises: promises.length, complaints: complaints.length };
}

const COMMAND_OF = { created: 'file', filed: 'file', moved: 'postpone', promised: 'promise', kept: 'promise', complaint: 'complaint', resolved: 'complaint' };

/** The planned history, a column per field: a million small objects would cost seconds of GC. */
class History {
  t = [];
  d = [];
  kind = [];
  note = [];
  outcome = [];
  offer = [];
  from = [];
  to = [];
  changes = [];

  get length() {
    return this.t.length;
  }

  add(t, d, kind, note = null, outcome = null, offer = null, from = null, to = null, changes = null) {
    this.t.push(t);
    this.d.push(d);
    this.kind.push(kind);
    this.note.push(note);
    this.outcome.push(outcome);
    this.offer.push(offer);
    this.from.push(from);
    this.to.push(to);
    this.changes.push(changes);
  }
}

/** A dossier row as SELECT * returns it (what crm's undo keeps), filed where it was before the change. */
function storedRow(row, filedOn) {
  const { id, handle, name, position, company, phone, email, notes, priority, created_at, search_text, phone_digits } = row;
  const { address, pronunciation, preferences, stage, tags, cadence } = row;
  return { id, handle, name, position, company, phone, email, notes, priority, filed_on: filedOn, created_at, search_text, phone_digits, address, pronunciation, preferences, stage, tags, cadence };
}

process.exit(main());
