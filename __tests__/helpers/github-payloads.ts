/**
 * GitHub REST payloads for fakes, each with every field its OpenAPI schema requires: users,
 * issue comments, pull requests (from @octokit/webhooks-examples), repositories (from the spec's
 * own example), error bodies, and the faults GitHub really sends (5xx, rate limits, read-only tokens).
 */
import { githubSpec, schemaProblems } from './github-openapi';

export interface FakeUser {
  login: string;
  id: number;
  type?: 'User' | 'Bot' | 'Organization';
}

/** The user GITHUB_TOKEN acts as. */
export const GITHUB_ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const OCTOCAT: FakeUser = { login: 'octocat', id: 583231, type: 'User' };
/** The bot user a GitHub App's installation token acts as. */
export const APP_BOT: FakeUser = { login: 'stackgate-app[bot]', id: 149812345, type: 'Bot' };
/** Anyone who may comment on a public pull request, and will try to pass for stackgate. */
export const MALLORY: FakeUser = { login: 'mallory', id: 6660666, type: 'User' };

type Json = Record<string, unknown>;

/** `2024-05-01T10:00:00Z`: GitHub's timestamps have no fraction of a second. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A `simple-user`. */
export function simpleUser(user: FakeUser, apiUrl: string): Json {
  const api = `${apiUrl}/users/${encodeURIComponent(user.login)}`;
  const isBot = user.type === 'Bot';
  return {
    login: user.login,
    id: user.id,
    node_id: Buffer.from(`${isBot ? '03:Bot' : '04:User'}${user.id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/${isBot ? 'in/15368' : `u/${user.id}`}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: isBot ? `https://github.com/apps/${user.login.replace(/\[bot\]$/, '')}` : `https://github.com/${user.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type ?? 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

/** A `public-user`, as `GET /user` returns it for a personal token. */
export function publicUser(user: FakeUser, apiUrl: string): Json {
  return {
    ...simpleUser(user, apiUrl),
    name: user.login,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 8,
    public_gists: 8,
    followers: 1,
    following: 9,
    created_at: '2011-01-25T18:44:36Z',
    updated_at: '2024-01-01T00:00:00Z',
  };
}

export interface IssueCommentInput {
  apiUrl: string;
  owner: string;
  repo: string;
  issueNumber: number;
  isPullRequest: boolean;
  id: number;
  body: string;
  user: FakeUser;
  authorAssociation: string;
  createdAt: string;
  updatedAt: string;
}

/** An `issue-comment`. */
export function issueComment(c: IssueCommentInput): Json {
  const repoApi = `${c.apiUrl}/repos/${c.owner}/${c.repo}`;
  return {
    id: c.id,
    node_id: `IC_kwDO${Buffer.from(String(c.id)).toString('base64').replace(/=+$/, '')}`,
    url: `${repoApi}/issues/comments/${c.id}`,
    html_url: `https://github.com/${c.owner}/${c.repo}/${c.isPullRequest ? 'pull' : 'issues'}/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(c.user, c.apiUrl),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${repoApi}/issues/${c.issueNumber}`,
    author_association: c.authorAssociation,
    performed_via_github_app: null,
    reactions: {
      url: `${repoApi}/issues/comments/${c.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      confused: 0,
      heart: 0,
      hooray: 0,
      eyes: 0,
      rocket: 0,
    },
  };
}

export interface PullRequestInput {
  apiUrl: string;
  owner: string;
  repo: string;
  number: number;
  headSha?: string;
  headRef?: string;
  baseRef?: string;
  baseSha?: string;
  title?: string;
  /** The head branch lives in a fork owned by this account. */
  forkOwner?: string;
}

let examplePullRequest: Json | undefined;
/** The first `pull_request.opened` example of @octokit/webhooks-examples whose pull_request is a valid `pull-request`. */
function pullRequestExample(): Json {
  examplePullRequest ??= webhookExample(
    'pull_request',
    (e) => e.action === 'opened' && !!e.pull_request && schemaProblems('pull-request', e.pull_request).length === 0,
  ).pull_request as Json;
  return examplePullRequest;
}

/** A `pull-request` (what `GET /repos/{owner}/{repo}/pulls/{pull_number}` returns), open. */
export function pullRequest(p: PullRequestInput): Json {
  const example = pullRequestExample();
  const head = example.head as Json;
  const exampleRepo = (example.base as Json).repo as Json;
  const exampleNumber = example.number as number;
  const text = JSON.stringify(example)
    .split(String(exampleRepo.full_name))
    .join(`${p.owner}/${p.repo}`)
    .replace(new RegExp(`/(pulls|pull|issues)/${exampleNumber}\\b`, 'g'), `/$1/${p.number}`)
    .split('https://api.github.com')
    .join(p.apiUrl);
  const pr = JSON.parse(text) as Json & { head: Json & { repo: Json & { owner: Json } }; base: Json & { repo: Json & { owner: Json } } };
  pr.number = p.number;
  pr.state = 'open';
  if (p.title) pr.title = p.title;
  pr.head.sha = p.headSha ?? head.sha;
  pr.head.ref = p.headRef ?? head.ref;
  pr.head.label = `${p.forkOwner ?? p.owner}:${String(pr.head.ref)}`;
  pr.base.ref = p.baseRef ?? 'main';
  pr.base.label = `${p.owner}:${String(pr.base.ref)}`;
  if (p.baseSha) pr.base.sha = p.baseSha;
  for (const side of [pr.base, pr.head]) {
    side.repo.name = p.repo;
    side.repo.full_name = `${p.owner}/${p.repo}`;
    side.repo.owner.login = p.owner;
  }
  if (p.forkOwner) {
    pr.head.repo = {
      ...pr.head.repo,
      owner: { ...pr.head.repo.owner, login: p.forkOwner },
      full_name: `${p.forkOwner}/${p.repo}`,
      fork: true,
      id: Number(pr.head.repo.id) + 1,
    };
  }
  return pr;
}

export interface RepositoryPermissions {
  admin: boolean;
  maintain?: boolean;
  push: boolean;
  triage?: boolean;
  pull: boolean;
}

/** A `full-repository` built from the spec's own example (which lacks `language`, and whose fork links are dropped). */
export function fullRepository(r: { apiUrl: string; owner: string; repo: string; id: number; isPrivate?: boolean; permissions?: RepositoryPermissions }): Json {
  const example = (githubSpec.components.examples['full-repository-default-response'] as { value: Json }).value;
  const text = JSON.stringify(example).split(String(example.full_name)).join(`${r.owner}/${r.repo}`).split('https://api.github.com').join(r.apiUrl);
  const { parent: _parent, source: _source, template_repository: _template, permissions: _permissions, ...repo } = JSON.parse(text) as Json;
  const owner = { ...(repo.owner as Json), login: r.owner };
  return {
    ...repo,
    id: r.id,
    name: r.repo,
    owner,
    private: r.isPrivate ?? false,
    visibility: r.isPrivate ? 'private' : 'public',
    fork: false,
    language: 'TypeScript',
    default_branch: 'main',
    ...(r.permissions ? { permissions: r.permissions } : {}),
  };
}

/** A `basic-error` body. */
export function basicError(status: number, message: string, documentationUrl = 'https://docs.github.com/rest'): Json {
  return { message, documentation_url: documentationUrl, status: String(status) };
}

/** A `validation-error` body (422). */
export function validationFailed(errors: { resource: string; field: string; code: string; message?: string }[]): Json {
  return { message: 'Validation Failed', errors, documentation_url: 'https://docs.github.com/rest', status: '422' };
}

export interface FaultReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Not an answer GitHub documents, sent on purpose (a proxy in the way): not checked, a string body is sent as is. */
  isOffSpec?: boolean;
}

/** Replies GitHub sends for any operation, for `failNext`. */
export const faults = {
  serverError: (status = 500): FaultReply => ({ status, body: { message: 'Server Error' } }),
  /** 502 from the load balancer: an HTML page, no JSON. */
  badGateway: (): FaultReply => ({ status: 502, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' }),
  /** 200 with an HTML page instead of JSON: a captive portal or a proxy's sign-in page. */
  htmlPage: (html = '<html><body>Sign in to continue</body></html>'): FaultReply => ({
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: html,
    isOffSpec: true,
  }),
  /** 200 that says JSON but whose body is cut off. */
  truncatedJson: (): FaultReply => ({
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: '[{"id": 1, "body": "<!-- stackg',
    isOffSpec: true,
  }),
  /** No such resource, or the token may not see it. */
  notFound: (): FaultReply => ({ status: 404, body: basicError(404, 'Not Found') }),
  /** GITHUB_TOKEN of a pull request from a fork is read-only. */
  notAccessibleByIntegration: (): FaultReply => ({
    status: 403,
    body: basicError(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/issues/comments#create-an-issue-comment'),
  }),
  /** Primary rate limit: quota used up until `resetEpochSeconds`. */
  primaryRateLimit: (resetEpochSeconds: number, status: 403 | 429 = 403): FaultReply => ({
    status,
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '5000',
      'x-ratelimit-reset': String(resetEpochSeconds),
      'x-ratelimit-resource': 'core',
    },
    body: basicError(status, 'API rate limit exceeded for installation ID 1.', 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'),
  }),
  /** Secondary rate limit: wait `retryAfterSeconds`. */
  secondaryRateLimit: (retryAfterSeconds: number, status: 403 | 429 = 403): FaultReply => ({
    status,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: basicError(
      status,
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    ),
  }),
};

type WebhookDefinitions = { name: string; examples: Json[] }[];
/** A copy of the first example of @octokit/webhooks-examples for `event` that `matches`. */
export const webhookExample = (event: string, matches: (e: Json) => boolean): Json => {
  const definitions = require('@octokit/webhooks-examples') as WebhookDefinitions;
  const example = definitions.find((d) => d.name === event)?.examples.find(matches);
  if (!example) throw new Error(`no matching ${event} example in @octokit/webhooks-examples`);
  return structuredClone(example);
};

/** A `workflow-run` (what `GET /repos/{owner}/{repo}/actions/runs/{run_id}` returns): a valid example of @octokit/webhooks-examples with the id and status set. */
export function workflowRun(w: { apiUrl: string; owner: string; repo: string; id: number; status: 'queued' | 'in_progress' | 'completed' }): Json {
  const event = webhookExample('workflow_run', (e) => schemaProblems('workflow-run', e.workflow_run).length === 0);
  const run = event.workflow_run as Json;
  const repoName = String((run.repository as Json).full_name);
  const text = JSON.stringify(run).split(repoName).join(`${w.owner}/${w.repo}`).split('https://api.github.com').join(w.apiUrl);
  return { ...(JSON.parse(text) as Json), id: w.id, status: w.status, conclusion: w.status === 'completed' ? 'cancelled' : null };
}

/**
 * A `pull_request.opened` webhook payload (GITHUB_EVENT_PATH of a pull_request run): the example
 * event of @octokit/webhooks-examples with its pull request replaced by one the fake serves.
 */
export function pullRequestEvent(pr: Json): Json {
  const event = webhookExample('pull_request', (e) => e.action === 'opened');
  const base = pr.base as { repo: Json };
  return { ...event, number: pr.number, pull_request: pr, repository: { ...(event.repository as Json), ...base.repo } };
}

/**
 * A `workflow_run.completed` webhook payload for a run of the first stage on a pull request (what
 * the fork-safe second stage sees): the example event with the head commit and pull request set.
 */
export function workflowRunEvent(w: { owner: string; repo: string; headSha: string; pullRequestNumber: number; conclusion?: string }): Json {
  const event = webhookExample('workflow_run', (e) => e.action === 'completed');
  const run = event.workflow_run as Json;
  return {
    ...event,
    workflow_run: {
      ...run,
      name: 'readiness',
      event: 'pull_request',
      conclusion: w.conclusion ?? 'failure',
      head_sha: w.headSha,
      pull_requests: [{ number: w.pullRequestNumber, head: { sha: w.headSha }, base: {} }],
    },
    repository: { ...(event.repository as Json), name: w.repo, full_name: `${w.owner}/${w.repo}` },
  };
}
