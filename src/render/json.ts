// The JSON documents a command prints that are not its handler's result as it stands: the one
// shape each is made in (README, "For scripts"), not copied field by field in the registry.
import type { Changed } from '../commands/change.js';
import type { ConfigResult } from '../commands/config.js';
import type { DoctorResult } from '../commands/backup.js';
import type { FormDefinition } from '../binder/forms.js';
import { storeWhy } from '../i18n/en/storeWhy.js';
import { upkeep } from '../i18n/en/upkeep.js';
import { doctorLines } from './maintenance.js';

/** crm form add --json: a form touches no dossier. */
export function formAddedJson(result: Pick<Changed, 'change'> & { form: FormDefinition }): Pick<Changed, 'change' | 'dossiers' | 'entries'> & { form: FormDefinition } {
  return { change: result.change, dossiers: [], entries: [], form: result.form };
}

/** crm config --json: the settings; with a value given, what changed with them. */
export function configJson(result: ConfigResult): object {
  const { binder, change, dossiers, entries, settings } = result;
  const own = result.own && { own: result.own };
  return result.changed || result.already ? { binder, change, dossiers, entries, settings, ...own } : { binder, ...settings, ...own };
}

/** crm doctor --json: the report, each line in English whatever the run's language. */
export interface DoctorJson {
  path: string;
  problems: string[];
  repaired: string[];
  mendable: boolean;
  damaged: boolean;
  unchecked: string[];
  onServer?: true;
}

/** crm doctor --json: the report as a script reads it, its lines in English (the terminal's are in the run's language). */
export function doctorJson(result: DoctorResult): DoctorJson {
  const { problems, repaired, unchecked } = doctorLines(result, upkeep, storeWhy);
  return { path: result.path, problems, repaired, mendable: result.mendable, damaged: result.damaged, unchecked, ...(result.onServer && { onServer: result.onServer }) };
}

/** crm doctor --json of a binder too damaged to open: the one document a script reads all the same. */
export function damagedJson(path: string, reason: string): DoctorJson {
  return doctorJson({ path, problems: [{ key: 'integrity', facts: { line: reason } }], repaired: [], mendable: false, damaged: true, unchecked: [] });
}
