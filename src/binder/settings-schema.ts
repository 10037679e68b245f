// The rules of a binder's settings, as zod checks them: what crm config may set and what an import
// may bring in. Apart from settings.ts so that the commands that only read settings never load zod.
import { z } from 'zod';
import { OUTCOMES } from './dossier.js';
import { LANGUAGES } from '../i18n/languages.js';

/** Every setting of a binder, each value within its limits. */
export const SETTINGS_SCHEMA = z.object({
  workdays: z.array(z.number().int().min(0).max(6)).min(1, 'a binder needs at least one working weekday'),
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  capacity: z.number().int().min(1).max(100_000).nullable(),
  dividers: z.enum(['numbered', 'dated']),
  datedMonths: z.number().int().min(1).max(3),
  outcomeNext: z.partialRecord(z.enum(OUTCOMES), z.string().min(1)),
  attachLimit: z.number().int().min(1).max(1024 * 1024 * 1024, 'the largest limit is 1GB'),
  // A history entry is read whole by crm show and the export: a limit past 64 MB protects nothing.
  noteLimit: z.number().int().min(1024, 'the smallest limit is 1KB').max(64 * 1024 * 1024, 'the largest limit is 64MB'),
  complaintFollowUp: z.string().min(1),
  complaintDue: z.string().min(1),
  timezone: z
    .string()
    .refine((zone) => {
      try {
        // An IANA name, as crm config stores it: not an offset (+01:00), which has no summer time.
        return !/^[+-]/.test(zone) && new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone === zone;
      } catch {
        return false;
      }
    }, 'is not a time zone crm knows (an IANA name such as Europe/Warsaw)')
    .nullable(),
  remindWithin: z.number().int().min(1, 'the shortest window is 1 minute').max(24 * 60, 'the longest window is 24 hours'),
  language: z.enum(LANGUAGES).nullable().optional(),
  // Issue 17; a binder or an export from before it is Gregorian.
  calendar: z.enum(['gregorian', 'persian']).optional(),
});
