/**
 * The workflow run an action serves, read once from the runner's environment and the event payload
 * (GITHUB_EVENT_PATH) by the entry point and passed down: where GitHub is, which repository and
 * commit, the pull request and the commits to compare, the run a second stage follows. Nothing
 * here throws: what is missing or malformed is absent, and the callers say what they cannot do.
 */
import { changeRangeOf, type ChangeRange } from '../git/changed-files';
import { eventContextOf, readEventPayload, type PullRequestContext } from './event';

export interface RunContext {
  /** GITHUB_SERVER_URL, default https://github.com: where links to files point. */
  serverUrl: string;
  /** GITHUB_API_URL as given (the client falls back to https://api.github.com). */
  apiUrl?: string;
  /** GITHUB_REPOSITORY, when it names an owner and a repository. */
  repository?: { owner: string; repo: string };
  /** GITHUB_SHA: the commit the workflow runs on. */
  sha?: string;
  /** GITHUB_EVENT_NAME */
  eventName?: string;
  /** The pull request of the event (pull_request and pull_request_target, or any payload that has one). */
  pullRequest?: PullRequestContext;
  /** The commit to compare with: the PR's base, the push's `before`, the merge group's base. */
  baseSha?: string;
  /** The commits a pull_request(_target), merge_group or push event spans (full SHAs only). */
  changeRange?: ChangeRange;
  /** workflow_run events: the head commit the triggering run tested, as the payload has it. */
  workflowRun?: { headSha?: string };
}

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const payload = readEventPayload(env.GITHUB_EVENT_PATH);
  const workflowRun = payload?.workflow_run as { head_sha?: string } | null | undefined;
  return {
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    apiUrl: env.GITHUB_API_URL,
    ...(owner && repo ? { repository: { owner, repo } } : {}),
    sha: env.GITHUB_SHA,
    eventName: env.GITHUB_EVENT_NAME,
    ...eventContextOf(payload),
    changeRange: changeRangeOf(env.GITHUB_EVENT_NAME, payload),
    ...(workflowRun ? { workflowRun: { headSha: workflowRun.head_sha } } : {}),
  };
}

/** `<server>/<owner>/<repo>/blob/<sha>/`: the base of links to files at `sha`; none without a repository or a commit. */
export function blobLinkBase(context: RunContext, sha: string | undefined): string | undefined {
  const { repository } = context;
  return repository && sha ? `${context.serverUrl}/${repository.owner}/${repository.repo}/blob/${sha}/` : undefined;
}
