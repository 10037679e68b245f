// The whole catalogue of this language: every area English has (a missing one does not compile).
import type { Catalogue } from '../catalogue.js';
import { card } from './card.js';
import { today } from './today.js';
import { changes } from './changes.js';
import { dossier } from './dossier.js';
import { call } from './call.js';
import { refusals } from './refusals.js';
import { prompts } from './prompts.js';

export const bg: Catalogue = { card, today, changes, dossier, call, refusals, prompts };
