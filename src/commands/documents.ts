// crm attach and crm docs: the documents of the case, kept inside the binder (one file to back up
// or hand over), or as references to where they live.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { formatSize } from '../binder/size.js';
import { UserError } from '../errors.js';
import type { DocumentInfo } from '../store/store.js';
import { commitChange, type Changed } from './change.js';
import type { Deps } from './deps.js';
import { requireClient } from './lookup.js';

/** Media types by file ending: what a document is, for the list and for whoever opens it. */
const TYPES: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.eml': 'message/rfc822',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.zip': 'application/zip',
};

export interface AttachInput {
  client: string;
  files: string[];
  /** A URL or path stored as a reference instead of a file. */
  link?: string;
}

export interface AttachResult extends Changed {
  attached: DocumentInfo[];
}

export async function attachDocuments(input: AttachInput, deps: Deps): Promise<AttachResult> {
  const dossier = await requireClient(deps.store, input.client);
  const existing = new Set((await deps.store.documents(dossier.handle)).map((d) => d.name));
  const at = deps.now();
  if (input.link !== undefined && input.files.length > 0) throw new UserError('attach takes files or --link <url|path>, not both: attach the files and the link one after the other');
  const documents = input.link !== undefined ? [linkDocument(input.link)] : input.files.map((file) => storedDocument(file, deps.settings.attachLimit));
  if (documents.length === 0) throw new UserError('attach needs files (crm attach acme offer.pdf) or --link <url>');
  for (const d of documents) {
    if (existing.has(d.name)) throw new UserError(`${dossier.handle} has a document named ${d.name} already; rename the file and attach it again`);
    existing.add(d.name);
  }
  const changed = await commitChange(deps, {
    command: 'attach',
    summary: `${dossier.handle}: attached ${documents.map((d) => d.name).join(', ')}`,
    at,
    documents: documents.map((d) => ({ ...d, handle: dossier.handle })),
    updates: [{ handle: dossier.handle, entries: documents.map((d) => ({ at, kind: 'attached' as const, note: d.link ? `${d.name} (link)` : d.name })) }],
  });
  const names = new Set(documents.map((d) => d.name));
  return { ...changed, attached: (await deps.store.documents(dossier.handle)).filter((d) => names.has(d.name)) };
}

function storedDocument(file: string, limit: number) {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new UserError(`${file} is not a file; attach files one by one, or a folder's files with a shell glob`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}); check the path`);
  }
  if (size > limit) {
    throw new UserError(`${file} is ${formatSize(size)}, over the binder's limit of ${formatSize(limit)}; attach it with --link <path or url>, or raise the limit (crm config attach-limit 50MB)`);
  }
  const content = readFileSync(file);
  return {
    name: basename(file),
    type: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
    link: null,
  };
}

function linkDocument(link: string) {
  if (link.trim() === '') throw new UserError('--link needs a URL or a path');
  const name = basename(link.replace(/[?#].*$/, '').replace(/\/+$/, '')) || link;
  return { name, type: 'link', size: null, sha256: null, content: null, link };
}

export async function listDocuments(input: { client: string }, deps: Deps): Promise<{ handle: string; documents: DocumentInfo[] }> {
  const dossier = await requireClient(deps.store, input.client);
  return { handle: dossier.handle, documents: await deps.store.documents(dossier.handle) };
}

/** One document, content included, to be written back out byte for byte. */
export async function getDocument(input: { client: string; name: string }, deps: Deps) {
  const dossier = await requireClient(deps.store, input.client);
  const document = await deps.store.document(dossier.handle, input.name);
  if (!document) {
    const names = (await deps.store.documents(dossier.handle)).map((d) => d.name);
    throw new UserError(`${dossier.handle} has no document named ${input.name}${names.length > 0 ? `; it has ${names.join(', ')}` : ''}`);
  }
  return { handle: dossier.handle, document };
}

