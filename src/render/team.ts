// What crm team init and crm team upgrade say they did.
import type { TeamResult } from '../commands/team.js';
import { messages } from '../i18n/catalogue.js';
import { team as english } from '../i18n/en/team.js';
import { whereSaid } from '../i18n/place.js';

const say = messages('team', english);

export function renderTeam(result: TeamResult): string {
  const m = say();
  const where = whereSaid(result.where);
  if (result.action === 'init') {
    const created = result.schemaCreated ? m.createdSchema : m.created;
    return `${created({ where, version: result.version, tables: result.tables.length })}\n`;
  }
  if (result.applied.length === 0) return `${m.upToDate({ where, version: result.to })}\n`;
  return `${m.upgraded({ where, from: result.from, to: result.to, steps: result.applied.length })}\n`;
}
