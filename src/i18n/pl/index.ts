// The whole catalogue of this language: every area English has (a missing one does not compile).
import type { Catalogue } from '../catalogue.js';
import { card } from './card.js';
import { today } from './today.js';
import { help } from './help.js';
import { commandHelp } from './commandHelp.js';

export const pl: Catalogue = { card, today, help, commandHelp };
