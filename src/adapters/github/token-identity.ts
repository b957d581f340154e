/**
 * Which account a token acts as: the author GitHub records on the comments it writes.
 *
 * REST `GET /user` answers 403 for installation tokens (GITHUB_TOKEN, GitHub Apps), so this asks
 * GraphQL `{ viewer { login databaseId } }`, which answers for every kind of token: GITHUB_TOKEN is
 * `github-actions[bot]`, an App's installation token is the App's bot user, a personal token is its
 * user. `databaseId` is the REST user id (`comment.user.id`).
 */
import { toGitHubApiError, GitHubApiError, describeRequest } from './api-error';
import type { GitHubClient } from './client';

export interface TokenIdentity {
  /** The REST user id: what comments record as `user.id`. */
  id: number;
  login: string;
}

export const VIEWER_QUERY = 'query { viewer { login databaseId } }';

/** The token's account; a GitHubApiError when GitHub does not say (an error, an outage, an answer without an id). */
export async function fetchTokenIdentity(octokit: GitHubClient, debug: (message: string) => void = () => undefined): Promise<TokenIdentity> {
  const operation = 'learn which account the token acts as';
  // Where @octokit/graphql sends the query: /graphql, or /api/graphql beside GitHub Enterprise Server's /api/v3.
  const target = describeRequest({ method: 'POST', url: `${octokit.request.endpoint.DEFAULTS.baseUrl.replace(/\/api\/v3$/, '/api')}/graphql` });
  let data: unknown;
  try {
    data = await octokit.graphql(VIEWER_QUERY);
  } catch (e) {
    const errors =
      (e as { name?: unknown; errors?: { type?: unknown }[] }).name === 'GraphqlResponseError'
        ? ((e as { errors?: { type?: unknown }[] }).errors ?? [])
        : undefined;
    if (!errors) throw toGitHubApiError(e, operation, debug) ?? e;
    // GitHub's error messages go to the debug log; their types (FORBIDDEN, RATE_LIMITED…) are GitHub's own words.
    debug(`${operation}: GraphQL errors ${JSON.stringify(errors).slice(0, 500)}`);
    const types = [...new Set(errors.map((x) => (typeof x.type === 'string' && /^[A-Z_]{1,40}$/.test(x.type) ? x.type : 'untyped')))];
    throw new GitHubApiError(
      `${operation}: ${target} answered with GraphQL errors (${types.join(', ') || 'none listed'})`,
      200,
      types.includes('RATE_LIMITED'),
    );
  }
  const viewer = (data as { viewer?: { login?: unknown; databaseId?: unknown } } | null)?.viewer;
  if (typeof viewer?.login !== 'string' || !Number.isSafeInteger(viewer.databaseId)) {
    throw new GitHubApiError(`${operation}: ${target} answered without the viewer's login and databaseId`, 200);
  }
  return { id: viewer.databaseId as number, login: viewer.login };
}
