// A form on a terminal: crm log <client> --form <name> asks each field not given as --field, each
// checked as it is typed, and the answers land in the history entry with their types. And crm edit
// <client> with no options on a terminal: the notes in $EDITOR. Answered in a real pseudo-terminal
// (see pty.ts); the binder is checked with the non-interactive CLI.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { copyBinder, ok, refused, seed, type EntryJson, type ShowJson } from './support.js';
import { choose, key, runCrmInPty, spawnCrmInPty, type PtyOptions, type PtySession } from './pty.js';

const TODAY = '2026-11-23'; // a Monday

/** The form of `crm form --help`: one field of every type, only the budget required. */
const VISIT_YAML = `name: visit
title: After a visit
fields:
  - { key: budget, label: Budget in PLN, type: number, required: true }
  - { key: decision, label: Decision maker met, type: yes/no }
  - { key: stage, label: Stage, type: choice, choices: [interested, thinking, not now] }
  - { key: next_visit, label: Next visit, type: date, help: any date form }
  - { key: remarks, label: Remarks, type: text }
`;

/** Each question as it is shown: the label, "(optional)" unless required, then the help. */
const Q = {
  budget: 'Budget in PLN',
  decision: 'Decision maker met (optional)',
  stage: 'Stage (optional)',
  nextVisit: 'Next visit (optional) (any date form)',
  remarks: 'Remarks (optional)',
} as const;

const NOTES = 'prefers mornings\nasks for Anna at reception';

let template: Binder;
let binder: Binder;
let terminal: PtyOptions;

// Seeded once, without a terminal; each test works on its own copy.
beforeAll(() => {
  template = tempBinder(TODAY);
  seed(template, 'acme', 'today', 'Acme Ltd', ['--company', 'Acme Sp. z o.o.', '--notes', NOTES]);
  seed(template, 'zolc', '25', 'Łukasz Żółć');
  const file = join(template.dir, 'visit.yaml');
  writeFileSync(file, VISIT_YAML);
  expect(ok(template, ['form', 'add', file])).toMatch(/^Added form visit/);
});
afterAll(() => template.remove());
beforeEach(() => {
  binder = copyBinder(template, TODAY);
  terminal = { env: { HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: TODAY }, cols: 100, rows: 30 };
});
afterEach(() => binder.remove());

/** Waits for an input question, types the answer, presses Enter. */
async function answer(session: PtySession, question: string, text: string): Promise<void> {
  await session.expect(question);
  session.send(text, key.enter);
}

function history(handle: string): EntryJson[] {
  return binder.json<ShowJson>(['show', handle]).history;
}

describe('crm log <client> --form on a terminal', () => {
  it('asks each field in turn, refuses a bad number until corrected, and stores the answers with their types', async () => {
    const session = spawnCrmInPty(['log', 'acme', '--form', 'visit', '--next', 'fri'], terminal);
    const before = binder.dump();
    try {
      await session.expect('Form After a visit:');
      // number: refused, shown why, the question kept with what was typed
      await answer(session, Q.budget, 'twelve');
      await session.expectScreen(`? ${Q.budget} twelve\n> budget: "twelve" is not a number`);
      expect(session.status).toBeUndefined();
      expect(binder.dump()).toBe(before);
      session.send(key.ctrlU, '12,5');
      await session.expectScreen(`? ${Q.budget} 12,5`);
      expect(session.screen).not.toContain('is not a number');
      session.send(key.enter);
      // yes/no: a confirm, No unless y is typed
      await session.expect(Q.decision);
      await session.expectScreen(`? ${Q.decision} (y/N)`);
      session.send('y');
      await session.expectScreen(`? ${Q.decision} (y/N) y`);
      session.send(key.enter);
      // choice: a list of the form's choices, and (none) for an optional field
      await session.expect(Q.stage);
      await session.expectScreen(`? ${Q.stage}\n❯ interested\n  thinking\n  not now\n  (none)`);
      await choose(session, 'thinking');
      // date: any date form, resolved against today
      await answer(session, Q.nextVisit, 'dec 10');
      // text: left empty
      await answer(session, Q.remarks, '');
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.screen).toBe(
      [
        'Form After a visit:',
        `✔ ${Q.budget} 12,5`,
        `✔ ${Q.decision} Yes`,
        `✔ ${Q.stage} thinking`,
        `✔ ${Q.nextVisit} dec 10`,
        `✔ ${Q.remarks}`,
        'Logged a call with acme (Acme Ltd).',
        'Refiled behind 27: Fri 27 Nov 2026.',
      ].join('\n'),
    );
    const [call, filed] = history('acme').slice(-2);
    expect(call).toMatchObject({ kind: 'call', note: null, outcome: null });
    expect(call?.form).toEqual({
      name: 'visit',
      answers: { budget: 12.5, decision: true, stage: 'thinking', next_visit: '2026-12-10', remarks: null },
    });
    // Stored as their types, not as the text typed.
    expect(typeof call?.form?.answers.budget).toBe('number');
    expect(typeof call?.form?.answers.decision).toBe('boolean');
    expect(filed).toMatchObject({ kind: 'filed', from: TODAY, to: '2026-11-27' });
  });

  it('does not ask a field given as --field, and keeps its value as a number', async () => {
    const session = spawnCrmInPty(['log', 'acme', '--form', 'visit', '--field', 'budget=12000', '--next', 'fri'], terminal);
    try {
      // The first question is the first field not given.
      await session.expect('Form After a visit:');
      await session.expect(Q.decision);
      session.send('n', key.enter);
      await session.expect(Q.stage);
      await choose(session, '(none)');
      await answer(session, Q.nextVisit, '2026-12-10');
      await answer(session, Q.remarks, 'met the CFO; wants = terms by Friday');
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(session.text).not.toContain(Q.budget);
    expect(session.screen).toBe(
      [
        'Form After a visit:',
        `✔ ${Q.decision} No`,
        `✔ ${Q.stage} (none)`,
        `✔ ${Q.nextVisit} 2026-12-10`,
        `✔ ${Q.remarks} met the CFO; wants = terms by Friday`,
        'Logged a call with acme (Acme Ltd).',
        'Refiled behind 27: Fri 27 Nov 2026.',
      ].join('\n'),
    );
    expect(history('acme').at(-2)?.form).toEqual({
      name: 'visit',
      answers: { budget: 12000, decision: false, stage: null, next_visit: '2026-12-10', remarks: 'met the CFO; wants = terms by Friday' },
    });
  });

  it('asks nothing when every field is given as --field', async () => {
    const fields = ['budget=7500,50', 'decision=yes', 'stage=Not Now', 'next_visit=jan 15', 'remarks='].flatMap((pair) => ['--field', pair]);
    const result = await runCrmInPty(['log', 'acme', '--form', 'visit', ...fields, '--note', 'visit done', '--next', 'fri'], [], terminal);

    expect(result.code).toBe(0);
    expect(result.text).not.toContain('?');
    expect(result.screen).toBe('Logged a call with acme (Acme Ltd).\nRefiled behind 27: Fri 27 Nov 2026.');
    expect(history('acme').at(-2)).toMatchObject({
      kind: 'call',
      note: 'visit done',
      form: { name: 'visit', answers: { budget: 7500.5, decision: true, stage: 'not now', next_visit: '2027-01-15', remarks: null } },
    });
  });

  it('asks the form, then what the log still needs (here the next contact)', async () => {
    const session = spawnCrmInPty(['log', 'zolc', '--form', 'visit', '--field', 'budget=1', '--field', 'decision=no', '--field', 'stage=interested', '--note', 'short call', '--outcome', 'reached'], terminal);
    try {
      await answer(session, Q.nextVisit, '');
      await answer(session, Q.remarks, '');
      await answer(session, 'Next contact', 'fri');
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }

    expect(binder.json<ShowJson>(['show', 'zolc'])).toMatchObject({ filedOn: '2026-11-27', lastNote: 'short call', lastOutcome: 'reached' });
    expect(history('zolc').at(-2)?.form).toEqual({
      name: 'visit',
      answers: { budget: 1, decision: false, stage: 'interested', next_visit: null, remarks: null },
    });
  });

  // A typo in a --field must not cost the answers typed at the terminal: it is refused before
  // anything is asked, as a typo in --next is.
  it.each([
    { pair: 'bugdet=12000', says: 'crm: form visit has no field "bugdet"; its fields are budget, decision, stage, next_visit, remarks' },
    { pair: 'budget=lots', says: 'crm: budget: "lots" is not a number' },
  ])('refuses --field $pair before asking anything', async ({ pair, says }) => {
    const before = binder.dump();
    const session = spawnCrmInPty(['log', 'acme', '--form', 'visit', '--field', pair, '--next', 'fri'], terminal);
    let first: string;
    try {
      first = await session.expect(/Form After a visit:|crm: /);
      await session.exited();
    } finally {
      await session.kill();
    }

    expect(first, 'the first thing shown: the refusal, not the form').toBe('crm: ');
    expect(session.status?.code).toBe(2);
    expect(session.text).toContain(says);
    expect(binder.dump()).toBe(before);
  });

  it('refuses a form the binder does not have, before asking anything, naming the forms it has', async () => {
    const before = binder.dump();
    const result = await runCrmInPty(['log', 'acme', '--form', 'vist', '--next', 'fri'], [], terminal);

    expect(result.code).toBe(2);
    expect(result.screen).toBe('crm: there is no form "vist"; the binder has visit');
    expect(binder.dump()).toBe(before);
  });
});

describe('cancelling a form on a terminal', () => {
  /** The answers up to the question where Ctrl-C is pressed (with something typed or chosen). */
  const upTo = {
    'a number': async (session: PtySession) => {
      await session.expect(Q.budget);
      session.send('12000');
      await session.expectScreen(`? ${Q.budget} 12000`);
    },
    'a refused number': async (session: PtySession) => {
      await answer(session, Q.budget, 'lots');
      await session.expectScreen('> budget: "lots" is not a number');
    },
    'a yes/no': async (session: PtySession) => {
      await answer(session, Q.budget, '12000');
      await session.expect(Q.decision);
      session.send('y');
      await session.expectScreen(`? ${Q.decision} (y/N) y`);
    },
    'a choice': async (session: PtySession) => {
      await answer(session, Q.budget, '12000');
      await answer(session, Q.decision, 'y');
      await session.expect(Q.stage);
      session.send(key.down);
      await session.expectScreen('❯ thinking');
    },
    'a date': async (session: PtySession) => {
      await answer(session, Q.budget, '12000');
      await answer(session, Q.decision, 'y');
      await session.expect(Q.stage);
      await choose(session, 'thinking');
      await session.expect(Q.nextVisit);
      session.send('dec 10');
      await session.expectScreen(`? ${Q.nextVisit} dec 10`);
    },
    'the last text': async (session: PtySession) => {
      await answer(session, Q.budget, '12000');
      await answer(session, Q.decision, 'y');
      await session.expect(Q.stage);
      await choose(session, 'thinking');
      await answer(session, Q.nextVisit, 'dec 10');
      await session.expect(Q.remarks);
      session.send('met the CFO');
      await session.expectScreen(`? ${Q.remarks} met the CFO`);
    },
  } as const;

  it.each(Object.keys(upTo) as (keyof typeof upTo)[])('Ctrl-C at %s writes nothing and exits 130', async (question) => {
    const before = binder.dump();
    const session = spawnCrmInPty(['log', 'acme', '--form', 'visit', '--next', 'fri'], terminal);
    try {
      await upTo[question](session);
      session.send(key.ctrlC);
      expect(await session.exited()).toMatchObject({ code: 130 });
    } finally {
      await session.kill();
    }

    expect(session.text).toContain('crm: cancelled; nothing was written');
    expect(session.text).not.toContain('Logged');
    expect(session.text).not.toContain('unexpected failure');
    expect(binder.dump()).toBe(before);
  });
});

describe('crm edit <client> on a terminal: the notes in $EDITOR', () => {
  /** What the editor script leaves in the file: several lines, a blank one, trailing blank lines. */
  const EDITED = 'Visit on Thursday at 10\nAsk for Anna at reception\n\nInvoice to the Warsaw office (Łódź branch closed)';

  /**
   * Writes an executable editor script into the binder's temp folder. It records the file it was
   * given (its path, its mode and its text), then runs `body` with the file as $1.
   */
  function editor(name: string, body: string): { path: string; seen: () => { file: string; mode: string; text: string } } {
    const path = join(binder.dir, name);
    const record = join(binder.dir, `${name}.seen`);
    writeFileSync(
      path,
      `#!/bin/sh
printf '%s\\n' "$1" > '${record}.file'
stat -c %a "$1" > '${record}.mode'
cat "$1" > '${record}.text'
${body}
`,
      { mode: 0o755 },
    );
    return {
      path,
      seen: () => ({
        file: readFileSync(`${record}.file`, 'utf8').trimEnd(),
        mode: readFileSync(`${record}.mode`, 'utf8').trim(),
        text: readFileSync(`${record}.text`, 'utf8'),
      }),
    };
  }

  /** A shell line that replaces the file ($1) with EDITED and two trailing blank lines. */
  const WRITE_EDITED = `printf '%s\\n\\n\\n' '${EDITED}' > "$1"`;

  it('opens $EDITOR on the notes, saves what it leaves, and adds a "changed" history entry', async () => {
    const script = editor('edit.sh', WRITE_EDITED);
    const result = await runCrmInPty(['edit', 'acme'], [], { ...terminal, env: { ...terminal.env, EDITOR: script.path } });

    expect(result.code).toBe(0);
    expect(result.screen).toBe("Changed notes on acme's card.");
    // The editor was given the current notes, in a private file that is gone afterwards.
    const seen = script.seen();
    expect(seen.text).toBe(NOTES);
    expect(seen.mode).toBe('600');
    expect(existsSync(seen.file)).toBe(false);
    // Saved without the trailing blank lines; every other line as written.
    const dossier = binder.json<ShowJson>(['show', 'acme']);
    expect(dossier.notes).toBe(EDITED);
    expect(dossier.history.at(-1)).toMatchObject({ kind: 'changed', changes: { notes: { from: NOTES, to: EDITED } } });
    expect(Object.keys(dossier.history.at(-1)?.changes ?? {})).toEqual(['notes']);
  });

  it('prefers $VISUAL to $EDITOR', async () => {
    const visual = editor('visual.sh', WRITE_EDITED);
    const plain = editor('plain.sh', 'exit 7');
    const result = await runCrmInPty(['edit', 'acme'], [], { ...terminal, env: { ...terminal.env, VISUAL: visual.path, EDITOR: plain.path } });

    expect(result.code).toBe(0);
    expect(existsSync(join(binder.dir, 'plain.sh.seen.file'))).toBe(false);
    expect(binder.json<ShowJson>(['show', 'acme']).notes).toBe(EDITED);
  });

  it('runs an editor command with arguments ("sh script")', async () => {
    const script = editor('args.sh', WRITE_EDITED);
    const result = await runCrmInPty(['edit', 'acme'], [], { ...terminal, env: { ...terminal.env, EDITOR: `sh ${script.path}` } });

    expect(result.code).toBe(0);
    expect(binder.json<ShowJson>(['show', 'acme']).notes).toBe(EDITED);
  });

  it('opens an empty file for a card without notes, and clears the notes when the file is left empty', async () => {
    const fill = editor('fill.sh', WRITE_EDITED);
    const first = await runCrmInPty(['edit', 'zolc'], [], { ...terminal, env: { ...terminal.env, EDITOR: fill.path } });
    expect(first.code).toBe(0);
    expect(fill.seen().text).toBe('');
    expect(history('zolc').at(-1)).toMatchObject({ kind: 'changed', changes: { notes: { from: null, to: EDITED } } });

    const empty = editor('empty.sh', ': > "$1"');
    const second = await runCrmInPty(['edit', 'zolc'], [], { ...terminal, env: { ...terminal.env, EDITOR: empty.path } });
    expect(second.code).toBe(0);
    expect(second.screen).toBe("Changed notes on zolc's card.");
    expect(binder.json<ShowJson>(['show', 'zolc']).notes).toBeNull();
    expect(history('zolc').at(-1)).toMatchObject({ kind: 'changed', changes: { notes: { from: EDITED, to: null } } });
  });

  it('changes nothing when the editor leaves the notes as they were', async () => {
    const before = binder.dump();
    const script = editor('same.sh', 'true');
    const result = await runCrmInPty(['edit', 'acme'], [], { ...terminal, env: { ...terminal.env, EDITOR: script.path } });

    expect(result.code).toBe(0);
    expect(result.screen).toBe("Nothing changed on acme's card.");
    expect(binder.dump()).toBe(before);
  });

  it('changes nothing when the editor exits non-zero, and says so', async () => {
    const before = binder.dump();
    // It writes the file first: what a failed editor leaves must not be saved.
    const script = editor('fail.sh', `${WRITE_EDITED}\nexit 3`);
    const result = await runCrmInPty(['edit', 'acme'], [], { ...terminal, env: { ...terminal.env, EDITOR: script.path } });

    expect(result.code).toBe(2);
    expect(result.screen).toBe(`crm: the editor (${script.path}) exited with 3; the notes were not changed`);
    expect(existsSync(script.seen().file)).toBe(false);
    expect(binder.dump()).toBe(before);
    expect(binder.json<ShowJson>(['show', 'acme']).notes).toBe(NOTES);
  });

  it('changes nothing when the editor cannot be found, and says so', async () => {
    const before = binder.dump();
    const missing = join(binder.dir, 'no-such-editor');
    const result = await runCrmInPty(['edit', 'acme'], [], { ...terminal, env: { ...terminal.env, EDITOR: missing } });

    expect(result.code).toBe(2);
    expect(result.text).toContain(`crm: the editor (${missing}) exited with 127; the notes were not changed`);
    expect(binder.dump()).toBe(before);
  });

  it('without a terminal, asks for the fields instead of opening the editor', () => {
    const script = editor('never.sh', WRITE_EDITED);
    const result = refused(binder, ['edit', 'acme'], { env: { EDITOR: script.path } });

    expect(result.stderr).toBe('crm: edit needs the fields to change (crm edit acme --phone "+48 22 555 01 02"), or a terminal for $EDITOR\n');
    expect(existsSync(join(binder.dir, 'never.sh.seen.file'))).toBe(false);
  });
});
