import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { runSmoke } from '../../app/run-smoke';
import { resolveCommit } from '../../adapters/git/run-git';
import { readConfig } from '../../core/config/read';
import { smokeOnlyConfig, smokeSection, smokeTarget as smokeTargetSchema, type SmokeConfig, type SmokeTarget } from '../../core/config/smoke-schema';
import { UserError } from '../../core/errors';
import { planSmoke, type SmokePlan } from '../../core/smoke/plan';
import { readSmokeReport } from '../../core/smoke/read-report';
import { renderSmokeJunit, renderSmokeMarkdown, renderSmokeText } from '../../core/smoke/render';
import type { SmokeReport } from '../../core/smoke/report-schema';
import { redact } from '../../core/smoke/template';
import type { CliIo } from '../io';
import { commandRoot, describeFormats, formatParser, parseOutputs, withUsageErrors } from '../command-args';
import { splitCommand } from '../split-command';
import { VERSION } from '../../core/version';
import { writeResult } from '../result-output';

export const FORMATS = ['text', 'json', 'junit', 'markdown'] as const;
type SmokeFormat = (typeof FORMATS)[number];
const parseFormat = formatParser(FORMATS);

export const SMOKE_HELP = `stackgate smoke [path] [options] — prove deployed MCP servers work, from the client's side

Connects to each server over streamable HTTP, SSE or stdio with the MCP TypeScript SDK client,
after waiting for it to answer (exponential backoff within --wait-timeout), and checks: HTTP health,
initialize (protocol version, server info), ping, tools/list (expected tools, valid input schemas,
every page), tools/call results, resources and prompts, latency percentiles and the error rate,
session hygiene (404 for an unknown session, the session ended at the end) and the tool surface
against the previous environment's report. Session hygiene is protocol hygiene: its findings are
warnings unless --strict. See docs/smoke.md.

Targets from stackgate.yml (smoke.environments.<env>.<service>):
  -e, --environment <env>    check that environment's targets
  -s, --service <name>       only this service; repeatable

One-off target, no stackgate.yml needed (its smoke settings apply only with --config):
      --url <url>            streamable HTTP (/mcp) or SSE (/sse) endpoint
      --command <line>       start a stdio server, e.g. "npx -y @modelcontextprotocol/server-memory"
      --transport <t>        streamable-http, sse or stdio (default from --url / --command)
      --name <service>       name in the report (default: the URL's host or the command)
      --header <'Name: v'>   request header; \${VAR} is read from the environment; repeatable
      --health <url>         GET it first and expect 200
      --expect-tool <name>   the tool must be listed; repeatable
      --min-tools <n>        at least this many tools
      --call <'tool {json}'> call a tool with JSON arguments; repeatable. These apply to the call before them:
        --expect-contains <text>  --expect-regex <re>  --expect-json <json>  --expect-error
      --repeat <n>           run the calls n times (latency percentiles, error rate)
      --p50 / --p95 / --p99 <duration>   latency budgets;  --error-rate <0..1>
      --no-session-checks    skip the unknown-session and session-end checks
      --expected-failure <check-id>      accept a known failing check, visibly; repeatable

Run:
      --wait-timeout <d>     how long to wait for each target to answer (default 60s)
      --timeout <d>          timeout of each request (default 10s)
      --concurrency <n>      targets checked at once (default 4)
      --compare <file>       the previous environment's JSON report: fail when the tool surface differs
      --strict               fail on protocol-hygiene findings (session-unknown, session-close), not
                             only warn (default from smoke.strict in stackgate.yml, else off)
  -f, --format <format>      ${describeFormats(FORMATS)} on stdout
  -o, --output <fmt=file>    also write a format to a file; repeatable
  -c, --config <file>        stackgate.yml to use
      --color, --no-color    accepted like every command's, for uniform scripts: smoke prints no colours
      --debug                print stack traces of internal errors
  -h, --help                 this help

Exit codes: 0 no check failed (warnings and expected failures allowed), 1 a check failed, 2 usage
or config error.
`;

export const OPTIONS = {
  environment: { type: 'string', short: 'e' },
  service: { type: 'string', short: 's', multiple: true },
  url: { type: 'string' },
  command: { type: 'string' },
  transport: { type: 'string' },
  name: { type: 'string' },
  header: { type: 'string', multiple: true },
  health: { type: 'string' },
  'expect-tool': { type: 'string', multiple: true },
  'min-tools': { type: 'string' },
  call: { type: 'string', multiple: true },
  'expect-contains': { type: 'string', multiple: true },
  'expect-regex': { type: 'string', multiple: true },
  'expect-json': { type: 'string', multiple: true },
  'expect-error': { type: 'boolean', multiple: true },
  repeat: { type: 'string' },
  p50: { type: 'string' },
  p95: { type: 'string' },
  p99: { type: 'string' },
  'error-rate': { type: 'string' },
  'no-session-checks': { type: 'boolean' },
  'expected-failure': { type: 'string', multiple: true },
  'wait-timeout': { type: 'string' },
  timeout: { type: 'string' },
  concurrency: { type: 'string' },
  compare: { type: 'string' },
  strict: { type: 'boolean' },
  format: { type: 'string', short: 'f', default: 'text' },
  output: { type: 'string', short: 'o', multiple: true, default: [] as string[] },
  config: { type: 'string', short: 'c' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} satisfies NonNullable<ParseArgsConfig['options']>;

// Tokens: --expect-* flags apply to the --call before them.
const parse = (args: readonly string[]) =>
  withUsageErrors(
    () => parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true, tokens: true }),
    'run "stackgate smoke --help" for usage',
  );
type Parsed = ReturnType<typeof parse>;
type Values = Parsed['values'];
type Tokens = NonNullable<Parsed['tokens']>;

export async function runSmokeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals, tokens } = parse(args);
  if (values.help) {
    io.stdout.write(SMOKE_HELP);
    return 0;
  }
  const root = commandRoot('smoke', positionals, io.cwd);
  const format = parseFormat(values.format, '--format');
  const outputs = parseOutputs(values.output, parseFormat);

  const oneOff = values.url !== undefined || values.command !== undefined;
  const smoke = smokeConfig(root, oneOff, values.config);
  if (oneOff && values.environment)
    throw new UserError('give either --environment (targets from stackgate.yml) or --url / --command (a one-off target), not both');
  if (!oneOff) {
    const stray = [
      'transport',
      'name',
      'header',
      'health',
      'expect-tool',
      'min-tools',
      'call',
      'repeat',
      'p50',
      'p95',
      'p99',
      'error-rate',
      'expected-failure',
    ].filter((k) => values[k as keyof typeof values] !== undefined);
    if (stray.length) throw new UserError(`--${stray[0]} describes a one-off target: give --url or --command too`);
  }
  const targets = oneOff ? { [values.name ?? defaultName(values.url, values.command)]: oneOffTarget(values, tokens) } : undefined;
  const plan: SmokePlan = planSmoke(smoke, oneOff ? null : (values.environment ?? null), {
    env: io.env,
    services: values.service,
    targets,
    waitTimeout: values['wait-timeout'],
    timeout: values.timeout,
    concurrency: values.concurrency === undefined ? undefined : positiveInt(values.concurrency, '--concurrency'),
    strict: values.strict,
    resolveCwd: (cwd) => path.resolve(root, cwd),
  });
  const compareWith = values.compare ? readSmokeReport(fs.readFileSync(path.resolve(io.cwd, values.compare), 'utf8'), values.compare) : undefined;

  const report = await runSmoke(plan, {
    toolVersion: VERSION,
    commit: io.env.GITHUB_SHA ?? resolveCommit(root),
    compareWith,
    onTarget: (t) =>
      io.stderr.write(
        `smoke: ${t.service} ${t.passed ? 'pass' : 'FAIL'} (${t.checks.filter((c) => c.status === 'fail').length} failed of ${t.checks.length} checks)\n`,
      ),
  });
  const render = (f: SmokeFormat): string => redact(renderSmoke(report, f), plan.secrets);
  writeResult(io, format, render(format));
  for (const o of outputs) io.writeFile(path.resolve(io.cwd, o.file), render(o.format));
  return report.passed ? 0 : 1;
}

export function renderSmoke(report: SmokeReport, format: SmokeFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'junit':
      return renderSmokeJunit(report);
    case 'markdown':
      return renderSmokeMarkdown(report);
    case 'text':
      return renderSmokeText(report);
  }
}

/**
 * stackgate.yml's smoke section, read against that section's schema only (the rest of the file is
 * `stackgate validate`'s business), so smoke does not load the check catalogue. A one-off target
 * without --config needs only the section's defaults.
 */
function smokeConfig(root: string, oneOff: boolean, configFile: string | undefined): SmokeConfig {
  if (oneOff && configFile === undefined) return smokeSection.parse({});
  return readConfig(smokeOnlyConfig, root, configFile).config.smoke;
}

/** The one-off target of the flags, validated by the same schema as stackgate.yml's targets. */
function oneOffTarget(values: Values, tokens: Tokens): SmokeTarget {
  const calls: { tool: string; arguments: Record<string, unknown>; expect: Record<string, unknown> }[] = [];
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    if (t.name === 'call') calls.push(parseCall(t.value ?? ''));
    else if (t.name.startsWith('expect-') && t.name !== 'expect-tool') {
      const last = calls.at(-1);
      if (!last) throw new UserError(`--${t.name} applies to the --call before it; give a --call first`);
      if (t.name === 'expect-contains') last.expect.contains = t.value;
      if (t.name === 'expect-regex') last.expect.regex = t.value;
      if (t.name === 'expect-error') last.expect.isError = true;
      if (t.name === 'expect-json') {
        try {
          last.expect.json = JSON.parse(t.value ?? '');
        } catch (e) {
          throw new UserError(`--expect-json: not JSON: ${(e as Error).message}`);
        }
      }
    }
  }
  const headers = Object.fromEntries(
    (values.header ?? []).map((h) => {
      const at = h.indexOf(':');
      if (at <= 0) throw new UserError(`--header: expected "Name: value", got "${h.replace(/:.*/, ': …')}"`);
      return [h.slice(0, at).trim(), h.slice(at + 1).trim()];
    }),
  );
  const input = {
    ...(values.transport ? { transport: values.transport } : {}),
    ...(values.url ? { url: values.url } : {}),
    ...(values.command ? { command: splitCommand(values.command, '--command') } : {}),
    headers,
    ...(values.health ? { health: { url: values.health } } : {}),
    tools: values['expect-tool'] ?? [],
    ...(values['min-tools'] !== undefined ? { minTools: nonNegativeInt(values['min-tools'], '--min-tools') } : {}),
    calls,
    ...(values.repeat !== undefined ? { repetitions: positiveInt(values.repeat, '--repeat') } : {}),
    budgets: {
      ...(values.p50 ? { p50: values.p50 } : {}),
      ...(values.p95 ? { p95: values.p95 } : {}),
      ...(values.p99 ? { p99: values.p99 } : {}),
      ...(values['error-rate'] !== undefined ? { errorRate: Number(values['error-rate']) } : {}),
    },
    sessionChecks: !values['no-session-checks'],
    expectedFailures: values['expected-failure'] ?? [],
  };
  const result = smokeTargetSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new UserError(`invalid one-off target: ${issue.path.join('.') || 'target'}: ${issue.message}`);
  }
  return result.data;
}

/** `echo {"message":"hi"}` -> tool echo with those arguments; no JSON means no arguments. */
function parseCall(text: string): { tool: string; arguments: Record<string, unknown>; expect: Record<string, unknown> } {
  const m = /^\s*(\S+)\s*(.*)$/s.exec(text);
  if (!m) throw new UserError('--call: expected "<tool> [JSON arguments]"');
  let args: unknown = {};
  if (m[2].trim()) {
    try {
      args = JSON.parse(m[2]);
    } catch (e) {
      throw new UserError(`--call ${m[1]}: the arguments are not JSON: ${(e as Error).message}`, {
        hint: `quote them for the shell: --call '${m[1]} {"key":"value"}'`,
      });
    }
  }
  if (!args || typeof args !== 'object' || Array.isArray(args)) throw new UserError(`--call ${m[1]}: the arguments must be a JSON object`);
  return { tool: m[1], arguments: args as Record<string, unknown>, expect: {} };
}

function defaultName(url: string | undefined, command: string | undefined): string {
  if (url) {
    try {
      return new URL(url).host || 'target';
    } catch {
      return 'target';
    }
  }
  const words = splitCommand(command ?? 'target', '--command');
  const word = words.find((w, i) => i > 0 && !w.startsWith('-')) ?? words[0];
  // node node_modules/@scope/server-x/dist/index.js -> server-x; npx -y @scope/server-x@1.2 -> server-x
  const pkg = /node_modules\/(?:@[^/]+\/)?([^/]+)/.exec(word)?.[1] ?? /^(?:@[^/]+\/)?([^@/]+)(?:@[^/]*)?$/.exec(word)?.[1];
  return pkg ?? path.basename(word).replace(/\.[cm]?[jt]s$/, '');
}

function positiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`${flag}: expected a whole number of at least 1, got "${text}"`);
  return n;
}

function nonNegativeInt(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new UserError(`${flag}: expected a whole number, got "${text}"`);
  return n;
}
