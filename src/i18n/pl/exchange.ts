// Polski: co crm export, crm ics i crm import mówią o zapisanych i czytanych plikach.
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

const teczki = (n: number) => counted('pl', n, { one: '# teczkę', few: '# teczki', many: '# teczek', other: '# teczki' });

/** The word alone, after a number written apart ('412 500 teczek'). */
const teczek = (n: number) => counted('pl', n, { one: 'teczkę', few: 'teczki', many: 'teczek', other: 'teczki' });

export const exchange: Catalogue['exchange'] = {
  exported: (p) => `Zapisano ${teczki(p.count)} do ${p.path} (${p.format}).`,
  calendarWritten: (p) => `Zapisano ${counted('pl', p.count, { one: '# wpis', few: '# wpisy', many: '# wpisów', other: '# wpisu' })} kalendarza do ${p.path}.`,
  progress: (p) => `Import ${p.file}: wczytano ${p.read} ${teczek(p.count)}`,
  progressShare: (p) => `Import ${p.file}: wczytano ${p.read} ${teczek(p.count)} (${p.percent}%)`,
  outputIsFolder: (p) => `${p.path} to folder; podaj nazwę pliku do zapisu, np. ${p.example}`,
  cannotWrite: (p) => `nie można zapisać ${p.path} (${p.code}); sprawdź, czy jego folder istnieje i należy do ciebie`,
  cannotReplace: (p) => `nie można zastąpić ${p.path} (${p.code}); sprawdź, czy to plik, który możesz zapisywać`,
  fileOnOrSpread: '--file-on i --spread oba mówią, gdzie odłożyć; podaj jedno z nich',
  perDayNeedsSpread: '--per-day idzie w parze z --spread: crm import <plik> --spread --per-day 5',
  mapForCsv: (p) => `--map i --delimiter są dla plików CSV; ${p.file} jest czytany jako eksport JSON crm`,
  mapForCsvVcard: (p) => `--map i --delimiter są dla plików CSV; ${p.file} jest czytany jako vCardy`,
  skipInvalidForContacts: (p) => `--skip-invalid jest dla kontaktów (CSV, vCard); ${p.file} to eksport JSON crm, importowany w całości albo wcale`,
  noFile: (p) => `nie ma pliku ${p.file}; sprawdź ścieżkę`,
  importFolder: (p) => `${p.file} to folder; podaj plik do importu`,
  cannotRead: (p) => `nie można odczytać ${p.file} (${p.code}); sprawdź, czy to plik, który możesz czytać`,
};
