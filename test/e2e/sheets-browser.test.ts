// The browser-side functions handed to page.evaluate() run in the page: they need the DOM's types.
/// <reference lib="dom" />
// The HTML sheets in a real browser (issue 17): crm show --format html and, on a server, the handover
// sheet, printed by the built CLI with --lang pl and --lang fa as a user would, with Polish, Persian,
// Armenian and Bulgarian names, the file opened in headless Chromium (Debian's package, driven by
// playwright-core), and looked at as a reader would: the page's language and direction, crm's own
// words in that language, each piece of stored text's own direction, a Persian name's place in a
// right-to-left page, nothing running out of its box. The screenshots are written to a folder this
// test prints. Where no browser is installed the tests are skipped, saying so in one line; under
// CI=true a missing browser fails instead.
//
// The binders are made and seeded without a language (English): a binder made by a Persian run
// starts with the Persian calendar; only the sheets are printed in Polish and Persian.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/i18n/language.js';
import { printingAs } from '../../src/io.js';
import { columns } from '../../src/render/columns.js';
import { isolated } from '../../src/render/style.js';
import { crmWith, tempBinder, type Binder } from './cli.js';
import { ON_SERVER } from './server-binder.js';
import { ok, seed } from './support.js';
import { teamBinder } from './team-binder.js';

const TODAY = '2026-12-03';
const ZWNJ = '\u200c';
/** Debian's chromium (apt-get install chromium), or the browser CRM_CHROMIUM names. */
const BROWSER = [process.env.CRM_CHROMIUM, '/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
const CI = process.env.CI === 'true';
/** Where the screenshots go (gitignored), one folder per project. */
const SHOTS = resolve('test-output', 'sheets', ON_SERVER ? 'server' : 'file');

const PERSIAN = { handle: 'rahimi', name: 'رضا رحیمی', company: `شرکت${ZWNJ}های پارس`, note: `می${ZWNJ}خواهد ۴۰ عدد بخرد` };
const POLISH = { handle: 'zolc', name: 'Łukasz Żółć', company: 'Żółć i Syn sp. z o.o.', note: 'Chce 40 sztuk, dzwonić rano.' };
/** A Polish company, for the Persian client (not Żółć's: a handle names a client by a word of its company too). */
const POLISH_FIRM = 'Hurtownia Łódź sp. z o.o.';
const ARMENIAN = { handle: 'hakobyan', name: 'Աշոտ Հակոբյան', company: 'Արարատ ՍՊԸ' };
const BULGARIAN = { handle: 'petrova', name: 'Ани Петрова', company: 'Петрова ООД' };
const RTL_LETTER = /[\u0590-\u08FF]/;

it.runIf(CI && !BROWSER)('a browser is installed (CI installs Debian’s chromium)', () => {
  expect.fail('no chromium at /usr/bin/chromium: .ci/run installs it with apt-get as root');
});

/** What a reader sees of a sheet in the browser. */
interface Seen {
  lang: string;
  direction: string;
  /** Each <span dir="auto"> (a piece of stored text): its text and computed direction. */
  pieces: { text: string; direction: string }[];
  /** Elements whose content is wider than their box, and whether the page scrolls sideways. */
  overflowing: string[];
  scrollsSideways: boolean;
}

async function look(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const pieces = Array.from(document.querySelectorAll('span[dir="auto"]')).map((span) => ({ text: span.textContent ?? '', direction: getComputedStyle(span).direction }));
    const overflowing = Array.from(document.querySelectorAll('h1, h2, h3, p, li, th, td')).filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.outerHTML.slice(0, 80));
    return { lang: root.lang, direction: getComputedStyle(root).direction, pieces, overflowing, scrollsSideways: root.scrollWidth > window.innerWidth };
  });
}

/** The edges of the first element matching `selector` and of its first <span dir="auto">. */
async function edges(page: Page, selector: string): Promise<{ box: { left: number; right: number }; piece: { left: number; right: number } }> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector) as HTMLElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const piece = (el.querySelector('span[dir="auto"]') as HTMLElement).getBoundingClientRect();
    return {
      box: { left: box.left + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.paddingRight) },
      piece: { left: piece.left, right: piece.right },
    };
  }, selector);
}

/**
 * The dates crm prints on these sheets, in its own words of each language: today (the sheet's
 * date) and Friday (the next contact, the promise, the handover's last day), by the Gregorian
 * calendar the binder was made with. Not the English "Thu, 3 Dec 2026".
 */
const DATES: Record<'pl' | 'fa', { today: string; friday: string }> = {
  pl: { today: 'czw., 3 gru 2026', friday: 'pt., 4 gru 2026' },
  fa: { today: 'پنجشنبه ۳ دسامبر ۲۰۲۶', friday: 'جمعه ۴ دسامبر ۲۰۲۶' },
};

/** Opens the sheet's file, checks what every sheet must show, writes the screenshot, and hands the page on. */
async function open(browser: Browser, file: string, language: 'pl' | 'fa', name: string): Promise<{ page: Page; seen: Seen; text: string }> {
  const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  await page.goto(pathToFileURL(file).href);
  const seen = await look(page);
  const text = await page.evaluate(() => document.body.innerText);
  expect(seen.lang).toBe(language);
  expect(seen.direction).toBe(language === 'fa' ? 'rtl' : 'ltr');
  // Each piece of stored text reads in its own direction: Persian right to left, the rest left to right.
  expect(seen.pieces.length).toBeGreaterThan(0);
  for (const piece of seen.pieces) expect(piece.direction, piece.text).toBe(RTL_LETTER.test(piece.text.replace(/^[^\p{L}]+/u, '').charAt(0)) ? 'rtl' : 'ltr');
  expect(seen.overflowing).toEqual([]);
  expect(seen.scrollsSideways).toBe(false);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}-${language}.png`), fullPage: true });
  return { page, seen, text };
}

/** Where a Persian name stands in its heading: at the start edge of the page's direction. */
async function expectAtTheStart(page: Page, selector: string, language: Language): Promise<void> {
  const { box, piece } = await edges(page, selector);
  if (language === 'fa') expect(Math.abs(box.right - piece.right), `${selector} right-aligned`).toBeLessThan(2);
  else expect(Math.abs(piece.left - box.left), `${selector} left-aligned`).toBeLessThan(2);
}

describe.skipIf(!BROWSER)(`the HTML sheets in headless Chromium (${BROWSER ?? 'skipped: no chromium installed; apt-get install chromium'})`, () => {
  let browser: Browser;
  let binder: Binder;
  /** crm show <handle> --format html --lang <language>, its standard output written to a file as `> file` does. */
  const sheet = (handle: string, language: Language): string => {
    const file = join(binder.dir, `${handle}-${language}.html`);
    writeFileSync(file, ok(binder, ['show', handle, '--format', 'html', '--lang', language], { spawn: true }));
    return file;
  };

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: BROWSER });
    binder = tempBinder(TODAY);
    seed(binder, PERSIAN.handle, 'fri', PERSIAN.name, ['--company', POLISH_FIRM, '--position', ARMENIAN.company, '--phone', '+98 912 000 0001', '--notes', PERSIAN.note]);
    ok(binder, ['promise', PERSIAN.handle, 'ارسال لیست قیمت', '--by', 'fri']);
    ok(binder, ['log', PERSIAN.handle, '--note', `${BULGARIAN.name}: ${PERSIAN.note}`, '--outcome', 'reached', '--next', 'fri']);
    seed(binder, POLISH.handle, 'fri', POLISH.name, ['--company', PERSIAN.company, '--position', BULGARIAN.company, '--phone', '+48 601 000 002', '--notes', POLISH.note]);
    ok(binder, ['promise', POLISH.handle, 'ارسال لیست قیمت', '--by', 'fri']);
    process.stdout.write(`Screenshots of the sheets: ${SHOTS}\n`);
  });
  afterAll(async () => {
    await browser?.close();
    binder?.remove();
  });

  for (const language of ['pl', 'fa'] as const) {
    it(`crm show --format html of a Persian client, in a ${language} run`, async () => {
      const { page, seen, text } = await open(browser, sheet(PERSIAN.handle, language), language, 'show-persian');
      try {
        // The sheet's date and the next contact's in crm's own words of the run's language.
        expect(text).toContain(DATES[language].today);
        expect(text).toContain(DATES[language].friday);
        // crm's own labels in the run's language: "Company" and "Open promises".
        expect(text).toContain({ pl: 'Firma', fa: 'شرکت' }[language]);
        expect(text).toContain({ pl: 'Otwarte obietnice', fa: 'قول‌های باز' }[language]);
        expect(seen.pieces).toEqual(expect.arrayContaining([
          { text: PERSIAN.name, direction: 'rtl' },
          { text: POLISH_FIRM, direction: 'ltr' },
          { text: ARMENIAN.company, direction: 'ltr' },
          { text: 'ارسال لیست قیمت', direction: 'rtl' },
          { text: `${BULGARIAN.name}: ${PERSIAN.note}`, direction: 'ltr' },
        ]));
        await expectAtTheStart(page, 'h1', language);
        // The card's labels stand at the start edge too (text-align: start, not left).
        const label = await page.evaluate(() => {
          const th = document.querySelector('th') as HTMLElement;
          const table = (th.closest('table') as HTMLElement).getBoundingClientRect();
          const box = th.getBoundingClientRect();
          return { fromLeft: box.left - table.left, fromRight: table.right - box.right };
        });
        // (A table's own border-spacing, 2px, is all there is between them.)
        expect(language === 'fa' ? label.fromRight : label.fromLeft).toBeLessThanOrEqual(2);
        expect(language === 'fa' ? label.fromLeft : label.fromRight).toBeGreaterThan(100);
      } finally {
        await page.close();
      }
    });

    it(`crm show --format html of a Polish client with a Persian company, in a ${language} run`, async () => {
      const { page, seen, text } = await open(browser, sheet(POLISH.handle, language), language, 'show-polish');
      try {
        expect(text).toContain(DATES[language].friday);
        expect(seen.pieces).toEqual(expect.arrayContaining([
          { text: POLISH.name, direction: 'ltr' },
          { text: PERSIAN.company, direction: 'rtl' },
          { text: BULGARIAN.company, direction: 'ltr' },
          { text: POLISH.note, direction: 'ltr' },
        ]));
        await expectAtTheStart(page, 'h1', language);
      } finally {
        await page.close();
      }
    });
  }

  it('a line crm prints on a terminal keeps its columns in order under the Unicode Bidi Algorithm (as FriBidi in VTE applies it)', async () => {
    // Two Persian fields side by side, a number after them: without the isolates the algorithm
    // makes one right-to-left run of them (the company lands where the name was, the phone before
    // both); isolated, each stays in its column. The browser stands in for a reordering terminal.
    const rows = [['rahimi', PERSIAN.name, PERSIAN.company, '+98 912 000 0001']];
    const line = (cell: (text: string) => string) => (printingAs({ color: false, columns: 120 }, () => columns(['handle', 'name', 'company', 'phone'], rows.map((row) => row.map(cell)))).split('\n')[1] ?? '');
    const page = await browser.newPage();
    try {
      const order = async (text: string) => {
        await page.setContent(`<pre dir="ltr" style="font:16px monospace"></pre>`);
        return page.evaluate(
          ({ text, needles }) => {
            const pre = document.querySelector('pre') as HTMLElement;
            pre.textContent = text;
            const node = pre.firstChild as Text;
            return needles.map((needle) => {
              const range = document.createRange();
              const at = text.indexOf(needle);
              range.setStart(node, at);
              range.setEnd(node, at + needle.length);
              return range.getBoundingClientRect().left;
            });
          },
          { text, needles: ['rahimi', PERSIAN.name, PERSIAN.company, '+98'] },
        );
      };
      const [handle = 0, name = 0, company = 0, phone = 0] = await order(line(isolated));
      expect(handle < name && name < company && company < phone, `left edges ${[handle, name, company, phone].join(', ')}`).toBe(true);
      // The same line as stored, without the isolates: the two Persian fields swap, the phone jumps left.
      const [, bareName = 0, bareCompany = 0, barePhone = 0] = await order(line((text) => text));
      expect(bareCompany).toBeLessThan(bareName);
      expect(barePhone).toBeLessThan(bareName);
    } finally {
      await page.close();
    }
  });

  describe.skipIf(!ON_SERVER)('the handover sheet (a team binder on the server)', () => {
    const fixture = teamBinder();
    const reza = fixture.login('reza');
    const lukasz = fixture.login('lukasz');
    let as: (args: string[]) => string;

    beforeAll(() => {
      fixture.open(
        [
          { name: 'reza', fullName: PERSIAN.name },
          { name: 'lukasz', fullName: POLISH.name },
        ],
        TODAY,
      );
      const env = { PATH: process.env.PATH, HOME: fixture.home(), CRM_DB: fixture.as(reza), CRM_TODAY: TODAY, TZ: process.env.TZ };
      as = (args: string[]) => {
        const result = crmWith(args, env, { spawn: true });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        return result.stdout;
      };
      as(['file', ARMENIAN.handle, 'today', '--name', ARMENIAN.name, '--company', PERSIAN.company, '--phone', '+374 10 000 003']);
      as(['file', BULGARIAN.handle, 'fri', '--name', BULGARIAN.name, '--company', BULGARIAN.company]);
      as(['log', BULGARIAN.handle, '--note', PERSIAN.note, '--outcome', 'reached', '--next', 'fri']);
      as(['file', PERSIAN.handle, 'fri', '--name', PERSIAN.name, '--company', POLISH_FIRM]);
    });
    afterAll(() => fixture.close());

    for (const language of ['pl', 'fa'] as const) {
      it(`in a ${language} run`, async () => {
        // One handover at a time: each run's is given back after its sheet is printed.
        const file = join(fixture.home(), `handover-${language}.html`);
        as(['handover', lukasz, '--until', 'fri', '--format', 'html', '-o', file, '--lang', language]);
        as(['handover', 'back', '--lang', language]);
        expect(readFileSync(file, 'utf8')).toMatch(/^<!doctype html>/i);
        const { page, seen, text } = await open(browser, file, language, 'handover');
        try {
          expect(text).toContain(DATES[language].friday);
          // crm's own words in the run's language: the title's "Handover:" and the label "Who".
          expect(text).toContain({ pl: 'Przekazanie:', fa: 'واگذاری:' }[language]);
          expect(text).toContain({ pl: 'Kto', fa: 'کیست' }[language]);
          expect(seen.pieces).toEqual(expect.arrayContaining([
            { text: PERSIAN.name, direction: 'rtl' },
            { text: POLISH.name, direction: 'ltr' },
            { text: ARMENIAN.name, direction: 'ltr' },
            { text: BULGARIAN.name, direction: 'ltr' },
            { text: PERSIAN.company, direction: 'rtl' },
            { text: PERSIAN.note, direction: 'rtl' },
          ]));
          await expectAtTheStart(page, 'h3', language);
          // A dossier's bar is on its start side: the left in Polish, the right in Persian.
          const bar = await page.evaluate(() => {
            const style = getComputedStyle(document.querySelector('.dossier') as HTMLElement);
            return { left: style.borderLeftWidth, right: style.borderRightWidth };
          });
          expect(bar).toEqual(language === 'fa' ? { left: '0px', right: '3px' } : { left: '3px', right: '0px' });
        } finally {
          await page.close();
        }
      });
    }
  });
});
