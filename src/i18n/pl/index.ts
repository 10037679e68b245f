// The whole catalogue of this language: every area English has (a missing one does not compile).
import type { Catalogue } from '../catalogue.js';
import { binder } from './binder.js';
import { call } from './call.js';
import { card } from './card.js';
import { caseFile } from './caseFile.js';
import { changes } from './changes.js';
import { commandHelp } from './commandHelp.js';
import { dossier } from './dossier.js';
import { errors } from './errors.js';
import { exchange } from './exchange.js';
import { fields } from './fields.js';
import { help } from './help.js';
import { lists } from './lists.js';
import { lookup } from './lookup.js';
import { prompts } from './prompts.js';
import { records } from './records.js';
import { refusals } from './refusals.js';
import { remind } from './remind.js';
import { ring } from './ring.js';
import { sheets } from './sheets.js';
import { store } from './store.js';
import { storeWhy } from './storeWhy.js';
import { team } from './team.js';
import { today } from './today.js';
import { upkeep } from './upkeep.js';

export const pl: Catalogue = { binder, call, card, caseFile, changes, commandHelp, dossier, errors, exchange, fields, help, lists, lookup, prompts, records, refusals, remind, ring, sheets, store, storeWhy, team, today, upkeep };
