/** A JSON report read back (an artifact, a previous run's output): strictly parsed, errors name the file and the field. */
import type { z } from 'zod';
import { UserError } from '../errors';

export function parseJsonReport<S extends z.ZodType>(text: string, file: string, schema: S, what: string, hint?: string): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not JSON (${(e as Error).message})`, hint ? { hint } : {});
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`${file}: not a ${what}: ${issue.path.join('.') || '(root)'}: ${issue.message}`, hint ? { hint } : {});
  }
  return parsed.data;
}
