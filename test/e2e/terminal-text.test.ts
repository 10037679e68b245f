// Issue 12, item 25: stored text never reaches the terminal raw. A name or a form from someone
// else may hold escape sequences: an OSC 52 clipboard write, an OSC 8 link, a CSI that switches
// screens. In prompts (crm log, crm work, crm log --form), in form list and show, and in the
// printable sheet, each control character is shown as U+FFFD. Prompts are driven in a real
// pseudo-terminal (see pty.ts) and what was written to it is searched for the sequences.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { choose, key, spawnCrmInPty, type PtyOptions, type PtySession } from './pty.js';
import { copyBinder, ok, seed } from './support.js';

const TODAY = '2026-11-23';
const OSC52 = '\u001b]52;c;ZXZpbA==\u0007';
const OSC8 = '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\';
const ALT_SCREEN = '\u001b[?1049h';
const CLEAR = '\u001b[2J';
const NAME = `Evil${OSC52} Corp${OSC8}${ALT_SCREEN}`;
/** A form a colleague wrote, every text in it holding a sequence. */
const FORM = {
  name: 'visit',
  title: `After a visit${OSC52}`,
  fields: [
    { key: 'stage', label: `Stage${OSC8}`, type: 'choice', choices: [`hot${ALT_SCREEN}`, 'cold'], required: true },
    { key: 'remarks', label: 'Remarks', type: 'text', help: `anything${CLEAR}` },
  ],
};

/** What no part of crm writes by itself: any OSC, the screen switch, a clear. */
function expectNoneOfTheirs(output: string): void {
  expect(output).not.toContain('\u001b]');
  expect(output).not.toContain(ALT_SCREEN);
  expect(output).not.toContain(CLEAR);
}

let template: Binder;
let binder: Binder;
let terminal: PtyOptions;

beforeAll(() => {
  template = tempBinder(TODAY);
  seed(template, 'evil', 'today', NAME);
  const file = join(template.dir, 'visit.json');
  writeFileSync(file, JSON.stringify(FORM));
  // Not ok(): what form add prints is under test below.
  expect(template.crm(['form', 'add', file]).code).toBe(0);
});
afterAll(() => template.remove());
beforeEach(() => {
  binder = copyBinder(template, TODAY);
  terminal = { env: { HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: TODAY }, cols: 120, rows: 40 };
});
afterEach(() => binder.remove());

async function answer(session: PtySession, question: string, text: string): Promise<void> {
  await session.expect(question);
  session.send(text, key.enter);
}

describe('prompts show a stored name with its control characters as U+FFFD', () => {
  it("crm log's question", async () => {
    const session = spawnCrmInPty(['log', 'evil'], terminal);
    try {
      await answer(session, 'What was said with Evil\uFFFD]52;c;ZXZpbA==\uFFFD Corp', 'talked');
      await session.expect('How did it end?');
      await choose(session, 'reached');
      await answer(session, 'Next contact', '8');
      expect(await session.exited()).toMatchObject({ code: 0 });
      expectNoneOfTheirs(session.output);
    } finally {
      await session.kill();
    }
  });

  it("crm work's card and questions", async () => {
    const session = spawnCrmInPty(['work'], terminal);
    try {
      await session.expect('What now?');
      await choose(session, 'Log the call and refile');
      await answer(session, 'What was said with Evil\uFFFD', 'talked');
      await session.expect('How did it end?');
      await choose(session, 'reached');
      await answer(session, 'Next contact', '8');
      await session.expect('Session done');
      expect(await session.exited()).toMatchObject({ code: 0 });
      expectNoneOfTheirs(session.output);
    } finally {
      await session.kill();
    }
  });
});

describe("a form's title, labels, help and choices", () => {
  it('crm log --form asks them with the control characters as U+FFFD', async () => {
    const session = spawnCrmInPty(['log', 'evil', '--form', 'visit', '--note', 'visit done', '--outcome', 'reached', '--next', '8'], terminal);
    try {
      await session.expect('Form After a visit\uFFFD]52;c;ZXZpbA==\uFFFD:');
      await session.expect('Stage\uFFFD]8;;https://evil.example\uFFFD\\click');
      await session.expectScreen('hot\uFFFD[?1049h');
      await choose(session, 'hot');
      await answer(session, 'anything\uFFFD[2J', 'fine');
      expect(await session.exited()).toMatchObject({ code: 0 });
      expectNoneOfTheirs(session.output);
    } finally {
      await session.kill();
    }
  });

  it('crm form list and crm form show print them the same way', () => {
    for (const args of [['form', 'list'], ['form', 'show', 'visit']]) {
      const out = binder.crm(args);
      expect(out.code).toBe(0);
      expect(out.stdout).not.toContain('\u001b');
      expect(out.stdout).toContain('After a visit\uFFFD]52;c;ZXZpbA==\uFFFD');
      expect(out.stdout).toContain('hot\uFFFD[?1049h, cold');
    }
  });
});

describe('crm show --format markdown and html', () => {
  it('ESC, CR and BS in the card and the history are shown as U+FFFD (CR dropped), never passed on', () => {
    ok(binder, ['edit', 'evil', '--notes', `line one\r\nover\bwrite${CLEAR}`]);
    ok(binder, ['log', 'evil', '--note', `said${OSC52}\rhidden`, '--outcome', 'reached', '--next', '8']);
    for (const format of ['markdown', 'html']) {
      const out = binder.crm(['show', 'evil', '--format', format]);
      expect(out.code).toBe(0);
      for (const control of ['\u001b', '\r', '\b']) expect(out.stdout).not.toContain(control);
      // (Markdown escapes the brackets.)
      expect(out.stdout).toMatch(/over\uFFFDwrite\uFFFD\\?\[2J/);
      expect(out.stdout).toMatch(/said\uFFFD\\?\]52;c;ZXZpbA==\uFFFDhidden/);
    }
  });
});
