/**
 * The smoke use case: every target of the plan, `concurrency` at a time. Each target is first waited for
 * (retrying with exponential backoff within the wait timeout while nothing answers), then checked:
 * health, initialize, ping, tools/list (with pagination) and the input schemas, resources and
 * prompts when asked, the tool calls (repeated for latency percentiles and the error rate),
 * session hygiene (warnings unless the plan is strict), and the tool surface against the previous
 * environment's report. Every check ends in a status and a sentence; nothing waits without a
 * bound; secrets never reach a message.
 * What a server sends is bounded (message-limit.ts), and what the report keeps of it is too:
 * names to SERVER_NAME_LIMIT characters, messages to CHECK_MESSAGE_LIMIT (reportText).
 */
import { CHECK_MESSAGE_LIMIT, SERVER_NAME_LIMIT } from '../core/report/channel-budgets';
import type { PlannedTarget, SmokePlan } from '../core/smoke/plan';
import { compareSurface, toolSurface } from '../core/smoke/drift';
import { formatMs } from '../core/smoke/duration';
import { checkCallResult } from '../core/smoke/expect';
import { latencyStats } from '../core/smoke/latency';
import { applyExpectedFailures, applyProtocolHygiene, summarize, targetPassed, unknownExpectedFailures } from '../core/smoke/outcome';
import { SMOKE_REPORT_SCHEMA_ID, type SmokeCheck, type SmokeReport, type TargetLatency, type TargetReport } from '../core/smoke/report-schema';
import { inputSchemaProblem } from '../core/smoke/schema-validity';
import { reportText } from '../core/smoke/report-text';
import { connectMcp, McpConnectError, type McpConnection, type McpTool } from '../adapters/mcp-client/connection';
import { describeError, withContext, type DescribedError } from '../adapters/mcp-client/describe-error';
import { checkHealth } from '../adapters/mcp-client/health';
import { endSession, probeUnknownSession } from '../adapters/mcp-client/session-probe';

export interface RunSmokeOptions {
  toolVersion: string;
  commit?: string;
  /** The previous environment's report, for tool-surface drift. */
  compareWith?: SmokeReport;
  /** Called as each target finishes (progress on stderr, a log group). */
  onTarget?: (target: TargetReport) => void;
}

/** The clock and the network of a smoke run; tests give a fake clock or a fetch that records. */
export interface RunSmokePorts {
  /** Milliseconds, for durations and the wait deadline (default performance.now). */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** HTTP for health checks and the MCP transports (default the global fetch). */
  fetch?: typeof fetch;
}

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 4000;
/** Consecutive failed calls after which the repetitions stop: the server is gone, not slow. */
const MAX_CONSECUTIVE_CALL_FAILURES = 3;

/** The ports with their defaults filled in. */
interface World {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
}

export async function runSmoke(plan: SmokePlan, options: RunSmokeOptions, ports: RunSmokePorts = {}): Promise<SmokeReport> {
  const world: World = {
    now: ports.now ?? (() => performance.now()),
    sleep: ports.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms))),
    fetch: ports.fetch,
  };
  const now = world.now;
  const started = now();
  const targets = await mapWithConcurrency(plan.targets, plan.concurrency, async (t) => {
    const report = await smokeOne(t, plan, options, world);
    options.onTarget?.(report);
    return report;
  });
  return {
    schema: SMOKE_REPORT_SCHEMA_ID,
    tool: { name: 'stackgate', version: options.toolVersion },
    environment: plan.environment,
    commit: options.commit ?? null,
    generatedAt: new Date().toISOString(),
    durationMs: Math.round(now() - started),
    passed: targets.every((t) => t.passed),
    strict: plan.strict,
    summary: summarize(targets),
    ...(options.compareWith && plan.drift !== 'off'
      ? { comparedWith: { environment: options.compareWith.environment, commit: options.compareWith.commit, generatedAt: options.compareWith.generatedAt } }
      : {}),
    targets,
  };
}

async function smokeOne(target: PlannedTarget, plan: SmokePlan, options: RunSmokeOptions, world: World): Promise<TargetReport> {
  const { now } = world;
  const started = now();
  const checks: SmokeCheck[] = [];
  const timed = async (id: string, run: () => Promise<Omit<SmokeCheck, 'id' | 'durationMs'>>): Promise<void> => {
    const t0 = now();
    const r = await run();
    checks.push({ id, ...r, durationMs: round(now() - t0) });
  };

  // Warm-up: wait for the target to answer, with exponential backoff, within the wait timeout.
  const warm = await warmUp(target, plan, world);
  if (warm.health) checks.push(warm.health);
  const c = warm.connection;
  const shown = (name: string) => reportText(name, plan.secrets, SERVER_NAME_LIMIT);
  const server = c?.server && { name: shown(c.server.name), version: shown(c.server.version) };
  const protocolVersion = c?.protocolVersion === undefined ? undefined : shown(c.protocolVersion);
  let tools: McpTool[] | undefined;
  let latency: TargetLatency | undefined;
  const skip = (ids: string[], why: string) => ids.forEach((id) => checks.push({ id, status: 'skipped', message: why }));
  const mcpCheckIds = [
    'ping',
    'tools-list',
    'tool-schemas',
    ...(target.resources ? ['resources-list'] : []),
    ...(target.prompts ? ['prompts-list'] : []),
    ...target.calls.map((c) => c.id),
    ...(hasLatencyCheck(target) ? ['latency'] : []),
    ...(target.budgets.errorRate !== undefined ? ['error-rate'] : []),
    ...(target.transport === 'streamable-http' && target.sessionChecks ? ['session-unknown', 'session-close'] : []),
  ];

  if (!c) {
    if (warm.neverAnswered) {
      checks.push({
        id: 'reachable',
        status: 'fail',
        message: `nothing answered within the wait timeout of ${formatMs(plan.waitTimeoutMs)} (${warm.attempts} attempts; last: ${warm.error!.message})`,
      });
      skip(['initialize', ...mcpCheckIds], 'not run: the target never answered');
    } else {
      checks.push({ id: 'reachable', status: 'pass', message: `answered (attempt ${warm.attempts})` });
      checks.push({ id: 'initialize', status: 'fail', message: `initialize failed: ${warm.error!.message}` });
      skip(mcpCheckIds, 'not run: initialize failed');
    }
  } else {
    try {
      checks.push({
        id: 'reachable',
        status: 'pass',
        message: `answered after ${warm.attempts} attempt${warm.attempts === 1 ? '' : 's'} in ${formatMs(warm.waitedMs)}`,
      });
      checks.push({
        id: 'initialize',
        status: 'pass',
        message: `protocol ${protocolVersion ?? 'unknown'}, server ${server ? `${server.name} ${server.version}` : 'without serverInfo'}${c.sessionId ? ', session id issued' : ''}`,
        durationMs: warm.initializeMs,
      });
      await timed('ping', async () => {
        try {
          await c.ping();
          return { status: 'pass', message: 'ping answered' };
        } catch (e) {
          return { status: 'fail', message: `ping failed: ${failure(e, c)}` };
        }
      });
      const listStarted = now();
      await timed('tools-list', async () => {
        try {
          const r = await c.listTools();
          tools = r.items.map((t) => ({ ...t, name: shown(t.name) }));
          return toolsListVerdict(target, tools, r.pages);
        } catch (e) {
          return { status: 'fail', message: `tools/list failed: ${failure(e, c)}` };
        }
      });
      const listMs = now() - listStarted;
      if (tools) {
        const problems = tools.flatMap((t) => {
          const p = inputSchemaProblem(t.inputSchema);
          return p ? [`${t.name}: ${p}`] : [];
        });
        checks.push(
          problems.length
            ? { id: 'tool-schemas', status: 'fail', message: problems.join('; ') }
            : { id: 'tool-schemas', status: 'pass', message: `all ${tools.length} input schemas are valid JSON Schema` },
        );
      } else skip(['tool-schemas'], 'not run: tools/list failed');
      // resources/list and prompts/list: the expected URIs or names among those listed.
      const listed = async (id: string, method: string, kind: string, expected: string[] | undefined, list: () => Promise<string[]>) => {
        if (!expected) return;
        await timed(id, async () => {
          try {
            const found = await list();
            const missing = expected.filter((x) => !found.includes(x));
            return missing.length
              ? { status: 'fail', message: `missing ${kind}: ${missing.join(', ')} (listed ${found.length})` }
              : { status: 'pass', message: `${found.length} ${kind} listed, the ${expected.length} expected among them` };
          } catch (e) {
            return { status: 'fail', message: `${method} failed: ${failure(e, c)}` };
          }
        });
      };
      await listed('resources-list', 'resources/list', 'resources', target.resources, async () => (await c.listResources()).items);
      await listed('prompts-list', 'prompts/list', 'prompts', target.prompts, async () => (await c.listPrompts()).items);
      latency = await runCalls(target, c, checks, now, tools ? listMs : undefined);
      if (target.transport === 'streamable-http' && target.sessionChecks) {
        if (!c.sessionId) skip(['session-unknown', 'session-close'], 'stateless server (no mcp-session-id): no session to end or leak');
        else {
          const probe = { url: target.url!, headers: target.headers, protocolVersion: c.protocolVersion, timeoutMs: plan.timeoutMs, fetch: world.fetch };
          checks.push(await probeUnknownSession(probe));
          checks.push(await endSession(probe, c.sessionId));
        }
      }
    } finally {
      await c.close();
    }
  }

  const surface = tools ? toolSurface(tools) : undefined;
  if (options.compareWith && plan.drift !== 'off') checks.push(compareSurface({ service: target.service, tools: surface }, options.compareWith, plan.drift));
  const unknown = unknownExpectedFailures(checks, target.expectedFailures);
  if (unknown.length)
    checks.push({
      id: 'expected-failures',
      status: 'warn',
      message: `expectedFailures names no check of this target: ${unknown.join(', ')} (check ids are listed in docs/smoke.md)`,
    });
  const reported = applyProtocolHygiene(applyExpectedFailures(checks, target.expectedFailures), plan.strict).map((x) => ({
    ...x,
    message: reportText(x.message, plan.secrets, CHECK_MESSAGE_LIMIT),
  }));
  return {
    service: target.service,
    transport: target.transport,
    endpoint: target.endpoint,
    passed: targetPassed(reported),
    durationMs: round(now() - started),
    attempts: warm.attempts,
    ...(server ? { server } : {}),
    ...(protocolVersion ? { protocolVersion } : {}),
    checks: reported,
    ...(latency ? { latency } : {}),
    ...(surface ? { tools: surface } : {}),
  };
}

interface WarmUp {
  connection?: McpConnection;
  health?: SmokeCheck;
  attempts: number;
  waitedMs: number;
  initializeMs?: number;
  /** Every attempt failed in a way that waiting could fix, until the deadline. */
  neverAnswered: boolean;
  error?: DescribedError;
}

async function warmUp(target: PlannedTarget, plan: SmokePlan, { now, sleep, fetch }: World): Promise<WarmUp> {
  const started = now();
  const deadline = started + plan.waitTimeoutMs;
  let delay = FIRST_RETRY_MS;
  let attempts = 0;
  let health: SmokeCheck | undefined;
  for (;;) {
    attempts++;
    let error: DescribedError | undefined;
    if (target.health) {
      const h = await checkHealth(target.health, target.headers, plan.timeoutMs, fetch);
      health = h.check;
      error = h.unreachable;
    }
    if (!error) {
      const t0 = now();
      try {
        const connection = await connectMcp(target, { timeoutMs: plan.timeoutMs, fetch });
        return { connection, health, attempts, waitedMs: now() - started, initializeMs: round(now() - t0), neverAnswered: false };
      } catch (e) {
        error = describeError(e);
        if (target.transport === 'stdio') error = { ...error, retryable: false };
        // The SDK reports some failures only to the transport (an answer that is not JSON-RPC).
        if ((!error.retryable || error.message === 'no answer before the timeout') && e instanceof McpConnectError)
          error = { ...error, message: withContext(error.message, e.transportError, e.stderrTail) };
      }
    }
    if (!error.retryable || now() + delay > deadline) return { health, attempts, waitedMs: now() - started, neverAnswered: error.retryable, error };
    await sleep(delay);
    delay = Math.min(delay * 2, MAX_RETRY_MS);
  }
}

function toolsListVerdict(target: PlannedTarget, tools: McpTool[], pages: number): Pick<SmokeCheck, 'message'> & { status: 'pass' | 'fail' } {
  const names = tools.map((t) => t.name);
  const missing = target.tools.filter((t) => !names.includes(t));
  const listed = `the server lists ${names.length} tool${names.length === 1 ? '' : 's'}${pages > 1 ? ` over ${pages} pages` : ''}`;
  const problems: string[] = [];
  if (missing.length) problems.push(`missing tool${missing.length === 1 ? '' : 's'} ${missing.join(', ')} (${listed}: ${preview(names)})`);
  if (target.minTools !== undefined && names.length < target.minTools) problems.push(`${listed}, expected at least ${target.minTools}`);
  if (problems.length) return { status: 'fail', message: problems.join('; ') };
  return { status: 'pass', message: `${listed}${target.tools.length ? `, the ${target.tools.length} expected among them` : ''}` };
}

function hasLatencyCheck(target: PlannedTarget): boolean {
  const b = target.budgets;
  return b.p50Ms !== undefined || b.p95Ms !== undefined || b.p99Ms !== undefined || target.repetitions > 1;
}

/** The tool calls, `repetitions` times: one check per call, latency percentiles and the error rate. */
async function runCalls(
  target: PlannedTarget,
  c: McpConnection,
  checks: SmokeCheck[],
  now: () => number,
  listMs: number | undefined,
): Promise<TargetLatency | undefined> {
  const samples: number[] = [];
  let errors = 0;
  let attempted = 0;
  let consecutive = 0;
  let stoppedAt: number | undefined;
  const outcome = new Map(target.calls.map((call) => [call.id, { failures: 0, first: undefined as string | undefined, ms: [] as number[] }]));
  for (let rep = 1; rep <= target.repetitions && stoppedAt === undefined; rep++) {
    for (const call of target.calls) {
      attempted++;
      const t0 = now();
      let problem: string | undefined;
      try {
        const result = await c.callTool(call.tool, call.arguments);
        const problems = checkCallResult(result, call.expect);
        if (problems.length) problem = problems.join('; ');
        consecutive = 0;
      } catch (e) {
        problem = `tools/call failed: ${failure(e, c)}`;
        consecutive++;
      }
      const ms = now() - t0;
      const o = outcome.get(call.id)!;
      o.ms.push(ms);
      if (problem) {
        errors++;
        o.failures++;
        o.first ??= problem;
      } else samples.push(ms);
      if (consecutive >= MAX_CONSECUTIVE_CALL_FAILURES) {
        stoppedAt = rep;
        break;
      }
    }
  }
  const reps = stoppedAt ?? target.repetitions;
  for (const call of target.calls) {
    const o = outcome.get(call.id)!;
    const runs = o.ms.length;
    const times = runs > 1 ? ` (${runs - o.failures} of ${runs} runs passed)` : '';
    const stopped = stoppedAt !== undefined ? `; repetitions stopped after ${MAX_CONSECUTIVE_CALL_FAILURES} consecutive failures` : '';
    checks.push(
      !runs
        ? { id: call.id, status: 'skipped', message: `not run: repetitions stopped after ${MAX_CONSECUTIVE_CALL_FAILURES} consecutive failures` }
        : o.failures
          ? { id: call.id, status: 'fail', message: `${call.tool}: ${o.first}${times}${stopped}`, durationMs: round(o.ms[0]) }
          : { id: call.id, status: 'pass', message: `${call.tool} answered as expected in ${formatMs(o.ms[0])}${times}`, durationMs: round(o.ms[0]) },
    );
  }
  // Without calls, tools/list is what repetitions and budgets measure.
  const basis = target.calls.length ? 'tools/call' : 'tools/list';
  if (basis === 'tools/list' && listMs !== undefined) {
    samples.push(listMs);
    for (let rep = 2; rep <= target.repetitions; rep++) {
      const t0 = now();
      try {
        await c.listTools();
        samples.push(now() - t0);
      } catch {
        errors++;
      }
      attempted++;
    }
    attempted++;
  }
  const stats = latencyStats(samples);
  const latency: TargetLatency | undefined =
    stats || errors
      ? { basis, ...(stats ?? { samples: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0 }), errors, errorRate: attempted ? round4(errors / attempted) : 0 }
      : undefined;
  if (hasLatencyCheck(target)) checks.push(latencyCheck(target, latency, reps));
  if (target.budgets.errorRate !== undefined) {
    const rate = latency?.errorRate ?? 0;
    checks.push(
      rate > target.budgets.errorRate
        ? {
            id: 'error-rate',
            status: 'fail',
            message: `${errors} of ${attempted} ${basis} requests failed (${pct(rate)}), over the ${pct(target.budgets.errorRate)} budget`,
          }
        : {
            id: 'error-rate',
            status: 'pass',
            message: `${errors} of ${attempted} ${basis} requests failed (${pct(rate)}), within the ${pct(target.budgets.errorRate)} budget`,
          },
    );
  }
  return latency;
}

function latencyCheck(target: PlannedTarget, latency: TargetLatency | undefined, reps: number): SmokeCheck {
  if (!latency || !latency.samples) return { id: 'latency', status: 'fail', message: 'no successful request to measure' };
  const b = target.budgets;
  const over = [
    b.p50Ms !== undefined && latency.p50Ms > b.p50Ms ? `p50 ${formatMs(latency.p50Ms)} > ${formatMs(b.p50Ms)}` : '',
    b.p95Ms !== undefined && latency.p95Ms > b.p95Ms ? `p95 ${formatMs(latency.p95Ms)} > ${formatMs(b.p95Ms)}` : '',
    b.p99Ms !== undefined && latency.p99Ms > b.p99Ms ? `p99 ${formatMs(latency.p99Ms)} > ${formatMs(b.p99Ms)}` : '',
  ].filter(Boolean);
  const stats = `${latency.basis} over ${latency.samples} samples (${reps} repetition${reps === 1 ? '' : 's'}): p50 ${formatMs(latency.p50Ms)}, p95 ${formatMs(latency.p95Ms)}, p99 ${formatMs(latency.p99Ms)}`;
  return over.length
    ? { id: 'latency', status: 'fail', message: `over budget: ${over.join(', ')}; ${stats}` }
    : { id: 'latency', status: 'pass', message: stats };
}

/** A failure in words, with what the transport saw when the SDK only timed out. */
function failure(e: unknown, c: McpConnection): string {
  return withContext(describeError(e).message, c.lastTransportError(), c.stderrTail());
}

async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  });
  await Promise.all(workers);
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;
const round4 = (n: number) => Math.round(n * 10000) / 10000;
const pct = (n: number) => `${(n * 100).toFixed(n < 0.01 && n > 0 ? 2 : 1)}%`;
const preview = (names: string[]) => (names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', '));
