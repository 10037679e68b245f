// Two people at one binder (issue 13, point 4): a change is built from what its command read and
// written later (a whole prompt later, on a terminal). Someone else's change to the same dossier in
// between is never overwritten unseen: a logged note is added after theirs and the refiling starts
// from where they filed it (the history's from/to chain unbroken, both notes kept), and a card field
// both changed is refused, with what was typed printed back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBinder, type Binder } from './cli.js';
import { choose, key, spawnCrmInPty, type PtyOptions } from './pty.js';
import { copyBinder, ok, seed, type ShowJson } from './support.js';

const TODAY = '2026-11-23'; // a Monday

let binder: Binder;
let terminal: PtyOptions;

beforeEach(() => {
  const template = tempBinder(TODAY);
  seed(template, 'zolc', 'today', 'Łukasz Żółć', ['--company', 'Acme Sp. z o.o.']);
  binder = copyBinder(template, TODAY);
  template.remove();
  terminal = { env: { HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: TODAY }, cols: 120, rows: 30 };
});
afterEach(() => binder.remove());

/** The history's filing entries: each must start where the one before it ended. */
function chain(history: ShowJson['history']): { from: string | null; to: string | null }[] {
  return history.filter((entry) => ['filed', 'moved', 'closed'].includes(entry.kind)).map(({ from, to }) => ({ from, to }));
}

describe('two crm log processes on one dossier', () => {
  it('a log typed at a terminal while another process logged and refiled the dossier: both notes kept, the chain unbroken, and the user told', async () => {
    const session = spawnCrmInPty(['log', 'zolc'], terminal);
    try {
      // The first process has read the dossier (filed today) and waits for the user.
      await session.expect('What was said with Łukasz Żółć?');
      // Meanwhile a second process (a colleague, a script) logs a call and refiles zolc to Friday.
      expect(ok(binder, ['log', 'zolc', '--note', 'colleague: sent the price list', '--outcome', 'offer-sent', '--next', 'fri'], { spawn: true })).toContain('Refiled');
      session.send('wants 40 units', key.enter);
      await session.expect('How did it end?');
      await choose(session, 'reached');
      await session.expect('Next contact');
      session.send('8', key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }
    expect(session.screen).toContain('Meanwhile someone else refiled zolc (from Mon 23 Nov to Fri 27 Nov); this change was made from there');

    const dossier = binder.json<ShowJson>(['show', 'zolc']);
    expect(dossier.filedOn).toBe('2026-12-08');
    const notes = dossier.history.filter((entry) => entry.kind === 'call').map((entry) => entry.note);
    expect(notes).toEqual(['colleague: sent the price list', 'wants 40 units']);
    // Opened today, refiled to Friday by the colleague, then from Friday (not from today) to the 8th.
    expect(chain(dossier.history).slice(-2)).toEqual([
      { from: '2026-11-23', to: '2026-11-27' },
      { from: '2026-11-27', to: '2026-12-08' },
    ]);
    // Undo takes back the second log whole: the colleague's filing stands again.
    ok(binder, ['undo']);
    expect(binder.json<ShowJson>(['show', 'zolc']).filedOn).toBe('2026-11-27');
  });

  it('two logs started at once, each by its own process: every note is in the history once and the chain of filings is whole', async () => {
    const { spawn } = await import('node:child_process');
    const { CRM } = await import('./cli.js');
    const days = ['tue', 'wed', 'thu', 'fri', '30', '1', '2', '3'];
    const runs = days.map(
      (day, i) =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, [CRM, 'log', 'zolc', '--note', `note ${i}`, '--next', day], {
            env: { PATH: process.env.PATH, HOME: binder.dir, CRM_DB: binder.db, CRM_TODAY: TODAY },
            stdio: 'ignore',
          });
          child.on('exit', resolve);
        }),
    );
    expect(await Promise.all(runs)).toEqual(days.map(() => 0));
    const dossier = binder.json<ShowJson>(['show', 'zolc']);
    expect(dossier.history.filter((entry) => entry.kind === 'call').map((entry) => entry.note).sort()).toEqual(days.map((_, i) => `note ${i}`));
    const filings = chain(dossier.history);
    // Each refiling starts where the one before it ended, and the last ends where the dossier is.
    expect(filings[0]).toEqual({ from: null, to: TODAY });
    for (let i = 1; i < filings.length; i++) expect(filings[i]?.from, `filing ${i}`).toBe(filings[i - 1]?.to);
    expect(filings.at(-1)?.to).toBe(dossier.filedOn);
  });
});

describe('a card field changed by two people', () => {
  it('crm edit in $EDITOR while someone else changed the notes: refused, nothing written, the typed notes printed back', async () => {
    ok(binder, ['edit', 'zolc', '--notes', 'first notes']);
    const { writeFileSync, chmodSync } = await import('node:fs');
    const { join } = await import('node:path');
    // The "editor" changes the notes, but before it is done a colleague changes them too.
    const editor = join(binder.dir, 'editor.sh');
    const { CRM } = await import('./cli.js');
    writeFileSync(
      editor,
      `#!/bin/sh\nCRM_DB='${binder.db}' CRM_TODAY=${TODAY} '${process.execPath}' '${CRM}' edit zolc --notes 'colleague notes' >/dev/null\nprintf 'my long notes typed with care' > "$1"\n`,
    );
    chmodSync(editor, 0o755);
    const session = spawnCrmInPty(['edit', 'zolc'], { ...terminal, env: { ...terminal.env, EDITOR: editor } });
    let exit;
    try {
      exit = await session.exited();
    } finally {
      await session.kill();
    }
    expect(exit).toMatchObject({ code: 2 });
    expect(session.screen).toContain("zolc's notes changed since crm read the dossier");
    expect(session.screen).toContain('my long notes typed with care');
    expect(binder.json<ShowJson>(['show', 'zolc']).notes).toBe('colleague notes');
  });
});

describe('a plan made from what was read (issue 16: plans skip and list what changed after them)', () => {
  it('crm postpone --auto: a dossier of the plan that someone refiled while the plan waited at "Apply this plan?" stays where they put it, and is listed', async () => {
    ok(binder, ['config', 'capacity', '1']);
    seed(binder, 'vip', 'today', 'Vera Pilch', ['--priority', 'A']);
    seed(binder, 'kowal', 'today', 'Jan Kowalski', ['--priority', 'C']);
    const session = spawnCrmInPty(['postpone', '--auto'], terminal);
    try {
      await session.expect('Apply this plan?');
      // The plan moves the two of lower priority (zolc B, kowal C) to tomorrow; a colleague refiles kowal to Friday.
      expect(session.screen).toContain('kowal');
      ok(binder, ['log', 'kowal', '--note', 'called back already', '--outcome', 'reached', '--next', 'fri'], { spawn: true });
      session.send('y', key.enter);
      expect(await session.exited()).toMatchObject({ code: 0 });
    } finally {
      await session.kill();
    }
    expect(session.screen).toContain('Skipped kowal: someone else refiled it after the plan was made (from Mon 23 Nov to Fri 27 Nov); it stays there.');
    expect(binder.json<ShowJson>(['show', 'kowal']).filedOn).toBe('2026-11-27');
    // The rest of the plan is applied.
    expect(binder.json<ShowJson>(['show', 'zolc']).filedOn).toBe('2026-11-24');
    expect(binder.json<ShowJson>(['show', 'vip']).filedOn).toBe('2026-11-23');
    const kowal = binder.json<ShowJson>(['show', 'kowal']).history.map((entry) => entry.kind);
    expect(kowal.filter((kind) => kind === 'moved')).toEqual([]);
  });
});
