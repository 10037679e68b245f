// The whole catalogue of this language: every area English has (a missing one does not compile).
import type { Catalogue } from '../catalogue.js';
import { card } from './card.js';
import { today } from './today.js';
import { upkeep } from './upkeep.js';
import { records } from './records.js';
import { exchange } from './exchange.js';
import { team } from './team.js';
import { remind } from './remind.js';

export const bg: Catalogue = { card, today, upkeep, records, exchange, team, remind };
