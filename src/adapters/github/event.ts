/** What the actions need from the event payload (GITHUB_EVENT_PATH) that started the workflow. */
import fs from 'node:fs';
import { commitShaOrUndefined } from '../git/commit-sha';

export interface PullRequestContext {
  number: number;
  headSha: string;
}

export interface EventContext {
  pullRequest?: PullRequestContext;
  /** The commit to compare with: the PR's base, the push's `before`, the merge group's base. */
  baseSha?: string;
}

/** The pull request and the commit to compare with, from a payload (full SHAs only). */
export function eventContextOf(payload: Record<string, unknown> | undefined): EventContext {
  const context: EventContext = {};
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
