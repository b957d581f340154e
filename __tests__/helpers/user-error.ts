import { UserError } from '../../src/core/errors';

/** The UserError a call throws; fails the test when it throws nothing or something else. */
export function thrown(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}
