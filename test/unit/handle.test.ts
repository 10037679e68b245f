// The handle rules (src/binder/handle.ts): one short word, and none of crm's own words where a
// client's handle is typed (issue 12: a dossier called "done" could not be given a promise).
import { describe, expect, it } from 'vitest';
import { COMPLAINT_RESOLVE, newHandle, PROMISE_DONE, RESERVED_HANDLES, reservedBy } from '../../src/binder/handle.js';
import { HANDLE } from '../../src/binder/names.js';
import { validateHandle } from '../../src/binder/card.js';
import { userErrorFrom } from './user-error.js';

describe('reservedBy: the command that reads a word where a client stands', () => {
  it.each([
    { handle: 'done', command: 'crm promise done <id>' },
    { handle: 'Done', command: 'crm promise done <id>' },
    { handle: 'DONE', command: 'crm promise done <id>' },
    { handle: 'resolve', command: 'crm complaint resolve <id>' },
    { handle: 'Resolve', command: 'crm complaint resolve <id>' },
    { handle: 'done-1', command: undefined },
    { handle: 'donna', command: undefined },
    { handle: 'resolved', command: undefined },
    { handle: 'acme', command: undefined },
    { handle: 'dóne', command: undefined },
  ])('$handle -> $command', ({ handle, command }) => {
    expect(reservedBy(handle)).toBe(command);
  });

  it('holds exactly the words the command line reads as actions, each a valid handle otherwise', () => {
    expect([...RESERVED_HANDLES.keys()]).toEqual([PROMISE_DONE, COMPLAINT_RESOLVE]);
    for (const [word, command] of RESERVED_HANDLES) {
      expect(HANDLE.test(word)).toBe(true);
      expect(command).toMatch(new RegExp(`^crm \\w+ ${word} <id>$`));
    }
  });
});

describe('validateHandle', () => {
  it.each(['done', 'Done', 'resolve', 'RESOLVE'])('refuses %s in one line suggesting another handle', (handle) => {
    const error = userErrorFrom(() => validateHandle(handle));
    expect(error.message).toContain(`"${handle}" cannot be a handle`);
    expect(error.message).toContain(`such as ${handle}-1`);
    expect(error.message).not.toContain('\n');
    expect(error.exitCode).toBe(2);
  });

  it.each(['done-1', 'resolved', 'acme', 'łukasz'])('takes %s', (handle) => {
    expect(validateHandle(handle)).toBe(handle);
  });
});

describe('newHandle (an imported contact) passes over crm own words', () => {
  it.each([
    { name: 'Jan Done', expected: 'done-jan' },
    { name: 'Done', expected: 'done-2' },
    { name: 'Maria Resolve', expected: 'resolve-maria' },
    { name: 'Anna Nowak', expected: 'nowak' },
  ])('$name -> $expected', ({ name, expected }) => {
    expect(newHandle(name, new Set())).toBe(expected);
  });
});
