/** Machine-readable output (`--format json`): a versioned envelope with counts and every finding. */
import { countFindings, type Finding } from '../findings';
import { sortFindings, type ValidateSummary } from './summary';

export interface JsonReport {
  version: 1;
  summary: { errors: number; warnings: number; info: number; filesChecked: number };
  findings: JsonFinding[];
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  checkId: string;
  messageId?: string;
  severity: Finding['severity'];
  category: string;
  message: string;
  environments?: string[];
  subject?: string;
}

export function renderJson(findings: Finding[], summary: ValidateSummary): string {
  const counts = countFindings(findings);
  const report: JsonReport = {
    version: 1,
    summary: { errors: counts.error, warnings: counts.warning, info: counts.info, filesChecked: summary.filesChecked },
    findings: sortFindings(findings).map(toJsonFinding),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Copies the known fields in a fixed order, so the output never depends on how a finding was built. */
function toJsonFinding(f: Finding): JsonFinding {
  const out: JsonFinding = { file: f.file, line: f.line, column: f.column } as JsonFinding;
  if (f.endLine !== undefined) out.endLine = f.endLine;
  if (f.endColumn !== undefined) out.endColumn = f.endColumn;
  out.checkId = f.checkId;
  if (f.messageId !== undefined) out.messageId = f.messageId;
  out.severity = f.severity;
  out.category = f.category;
  out.message = f.message;
  if (f.environments?.length) out.environments = [...f.environments];
  if (f.subject !== undefined) out.subject = f.subject;
  return out;
}
