// What crm remembers between processes of a binder found sound. SQLite's quick_check reads every
// page (about 1 s at 100,000 dossiers): too slow to run before every write, and needless when
// nothing but crm has touched the file since it last passed. So after a clean check, and after
// each write, the store notes the binder's files as it left them (device, inode, size, mtime in
// ns of the file and of its write-ahead log) and when the check last ran. A write whose files are
// still exactly so, within a day of that check, skips it. Anything else that writes the file (dd,
// a sync tool replacing it, a copy put back) changes its size, mtime or inode, and the check runs.
//
// The stamps live in the user's state folder ($XDG_STATE_HOME/crm, else ~/.local/state/crm), one
// small file per binder, named by a hash of its real path: not beside the binder, where a read-only
// folder has no room for one, a copy or a sync tool would carry it along, and the folder is the
// user's to list. A stamp only ever saves a check; one missing, unreadable or not the user's own
// costs the next write its check, never its safety.
import { lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** How long a check vouches for a binder crm alone has written since. */
export const CHECK_LASTS_MS = 24 * 60 * 60 * 1000;

/** One file as stat saw it, bigints as decimal text (JSON has no bigint). */
interface FileState {
  dev: string;
  ino: string;
  size: string;
  mtimeNs: string;
  /** Set by the system on every change: a tool that puts mtime back (cp -p, rsync -t, touch -r) cannot. */
  ctimeNs: string;
}

/** The binder's files as crm left them, and when the whole file last passed quick_check. */
export interface Stamp {
  binder: string;
  main: FileState;
  /** The write-ahead log; null when there is none or it is empty (it then holds nothing to check). */
  wal: FileState | null;
  /** Milliseconds since 1970 (the real clock, not CRM_TODAY). */
  checkedAt: number;
}

function stateOf(path: string): FileState | null {
  const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
  if (!stat || stat.size === 0n) return null;
  return { dev: String(stat.dev), ino: String(stat.ino), size: String(stat.size), mtimeNs: String(stat.mtimeNs), ctimeNs: String(stat.ctimeNs) };
}

const same = (a: FileState | null, b: FileState | null) =>
  a === b || (a !== null && b !== null && a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs);

/** The binder's files as they are now: the file, and its write-ahead log (null when empty or absent). */
export interface Files {
  main: FileState | null;
  wal: FileState | null;
}

export function filesNow(binderPath: string): Files {
  return { main: stateOf(binderPath), wal: stateOf(`${binderPath}-wal`) };
}

export function sameFiles(a: Files, b: Files): boolean {
  return same(a.main, b.main) && same(a.wal, b.wal);
}

/**
 * Where the stamp of the binder at `binderPath` is kept in `folder` (the user's state folder for
 * crm): named by two 32-bit FNV-1a hashes of its real path. Not node:crypto, whose loading alone
 * costs every command 8 ms; two paths of one name are told apart by the path the stamp holds.
 */
function stampPath(folder: string, binderPath: string): string {
  const path = realpathSync(binderPath);
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < path.length; i++) {
    a = Math.imul(a ^ path.charCodeAt(i), 0x01000193) >>> 0;
    b = Math.imul(b ^ path.charCodeAt(i), 0x811c9dc5 | 1) >>> 0;
  }
  return join(folder, 'checked', `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}.json`);
}

/**
 * When the binder at `binderPath` last passed quick_check, if its files are as its stamp in
 * `folder` says crm left them and that check is less than a day old; undefined otherwise.
 */
export function soundSince(folder: string, binderPath: string, now: number): number | undefined {
  try {
    const file = stampPath(folder, binderPath);
    // The user's own regular file, not a link or one others may write: a stamp planted by someone
    // else must not stand in for a check.
    const info = lstatSync(file);
    if (!info.isFile() || info.uid !== process.getuid?.() || (info.mode & 0o022) !== 0) return undefined;
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as Stamp;
    const files = filesNow(binderPath);
    if (stamp.binder !== realpathSync(binderPath) || files.main === null || !sameFiles(stamp, files)) return undefined;
    if (!(now - stamp.checkedAt < CHECK_LASTS_MS && stamp.checkedAt <= now)) return undefined;
    return stamp.checkedAt;
  } catch {
    return undefined;
  }
}

/**
 * Notes the binder's files as they are now, sound as of `checkedAt`, in `folder`: a file of the user's alone,
 * written whole under another name and renamed into place (two crm at once each write a whole one).
 * A stamp that cannot be written is left unwritten: the next write checks.
 */
export function writeStamp(folder: string, binderPath: string, checkedAt: number): void {
  try {
    const file = stampPath(folder, binderPath);
    const main = stateOf(binderPath);
    if (main === null) return;
    const stamp: Stamp = { binder: realpathSync(binderPath), main, wal: stateOf(`${binderPath}-wal`), checkedAt };
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, `${JSON.stringify(stamp)}\n`, { mode: 0o600 });
      renameSync(temporary, file);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  } catch {
    // A full disk or a state folder crm may not write: no stamp, and the next write checks.
  }
}
