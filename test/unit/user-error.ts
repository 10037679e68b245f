// What a bad input must give: a UserError, exit code 2, one line (crm prints it as it is).
import { expect } from 'vitest';
import { UserError } from '../../src/errors.js';

/** Runs `run` and returns the UserError it throws; fails the test when it throws none or another. */
export function userErrorFrom(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) {
      expect(error.exitCode).toBe(2);
      expect(error.message).not.toContain('\n');
      return error;
    }
    throw error;
  }
  throw new Error('expected a UserError, but nothing was thrown');
}
