/**
 * Commit ids from outside (the event payload): only a full SHA-1 or SHA-256 object name in hex is
 * accepted, so a crafted value can never reach git as an option or a revision expression.
 */
const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export function isCommitSha(value: unknown): value is string {
  return typeof value === 'string' && COMMIT_SHA.test(value);
}

/** The value when it is a commit id, else undefined. */
export function commitShaOrUndefined(value: unknown): string | undefined {
  return isCommitSha(value) ? value : undefined;
}
