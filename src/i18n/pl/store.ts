// Polski: błędy segregatora i serwera tak, jak czyta je użytkownik (commands/words.ts).
import type { Catalogue } from '../catalogue.js';

export const store: Catalogue['store'] = {
  damaged: (p) => `segregator ${p.path} ${p.what} (SQLite: ${p.reason}); nic nie zostało zapisane. crm doctor powie, co jest nie tak; ${p.restore}`,
  isDamaged: 'jest uszkodzony',
  damagedOrNot: 'jest uszkodzony albo w ogóle nie jest plikiem SQLite',
  restoreNewest: (p) => `crm restore ${p.copy} przywróci najnowszą kopię`,
  noCopy: (p) => `w ${p.folder} nie ma kopii do przywrócenia (crm restore <kopia> przyjmie kopię zrobioną gdzie indziej)`,
  noFolder: (p) => `nie ma folderu ${p.folder} na segregator ${p.path}; najpierw go utwórz (mkdir -p ${p.folder}) albo wskaż inny segregator przez --db`,
  isDirectory: (p) => `${p.path} jest folderem, a nie plikiem segregatora; wskaż plik w nim (--db ${p.inside})`,
  anotherProgram: (p) => `${p.path} to baza SQLite innego programu, a nie segregator crm; wskaż segregator przez --db albo CRM_DB`,
  newer: (p) => `${p.path} zapisał nowszy crm (wersja segregatora ${p.version}, ten crm zna wersje do ${p.newest}); zaktualizuj crm, aby go otworzyć`,
  readOnly: (p) => `segregator ${p.path} jest tylko do odczytu (${p.why}); nic nie zostało zapisane. Czytanie działa; aby go zmieniać, nadaj prawo zapisu`,
  cannotOpen: (p) => `nie można otworzyć segregatora ${p.path} (${p.code}); sprawdź, czy plik i jego folder należą do ciebie i można w nich pisać`,
  cannotCopy: (p) =>
    `nie można skopiować ${p.path} do ${p.where} przed aktualizacją (${p.reason}); nic nie zostało zmienione, zwolnij trochę miejsca albo popraw uprawnienia folderu i spróbuj ponownie`,
  cannotUpgrade: (p) => `nie można zaktualizować ${p.path} z wersji segregatora ${p.from} do ${p.to} (${p.reason}); segregator jest taki jak był, a kopia jest w ${p.where}`,
  backupsRefused: {
    anotherUser: (p) => `nie można trzymać kopii segregatora w ${p.folder}: należy do innego użytkownika (uid ${p.uid}); przenieś go, a crm utworzy tam własny folder`,
    openToOthers: (p) => `nie można trzymać kopii segregatora w ${p.folder}: mogą z niego korzystać inni (tryb ${p.mode}); zostaw go tylko sobie: chmod 700 ${p.folder}`,
    symbolicLink: (p) => `nie można trzymać kopii segregatora w ${p.folder}: to dowiązanie symboliczne; przenieś je, a crm utworzy tam własny folder`,
    notAFolder: (p) => `nie można trzymać kopii segregatora w ${p.folder}: to nie jest folder; przenieś to, a crm utworzy tam własny folder`,
  },
  notRestorable: (p) => `nie można przywrócić ${p.path}: ${p.why}; wskaż kopię zapisaną przez crm backup (są w ${p.backups})`,
  noDossier: (p) => `nie ma teczki "${p.handle}"`,
  handleUnseen: (p) =>
    `skrót "${p.handle}" jest zajęty przez teczkę współpracownika, której nie widzisz; nic nie zostało zapisane. Odłóż swoją pod innym skrótem: crm file ${p.handle}-2 <kiedy> --name "..."`,
  handleTaken: (p) => `w międzyczasie inny crm odłożył teczkę pod skrótem "${p.handle}"; nic nie zostało zapisane, spróbuj ponownie`,
  badUrl: (p) => `${p.url} nie jest adresem segregatora na serwerze: ${p.why}${p.hint}`,
  writeUrl: '; napisz postgres://<user>@<host>:<port>/<database>?options=-csearch_path%3D<schema>',
  nulOnServer:
    'segregator na serwerze PostgreSQL nie może przechować tekstu ze znakiem U+0000 (NUL), a zmiana go zawiera; usuń go i spróbuj ponownie; nic nie zostało zapisane',
  changedSince: (p) =>
    `crm undo cofnęłoby twoją zmianę "${p.summary}" (${p.at}), ale od tamtej pory ${p.others.join(' i ')} ${p.others.length === 1 ? 'zapisał(a)' : 'zapisali'} coś w ${p.where.join(', ')} (pierwszy raz ${p.first}); nic nie zostało zapisane. Zmień to ręcznie (crm show ${p.handle})`,
  someone: 'ktoś',
  idTooLarge: (p) => `segregator zawiera identyfikator ${p.id}, większy niż crm umie dokładnie policzyć (2^53): zapisał go inny program; crm nie czyta dalej`,
  server: {
    unreachable: (p) => `nie można połączyć się z serwerem segregatora (${p.where}): ${p.code}; sprawdź, czy serwer działa i czy host i port w --db albo CRM_DB są poprawne`,
    loginRefused: (p) => `serwer odmówił zalogowania ${p.user} do segregatora (${p.where}): ${p.reason}; sprawdź nazwę użytkownika i hasło w adresie, PGPASSWORD albo ~/.pgpass`,
    noDatabase: (p) => `na serwerze nie ma bazy ${p.database} dla segregatora (${p.where}); sprawdź nazwę bazy w --db albo CRM_DB albo poproś administratora serwera, by ją utworzył`,
    connectTimeout: (p) => `serwer segregatora (${p.where}) nie odpowiedział na czas; sprawdź host, port i sieć (connect_timeout=<sekundy> w adresie wydłuża czekanie)`,
    lockTimeout: (p) => `inny crm zbyt długo trzymał segregator (${p.where}); nic nie zostało zapisane, spróbuj ponownie`,
    statementTimeout: (p) => `serwer segregatora (${p.where}) zbyt długo nie odpowiadał; nic nie zostało zapisane. Spróbuj ponownie albo zapytaj administratora, czy serwer nie jest przeciążony`,
    dropped: (p) => `połączenie z serwerem segregatora (${p.where}) zostało zerwane; spróbuj ponownie (crm changes pokaże, czy zmiana została zapisana)`,
    refused: (p) => `serwer segregatora (${p.where}) odmówił: ${p.reason} (SQLSTATE ${p.sqlstate}); nic nie zostało zapisane`,
  },
  serverBinder: {
    none: (p) => `w ${p.where} nie ma segregatora; crm team init go tam utworzy`,
    anotherProgram: (p) =>
      `${p.where} zawiera tabele innego programu (${p.tables.join(', ')}${p.more > 0 ? ` i ${p.more} innych` : ''}), a nie segregator crm; wskaż pusty schemat przez options=-csearch_path%3D<schema> w adresie`,
    already: (p) => `w ${p.where} jest już segregator (wersja ${p.version}); nic nie zostało zmienione. crm team upgrade go zaktualizuje; możesz też wskazać inny schemat`,
    older: (p) =>
      `segregator w ${p.where} ma wersję ${p.version}, starszą niż ${p.newest} tego crm; kto opiekuje się segregatorem zespołu, uruchamia crm team upgrade (inne polecenia nigdy nie aktualizują segregatora na serwerze)`,
    newer: (p) => `segregator w ${p.where} ma wersję ${p.version}, zapisaną przez nowszy crm (ten zna wersje do ${p.newest}); zaktualizuj crm, aby z niego korzystać`,
    unknownVersion: (p) =>
      `segregator w ${p.where} podaje wersję ${p.version}, której żaden crm nie tworzył na serwerze; nic nie zostało zmienione. Przywróć kopię z serwera (pg_dump) albo zapytaj, kto zmieniał crm_meta`,
    cLocale: (p) =>
      `baza ${p.database} ma typ znaków ${p.ctype}, w którym crm find nie zaindeksuje nazw zapisanych innym pismem niż łacińskie; utwórz segregator w bazie z lokalizacją UTF-8 (CREATE DATABASE <name> LC_CTYPE 'C.UTF-8' TEMPLATE template0)`,
    noTrgm: (p) => `crm find potrzebuje rozszerzenia pg_trgm, którego crm nie mógł utworzyć na serwerze ${p.where} (${p.reason}); poproś administratora, by uruchomił CREATE EXTENSION pg_trgm w tej bazie`,
    noRoles: (p) =>
      `segregator zespołu potrzebuje dwóch ról grupowych, ${p.roles.join(' i ')}, których twój login nie może utworzyć na serwerze ${p.where} (${p.reason}); poproś administratora, by uruchomił ${p.create}, albo uruchom crm team init jako login z CREATEROLE`,
  },
  people: {
    noLogin: (p) => `na serwerze nie ma loginu ${p.login}, a twój login nie może go utworzyć; poproś administratora serwera, by uruchomił ${p.create}, a potem ponów crm team add ${p.login}`,
    mayNotGrant: (p) =>
      `twój login nie może nadać ${p.login} ${p.roles.length === 1 ? 'roli' : 'ról'} zespołu ${p.roles.join(' i ')}; może to zrobić administrator segregatora (ten, kto uruchomił crm team init) albo kierownik dodany z --manager`,
    already: (p) => `${p.login} jest już w zespole; crm team pokazuje, kto w nim jest`,
  },
  needsServer: (p) =>
    `crm ${p.command} działa na segregatorze na serwerze PostgreSQL; ${p.path} to plik. Wskaż serwer: --db postgres://<user>@<host>/<database>?options=-csearch_path%3D<schema>`,
  needsTeam: (p) =>
    `crm ${p.command} działa na segregatorze zespołu, na serwerze PostgreSQL; ${p.path} to plik segregatora, którego jedyny użytkownik jest właścicielem każdej teczki. Wskaż segregator zespołu: --db postgres://<user>@<host>/<database>?options=-csearch_path%3D<schema>`,
  needsFile: (p) =>
    `crm ${p.command} działa na segregatorze trzymanym w pliku; ten segregator jest na serwerze PostgreSQL, który sam trzyma swoje kopie (pg_dump); crm export wypisze jego zawartość`,
};
