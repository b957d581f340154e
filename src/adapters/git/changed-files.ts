/** Files a push or pull request changed, from the event payload and `git diff`. */
import { execFileSync } from 'node:child_process';
import { readEventPayload } from '../github/event';
import { parseUnifiedDiff } from '../../core/secrets/unified-diff';
import { git } from './run-git';

export interface ChangeRange {
  base: string;
  head: string;
}

/** The commit range of a pull_request(_target), merge_group or push event, if the payload has one. */
export function changeRangeFromEvent(eventName: string | undefined, eventPath: string | undefined): ChangeRange | undefined {
  // No or unreadable payload means "no range": callers validate everything.
  const payload = readEventPayload(eventPath);
  if (!payload) return undefined;
  const pr = payload.pull_request as { base?: { sha?: string }; head?: { sha?: string } } | undefined;
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && pr?.base?.sha && pr.head?.sha) {
    return { base: pr.base.sha, head: pr.head.sha };
  }
  const group = payload.merge_group as { base_sha?: string; head_sha?: string } | undefined;
  if (eventName === 'merge_group' && group?.base_sha && group.head_sha) return { base: group.base_sha, head: group.head_sha };
  const before = payload.before as string | undefined;
  const after = payload.after as string | undefined;
  if (eventName === 'push' && before && after && !/^0+$/.test(before)) return { base: before, head: after };
  return undefined;
}

/** Repository-relative paths changed between base and head (merge-base diff, as a PR shows it). */
export function changedFiles(cwd: string, range: ChangeRange): string[] {
  const out = execFileSync('git', ['diff', '--name-only', '--no-renames', '-z', `${range.base}...${range.head}`], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return out.split('\0').filter(Boolean);
}

/** Lines each file has on the head side of the merge-base diff (added or changed), for ranking findings. */
export function changedLines(cwd: string, range: ChangeRange): Map<string, Set<number>> {
  const diff = git(cwd, ['diff', '-U0', '--no-renames', '--no-color', '--no-ext-diff', `${range.base}...${range.head}`]);
  return new Map(parseUnifiedDiff(diff).map((f) => [f.file, new Set(f.lines.map((l) => l.line))]));
}
