/** What the readiness action needs from the event that started the workflow. */
import fs from 'node:fs';
import { commitShaOrUndefined } from '../git/commit-sha';

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
  const pr = payload.pull_request as { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } } | undefined;
  const prBase = commitShaOrUndefined(pr?.base?.sha);
  const prHead = commitShaOrUndefined(pr?.head?.sha);
  if (pr && typeof pr.number === 'number' && Number.isSafeInteger(pr.number) && prBase && prHead) {
    context.pullRequest = { number: pr.number, headSha: prHead };
    context.baseSha = prBase;
    return context;
  }
  const group = payload.merge_group as { base_sha?: unknown } | undefined;
  const groupBase = commitShaOrUndefined(group?.base_sha);
  if (groupBase) context.baseSha = groupBase;
  else if (typeof payload.before === 'string' && !/^0+$/.test(payload.before)) context.baseSha = commitShaOrUndefined(payload.before);
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
