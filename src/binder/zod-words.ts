// What crm says of a value its zod schemas refuse, in its own words.
import type { z } from 'zod';

/** What a value is, in the words a person who wrote a JSON or YAML file would use. */
function kindOf(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return String(value);
    case 'object':
      return 'a set of keys';
    default:
      return typeof value;
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  object: 'a set of keys (key: value)',
  array: 'a list',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

/**
 * zod's findings in crm's words, for `schema.safeParse(data, { error: inCrmWords })`: zod's own
 * text ("Invalid input: expected object, received null") is for programmers. A message a schema
 * gives itself still wins over these. The place (a key, `fields[2]`) is the caller's to say.
 */
export function inCrmWords(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(issue.input)}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a key' : 'keys'} crm does not know (a misspelling?): ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'is empty' : `is shorter than ${issue.minimum} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `needs at least ${issue.minimum}`;
      return `must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `has more than ${issue.maximum}`;
      return `must be at most ${issue.maximum}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    default:
      return 'is not valid';
  }
}
