/**
 * What a smoke run will check: the targets of one environment from stackgate.yml (or one target
 * from the command line), with `${VAR}` expanded from the environment the entry point passes in,
 * durations in milliseconds and the transport decided. Bad config is a UserError naming the target.
 */
import type { SmokeConfig, SmokeTarget } from '../config/schema';
import { UserError } from '../errors';
import { parseDurationMs } from './duration';
import type { CallExpectation } from './expect';
import type { Transport } from './report-schema';
import { displayUrl, expandTemplate, redact } from './template';

export interface PlannedCall {
  /** `call:<tool>`, `call:<tool>#2` for the second call of the same tool. */
  id: string;
  tool: string;
  arguments: Record<string, unknown>;
  expect: CallExpectation;
}

export interface PlannedTarget {
  service: string;
  transport: Transport;
  url?: string;
  command?: { command: string; args: string[]; env: Record<string, string>; cwd?: string };
  /** What reports show: the redacted URL or the command line. */
  endpoint: string;
  headers: Record<string, string>;
  health?: { url: string; status: number; json?: Record<string, unknown>; budgetMs?: number };
  tools: string[];
  minTools?: number;
  resources?: string[];
  prompts?: string[];
  calls: PlannedCall[];
  repetitions: number;
  budgets: { p50Ms?: number; p95Ms?: number; p99Ms?: number; errorRate?: number };
  sessionChecks: boolean;
  expectedFailures: string[];
  /** Where the target is configured: `smoke.environments.<env>.<service>` (for annotations). */
  configPath?: readonly string[];
}

export interface SmokePlan {
  environment: string | null;
  targets: PlannedTarget[];
  waitTimeoutMs: number;
  timeoutMs: number;
  concurrency: number;
  drift: SmokeConfig['drift'];
  /** Protocol-hygiene failures fail the target (otherwise they are warnings). */
  strict: boolean;
  /** Every value read from the environment into a header, a command's environment or a secret-looking URL part. */
  secrets: string[];
}

export interface PlanOptions {
  env: Readonly<Record<string, string | undefined>>;
  /** Only these services (default: all of the environment). */
  services?: readonly string[];
  /** Overrides of stackgate.yml's smoke settings (action inputs, CLI flags). */
  waitTimeout?: string | number;
  timeout?: string | number;
  concurrency?: number;
  strict?: boolean;
  /** Targets that replace the environment's (the action's `targets` input). */
  targets?: Record<string, SmokeTarget>;
  /** Resolves a target's cwd (relative to the repository). */
  resolveCwd?: (cwd: string) => string;
}

export function planSmoke(smoke: SmokeConfig, environment: string | null, options: PlanOptions): SmokePlan {
  const configured = options.targets ?? (environment ? smoke.environments[environment] : undefined);
  if (!configured || !Object.keys(configured).length) {
    const known = Object.keys(smoke.environments);
    throw new UserError(
      environment
        ? `no smoke targets for environment "${environment}" in stackgate.yml`
        : 'no smoke targets: pass --environment, or --url / --command for a one-off check',
      {
        hint: known.length
          ? `environments with smoke targets: ${known.join(', ')}`
          : 'add smoke.environments.<env>.<service> to stackgate.yml (see docs/smoke.md)',
      },
    );
  }
  const unknown = (options.services ?? []).filter((s) => !(s in configured));
  if (unknown.length)
    throw new UserError(`no smoke target ${unknown.map((s) => `"${s}"`).join(', ')} in ${environment ? `environment "${environment}"` : 'the targets given'}`, {
      hint: `targets: ${Object.keys(configured).join(', ')}`,
    });
  const secrets: string[] = [];
  const targets = Object.entries(configured)
    .filter(([service]) => !options.services?.length || options.services.includes(service))
    .map(([service, t]) =>
      planTarget(service, t, options, secrets, environment && !options.targets ? ['smoke', 'environments', environment, service] : undefined),
    );
  const concurrency = options.concurrency ?? smoke.concurrency;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UserError(`concurrency: expected a whole number of at least 1, got ${concurrency}`);
  return {
    environment,
    // A command line or URL may hold an expanded secret: endpoints are shown redacted.
    targets: targets.map((t) => ({ ...t, endpoint: redact(t.endpoint, secrets) })),
    waitTimeoutMs: parseDurationMs(options.waitTimeout ?? smoke.waitTimeout, 'wait-timeout'),
    timeoutMs: parseDurationMs(options.timeout ?? smoke.timeout, 'timeout'),
    concurrency,
    drift: smoke.drift,
    strict: options.strict ?? smoke.strict,
    secrets: [...new Set(secrets)],
  };
}

export function planTarget(service: string, t: SmokeTarget, options: PlanOptions, secrets: string[], configPath?: readonly string[]): PlannedTarget {
  const where = configPath ? configPath.join('.') : service;
  const expand = (text: string, field: string, mode: 'secret' | 'url') => {
    const r = expandTemplate(text, options.env, `${where}.${field}`, mode);
    secrets.push(...r.secrets);
    return r.value;
  };
  if (t.url && t.command) throw new UserError(`${where}: give either url or command, not both`);
  if (!t.url && !t.command) throw new UserError(`${where}: needs a url (streamable-http, sse) or a command (stdio)`);
  let url: string | undefined;
  if (t.url) {
    url = expand(t.url, 'url', 'url');
    checkHttpUrl(url, `${where}.url`, secrets);
  }
  // Decided from the expanded URL: `url: ${MCP_URL}` ending in /sse is SSE too.
  const transport: Transport = t.transport ?? (t.command ? 'stdio' : /\/sse\/?(\?.*)?$/.test(url!) ? 'sse' : 'streamable-http');
  if (transport === 'stdio' && !t.command) throw new UserError(`${where}: transport stdio needs a command`);
  if (transport !== 'stdio' && !t.url) throw new UserError(`${where}: transport ${transport} needs a url`);
  const command = t.command
    ? {
        command: expand(t.command[0], 'command', 'url'),
        args: t.command.slice(1).map((a, i) => expand(a, `command[${i + 1}]`, 'url')),
        env: Object.fromEntries(Object.entries(t.env).map(([k, v]) => [k, expand(v, `env.${k}`, 'secret')])),
        ...(t.cwd ? { cwd: options.resolveCwd ? options.resolveCwd(t.cwd) : t.cwd } : {}),
      }
    : undefined;
  const headers = Object.fromEntries(Object.entries(t.headers).map(([k, v]) => [k, expand(v, `headers.${k}`, 'secret')]));
  const health = t.health
    ? {
        url: expand(t.health.url, 'health.url', 'url'),
        status: t.health.status,
        ...(t.health.json ? { json: t.health.json } : {}),
        ...(t.health.budget !== undefined ? { budgetMs: parseDurationMs(t.health.budget, `${where}.health.budget`) } : {}),
      }
    : undefined;
  if (health) checkHttpUrl(health.url, `${where}.health.url`, secrets);
  const seen = new Map<string, number>();
  const calls = t.calls.map((c) => {
    const n = (seen.get(c.tool) ?? 0) + 1;
    seen.set(c.tool, n);
    if (c.expect.regex !== undefined) {
      try {
        new RegExp(c.expect.regex);
      } catch (e) {
        throw new UserError(`${where}.calls: expect.regex of ${c.tool} is not a regular expression: ${(e as Error).message}`);
      }
    }
    return { id: n === 1 ? `call:${c.tool}` : `call:${c.tool}#${n}`, tool: c.tool, arguments: c.arguments, expect: c.expect };
  });
  const ms = (v: string | number | undefined, field: string) => (v === undefined ? undefined : parseDurationMs(v, `${where}.budgets.${field}`));
  return {
    service,
    transport,
    ...(url ? { url } : {}),
    ...(command ? { command } : {}),
    endpoint: url ? displayUrl(url) : [command!.command, ...command!.args].join(' '),
    headers,
    ...(health ? { health } : {}),
    tools: t.tools,
    ...(t.minTools !== undefined ? { minTools: t.minTools } : {}),
    ...(t.resources ? { resources: t.resources } : {}),
    ...(t.prompts ? { prompts: t.prompts } : {}),
    calls,
    repetitions: t.repetitions,
    budgets: { p50Ms: ms(t.budgets.p50, 'p50'), p95Ms: ms(t.budgets.p95, 'p95'), p99Ms: ms(t.budgets.p99, 'p99'), errorRate: t.budgets.errorRate },
    sessionChecks: t.sessionChecks,
    expectedFailures: t.expectedFailures,
    ...(configPath ? { configPath } : {}),
  };
}

function checkHttpUrl(url: string, where: string, secrets: readonly string[]): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // The plan, and so its secrets, never reaches the caller: the message is redacted here.
    throw new UserError(`${where}: not a URL: ${redact(displayUrl(url), secrets)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new UserError(`${where}: expected an http:// or https:// URL, got ${parsed.protocol}`);
}
