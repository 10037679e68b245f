// What the binder's upkeep says it did: crm backup, crm restore, crm doctor.
import type { BackupResult, DoctorResult, RestoreResult } from '../commands/backup.js';
import { plural } from './style.js';

export function renderBackup(result: BackupResult): string {
  const removed = result.removed.length > 0 ? ` Removed the ${result.removed.length} oldest beyond the newest 10.` : '';
  return `Backed up the binder to ${result.path} (${result.size} bytes).${removed}\n`;
}

export function renderRestore(result: RestoreResult): string {
  if (!result.restored) return 'Nothing restored.\n';
  const before = result.before ? ` The binder as it was is in ${result.before}; crm restore that file to go back.` : '';
  return `Restored ${result.from} (${plural(result.dossiers, 'dossier')}) as the binder ${result.path}.${before}\n`;
}

/** What --repair mended and what could not be checked, a line each: printed before the problems too. */
export function doctorNotes(result: DoctorResult): string {
  const repaired = result.repaired.map((line) => `Repaired: ${line}\n`).join('');
  const unchecked = result.unchecked.map((line) => `Not checked: ${line}\n`).join('');
  return repaired + unchecked;
}

/** The problems in one line, and the way to mend them (the problems follow, a line each). */
export function doctorProblems(result: DoctorResult): string {
  const advice = result.mendable
    ? 'crm doctor --repair builds what find and the binder view read again from the dossiers'
    : result.onServer
      ? "the server's copies (pg_dump) hold the binder as it was before"
      : 'crm restore <copy> puts back a copy from before (crm backup makes them)';
  return `${result.path} has ${plural(result.problems.length, 'problem')}; ${advice}`;
}

/** A binder with no problems: what was checked. */
export function renderHealthy(result: DoctorResult): string {
  const index = result.unchecked.length > 0 ? "find's texts, " : "find's texts and indexes, ";
  return `${doctorNotes(result)}${result.path}: no problems (integrity, records, dates, filings against the history, lookup words, ${index}filing counts).\n`;
}
