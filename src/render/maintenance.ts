// What the binder's upkeep says it did: crm backup, crm restore, crm doctor.
import type { BackupResult, DoctorResult, RestoreResult } from '../commands/backup.js';
import { messages, sayKept, type Catalogue } from '../i18n/catalogue.js';
import { storeWhy } from '../i18n/en/storeWhy.js';
import { upkeep as english } from '../i18n/en/upkeep.js';

const say = messages('upkeep', english);
const why = messages('storeWhy', storeWhy);

export function renderBackup(result: BackupResult): string {
  const m = say();
  const removed = result.removed.length > 0 ? ` ${m.removedOldest({ count: result.removed.length })}` : '';
  return `${m.backedUp({ path: result.path, size: result.size })}${removed}\n`;
}

export function renderRestore(result: RestoreResult): string {
  const m = say();
  if (!result.restored) return `${m.nothingRestored}\n`;
  const before = result.before ? ` ${m.asItWas({ before: result.before })}` : '';
  return `${m.restored({ from: result.from, dossiers: result.dossiers, path: result.path })}${before}\n`;
}

/** The doctor's lines as `words` say them: the run's language on a terminal, English in --json (render/json.ts). */
export function doctorLines(
  result: DoctorResult,
  words: Catalogue['upkeep'] = say(),
  whyWords: Catalogue['storeWhy'] = why(),
): { problems: string[]; repaired: string[]; unchecked: string[] } {
  return {
    problems: result.problems.map((finding) => sayKept(words.problem, finding)),
    repaired: result.repaired.map((finding) => sayKept(words.problem, finding)),
    unchecked: result.unchecked.map((u) => (u.key === 'readOnlyIndex' ? words.unchecked.readOnlyIndex({ why: sayKept(whyWords, u.why) }) : words.unchecked.onServer)),
  };
}

/** What --repair mended and what could not be checked, a line each: printed before the problems too. */
export function doctorNotes(result: DoctorResult): string {
  const m = say();
  const { repaired, unchecked } = doctorLines(result);
  return repaired.map((line) => `${m.repaired({ line })}\n`).join('') + unchecked.map((line) => `${m.notChecked({ line })}\n`).join('');
}

/** The problems in one line, and the way to mend them (the problems follow, a line each: doctorLines). */
export function doctorProblems(result: DoctorResult): string {
  const m = say();
  const advice = result.mendable ? m.mendRepair : result.onServer ? m.mendServer : m.mendRestore;
  return m.problems({ path: result.path, count: result.problems.length, advice });
}

/** A binder with no problems: what was checked. */
export function renderHealthy(result: DoctorResult): string {
  const m = say();
  const healthy = result.unchecked.length > 0 ? m.healthyUnindexed : m.healthy;
  return `${doctorNotes(result)}${healthy({ path: result.path })}\n`;
}
