// The input schemas of the declared commands (src/declared/): what a command line becomes for the
// handler, and what is refused, in the words the e2e tests pin, as a UserError (exit 2).
import { describe, expect, it } from 'vitest';
import { complaintInput } from '../../src/declared/complaint.js';
import { inputOf } from '../../src/declared/input.js';
import { moveInput } from '../../src/declared/move.js';
import { postponeInput } from '../../src/declared/postpone.js';
import { promiseInput } from '../../src/declared/promise.js';
import { UserError } from '../../src/errors.js';
import type { Call } from '../../src/hot/declare.js';

const call = (args: Call['args'], options: Call['options'] = {}): Call => ({ args, options, globals: { color: false } });

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).exitCode).toBe(2);
  return (error as UserError).message;
}

describe('crm move', () => {
  it.each([
    [[['acme', 'zolc', 'fri']], {}, { clients: ['acme', 'zolc'], to: 'fri' }],
    [[['acme', 'zolc']], { to: 'fri' }, { clients: ['acme', 'zolc'], to: 'fri' }],
    [[[]], { from: '24', to: '25' }, { clients: [], to: '25', from: '24' }],
    // Neither clients nor --from: the handler says what is missing, once the date is resolved.
    [[[]], { to: '25' }, { clients: [], to: '25' }],
  ] as const)('reads %j %j: the date is --to, else the last word', async (args, options, expected) => {
    expect(await inputOf(moveInput, call(args as unknown as Call['args'], options))).toMatchObject({ ...expected, exact: false, dryRun: false });
  });

  it.each([
    [[['acme']], {}, 'move needs clients and a date: crm move acme fri, or crm move --from 24 --to 25'],
    [[['acme', 'fri']], { from: '24' }, 'move needs clients and a date: crm move acme fri, or crm move --from 24 --to 25'],
    [[['acme']], { from: '24', to: '25' }, 'move takes clients or --from <divider>, not both'],
  ] as const)('refuses %j %j', async (args, options, message) => {
    expect(await refusal(inputOf(moveInput, call(args as unknown as Call['args'], options)))).toBe(message);
  });
});

describe('crm postpone', () => {
  it('refuses handles with --auto', async () => {
    expect(await refusal(inputOf(postponeInput, call([['acme']], { auto: true })))).toBe('postpone takes handles or --auto, not both');
  });
});

describe('crm promise and crm complaint', () => {
  it.each([
    ['4', 4],
    [' 4 ', 4],
    ['4.0', 4],
  ])('reads the number %j as Number reads it', async (typed, id) => {
    expect(await inputOf(promiseInput, call(['done', typed]))).toEqual({ keep: { id } });
    expect(await inputOf(complaintInput, call(['resolve', typed], { note: 'ok' }))).toEqual({ resolve: { id, note: 'ok' } });
  });

  it.each(['0', '-1', '1.5', 'abc', '', 'Infinity'])('refuses %j as a number', async (typed) => {
    expect(await refusal(inputOf(promiseInput, call(['done', typed])))).toBe(`"${typed}" is not a promise number; crm promises lists them`);
    expect(await refusal(inputOf(complaintInput, call(['resolve', typed])))).toBe(`"${typed}" is not a complaint number; crm complaints lists them`);
  });

  it('asks a promise for its date before its text, and a complaint for its text', async () => {
    expect(await refusal(inputOf(promiseInput, call(['acme', ' '])))).toBe('a promise needs its date: crm promise acme " " --by fri');
    expect(await refusal(inputOf(promiseInput, call(['acme', ' '], { by: 'fri' })))).toBe('a promise needs its text: crm promise acme "send the price list" --by fri');
    expect(await refusal(inputOf(complaintInput, call(['acme', ' '])))).toBe('a complaint needs its text: crm complaint acme "delivery two weeks late"');
  });

  it('leaves a resolution without a note to the handler, which names the complaint', async () => {
    expect(await inputOf(complaintInput, call(['resolve', '3']))).toEqual({ resolve: { id: 3, note: '' } });
  });
});
