// English: a store's typed errors as the user reads them (commands/words.ts): what is wrong with
// the binder, or with reaching it, and what to type instead.
import { lazyArea } from '../lazy.js';

export const store = lazyArea(() => ({
  /** `what` is damaged or damagedOrNot; `restore` is restoreNewest or noCopy. */
  damaged: (p: { path: string; what: string; reason: string; restore: string }) =>
    `the binder ${p.path} ${p.what} (SQLite: ${p.reason}); nothing was written. crm doctor says what is wrong; ${p.restore}`,
  isDamaged: 'is damaged',
  damagedOrNot: 'is damaged, or not a SQLite file at all',
  restoreNewest: (p: { copy: string }) => `crm restore ${p.copy} puts back the newest copy`,
  noCopy: (p: { folder: string }) => `there is no copy in ${p.folder} to put back (crm restore <copy> takes one made elsewhere)`,
  noFolder: (p: { folder: string; path: string }) =>
    `there is no folder ${p.folder} for the binder ${p.path}; create it first (mkdir -p ${p.folder}) or name another binder with --db`,
  isDirectory: (p: { path: string; inside: string }) => `${p.path} is a directory, not a binder file; name a file in it (--db ${p.inside})`,
  anotherProgram: (p: { path: string }) => `${p.path} is a SQLite database of another program, not a crm binder; name a binder with --db or CRM_DB`,
  newer: (p: { path: string; version: number; newest: number }) =>
    `${p.path} was written by a newer crm (binder version ${p.version}, this crm knows up to ${p.newest}); upgrade crm to open it`,
  readOnly: (p: { path: string; why: string }) =>
    `the binder ${p.path} is read-only (${p.why}); nothing was written. Reading it works; make it writable to change it`,
  cannotOpen: (p: { path: string; code: string }) => `cannot open the binder ${p.path} (${p.code}); check that the file and its folder are yours and writable`,
  cannotCopy: (p: { path: string; where: string; reason: string }) =>
    `cannot copy ${p.path} into ${p.where} before upgrading it (${p.reason}); nothing was changed, free some space or fix the folder's rights and try again`,
  cannotUpgrade: (p: { path: string; from: number; to: number; reason: string; where: string }) =>
    `cannot upgrade ${p.path} from binder version ${p.from} to ${p.to} (${p.reason}); the binder is as it was, and a copy is in ${p.where}`,
  backupsRefused: {
    anotherUser: (p: { folder: string; uid: number }) =>
      `cannot keep copies of the binder in ${p.folder}: it belongs to another user (uid ${p.uid}); move it away and crm makes its own folder there`,
    openToOthers: (p: { folder: string; mode: string }) => `cannot keep copies of the binder in ${p.folder}: others may use it (mode ${p.mode}); make it yours alone with chmod 700 ${p.folder}`,
    symbolicLink: (p: { folder: string }) => `cannot keep copies of the binder in ${p.folder}: it is a symbolic link; move it away and crm makes its own folder there`,
    notAFolder: (p: { folder: string }) => `cannot keep copies of the binder in ${p.folder}: it is not a folder; move it away and crm makes its own folder there`,
  },
  notRestorable: (p: { path: string; why: string; backups: string }) => `${p.path} cannot be restored: ${p.why}; name a copy crm backup wrote (they are in ${p.backups})`,
  noDossier: (p: { handle: string }) => `no dossier "${p.handle}"`,
  handleUnseen: (p: { handle: string }) =>
    `the handle "${p.handle}" is taken by a colleague's dossier, which you do not see; nothing was written. File yours under another handle: crm file ${p.handle}-2 <when> --name "..."`,
  handleTaken: (p: { handle: string }) => `another crm filed a dossier under the handle "${p.handle}" meanwhile; nothing was written, try again`,
  /** `why` is what url.ts found wrong; `hint` is writeUrl, or empty when `why` says what to write. */
  badUrl: (p: { url: string; why: string; hint: string }) => `${p.url} is not a server binder's URL: ${p.why}${p.hint}`,
  writeUrl: '; write postgres://<user>@<host>:<port>/<database>?options=-csearch_path%3D<schema>',
  nulOnServer:
    'a binder on a PostgreSQL server cannot store text holding the character U+0000 (NUL), and the change holds one; remove it and try again; nothing was written',
  /** crm undo refused: `others` and `where` are lists joined by the caller (andJoin, ', '). */
  changedSince: (p: { summary: string; at: string; others: string[]; where: string[]; first: string; handle: string }) =>
    `crm undo would take back your change "${p.summary}" (${p.at}), but ${p.others.join(' and ')} ${p.others.length === 1 ? 'has' : 'have'} written on ${p.where.join(', ')} since (first at ${p.first}); nothing was written. Change it by hand instead (crm show ${p.handle})`,
  someone: 'someone',
  idTooLarge: (p: { id: string }) => `the binder holds an id of ${p.id}, past what crm can count exactly (2^53): another program wrote it; crm reads no further`,
  server: {
    unreachable: (p: { where: string; code: string }) =>
      `cannot reach the server of the binder (${p.where}): ${p.code}; check that the server runs and that the host and port in --db or CRM_DB are right`,
    loginRefused: (p: { user: string; where: string; reason: string }) =>
      `the server refused the login of ${p.user} to the binder (${p.where}): ${p.reason}; check the user name, and the password in the URL, PGPASSWORD or ~/.pgpass`,
    noDatabase: (p: { database: string; where: string }) =>
      `the server has no database ${p.database} for the binder (${p.where}); check the database's name in --db or CRM_DB, or ask the server's administrator to create it`,
    connectTimeout: (p: { where: string }) =>
      `the server of the binder (${p.where}) did not answer in time; check the host and port, and the network (connect_timeout=<seconds> in the URL waits longer)`,
    lockTimeout: (p: { where: string }) => `another crm held the binder (${p.where}) too long; nothing was written, try again`,
    statementTimeout: (p: { where: string }) =>
      `the server of the binder (${p.where}) took too long to answer; nothing was written. Try again, or ask its administrator whether it is overloaded`,
    dropped: (p: { where: string }) => `the connection to the server of the binder (${p.where}) was lost; try again (crm changes shows whether a change was made)`,
    refused: (p: { where: string; reason: string; sqlstate: string }) => `the server of the binder (${p.where}) refused: ${p.reason} (SQLSTATE ${p.sqlstate}); nothing was written`,
  },
  serverBinder: {
    none: (p: { where: string }) => `there is no binder in ${p.where}; crm team init creates one there`,
    /** `tables`: the first three; `more` how many others (0: none). */
    anotherProgram: (p: { where: string; tables: string[]; more: number }) =>
      `${p.where} holds tables of another program (${p.tables.join(', ')}${p.more > 0 ? ` and ${p.more} more` : ''}), not a crm binder; name an empty schema with options=-csearch_path%3D<schema> in the URL`,
    already: (p: { where: string; version: number }) =>
      `there is a binder already in ${p.where} (version ${p.version}); nothing was changed. crm team upgrade brings it up to date, or name another schema`,
    older: (p: { where: string; version: number; newest: number }) =>
      `the binder in ${p.where} is version ${p.version}, older than this crm's ${p.newest}; whoever looks after the team's binder runs crm team upgrade (other commands never upgrade a server binder)`,
    newer: (p: { where: string; version: number; newest: number }) =>
      `the binder in ${p.where} is version ${p.version}, written by a newer crm (this one knows up to ${p.newest}); upgrade crm to use it`,
    unknownVersion: (p: { where: string; version: number }) =>
      `the binder in ${p.where} says it is version ${p.version}, which no crm made on a server; nothing was changed. Put back the server's copy of it (pg_dump), or ask whoever changed crm_meta`,
    cLocale: (p: { database: string; ctype: string }) =>
      `the database ${p.database} has the character type ${p.ctype}, in which crm find cannot index names in scripts other than Latin; make the binder in a database with a UTF-8 locale (CREATE DATABASE <name> LC_CTYPE 'C.UTF-8' TEMPLATE template0)`,
    noTrgm: (p: { where: string; reason: string }) =>
      `crm find needs the pg_trgm extension, which crm could not create on the server of ${p.where} (${p.reason}); ask its administrator to run CREATE EXTENSION pg_trgm in that database`,
    /** `create`: the statements to run, joined with '; '. */
    noRoles: (p: { roles: string[]; where: string; reason: string; create: string }) =>
      `a team's binder needs two group roles, ${p.roles.join(' and ')}, which your login may not create on the server of ${p.where} (${p.reason}); ask its administrator to run ${p.create}, or run crm team init as a login with CREATEROLE`,
  },
  needsServer: (p: { command: string; path: string }) =>
    `crm ${p.command} works on a binder on a PostgreSQL server; ${p.path} names a file. Name a server with --db postgres://<user>@<host>/<database>?options=-csearch_path%3D<schema>`,
  needsTeam: (p: { command: string; path: string }) =>
    `crm ${p.command} works on a team's binder, on a PostgreSQL server; ${p.path} is a binder file, whose one user owns every dossier. Name a team's binder with --db postgres://<user>@<host>/<database>?options=-csearch_path%3D<schema>`,
  needsFile: (p: { command: string }) =>
    `crm ${p.command} works on a binder kept in a file; this binder is on a PostgreSQL server, which keeps its copies (pg_dump); crm export writes its contents out`,
}));
