// The whole catalogue of this language: every area English has (a missing one does not compile).
import type { Catalogue } from '../catalogue.js';
import { card } from './card.js';
import { today } from './today.js';
import { errors } from './errors.js';
import { lookup } from './lookup.js';
import { store } from './store.js';
import { fields } from './fields.js';
import { storeWhy } from './storeWhy.js';

export const bg: Catalogue = { card, today, errors, lookup, store, fields, storeWhy };
