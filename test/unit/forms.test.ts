// Forms filled in after calls (src/binder/forms.ts, src/commands/forms.ts): a form file checked
// field by field, each answer checked against its field's type, and --field key=value pairs as typed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userErrorFrom } from './user-error.js';
import { answerFor, fillForm, parseForm, type FormDefinition, type FormField } from '../../src/binder/forms.js';
import { fieldPairs, readFormFile } from '../../src/commands/forms.js';
import { UserError } from '../../src/errors.js';

const TODAY = '2026-11-23'; // a Monday

/** The UserError `run` throws (its exit code is 2: bad input); fails when it throws nothing or something else. */

async function asyncUserErrorFrom(run: () => Promise<unknown>): Promise<UserError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError, but nothing was thrown');
}

/** The form of `crm form --help`, one field of every type. */
const VISIT = {
  name: 'visit',
  title: 'After a visit',
  fields: [
    { key: 'budget', label: 'Budget in PLN', type: 'number', required: true },
    { key: 'decision', label: 'Decision maker met', type: 'yes/no' },
    { key: 'stage', label: 'Stage', type: 'choice', choices: ['interested', 'thinking', 'not now'] },
    { key: 'next_visit', label: 'Next visit', type: 'date', help: 'any date form' },
    { key: 'remarks', label: 'Remarks', type: 'text' },
  ],
};

/** VISIT with its first field replaced by `field` (and the rest kept). */
function withField(field: Record<string, unknown>, at = 0): unknown {
  const fields: unknown[] = [...VISIT.fields];
  fields[at] = field;
  return { ...VISIT, fields };
}

describe('parseForm', () => {
  it('reads a form with every field type, optional unless required, help kept', () => {
    expect(parseForm(VISIT, 'visit.yaml')).toEqual({
      name: 'visit',
      title: 'After a visit',
      fields: [
        { key: 'budget', label: 'Budget in PLN', type: 'number', required: true },
        { key: 'decision', label: 'Decision maker met', type: 'yes/no', required: false },
        { key: 'stage', label: 'Stage', type: 'choice', required: false, choices: ['interested', 'thinking', 'not now'] },
        { key: 'next_visit', label: 'Next visit', type: 'date', required: false, help: 'any date form' },
        { key: 'remarks', label: 'Remarks', type: 'text', required: false },
      ],
    });
  });

  it.each([
    { case: 'one text field, no title', data: { name: 'call', fields: [{ key: 'topic', label: 'Topic', type: 'text' }] } },
    { case: 'required: false said outright', data: { name: 'call', fields: [{ key: 'n', label: 'N', type: 'number', required: false }] } },
    { case: 'a required choice of two', data: { name: 'call', fields: [{ key: 'mood', label: 'Mood', type: 'choice', choices: ['good', 'bad'], required: true }] } },
    { case: 'a required date', data: { name: 'call', fields: [{ key: 'due', label: 'Due', type: 'date', required: true }] } },
    { case: 'a required yes/no', data: { name: 'call', fields: [{ key: 'ok', label: 'OK?', type: 'yes/no', required: true }] } },
    { case: 'keys with digits, - and _', data: { name: 'visit-2', fields: [{ key: 'a1_b-c', label: 'A', type: 'text' }] } },
    { case: 'a 40-letter key', data: { name: 'v', fields: [{ key: 'a'.repeat(40), label: 'A', type: 'text' }] } },
  ])('accepts $case', ({ data }) => {
    const form = parseForm(data, 'call.json');
    expect(form.name).toBe(data.name);
    expect(form.fields.map((f) => f.key)).toEqual(data.fields.map((f) => f.key));
    expect(form.fields.map((f) => f.required)).toEqual(data.fields.map((f: { required?: boolean }) => f.required ?? false));
  });

  it('trims labels and choices', () => {
    const form = parseForm({ name: 'v', fields: [{ key: 's', label: '  Stage  ', type: 'choice', choices: [' hot ', 'cold'] }] }, 'v.yaml');
    expect(form.fields[0]).toMatchObject({ label: 'Stage', choices: ['hot', 'cold'] });
  });

  // Each mistake is named by its place in the file, after the file's name.
  it.each([
    // the form itself
    { case: 'not an object', data: null, message: 'visit.yaml: the form must be a set of keys (key: value), not empty (null)' },
    { case: 'a list', data: [], message: 'visit.yaml: the form must be a set of keys (key: value), not a list' },
    { case: 'an unknown key on the form', data: { ...VISIT, colour: 'red' }, message: 'visit.yaml: the form has a key crm does not know (a misspelling?): "colour"' },
    { case: 'a name in capitals', data: { ...VISIT, name: 'Visit' }, message: 'visit.yaml: name must be a short lower-case word (letters, digits, - or _)' },
    { case: 'a name with a space', data: { ...VISIT, name: 'site visit' }, message: 'visit.yaml: name must be a short lower-case word (letters, digits, - or _)' },
    { case: 'a name of 41 letters', data: { ...VISIT, name: 'v'.repeat(41) }, message: 'visit.yaml: name must be a short lower-case word (letters, digits, - or _)' },
    { case: 'no fields', data: { name: 'visit' }, message: 'visit.yaml: fields is missing' },
    { case: 'an empty fields list', data: { name: 'visit', fields: [] }, message: 'visit.yaml: fields needs at least one field' },
    // one field
    { case: 'an unknown key on a field', data: withField({ key: 'budget', label: 'Budget', type: 'number', colour: 'red' }), message: 'visit.yaml: fields[0] has a key crm does not know (a misspelling?): "colour"' },
    { case: 'a key starting with a digit', data: withField({ key: '1st', label: 'First', type: 'text' }), message: 'visit.yaml: fields[0].key must be a short lower-case word (letters, digits, - or _)' },
    { case: 'a key in capitals', data: withField({ key: 'Budget', label: 'Budget', type: 'number' }, 2), message: 'visit.yaml: fields[2].key must be a short lower-case word (letters, digits, - or _)' },
    { case: 'a key with a space', data: withField({ key: 'next visit', label: 'Next', type: 'date' }, 3), message: 'visit.yaml: fields[3].key must be a short lower-case word (letters, digits, - or _)' },
    { case: 'an empty label', data: withField({ key: 'budget', label: '   ', type: 'number' }), message: 'visit.yaml: fields[0].label is empty' },
    { case: 'an unknown type', data: withField({ key: 'ok', label: 'OK', type: 'bool' }, 4), message: 'visit.yaml: fields[4].type must be one of text, number, choice, date, yes/no' },
    { case: 'no type', data: withField({ key: 'ok', label: 'OK' }, 1), message: 'visit.yaml: fields[1].type must be one of text, number, choice, date, yes/no' },
    { case: '"required" not a boolean', data: withField({ key: 'ok', label: 'OK', type: 'text', required: 'yes' }), message: 'visit.yaml: fields[0].required must be true or false, not text' },
    { case: 'a choice without choices', data: withField({ key: 'stage', label: 'Stage', type: 'choice' }, 2), message: 'visit.yaml: fields[2].choices a choice field needs "choices"' },
    { case: 'a choice of one', data: withField({ key: 'stage', label: 'Stage', type: 'choice', choices: ['hot'] }, 2), message: 'visit.yaml: fields[2].choices needs at least two choices' },
    { case: 'an empty choice', data: withField({ key: 'stage', label: 'Stage', type: 'choice', choices: ['hot', ' '] }, 2), message: 'visit.yaml: fields[2].choices[1] is empty' },
  ])('refuses $case, naming the place', ({ data, message }) => {
    const error = userErrorFrom(() => parseForm(data, 'visit.yaml'));
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
  });

  it('refuses two fields with the same key, naming the key', () => {
    const data = withField({ key: 'budget', label: 'Budget again', type: 'text' }, 4);
    const error = userErrorFrom(() => parseForm(data, 'visit.yaml'));
    expect(error.message).toMatch(/^visit\.yaml: fields/);
    expect(error.message).toContain('repeats the key "budget"');
    // Which key: with twenty fields, "two fields have the same key" leaves the user searching.
    expect(error.message).toContain('budget');
  });
});

describe('readFormFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'crm-forms-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Writes `text` to a file named `name` in the test's folder; returns its path. */
  function file(name: string, text: string): string {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  }

  const YAML = `name: visit
title: After a visit
fields:
  - { key: budget, label: Budget in PLN, type: number, required: true }
  - { key: decision, label: Decision maker met, type: yes/no }
  - { key: stage, label: Stage, type: choice, choices: [interested, thinking, not now] }
  - { key: next_visit, label: Next visit, type: date, help: any date form }
  - key: remarks
    label: Remarks
    type: text
`;

  it.each(['visit.yaml', 'visit.yml', 'VISIT.YAML'])('reads a YAML form (%s)', async (name) => {
    expect(await readFormFile(file(name, YAML))).toEqual(parseForm(VISIT, name));
  });

  it('reads a JSON form', async () => {
    expect(await readFormFile(file('visit.json', JSON.stringify(VISIT, null, 2)))).toEqual(parseForm(VISIT, 'visit.json'));
  });

  it('reads a file with any other name as JSON', async () => {
    expect(await readFormFile(file('visit.form', JSON.stringify(VISIT)))).toMatchObject({ name: 'visit' });
    const error = await asyncUserErrorFrom(() => readFormFile(file('visit.txt', YAML)));
    expect(error.message).toMatch(/visit\.txt is not valid JSON: /);
  });

  it.each([
    { name: 'broken.json', text: '{"name": "visit", "fields": [}', kind: 'JSON' },
    { name: 'trailing-comma.json', text: '{"name": "visit",}', kind: 'JSON' },
    { name: 'empty.json', text: '', kind: 'JSON' },
    { name: 'broken.yaml', text: 'name: visit\nfields:\n  - { key: a, label: A, type: text\n', kind: 'YAML' },
    { name: 'indent.yaml', text: 'name: visit\nfields:\n - key: a\n  label: x\n', kind: 'YAML' },
    // YAML refuses a key given twice, where JSON.parse would keep the last silently.
    { name: 'twice.yaml', text: 'name: visit\nname: call\nfields:\n  - { key: a, label: A, type: text }\n', kind: 'YAML' },
  ])('says $name is not valid $kind, on one line', async ({ name, text, kind }) => {
    const path = file(name, text);
    const error = await asyncUserErrorFrom(() => readFormFile(path));
    expect(error.message.startsWith(`${path} is not valid ${kind}: `)).toBe(true);
    expect(error.message).not.toContain('\n');
    expect(error.exitCode).toBe(2);
  });

  it('names the place of a mistake in a YAML file after its path', async () => {
    const path = file('typo.yaml', 'name: visit\nfields:\n  - { key: a, label: A, type: text }\n  - { key: b, label: B, type: text }\n  - { key: c, label: C, type: bool }\n');
    const error = await asyncUserErrorFrom(() => readFormFile(path));
    expect(error.message).toBe(`${path}: fields[2].type must be one of text, number, choice, date, yes/no`);
  });

  it('refuses an unknown key in a JSON file (strict), naming the field', async () => {
    const path = file('strict.json', JSON.stringify(withField({ key: 'budget', label: 'Budget', type: 'number', requried: true })));
    const error = await asyncUserErrorFrom(() => readFormFile(path));
    expect(error.message).toBe(`${path}: fields[0] has a key crm does not know (a misspelling?): "requried"`);
  });

  it('says a missing file cannot be read, and to check the path', async () => {
    const path = join(dir, 'nowhere.yaml');
    const error = await asyncUserErrorFrom(() => readFormFile(path));
    expect(error.message).toBe(`cannot read ${path} (ENOENT); check the path`);
  });
});

describe('answerFor', () => {
  const field = (type: FormField['type'], required = false, choices?: string[]): FormField => ({
    key: type === 'yes/no' ? 'decision' : type === 'date' ? 'next_visit' : type === 'choice' ? 'stage' : type === 'number' ? 'budget' : 'remarks',
    label: `The ${type}`,
    type,
    required,
    ...(choices && { choices }),
  });
  const STAGE = field('choice', false, ['interested', 'thinking', 'not now']);

  it.each([
    // text: as typed, trimmed
    { field: field('text'), typed: 'wants a demo', expected: 'wants a demo' },
    { field: field('text'), typed: '  wants a demo\t', expected: 'wants a demo' },
    { field: field('text'), typed: 'Łukasz: 40 szt. = 12,5 tys.', expected: 'Łukasz: 40 szt. = 12,5 tys.' },
    // number: a decimal point or a decimal comma
    { field: field('number'), typed: '12000', expected: 12000 },
    { field: field('number'), typed: '12,5', expected: 12.5 },
    { field: field('number'), typed: '12.5', expected: 12.5 },
    { field: field('number'), typed: ' 7 ', expected: 7 },
    { field: field('number'), typed: '-3', expected: -3 },
    { field: field('number'), typed: '0', expected: 0 },
    { field: field('number'), typed: ',5', expected: 0.5 },
    // Thousands apart, as Polish and French write them.
    { field: field('number'), typed: '12 000', expected: 12000 },
    { field: field('number'), typed: '1 250 000,50', expected: 1250000.5 },
    // choice: any case, stored as the form spells it
    { field: STAGE, typed: 'thinking', expected: 'thinking' },
    { field: STAGE, typed: 'THINKING', expected: 'thinking' },
    { field: STAGE, typed: ' Not Now ', expected: 'not now' },
    // date: any date form, resolved against today (Mon 23 Nov 2026)
    { field: field('date'), typed: '2026-12-10', expected: '2026-12-10' },
    { field: field('date'), typed: 'dec 10', expected: '2026-12-10' },
    { field: field('date'), typed: '10 dec', expected: '2026-12-10' },
    { field: field('date'), typed: 'Dec 10', expected: '2026-12-10' },
    { field: field('date'), typed: 'nov 20', expected: '2027-11-20' }, // passed this year: the next one
    { field: field('date'), typed: '8', expected: '2026-12-08' },
    { field: field('date'), typed: 'fri', expected: '2026-11-27' },
    { field: field('date'), typed: '+2w', expected: '2026-12-07' },
    { field: field('date'), typed: 'tomorrow', expected: '2026-11-24' },
    { field: field('date'), typed: 'today', expected: TODAY },
    { field: field('date'), typed: '2026-11-01', expected: '2026-11-01' }, // a past date as typed: a form records facts
    { field: field('date'), typed: 'feb 29', expected: '2028-02-29' },
    // yes/no
    ...['y', 'yes', 'true', '1', 'Y', 'YES', 'True', ' yes '].map((typed) => ({ field: field('yes/no'), typed, expected: true })),
    ...['n', 'no', 'false', '0', 'N', 'NO', 'False', ' no '].map((typed) => ({ field: field('yes/no'), typed, expected: false })),
  ])('$field.type $typed -> $expected', ({ field, typed, expected }) => {
    expect(answerFor(field, typed, TODAY)).toEqual(expected);
  });

  it('resolves a date against the today it is given', () => {
    expect(answerFor(field('date'), 'dec 10', '2026-12-10')).toBe('2027-12-10');
    expect(answerFor(field('date'), 'fri', '2026-12-31')).toBe('2027-01-01');
    expect(answerFor(field('date'), '31', '2027-02-10')).toBe('2027-02-28');
  });

  it.each(['text', 'number', 'choice', 'date', 'yes/no'] as const)('an optional %s left empty is null', (type) => {
    const optional = type === 'choice' ? STAGE : field(type);
    expect(answerFor(optional, '', TODAY)).toBeNull();
    expect(answerFor(optional, '   ', TODAY)).toBeNull();
  });

  it.each(['text', 'number', 'choice', 'date', 'yes/no'] as const)('a required %s left empty is refused, naming the field and its label', (type) => {
    const required = type === 'choice' ? { ...STAGE, required: true } : field(type, true);
    for (const typed of ['', '  ']) {
      const error = userErrorFrom(() => answerFor(required, typed, TODAY));
      expect(error.message).toBe(`${required.key} (${required.label}) is required; add --field ${required.key}=<value>`);
    }
  });

  // What was typed, which field refused it, and what it takes instead.
  it.each([
    { field: field('number'), typed: 'twelve', says: ['budget', '"twelve"', 'number'] },
    { field: field('number'), typed: '1,2,3', says: ['budget', '"1,2,3"', 'number'] },
    { field: field('number'), typed: 'Infinity', says: ['budget', '"Infinity"', 'number'] },
    { field: field('number'), typed: '12 PLN', says: ['budget', '"12 PLN"', 'number'] },
    // Number() reads hexadecimal and binary literals: a budget of "0x10" is a typo, not 16.
    { field: field('number'), typed: '0x10', says: ['budget', '"0x10"', 'number'] },
    { field: field('number'), typed: '0b11', says: ['budget', '"0b11"', 'number'] },
    { field: STAGE, typed: 'maybe', says: ['stage', '"maybe"', 'interested, thinking, not now'] },
    { field: STAGE, typed: 'think', says: ['stage', '"think"', 'interested, thinking, not now'] },
    { field: field('yes/no'), typed: 'maybe', says: ['decision', '"maybe"', 'yes or no'] },
    { field: field('yes/no'), typed: 'yess', says: ['decision', '"yess"', 'yes or no'] },
    { field: field('date'), typed: 'dec', says: ['next_visit', '"dec"', 'type a date'] },
    // The date language's own messages must still say which field they are about.
    { field: field('date'), typed: 'someday', says: ['next_visit', '"someday"', 'type a day number (8)', 'jul 5', '2026-12-05'] },
    { field: field('date'), typed: 'feb 30', says: ['next_visit', '"feb 30"', 'February has no day 30'] },
    { field: field('date'), typed: '2026-02-30', says: ['next_visit', '2026-02-30', 'YYYY-MM-DD'] },
  ])('refuses $field.type $typed, naming the field and what to type', ({ field, typed, says }) => {
    const error = userErrorFrom(() => answerFor(field, typed, TODAY));
    for (const text of says) expect(error.message).toContain(text);
  });
});

describe('fillForm', () => {
  const visit: FormDefinition = parseForm(VISIT, 'visit.yaml');

  it('checks every answer and stores each as its type; fields not given are null', () => {
    expect(fillForm(visit, { budget: '12500', decision: 'yes', stage: 'Thinking', next_visit: 'dec 10', remarks: ' met the CFO ' }, TODAY)).toEqual({
      name: 'visit',
      answers: { budget: 12500, decision: true, stage: 'thinking', next_visit: '2026-12-10', remarks: 'met the CFO' },
    });
    expect(fillForm(visit, { budget: '12,5' }, TODAY)).toEqual({
      name: 'visit',
      answers: { budget: 12.5, decision: null, stage: null, next_visit: null, remarks: null },
    });
  });

  it('keeps the form order of the answers, whatever order they were typed in', () => {
    const filled = fillForm(visit, { remarks: 'x', decision: 'no', budget: '1' }, TODAY);
    expect(Object.keys(filled.answers)).toEqual(['budget', 'decision', 'stage', 'next_visit', 'remarks']);
  });

  it.each(['budgte', 'Budget', 'colour'])('refuses an unknown field "%s", naming the fields the form has', (unknown) => {
    const error = userErrorFrom(() => fillForm(visit, { budget: '1', [unknown]: 'x' }, TODAY));
    expect(error.message).toBe(`form visit has no field "${unknown}"; its fields are budget, decision, stage, next_visit, remarks`);
  });

  it('refuses an unknown field before checking the answers', () => {
    const error = userErrorFrom(() => fillForm(visit, { budgte: '12000' }, TODAY));
    expect(error.message).toContain('has no field "budgte"');
  });

  it('refuses a bad answer, naming its field', () => {
    expect(userErrorFrom(() => fillForm(visit, { budget: 'lots' }, TODAY)).message).toBe('budget: "lots" is not a number; type it as 12000 or 12,5');
    expect(userErrorFrom(() => fillForm(visit, { budget: '1', stage: 'hot' }, TODAY)).message).toBe('stage: "hot" is not one of interested, thinking, not now');
  });

  it.each<Record<string, string>>([{}, { budget: '' }, { decision: 'yes' }])('refuses a missing required field (%o), naming it', (typed) => {
    const error = userErrorFrom(() => fillForm(visit, typed, TODAY));
    expect(error.message).toMatch(/^budget \(Budget in PLN\) is required/);
  });

  // Without a terminal the answers come only from --field: the message should say how to give it.
  it('says how to give a missing required field on the command line', () => {
    const error = userErrorFrom(() => fillForm(visit, { decision: 'yes' }, TODAY));
    expect(error.message).toContain('--field budget=');
  });
});

describe('fieldPairs', () => {
  it.each([
    { pairs: [], expected: {} },
    { pairs: ['budget=12000'], expected: { budget: '12000' } },
    { pairs: ['budget=12000', 'decision=yes'], expected: { budget: '12000', decision: 'yes' } },
    { pairs: ['remarks='], expected: { remarks: '' } },
    { pairs: ['remarks=a=b'], expected: { remarks: 'a=b' } },
    { pairs: ['remarks==x='], expected: { remarks: '=x=' } },
    { pairs: ['remarks=met the CFO, 2=2'], expected: { remarks: 'met the CFO, 2=2' } },
    { pairs: [' budget = 12000 '], expected: { budget: '12000' } },
    { pairs: ['b=1'], expected: { b: '1' } },
  ])('$pairs -> $expected', ({ pairs, expected }) => {
    expect(fieldPairs(pairs)).toEqual(expected);
  });

  it.each(['=x', 'x', '', '=', 'budget 12000', 'budget:12000'])('refuses "%s", showing the key=value form', (pair) => {
    const error = userErrorFrom(() => fieldPairs(['decision=yes', pair]));
    expect(error.message).toBe(`--field "${pair}" is not key=value; type --field budget=12000`);
  });

  // A key of spaces alone is no key: it should be refused like "=x".
  it.each([' =x', '  =12000'])('refuses "%s" (a blank key) as not key=value', (pair) => {
    const error = userErrorFrom(() => fieldPairs([pair]));
    expect(error.message).toBe(`--field "${pair}" is not key=value; type --field budget=12000`);
  });
});
