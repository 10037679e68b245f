// What the commands may ask of a binder. Every method is one unit of work; the SQLite store is the
// only implementation today, and a shared (PostgreSQL) store is meant to stand beside it, which is
// why the methods are asynchronous although better-sqlite3 is not.
import type { Day } from '../binder/day.js';
import type { Card, Dossier, HistoryEntry, NewEntry } from '../binder/dossier.js';
import type { BinderSettings } from '../binder/settings.js';

export interface NewDossier {
  handle: string;
  card: Card;
  filedOn: Day;
  entries: NewEntry[];
}

export interface DossierChange {
  handle: string;
  card?: Partial<Card>;
  /** The new filing; a Day refiles, null closes, undefined leaves it. */
  filedOn?: Day | null;
  entries: NewEntry[];
}

export interface Store {
  readonly path: string;
  /** False when a read command found no binder file (it then sees an empty binder). */
  readonly exists: boolean;

  readSettings(): Promise<BinderSettings>;
  writeSettings(settings: BinderSettings): Promise<void>;

  /** The dossier with exactly this handle. */
  dossier(handle: string): Promise<Dossier | undefined>;
  /** Dossiers whose handle folds to exactly this text. */
  dossiersByFoldedHandle(folded: string): Promise<Dossier[]>;
  /** Dossiers with a folded word of handle, name or company starting with `prefix` (folded). */
  dossiersByWordPrefix(prefix: string, limit: number): Promise<Dossier[]>;
  /** Dossiers filed on dates from `from` to `to`, inclusive. */
  filedBetween(from: Day, to: Day): Promise<Dossier[]>;
  /** The first date after `after` that has dossiers filed on it, and how many; null when none. */
  nextFiled(after: Day): Promise<{ day: Day; count: number } | null>;
  /** How many dossiers are filed on each date. */
  countsByDay(): Promise<Map<Day, number>>;
  /** Dossiers whose folded card text contains `folded`, or whose phone digits contain `digits`. */
  search(folded: string, digits: string | null, limit: number): Promise<Dossier[]>;
  /** Every handle, for suggestions when a name matches nothing. */
  handles(): Promise<string[]>;
  history(handle: string): Promise<HistoryEntry[]>;

  createDossier(dossier: NewDossier): Promise<void>;
  /** Applies a card change, a filing and new history entries to one dossier, all or nothing. */
  changeDossier(change: DossierChange): Promise<void>;

  close(): void;
  /** Closes after a failed command; a binder file this process created is removed again. */
  abandon(): void;
}
