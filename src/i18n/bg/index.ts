// The whole catalogue of this language: every area English has (a missing one does not compile).
import type { Catalogue } from '../catalogue.js';
import { binder } from './binder.js';
import { call } from './call.js';
import { card } from './card.js';
import { caseFile } from './caseFile.js';
import { changes } from './changes.js';
import { commandHelp } from './commandHelp.js';
import { dates } from './dates.js';
import { dossier } from './dossier.js';
import { errors } from './errors.js';
import { exchange } from './exchange.js';
import { exchangeHelp } from './exchangeHelp.js';
import { fields } from './fields.js';
import { finished } from './finish.js';
import { help } from './help.js';
import { lists } from './lists.js';
import { lookup } from './lookup.js';
import { prompts } from './prompts.js';
import { records } from './records.js';
import { refusals } from './refusals.js';
import { remind } from './remind.js';
import { ring } from './ring.js';
import { settings } from './settings.js';
import { sheets } from './sheets.js';
import { store } from './store.js';
import { storeWhy } from './storeWhy.js';
import { team } from './team.js';
import { teamHelp } from './teamHelp.js';
import { today } from './today.js';
import { upkeep } from './upkeep.js';

// A sentence that ends on a date ends on its "г." (finish.ts).
export const bg: Catalogue = finished({ binder, call, card, caseFile, changes, commandHelp, dates, dossier, errors, exchange, exchangeHelp, fields, help, lists, lookup, prompts, records, refusals, remind, ring, settings, sheets, store, storeWhy, team, teamHelp, today, upkeep });
