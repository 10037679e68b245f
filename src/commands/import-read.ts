// Reading a file crm import was given: its format (by its name, else by how its text begins), its
// text (UTF-8, or UTF-16 as Excel saves it), and a file that cannot be read refused in one line.
import { createReadStream, ReadStream, statSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { extname } from 'node:path';
import { CONTACTS_FILE_LIMIT, sizeText } from '../exchange/contacts.js';
import { UserError } from '../errors.js';
import { peekStandardInput } from '../stdin.js';
import type { ImportFormat } from './import-result.js';
import type { Input } from '../io.js';
import { messages } from '../i18n/catalogue.js';
import { exchange as english } from '../i18n/en/exchange.js';

const say = messages('exchange', english);

/**
 * A contacts file's text, read up to CONTACTS_FILE_LIMIT and refused past it, so that `crm import
 * /dev/zero` ends. (A crm export is read as a stream by import-json.ts.)
 */
export async function readInput(file: string, format: ImportFormat, stdin: Input): Promise<string> {
  const name = file === '-' ? say().words.standardInput : file;
  let chunks: AsyncIterable<Buffer>;
  if (file === '-') {
    refuseTerminal(stdin);
    chunks = stdin as AsyncIterable<Buffer>;
  } else {
    let size: number;
    try {
      const stats = statSync(file);
      if (stats.isDirectory()) throw new UserError(say().refused.folder({ file }));
      size = stats.isFile() ? stats.size : 0;
    } catch (error) {
      if (error instanceof UserError) throw error;
      throw cannotRead(file, error);
    }
    if (format !== 'json' && size > CONTACTS_FILE_LIMIT) throw tooLarge(name, size);
    chunks = createReadStream(file);
  }
  const read: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      read.push(bytes);
      length += bytes.length;
      if (length > CONTACTS_FILE_LIMIT) {
        if (chunks instanceof ReadStream) chunks.destroy();
        throw tooLarge(name, undefined);
      }
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw cannotRead(file, error);
  }
  return decode(Buffer.concat(read, length), name, file === '-');
}


function tooLarge(name: string, size: number | undefined): UserError {
  const limit = sizeText(CONTACTS_FILE_LIMIT);
  return new UserError(size === undefined ? say().refused.tooLargeRead({ file: name, limit }) : say().refused.tooLarge({ file: name, size: sizeText(size), limit }));
}

/** Text: UTF-8 (a BOM is dropped by the parsers), or UTF-16 with its BOM as Excel saves "Unicode text". `name` as messages say it. */
function decode(bytes: Buffer, name: string, standardInput: boolean): string {
  const unicode = utf16Text(bytes);
  if (unicode !== undefined) return unicode;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(say().refused.notUtf8({ file: name, example: standardInput ? say().refused.exampleFile : name }));
  }
}

export function formatByName(file: string): ImportFormat | undefined {
  const extension = extname(file).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.vcf' || extension === '.vcard') return 'vcard';
  if (extension === '.csv' || extension === '.tsv' || extension === '.txt') return 'csv';
  return undefined;
}

/** The format a file's text begins like: a JSON object, a vCard, else CSV. */
export function formatOf(text: string): ImportFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return 'json';
  if (/^BEGIN:VCARD/i.test(start)) return 'vcard';
  return 'csv';
}

/** A file that cannot be opened or read, in one line. */
export function cannotRead(file: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'ENOENT') return new UserError(say().noFile({ file }));
  if (code === 'EISDIR') return new UserError(say().importFolder({ file }));
  return new UserError(say().cannotRead({ file, code }));
}

/** The start of the file as text, enough to tell a crm export from contacts; standard input is read no further than its first chunk, which is put back. */
export async function peekText(file: string, stdin: Input): Promise<string> {
  let bytes: Buffer;
  if (file === '-') {
    refuseTerminal(stdin);
    bytes = await peekStandardInput(stdin);
  } else {
    let handle: FileHandle | undefined;
    try {
      handle = await open(file, 'r');
      bytes = Buffer.alloc(4096);
      bytes = bytes.subarray(0, (await handle.read(bytes, 0, bytes.length, 0)).bytesRead);
    } catch (error) {
      throw cannotRead(file, error);
    } finally {
      await handle?.close();
    }
  }
  return utf16Text(bytes) ?? bytes.toString('utf8');
}

function refuseTerminal(stdin: Input): void {
  if (stdin.isTTY) throw new UserError(say().refused.pipeIn);
}

/** UTF-16 text with its byte order mark, as Excel saves "Unicode text"; undefined for anything else. */
function utf16Text(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return undefined;
}
