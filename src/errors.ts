/**
 * An expected failure: bad input, an unknown client, a damaged binder. Thrown anywhere, caught once
 * in main.ts, printed as its message alone, and turned into the exit code (2 for what the user typed).
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
    /** Further lines shown under the message (the clients an ambiguous name matched, say). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}
