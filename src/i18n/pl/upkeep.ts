// Polski: utrzymanie segregatora, crm backup, crm restore, crm doctor.
import type { Catalogue } from '../catalogue.js';
import { counted } from '../plural.js';
import { dates } from './dates.js';

/** The form of a count's word in Polish: 1, 2-4 (22-24...), 5 and the rest. */
const pick = <T>(n: number, forms: { one: T; few: T; many: T }): T => forms[counted('pl', n, { one: 'one', few: 'few', many: 'many', other: 'many' }) as 'one' | 'few' | 'many'];

/** The first few of a list, and how many more there are of `count`. */
const listed = (items: string[], count: number) => (count > items.length ? `${items.join(', ')} i jeszcze ${count - items.length}` : items.join(', '));

/** Rows that belong to no dossier (or change): the noun's forms for 1, 2-4, 5+. */
const orphans = (n: number, noun: { one: string; few: string; many: string }, owner: 'teczki' | 'zmiany' = 'teczki') => {
  const owners = owner === 'teczki' ? 'teczek' : 'zmian';
  return pick(n, {
    one: `${n} ${noun.one} nie należy do żadnej ${owner} (${owner}, którą wskazuje, nie ma w segregatorze)`,
    few: `${n} ${noun.few} nie należą do żadnej ${owner} (${owners}, które wskazują, nie ma w segregatorze)`,
    many: `${n} ${noun.many} nie należy do żadnej ${owner} (${owners}, które wskazują, nie ma w segregatorze)`,
  });
};

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
  problem: {
    integrity: (p) => `spójność: ${p.line}`,
    orphanEntries: (p) => orphans(p.count, { one: 'wpis historii', few: 'wpisy historii', many: 'wpisów historii' }),
    orphanDocuments: (p) => orphans(p.count, { one: 'dokument', few: 'dokumenty', many: 'dokumentów' }),
    orphanPromises: (p) => orphans(p.count, { one: 'obietnica', few: 'obietnice', many: 'obietnic' }),
    orphanComplaints: (p) => orphans(p.count, { one: 'reklamacja', few: 'reklamacje', many: 'reklamacji' }),
    orphanWords: (p) => orphans(p.count, { one: 'słowo wyszukiwania', few: 'słowa wyszukiwania', many: 'słów wyszukiwania' }),
    orphanHistoryTexts: (p) => orphans(p.count, { one: 'tekst historii dla find', few: 'teksty historii dla find', many: 'tekstów historii dla find' }),
    orphanUndoRecords: (p) => orphans(p.count, { one: 'zapis do cofania', few: 'zapisy do cofania', many: 'zapisów do cofania' }, 'zmiany'),
    orphanRows: (p) => orphans(p.count, { one: `wiersz tabeli ${p.table}`, few: `wiersze tabeli ${p.table}`, many: `wierszy tabeli ${p.table}` }),
    undatedDossiers: (p) =>
      pick(p.count, {
        one: `${p.count} teczka jest odłożona na datę, która nie istnieje`,
        few: `${p.count} teczki są odłożone na daty, które nie istnieją`,
        many: `${p.count} teczek jest odłożonych na daty, które nie istnieją`,
      }),
    undatedPromises: (p) =>
      pick(p.count, {
        one: `${p.count} obietnica ma termin na datę, która nie istnieje`,
        few: `${p.count} obietnice mają terminy na daty, które nie istnieją`,
        many: `${p.count} obietnic ma terminy na daty, które nie istnieją`,
      }),
    undatedComplaints: (p) =>
      pick(p.count, {
        one: `${p.count} reklamacja ma termin na datę, która nie istnieje`,
        few: `${p.count} reklamacje mają terminy na daty, które nie istnieją`,
        many: `${p.count} reklamacji ma terminy na daty, które nie istnieją`,
      }),
    filedNowhere: (p) =>
      `${pick(p.count, {
        one: `${p.count} otwarta teczka nie jest odłożona za żadną przekładką (a nie została zamknięta)`,
        few: `${p.count} otwarte teczki nie są odłożone za żadną przekładką (a nie zostały zamknięte)`,
        many: `${p.count} otwartych teczek nie jest odłożonych za żadną przekładką (a nie zostały zamknięte)`,
      })}: ${listed(p.handles, p.count)}; odłóż każdą ponownie: crm file <klient> <kiedy>`,
    filedElsewhere: (p) =>
      `${pick(p.count, {
        one: `${p.count} teczka jest odłożona gdzie indziej, niż mówi jej historia`,
        few: `${p.count} teczki są odłożone gdzie indziej, niż mówią ich historie`,
        many: `${p.count} teczek jest odłożonych gdzie indziej, niż mówią ich historie`,
      })}: ${listed(
        p.handles.map((handle, i) => `${handle} na ${p.on[i]}, według historii ${p.says[i] ?? 'zamknięta'}`),
        p.count,
      )}`,
    unsafeHandles: (p) =>
      `${pick(p.count, {
        one: `${p.count} teczka ma skrót, którego crm by nie przyjął`,
        few: `${p.count} teczki mają skróty, których crm by nie przyjął`,
        many: `${p.count} teczek ma skróty, których crm by nie przyjął`,
      })} (${dates.handleRule}): ${listed(p.handles, p.count)}`,
    unsafeDocuments: (p) =>
      `${pick(p.count, {
        one: `${p.count} dokument ma za nazwę ścieżkę albo nie ma nazwy`,
        few: `${p.count} dokumenty mają za nazwę ścieżkę albo nie mają nazwy`,
        many: `${p.count} dokumentów ma za nazwę ścieżkę albo nie ma nazwy`,
      })} (${dates.documentNameRule}): ${listed(p.documents, p.count)}`,
    unsafeUndo: (p) =>
      `${pick(p.count, {
        one: `${p.count} zapis do cofania przywróciłby`,
        few: `${p.count} zapisy do cofania przywróciłyby`,
        many: `${p.count} zapisów do cofania przywróciłoby`,
      })} skrót albo nazwę dokumentu, jakich crm by nie przyjął: ${listed(p.names, p.count)}`,
    wordless: (p) =>
      `${pick(p.count, {
        one: `${p.count} teczka nie ma słów wyszukiwania, więc żadna nazwa klienta jej nie znajdzie`,
        few: `${p.count} teczki nie mają słów wyszukiwania, więc żadna nazwa klienta ich nie znajdzie`,
        many: `${p.count} teczek nie ma słów wyszukiwania, więc żadna nazwa klienta ich nie znajdzie`,
      })}: ${listed(p.handles, p.count)}`,
    staleText: (p) =>
      `${pick(p.count, {
        one: `tekst crm find dla ${p.count} teczki jest nieaktualny`,
        few: `teksty crm find dla ${p.count} teczek są nieaktualne`,
        many: `teksty crm find dla ${p.count} teczek są nieaktualne`,
      })}: ${listed(p.handles, p.count)}`,
    staleHistory: (p) =>
      `${pick(p.count, {
        one: `tekst historii crm find dla ${p.count} teczki jest nieaktualny`,
        few: `teksty historii crm find dla ${p.count} teczek są nieaktualne`,
        many: `teksty historii crm find dla ${p.count} teczek są nieaktualne`,
      })}: ${listed(p.handles, p.count)}`,
    findIndex: 'indeks crm find nie zgadza się z teczkami',
    historyIndex: 'indeks historii crm find nie zgadza się z historiami teczek',
    miscounted: (p) =>
      pick(p.count, {
        one: `licznik odłożeń ${p.count} dnia nie zgadza się z teczkami odłożonymi na ten dzień`,
        few: `liczniki odłożeń ${p.count} dni nie zgadzają się z teczkami odłożonymi na te dni`,
        many: `liczniki odłożeń ${p.count} dni nie zgadzają się z teczkami odłożonymi na te dni`,
      }),
  },
  unchecked: {
    readOnlyIndex: (p) => `indeks find: segregator jest tylko do odczytu (${p.why}), a SQLite, sprawdzając ten indeks, zapisuje`,
    onServer: 'spójność pliku: segregator jest na serwerze PostgreSQL, który sam sprawdza i kopiuje swoje dane (pg_dump); crm export wypisze jego zawartość',
  },
};
