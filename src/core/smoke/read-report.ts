/** A smoke report read back (--compare, the action's compare-with): strictly parsed, errors name the file and field. */
import { parseJsonReport } from '../report/parse-json-report';
import { smokeReportSchema, type SmokeReport } from './report-schema';

export function readSmokeReport(text: string, file: string): SmokeReport {
  return parseJsonReport(
    text,
    file,
    smokeReportSchema,
    'stackgate smoke report',
    'pass the JSON report of a previous stackgate smoke run (--format json or the report-json output)',
  );
}
