import type { Day } from '../binder/day.js';
import type { Card } from '../binder/dossier.js';
import type { BinderSettings } from '../binder/settings.js';
import type { Store } from '../store/store.js';

/** What a command handler works with. Handlers return data and never print. */
export interface Deps {
  store: Store;
  today: Day;
  settings: BinderSettings;
  now(): string;
  /** Asks a person at a terminal; absent when no terminal is attached. */
  ask?: Asker;
}

export interface Asker {
  /** The card of a new dossier: asks for each field not already given. */
  card(handle: string, given: Partial<Card>): Promise<Card>;
}
