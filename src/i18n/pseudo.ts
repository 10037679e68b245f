// The pseudo-language qps (CRM_LANG=qps): English with its letters accented and each message in
// ⟦ ⟧, so any text printed without them escaped the catalogue. What a message quotes (a name, a
// handle, a date) is left as it is: only the catalogue's own words change.
import { mended } from './tidy.js';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', y: 'ý', c: 'ç', n: 'ñ', s: 'š', z: 'ž',
  A: 'Á', E: 'É', I: 'Í', O: 'Ö', U: 'Ü', Y: 'Ý', C: 'Ç', N: 'Ñ', S: 'Š', Z: 'Ž',
};

// What a message quotes travels between these two private-use marks, untouched, and they go.
const OPEN = '\uE000';
const CLOSE = '\uE001';

function accent(text: string): string {
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === OPEN) depth += 1;
    else if (ch === CLOSE) depth -= 1;
    else out += depth > 0 ? ch : (ACCENTED[ch] ?? ch);
  }
  return out;
}

/** The quoted values of a message's placeholders marked, so that accent() leaves them alone. */
function marked(value: unknown): unknown {
  if (typeof value === 'string') return `${OPEN}${value}${CLOSE}`;
  if (Array.isArray(value)) return value.map(marked);
  if (value === null || typeof value !== 'object') return value;
  return new Proxy(value, { get: (target, key) => marked(Reflect.get(target, key)) });
}

/** An area of messages (strings, functions of placeholders, nested areas) as the pseudo-language says it. */
export function pseudo<T>(english: T): T {
  return mended(english, (text) => `⟦${accent(text)}⟧`, marked);
}
