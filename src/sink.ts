// Where a command's data goes while it is being made (crm export to standard output): a pipe takes
// 64 KiB at a time, and whatever the reader has not taken yet waits in Node's memory. A sink's
// writes wait for the reader instead, so memory stays flat whatever the size of the output.

/** Data written as it is made; each write resolves when the reader has room for more. */
export interface Sink {
  write(chunk: string | Uint8Array): Promise<void>;
}

/** A sink on a Node stream: a write that fills the stream's buffer waits for its 'drain'. */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  return {
    write: (text) =>
      stream.write(text)
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            const done = (error?: Error) => {
              stream.off('drain', drained);
              stream.off('error', done);
              stream.off('close', closed);
              if (error) reject(error);
              else resolve();
            };
            const drained = () => done();
            // A reader that went away never drains: the stream's error (EPIPE) says why.
            const closed = () => done(new Error('the output was closed before everything was written'));
            stream.on('drain', drained);
            stream.on('error', done);
            stream.on('close', closed);
          }),
  };
}
