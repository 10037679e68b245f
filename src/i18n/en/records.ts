// English: what crm promise, crm complaint, crm form, crm edit, crm attach and crm docs refuse
// (commands/{promises,complaints,forms,edit,documents}.ts). Names, paths and commands are data.
import { lazyArea } from '../lazy.js';

export const records = lazyArea(() => ({
  noPromise: (p: { id: number }) => `there is no promise ${p.id}; crm promises lists the open ones`,
  promiseKept: (p: { id: number; day: string }) => `promise ${p.id} was kept already (${p.day})`,
  noComplaint: (p: { id: number }) => `there is no complaint ${p.id}; crm complaints lists the open ones`,
  complaintResolved: (p: { id: number; day: string }) => `complaint ${p.id} was resolved already (${p.day})`,
  /** The suggestion names the complaint typed: it is the one to resolve. */
  sayHowResolved: (p: { id: number }) => `say how it was resolved: crm complaint resolve ${p.id} --note "replaced the parts"`,
  editNeedsFields: 'edit needs the fields to change (crm edit acme --phone "+48 22 555 01 02"), or a terminal for $EDITOR',
  cannotRead: (p: { path: string; code: string }) => `cannot read ${p.path} (${p.code}); check the path`,
  /** A form file that does not parse: the parser's own first line after it. */
  notValid: (p: { path: string; format: string; detail: string }) => `${p.path} is not valid ${p.format}: ${p.detail}`,
  noFormYet: (p: { name: string }) => `there is no form "${p.name}"; add one with crm form add <file>`,
  noForm: (p: { name: string; names: string }) => `there is no form "${p.name}"; the binder has ${p.names}`,
  fieldNotPair: (p: { pair: string }) => `--field "${p.pair}" is not key=value; type --field budget=12000`,
  attachBoth: 'attach takes files or --link <url|path>, not both: attach the files and the link one after the other',
  attachNeedsFiles: 'attach needs files (crm attach acme offer.pdf) or --link <url>',
  nameTaken: (p: { handle: string; name: string }) => `${p.handle} has a document named ${p.name} already; rename the file and attach it again`,
  notAFile: (p: { file: string }) => `${p.file} is not a file; attach files one by one, or a folder's files with a shell glob`,
  overLimit: (p: { file: string; size: string; limit: string }) =>
    `${p.file} is ${p.size}, over the binder's limit of ${p.limit}; attach it with --link <path or url>, or raise the limit (crm config attach-limit 50MB)`,
  linkEmpty: '--link needs a URL or a path',
  documentsMatch: (p: { name: string; count: number; handle: string; names: string }) =>
    `"${p.name}" matches ${p.count} documents of ${p.handle}: ${p.names}; type more of the name`,
  noDocuments: (p: { handle: string; name: string }) => `${p.handle} has no document named ${p.name}`,
  noDocument: (p: { handle: string; name: string; names: string }) => `${p.handle} has no document named ${p.name}; it has ${p.names}`,
  isLink: (p: { name: string; link: string }) => `${p.name} is a link, not a stored file: ${p.link}`,
  exists: (p: { path: string }) => `${p.path} exists; add --force to overwrite it, or -o <another path>`,
  isFolder: (p: { path: string }) => `${p.path} is a folder; give -o <another path>`,
  noFolder: (p: { folder: string }) => `the folder ${p.folder} does not exist; make it first, or give -o another path`,
}));
