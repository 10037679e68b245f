// What crm says of a value its zod schemas refuse, in its own words.
import type { z } from 'zod';
import { messages } from '../i18n/catalogue.js';
import { fields as english } from '../i18n/en/fields.js';

const say = messages('fields', english);

/** What a value is, in the words a person who wrote a JSON or YAML file would use. */
function kindOf(value: unknown): string {
  const kinds = say().zod.kinds;
  if (value === null) return kinds.null;
  if (Array.isArray(value)) return kinds.list;
  switch (typeof value) {
    case 'string':
      return kinds.text;
    case 'number':
      return kinds.number;
    case 'boolean':
      return String(value);
    case 'object':
      return kinds.keys;
    default:
      return typeof value;
  }
}

/**
 * zod's findings in crm's words, for `schema.safeParse(data, { error: inCrmWords })`: zod's own
 * text ("Invalid input: expected object, received null") is for programmers. A message a schema
 * gives itself still wins over these. The place (a key, `fields[2]`) is the caller's to say.
 */
export function inCrmWords(issue: z.core.$ZodRawIssue): string {
  const said = say().zod;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = Object.hasOwn(said.expected, issue.expected) ? said.expected[issue.expected as keyof typeof said.expected] : issue.expected;
      return issue.input === undefined ? said.missing : said.mustBe({ expected, got: kindOf(issue.input) });
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return issue.keys.length === 1 ? said.unknownKey({ keys }) : said.unknownKeys({ keys });
    }
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? said.empty : said.shorterThan({ min });
      if (issue.origin === 'array' || issue.origin === 'set') return said.atLeastItems({ min });
      return said.atLeast({ min });
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return said.longerThan({ max });
      if (issue.origin === 'array' || issue.origin === 'set') return said.moreItemsThan({ max });
      return said.atMost({ max });
    }
    case 'invalid_value':
      return said.oneOf({ values: issue.values.map(String).join(', ') });
    default:
      return said.notValid;
  }
}
