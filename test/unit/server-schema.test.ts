// The server's schema (store/postgres/schema.ts) keeps up with SQLite's, and keeps to SQL that
// CockroachDB and YugabyteDB take; crm's type parsers read dates as days and ids as exact numbers.
import { describe, expect, it } from 'vitest';
import { IdTooLarge } from '../../src/store/errors.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { int8, TYPES } from '../../src/store/postgres/connect.js';
import { SERVER_SCHEMA_VERSION, STEPS, TABLES, TRGM, withTrigramSchema } from '../../src/store/postgres/schema.js';

describe('the server schema', () => {
  it("is at SQLite's version: a new SQLite migration needs its server step", () => {
    expect(SERVER_SCHEMA_VERSION).toBe(SCHEMA_VERSION);
    expect(STEPS.map((step) => step.version)).toEqual([...STEPS.map((step) => step.version)].sort((a, b) => a - b));
  });

  it("has SQLite's tables but its FTS and counter tables, and crm_meta", () => {
    expect([...TABLES].sort()).toEqual(['change_before', 'change_log', 'complaint', 'crm_meta', 'document', 'dossier', 'dossier_history', 'dossier_word', 'entry', 'form', 'handover', 'person', 'promise', 'reminder', 'setting']);
    // A copy of the rows goes table by table in this order: people before the dossiers they own.
    expect(TABLES.indexOf('person')).toBeLessThan(TABLES.indexOf('dossier'));
  });

  it.each(STEPS.flatMap((step) => step.statements.map((statement) => [statement.split('\n')[0], statement])))('%s keeps to SQL every engine takes', (_first, statement) => {
    expect(statement).not.toMatch(/\b(SERIAL|BIGSERIAL|TRIGGER|pg_advisory\w*|AUTOINCREMENT|STRICT|WITHOUT ROWID|GLOB|json_valid)\b/i);
  });

  it("writes in pg_trgm's schema, quoted", () => {
    const statements = withTrigramSchema([`CREATE INDEX i ON t USING gin (x ${TRGM}.gin_trgm_ops)`], 'we"ird');
    expect(statements).toEqual(['CREATE INDEX i ON t USING gin (x "we""ird".gin_trgm_ops)']);
  });
});

describe("crm's type parsers", () => {
  it.each([
    ['0', 0],
    ['42', 42],
    ['-7', -7],
    ['9007199254740991', 9007199254740991],
  ])('int8 %s is %d', (text, value) => {
    expect(int8(text)).toBe(value);
  });

  it.each(['9007199254740992', '9223372036854775807', '-9007199254740992'])('int8 %s is refused, not rounded', (text) => {
    expect(() => int8(text)).toThrow(IdTooLarge);
  });

  it('reads a date as the day it names, whatever the time zone', () => {
    expect(TYPES.getTypeParser(1082, 'text')('2026-03-29')).toBe('2026-03-29');
    expect(TYPES.getTypeParser(20, 'text')('12')).toBe(12);
    // Others as pg reads them: int4 a number, text as it is.
    expect(TYPES.getTypeParser(23, 'text')('5')).toBe(5);
    expect(TYPES.getTypeParser(25, 'text')('x')).toBe('x');
  });
});
