// crm binder: the ring at a glance.
import { overview, type Overview } from '../binder/ring.js';
import type { Deps } from './deps.js';

export interface BinderResult extends Overview {
  capacity: number | null;
  dividers: 'numbered' | 'dated';
}

export async function binderOverview(deps: Deps): Promise<BinderResult> {
  const { store, today, settings } = deps;
  return { ...overview(today, settings, await store.countsByDay()), capacity: settings.capacity, dividers: settings.dividers };
}
