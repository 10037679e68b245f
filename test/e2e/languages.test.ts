// The language crm speaks (issue 17): chosen by --lang, CRM_LANG, the binder's setting, LANG;
// what a script reads (--json) is the same bytes in every language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { ok, refused, seed } from './support.js';

let binder: Binder;
beforeAll(() => {
  binder = tempBinder('2026-12-08');
  seed(binder, 'kowal', 'today', 'Łukasz Żółć', ['--company', 'Kowalski sp. z o.o.', '--phone', '+48 601 234 567']);
  seed(binder, 'petrova', 'today', 'Анна Петрова', ['--company', 'София Трейд']);
  seed(binder, 'rahimi', 'today', 'رضا رحیمی', ['--offer', '12 units at 340 EUR']);
  seed(binder, 'hakobyan', '10', 'Արամ Հակոբյան');
  ok(binder, ['log', 'kowal', '--outcome', 'reached', '--note', 'wants 40 units', '--next', 'today']);
  ok(binder, ['promise', 'kowal', 'send the price list', '--by', '+2d']);
});
afterAll(() => binder.remove());

/** The first line of crm today, with dates left out (they are printed in the language by the ring's code). */
const heading = (env: NodeJS.ProcessEnv) => ok(binder, ['today'], { env }).split('\n')[0] ?? '';

describe('choosing the language', () => {
  it('speaks English with no language set, under C, and under a language it does not speak', () => {
    for (const env of [{}, { LANG: 'C' }, { LANG: 'C.UTF-8', LANGUAGE: 'pl' }, { LANG: 'de_DE.UTF-8' }]) {
      expect(heading(env)).toMatch(/ · 3 dossiers in today's stack \(3 due today\)$/);
    }
  });

  it('follows LANG, LC_MESSAGES, LC_ALL and LANGUAGE as gettext does', () => {
    expect(heading({ LANG: 'pl_PL.UTF-8' })).toMatch(/ · 3 teczki na dziś \(3 na dziś\)$/);
    expect(heading({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'bg_BG.UTF-8' })).toMatch(/ · 3 досиета в днешната купчина \(3 за днес\)$/);
    expect(heading({ LANG: 'pl_PL.UTF-8', LC_ALL: 'hy_AM.UTF-8' })).toMatch(/ · այսօրվա կույտում՝ 3 թղթապանակ \(3 այսօրվա\)$/);
    expect(heading({ LANG: 'pl_PL.UTF-8', LANGUAGE: 'de:fa' })).toMatch(/ · ۳ پرونده در پشتهٔ امروز \(۳ برای امروز\)$/);
  });

  it('CRM_LANG before LANG, --lang before both, before or after the command', () => {
    expect(heading({ LANG: 'pl_PL.UTF-8', CRM_LANG: 'bg' })).toMatch(/досиета/);
    expect(ok(binder, ['--lang', 'hy', 'today'], { env: { CRM_LANG: 'bg' } }).split('\n')[0]).toMatch(/թղթապանակ/);
    expect(ok(binder, ['today', '--lang=pl'], { env: { CRM_LANG: 'bg' } }).split('\n')[0]).toMatch(/teczki/);
  });

  it('the binder\'s own language (crm config language) before LANG, after CRM_LANG and --lang', () => {
    const own = tempBinder('2026-12-08');
    try {
      seed(own, 'kowal', 'today', 'Łukasz Żółć');
      ok(own, ['config', 'language', 'pl']);
      expect(ok(own, ['today'], { env: { LANG: 'bg_BG.UTF-8' } }).split('\n')[0]).toMatch(/1 teczka na dziś/);
      expect(ok(own, ['today'], { env: { CRM_LANG: 'fa' } }).split('\n')[0]).toMatch(/۱ پرونده/);
      expect(ok(own, ['today', '--lang', 'en']).split('\n')[0]).toMatch(/1 dossier in today's stack/);
      expect(ok(own, ['config', '--json'])).toContain('"language": "pl"');
      ok(own, ['config', 'language', 'system']);
      expect(ok(own, ['today'], { env: { LANG: 'bg_BG.UTF-8' } }).split('\n')[0]).toMatch(/1 досие в днешната купчина/);
      refused(own, ['config', 'language', 'de']);
      expect(own.crm(['config', 'language', 'de']).stderr).toBe('crm: language "de" is not one crm speaks; type crm config language en, pl, bg, hy or fa, or system\n');
    } finally {
      own.remove();
    }
  });

  it('refuses a language it does not speak, in one line, exit 2, nothing written', () => {
    const result = refused(binder, ['--lang', 'de', 'today']);
    expect(result.stderr).toBe('crm: --lang: "de" is not a language crm speaks; use en, pl, bg, hy or fa\n');
    expect(refused(binder, ['file', 'nowy', 'today', '--name', 'Nowy'], { env: { CRM_LANG: 'xx' } }).stderr).toBe(
      'crm: CRM_LANG: "xx" is not a language crm speaks; use en, pl, bg, hy or fa\n',
    );
  });

  it('reads the same in the built process as in-process', () => {
    const spawned = binder.crm(['today'], { spawn: true, env: { LANG: 'fa_IR.UTF-8' } });
    expect(spawned.code).toBe(0);
    expect(spawned.stdout).toBe(ok(binder, ['today'], { env: { LANG: 'fa_IR.UTF-8' } }));
  });
});

describe('--json is the same bytes in every language', () => {
  const LANGUAGES: NodeJS.ProcessEnv[] = [{ LANG: 'pl_PL.UTF-8' }, { LANG: 'fa_IR.UTF-8' }, { LANG: 'bg_BG.UTF-8' }, { LANG: 'hy_AM.UTF-8' }, { CRM_LANG: 'qps' }];
  const LINES = [['today'], ['show', 'kowal'], ['show', 'rahimi'], ['binder'], ['find', 'petrova'], ['next'], ['promises'], ['open', '10'], ['config'], ['review']];
  for (const line of LINES) {
    it(`crm ${line.join(' ')} --json`, () => {
      const english = binder.crm([...line, '--json'], { env: { LANG: 'C' } });
      expect(english.code).toBe(0);
      for (const env of LANGUAGES) {
        const other = binder.crm([...line, '--json'], { env });
        expect(other.code, JSON.stringify(env)).toBe(0);
        expect(other.stdout, JSON.stringify(env)).toBe(english.stdout);
      }
    });
  }
});

describe('the pseudo-language', () => {
  it('marks every word of crm today that comes from the catalogue, and leaves names and handles as stored', () => {
    const out = ok(binder, ['today'], { env: { CRM_LANG: 'qps' } });
    expect(out).toContain('⟦');
    expect(out).toContain('Łukasz Żółć');
    expect(out).toContain('kowal');
    expect(out).toContain('Анна Петрова');
  });
});
