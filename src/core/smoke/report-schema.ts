/**
 * The smoke report: what `stackgate smoke --format json` prints and actions/smoke writes to
 * `report-json`. The deploy ledger and promotion gates read it back, and `--compare` reads the
 * previous environment's report for tool-surface drift, so its shape is a schema
 * (schema/smoke-report.schema.json; docs/smoke.md).
 */
import { z } from 'zod';

export const SMOKE_REPORT_SCHEMA_ID = 'https://stackgate.dev/schemas/smoke-report/v1';
export const TRANSPORTS = ['streamable-http', 'sse', 'stdio'] as const;
export const CHECK_STATUSES = ['pass', 'fail', 'warn', 'skipped', 'expected-failure'] as const;

export const smokeCheckSchema = z.object({
  id: z
    .string()
    .describe(
      'Stable id: reachable, health, initialize, ping, tools-list, tool-schemas, call:<tool>, resources-list, prompts-list, latency, error-rate, session-unknown, session-close, tool-surface, expected-failures.',
    ),
  status: z
    .enum(CHECK_STATUSES)
    .describe(
      'fail fails the target. warn is shown and counted but does not: a protocol-hygiene check (session-unknown, session-close) that failed without strict, tool-surface with drift: warn, an expectedFailures entry that names no check or passed.',
    ),
  message: z.string(),
  durationMs: z.number().optional(),
});

const toolSurfaceSchema = z.object({
  name: z.string(),
  /** sha256 of the canonical JSON of the input schema. */
  schemaHash: z.string(),
  inputSchema: z.unknown().optional(),
});

export const latencySchema = z.object({
  basis: z.enum(['tools/call', 'tools/list']),
  samples: z.number().int(),
  p50Ms: z.number(),
  p95Ms: z.number(),
  p99Ms: z.number(),
  maxMs: z.number(),
  errors: z.number().int(),
  errorRate: z.number(),
});

export const targetReportSchema = z.object({
  service: z.string(),
  transport: z.enum(TRANSPORTS),
  /** The URL (credentials and secret query values redacted) or the command. */
  endpoint: z.string(),
  passed: z.boolean(),
  durationMs: z.number(),
  /** Connection attempts during warm-up. */
  attempts: z.number().int(),
  server: z.object({ name: z.string(), version: z.string() }).optional(),
  protocolVersion: z.string().optional(),
  checks: z.array(smokeCheckSchema),
  latency: latencySchema.optional(),
  tools: z.array(toolSurfaceSchema).optional(),
});

export const smokeReportSchema = z.object({
  schema: z.literal(SMOKE_REPORT_SCHEMA_ID),
  tool: z.object({ name: z.literal('stackgate'), version: z.string() }),
  environment: z.string().nullable(),
  commit: z.string().nullable(),
  generatedAt: z.string(),
  durationMs: z.number(),
  passed: z.boolean(),
  /** Absent in reports of versions before the setting existed. */
  strict: z
    .boolean()
    .optional()
    .describe(
      'true: a protocol-hygiene check (session-unknown, session-close) that failed is a failure (smoke.strict, --strict, input strict); false: it is a warning.',
    ),
  summary: z.object({
    targets: z.number().int(),
    passedTargets: z.number().int(),
    failedTargets: z.number().int(),
    checks: z.number().int(),
    failedChecks: z.number().int(),
    expectedFailures: z.number().int(),
    warnings: z.number().int(),
    skippedChecks: z.number().int(),
  }),
  /** The report the tool surfaces were compared with (environment and commit), when --compare was given. */
  comparedWith: z.object({ environment: z.string().nullable(), commit: z.string().nullable(), generatedAt: z.string() }).optional(),
  targets: z.array(targetReportSchema),
});

export type SmokeCheck = z.infer<typeof smokeCheckSchema>;
export type SmokeCheckStatus = SmokeCheck['status'];
export type ToolSurface = z.infer<typeof toolSurfaceSchema>;
export type TargetLatency = z.infer<typeof latencySchema>;
export type TargetReport = z.infer<typeof targetReportSchema>;
export type SmokeReport = z.infer<typeof smokeReportSchema>;
export type Transport = (typeof TRANSPORTS)[number];

export function smokeReportJsonSchema(): unknown {
  return z.toJSONSchema(smokeReportSchema, { io: 'output', unrepresentable: 'any' });
}
