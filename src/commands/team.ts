// crm team init / upgrade: make the team's binder on a server, or bring it up to this crm's schema.
// They work on a server binder alone, and open no Store: they make or change what a store opens.
import type { Language } from '../i18n/language.js';
import { storeKind } from '../store/open.js';
import type { InitResult, UpgradeResult } from '../store/postgres/team.js';

export const TEAM_ACTIONS = ['init', 'upgrade', 'add', 'remove'] as const;
/** The actions that make or change the binder's schema (the others open it as a store). */
export type TeamAction = 'init' | 'upgrade';

export type TeamResult = ({ action: 'init' } & InitResult) | ({ action: 'upgrade' } & UpgradeResult);

/**
 * Runs `action` on the server binder the context names; a file binder is refused (exit 2), the
 * store's errors worded. A binder made by a run in Persian starts in the Persian calendar (issue 17).
 */
export async function teamAction(action: TeamAction, context: { dbPath: string; now: () => string }, env: NodeJS.ProcessEnv, language: Language = 'en'): Promise<TeamResult> {
  const words = () => import('./words.js');
  if (storeKind(context.dbPath) !== 'postgres') throw (await words()).needsServer(`team ${action}`, context.dbPath);
  try {
    const binder = (await import('../store/postgres/open.js')).serverBinder(context.dbPath, env);
    const team = await import('../store/postgres/team.js');
    const now = context.now();
    const newBinder = language === 'fa' ? { calendar: 'persian' as const } : {};
    return action === 'init' ? { action, ...(await team.initServerBinder(binder, now, undefined, newBinder)) } : { action, ...(await team.upgradeServerBinder(binder, now)) };
  } catch (error) {
    throw (await words()).worded(error);
  }
}
