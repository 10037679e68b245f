// The catalogue (issue 17): every language gives every message English has, with the same
// placeholders; plurals in each language's own forms; the pseudo-language marks what it says.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { counted, digits } from '../../src/i18n/plural.js';
import { pseudo } from '../../src/i18n/pseudo.js';
import type { Catalogue } from '../../src/i18n/catalogue.js';

const EN_FOLDER = new URL('../../src/i18n/en/', import.meta.url);

/** English's areas, read from their files (the renderers import each; nothing gathers them). */
async function english(): Promise<Record<string, unknown>> {
  const areas: Record<string, unknown> = {};
  for (const file of readdirSync(EN_FOLDER).filter((name) => name.endsWith('.ts'))) {
    const module = (await import(new URL(file, EN_FOLDER).href)) as Record<string, unknown>;
    Object.assign(areas, module);
  }
  return areas;
}

async function translation(language: string): Promise<Catalogue> {
  const module = (await import(`../../src/i18n/${language}/index.ts`)) as Record<string, Catalogue>;
  return module[language] as Catalogue;
}

/**
 * What stands for the placeholder `key`: a number (2) or a text (‹key›) as it is used, and a list
 * of two such texts to a message that takes a list (slice, join, map, length).
 */
function stand(key: string): unknown {
  const text = `‹${key}›`;
  const list = [text, text];
  return new Proxy(
    {},
    {
      get: (_target, name) => {
        if (name === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 2 : text);
        if (name === 'length') return list.length;
        const method = typeof name === 'string' ? (list as unknown as Record<string, unknown>)[name] : undefined;
        if (typeof method === 'function') return (...args: unknown[]) => (method as (...a: unknown[]) => unknown).apply(list, args);
        return typeof name === 'string' && /^\d+$/.test(name) ? text : undefined;
      },
    },
  );
}

/**
 * The placeholders a message reads: called with an object that records each one asked for and
 * stands for a number (2) or a text (‹name›) as it is used.
 */
function placeholders(message: (p: unknown) => unknown): { read: string[]; said: string } {
  const read = new Set<string>();
  const p = new Proxy(
    {},
    {
      get: (_target, key) => {
        if (typeof key !== 'string') return undefined;
        read.add(key);
        return stand(key);
      },
    },
  );
  return { read: [...read].sort(), said: String(message(p)) };
}

/** Every message of an area as [path, value]. */
function leaves(area: unknown, path: string): [string, unknown][] {
  if (typeof area === 'object' && area !== null) return Object.entries(area).flatMap(([key, value]) => leaves(value, `${path}.${key}`));
  return [[path, area]];
}

describe.each(['pl', 'bg', 'hy', 'fa'])('the %s catalogue', (language) => {
  it('has every area and message English has, and no other', async () => {
    const en = await english();
    const theirs = await translation(language);
    expect(Object.keys(theirs).sort()).toEqual(Object.keys(en).sort());
    for (const area of Object.keys(en)) {
      const paths = (of: unknown) => leaves(of, area).map(([path]) => path).sort();
      expect(paths((theirs as unknown as Record<string, unknown>)[area])).toEqual(paths(en[area]));
    }
  });

  it('uses in each message exactly the placeholders English uses', async () => {
    const en = await english();
    const theirs = (await translation(language)) as unknown as Record<string, unknown>;
    for (const area of Object.keys(en)) {
      const mine = new Map(leaves(theirs[area], area));
      for (const [path, message] of leaves(en[area], area)) {
        const translated = mine.get(path);
        if (typeof message !== 'function') {
          expect(typeof translated, path).toBe('string');
          expect((translated as string).trim(), path).not.toBe('');
          continue;
        }
        expect(typeof translated, path).toBe('function');
        const source = placeholders(message as (p: unknown) => unknown);
        const target = placeholders(translated as (p: unknown) => unknown);
        expect(target.read, path).toEqual(source.read);
        // What English prints of a placeholder as text, the translation prints too.
        for (const shown of source.said.match(/‹\w+›/g) ?? []) expect(target.said, `${path} shows ${shown}`).toContain(shown);
      }
    }
  });

  it('is written in its own script, not English left in place', async () => {
    const en = await english();
    const theirs = (await translation(language)) as unknown as Record<string, unknown>;
    const script = { pl: /[a-ząćęłńóśźż]/i, bg: /[а-я]/i, hy: /[\u0531-\u058F]/, fa: /[\u0600-\u06FF]/ }[language] as RegExp;
    for (const area of Object.keys(en)) {
      for (const [path, value] of leaves(theirs[area], area)) {
        const text = typeof value === 'function' ? placeholders(value as (p: unknown) => unknown).said : String(value);
        // What is only placeholders and signs (', ') has no words to translate.
        if (!/\p{L}{2,}/u.test(text.replace(/‹\w+›/g, '').replace(/\bcrm\b.*$/, ''))) continue;
        expect(text, path).toMatch(script);
      }
    }
  });
});

describe('Persian text', () => {
  it('writes Persian letters, not their Arabic twins', async () => {
    const fa = (await translation('fa')) as unknown as Record<string, unknown>;
    for (const [path, value] of Object.entries(fa).flatMap(([area, messages]) => leaves(messages, area))) {
      const text = typeof value === 'function' ? placeholders(value as (p: unknown) => unknown).said : String(value);
      expect(text, path).not.toMatch(/[يك]/);
    }
  });
});

describe('plurals', () => {
  const teczki = { one: '# teczka', few: '# teczki', many: '# teczek', other: '# teczki' } as const;
  it('Polish: one, few, many', () => {
    expect([1, 2, 5, 12, 22, 112, 0].map((n) => counted('pl', n, teczki))).toEqual([
      '1 teczka', '2 teczki', '5 teczek', '12 teczek', '22 teczki', '112 teczek', '0 teczek',
    ]);
    const dni = { one: '# dzień', few: '# dni', many: '# dni', other: '# dnia' } as const;
    expect([1, 2, 5, 12, 22].map((n) => counted('pl', n, dni))).toEqual(['1 dzień', '2 dni', '5 dni', '12 dni', '22 dni']);
  });
  it('Bulgarian: one for 1 only', () => {
    expect([0, 1, 2, 21].map((n) => counted('bg', n, { one: '# досие', other: '# досиета' }))).toEqual(['0 досиета', '1 досие', '2 досиета', '21 досиета']);
  });
  it('Armenian and Persian: one for 0 and 1', () => {
    expect([0, 1, 2].map((n) => counted('hy', n, { one: 'one', other: 'other' }))).toEqual(['one', 'one', 'other']);
    expect([0, 1, 2].map((n) => counted('fa', n, { one: 'one', other: 'other' }))).toEqual(['one', 'one', 'other']);
  });
  it('English without Intl: one for 1 only', () => {
    expect([0, 1, 2].map((n) => counted('en', n, { one: '# dossier', other: '# dossiers' }))).toEqual(['0 dossiers', '1 dossier', '2 dossiers']);
  });
  it('Persian digits in Persian', () => {
    expect(counted('fa', 12, { one: '# پرونده', other: '# پرونده' })).toBe('۱۲ پرونده');
    expect(digits('fa', '2026')).toBe('۲۰۲۶');
    expect(digits('pl', 2026)).toBe('2026');
  });
});

describe('the pseudo-language', () => {
  it('accents and brackets the catalogue text, never what it quotes', () => {
    const say = pseudo({ line: (p: { name: string; count: number }) => `Called ${p.name} ${p.count} times`, title: 'The binder' });
    expect(say.title).toBe('⟦Thé bíñdér⟧');
    expect(say.line({ name: 'Anna Nowak', count: 3 })).toBe('⟦Çálléd Anna Nowak 3 tíméš⟧');
  });
});
