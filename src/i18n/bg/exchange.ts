// Български: какво казват crm export, crm ics и crm import за записаните и прочетените файлове.
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

export const exchange: Catalogue['exchange'] = {
  exported: (p) => `${counted('bg', p.count, { one: 'Записано е # досие', other: 'Записани са # досиета' })} в ${p.path} (${p.format}).`,
  calendarWritten: (p) => `${counted('bg', p.count, { one: 'Записан е # запис', other: 'Записани са # записа' })} от календара в ${p.path}.`,
  progress: (p) => `Внасяне на ${p.file}: прочетени ${p.read} ${counted('bg', p.count, { one: 'досие', other: 'досиета' })}`,
  progressShare: (p) => `Внасяне на ${p.file}: прочетени ${p.read} ${counted('bg', p.count, { one: 'досие', other: 'досиета' })} (${p.percent}%)`,
  outputIsFolder: (p) => `${p.path} е папка; дайте име на файл за запис, например ${p.example}`,
  cannotWrite: (p) => `${p.path} не може да се запише (${p.code}); проверете дали папката му съществува и е ваша`,
  cannotReplace: (p) => `${p.path} не може да се замени (${p.code}); проверете дали е файл, в който можете да пишете`,
  fileOnOrSpread: '--file-on и --spread казват къде да се подреди; дайте едното от двете',
  perDayNeedsSpread: '--per-day върви със --spread: crm import <файл> --spread --per-day 5',
  mapForCsv: (p) => `--map и --delimiter са за CSV файлове; ${p.file} се чете като JSON експорт на crm`,
  mapForCsvVcard: (p) => `--map и --delimiter са за CSV файлове; ${p.file} се чете като vCard`,
  skipInvalidForContacts: (p) => `--skip-invalid е за контакти (CSV, vCard); ${p.file} е JSON експорт на crm и се внася цял или никак`,
  noFile: (p) => `няма файл ${p.file}; проверете пътя`,
  importFolder: (p) => `${p.file} е папка; посочете файла за внасяне`,
  cannotRead: (p) => `${p.file} не може да се прочете (${p.code}); проверете дали е файл, който можете да четете`,
};
