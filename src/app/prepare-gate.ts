/**
 * What `stackgate gate` and actions/gate share before the evaluation: stackgate.yml's environment and
 * its gate section, the GitHub reads (with the token's identity as a trusted deployer), and the
 * Prometheus canary. An environment that is not in stackgate.yml is a UserError naming the file;
 * one without a gate section is evaluated, and fails closed saying what to add.
 */
import { createGitHubClient, type GitHubClientOptions } from '../adapters/github/client';
import { createGateReads } from '../adapters/github/gate-reads';
import type { ProxySettings } from '../adapters/github/proxy';
import { fetchTokenIdentity } from '../adapters/github/token-identity';
import { createPrometheusQuery } from '../adapters/prometheus/http-api';
import { readConfig } from '../core/config/read';
import { configSchema } from '../core/config/schema';
import { environmentOf } from '../core/config/environments';
import { runCanary } from '../core/gate/canary';
import type { Logger } from '../core/logger';
import { parseDurationMs } from '../core/smoke/duration';
import { VERSION } from '../core/version';
import type { GatePorts, GateRequest } from './gate';

export interface GateInputs {
  root: string;
  config?: string;
  environment: string;
  sha: string;
  dryRun: boolean;
  github?: { token: string; apiUrl?: string; repository: { owner: string; repo: string }; proxy?: ProxySettings };
  /** owner/repo, for the audit record, when there is no token. */
  repository?: string;
  run?: { id: number; url: string };
  prometheusToken?: string;
  log: Logger;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Client tuning for tests (write pacing, which also paces GraphQL queries; back-off unit; retries). */
  tuning?: Pick<GitHubClientOptions, 'paceWrites' | 'waitUnitMs' | 'retries'>;
}

export async function prepareGate(inputs: GateInputs): Promise<{ request: GateRequest; ports: GatePorts }> {
  const { config, file: configFile } = readConfig(configSchema, inputs.root, inputs.config);
  const envConfig = environmentOf(config, configFile, inputs.environment, 'gate');
  const debug = (m: string) => inputs.log.debug(m);
  let github: GatePorts['github'];
  if (inputs.github) {
    const octokit = createGitHubClient({
      token: inputs.github.token,
      baseUrl: inputs.github.apiUrl,
      log: inputs.log,
      proxy: inputs.github.proxy,
      ...inputs.tuning,
    });
    const identity = await fetchTokenIdentity(octokit, debug);
    github = createGateReads(octokit, inputs.github.repository, identity, debug);
  }
  const now = inputs.now ?? Date.now;
  const canary = gateCanary({ environment: inputs.environment, prometheusToken: inputs.prometheusToken, log: inputs.log, now, sleep: inputs.sleep });
  const repository = inputs.github ? `${inputs.github.repository.owner}/${inputs.github.repository.repo}` : (inputs.repository ?? '');
  return {
    request: {
      environment: inputs.environment,
      sha: inputs.sha,
      gate: envConfig.gate,
      protection: envConfig.protection,
      repository,
      run: inputs.run,
      dryRun: inputs.dryRun,
      toolVersion: VERSION,
      configFile,
    },
    ports: { github, canary, now, log: (line) => inputs.log.info(line) },
  };
}

/**
 * The Prometheus canary of an environment's gate: the HTTP API adapter under runCanary, with the
 * bearer token and the clock given. actions/gate, the CLI and the GitHub App all use this one.
 */
export function gateCanary(options: {
  environment: string;
  prometheusToken?: string;
  log: Logger;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}): NonNullable<GatePorts['canary']> {
  const sleep =
    options.sleep ??
    ((ms: number, signal?: AbortSignal) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
      }));
  return async (prometheus, signal) => {
    const query = createPrometheusQuery({
      url: prometheus.url,
      token: options.prometheusToken,
      timeoutMs: parseDurationMs(prometheus.timeout, `environments.${options.environment}.gate.prometheus.timeout`),
    });
    return runCanary(prometheus, { query: (check, s) => query(check.query, s), sleep, now: options.now ?? Date.now, log: options.log }, signal);
  };
}
