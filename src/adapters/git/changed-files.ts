/** Files a push or pull request changed, from the event payload and `git diff`. */
import { execFileSync } from 'node:child_process';
import { readEventPayload } from '../github/event';
import { parseUnifiedDiff } from '../../core/secrets/unified-diff';
import { commitShaOrUndefined } from './commit-sha';
import { git } from './run-git';

export interface ChangeRange {
  base: string;
  head: string;
}

/** The commit range of a pull_request(_target), merge_group or push event, if the payload at `eventPath` has one (full SHAs only). */
export function changeRangeFromEvent(eventName: string | undefined, eventPath: string | undefined): ChangeRange | undefined {
  return changeRangeOf(eventName, readEventPayload(eventPath));
}

/** The commit range of a pull_request(_target), merge_group or push event, if its payload has one (full SHAs only). */
export function changeRangeOf(eventName: string | undefined, payload: Record<string, unknown> | undefined): ChangeRange | undefined {
  // No or unreadable payload means "no range": callers validate everything.
  if (!payload) return undefined;
  const pr = payload.pull_request as { base?: { sha?: unknown }; head?: { sha?: unknown } } | undefined;
  const range = (base: unknown, head: unknown): ChangeRange | undefined => {
    const b = commitShaOrUndefined(base);
    const h = commitShaOrUndefined(head);
    return b && h ? { base: b, head: h } : undefined;
  };
  if (eventName === 'pull_request' || eventName === 'pull_request_target') return range(pr?.base?.sha, pr?.head?.sha);
  const group = payload.merge_group as { base_sha?: unknown; head_sha?: unknown } | undefined;
  if (eventName === 'merge_group') return range(group?.base_sha, group?.head_sha);
  // A push that creates a branch has an all-zero `before`: there is nothing to compare with.
  if (eventName === 'push' && typeof payload.before === 'string' && !/^0+$/.test(payload.before)) return range(payload.before, payload.after);
  return undefined;
}

/** Repository-relative paths changed between base and head (merge-base diff, as a PR shows it). */
export function changedFiles(cwd: string, range: ChangeRange): string[] {
  const out = execFileSync('git', ['diff', '--name-only', '--no-renames', '-z', '--end-of-options', `${range.base}...${range.head}`], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return out.split('\0').filter(Boolean);
}

/** Lines each file has on the head side of the merge-base diff (added or changed), for ranking findings. */
export function changedLines(cwd: string, range: ChangeRange): Map<string, Set<number>> {
  const diff = git(cwd, ['diff', '-U0', '--no-renames', '--no-color', '--no-ext-diff', '--end-of-options', `${range.base}...${range.head}`]);
  return new Map(parseUnifiedDiff(diff).map((f) => [f.file, new Set(f.lines.map((l) => l.line))]));
}
