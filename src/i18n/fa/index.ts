// The whole catalogue of this language: every area English has (a missing one does not compile).
import type { Catalogue } from '../catalogue.js';
import { call } from './call.js';
import { card } from './card.js';
import { changes } from './changes.js';
import { dossier } from './dossier.js';
import { prompts } from './prompts.js';
import { refusals } from './refusals.js';
import { today } from './today.js';

export const fa: Catalogue = { call, card, changes, dossier, prompts, refusals, today };
