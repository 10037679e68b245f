// What counts as a conversation (binder/dossier.ts), as the store asks for it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONVERSATION_KINDS } from '../../src/binder/dossier.js';

describe('the conversation kinds as the store indexes them', () => {
  it('are the kinds of the partial index the last conversation is read through', () => {
    // The store asks for CONVERSATION_KINDS; SQLite uses the index only when its list reads the
    // same, so a new kind needs a migration that rebuilds the index.
    const migrations = readFileSync(new URL('../../src/store/migrations.ts', import.meta.url), 'utf8');
    const lists = [...migrations.matchAll(/CREATE INDEX entry_conversation ON entry \(dossier_id, id\) WHERE kind IN \(([^)]*)\)/g)];
    expect(lists.at(-1)?.[1]).toBe(CONVERSATION_KINDS.map((kind) => `'${kind}'`).join(', '));
  });
});
