// Български: какво отказват crm promise, crm complaint, crm form, crm edit, crm attach и crm docs.
import type { Catalogue } from '../catalogue.js';

export const records: Catalogue['records'] = {
  noPromise: (p) => `няма обещание ${p.id}; crm promises показва отворените`,
  promiseKept: (p) => `обещание ${p.id} вече е изпълнено (${p.day})`,
  noComplaint: (p) => `няма рекламация ${p.id}; crm complaints показва отворените`,
  complaintResolved: (p) => `рекламация ${p.id} вече е уредена (${p.day})`,
  sayHowResolved: (p) => `напишете как е уредена: crm complaint resolve ${p.id} --note "сменени са частите"`,
  editNeedsFields: 'edit иска полетата за промяна (crm edit acme --phone "+48 22 555 01 02") или терминал за $EDITOR',
  cannotRead: (p) => `${p.path} не може да се прочете (${p.code}); проверете пътя`,
  notValid: (p) => `${p.path} не е валиден ${p.format}: ${p.detail}`,
  noFormYet: (p) => `няма формуляр "${p.name}"; добавете с crm form add <файл>`,
  noForm: (p) => `няма формуляр "${p.name}"; класьорът има ${p.names}`,
  fieldNotPair: (p) => `--field "${p.pair}" не е ключ=стойност; напишете --field budget=12000`,
  attachBoth: 'attach приема файлове или --link <url|път>, не и двете: прикачете файловете и връзката поотделно',
  attachNeedsFiles: 'attach иска файлове (crm attach acme oferta.pdf) или --link <url>',
  nameTaken: (p) => `${p.handle} вече има документ с име ${p.name}; преименувайте файла и го прикачете отново`,
  notAFile: (p) => `${p.file} не е файл; прикачвайте файловете един по един или файловете на папка с шаблон на обвивката`,
  overLimit: (p) => `${p.file} е ${p.size}, над лимита на класьора от ${p.limit}; прикачете го с --link <път или url> или вдигнете лимита (crm config attach-limit 50MB)`,
  linkEmpty: '--link иска URL или път',
  documentsMatch: (p) => `"${p.name}" съвпада с ${p.count} документа на ${p.handle}: ${p.names}; напишете повече от името`,
  noDocuments: (p) => `${p.handle} няма документ с име ${p.name}`,
  noDocument: (p) => `${p.handle} няма документ с име ${p.name}; има ${p.names}`,
  isLink: (p) => `${p.name} е връзка, не записан файл: ${p.link}`,
  exists: (p) => `${p.path} съществува; добавете --force, за да го презапишете, или -o <друг път>`,
  isFolder: (p) => `${p.path} е папка; дайте -o <друг път>`,
  noFolder: (p) => `папката ${p.folder} не съществува; първо я създайте или дайте друг път с -o`,
};
