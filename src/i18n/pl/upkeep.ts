// Polski: utrzymanie segregatora, crm backup, crm restore, crm doctor.
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

const teczki = (n: number) => counted('pl', n, { one: '# teczka', few: '# teczki', many: '# teczek', other: '# teczki' });

export const upkeep: Catalogue['upkeep'] = {
  backedUp: (p) => `Kopia segregatora zapisana w ${p.path} (${counted('pl', p.size, { one: '# bajt', few: '# bajty', many: '# bajtów', other: '# bajta' })}).`,
  removedOldest: (p) => `Usunięto najstarsze kopie ponad 10 najnowszych: ${p.count}.`,
  nothingRestored: 'Nic nie przywrócono.',
  restored: (p) => `Przywrócono ${p.from} (${teczki(p.dossiers)}) jako segregator ${p.path}.`,
  asItWas: (p) => `Poprzedni stan segregatora jest w ${p.before}; aby do niego wrócić, użyj crm restore z tym plikiem.`,
  replace: (p) => `Zastąpić segregator ${p.path} (${teczki(p.current)}) kopią ${p.from} (${teczki(p.dossiers)})? Obecny stan segregatora zostanie zachowany w backups/.`,
  repaired: (p) => `Naprawiono: ${p.line}`,
  notChecked: (p) => `Nie sprawdzono: ${p.line}`,
  problems: (p) => `${p.path}: ${counted('pl', p.count, { one: '# problem', few: '# problemy', many: '# problemów', other: '# problemu' })}; ${p.advice}`,
  mendRepair: 'crm doctor --repair odbuduje z teczek to, co czytają find i widok segregatora',
  mendServer: 'kopie serwera (pg_dump) przechowują wcześniejszy stan segregatora',
  mendRestore: 'crm restore <kopia> przywraca wcześniejszą kopię (tworzy je crm backup)',
  healthy: (p) => `${p.path}: bez problemów (spójność, rekordy, daty, odłożenia zgodne z historią, słowa wyszukiwania, teksty i indeksy find, liczniki odłożeń).`,
  healthyUnindexed: (p) => `${p.path}: bez problemów (spójność, rekordy, daty, odłożenia zgodne z historią, słowa wyszukiwania, teksty find, liczniki odłożeń).`,
  noBinderToBackUp: (p) => `w ${p.path} nie ma segregatora do skopiowania; wskaż go przez --db lub CRM_DB`,
  noBinderToCheck: (p) => `w ${p.path} nie ma segregatora do sprawdzenia; wskaż go przez --db lub CRM_DB`,
  cannotWriteBackup: (p) => `nie można zapisać kopii ${p.path} (${p.code}); sprawdź, czy jej folder istnieje i należy do ciebie`,
  cannotWriteBackups: (p) => `nie można zapisać kopii w ${p.folder} (${p.code}); sprawdź, czy ten folder istnieje i należy do ciebie`,
  restoreNeedsYes: (p) => `restore zastępuje cały segregator ${p.path} i w terminalu najpierw pyta; dodaj --yes, aby przywrócić ${p.from} bez pytania; nic nie zapisano`,
};
