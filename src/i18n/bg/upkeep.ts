// Български: поддръжката на класьора, crm backup, crm restore, crm doctor.
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';

const dossiers = (n: number) => counted('bg', n, { one: '# досие', other: '# досиета' });

export const upkeep: Catalogue['upkeep'] = {
  backedUp: (p) => `Копие на класьора е записано в ${p.path} (${counted('bg', p.size, { one: '# байт', other: '# байта' })}).`,
  removedOldest: (p) => `Изтрити са най-старите копия след последните 10: ${p.count}.`,
  nothingRestored: 'Нищо не е възстановено.',
  restored: (p) => `${p.from} (${dossiers(p.dossiers)}) е възстановен като класьор ${p.path}.`,
  asItWas: (p) => `Предишният класьор е в ${p.before}; за да се върнете към него, изпълнете crm restore с този файл.`,
  replace: (p) => `Да се замени ли класьорът ${p.path} (${dossiers(p.current)}) с ${p.from} (${dossiers(p.dossiers)})? Сегашният класьор се пази в backups/.`,
  repaired: (p) => `Поправено: ${p.line}`,
  notChecked: (p) => `Непроверено: ${p.line}`,
  problems: (p) => `${p.path} има ${counted('bg', p.count, { one: '# проблем', other: '# проблема' })}; ${p.advice}`,
  mendRepair: 'crm doctor --repair изгражда наново от досиетата това, което четат find и изгледът на класьора',
  mendServer: 'копията на сървъра (pg_dump) пазят класьора, какъвто беше преди',
  mendRestore: 'crm restore <копие> връща по-ранно копие (прави ги crm backup)',
  healthy: (p) => `${p.path}: няма проблеми (цялост, записи, дати, подреждания спрямо историята, думи за търсене, текстове и индекси на find, броячи на подрежданията).`,
  healthyUnindexed: (p) => `${p.path}: няма проблеми (цялост, записи, дати, подреждания спрямо историята, думи за търсене, текстове на find, броячи на подрежданията).`,
  noBinderToBackUp: (p) => `в ${p.path} няма класьор за копиране; посочете го с --db или CRM_DB`,
  noBinderToCheck: (p) => `в ${p.path} няма класьор за проверка; посочете го с --db или CRM_DB`,
  cannotWriteBackup: (p) => `копието ${p.path} не може да се запише (${p.code}); проверете дали папката му съществува и е ваша`,
  cannotWriteBackups: (p) => `не може да се запише копие в ${p.folder} (${p.code}); проверете дали папката съществува и е ваша`,
  restoreNeedsYes: (p) => `restore заменя целия класьор ${p.path} и в терминал първо пита; добавете --yes, за да възстановите ${p.from} без питане; нищо не е записано`,
};
