// Български: поддръжката на класьора, crm backup, crm restore, crm doctor.
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';
import { dates } from './dates.js';

/** One thing (1) or several. */
const pick = <T>(n: number, forms: { one: T; other: T }): T => (counted('bg', n, { one: 'one', other: 'other' }) === 'one' ? forms.one : forms.other);

/** The first few of a list, and how many more there are of `count`. */
const listed = (items: string[], count: number) => (count > items.length ? `${items.join(', ')} и още ${count - items.length}` : items.join(', '));

const OF_DOSSIER = { none: 'никое досие', one: 'досието, което сочи, го няма', other: 'досиетата, които сочат, ги няма' };
const OF_CHANGE = { none: 'никоя промяна', one: 'промяната, която сочи, я няма', other: 'промените, които сочат, ги няма' };

/** Rows that belong to no dossier (or change): the noun for one and for several (its counting form). */
const orphans = (n: number, noun: { one: string; other: string }, owner = OF_DOSSIER) =>
  pick(n, {
    one: `${n} ${noun.one} не принадлежи на ${owner.none} (${owner.one} в класьора)`,
    other: `${n} ${noun.other} не принадлежат на ${owner.none} (${owner.other} в класьора)`,
  });

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
  problem: {
    integrity: (p) => `цялост: ${p.line}`,
    orphanEntries: (p) => orphans(p.count, { one: 'запис от историята', other: 'записа от историята' }),
    orphanDocuments: (p) => orphans(p.count, { one: 'документ', other: 'документа' }),
    orphanPromises: (p) => orphans(p.count, { one: 'обещание', other: 'обещания' }),
    orphanComplaints: (p) => orphans(p.count, { one: 'рекламация', other: 'рекламации' }),
    orphanWords: (p) => orphans(p.count, { one: 'дума за търсене', other: 'думи за търсене' }),
    orphanHistoryTexts: (p) => orphans(p.count, { one: 'текст на историята за find', other: 'текста на историята за find' }),
    orphanUndoRecords: (p) => orphans(p.count, { one: 'запис за отмяна', other: 'записа за отмяна' }, OF_CHANGE),
    orphanRows: (p) => orphans(p.count, { one: `ред от таблицата ${p.table}`, other: `реда от таблицата ${p.table}` }),
    undatedDossiers: (p) =>
      pick(p.count, { one: `${p.count} досие е подредено на несъществуваща дата`, other: `${p.count} досиета са подредени на несъществуващи дати` }),
    undatedPromises: (p) =>
      pick(p.count, { one: `${p.count} обещание е със срок на несъществуваща дата`, other: `${p.count} обещания са със срок на несъществуващи дати` }),
    undatedComplaints: (p) =>
      pick(p.count, { one: `${p.count} рекламация е със срок на несъществуваща дата`, other: `${p.count} рекламации са със срок на несъществуващи дати` }),
    filedNowhere: (p) =>
      `${pick(p.count, {
        one: `${p.count} отворено досие не е подредено никъде (не е зад разделител, а не е и затворено)`,
        other: `${p.count} отворени досиета не са подредени никъде (не са зад разделител, а не са и затворени)`,
      })}: ${listed(p.handles, p.count)}; подредете всяко отново с crm file <клиент> <кога>`,
    filedElsewhere: (p) =>
      `${pick(p.count, {
        one: `${p.count} досие е подредено другаде, а не където казва историята му`,
        other: `${p.count} досиета са подредени другаде, а не където казват историите им`,
      })}: ${listed(
        p.handles.map((handle, i) => `${handle} на ${p.on[i]}, според историята ${p.says[i] ?? 'затворено'}`),
        p.count,
      )}`,
    unsafeHandles: (p) =>
      `${pick(p.count, {
        one: `${p.count} досие има кратко име, което crm не би приел`,
        other: `${p.count} досиета имат кратки имена, които crm не би приел`,
      })} (${dates.handleRule}): ${listed(p.handles, p.count)}`,
    unsafeDocuments: (p) =>
      `${pick(p.count, {
        one: `${p.count} документ е наименуван с път или няма име`,
        other: `${p.count} документа са наименувани с път или нямат име`,
      })} (${dates.documentNameRule}): ${listed(p.documents, p.count)}`,
    unsafeUndo: (p) =>
      `${pick(p.count, {
        one: `${p.count} запис за отмяна връща кратко име или име на документ, което crm не би приел`,
        other: `${p.count} записа за отмяна връщат кратки имена или имена на документи, които crm не би приел`,
      })}: ${listed(p.names, p.count)}`,
    wordless: (p) =>
      `${pick(p.count, {
        one: `${p.count} досие няма думи за търсене, така че никое име на клиент не го намира`,
        other: `${p.count} досиета нямат думи за търсене, така че никое име на клиент не ги намира`,
      })}: ${listed(p.handles, p.count)}`,
    staleText: (p) =>
      `${pick(p.count, {
        one: `текстът за crm find на ${p.count} досие е остарял`,
        other: `текстовете за crm find на ${p.count} досиета са остарели`,
      })}: ${listed(p.handles, p.count)}`,
    staleHistory: (p) =>
      `${pick(p.count, {
        one: `текстът на историята за crm find на ${p.count} досие е остарял`,
        other: `текстовете на историята за crm find на ${p.count} досиета са остарели`,
      })}: ${listed(p.handles, p.count)}`,
    findIndex: 'индексът на crm find не съответства на досиетата',
    historyIndex: 'индексът на историята в crm find не съответства на историите',
    miscounted: (p) =>
      pick(p.count, {
        one: `броячът на подрежданията за ${p.count} ден не съответства на досиетата, подредени на него`,
        other: `броячите на подрежданията за ${p.count} дни не съответстват на досиетата, подредени на тях`,
      }),
  },
  unchecked: {
    readOnlyIndex: (p) => `индексът на find: класьорът е само за четене (${p.why}), а проверката на този индекс от SQLite пише`,
    onServer: 'целостта на файла: класьорът е на сървър PostgreSQL, който сам проверява и копира хранилището си (pg_dump); crm export извежда съдържанието му',
  },
};
