// Standard input, read whole: `crm log --note -` and `crm import -`.

/**
 * Everything on standard input until its end. Read as a stream, not with readFileSync(0): once
 * process.stdin has been looked at (context.ts asks whether it is a terminal), a pipe on fd 0 is
 * non-blocking, and readFileSync fails with EAGAIN as soon as the writer falls behind the reader
 * (`pbpaste | crm log acme --note -` with a note over 64 KiB).
 */
export async function readStandardInput(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
