// crm attach and crm docs: the documents of the case, kept inside the binder (one file to back up
// or hand over), or as references to where they live.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fold } from '../binder/fold.js';
import { documentNameProblem, documentNameRule } from '../binder/names.js';
import { formatSize } from '../binder/size.js';
import { NOTES } from '../binder/entry-notes.js';
import { about, BODIES } from '../binder/summaries.js';
import { writeWhole } from '../exchange/output.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { records as english } from '../i18n/en/records.js';
import type { DocumentInfo } from '../store/store.js';
import { commitChange, type Changed } from './change.js';
import type { Deps } from './deps.js';
import { requireClient } from './lookup.js';

const say = messages('records', english);

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
  if (input.link !== undefined && input.files.length > 0) throw new UserError(say().attachBoth);
  const documents = input.link !== undefined ? [linkDocument(input.link)] : input.files.map((file) => storedDocument(file, deps.settings.attachLimit));
  if (documents.length === 0) throw new UserError(say().attachNeedsFiles);
  for (const d of documents) {
    if (existing.has(d.name)) throw new UserError(say().nameTaken({ handle: dossier.handle, name: d.name }));
    existing.add(d.name);
  }
  const changed = await commitChange(deps, {
    command: 'attach',
    summary: about(dossier.handle, BODIES.attached.make({ names: documents.map((d) => d.name).join(', ') })),
    at,
    documents: documents.map((d) => ({ ...d, handle: dossier.handle })),
    updates: [{ handle: dossier.handle, entries: documents.map((d) => ({ at, kind: 'attached' as const, note: d.link ? NOTES.link.make({ name: d.name }) : d.name })) }],
  });
  const names = new Set(documents.map((d) => d.name));
  return { ...changed, attached: (await deps.store.documents(dossier.handle)).filter((d) => names.has(d.name)) };
}

function storedDocument(file: string, limit: number) {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new UserError(say().notAFile({ file }));
    size = stat.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(say().cannotRead({ path: file, code: (error as NodeJS.ErrnoException).code ?? 'error' }));
  }
  if (size > limit) {
    throw new UserError(say().overLimit({ file, size: formatSize(size), limit: formatSize(limit) }));
  }
  const name = basename(file);
  const problem = documentNameProblem(name);
  if (problem) throw new UserError(`${file}: its name ${problem}; ${documentNameRule()}, so rename the file and attach it again`);
  const content = readFileSync(file);
  return {
    name,
    type: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
    link: null,
  };
}

function linkDocument(link: string) {
  if (link.trim() === '') throw new UserError(say().linkEmpty);
  const last = basename(link.replace(/[?#].*$/, '').replace(/\/+$/, ''));
  // A link's name is only a label, but a plain file name like any document's.
  const name = documentNameProblem(last) === undefined ? last : 'link';
  return { name, type: 'link', size: null, sha256: null, content: null, link };
}

export async function listDocuments(input: { client: string }, deps: Deps): Promise<{ handle: string; documents: DocumentInfo[] }> {
  const dossier = await requireClient(deps.store, input.client);
  return { handle: dossier.handle, documents: await deps.store.documents(dossier.handle) };
}

/**
 * The document `name` names among the dossier's: its exact name, else one name that folds to it
 * (case and accents aside), else the one name that starts with it, folded, as a client is named
 * by a prefix. Several: each is named, and nothing is written.
 */
export async function getDocument(input: { client: string; name: string }, deps: Deps) {
  const dossier = await requireClient(deps.store, input.client);
  const exact = await deps.store.document(dossier.handle, input.name);
  if (exact) return { handle: dossier.handle, document: exact };
  const names = (await deps.store.documents(dossier.handle)).map((d) => d.name);
  const typed = fold(input.name);
  const same = names.filter((name) => fold(name) === typed);
  const matching = same.length > 0 ? same : typed === '' ? [] : names.filter((name) => fold(name).startsWith(typed));
  if (matching.length > 1) {
    throw new UserError(say().documentsMatch({ name: input.name, count: matching.length, handle: dossier.handle, names: matching.join(', ') }));
  }
  const document = matching[0] === undefined ? undefined : await deps.store.document(dossier.handle, matching[0]);
  if (!document) {
    throw new UserError(
      names.length > 0 ? say().noDocument({ handle: dossier.handle, name: input.name, names: names.join(', ') }) : say().noDocuments({ handle: dossier.handle, name: input.name }),
    );
  }
  return { handle: dossier.handle, document };
}

/** A stored document's bytes; a link has none to write. */
export function storedContent(document: { name: string; content: Buffer | null; link: string | null }): Buffer {
  if (!document.content) throw new UserError(say().isLink({ name: document.name, link: document.link ?? '' }));
  return document.content;
}

export interface SaveInput {
  client: string;
  name: string;
  /** A file, or a folder to write into under the document's name; the current folder when undefined. */
  output?: string;
  /** Replace a file that is there. */
  force: boolean;
}

/**
 * crm docs --get: writes a document out as `export -o` writes (exchange/output.ts): a new
 * owner-only file beside the target, renamed over it. So a symlink at the target is replaced, never
 * written through, and an old file's mode is not kept. Under its own name, a document is only ever
 * written inside the folder given: a name with a path in it (from a file made elsewhere) is refused.
 */
export async function saveDocument(input: SaveInput, deps: Deps) {
  const { handle, document } = await getDocument(input, deps);
  const content = storedContent(document);
  const folder = input.output === undefined ? '.' : isFolder(input.output) ? input.output : undefined;
  if (folder !== undefined) {
    const problem = documentNameProblem(document.name);
    if (problem) {
      throw new UserError(
        `${handle}'s document ${JSON.stringify(document.name)} ${problem}, so it is not written under its name (${documentNameRule()}); give a file to write with -o <file>`,
      );
    }
  }
  const path = folder === undefined ? (input.output as string) : folder === '.' ? document.name : join(folder, document.name);
  // lstat: a symlink is there even when what it points at is not.
  if (!input.force && exists(path)) throw new UserError(say().exists({ path }));
  if (isFolder(path)) throw new UserError(say().isFolder({ path }));
  if (!existsSync(dirname(path))) throw new UserError(say().noFolder({ folder: dirname(path) }));
  // Always to a file: standard output (-o -) is written by the command's own output.
  await writeWhole(path, null, (output) => output.write(content));
  return { written: path, handle, document };
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
