/**
 * The readiness report as JSON: written by `stackgate score --format json` and the readiness
 * action, read back by the delta (the base branch's report), the comment poster of the two-stage
 * workflow (an artifact it must not trust) and later by the promotion gate and the deploy ledger.
 * schema/readiness-report.schema.json is generated from this zod schema.
 */
import { z } from 'zod';
import { COMMENT_KEY } from './comment-settings';
import { READINESS_CATEGORIES } from './categories';

const grade = z.enum(['A', 'B', 'C', 'D', 'F']);
const severity = z.enum(['error', 'warning', 'info']);
const line = z.number().int().positive();
const text = z.string().max(4000);
const filePath = z.string().max(1000);

export const checkResultSchema = z.strictObject({
  id: z.string().max(200),
  title: text,
  category: z.enum(READINESS_CATEGORIES),
  severity: severity.describe('Highest severity among its findings; for passing checks its configured severity.'),
  weight: z.number().int().positive().describe('error 3, warning 2, info 1.'),
  status: z.enum(['pass', 'fail', 'not-applicable']),
  findings: z.number().int().nonnegative().describe('Number of findings (exact, even when locations are capped).'),
  file: filePath.optional().describe('First finding.'),
  line: line.optional(),
  message: text.optional(),
  locations: z.array(z.strictObject({ file: filePath, line, message: text, severity })).max(50),
});

export const categoryScoreSchema = z.strictObject({
  id: z.union([z.enum(READINESS_CATEGORIES), z.literal('overall')]),
  title: text,
  score: z.number().min(0).max(100).nullable().describe('Null when no check of the category applies.'),
  grade: grade.nullable(),
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  notApplicable: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().describe('Applicable checks.'),
});

export const blockerSchema = z.strictObject({
  checkId: z.string().max(200),
  file: filePath,
  line,
  message: text,
});

export const readinessReportSchema = z
  .strictObject({
    schema: z.literal('https://stackgate.dev/schemas/readiness-report/v1'),
    tool: z.strictObject({ name: z.literal('stackgate'), version: z.string().max(50) }),
    commit: z
      .string()
      .regex(/^[0-9a-f]{7,64}$/)
      .nullable()
      .describe('The commit the score was computed for.'),
    generatedAt: z.string().max(40),
    score: z.number().min(0).max(100).describe('Weighted share of applicable checks that pass, one decimal.'),
    grade,
    passed: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
    notApplicable: z.number().int().nonnegative(),
    total: z.number().int().nonnegative().describe('Applicable checks.'),
    categories: z.array(categoryScoreSchema),
    blockers: z.array(blockerSchema).describe('Error-severity findings and secrets: they fail the gate whatever the score.'),
    secretsScanned: z.boolean(),
    checks: z.array(checkResultSchema),
  })
  .describe('stackgate readiness report');

export type Grade = z.infer<typeof grade>;
export type CheckResult = z.infer<typeof checkResultSchema>;
export type CategoryScore = z.infer<typeof categoryScoreSchema>;
export type Blocker = z.infer<typeof blockerSchema>;
export type ReadinessReport = z.infer<typeof readinessReportSchema>;

export function readinessReportJsonSchema(): unknown {
  return z.toJSONSchema(readinessReportSchema, { io: 'output' });
}

const categoryDeltaSchema = z.strictObject({
  id: categoryScoreSchema.shape.id,
  title: text,
  from: z.number().nullable(),
  to: z.number().nullable(),
  delta: z.number().nullable(),
});

export const readinessDeltaSchema = z.strictObject({
  baseCommit: z
    .string()
    .regex(/^[0-9a-f]{7,64}$/)
    .nullable(),
  baseScore: z.number().min(0).max(100),
  baseGrade: grade,
  delta: z.number().min(-100).max(100),
  categories: z.array(categoryDeltaSchema),
  newlyFailing: z.array(checkResultSchema),
  newlyFixed: z.array(checkResultSchema),
});

export const gateVerdictSchema = z.strictObject({ passed: z.boolean(), reasons: z.array(text) });

/**
 * What the readiness action leaves for the comment poster of the two-stage workflow (an
 * artifact): the report, its delta and verdict, and which pull request and commit it is for.
 * The poster runs with a write token, so it parses this strictly and renders the comment itself.
 */
export const readinessEnvelopeSchema = z.strictObject({
  report: readinessReportSchema,
  delta: readinessDeltaSchema.optional(),
  verdict: gateVerdictSchema,
  notes: z.array(text).max(10).default([]),
  pullRequest: z.strictObject({ number: z.number().int().positive(), headSha: z.string().regex(/^[0-9a-f]{40,64}$/) }).optional(),
  commentKey: z.string().regex(COMMENT_KEY),
});
export type ReadinessEnvelope = z.infer<typeof readinessEnvelopeSchema>;
