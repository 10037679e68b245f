// What crm says of a file or a value it refuses is in its own words: zod's ("Invalid input:
// expected object, received null", "Unrecognized key", "Too small: expected string to have >=1
// characters") are a programmer's, and they reached users of crm form add and crm import.
import { describe, expect, it } from 'vitest';
import { checkCardField } from '../../src/binder/card.js';
import { parseForm } from '../../src/binder/forms.js';
import { checkDossier, checkHead } from '../../src/exchange/json.js';
import { userErrorFrom } from './user-error.js';

/** zod's own phrases, none of which a user should meet. */
const ZOD_TEXT = /Invalid input|expected \w+, received|Unrecognized key|Too (small|big)|Invalid (option|string|enum)|must match pattern/;

describe('refusals in crm words', () => {
  it.each([
    { what: 'a form that is a number', run: () => parseForm(7, 'visit.yaml'), message: 'visit.yaml: the form must be a set of keys (key: value), not a number' },
    { what: 'a form whose fields are text', run: () => parseForm({ name: 'visit', fields: 'budget' }, 'visit.yaml'), message: 'visit.yaml: fields must be a list, not text' },
    { what: 'a form with two unknown keys', run: () => parseForm({ name: 'visit', fields: [{ key: 'a', label: 'A', type: 'text' }], colour: 1, size: 2 }, 'v.yaml'), message: 'v.yaml: the form has keys crm does not know (a misspelling?): "colour", "size"' },
    { what: 'an export whose settings are text', run: () => checkHead({ format: 'crm-binder', version: 1, settings: 'x', forms: [], dossiers: [] }, 'b.json'), message: 'b.json: settings: must be a set of keys (key: value), not text; nothing was imported' },
    { what: 'an export without settings', run: () => checkHead({ format: 'crm-binder', version: 1, dossiers: [] }, 'b.json'), message: 'b.json: settings: is missing; nothing was imported' },
    { what: 'an export dossier with a number for a handle', run: () => checkDossier({ handle: 5 }, 0, 'b.json'), message: 'b.json: dossiers[0], handle: must be text, not a number; nothing was imported' },
    { what: 'an export dossier that is empty', run: () => checkDossier({}, 3, 'b.json'), message: 'b.json: dossiers[3], handle: is missing; nothing was imported' },
  ])('$what', ({ run, message }) => {
    const error = userErrorFrom(run);
    expect(error.message).not.toMatch(ZOD_TEXT);
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
  });

  it('a card field that is too long says how long it may be, in characters', () => {
    expect(checkCardField('name', 'x'.repeat(100_000))).toBe('name is longer than 200 characters');
  });
});
