/** Smoke reports for core tests (render, fit-report), validated by the report schema so they cannot drift from it. */
import { summarize, targetPassed } from '../../src/core/smoke/outcome';
import { SMOKE_REPORT_SCHEMA_ID, smokeReportSchema, type SmokeCheck, type SmokeReport, type TargetReport } from '../../src/core/smoke/report-schema';

export const check = (id: string, status: SmokeCheck['status'], message: string, durationMs?: number): SmokeCheck => ({
  id,
  status,
  message,
  ...(durationMs !== undefined ? { durationMs } : {}),
});

export function target(service: string, checks: SmokeCheck[], extra: Partial<TargetReport> = {}): TargetReport {
  return {
    service,
    transport: 'streamable-http',
    endpoint: `https://${service}.example.com/mcp`,
    passed: targetPassed(checks),
    durationMs: 1234,
    attempts: 1,
    checks,
    ...extra,
  };
}

/** A report around targets (environment prod, commit abc1234), its summary computed from them. */
export function report(targets: TargetReport[], extra: Partial<SmokeReport> = {}): SmokeReport {
  const summary = summarize(targets);
  return smokeReportSchema.parse({
    schema: SMOKE_REPORT_SCHEMA_ID,
    tool: { name: 'stackgate', version: '0.1.0' },
    environment: 'prod',
    commit: 'abc1234',
    generatedAt: '2025-01-01T00:00:00.000Z',
    durationMs: 2500,
    passed: summary.failedTargets === 0,
    summary,
    targets,
    ...extra,
  } satisfies SmokeReport);
}
