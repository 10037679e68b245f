// English: what is wrong with a value typed for a card's field, a form's answer or definition, a
// time zone, a document's name (binder/card.ts, reach.ts, forms.ts, zone.ts, names.ts), and zod's
// findings in crm's words (binder/zod-words.ts). Each problem is said after what it is about:
// `--phone "12" has fewer than 3 digits`.
import { lazyArea } from '../lazy.js';

export const fields = lazyArea(() => ({
  /** An option and the text typed for it, then what is wrong: '--phone "12" has fewer than 3 digits'. */
  option: (p: { option: string; typed: string; problem: string }) => `--${p.option} "${p.typed}" ${p.problem}`,
  notValid: 'is not valid',
  longerThan: (p: { max: number }) => `is longer than ${p.max} characters`,
  nameEmpty: 'is empty; every dossier needs a name',
  fewDigits: 'has fewer than 3 digits',
  severalLines: 'is more than one line; give each number on its own',
  notEmail: 'is not an e-mail address (name@example.com)',
  notPriority: 'is not a priority; use A, B or C',
  /** `stages`: the stages as typed, joined with ', '. */
  notStage: (p: { stages: string }) => `is not a stage; use ${p.stages}`,
  notSpan: 'is not a span; use a number of days, weeks or months: 10d, 2w, 1m',
  notALabel: (p: { option: string; typed: string; word: string; labels: string[]; example: string }) =>
    `--${p.option} "${p.typed}": "${p.word}" is not a label; use ${p.labels.slice(0, -1).join(', ')} or ${p.labels.at(-1)}, as in ${p.example}`,
  noNumber: (p: { option: string; typed: string; example: string }) => `--${p.option} "${p.typed}" has no number; give one, such as ${p.example}`,
  noAddress: (p: { option: string; typed: string; example: string }) => `--${p.option} "${p.typed}" has no address; give one, such as ${p.example}`,
  removeNeedsNumber: (p: { labels: string }) => `--remove-phone needs the number to remove, or a label (${p.labels}) to remove every number labelled so`,
  removeNeedsAddress: (p: { labels: string }) => `--remove-email needs the address to remove, or a label (${p.labels}) to remove every address labelled so`,
  /** `option`: '--remove-phone "home"'; `have`: the card's entries, 'work +48 601 234 567, mobile ...'. */
  noPhones: (p: { option: string; holder: string }) => `${p.option}: ${p.holder} has no phone numbers`,
  noEmails: (p: { option: string; holder: string }) => `${p.option}: ${p.holder} has no e-mail addresses`,
  noPhoneLabelled: (p: { option: string; holder: string; label: string; have: string }) =>
    `${p.option}: none of ${p.holder}'s phone numbers is labelled ${p.label} (${p.have}); name one of them, or its label`,
  noEmailLabelled: (p: { option: string; holder: string; label: string; have: string }) =>
    `${p.option}: none of ${p.holder}'s e-mail addresses is labelled ${p.label} (${p.have}); name one of them, or its label`,
  noSuchPhone: (p: { option: string; holder: string; have: string }) => `${p.option}: none of ${p.holder}'s phone numbers is that one (${p.have}); name one of them, or its label`,
  noSuchEmail: (p: { option: string; holder: string; have: string }) => `${p.option}: none of ${p.holder}'s e-mail addresses is that one (${p.have}); name one of them, or its label`,
  notHandle: (p: { handle: string }) =>
    `"${p.handle}" cannot be a handle: use one short word of letters and digits (dots, dashes and underscores inside), such as acme or nowak-a`,
  reservedHandle: (p: { handle: string; command: string }) =>
    `"${p.handle}" cannot be a handle: crm reads it as its own word (${p.command}); choose another, such as ${p.handle}-1 or the client's family name`,
  notZone: (p: { name: string }) => `"${p.name}" is not a time zone crm knows; type an IANA name such as Europe/Warsaw, America/Santiago or UTC`,
  offsetZone: (p: { name: string }) => `"${p.name}" is an offset, not a time zone: it has no summer time; type the place's IANA name, such as Europe/Warsaw`,
  /** A document's name that cannot be a file's name. */
  document: {
    empty: 'is empty',
    separator: 'holds a folder separator (/ or \\)',
    folder: 'names a folder, not a file',
    control: 'holds a control character',
    tooLong: (p: { bytes: number }) => `is longer than a file name can be (${p.bytes} bytes)`,
  },
  form: {
    /** Where in a form's definition the first problem is, when it is the whole form. */
    whole: 'the form',
    shortWord: 'must be a short lower-case word (letters, digits, - or _)',
    empty: 'is empty',
    /** `types`: the field types as typed, joined with ', '. */
    typeOneOf: (p: { types: string }) => `must be one of ${p.types}`,
    twoChoices: 'needs at least two choices',
    needsChoices: 'a choice field needs "choices"',
    oneField: 'needs at least one field',
    repeatsKey: (p: { key: string }) => `repeats the key "${p.key}"; every field needs its own`,
    required: (p: { key: string; label: string }) => `${p.key} (${p.label}) is required; add --field ${p.key}=<value>`,
    notNumber: (p: { key: string; typed: string }) => `${p.key}: "${p.typed}" is not a number; type it as 12000 or 12,5`,
    /** `choices` joined with ', '. */
    notAChoice: (p: { key: string; typed: string; choices: string }) => `${p.key}: "${p.typed}" is not one of ${p.choices}`,
    wholeMonth: (p: { key: string; typed: string }) => `${p.key}: "${p.typed}" is a whole month; type a date`,
    notYesNo: (p: { key: string; typed: string }) => `${p.key}: "${p.typed}" is not yes or no; type y or n (also tak/nie, да/не, այո/ոչ, بله/خیر)`,
    /** `fields`: the form's keys, joined with ', '. */
    noField: (p: { form: string; key: string; fields: string }) => `form ${p.form} has no field "${p.key}"; its fields are ${p.fields}`,
  },
  /** zod's findings in crm's words (zod-words.ts): what follows a key or an option. */
  zod: {
    missing: 'is missing',
    /** `expected` and `got` from `kinds`. */
    mustBe: (p: { expected: string; got: string }) => `must be ${p.expected}, not ${p.got}`,
    unknownKey: (p: { keys: string }) => `has a key crm does not know (a misspelling?): ${p.keys}`,
    unknownKeys: (p: { keys: string }) => `has keys crm does not know (a misspelling?): ${p.keys}`,
    empty: 'is empty',
    shorterThan: (p: { min: string }) => `is shorter than ${p.min} characters`,
    atLeastItems: (p: { min: string }) => `needs at least ${p.min}`,
    atLeast: (p: { min: string }) => `must be at least ${p.min}`,
    longerThan: (p: { max: string }) => `is longer than ${p.max} characters`,
    moreItemsThan: (p: { max: string }) => `has more than ${p.max}`,
    atMost: (p: { max: string }) => `must be at most ${p.max}`,
    oneOf: (p: { values: string }) => `must be one of ${p.values}`,
    notValid: 'is not valid',
    /** What a value is, as one who wrote a JSON or YAML file would say it. */
    kinds: {
      null: 'empty (null)',
      list: 'a list',
      text: 'text',
      number: 'a number',
      keys: 'a set of keys',
    },
    /** What a value must be. */
    expected: {
      object: 'a set of keys (key: value)',
      array: 'a list',
      string: 'text',
      number: 'a number',
      int: 'a whole number',
      boolean: 'true or false',
    },
  },
}));
