// What may name a client and a document (src/binder/names.ts): the one rule that import, restore,
// doctor, attach, docs --get and shell completion all apply.
import { describe, expect, it } from 'vitest';
import { startingWith } from '../../src/binder/fold.js';
import { documentNameProblem, isDocumentName, isHandle } from '../../src/binder/names.js';

describe('a document name is a plain file name', () => {
  it.each([
    ['offer.pdf', undefined],
    ['Notiz über Preise.txt', undefined],
    ['offer v2..final.pdf', undefined],
    ['.bashrc', undefined],
    ['../../../home/x/.ssh/authorized_keys', 'holds a folder separator (/ or \\)'],
    ['/abs/.bashrc', 'holds a folder separator (/ or \\)'],
    ['a\\b.txt', 'holds a folder separator (/ or \\)'],
    ['..', 'names a folder, not a file'],
    ['.', 'names a folder, not a file'],
    ['', 'is empty'],
    ['   ', 'is empty'],
    ['nul\u0000.txt', 'holds a control character'],
    ['esc\u001b[2J.txt', 'holds a control character'],
    ['x'.repeat(256), 'is longer than a file name can be (255 bytes)'],
    ['ż'.repeat(128), 'is longer than a file name can be (255 bytes)'],
  ])('%j: %s', (name, problem) => {
    expect(documentNameProblem(name)).toBe(problem);
    expect(isDocumentName(name)).toBe(problem === undefined);
  });
});

describe('a handle is one word a shell reads as it is', () => {
  it.each([
    ['acme', true],
    ['nowak-a', true],
    ['петров', true],
    ['արամ', true],
    ['zo.l_c', true],
    ['ac$(touch x)', false],
    ['a b', false],
    ['-rf', false],
    ["o'brien", false],
    ['a;b', false],
    ['', false],
  ])('%j: %s', (handle, valid) => {
    expect(isHandle(handle)).toBe(valid);
  });
});

describe('startingWith: what completion offers for what is typed', () => {
  const handles = ['zolc', 'zofia', 'петрова', 'petrova', 'acme'];
  it.each([
    ['Zo', ['zofia', 'zolc']],
    ['zó', ['zofia', 'zolc']],
    ['zol', ['zolc']],
    ['ПЕ', ['петрова']],
    ['', [...handles].sort()],
    ['x', []],
  ])('%j -> %j', (typed, expected) => {
    expect(startingWith(handles, typed)).toEqual(expected);
  });
});
