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
 * - Each attempt has its own timeout (`timeoutMs`); a `deadline` ends every request at once: those in
 *   flight are aborted, later ones are never sent, and rate-limit waits that would end past it are
 *   not taken.
 * - An answer whose body is not JSON (a proxy's HTML page, a cut-off body) is an
 *   UnexpectedResponseError, not data: GitHub's REST and GraphQL APIs answer JSON.
 * - Behind a proxy, requests go through the one `proxy` names (HTTPS_PROXY/HTTP_PROXY, NO_PROXY: see proxy.ts).
 * The token goes into the Authorization header only; the log gets request templates, never options.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { AttemptTimeoutError, bodyPreview, UnexpectedResponseError } from './api-error';
import { proxiedFetch, type ProxySettings } from './proxy';
import type { Logger } from '../../core/logger';
import { VERSION } from '../../core/version';

export const GitHubOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** REST API root (GITHUB_API_URL). Default `https://api.github.com`. */
  baseUrl?: string;
  /** Default `stackgate/<version>` (Octokit appends its own product tokens). */
  userAgent?: string;
  /** Rate-limit retries and give-ups as warnings; Octokit's own messages (never its request options) at debug. */
  log: Logger;
  /** Retries after a 5xx or network error. Default 2. */
  retries?: number;
  /** How long one second of waiting (back-off, Retry-After, rate-limit reset) lasts, in ms. Default 1000; tests pass 1. */
  waitUnitMs?: number;
  /** Longest rate-limit wait worth one retry, in seconds. Default 60. */
  maxRateLimitWaitSeconds?: number;
  /** GitHub's pacing of writes. Default true. */
  paceWrites?: boolean;
  /**
   * Whose requests are paced together (writes one per second, as GitHub asks of one client): the
   * GitHub App gives each installation its own, so one busy installation does not slow the others.
   * Default: every client of the process together.
   */
  throttleId?: string;
  /** Give up on one attempt after this long (it counts as a network error and is retried). Default 30 s. */
  timeoutMs?: number;
  /** The end of the phase this client serves (e.g. the PR comment): see the notes above. */
  deadline?: ClientDeadline;
  /** HTTP(S) proxies and NO_PROXY, as the entry point read them from the environment. */
  proxy?: ProxySettings;
}

export interface ClientDeadline {
  /** Aborted when the phase is over. */
  signal: AbortSignal;
  /** When that happens, in Date.now() milliseconds. */
  endsAtMs: number;
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
    if (typeof message === 'string') log.debug(message);
  };
  const waitUnitMs = options.waitUnitMs ?? 1000;
  const maxWaitSeconds = options.maxRateLimitWaitSeconds ?? DEFAULT_MAX_RATE_LIMIT_WAIT_SECONDS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  const onLimit =
    (kind: string) =>
    (retryAfterSeconds: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const what = `${request.method} ${request.url}`;
      const isPastDeadline = options.deadline !== undefined && Date.now() + retryAfterSeconds * waitUnitMs >= options.deadline.endsAtMs;
      if (retryCount < 1 && retryAfterSeconds <= maxWaitSeconds && !isPastDeadline) {
        log.warning(`GitHub ${kind} reached for ${what}: retrying once in ${retryAfterSeconds}s`);
        return true;
      }
      const why =
        retryCount > 0
          ? 'already retried once'
          : retryAfterSeconds > maxWaitSeconds
            ? `GitHub asks to wait ${retryAfterSeconds}s, more than ${maxWaitSeconds}s`
            : `GitHub asks to wait ${retryAfterSeconds}s, past the deadline`;
      log.warning(`GitHub ${kind} reached for ${what}: giving up (${why})`);
      return false;
    };
  const throttle: ThrottlingOptions = {
    ...(options.throttleId ? { id: options.throttleId } : {}),
    retryAfterBaseValue: waitUnitMs,
    onRateLimit: onLimit('rate limit'),
    onSecondaryRateLimit: onLimit('secondary rate limit'),
    ...(options.paceWrites === false ? unpacedGroups() : {}),
  };

  const octokit = new GitHubOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl?.trim() || DEFAULT_API_URL).replace(/\/+$/, ''),
    userAgent: options.userAgent ?? `stackgate/${VERSION}`,
    log: { debug, info: debug, warn: (message: unknown) => log.warning(String(message)), error: debug },
    retry: { doNotRetry: DO_NOT_RETRY, retries: options.retries ?? DEFAULT_RETRIES, retryAfterBaseValue: waitUnitMs },
    throttle,
    request: { fetch: fetchWithTimeout(timeoutMs, options.deadline?.signal, proxiedFetch(options.proxy) ?? fetch) },
  });
  // Octokit has no option for default headers; pin the REST API version GitHub documents.
  octokit.hook.before('request', (request) => {
    request.headers['x-github-api-version'] ??= API_VERSION;
  });
  octokit.hook.after('request', (response, request) => {
    if (!isJsonBody(response.status, response.data) && /json/i.test(String(request.headers.accept ?? ''))) {
      throw new UnexpectedResponseError(request.method, response.url, response.status, response.headers['content-type'] ?? '', bodyPreview(response.data));
    }
  });
  return octokit;
}

/**
 * Each attempt gets its own timeout, and ends with the client's deadline; Octokit turns the abort
 * into an error (status 500) that the retry plugin retries, and that the deadline makes fail at once.
 */
function fetchWithTimeout(timeoutMs: number, deadline: AbortSignal | undefined, fetchImpl: typeof fetch): typeof fetch {
  return async (input, init) => {
    const attempt = AbortSignal.timeout(timeoutMs);
    const signals = [attempt, init?.signal, deadline].filter((s): s is AbortSignal => s !== undefined && s !== null);
    try {
      return await fetchImpl(input, { ...init, signal: AbortSignal.any(signals) });
    } catch (e) {
      if (attempt.aborted && !signals.some((s) => s !== attempt && s.aborted)) throw new AttemptTimeoutError(timeoutMs);
      throw e;
    }
  };
}

/** Whether Octokit parsed the body as JSON: an object or an array (204 and 205 have none). */
function isJsonBody(status: number, data: unknown): boolean {
  return status === 204 || status === 205 || (typeof data === 'object' && data !== null && !(data instanceof ArrayBuffer));
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
