// English: why a binder file may not be written, or a copy not restored (store/sqlite.ts): the
// reason inside the store's line (en/store.ts readOnly, notRestorable). Apart from store.ts so
// that opening a binder loads only these few words.
import { lazyArea } from '../lazy.js';

export const storeWhy = lazyArea(() => ({
  readOnlyFileSystem: 'it is on a read-only file system',
  fileNotWritable: 'the file is not writable',
  folderNotWritable: (p: { folder: string }) => `its folder ${p.folder} is not writable, and SQLite writes its log beside the binder`,
  sqliteMayNot: 'SQLite may not write it',
  /** A read-only binder that must be set up or upgraded before it can be read: `why` is one of the above. */
  emptyFile: (p: { why: string }) => `${p.why}, and it is an empty file, not yet a binder`,
  mustUpgrade: (p: { why: string; version: number }) => `${p.why}, and this crm must first upgrade it from binder version ${p.version}`,
  /** Why a copy cannot be restored. */
  copy: {
    noSuchFile: 'there is no such file',
    theBinder: 'it is the binder itself',
    anotherProgram: 'it is a SQLite database of another program, not a crm binder',
    newer: (p: { version: number; newest: number }) => `it was written by a newer crm (binder version ${p.version}, this crm knows up to ${p.newest})`,
    empty: 'it is an empty SQLite file, not a binder',
    damaged: (p: { reason: string }) => `it is damaged (${p.reason})`,
    dangling: 'records in it point at dossiers that are not there',
    /** `problem`: what crm doctor says of a name in it. */
    unsafe: (p: { problem: string }) => `in it, ${p.problem}`,
    damagedOrNot: 'it is damaged, or not a SQLite file',
    unreadable: (p: { code: string }) => `it cannot be read (${p.code})`,
  },
  /** What is wrong with a server binder's URL (store/postgres/url.ts): the reason in en/store.ts badUrl. */
  url: {
    atAfterHost: 'an @ comes after the host (a password holding /, ? or @ is written %2F, %3F, %40)',
    scheme: 'it does not start with postgres:// or postgresql://',
    /** `known`: the parameters crm knows, joined with ', '. */
    unknownParameter: (p: { name: string; known: string }) => `it has the parameter "${p.name}", which crm does not know (it knows ${p.known})`,
    noValue: (p: { name: string }) => `its parameter "${p.name}" has no value (write ${p.name}=...)`,
    port: (p: { port: string }) => `its port "${p.port}" is not a port number (1-65535)`,
    noUser: 'it names no user, and neither do PGUSER nor USER (write postgres://<user>@<host>/<database>)',
    noDatabase: 'its database name is empty (write postgres://<host>/<database>)',
    timeout: (p: { timeout: string }) => `its connect_timeout "${p.timeout}" is not a number of seconds`,
    /** `modes` joined with ', '. */
    sslmode: (p: { sslmode: string; modes: string }) => `its sslmode "${p.sslmode}" is not one of ${p.modes}`,
    noSchema: 'its search_path names no schema (write options=-csearch_path%3D<schema>)',
    severalHosts: 'it names several hosts; crm connects to one (name the one to use)',
    /** `part` from `parts`. */
    badPercent: (p: { part: string }) => `${p.part} has a % not followed by two hex digits (write %25 for a % itself)`,
    parts: {
      parameter: 'a parameter name',
      user: 'the user name',
      database: 'the database name',
      password: 'the password',
      host: 'the host',
      value: (p: { name: string }) => `the parameter ${p.name}`,
    },
  },
}));
