// A crm export read as it comes: bytes checked as UTF-8, parsed by a streaming JSON parser, each
// dossier checked as soon as it is complete and handed on in batches. Only a batch of dossiers is
// ever held, so an export of any size is read in little memory (a whole 4 GB export read into one
// string would not even fit in a JavaScript string). Errors say what really went wrong: the byte
// offset of bytes that are not UTF-8, the line and column of a syntax error, a file cut short, or
// the record and field that is wrong.
import { isUtf8 } from 'node:buffer';
import Tokenizer from '@streamparser/json/tokenizer.js';
import TokenParser from '@streamparser/json/tokenparser.js';
import TokenType from '@streamparser/json/utils/types/tokenType.js';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { exchange as english } from '../i18n/en/exchange.js';
import { checkDossier, checkFormat, checkHead, type ExportedDossier, type ExportHead } from './json.js';

/** A dossier of the export and its place in the file's list. */
export interface ReadDossier {
  index: number;
  dossier: ExportedDossier;
}

/** What the reader hands on: dossiers, and with the last batch, the document's head. */
export interface ExportBatch {
  dossiers: ReadDossier[];
  /** Set on the last batch only: the document's settings and forms, checked. */
  head?: ExportHead;
}

const say = messages('exchange', english);

const HEAD_KEYS = ['format', 'version', 'settings', 'forms'] as const;

/**
 * Reads a crm export from `chunks` (its bytes in order). Yields its dossiers, each checked, about
 * `batch` at a time, and last the head. Throws a UserError (nothing read is kept) at the first
 * thing wrong. The head is checked before the first dossier when the document has it first, as
 * crm writes it; else at the end.
 */
export async function* readExport(chunks: AsyncIterable<Uint8Array>, file: string, batch: number): AsyncGenerator<ExportBatch> {
  const text = new Utf8Check(file);
  const where = new Position();
  const head: Record<string, unknown> = {};
  let headChecked = false;
  let seen = 0;
  let pending: ReadDossier[] = [];
  let lastOffset = 0;
  let rootSeen = false;

  const tokenizer = new Tokenizer({ stringBufferSize: 64 * 1024, numberBufferSize: 64 });
  // @streamparser/json 0.0.26 decodes strings with a TextDecoder that drops a U+FEFF at the start
  // of each piece it decodes (ignoreBOM defaults to false), so a note that began with one came back
  // without it. Its string buffer gets a decoder that keeps it (the document's own BOM is the
  // tokenizer's to skip, and still is); the round-trip tests fail if this ever stops applying.
  const strings = (tokenizer as unknown as { bufferedString?: { decoder?: unknown } }).bufferedString;
  if (strings?.decoder) strings.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  // The dossiers one by one, and the document's other members whole (they are small). keepStack
  // false lets go of each dossier once it is handed over, so the list never grows; that holds
  // only while the list itself is not asked for, so "$.*" is not: other members are noted from
  // the tokens (below) for the check to refuse, as it refuses any member it does not know.
  const parser = new TokenParser({ paths: ['$.dossiers.*', ...HEAD_KEYS.map((name) => `$.${name}`)], keepStack: false });
  let depth = 0;
  let memberNext = false;
  tokenizer.onToken = (token) => {
    lastOffset = token.offset;
    if (!rootSeen) {
      rootSeen = true;
      // Anything but an object cannot be an export: say so now, not after reading all of it.
      if (token.token !== TokenType.LEFT_BRACE) checkFormat(token.value, file);
    }
    if (depth === 1 && memberNext && token.token === TokenType.STRING && !(String(token.value) in head)) head[String(token.value)] = undefined;
    memberNext = depth === 1 && token.token === TokenType.COMMA;
    if (token.token === TokenType.LEFT_BRACE || token.token === TokenType.LEFT_BRACKET) depth++;
    else if (token.token === TokenType.RIGHT_BRACE || token.token === TokenType.RIGHT_BRACKET) depth--;
    if (depth === 1 && token.token === TokenType.LEFT_BRACE) memberNext = true;
    parser.write(token);
  };
  // The parser passes on whatever a callback throws as its own error: a UserError stays one.
  tokenizer.onError = (error) => {
    if (error instanceof UserError) throw error;
    const offset = /absolute position "(\d+)"/.exec(error.message)?.[1];
    throw syntaxError(error, where.at(offset === undefined ? lastOffset : Number(offset)), file);
  };
  parser.onError = (error) => {
    if (error instanceof UserError) throw error;
    throw syntaxError(error, where.at(lastOffset), file);
  };
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 2) {
      if (typeof key !== 'number') throw new UserError(say().json.notAList({ file }));
      if (!headChecked && HEAD_KEYS.every((name) => head[name] !== undefined)) {
        checkHead({ ...head, dossiers: [] }, file);
        headChecked = true;
      }
      // A handle used twice is the reader's to refuse (the store lists the handles read so far:
      // a list of millions does not belong in memory).
      const dossier = checkDossier(value, key, file);
      pending.push({ index: key, dossier });
      seen++;
    } else if (stack.length === 1 && typeof key === 'string') {
      head[key] = value;
    }
  };

  let ended = false;
  parser.onEnd = () => (ended = true);
  for await (const chunk of chunks) {
    text.check(chunk);
    if (ended) {
      // Only white space may follow the document.
      const extra = chunk.findIndex((byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09);
      if (extra >= 0) throw syntaxError(new Error('more after the end of the document'), where.at(where.offset + extra), file);
    } else {
      where.current(chunk);
      tokenizer.write(chunk);
    }
    where.advance(chunk);
    if (pending.length >= batch) {
      yield { dossiers: pending };
      pending = [];
    }
  }
  text.end();
  if (!ended) {
    if (!rootSeen) throw new UserError(say().json.empty({ file }));
    throw new UserError(say().json.cutShort({ file, count: seen, at: where.at(where.offset) }));
  }
  // The dossiers were checked one by one; a document without the list is refused for lacking it.
  const checked = checkHead({ ...head, ...('dossiers' in head && { dossiers: [] }) }, file);
  yield { dossiers: pending, head: checked };
}

/** A syntax error as one line: what was found, and where. */
function syntaxError(error: Error, at: string, file: string): UserError {
  // The tokenizer's 'Unexpected ";" at chunk position...', the parser's 'Unexpected STRING ("name") in state...'.
  const character = /^Unexpected "(.+?)" at/.exec(error.message)?.[1];
  const token = /^Unexpected [A-Z_]+ \((.*)\) in state/.exec(error.message)?.[1];
  const m = say().json;
  const found = error.message.startsWith('more after')
    ? m.moreAfterEnd
    : character !== undefined
      ? m.unexpected({ found: `'${character}'` })
      : token !== undefined
        ? m.unexpected({ found: /^"[^\w\s]"$/.test(token) ? `'${token.slice(1, -1)}'` : token.length > 40 ? `${token.slice(0, 37)}...` : token })
        : error.message;
  return new UserError(m.notJson({ file, found, at }));
}

/**
 * Checks that bytes arriving in chunks are UTF-8, carrying a sequence split between two chunks
 * over to the next; names the byte offset of the first one that is not.
 */
class Utf8Check {
  private carry = Buffer.alloc(0);
  private offset = 0;

  constructor(private readonly file: string) {}

  check(chunk: Uint8Array): void {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const whole = completeLength(bytes);
    if (!isUtf8(bytes.subarray(0, whole))) this.refuse(this.offset + firstInvalid(bytes.subarray(0, whole)));
    this.offset += whole;
    this.carry = Buffer.from(bytes.subarray(whole));
  }

  end(): void {
    if (this.carry.length > 0) this.refuse(this.offset);
  }

  private refuse(offset: number): never {
    throw new UserError(say().json.notUtf8({ file: this.file, offset, hex: offset.toString(16) }));
  }
}

/** How many bytes of `bytes` end on a whole UTF-8 character: a lead byte near the end may wait for the rest. */
function completeLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead
    const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needs > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** Where in `bytes` (which isUtf8 refused) the first byte is that does not belong to a well-formed character. */
function firstInvalid(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length || !isUtf8(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return bytes.length;
}

/** Line and column (in characters) of a byte offset in the file, counted as the chunks go by. */
class Position {
  /** Bytes before the current chunk. */
  offset = 0;
  private line = 1;
  /** Characters on the current line before the current chunk. */
  private column = 0;
  private chunk: Uint8Array = new Uint8Array(0);

  advance(chunk: Uint8Array): void {
    const moved = move(this.line, this.column, chunk, chunk.length);
    this.line = moved.line;
    this.column = moved.column;
    this.offset += chunk.length;
    this.chunk = new Uint8Array(0);
  }

  /** Remembers the chunk being parsed, for `at` while it is. */
  current(chunk: Uint8Array): void {
    this.chunk = chunk;
  }

  /** "line 12, column 5" of the byte at `offset` (in the current chunk or at its start). */
  at(offset: number): string {
    const { line, column } = move(this.line, this.column, this.chunk, Math.max(0, Math.min(offset - this.offset, this.chunk.length)));
    return say().json.at({ line, column: column + 1 });
  }
}

function move(line: number, column: number, bytes: Uint8Array, end: number): { line: number; column: number } {
  let start = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0 && at < end; at = bytes.indexOf(0x0a, at + 1)) {
    line++;
    column = 0;
    start = at + 1;
  }
  // Characters, not bytes: a continuation byte is part of the character before it.
  for (let i = start; i < end; i++) if (((bytes[i] as number) & 0xc0) !== 0x80) column++;
  return { line, column };
}
