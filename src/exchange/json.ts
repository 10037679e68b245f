// The lossless export: one JSON document with everything a binder holds, and its check on the way
// back in. Written a dossier at a time, so a binder of any size is exported in little memory, and
// laid out exactly as JSON.stringify(document, null, 2) would, so exports diff line by line.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { checkCardField } from '../binder/card.js';
import { parseDay, type Day } from '../binder/day.js';
import { CARD_FIELDS, CHANGED_FIELDS, CONTACT_LABELS, OUTCOMES, type Card, type EntryKind } from '../binder/dossier.js';
import { parseWhen } from '../binder/when.js';
import type { BinderSettings } from '../binder/settings.js';
import { SETTINGS_SCHEMA } from '../binder/settings-schema.js';
import { documentNameProblem, documentNameRule, HANDLE, handleRule } from '../binder/names.js';
import { parseForm } from '../binder/forms.js';
import { storedHour } from '../binder/hours.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { exchange as english } from '../i18n/en/exchange.js';
import { fields as englishFields } from '../i18n/en/fields.js';
import { inCrmWords } from '../binder/zod-words.js';
import type { DossierRecord } from '../store/store.js';

const say = messages('exchange', english);
const fieldsSay = messages('fields', englishFields);

/**
 * What the document says it is; a newer crm that changes the layout raises the version. Version 2
 * added the hour of a filing (`filedAt`, and `fromAt`/`toAt` on history entries); a version 1
 * export has none, and reads as filings for the day. Version 3 added who made each history entry
 * and for whom (`by`, `for`: logins of a team's binder, null from a binder file); an older export
 * has none, and its entries read as made by whoever imports them.
 */
export const EXPORT_FORMAT = 'crm-binder';
export const EXPORT_VERSION = 3;

/**
 * A dossier as the export writes it: the card's fields at the top, documents' content in base64.
 * An export written before cards held several numbers and addresses has no `phones` or `emails`:
 * its `phone` and `email` are them.
 */
export type ExportedDossier = { handle: string } & Omit<Card, 'phones' | 'emails'> & Partial<Pick<Card, 'phones' | 'emails'>> & {
    filedOn: Day | null;
    /** Absent in a version 1 export. */
    filedAt?: string | null;
    createdAt: string;
    /** `by` and `for` are absent in an export before version 3. */
    history: (Omit<DossierRecord['history'][number], 'by' | 'for'> & Partial<Pick<DossierRecord['history'][number], 'by' | 'for'>>)[];
    documents: (Omit<DossierRecord['documents'][number], 'content'> & { content: string | null })[];
    promises: DossierRecord['promises'];
    complaints: DossierRecord['complaints'];
  };

export interface BinderExport {
  format: typeof EXPORT_FORMAT;
  version: 1 | 2 | typeof EXPORT_VERSION;
  settings: Partial<BinderSettings>;
  forms: { name: string; addedAt: string; definition: unknown }[];
  dossiers: ExportedDossier[];
}

/** The document's text up to its list of dossiers; `exportDossier` writes each, `EXPORT_END` closes it. */
export function exportStart(settings: Partial<BinderSettings>, forms: { name: string; definition: string; addedAt: string }[]): string {
  const head = JSON.stringify(
    {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      settings,
      forms: forms.map(({ name, addedAt, definition }) => ({ name, addedAt, definition: JSON.parse(definition) as unknown })),
      dossiers: [],
    },
    null,
    2,
  );
  return `${head.slice(0, -'[]\n}'.length)}[`;
}

/** One dossier, indented as an element of the document's "dossiers" list; `first` has no comma before it. */
export function exportDossier(record: DossierRecord, first: boolean): string {
  const { handle, card, filedOn, filedAt, createdAt, history, documents, promises, complaints } = record;
  const dossier: ExportedDossier = {
    handle,
    ...card,
    filedOn,
    filedAt,
    createdAt,
    history,
    documents: documents.map((document) => ({ ...document, content: document.content?.toString('base64') ?? null })),
    promises,
    complaints,
  };
  const text = JSON.stringify(dossier, null, 2).replace(/\n/g, '\n    ');
  return `${first ? '' : ','}\n    ${text}`;
}

/** Closes the document; `empty` when no dossier was written. */
export function exportEnd(empty: boolean): string {
  return empty ? ']\n}\n' : '\n  ]\n}\n';
}

// ---- The way back in: every field checked, a bad one named by its place in the document. ----

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ENTRY_KINDS = [
  'call',
  'meeting',
  'email',
  'note',
  'created',
  'filed',
  'moved',
  'closed',
  'changed',
  'attached',
  'promised',
  'kept',
  'complaint',
  'resolved',
  'assigned',
] as const satisfies readonly EntryKind[];

const day = z.string().refine((text) => parseDay(text) === text, 'is not a date (YYYY-MM-DD)');
const hour = z.string().refine((text) => storedHour(text) !== undefined, 'is not an hour (HH:MM, 00:00 to 23:59)');
const stamp = z.string().refine(isStamp, 'is not a time stamp (2026-11-23T09:14:03+01:00)');

/** A real moment: a calendar date, a time of day, an offset of at most 14 hours. */
function isStamp(text: string): boolean {
  const match = TIMESTAMP.exec(text);
  if (!match || parseDay(text.slice(0, 10)) === undefined) return false;
  const [hour, minute, second] = text.slice(11, 19).split(':').map(Number) as [number, number, number];
  const offset = match[2] === 'Z' ? 0 : Number(match[2]?.slice(1, 3));
  return hour < 24 && minute < 60 && second < 60 && offset <= 14;
}
const text = z.string().nullable();

/** A card field as stored: checked as `crm file` checks it, but kept exactly as written. */
const cardField = (field: (typeof CARD_FIELDS)[number]) =>
  (field === 'name' || field === 'priority' ? z.string() : z.string().nullable()).superRefine((value, context) => {
    const problem = value === null ? undefined : checkCardField(field, value);
    if (problem) context.addIssue({ code: 'custom', message: problem.replace(/^\S+ /, '') });
  });

/** One of a card's numbers or addresses, checked as `crm file --add-phone` checks it, and kept exactly as written. */
const listed = (field: 'phone' | 'email') =>
  z.string().superRefine((value, context) => {
    const problem = value.trim() === '' ? fieldsSay().zod.empty : checkCardField(field, value)?.replace(/^\S+ /, '');
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });
const LABEL = z.enum(CONTACT_LABELS);

const DOSSIER = z.strictObject({
  handle: z.string().regex(HANDLE, { error: () => say().json.notHandle({ rule: handleRule() }) }),
  ...(Object.fromEntries(CARD_FIELDS.map((field) => [field, cardField(field)])) as unknown as Record<(typeof CARD_FIELDS)[number], z.ZodType<string | null>>),
  phones: z.array(z.strictObject({ label: LABEL, number: listed('phone') })).optional(),
  emails: z.array(z.strictObject({ label: LABEL, address: listed('email') })).optional(),
  filedOn: day.nullable(),
  filedAt: hour.nullable().optional(),
  createdAt: stamp,
  history: z.array(
    z.strictObject({
      at: stamp,
      kind: z.enum(ENTRY_KINDS),
      note: text,
      outcome: z.enum(OUTCOMES).nullable(),
      offer: text,
      from: day.nullable(),
      to: day.nullable(),
      fromAt: hour.nullable().optional(),
      toAt: hour.nullable().optional(),
      changes: z.partialRecord(z.enum(CHANGED_FIELDS), z.strictObject({ from: text, to: text })).nullable(),
      form: z
        .strictObject({ name: z.string(), answers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])) })
        .nullable(),
      by: z.string().min(1).nullable().optional(),
      for: z.string().min(1).nullable().optional(),
    }),
  ),
  documents: z.array(
    z
      .strictObject({
        // A plain file name: crm docs --get writes it out under this name.
        name: z.string().superRefine((name, context) => {
          const problem = documentNameProblem(name);
          if (problem) context.addIssue({ code: 'custom', message: say().json.documentName({ name: JSON.stringify(name), problem, rule: documentNameRule() }) });
        }),
        type: z.string(),
        size: z.number().int().nonnegative().nullable(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: () => say().json.notSha256 }).nullable(),
        link: z.string().min(1).nullable(),
        addedAt: stamp,
        content: z.base64({ error: () => say().json.notBase64 }).nullable(),
      })
      .refine((document) => (document.content === null) !== (document.link === null), {
        error: () => say().json.contentOrLink,
        path: ['content'],
      }),
  ),
  promises: z.array(z.strictObject({ what: z.string(), due: day, theirs: z.boolean(), madeAt: stamp, keptAt: stamp.nullable() })),
  complaints: z.array(
    z.strictObject({ what: z.string(), due: day, openedAt: stamp, resolvedAt: stamp.nullable(), resolution: text }),
  ),
})
  // The primary number and address are the lists' first entries: a file that says otherwise is not crm's.
  .refine((dossier) => dossier.phones === undefined || dossier.phone === (dossier.phones[0]?.number ?? null), {
    error: () => say().json.notFirstPhone,
    path: ['phone'],
  })
  .refine((dossier) => dossier.emails === undefined || dossier.email === (dossier.emails[0]?.address ?? null), {
    error: () => say().json.notFirstEmail,
    path: ['email'],
  });

/** What crm config would accept, and every date form one that crm can read when it is used. */
const dateForm = z.string().superRefine((form, context) => {
  try {
    parseWhen(form, '2026-01-01');
  } catch {
    context.addIssue({ code: 'custom', message: say().json.notDateForm({ form }) });
  }
});
const SETTINGS = SETTINGS_SCHEMA.extend({
  workdays: SETTINGS_SCHEMA.shape.workdays.refine((days) => new Set(days).size === days.length, { error: () => say().json.weekdayTwice }),
  holidays: z.array(day).refine((days) => days.every((d, i) => i === 0 || (days[i - 1] as string) < d), { error: () => say().json.holidaysOrder }),
  outcomeNext: z.partialRecord(z.enum(OUTCOMES), dateForm),
  complaintFollowUp: dateForm,
  complaintDue: dateForm,
})
  .strict()
  .partial();

const DOCUMENT = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(2), z.literal(EXPORT_VERSION)]),
  settings: SETTINGS,
  forms: z.array(
    z
      .strictObject({ name: z.string(), addedAt: stamp, definition: z.unknown() })
      .refine((form) => (form.definition as { name?: unknown } | null)?.name === form.name, { error: () => say().json.formName, path: ['name'] }),
  ),
  dossiers: z.array(DOSSIER),
});

/** What an export holds besides its dossiers. */
export type ExportHead = Omit<BinderExport, 'dossiers'>;

/** The head of a document (what it says it is, settings, forms) before its dossiers are read. */
export function checkFormat(data: unknown, file: string): void {
  const head = data as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || Array.isArray(head) || head.format !== EXPORT_FORMAT) {
    throw new UserError(say().json.notExport({ file, format: EXPORT_FORMAT }));
  }
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION) {
    throw new UserError(say().json.newer({ file, version: head.version, reads: EXPORT_VERSION }));
  }
}

/**
 * Checks everything of an export but its dossiers (`data` with `dossiers: []`); returns it typed
 * or throws a UserError that names the bad field by its place ("settings, workdays[0]").
 */
export function checkHead(data: unknown, file: string): ExportHead {
  checkFormat(data, file);
  const result = DOCUMENT.safeParse(data, { error: inCrmWords });
  if (!result.success) {
    const issue = result.error.issues[0] as z.core.$ZodIssue;
    throw new UserError(say().json.wrong({ file, place: place(data, issue.path), problem: issue.message }));
  }
  const { dossiers: _none, ...head } = result.data as BinderExport;
  head.forms.forEach((form, index) => {
    try {
      parseForm(form.definition, `forms[${index}]`);
    } catch (error) {
      if (error instanceof UserError) throw new UserError(say().json.badForm({ file, problem: error.message }));
      throw error;
    }
  });
  return head;
}

/**
 * Checks the dossier at `index` of an export's list; returns it typed or throws a UserError that
 * names it by its place ("dossiers[3] (acme), history[2].at") and says what is wrong with it.
 * A handle used twice in one file is the reader's to find: it sees them all.
 */
export function checkDossier(data: unknown, index: number, file: string): ExportedDossier {
  const result = DOSSIER.safeParse(data, { error: inCrmWords });
  if (!result.success) {
    const issue = result.error.issues[0] as z.core.$ZodIssue;
    throw new UserError(say().json.wrong({ file, place: place({ dossiers: { [index]: data } }, ['dossiers', index, ...issue.path]), problem: issue.message }));
  }
  const dossier = result.data as ExportedDossier;
  if (dossier.filedOn === null && dossier.filedAt != null) {
    throw new UserError(say().json.hourWhenClosed({ file, index, handle: dossier.handle }));
  }
  dossier.documents.forEach((document, at) => {
    if (document.content !== null && document.sha256 !== null && sha256(Buffer.from(document.content, 'base64')) !== document.sha256) {
      throw new UserError(say().json.damagedDocument({ file, index, handle: dossier.handle, at, name: document.name }));
    }
  });
  return dossier;
}

function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** "dossiers[3] (acme), history[2].at": a path in the document, with the dossier's handle. */
function place(data: unknown, path: PropertyKey[]): string {
  if (path.length === 0) return say().json.theDocument;
  const [top, index, ...rest] = path;
  let where = String(top);
  if (typeof index === 'number') {
    where += `[${index}]`;
    const handle = (data as Record<string, Record<number, { handle?: unknown; name?: unknown } | undefined> | undefined>)[String(top)]?.[index];
    const label = handle?.handle ?? handle?.name;
    if (typeof label === 'string') where += ` (${label.slice(0, 40)})`;
  } else if (index !== undefined) {
    rest.unshift(index);
  }
  let tail = '';
  for (const key of rest) tail += typeof key === 'number' ? `[${key}]` : `${tail ? '.' : ''}${String(key)}`;
  return tail ? `${where}, ${tail}` : where;
}
