// Polski: dlaczego do pliku segregatora nie można pisać albo kopii nie można przywrócić (store/sqlite.ts).
import type { Catalogue } from '../catalogue.js';

export const storeWhy: Catalogue['storeWhy'] = {
  readOnlyFileSystem: 'leży w systemie plików tylko do odczytu',
  fileNotWritable: 'do pliku nie można pisać',
  folderNotWritable: (p) => `do jego folderu ${p.folder} nie można pisać, a SQLite zapisuje dziennik obok segregatora`,
  sqliteMayNot: 'SQLite nie może do niego pisać',
  emptyFile: (p) => `${p.why}, a to pusty plik, jeszcze nie segregator`,
  mustUpgrade: (p) => `${p.why}, a ten crm musi go najpierw zaktualizować z wersji segregatora ${p.version}`,
  copy: {
    noSuchFile: 'nie ma takiego pliku',
    theBinder: 'to jest sam segregator',
    anotherProgram: 'to baza SQLite innego programu, a nie segregator crm',
    newer: (p) => `zapisał ją nowszy crm (wersja segregatora ${p.version}, ten crm zna wersje do ${p.newest})`,
    empty: 'to pusty plik SQLite, a nie segregator',
    damaged: (p) => `jest uszkodzona (${p.reason})`,
    dangling: 'zapisy w niej wskazują teczki, których nie ma',
    unsafe: (p) => `w niej: ${p.problem}`,
    damagedOrNot: 'jest uszkodzona albo nie jest plikiem SQLite',
    unreadable: (p) => `nie da się jej odczytać (${p.code})`,
  },
};
