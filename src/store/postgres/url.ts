// Which server, database and schema a `postgres://` URL names, read as libpq reads it (the parts
// a crm binder needs: host, port, user, password, database, `options=-csearch_path=<schema>`, a
// socket folder as `?host=/var/run/postgresql`), and the password from the URL, PGPASSWORD or the
// password file (~/.pgpass, libpq's format and its 0600 rule). Nothing here connects; and no text
// made here for the user ever holds the password.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { messages } from '../../i18n/catalogue.js';
import { settings as englishSettings } from '../../i18n/en/settings.js';
import { storeWhy } from '../../i18n/en/storeWhy.js';
import { BadServerUrl } from '../errors.js';
import type { ServerPlace } from '../store.js';

/** A server binder as a URL names it. */
export interface ServerBinder {
  /** A host name or address, or a folder holding the server's Unix socket (starts with '/'). */
  host: string;
  port: number;
  user: string;
  /** Undefined when none was found: the server may not ask (trust, peer), else it refuses the login. */
  password: string | undefined;
  database: string;
  /** The schema the binder's tables are in: the URL's search_path, else `public`. */
  schema: string;
  /** The URL names the schema (a search_path); else the server's current_schema() is the binder's. */
  schemaNamed: boolean;
  /** The URL's `options` as given (passed on to the server), or undefined. */
  options: string | undefined;
  /** libpq's connect_timeout, in seconds (undefined: crm's own). */
  connectTimeout: number | undefined;
  /** libpq's sslmode (undefined: no TLS, as `prefer` is on a server that offers none). */
  sslmode: 'disable' | 'allow' | 'prefer' | 'require' | 'verify-ca' | 'verify-full' | undefined;
  /** Where the binder is, for the user's eyes: `schema s of database d on host:port as user`. Never the password. */
  where: string;
  /** The URL without its password: what `crm config --json` may show. */
  url: string;
}

/** Where the password comes from when the URL has none. Tests give their own. */
export interface PasswordSources {
  env: Record<string, string | undefined>;
  /** The user's home folder (the password file is `.pgpass` in it); undefined: none. */
  home: string | undefined;
  /** The system's name for the user running crm: libpq's user when nothing names one. */
  systemUser?: string | undefined;
}

/** What is wrong with a URL, said by the helpers below; readServerUrl makes it a BadServerUrl. */
class UrlProblem extends Error {
  constructor(
    message: string,
    /** The message says what to write instead: the line adds no example URL. */
    readonly example = false,
  ) {
    super(message);
  }
}

/** The reasons, in the run's language. */
const words = messages('storeWhy', storeWhy);
const said = () => words().url;

const SSLMODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;
const PARAMETERS = new Set(['host', 'hostaddr', 'port', 'user', 'password', 'dbname', 'options', 'sslmode', 'connect_timeout', 'application_name']);

/**
 * Reads a `postgres://` or `postgresql://` URL as libpq does. Missing parts come from PGHOST,
 * PGPORT, PGUSER, PGDATABASE, as libpq's; a host is always given a value (localhost), not libpq's
 * compiled-in socket folder. Throws BadServerUrl for a URL libpq would refuse.
 */
export function readServerUrl(text: string, sources: PasswordSources): ServerBinder {
  try {
    return readUrl(text, sources);
  } catch (error) {
    if (!(error instanceof UrlProblem)) throw error;
    // An @ after the host's / or ?: a password holding / or ? unencoded, which the parts read
    // above would quote back in pieces. Said without them.
    const rest = text.replace(/^postgres(?:ql)?:\/\//i, '');
    const cut = rest.search(/[/?]/);
    const atAfterHost = cut >= 0 && rest.indexOf('@', cut) > cut;
    throw new BadServerUrl(withoutPassword(text), atAfterHost ? said().atAfterHost : error.message, !atAfterHost && error.example);
  }
}

function readUrl(text: string, sources: PasswordSources): ServerBinder {
  const { env } = sources;
  const scheme = /^(postgres(?:ql)?):\/\//i.exec(text);
  if (!scheme) throw new UrlProblem(said().scheme);
  const rest = text.slice(scheme[0].length);
  // libpq's layout: [user[:password]@][host][:port][/dbname][?param=value&...]; the last @ ends the user part.
  const [beforeQuery = '', query] = splitOnce(rest, '?');
  const [authority = '', path] = splitOnce(beforeQuery, '/');
  const at = authority.lastIndexOf('@');
  const userInfo = at >= 0 ? authority.slice(0, at) : undefined;
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const [userPart, passwordPart] = userInfo === undefined ? [undefined, undefined] : splitOnce(userInfo, ':');
  const { host: urlHost, port: urlPort } = hostAndPort(hostPort);

  const params = new Map<string, string>();
  for (const pair of query ? query.split('&') : []) {
    if (pair === '') continue;
    const [key = '', value] = splitOnce(pair, '=');
    const name = decoded(key, () => said().parts.parameter);
    if (!PARAMETERS.has(name)) throw new UrlProblem(said().unknownParameter({ name, known: [...PARAMETERS].join(', ') }));
    if (value === undefined) throw new UrlProblem(said().noValue({ name }), true);
    params.set(name, decoded(value, () => said().parts.value({ name })));
  }

  const host = params.get('host') ?? (urlHost !== '' ? urlHost : undefined) ?? env.PGHOST ?? 'localhost';
  const portText = params.get('port') ?? (urlPort !== '' ? urlPort : undefined) ?? env.PGPORT ?? '5432';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) throw new UrlProblem(said().port({ port: portText }));
  const port = Number(portText);
  const user = params.get('user') ?? (userPart ? decoded(userPart, () => said().parts.user) : undefined) ?? env.PGUSER ?? sources.systemUser ?? env.USER ?? env.LOGNAME;
  if (!user) throw new UrlProblem(said().noUser, true);
  const database = params.get('dbname') ?? (path ? decoded(path, () => said().parts.database) : undefined) ?? env.PGDATABASE ?? user;
  if (database === '') throw new UrlProblem(said().noDatabase, true);
  const options = params.get('options');
  const named = searchPath(options);
  const schema = named ?? 'public';
  const timeout = params.get('connect_timeout');
  if (timeout !== undefined && !/^\d+$/.test(timeout)) throw new UrlProblem(said().timeout({ timeout }));
  const sslmode = params.get('sslmode');
  if (sslmode !== undefined && !SSLMODES.includes(sslmode as never)) throw new UrlProblem(said().sslmode({ sslmode, modes: SSLMODES.join(', ') }));
  const password = params.get('password') ?? (passwordPart !== undefined ? decoded(passwordPart, () => said().parts.password) : undefined) ?? passwordFor({ host, port, user, database }, sources);
  const where = whereOf({ schema, database, host, port, user });
  return {
    host, port, user, password, database, schema, schemaNamed: named !== undefined, options, where, url: withoutPassword(text),
    connectTimeout: timeout !== undefined ? Number(timeout) : undefined,
    sslmode: sslmode as ServerBinder['sslmode'],
  };
}

/** A binder's place on its server, in parts: host:port (an IPv6 address in brackets), or a socket's folder. */
export function placeOf({ schema, database, host, port, user }: Pick<ServerBinder, 'schema' | 'database' | 'host' | 'port' | 'user'>): ServerPlace {
  const socket = host.startsWith('/');
  return { schema, database, user, socket, at: socket ? host : `${host.includes(':') ? `[${host}]` : host}:${port}` };
}

/** Where a binder is, for the user's eyes: `schema s of database d on host:port as user` (a socket: `on the socket in /run/pg`). */
export function whereOf(binder: Pick<ServerBinder, 'schema' | 'database' | 'host' | 'port' | 'user'>): string {
  const { at, socket, ...place } = placeOf(binder);
  return englishSettings.onServer({ ...place, at: socket ? englishSettings.socketIn({ folder: at }) : at });
}

/**
 * The URL as given, its password (in the user part or as a parameter) left out. Everything before
 * the last `@` is the user part, whatever it holds (a password may hold `/`, `?` or `@`): only the
 * user name before its first `:` is kept. A parameter whose name decodes to `password` goes.
 */
export function withoutPassword(text: string): string {
  const scheme = /^(postgres(?:ql)?):\/\//i.exec(text);
  if (!scheme) return text;
  const rest = text.slice(scheme[0].length);
  const at = rest.lastIndexOf('@');
  const user = at >= 0 ? `${rest.slice(0, at).split(':')[0] ?? ''}@` : '';
  const [place = '', query] = splitOnce(at >= 0 ? rest.slice(at + 1) : rest, '?');
  const kept = query?.split('&').filter((pair) => !/^password$/i.test(decodedKey(pair)));
  return `${scheme[0]}${user}${place}${kept && kept.length > 0 ? `?${kept.join('&')}` : ''}`;
}

/** A query parameter's name, percent-decoded (`pass%77ord` is `password`); as written when it cannot be. */
function decodedKey(pair: string): string {
  const key = splitOnce(pair, '=')[0] ?? '';
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

/** The schema `-c search_path=<schema>` names in libpq's options (its first, when it lists several). */
function searchPath(options: string | undefined): string | undefined {
  if (options === undefined) return undefined;
  const words = optionWords(options);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    // -csearch_path=x, -c search_path=x, --search_path=x, --search-path=x: as the server reads them.
    const setting = word.startsWith('-c') ? (word.length > 2 ? word.slice(2) : words[++i]) : word.startsWith('--') ? word.slice(2) : undefined;
    if (setting === undefined) continue;
    const [name = '', value] = splitOnce(setting, '=');
    if (name.replace(/-/g, '_').toLowerCase() !== 'search_path' || value === undefined) continue;
    const first = value.split(',')[0]?.trim() ?? '';
    const schema = /^"(.*)"$/.test(first) ? first.slice(1, -1).replace(/""/g, '"') : first.toLowerCase();
    if (schema === '') throw new UrlProblem(said().noSchema, true);
    return schema;
  }
  return undefined;
}

/** libpq's options split as the server splits them: on spaces, a backslash keeping the next character. */
function optionWords(options: string): string[] {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < options.length; i++) {
    const char = options[i] as string;
    if (char === '\\' && i + 1 < options.length) word += options[++i];
    else if (char === ' ') {
      if (word !== '') words.push(word);
      word = '';
    } else word += char;
  }
  if (word !== '') words.push(word);
  return words;
}

function hostAndPort(text: string): { host: string; port: string } {
  // [::1]:5432, an IPv6 address in brackets.
  const bracketed = /^\[([^\]]*)\](?::(.*))?$/.exec(text);
  if (bracketed) return { host: bracketed[1] ?? '', port: bracketed[2] ?? '' };
  if (text.includes(',')) throw new UrlProblem(said().severalHosts);
  const [host = '', port = ''] = splitOnce(text, ':');
  return { host: decoded(host, () => said().parts.host), port };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + separator.length)];
}

function decoded(text: string, part: () => string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new UrlProblem(said().badPercent({ part: part() }), true);
  }
}

/**
 * The password for `binder` from PGPASSWORD, else from the password file (PGPASSFILE, else
 * ~/.pgpass): its first line whose host, port, database and user match (`*` matches anything;
 * a socket connection is host `localhost`). As libpq, a file others may read is ignored.
 */
export function passwordFor(binder: { host: string; port: number; user: string; database: string }, sources: PasswordSources): string | undefined {
  const { env, home } = sources;
  if (env.PGPASSWORD !== undefined && env.PGPASSWORD !== '') return env.PGPASSWORD;
  const file = env.PGPASSFILE || (home ? join(home, '.pgpass') : undefined);
  if (!file) return undefined;
  let text: string;
  try {
    const stat = statSync(file);
    // libpq's rule: a password file must be a plain file that only its owner may read (0600 or less).
    if (!stat.isFile() || (stat.mode & 0o077) !== 0) return undefined;
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const host = binder.host.startsWith('/') ? 'localhost' : binder.host;
  const wanted = [host, String(binder.port), binder.database, binder.user];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const fields = pgpassFields(line);
    if (fields.length < 5) continue;
    if (wanted.every((value, i) => fields[i] === '*' || fields[i] === value)) return fields.slice(4).join(':');
  }
  return undefined;
}

/** A password file's line as its fields: `:` separates them, a backslash keeps the next character. */
function pgpassFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (char === '\\' && i + 1 < line.length) field += line[++i];
    else if (char === ':' && fields.length < 4) {
      fields.push(field);
      field = '';
    } else field += char;
  }
  fields.push(field);
  return fields;
}
