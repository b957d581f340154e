/** A true/false action input, in the YAML 1.2 core schema's forms (as @actions/core's getBooleanInput); undefined when empty, for the caller's default. */
import * as core from '@actions/core';
import { UserError } from '../core/errors';

export function booleanInput(name: string): boolean | undefined {
  const value = core.getInput(name);
  if (!value) return undefined;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new UserError(`input "${name}": expected true or false, got "${value}"`);
}
