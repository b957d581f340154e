/**
 * `environments.<env>.gate` and `environments.<env>.protection` of stackgate.yml.
 *
 * - `gate`: what `stackgate gate` proves before a release manager's approval lets a job deploy the
 *   environment (the previous environment's verified deployment of the same commit, its smoke
 *   result, the readiness score, soak time, freeze windows, Prometheus, the protection rules).
 * - `protection`: the environment's protection on GitHub as code (`stackgate environments
 *   sync|check`): required reviewers, wait timer, self-review, deployment branches and tags.
 */
import { Cron } from 'croner';
import { z } from 'zod';
import { duration, name } from './smoke-schema';
import { httpUrl } from './deploy-schema';

/** Whether the runtime knows the IANA time zone (Europe/Berlin, UTC). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Why croner rejects a cron pattern (five fields, or six with seconds), or undefined when it is valid. */
export function cronProblem(pattern: string): string | undefined {
  try {
    new Cron(pattern, { paused: true });
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message.replace(/^CronPattern: /, '') : String(e);
  }
}

/** An instant with its offset (2026-12-20T00:00:00Z, 2026-12-20T01:00:00+01:00): a date without a zone means nothing across runners. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const instant = z
  .string()
  .regex(INSTANT, 'expected a date and time with its offset, such as 2026-12-20T00:00:00Z')
  .refine((v) => Number.isFinite(Date.parse(v)), 'not a real date');

const reason = z.string().min(1).optional().describe('Shown when the window blocks a promotion (e.g. "weekend freeze").');

export const recurringFreezeSchema = z
  .strictObject({
    cron: z
      .string()
      .superRefine((value, ctx) => {
        const problem = cronProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: `not a cron pattern: ${problem}` });
      })
      .describe('When each window starts: a cron pattern ("0 16 * * 5" is Friday 16:00) in the time zone.'),
    duration: duration.describe('How long each window lasts (64h), in elapsed time: across a DST change the wall-clock end moves by the hour.'),
    timezone: z.string().refine(isTimeZone, 'not an IANA time zone (Europe/Berlin, UTC)').default('UTC'),
    reason,
  })
  .describe('A recurring freeze window: starts at every cron occurrence in the time zone and lasts duration.');

export const datedFreezeSchema = z
  .strictObject({ from: instant, to: instant, reason })
  .refine((w) => Date.parse(w.to) > Date.parse(w.from), { message: '"to" must be after "from"', path: ['to'] })
  .describe('A dated freeze window, from (inclusive) to (exclusive).');

export const freezeWindowSchema = z.union([recurringFreezeSchema, datedFreezeSchema]);

const prometheusCheck = z
  .strictObject({
    name,
    query: z.string().min(1).describe('PromQL that returns one number (a scalar, or a vector of one sample).'),
    max: z.number().optional().describe('Highest value that passes.'),
    min: z.number().optional().describe('Lowest value that passes.'),
  })
  .refine((c) => c.max !== undefined || c.min !== undefined, 'expected max, min or both')
  .describe('A query measured at every interval; a measurement without data fails.');

export const gatePrometheusSchema = z
  .strictObject({
    url: httpUrl.describe('Prometheus base URL (the /api/v1/query endpoint is under it).'),
    checks: z.array(prometheusCheck).min(1),
    interval: duration.default('1m').describe('Between two measurements.'),
    count: z.number().int().min(1).max(100).default(5).describe('Measurements per check.'),
    failureLimit: z.number().int().min(0).default(0).describe('Failed measurements a check may have and still pass (no data is a failure).'),
    timeout: duration.default('10s').describe('Of each query; an unreachable Prometheus fails the gate.'),
  })
  .refine((p) => p.failureLimit < p.count, { message: 'failureLimit must be below count, or no measurement could fail the check', path: ['failureLimit'] })
  .describe('Canary analysis of production metrics: every check measured count times, interval apart.');

export const gateProtectionSchema = z
  .strictObject({
    requiredReviewers: z.number().int().min(0).max(6).default(1).describe('Fewest required reviewers the environment must list (GitHub allows 6).'),
    preventSelfReview: z.boolean().default(false).describe('Whoever triggered the run must not be able to approve it.'),
    branches: z
      .array(z.string().min(1))
      .optional()
      .describe('The environment must be deployable only from these branches (name patterns of its deployment branch policy), or "protected" branches.'),
  })
  .describe('The least protection the environment must have on GitHub; weaker, missing or unreadable protection closes the gate.');

export const gateSchema = z
  .strictObject({
    requires: name.optional().describe('The previous environment in the chain: this commit must have a verified stackgate deployment there.'),
    minScore: z.number().min(0).max(100).optional().describe('Lowest readiness score of the commit (as recorded by the previous deployment).'),
    soak: duration.optional().describe('Time since the previous environment verified this commit.'),
    smoke: z
      .enum(['passed', 'any'])
      .default('passed')
      .describe('passed: the previous deployment must have run smoke tests and passed them; any: a verified deployment without smoke counts.'),
    freeze: z.array(freezeWindowSchema).default([]).describe('No promotion inside these windows.'),
    prometheus: gatePrometheusSchema.optional(),
    protection: gateProtectionSchema.optional().describe('Default: what environments.<env>.protection declares, else one required reviewer.'),
  })
  .superRefine((gate, ctx) => {
    if (gate.requires !== undefined) return;
    for (const key of ['minScore', 'soak'] as const)
      if (gate[key] !== undefined)
        ctx.addIssue({ code: 'custom', message: `${key} is measured on the previous environment's deployment: set requires too`, path: [key] });
  })
  .describe('What stackgate gate proves before this environment is deployed.');

const BRANCH_POLICIES = z.union([z.literal('protected'), z.array(z.string().min(1)).min(1)]);

export const environmentProtectionSchema = z
  .strictObject({
    reviewers: z
      .array(z.string().regex(/^[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/, 'expected a user login, or org/team-slug for a team'))
      .max(6)
      .default([])
      .describe('Required reviewers: user logins, and teams as org/team-slug (at most 6; any one of them approves).'),
    waitTimer: duration.optional().describe('Wait after approval before the job starts (whole minutes, at most 30 days).'),
    preventSelfReview: z.boolean().default(false).describe('Whoever triggered the run cannot approve it.'),
    canAdminsBypass: z.boolean().default(true).describe('Repository administrators may bypass the protection (GitHub default: true).'),
    branches: BRANCH_POLICIES.optional().describe('"protected" (protected branches only) or name patterns (main, release/*); absent: any branch.'),
    tags: z.array(z.string().min(1)).default([]).describe('Tag name patterns that may deploy too (only with branch patterns).'),
  })
  .refine((p) => p.tags.length === 0 || Array.isArray(p.branches), { message: 'tags need branches as name patterns (not "protected")', path: ['tags'] })
  .describe('The environment on GitHub, as code: stackgate environments sync applies it, check reports drift.');

export type GateConfig = z.infer<typeof gateSchema>;
export type GateProtection = z.infer<typeof gateProtectionSchema>;
export type GatePrometheus = z.infer<typeof gatePrometheusSchema>;
export type FreezeWindow = z.infer<typeof freezeWindowSchema>;
export type EnvironmentProtection = z.infer<typeof environmentProtectionSchema>;
