/** A smoke report read back (--compare, the action's compare-with): strictly parsed, errors name the file and field. */
import { UserError } from '../errors';
import { smokeReportSchema, type SmokeReport } from './report-schema';

export function readSmokeReport(text: string, file: string): SmokeReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not JSON (${(e as Error).message})`);
  }
  const parsed = smokeReportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`${file}: not a stackgate smoke report: ${issue.path.join('.') || '(root)'}: ${issue.message}`, { hint: 'pass the JSON report of a previous stackgate smoke run (--format json or the report-json output)' });
  }
  return parsed.data;
}
