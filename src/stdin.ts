// Standard input, read whole: `crm log --note -` and `crm import -`.
import type { Input } from './io.js';

/**
 * Everything on standard input until its end. Read as a stream, not with readFileSync(0): once
 * process.stdin has been looked at (context.ts asks whether it is a terminal), a pipe on fd 0 is
 * non-blocking, and readFileSync fails with EAGAIN as soon as the writer falls behind the reader
 * (`pbpaste | crm log acme --note -` with a note over 64 KiB).
 */
export async function readStandardInput(stdin: Input): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * The first chunk on standard input, left there for whoever reads it next (readStandardInput or
 * a loop over process.stdin): what `crm import -` looks at to tell the file's format.
 */
export async function peekStandardInput(stdin: Input): Promise<Buffer> {
  for (let ended = false; ; ) {
    const chunk = stdin.read() as Buffer | string | null;
    if (chunk !== null) {
      stdin.unshift(chunk);
      return typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    }
    if (ended || stdin.readableEnded) return Buffer.alloc(0);
    ended = await new Promise<boolean>((resolve) => {
      const readable = () => finish(false);
      const end = () => finish(true);
      const finish = (atEnd: boolean) => {
        stdin.off('readable', readable);
        stdin.off('end', end);
        resolve(atEnd);
      };
      stdin.once('readable', readable);
      stdin.once('end', end);
    });
  }
}

/**
 * `--note -`: the note from standard input, without the trailing newlines of a terminal's last
 * Enter. Nothing on standard input is refused, as an empty --note "" is.
 */
export async function readNote(stdin: Input, example: string): Promise<string> {
  const note = (await readStandardInput(stdin)).toString('utf8').trimEnd();
  if (note.trim() === '') {
    const [{ UserError }, { messages }, { errors }] = await Promise.all([import('./errors.js'), import('./i18n/catalogue.js'), import('./i18n/en/errors.js')]);
    throw new UserError(messages('errors', errors)().noNoteOnStdin({ example }));
  }
  return note;
}
