/**
 * The smoke section of stackgate.yml (part of the one schema in schema.ts). Kept in its own module
 * so that `stackgate smoke` with a one-off target, and actions/smoke, validate targets without
 * loading the check catalogue.
 */
import { z } from 'zod';
import { DURATION_EXAMPLES, DURATION_PATTERN, isDuration } from '../smoke/duration';

/** Environment, stack and service names. */
export const name = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'expected a name of letters, digits, ".", "_" or "-"');

export const duration = z
  .union([
    z.number().nonnegative(),
    z
      .string()
      .regex(DURATION_PATTERN, `expected a duration such as ${DURATION_EXAMPLES}`)
      .refine(isDuration, 'expected units from the largest down, each once (1h30m)'),
  ])
  .describe(`Milliseconds, or a duration such as ${DURATION_EXAMPLES}.`);

const toolCall = z.strictObject({
  tool: z.string().min(1).describe('Tool name.'),
  arguments: z.record(z.string(), z.unknown()).default({}).describe('Arguments passed to tools/call.'),
  expect: z
    .strictObject({
      contains: z.string().optional().describe('The text content contains this string.'),
      regex: z.string().optional().describe('The text content matches this regular expression.'),
      json: z.unknown().optional().describe('The structured content (or the text parsed as JSON) contains this subset.'),
      isError: z.boolean().default(false).describe('Whether the result is expected to be an error (isError: true).'),
    })
    .default({ isError: false }),
});

export const smokeTarget = z
  .strictObject({
    transport: z
      .enum(['streamable-http', 'sse', 'stdio'])
      .optional()
      .describe('MCP transport (default: stdio with command; sse for a URL ending in /sse; otherwise streamable-http).'),
    url: z.string().optional().describe('MCP endpoint URL (streamable-http or sse); ${VAR} is read from the environment.'),
    command: z.array(z.string()).min(1).optional().describe('Command and arguments that start the server on stdio.'),
    env: z.record(z.string(), z.string()).default({}).describe('Environment of the stdio command; ${VAR} is read from the environment and never printed.'),
    cwd: z.string().optional().describe('Working directory of the stdio command (relative to the repository).'),
    headers: z.record(z.string(), z.string()).default({}).describe('Request headers; ${VAR} is read from the environment and never printed.'),
    health: z
      .strictObject({
        url: z.string().describe('Health endpoint URL.'),
        status: z.number().int().default(200).describe('Expected HTTP status.'),
        json: z.record(z.string(), z.unknown()).optional().describe('Expected values by JSON path in the body (e.g. {"status": "ok", "checks.db": "up"}).'),
        budget: duration.optional().describe('Latency budget of the health request.'),
      })
      .optional(),
    tools: z.array(z.string()).default([]).describe('Tools that must be listed.'),
    minTools: z.number().int().nonnegative().optional().describe('At least this many tools.'),
    resources: z.array(z.string()).optional().describe('Resource URIs that must be listed (resources/list).'),
    prompts: z.array(z.string()).optional().describe('Prompts that must be listed (prompts/list).'),
    calls: z.array(toolCall).default([]).describe('tools/call checks.'),
    repetitions: z.number().int().positive().max(10000).default(1).describe('Run the tool calls this many times for latency percentiles and the error rate.'),
    budgets: z
      .strictObject({
        p50: duration.optional().describe('Median tool call latency.'),
        p95: duration.optional().describe('95th percentile of tool call latency.'),
        p99: duration.optional().describe('99th percentile of tool call latency.'),
        errorRate: z.number().min(0).max(1).optional().describe('Highest accepted share of failed calls.'),
      })
      .default({}),
    sessionChecks: z.boolean().default(true).describe('Streamable HTTP: check that an unknown session gets 404 and that the session ends at the end.'),
    expectedFailures: z
      .array(z.string())
      .default([])
      .describe('Check ids known to fail (e.g. "call:fetch", "session-unknown"): reported as expected failures, not failing.'),
  })
  .describe('How to smoke-test one MCP service in one environment.');

export const smokeSection = z
  .strictObject({
    waitTimeout: duration.default('60s').describe('How long to wait for a target to answer (retrying with backoff) before checking it.'),
    timeout: duration.default('10s').describe('Timeout of each request.'),
    concurrency: z.number().int().positive().default(4).describe('Services checked at once.'),
    drift: z
      .enum(['fail', 'warn', 'off'])
      .default('fail')
      .describe("When the tool surface differs from the previous environment's report (--compare): fail, warn or do not check."),
    strict: z.boolean().default(false).describe('Fail on protocol-hygiene findings (session-unknown, session-close) instead of reporting them as warnings.'),
    environments: z.record(name, z.record(z.string(), smokeTarget)).default({}).describe('Smoke targets per environment and service.'),
  })
  .default({ waitTimeout: '60s', timeout: '10s', concurrency: 4, drift: 'fail', strict: false, environments: {} })
  .describe('Post-deploy smoke tests (stackgate smoke).');

export type SmokeTarget = z.infer<typeof smokeTarget>;
export type SmokeConfig = z.infer<typeof smokeSection>;

/** stackgate.yml seen by the smoke command: its smoke section, every other key left to the full schema. */
export const smokeOnlyConfig = z.looseObject({ smoke: smokeSection });
