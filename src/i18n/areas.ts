// Every area of the catalogue, as English has it: the type each language's catalogue must be
// (catalogue.ts). Types only, so that how a run prints (printing.ts) may name it without a cycle.
import type { binder } from './en/binder.js';
import type { call } from './en/call.js';
import type { card } from './en/card.js';
import type { caseFile } from './en/caseFile.js';
import type { changes } from './en/changes.js';
import type { commandHelp } from './en/commandHelp.js';
import type { dates } from './en/dates.js';
import type { dossier } from './en/dossier.js';
import type { errors } from './en/errors.js';
import type { exchange } from './en/exchange.js';
import type { exchangeHelp } from './en/exchangeHelp.js';
import type { fields } from './en/fields.js';
import type { help } from './en/help.js';
import type { lists } from './en/lists.js';
import type { lookup } from './en/lookup.js';
import type { prompts } from './en/prompts.js';
import type { records } from './en/records.js';
import type { refusals } from './en/refusals.js';
import type { remind } from './en/remind.js';
import type { ring } from './en/ring.js';
import type { settings } from './en/settings.js';
import type { sheets } from './en/sheets.js';
import type { store } from './en/store.js';
import type { storeWhy } from './en/storeWhy.js';
import type { team } from './en/team.js';
import type { teamHelp } from './en/teamHelp.js';
import type { today } from './en/today.js';
import type { upkeep } from './en/upkeep.js';

/** Every area's messages, as English has them. */
export interface Catalogue {
  binder: typeof binder;
  call: typeof call;
  card: typeof card;
  caseFile: typeof caseFile;
  changes: typeof changes;
  commandHelp: typeof commandHelp;
  dates: typeof dates;
  dossier: typeof dossier;
  errors: typeof errors;
  exchange: typeof exchange;
  exchangeHelp: typeof exchangeHelp;
  fields: typeof fields;
  help: typeof help;
  lists: typeof lists;
  lookup: typeof lookup;
  prompts: typeof prompts;
  records: typeof records;
  refusals: typeof refusals;
  remind: typeof remind;
  ring: typeof ring;
  settings: typeof settings;
  sheets: typeof sheets;
  store: typeof store;
  storeWhy: typeof storeWhy;
  team: typeof team;
  teamHelp: typeof teamHelp;
  today: typeof today;
  upkeep: typeof upkeep;
}
