/** What the readiness action needs from the event that started the workflow. */
import fs from 'node:fs';

export interface PullRequestContext {
  number: number;
  headSha: string;
}

export interface EventContext {
  owner?: string;
  repo?: string;
  pullRequest?: PullRequestContext;
  /** The commit to compare with: the PR's base, the push's `before`, the merge group's base. */
  baseSha?: string;
}

export function readEventContext(env: NodeJS.ProcessEnv): EventContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const context: EventContext = owner && repo ? { owner, repo } : {};
  const payload = readEventPayload(env.GITHUB_EVENT_PATH);
  if (!payload) return context;
  const pr = payload.pull_request as { number?: number; base?: { sha?: string }; head?: { sha?: string } } | undefined;
  if (pr && typeof pr.number === 'number' && pr.base?.sha && pr.head?.sha) {
    context.pullRequest = { number: pr.number, headSha: pr.head.sha };
    context.baseSha = pr.base.sha;
    return context;
  }
  const group = payload.merge_group as { base_sha?: string } | undefined;
  if (group?.base_sha) context.baseSha = group.base_sha;
  else if (typeof payload.before === 'string' && !/^0+$/.test(payload.before)) context.baseSha = payload.before;
  return context;
}

/** The event payload (GITHUB_EVENT_PATH), or undefined when there is none or it is not JSON. */
export function readEventPayload(file: string | undefined): Record<string, unknown> | undefined {
  if (!file || !fs.existsSync(file)) return undefined;
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
