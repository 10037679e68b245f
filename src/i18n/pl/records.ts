// Polski: czego odmawiają crm promise, crm complaint, crm form, crm edit, crm attach i crm docs.
import type { Catalogue } from '../catalogue.js';

export const records: Catalogue['records'] = {
  noPromise: (p) => `nie ma obietnicy ${p.id}; otwarte wypisuje crm promises`,
  promiseKept: (p) => `obietnica ${p.id} jest już dotrzymana (${p.day})`,
  noComplaint: (p) => `nie ma reklamacji ${p.id}; otwarte wypisuje crm complaints`,
  complaintResolved: (p) => `reklamacja ${p.id} jest już załatwiona (${p.day})`,
  sayHowResolved: (p) => `napisz, jak ją załatwiono: crm complaint resolve ${p.id} --note "wymieniono części"`,
  editNeedsFields: 'edit potrzebuje pól do zmiany (crm edit acme --phone "+48 22 555 01 02") albo terminala dla $EDITOR',
  cannotRead: (p) => `nie można odczytać ${p.path} (${p.code}); sprawdź ścieżkę`,
  notValid: (p) => `${p.path} to niepoprawny ${p.format}: ${p.detail}`,
  noFormYet: (p) => `nie ma formularza "${p.name}"; dodaj go przez crm form add <plik>`,
  noForm: (p) => `nie ma formularza "${p.name}"; segregator ma: ${p.names}`,
  fieldNotPair: (p) => `--field "${p.pair}" nie ma postaci klucz=wartość; wpisz np. --field budget=12000`,
  attachBoth: 'attach przyjmuje pliki albo --link <url|ścieżka>, nie jedno i drugie: dołącz pliki i link osobno',
  attachNeedsFiles: 'attach potrzebuje plików (crm attach acme oferta.pdf) albo --link <url>',
  nameTaken: (p) => `${p.handle} ma już dokument o nazwie ${p.name}; zmień nazwę pliku i dołącz go ponownie`,
  notAFile: (p) => `${p.file} nie jest plikiem; dołączaj pliki pojedynczo albo pliki folderu wzorcem powłoki`,
  overLimit: (p) => `${p.file} ma ${p.size}, ponad limit segregatora ${p.limit}; dołącz go przez --link <ścieżka lub url> albo podnieś limit (crm config attach-limit 50MB)`,
  linkEmpty: '--link potrzebuje adresu URL albo ścieżki',
  documentsMatch: (p) => `"${p.name}" pasuje do ${p.count} dokumentów teczki ${p.handle}: ${p.names}; wpisz więcej z nazwy`,
  noDocuments: (p) => `${p.handle} nie ma dokumentu o nazwie ${p.name}`,
  noDocument: (p) => `${p.handle} nie ma dokumentu o nazwie ${p.name}; ma: ${p.names}`,
  isLink: (p) => `${p.name} to link, nie zapisany plik: ${p.link}`,
  exists: (p) => `${p.path} już istnieje; dodaj --force, aby go nadpisać, albo -o <inna ścieżka>`,
  isFolder: (p) => `${p.path} to folder; podaj -o <inna ścieżka>`,
  noFolder: (p) => `folder ${p.folder} nie istnieje; najpierw go utwórz albo podaj inną ścieżkę przez -o`,
};
