// Български: защо във файла на класьора не може да се пише или копие не може да се върне (store/sqlite.ts).
import type { Catalogue } from '../catalogue.js';

export const storeWhy: Catalogue['storeWhy'] = {
  readOnlyFileSystem: 'той е на файлова система само за четене',
  fileNotWritable: 'във файла не може да се пише',
  folderNotWritable: (p) => `в папката му ${p.folder} не може да се пише, а SQLite пише дневника си до класьора`,
  sqliteMayNot: 'SQLite няма право да пише в него',
  emptyFile: (p) => `${p.why}, а е празен файл, още не е класьор`,
  mustUpgrade: (p) => `${p.why}, а този crm първо трябва да го обнови от версия ${p.version}`,
  copy: {
    noSuchFile: 'няма такъв файл',
    theBinder: 'това е самият класьор',
    anotherProgram: 'това е база данни SQLite на друга програма, а не класьор на crm',
    newer: (p) => `записано е от по-нов crm (версия на класьора ${p.version}, този crm знае до ${p.newest})`,
    empty: 'това е празен файл на SQLite, а не класьор',
    damaged: (p) => `повредено е (${p.reason})`,
    dangling: 'записи в него сочат досиета, които ги няма',
    unsafe: (p) => `в него: ${p.problem}`,
    damagedOrNot: 'повредено е или не е файл на SQLite',
    unreadable: (p) => `не може да се прочете (${p.code})`,
  },
};
