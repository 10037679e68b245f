// English: why a binder file may not be written, or a copy not restored (store/sqlite.ts): the
// reason inside the store's line (en/store.ts readOnly, notRestorable). Apart from store.ts so
// that opening a binder loads only these few words.

export const storeWhy = {
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
};
