/**
 * Live verification of a GitHub token: ask the API who the token belongs to (`GET /user`).
 * 200 means the token works, 401 means GitHub rejects it; anything else (rate limit, outage,
 * timeout, network error) leaves the question open. The token goes into the Authorization
 * header and nowhere else: never into a message, an error or a log.
 */
import { UserError } from '../../core/errors';
import { proxiedFetch, type ProxySettings } from './proxy';

export type TokenVerdict = 'valid' | 'invalid' | 'unknown';

export interface VerifyGitHubTokenOptions {
  /** REST API root: `https://api.github.com`, or `https://ghes.example.com/api/v3`. */
  apiUrl: string;
  fetchImpl?: typeof fetch;
  /** HTTP(S) proxies and NO_PROXY, as the entry point read them from the environment (unless fetchImpl is given). */
  proxy?: ProxySettings;
  /** Give up (verdict `unknown`) after this long. Default 10 s. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

export async function verifyGitHubToken(token: string, options: VerifyGitHubTokenOptions): Promise<TokenVerdict> {
  const url = userEndpoint(options.apiUrl);
  const fetchImpl = options.fetchImpl ?? proxiedFetch(options.proxy) ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    const response = await fetchImpl(url, {
      method: 'GET',
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: 'application/vnd.github+json',
        'X-GitHub-Api-Version': '2022-11-28',
        'User-Agent': 'stackgate',
      },
      // A redirect could carry the token to another host; GitHub does not redirect /user.
      redirect: 'error',
      signal: controller.signal,
    });
    // Only the status matters; release the connection without reading (or keeping) the body.
    await response.body?.cancel().catch(() => undefined);
    if (response.status === 200) return 'valid';
    if (response.status === 401) return 'invalid';
    return 'unknown'; // 403 (rate limit, SSO enforcement), 5xx…: the token's state is not known.
  } catch {
    // Timeout, refused connection, DNS or TLS failure: the token's state is not known. The error
    // itself is dropped on purpose: the caller records the verdict `unknown` for the finding.
    return 'unknown';
  } finally {
    clearTimeout(timer);
  }
}

/** `{apiUrl}/user`; a malformed apiUrl is a configuration error, reported without any token. */
function userEndpoint(apiUrl: string): URL {
  let base: URL;
  try {
    base = new URL(apiUrl);
  } catch {
    throw new UserError(`GET /user: secrets.verify.apiUrl is not a URL: ${JSON.stringify(apiUrl)}`, {
      hint: 'use https://api.github.com, or https://<host>/api/v3 for GitHub Enterprise Server',
    });
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new UserError(`GET ${base.host}/user: secrets.verify.apiUrl must be an http(s) URL, got ${base.protocol}`);
  }
  base.pathname = `${base.pathname.replace(/\/+$/, '')}/user`;
  base.search = '';
  base.hash = '';
  return base;
}
