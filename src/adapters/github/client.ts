/**
 * The Octokit every GitHub adapter uses: @octokit/rest with polite retries of server errors
 * (@octokit/plugin-retry) and GitHub's rate-limit rules (@octokit/plugin-throttling).
 *
 * - baseUrl is GITHUB_API_URL as given: `https://api.github.com`, or `https://<host>/api/v3` on
 *   GitHub Enterprise Server (the `/api/v3` prefix is kept; only a trailing slash is dropped).
 * - 5xx and network errors are retried `retries` times (default 2) after 1 s, then 4 s.
 *   4xx answers other than rate limits are never retried.
 * - Primary rate limit (403/429 with `x-ratelimit-remaining: 0`) and secondary rate limit
 *   (`retry-after`, "secondary rate limit"): one retry after the time GitHub asks for, when that is
 *   at most `maxRateLimitWaitSeconds`; otherwise the error propagates. Both are logged as warnings.
 * - Writes are paced as GitHub asks (one at a time, ≥1 s apart, ≥3 s between writes that notify);
 *   tests turn that off with `paceWrites: false`.
 * The token goes into the Authorization header only; the log gets request templates, never options.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
// Adapters may not import the CLI (src/cli/version.ts); the version comes from the same place.
import pkg from '../../../package.json';

export const GitHubOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

/** What the client logs to: @actions/core, the CLI logger or a recording logger fit. */
export interface GitHubClientLog {
  info(message: string): void;
  warning(message: string): void;
  debug?(message: string): void;
}

export interface GitHubClientOptions {
  token: string;
  /** REST API root (GITHUB_API_URL). Default `https://api.github.com`. */
  baseUrl?: string;
  /** Default `stackgate/<version>` (Octokit appends its own product tokens). */
  userAgent?: string;
  log: GitHubClientLog;
  /** Retries after a 5xx or network error. Default 2. */
  retries?: number;
  /** How long one second of waiting (back-off, Retry-After, rate-limit reset) lasts, in ms. Default 1000; tests pass 1. */
  waitUnitMs?: number;
  /** Longest rate-limit wait worth one retry, in seconds. Default 60. */
  maxRateLimitWaitSeconds?: number;
  /** GitHub's pacing of writes. Default true. */
  paceWrites?: boolean;
  /** Give up on one attempt after this long (it counts as a network error and is retried). Default 30 s. */
  timeoutMs?: number;
}

export const DEFAULT_API_URL = 'https://api.github.com';
const DEFAULT_RETRIES = 2;
const DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS = 60;
const DEFAULT_TIMEOUT_MS = 30_000;
/** https://docs.github.com/rest/about-the-rest-api/api-versions */
const API_VERSION = '2022-11-28';
/** plugin-retry's list plus 429, which the throttling plugin handles (so it is not retried twice). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { log } = options;
  const debug = (message: unknown): void => {
    // Octokit passes request options (with the Authorization header) as further arguments: drop them.
    if (typeof message === 'string') log.debug?.(message);
  };
  const waitUnitMs = options.waitUnitMs ?? 1000;
  const maxWaitSeconds = options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const onLimit =
    (kind: string) =>
    (retryAfterSeconds: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const what = `${request.method} ${request.url}`;
      if (retryCount < 1 && retryAfterSeconds <= maxWaitSeconds) {
        log.warning(`GitHub ${kind} reached for ${what}: retrying once in ${retryAfterSeconds}s`);
        return true;
      }
      log.warning(
        `GitHub ${kind} reached for ${what}: giving up (${retryCount > 0 ? 'already retried once' : `GitHub asks to wait ${retryAfterSeconds}s, more than ${maxWaitSeconds}s`})`,
      );
      return false;
    };
  const throttle: ThrottlingOptions = {
    retryAfterBaseValue: waitUnitMs,
    onRateLimit: onLimit('rate limit'),
    onSecondaryRateLimit: onLimit('secondary rate limit'),
    ...(options.paceWrites === false ? unpacedGroups() : {}),
  };

  const octokit = new GitHubOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl?.trim() || DEFAULT_API_URL).replace(/\/+$/, ''),
    userAgent: options.userAgent ?? `stackgate/${pkg.version}`,
    log: { debug, info: debug, warn: (message: unknown) => log.warning(String(message)), error: debug },
    retry: { doNotRetry: DO_NOT_RETRY, retries: options.retries ?? DEFAULT_RETRIES, retryAfterBaseValue: waitUnitMs },
    throttle,
    request: { fetch: fetchWithTimeout(timeoutMs) },
  });
  // Octokit has no option for default headers; pin the REST API version GitHub documents.
  octokit.hook.before('request', (request) => {
    request.headers['x-github-api-version'] ??= API_VERSION;
  });
  return octokit;
}

/** Each attempt gets its own deadline; Octokit turns the abort into an error the retry plugin retries. */
function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    return fetch(input, { ...init, signal });
  };
}

/**
 * Limiter groups that run every job at once. The throttling plugin keeps its pacing groups
 * module-wide (shared by every Octokit in the process) and only looks them up by `.key(id).schedule()`.
 */
function unpacedGroups(): Partial<ThrottlingOptions> {
  const group = {
    key: () => ({ schedule: (_jobOptions: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) => Promise.resolve().then(() => job(...args)) }),
  } as unknown as NonNullable<Extract<ThrottlingOptions, { write?: unknown }>['write']>;
  return { write: group, search: group, notifications: group, ...({ global: group, auth: group } as object) };
}
