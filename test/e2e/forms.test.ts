// crm form: forms a sales manager designs (JSON or YAML), filled in after calls with
// crm log --form --field; every form file and every answer checked, with a precise error.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { binderFiles, copyBinder, expectUndone, lineWith, ok, refused, seed, type CaseJson, type ChangedJson, type FormJson } from './support.js';

/** A form with every type of field, required or not, with help texts. */
const VISIT = {
  name: 'visit',
  title: 'After a visit',
  fields: [
    { key: 'budget', label: 'Budget in PLN', type: 'number', required: true, help: 'whole złoty' },
    { key: 'decision', label: 'Decision maker met', type: 'yes/no' },
    { key: 'stage', label: 'Stage', type: 'choice', choices: ['interested', 'thinking', 'not now'], required: false },
    { key: 'next_visit', label: 'Next visit', type: 'date', help: 'any date form' },
    { key: 'remarks', label: 'Remarks', type: 'text' },
  ],
};

/** The same form as a person writes it in YAML, comments and all. */
const VISIT_YAML = `# After a visit: filled in by the field staff
name: visit
title: After a visit
fields:
  - key: budget
    label: Budget in PLN
    type: number
    required: true
    help: whole złoty
  - { key: decision, label: Decision maker met, type: yes/no }
  - key: stage
    label: Stage
    type: choice
    choices: [interested, thinking, not now]
    required: false
  - { key: next_visit, label: Next visit, type: date, help: any date form }
  - { key: remarks, label: Remarks, type: text }
`;

/** What crm keeps of it: `required` false unless set. */
const VISIT_STORED: FormJson = {
  name: 'visit',
  title: 'After a visit',
  fields: [
    { key: 'budget', label: 'Budget in PLN', type: 'number', required: true, help: 'whole złoty' },
    { key: 'decision', label: 'Decision maker met', type: 'yes/no', required: false },
    { key: 'stage', label: 'Stage', type: 'choice', required: false, choices: ['interested', 'thinking', 'not now'] },
    { key: 'next_visit', label: 'Next visit', type: 'date', required: false, help: 'any date form' },
    { key: 'remarks', label: 'Remarks', type: 'text', required: false },
  ],
};

// Seeded once on Mon 2026-11-23: acme (behind 25) and zolc (today); `withForm` also holds the
// visit form. Every test works on a copy of its own.
let plain: Binder;
let withForm: Binder;
let formsDir: string;
beforeAll(() => {
  plain = tempBinder('2026-11-23');
  seed(plain, 'acme', '25', 'Anna Nowak', ['--company', 'Acme Ltd']);
  seed(plain, 'zolc', 'today', 'Łukasz Żółć');
  formsDir = join(plain.dir, 'forms');
  mkdirSync(formsDir);
  writeFileSync(join(formsDir, 'visit.json'), JSON.stringify(VISIT, null, 2));
  writeFileSync(join(formsDir, 'visit.yaml'), VISIT_YAML);
  withForm = copyBinder(plain, '2026-11-23');
  ok(withForm, ['form', 'add', join(formsDir, 'visit.json')]);
});
afterAll(() => {
  plain.remove();
  withForm.remove();
});

let binder: Binder;
afterEach(() => {
  binder.remove();
});

/** Writes a form file of the test's own and returns its path. */
const formFile = (name: string, content: unknown) => {
  const path = join(binder.dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const show = (client = 'acme') => binder.json<CaseJson>(['show', client]);

describe('crm form add <file>', () => {
  beforeEach(() => {
    binder = copyBinder(plain, '2026-11-23');
  });

  it.each([
    { as: 'JSON', file: 'visit.json' },
    { as: 'YAML', file: 'visit.yaml' },
  ])('a form with every type of field, from $as', ({ file }) => {
    const out = ok(binder, ['form', 'add', join(formsDir, file)]);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('Added form visit: After a visit');
    expect(lines).toHaveLength(6);
    expect(lineWith(out, 'budget')).toMatch(/budget\s+number required\s+Budget in PLN$/);
    expect(lineWith(out, 'decision')).toMatch(/decision\s+yes\/no\s+Decision maker met$/);
    expect(lineWith(out, 'stage')).toMatch(/stage\s+choice \(interested, thinking, not now\)\s+Stage$/);
    expect(lineWith(out, 'next_visit')).toMatch(/next_visit\s+date\s+Next visit$/);
    expect(lineWith(out, 'remarks')).toMatch(/remarks\s+text\s+Remarks$/);
    expect(binder.json<FormJson>(['form', 'show', 'visit'])).toEqual(VISIT_STORED);
  });

  it('the JSON and the YAML file make the same form; adding it again replaces it', () => {
    ok(binder, ['form', 'add', join(formsDir, 'visit.json')]);
    const fromJson = binder.json<FormJson>(['form', 'show', 'visit']);
    expect(ok(binder, ['form', 'add', join(formsDir, 'visit.yaml')]).split('\n')[0]).toBe('Replaced form visit: After a visit');
    expect(binder.json<FormJson>(['form', 'show', 'visit'])).toEqual(fromJson);
    expect(binder.json<{ forms: FormJson[] }>(['form', 'list']).forms).toHaveLength(1);
  });

  it('--json: the change and the form as kept', () => {
    const added = binder.json<ChangedJson & { form: FormJson }>(['form', 'add', join(formsDir, 'visit.yaml')]);
    expect(added.change).toMatchObject({ command: 'form' });
    expect(added.change?.summary).toContain('visit');
    expect(added.dossiers).toEqual([]);
    expect(added.entries).toEqual([]);
    expect(added.form).toEqual(VISIT_STORED);
  });

  it('crm form list and crm form show', () => {
    expect(ok(binder, ['form', 'list'])).toBe('No forms yet (crm form add <file.json|file.yaml>).\n');
    expect(binder.json(['form', 'list'])).toEqual({ forms: [] });
    ok(binder, ['form', 'add', join(formsDir, 'visit.yaml')]);
    ok(binder, ['form', 'add', formFile('call.json', { name: 'call-back', fields: [{ key: 'reason', label: 'Why they want a call', type: 'text', required: true }] })]);
    const list = ok(binder, ['form', 'list']);
    expect(list).toContain('visit: After a visit');
    expect(list).toContain('call-back');
    expect(binder.json<{ forms: FormJson[] }>(['form', 'list']).forms.map((f) => f.name).sort()).toEqual(['call-back', 'visit']);
    expect(ok(binder, ['form', 'show', 'visit']).split('\n')[0]).toBe('visit: After a visit');
  });
});

describe('invalid form files: a precise error, exit 2, nothing written', () => {
  beforeEach(() => {
    binder = copyBinder(plain, '2026-11-23');
  });

  const field = { key: 'budget', label: 'Budget', type: 'number' };
  it.each([
    { what: 'JSON that does not parse', name: 'broken.json', content: '{"name": "visit", fields: [', mentions: ['broken.json', 'not valid JSON'] },
    { what: 'YAML that does not parse', name: 'broken.yaml', content: 'name: visit\nfields:\n  - key: a\n    label: A\n   type: text\n', mentions: ['broken.yaml', 'not valid YAML', 'line 5'] },
    { what: 'an empty YAML file', name: 'empty.yaml', content: '', mentions: ['empty.yaml'] },
    { what: 'a list instead of a form', name: 'list.json', content: [field], mentions: ['list.json'] },
    { what: 'no name', name: 'noname.json', content: { fields: [field] }, mentions: ['noname.json', 'name'] },
    { what: 'a name that is not one short word', name: 'badname.json', content: { name: 'After Visit', fields: [field] }, mentions: ['badname.json', 'name', 'lower-case'] },
    { what: 'no fields', name: 'nofields.json', content: { name: 'visit', fields: [] }, mentions: ['nofields.json', 'fields', 'at least one field'] },
    { what: 'a type it does not know', name: 'type.json', content: { name: 'visit', fields: [field, { ...field, key: 'colour', type: 'colour' }] }, mentions: ['type.json', 'fields[1].type', 'text, number, choice, date, yes/no'] },
    { what: 'a choice field without choices', name: 'choice.json', content: { name: 'visit', fields: [{ key: 'stage', label: 'Stage', type: 'choice' }] }, mentions: ['choice.json', 'fields[0].choices'] },
    { what: 'a choice field with one choice', name: 'one.json', content: { name: 'visit', fields: [{ key: 'stage', label: 'Stage', type: 'choice', choices: ['only'] }] }, mentions: ['fields[0].choices', 'two choices'] },
    { what: 'required that is not true or false', name: 'req.yaml', content: 'name: visit\nfields:\n  - { key: budget, label: Budget, type: number, required: "yes" }\n', mentions: ['req.yaml', 'fields[0].required'] },
    { what: 'a field without a label', name: 'label.json', content: { name: 'visit', fields: [{ key: 'budget', type: 'number' }] }, mentions: ['fields[0].label'] },
    { what: 'an empty label', name: 'label2.json', content: { name: 'visit', fields: [{ ...field, label: '  ' }] }, mentions: ['fields[0].label', 'empty'] },
    { what: 'a key that is not one short word', name: 'key.json', content: { name: 'visit', fields: [{ ...field, key: 'Budget PLN' }] }, mentions: ['fields[0].key'] },
    { what: 'a property it does not know (a typo)', name: 'typo.json', content: { name: 'visit', fields: [{ ...field, requird: true }] }, mentions: ['fields[0]', 'requird'] },
  ])('$what', ({ name, content, mentions }) => {
    const { stderr } = refused(binder, ['form', 'add', formFile(name, content)]);
    for (const text of mentions) expect(stderr).toContain(text);
    expect(binder.json(['form', 'list'])).toEqual({ forms: [] });
  });

  it('two fields with the same key: the error names the key', () => {
    const { stderr } = refused(binder, ['form', 'add', formFile('twice.json', { name: 'visit', fields: [field, { ...field, label: 'Budget again' }] })]);
    expect(stderr).toContain('twice.json');
    expect(stderr).toContain('budget');
  });

  it('a file that does not exist', () => {
    expect(refused(binder, ['form', 'add', join(binder.dir, 'missing.yaml')]).stderr).toContain('missing.yaml');
  });

  it('an invalid form does not replace the one in the binder', () => {
    ok(binder, ['form', 'add', join(formsDir, 'visit.json')]);
    refused(binder, ['form', 'add', formFile('bad.json', { name: 'visit', fields: [{ ...field, type: 'colour' }] })]);
    expect(binder.json<FormJson>(['form', 'show', 'visit'])).toEqual(VISIT_STORED);
  });

  it.each([
    { what: 'add without a file', args: ['form', 'add'], mentions: ['crm form add'] },
    { what: 'an action it does not know', args: ['form', 'remove', 'visit'], mentions: ['remove', 'crm form list'] },
    { what: 'show of a form it does not have', args: ['form', 'show', 'nope'], mentions: ['nope'] },
    { what: 'no action', args: ['form'], mentions: ['action', 'crm form --help'] },
  ])('$what', ({ args, mentions }) => {
    const { stderr } = refused(binder, args);
    for (const text of mentions) expect(stderr).toContain(text);
  });

  it('on a missing binder, an invalid form creates no binder', () => {
    const empty = tempBinder('2026-11-23');
    try {
      const path = join(empty.dir, 'bad.json');
      writeFileSync(path, '{"name": "visit"}');
      refused(empty, ['form', 'add', path]);
      expect(binderFiles(empty)).toEqual([]);
    } finally {
      empty.remove();
    }
  });
});

describe('crm log <client> --form <name> --field key=value', () => {
  beforeEach(() => {
    binder = copyBinder(withForm, '2026-11-23');
  });

  const all = ['--field', 'budget=12000', '--field', 'decision=yes', '--field', 'stage=Not Now', '--field', 'next_visit=dec 4', '--field', 'remarks=nice office, a=b'];

  it('every answer checked and stored with the history entry, typed: number, yes/no, choice, date, text', () => {
    const out = ok(binder, ['log', 'acme', '--note', 'visited them', '--outcome', 'reached', '--form', 'visit', ...all, '--next', 'fri']);
    expect(out).toBe('Logged a call with acme (Anna Nowak): reached.\nRefiled behind 27: Fri 27 Nov 2026.\n');
    const entry = show().history.at(-2);
    expect(entry).toMatchObject({ kind: 'call', note: 'visited them', outcome: 'reached' });
    // The choice as the form spells it; the date as a date; yes as true; the text as typed.
    expect(entry?.form).toEqual({ name: 'visit', answers: { budget: 12000, decision: true, stage: 'not now', next_visit: '2026-12-04', remarks: 'nice office, a=b' } });
  });

  it.each([
    ['tak', true],
    ['Nie', false],
    ['да', true],
    ['не', false],
    ['այո', true],
    ['ոչ', false],
    ['بله', true],
    ['خیر', false],
  ])('a yes/no answer in any language: decision=%s is %s', (typed, expected) => {
    ok(binder, ['log', 'acme', '--form', 'visit', '--field', 'budget=500', '--field', `decision=${typed}`, '--next', 'fri']);
    expect(show().history.at(-2)?.form?.answers.decision).toBe(expected);
  });

  it('refuses a yes/no answer that is neither, naming the words it takes', () => {
    const { stderr } = refused(binder, ['log', 'acme', '--form', 'visit', '--field', 'budget=500', '--field', 'decision=maybe', '--next', 'fri']);
    expect(stderr).toBe('crm: decision: "maybe" is not yes or no; type y or n (also tak/nie, да/не, այո/ոչ, بله/خیر)\n');
  });

  it('shown on the card (crm show), with the call', () => {
    ok(binder, ['log', 'acme', '--form', 'visit', ...all, '--next', 'fri']);
    const line = lineWith(ok(binder, ['show', 'acme']), 'visit:');
    expect(line).toContain('call');
    expect(line).toContain('visit: budget 12000, decision yes, stage not now, next_visit 2026-12-04, remarks nice office, a=b');
  });

  it('--json: the entry carries the form and its answers', () => {
    const logged = binder.json<ChangedJson>(['log', 'acme', '--form', 'visit', ...all, '--next', 'fri']);
    expect(logged.change).toMatchObject({ command: 'log' });
    expect(logged.entries).toMatchObject([
      { handle: 'acme', kind: 'call', form: { name: 'visit', answers: { budget: 12000, decision: true, stage: 'not now', next_visit: '2026-12-04', remarks: 'nice office, a=b' } } },
      { handle: 'acme', kind: 'filed', form: null },
    ]);
  });

  it('only the required answer: the others are kept as null, and left out on the card', () => {
    ok(binder, ['log', 'acme', '--form', 'visit', '--field', 'budget=500', '--next', 'fri']);
    expect(show().history.at(-2)?.form).toEqual({ name: 'visit', answers: { budget: 500, decision: null, stage: null, next_visit: null, remarks: null } });
    const line = lineWith(ok(binder, ['show', 'acme']), 'visit:');
    expect(line).toMatch(/visit: budget 500$/);
  });

  it.each([
    { typed: 'y', stored: true },
    { typed: 'No', stored: false },
    { typed: 'true', stored: true },
    { typed: '0', stored: false },
  ])('yes/no: "$typed" is $stored', ({ typed, stored }) => {
    ok(binder, ['log', 'acme', '--form', 'visit', '--field', 'budget=1', '--field', `decision=${typed}`, '--next', 'fri']);
    expect(show().history.at(-2)?.form?.answers.decision).toBe(stored);
  });

  it.each([
    { typed: '12,5', stored: 12.5 },
    { typed: '-3', stored: -3 },
    { typed: ' 7 ', stored: 7 },
    { typed: '12 000', stored: 12000 },
  ])('number: "$typed" is $stored', ({ typed, stored }) => {
    ok(binder, ['log', 'acme', '--form', 'visit', '--field', `budget=${typed}`, '--next', 'fri']);
    expect(show().history.at(-2)?.form?.answers.budget).toBe(stored);
  });

  it.each([
    { typed: '2026-12-05', stored: '2026-12-05' },
    { typed: 'fri', stored: '2026-11-27' },
    { typed: '+2w', stored: '2026-12-07' },
    // A date of the past is an answer like any other (the first order, say).
    { typed: '2026-01-15', stored: '2026-01-15' },
  ])('date: "$typed" is $stored', ({ typed, stored }) => {
    ok(binder, ['log', 'acme', '--form', 'visit', '--field', 'budget=1', '--field', `next_visit=${typed}`, '--next', 'fri']);
    expect(show().history.at(-2)?.form?.answers.next_visit).toBe(stored);
  });

  it('with --done and with another kind of entry', () => {
    ok(binder, ['log', 'zolc', '--kind', 'meeting', '--outcome', 'won', '--form', 'visit', '--field', 'budget=90000', '--done']);
    expect(show('zolc').history.at(-2)).toMatchObject({ kind: 'meeting', outcome: 'won', form: { name: 'visit', answers: { budget: 90000 } } });
  });
});

describe('invalid answers: a precise error, exit 2, nothing written', () => {
  beforeEach(() => {
    binder = copyBinder(withForm, '2026-11-23');
  });

  const log = (...fields: string[]) => ['log', 'acme', '--form', 'visit', ...fields.flatMap((f) => ['--field', f]), '--next', 'fri'];
  it.each([
    { what: 'a required answer missing', args: log('decision=yes'), mentions: ['budget', 'required'] },
    { what: 'a required answer left empty', args: log('budget='), mentions: ['budget', 'required'] },
    { what: 'a number that is not one', args: log('budget=a lot'), mentions: ['budget', '"a lot"', 'not a number'] },
    { what: 'a number in hexadecimal', args: log('budget=0x10'), mentions: ['budget', '"0x10"'] },
    { what: 'a number in exponent notation', args: log('budget=1e3'), mentions: ['budget', '"1e3"'] },
    { what: 'an endless number', args: log('budget=Infinity'), mentions: ['budget', '"Infinity"'] },
    { what: 'yes/no that is neither', args: log('budget=1', 'decision=maybe'), mentions: ['decision', '"maybe"', 'yes or no'] },
    { what: 'a choice it does not offer', args: log('budget=1', 'stage=hot'), mentions: ['stage', '"hot"', 'interested, thinking, not now'] },
    { what: 'a whole month for a date', args: log('budget=1', 'next_visit=jul'), mentions: ['next_visit', 'jul'] },
    { what: 'a field the form does not have', args: log('budget=1', 'colour=red'), mentions: ['colour', 'budget, decision, stage, next_visit, remarks'] },
    { what: 'a --field that is not key=value', args: log('budget'), mentions: ['--field', '"budget"', 'key=value'] },
    { what: 'a form the binder does not have', args: ['log', 'acme', '--form', 'survey', '--field', 'a=1', '--next', 'fri'], mentions: ['survey', 'visit'] },
    { what: '--field without --form', args: ['log', 'acme', '--field', 'budget=1', '--next', 'fri'], mentions: ['--field', '--form'] },
  ])('$what', ({ args, mentions }) => {
    const { stderr } = refused(binder, args);
    for (const text of mentions) expect(stderr).toContain(text);
  });

  it('a date it cannot read: the error names the field', () => {
    const { stderr } = refused(binder, log('budget=1', 'next_visit=someday'));
    expect(stderr).toContain('someday');
    expect(stderr).toContain('next_visit');
  });
});

describe('crm undo gives back the binder exactly as it was', () => {
  it('after crm form add of a new form', () => {
    binder = copyBinder(plain, '2026-11-23');
    expectUndone(binder, ['form', 'add', join(formsDir, 'visit.yaml')], 'form');
    expect(binder.json(['form', 'list'])).toEqual({ forms: [] });
  });

  it('after crm form add that replaced a form: the old definition is back', () => {
    binder = copyBinder(withForm, '2026-11-23');
    const smaller = formFile('visit-v2.json', { name: 'visit', title: 'Visit, short', fields: [{ key: 'budget', label: 'Budget', type: 'number' }] });
    expectUndone(binder, ['form', 'add', smaller], 'form');
    expect(binder.json<FormJson>(['form', 'show', 'visit'])).toEqual(VISIT_STORED);
  });

  it('after crm log --form', () => {
    binder = copyBinder(withForm, '2026-11-23');
    expectUndone(binder, ['log', 'acme', '--form', 'visit', '--field', 'budget=12000', '--field', 'stage=thinking', '--outcome', 'reached', '--next', 'fri'], 'log');
  });
});

describe('--help', () => {
  it('form shows the file format and examples; log shows --form and --field', () => {
    binder = copyBinder(plain, '2026-11-23');
    const out = ok(binder, ['form', '--help']);
    for (const text of ['JSON or YAML', 'type: number', 'yes/no', 'choices', 'required', 'help', 'Examples:']) expect(out).toContain(text);
    const log = ok(binder, ['log', '--help']);
    expect(log).toContain('--form');
    expect(log).toContain('--field');
  });
});
