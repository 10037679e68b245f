// What crm team init and crm team upgrade say they did.
import type { TeamResult } from '../commands/team.js';
import { plural } from './style.js';

export function renderTeam(result: TeamResult): string {
  if (result.action === 'init') {
    const made = result.schemaCreated ? ' (the schema made too)' : '';
    return `Created the binder in ${result.where}${made}: version ${result.version}, ${plural(result.tables.length, 'table')}.\n`;
  }
  if (result.applied.length === 0) return `The binder in ${result.where} is up to date (version ${result.to}); nothing to do.\n`;
  return `Upgraded the binder in ${result.where} from version ${result.from} to ${result.to} (${plural(result.applied.length, 'step')}).\n`;
}
