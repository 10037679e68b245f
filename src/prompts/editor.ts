// Edits a text in the user's $EDITOR (or $VISUAL, else vi), through a private temporary file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { messages } from '../i18n/catalogue.js';
import { prompts as english } from '../i18n/en/prompts.js';

const say = messages('prompts', english);

export async function editText(current: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'crm-'));
  const file = join(dir, 'notes.txt');
  try {
    writeFileSync(file, current, { mode: 0o600 });
    const editor = process.env.VISUAL || process.env.EDITOR || 'vi';
    // The editor command may carry arguments ("code --wait"): the shell splits it. The file's path
    // is ours (mkdtemp), so quoting it is enough.
    const result = spawnSync(`${editor} '${file}'`, { stdio: 'inherit', shell: true });
    if (result.status !== 0) throw new UserError(say().editorFailed({ editor, status: `${result.status ?? result.signal}` }));
    return readFileSync(file, 'utf8').trimEnd();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
